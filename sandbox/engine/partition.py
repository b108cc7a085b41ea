"""Runs one partition (one AOI of a processing) through fetch -> detect -> postprocess -> publish, checkpointing
each stage in the job's work folder so a restart or a server restart resumes where it failed."""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Callable

from ..catalog import USER_MODEL_PREFIX, model_by_key
from . import checkpoints
from .blocks import postprocess
from .fetch import IMAGERY_FILE, run_fetch, validate_source
from .interface import STAGES, CancelCheck, PartitionCancelled, PartitionJob, PartitionOutput, ProgressCallback, \
    StageError
from .models.detectors import DETECTORS
from .models.scene import analyse
from .publish import RESULT_FILE, publish
from .raster_io import read_imagery

log = logging.getLogger(__name__)

# share of the partition's progress bar each stage fills
_WEIGHTS = {"fetch": 0.55, "detect": 0.3, "postprocess": 0.1, "publish": 0.05}
_CHECKPOINT = {"fetch": IMAGERY_FILE, "detect": checkpoints.DETECTIONS_FILE,
               "postprocess": checkpoints.POSTPROCESSED_FILE, "publish": RESULT_FILE}
_INTERNAL_ERROR = {"fetch": "dataloader.internalError", "detect": "inference.internalError",
                   "postprocess": "vector-processor.internalError", "publish": "vector-processor.internalError"}


class _Progress:
    """Maps a stage's own 0..1 onto the partition's bar; never goes backwards; checks for cancellation."""

    def __init__(self, callback: ProgressCallback, should_cancel: CancelCheck):
        self.callback = callback
        self.should_cancel = should_cancel
        self.value = 0.0

    def stage(self, name: str) -> Callable[[float], bool]:
        start = sum(_WEIGHTS[s] for s in STAGES[:STAGES.index(name)])

        def report(fraction: float) -> bool:
            value = start + _WEIGHTS[name] * min(max(fraction, 0.0), 1.0)
            if value > self.value + 1e-4:
                self.value = value
                self.callback(round(value, 4), name)
            return not self.should_cancel()

        report(0.0)
        return report

    def check(self) -> None:
        if self.should_cancel():
            raise PartitionCancelled()


def _first_stage(job: PartitionJob, work: Path) -> str:
    """The requested start stage, moved earlier while an input checkpoint it needs is missing."""
    start = job.start_stage if job.start_stage in STAGES else "fetch"
    index = STAGES.index(start)
    while index > 0 and not (work / _CHECKPOINT[STAGES[index - 1]]).exists():
        index -= 1
    return STAGES[index]


def run_partition(job: PartitionJob, progress: ProgressCallback, should_cancel: CancelCheck) -> PartitionOutput:
    work = Path(job.work_dir)
    work.mkdir(parents=True, exist_ok=True)
    if job.model_key.startswith(USER_MODEL_PREFIX):
        from ..user_models import load_from_environment

        load_from_environment()  # a worker process learns the server's user models from its environment
    try:
        model = model_by_key(job.model_key)
    except KeyError:
        raise StageError("source-validator.internalError", {"message": f"unknown model {job.model_key!r}"}) from None
    bar = _Progress(progress, should_cancel)
    first = _first_stage(job, work)
    if first != "fetch":
        validate_source(job, model)  # a resumed job still gets its source checked (cheap, no download)
    stage, published = first, None
    try:
        for stage in STAGES[STAGES.index(first):]:
            bar.check()
            published = _STAGE_RUNNERS[stage](job, model, work, bar.stage(stage), should_cancel) or published
    except StageError as error:
        error.stage = stage  # the stage a restart must resume from
        raise
    except PartitionCancelled:
        raise
    except Exception as exc:  # a bug or an unexpected library error must still end as a documented code
        if should_cancel():  # GDAL reports a cancelled callback as an error
            raise PartitionCancelled() from exc
        log.exception("partition %s/%s failed in %s", job.processing_id, job.aoi_id, stage)
        raise StageError(_INTERNAL_ERROR[stage], {"message": f"{type(exc).__name__}: {exc}"[:300]}, stage) from exc
    path, count, bounds, messages = published
    return PartitionOutput(result_path=path, raster_path=work / IMAGERY_FILE, feature_count=count, bounds=bounds,
                           messages=messages)


def _fetch(job, model, work, report, should_cancel):
    run_fetch(job, model, report, should_cancel)


def _detect(job, model, work, report, should_cancel):
    imagery = read_imagery(work / IMAGERY_FILE)
    if model.key.startswith(USER_MODEL_PREFIX):
        if model.onnx is None:
            raise StageError("inference.ModelNotConfigured", {"model": model.name, "message": (
                "this sandbox no longer has the model; start it with the folder of its manifest")}, "detect")
        from .models.onnx_runner import run_model

        detections = run_model(model.onnx, imagery, report)
        _stop_if_cancelled(report(0.99))
        checkpoints.save(work / checkpoints.DETECTIONS_FILE, detections)
        return
    scene = analyse(imagery, lambda f: _stop_if_cancelled(report(0.3 * f)))
    detections = DETECTORS[model.key](scene, lambda f: report(0.3 + 0.7 * f))
    _stop_if_cancelled(report(0.99))
    checkpoints.save(work / checkpoints.DETECTIONS_FILE, detections)


def _postprocess(job, model, work, report, should_cancel):
    detections, _ = checkpoints.load(work / checkpoints.DETECTIONS_FILE)
    result = postprocess(model.key, detections, job.blocks)
    _stop_if_cancelled(report(0.9))
    checkpoints.save(work / checkpoints.POSTPROCESSED_FILE, result.detections, result.messages)


def _publish(job, model, work, report, should_cancel):
    detections, messages = checkpoints.load(work / checkpoints.POSTPROCESSED_FILE)
    path, count, bounds = publish(model.key, detections, job.geometry, work)
    report(1.0)
    return path, count, bounds, messages


def _stop_if_cancelled(keep_going: bool) -> None:
    if not keep_going:
        raise PartitionCancelled()


_STAGE_RUNNERS = {"fetch": _fetch, "detect": _detect, "postprocess": _postprocess, "publish": _publish}
