"""The seam between the sandbox's API services and its processing engine.

The services store processings and one partition per AOI; the worker pool hands each partition to
``run_partition`` as a ``PartitionJob``. The engine never touches the database: it reports progress through a
callback and returns a ``PartitionOutput`` or raises ``StageError`` with a documented message code.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

# Stages in order; a restart resumes a failed partition at the stage that failed.
STAGES = ("fetch", "detect", "postprocess", "publish")

ProgressCallback = Callable[[float, str], None]  # (fraction 0..1 of this partition, stage name)
CancelCheck = Callable[[], bool]


@dataclass
class SourceSpec:
    kind: str  # "demo" | "xyz" | "tms" | "quadkey" | "wms" | "geotiff" | "scene"
    url: Optional[str] = None  # tile/WMS URL template for xyz/tms/quadkey/wms
    zoom: Optional[int] = None
    crs: str = "EPSG:3857"
    login: Optional[str] = None
    password: Optional[str] = None
    provider_name: Optional[str] = None  # data provider API name, for kind "demo"
    file_paths: list = field(default_factory=list)  # local GeoTIFF paths for kind "geotiff"
    scenes: list = field(default_factory=list)  # catalog scenes' render params for kind "scene" (scenes/catalog.py)


@dataclass
class PartitionJob:
    processing_id: str
    aoi_id: str
    geometry: dict  # GeoJSON Polygon in EPSG:4326
    model_key: str  # sandbox.catalog.ModelDef.key
    blocks: dict  # block name -> enabled
    source: SourceSpec
    work_dir: Path  # per-partition folder; stage checkpoints live here
    start_stage: str = "fetch"


@dataclass
class PartitionOutput:
    result_path: Path  # GeoJSON FeatureCollection in EPSG:4326, properties per contract section 6.1
    raster_path: Optional[Path]  # GeoTIFF (EPSG:3857) of the imagery used, for the raster tiles
    feature_count: int
    bounds: tuple  # (west, south, east, north) in EPSG:4326
    # non-fatal notes for the processing's ``messages`` ({"code", "parameters"} with level "warning"), e.g.
    # vector-processor.OSMUnavailable when the OSM block was asked for; added by the engine engineer, defaulted
    messages: list = field(default_factory=list)


class StageError(Exception):
    """A partition failed with a documented message code (contract section 4.1)."""

    def __init__(self, code: str, parameters: Optional[dict] = None, stage: str = "fetch"):
        super().__init__(code)
        self.code = code
        # the real service sends string values and a level
        self.parameters = {k: str(v) for k, v in (parameters or {}).items()}
        self.parameters.setdefault("level", "error")
        self.stage = stage


class PartitionCancelled(Exception):
    """Raised by the engine when ``should_cancel`` turned true (server shutting down, processing deleted)."""
