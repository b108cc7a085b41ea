"""run_partition's contract with the worker pool: validation before download, progress, cancellation, stage
checkpoints and resume, internal errors as documented codes, and speed."""
from __future__ import annotations

import json

import pytest

from sandbox.engine import STAGES, PartitionCancelled, SourceSpec, StageError
from sandbox.engine.demo.cells import CELL_GROUND
from tests.sandbox.test_engine_support import TileServer, make_job, run, square

AOI = square(37.612, 55.748, 150)


@pytest.fixture(scope="module")
def tiles():
    server = TileServer()
    yield server
    server.close()


def fail_code(job) -> StageError:
    with pytest.raises(StageError) as failure:
        run(job)
    return failure.value


@pytest.mark.parametrize("model, zoom, code, parameters", [
    ("buildings", 20, "source-validator.TooHighZoom", {"max_zoom": "19", "actual_zoom": "20"}),
    ("buildings", 16, "source-validator.TooLowZoom", {"min_zoom": "17", "actual_zoom": "16"}),
    ("forest", 17, "source-validator.TooLowZoom", {"min_zoom": "18", "actual_zoom": "17"}),
    ("roads", 19, "source-validator.TooHighZoom", {"max_zoom": "18", "actual_zoom": "19"}),
    ("buildings", 23, "source-validator.InvalidZoomValue", {"actual_zoom": "23"}),
    ("buildings", -1, "source-validator.InvalidZoomValue", {"actual_zoom": "-1"}),
    ("buildings", "eighteen", "source-validator.ZoomMustBeInteger", {"actual_zoom": "eighteen"}),
])
def test_zoom_is_checked_against_the_model_before_any_download(tiles, tmp_path, model, zoom, code, parameters):
    before = len(tiles.requests)
    error = fail_code(make_job(tmp_path, AOI, model, SourceSpec("xyz", url=tiles.url + "/xyz/{z}/{x}/{y}.png",
                                                                 zoom=zoom)))
    assert (error.code, error.stage) == (code, "fetch")
    assert error.parameters == {**parameters, "level": "error"}
    assert len(tiles.requests) == before, "validation happens before any tile is requested"


@pytest.mark.parametrize("kind, url, code", [
    ("xyz", "ftp://tiles.example/{z}/{x}/{y}.png", "source-validator.UrlMustBeLink"),
    ("xyz", "tiles.example/{z}/{x}/{y}.png", "source-validator.UrlMustBeLink"),
    ("xyz", "https://tiles.example/{z}/{x}.png", "source-validator.XYZLinkFormatError"),
    ("tms", "https://tiles.example/{z}/{y}.png", "source-validator.TMSLinkFormatError"),
    ("quadkey", "https://tiles.example/{z}/{x}/{y}.png", "source-validator.QuadkeyLinkFormatError"),
    ("wms", None, "source-validator.UrlMustBeString"),
    ("sentinel", "https://x", "dataloader.UnknownSourceType"),
])
def test_urls_are_checked_before_any_download(tmp_path, kind, url, code):
    assert fail_code(make_job(tmp_path, AOI, source=SourceSpec(kind, url=url, zoom=18))).code == code


def test_no_zoom_means_the_models_recommended_zoom(tiles, tmp_path):
    before = len(tiles.requests)
    run(make_job(tmp_path, AOI, "forest", SourceSpec("xyz", url=tiles.url + "/xyz/{z}/{x}/{y}.png")))
    zooms = {int(path.split("/")[2]) for path in tiles.requests[before:]}
    assert zooms == {18}


def test_progress_rises_through_every_stage_to_one(tmp_path):
    output, recorder = run(make_job(tmp_path, AOI))
    fractions = recorder.fractions
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert [s for s in STAGES if s in {stage for _, stage in recorder.reports}] == list(STAGES)
    assert len([1 for _, stage in recorder.reports if stage == "fetch"]) >= 4
    for name in ("imagery.tif", "detections.geojson", "postprocessed.geojson", "result.geojson"):
        assert (tmp_path / name).stat().st_size > 0
    assert output.result_path == tmp_path / "result.geojson"
    assert output.raster_path == tmp_path / "imagery.tif"
    west, south, east, north = output.bounds
    assert west < east and south < north and abs(west - AOI["coordinates"][0][0][0]) < 1e-9


def test_cancellation_stops_between_tiles(tiles, tmp_path):
    seen = []

    def should_cancel():
        seen.append(1)
        return len(seen) > 3

    before = len(tiles.requests)
    big = square(37.6, 55.74, 600)  # ~ 50 tiles at zoom 18
    with pytest.raises(PartitionCancelled):
        run(make_job(tmp_path, big, source=SourceSpec("xyz", url=tiles.url + "/xyz/{z}/{x}/{y}.png", zoom=18)),
            cancel=should_cancel)
    assert len(tiles.requests) - before < 30, "cancellation is honoured before all tiles are fetched"
    assert not (tmp_path / "imagery.tif").exists()


def test_restart_resumes_at_the_failed_stage_using_checkpoints(tmp_path):
    job = make_job(tmp_path, AOI, blocks={"Simplification": True})
    first, _ = run(job)
    imagery_time = (tmp_path / "imagery.tif").stat().st_mtime_ns
    detections_time = (tmp_path / "detections.geojson").stat().st_mtime_ns
    # a postprocess that failed left no postprocess checkpoint and no result
    (tmp_path / "postprocessed.geojson").unlink()
    (tmp_path / "result.geojson").unlink()
    job.start_stage = "postprocess"
    second, recorder = run(job)
    assert recorder.reports[0][1] == "postprocess" and recorder.fractions[0] >= 0.8
    assert (tmp_path / "imagery.tif").stat().st_mtime_ns == imagery_time
    assert (tmp_path / "detections.geojson").stat().st_mtime_ns == detections_time
    assert second.feature_count == first.feature_count


def test_resume_falls_back_to_the_earliest_missing_checkpoint(tmp_path):
    """A server that lost the work folder (or a restart asked for the wrong stage) still produces a result."""
    output, recorder = run(make_job(tmp_path, AOI, start_stage="publish"))
    assert recorder.reports[0][1] == "fetch"
    assert output.feature_count > 0


def test_a_resumed_job_is_still_validated(tmp_path):
    run(make_job(tmp_path, AOI))
    error = fail_code(make_job(tmp_path, AOI, source=SourceSpec("demo", zoom=21), start_stage="detect"))
    assert error.code == "source-validator.TooHighZoom"


def test_unexpected_errors_become_internal_error_codes_of_their_stage(tmp_path):
    run(make_job(tmp_path, AOI))
    (tmp_path / "detections.geojson").write_text("{ this is not json")
    error = fail_code(make_job(tmp_path, AOI, start_stage="postprocess"))
    assert (error.code, error.stage) == ("vector-processor.internalError", "postprocess")
    assert "JSONDecodeError" in error.parameters["message"]


def test_a_failed_stage_is_named_for_the_restart(tmp_path):
    run(make_job(tmp_path, AOI))
    (tmp_path / "imagery.tif").write_bytes(b"broken")
    error = fail_code(make_job(tmp_path, AOI, start_stage="detect"))
    assert error.stage == "detect" and error.code == "inference.internalError"


def test_unknown_model_is_reported(tmp_path):
    assert fail_code(make_job(tmp_path, AOI, "lakes")).code == "source-validator.internalError"


def test_one_square_kilometre_of_buildings_at_zoom_18(tmp_path):
    """The brief's case: 1 km² at zoom 18 (~150 tiles at 56°N) end to end; its speed is measured by `make bench`."""
    output, _ = run(make_job(tmp_path, square(37.6, 55.75, 1000),
                             blocks={"Simplification": True, "Classification": True}))
    assert output.feature_count > 1_000_000 / (CELL_GROUND ** 2) * 5  # several buildings per city block
    assert json.loads(output.result_path.read_text())["features"][0]["properties"]["class_id"]
