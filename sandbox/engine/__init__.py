"""The sandbox's processing engine: imagery in, objects out (see docs/SANDBOX_ENGINE.md)."""
from .demo.render import demo_tile_png
from .demo.truth import ground_truth
from .interface import STAGES, PartitionCancelled, PartitionJob, PartitionOutput, SourceSpec, StageError
from .partition import run_partition

__all__ = ["run_partition", "demo_tile_png", "ground_truth", "PartitionJob", "PartitionOutput", "SourceSpec",
           "StageError", "PartitionCancelled", "STAGES"]
