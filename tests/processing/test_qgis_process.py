"""The real ``qgis_process`` command line (Debian's binary) with the packaged plugin in a QGIS profile, against the
sandbox: Estimate cost, Start processing → Wait and load result (the GeoPackage checked with OGR), the Start → Wait
model file, and the two things a scheduler must never see: a traceback and a prompt."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import requests
from osgeo import ogr

from mapflow_processing.api import DataProviderSource, MapflowClient, ProcessingRequest, credentials_from_token
from tests.data.models.make_start_and_wait import MODEL_FILE
from tests.support.qgis_process_profile import QGIS_PROCESS, make_profile

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not Path(QGIS_PROCESS).exists(), reason="qgis_process is not installed")]
MASTER_PASSWORD = "qgis-process-tests"


@pytest.fixture(scope="module")
def profile(sandbox_server, tmp_path_factory):
    return make_profile(tmp_path_factory.mktemp("qgis-process-profile"), sandbox_server.base_url,
                        sandbox_server.token, MASTER_PASSWORD)


@pytest.fixture(scope="module")
def client(sandbox_server):
    with MapflowClient(sandbox_server.base_url, sandbox_server.token) as api:
        yield api


def aoi_file(folder: Path, lon: float, lat: float, size: float = 0.004) -> Path:
    ring = [[lon, lat], [lon + size, lat], [lon + size, lat + size * 0.6], [lon, lat + size * 0.6], [lon, lat]]
    path = folder / f"aoi_{lon}_{lat}.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"name": "block"}, "geometry": {"type": "Polygon", "coordinates": [ring]}}]}))
    return path


def assert_no_secret(done_or_text, token: str) -> None:
    text = done_or_text if isinstance(done_or_text, str) else done_or_text.stdout + done_or_text.stderr
    assert token not in text and credentials_from_token(token).secret not in text
    assert "Traceback" not in text


def result_count(sandbox_server, processing_id: str) -> int:
    answer = requests.get(f"{sandbox_server.base_url}/processings/{processing_id}/result",
                          headers={"Authorization": f"Basic {sandbox_server.token}"}, timeout=30)
    return len(answer.json()["features"])


def test_the_plugin_s_algorithms_are_listed(profile, sandbox_server):
    done = profile.run("list")
    assert done.returncode == 0, done.stderr[-2000:]
    for algorithm in ("mapflow:estimatecost", "mapflow:startprocessing", "mapflow:waitandloadresult",
                      "mapflow:listprocessings"):
        assert algorithm in done.stdout


def test_estimate_cost(profile, sandbox_server, client, tmp_path):
    aoi = aoi_file(tmp_path, 37.60, 55.70, 0.01)
    answer = profile.run_json("mapflow:estimatecost", {"AOI": aoi, "MODEL": "Buildings",
                                                        "OPTIONS": "Classification", "ZOOM": 18})
    model = client.user_status().model("🏠 Buildings")
    geometry = json.loads(aoi.read_text())["features"][0]["geometry"]
    request = ProcessingRequest.for_model(model, geometry, DataProviderSource("Sandbox_Demo", 18), ("Classification",))
    results = answer["results"]
    assert results["COST"] == client.processing_cost(request.to_cost_request()) > 0
    assert results["AREA_KM2"] == pytest.approx(0.42, rel=0.01)
    assert results["CAN_START"] is True and results["BLOCKING_REASON"] == ""
    assert_no_secret(json.dumps(answer), sandbox_server.token)


def test_start_then_wait_and_load_writes_the_geopackage(profile, sandbox_server, tmp_path):
    aoi = aoi_file(tmp_path, 37.618, 55.71)
    table = tmp_path / "started.csv"
    started = profile.run("--json", "run", "mapflow:startprocessing", "--", f"AOI={aoi}", "MODEL=Buildings",
                          "NAME=from qgis_process", f"OUTPUT={table}")
    assert started.returncode == 0, started.stdout[-2000:] + started.stderr[-2000:]
    assert_no_secret(started, sandbox_server.token)
    processing_id = json.loads(started.stdout[started.stdout.index("{"):])["results"]["PROCESSING_IDS"]
    assert table.read_text().splitlines()[1].startswith(f"{processing_id},from qgis_process,,")

    target = tmp_path / "result.gpkg"
    loaded = profile.run("--json", "run", "mapflow:waitandloadresult", "--", f"PROCESSING_IDS={processing_id}",
                         "TIMEOUT=5", f"OUTPUT={target}")
    assert loaded.returncode == 0, loaded.stdout[-2000:] + loaded.stderr[-2000:]
    assert_no_secret(loaded, sandbox_server.token)
    results = json.loads(loaded.stdout[loaded.stdout.index("{"):])["results"]
    dataset = ogr.Open(str(target))
    try:
        polygons = dataset.GetLayerByName("polygons")
        count = polygons.GetFeatureCount()
        ids = {feature.GetField("processing_id") for feature in polygons}
    finally:
        dataset = None
    assert count == results["FEATURE_COUNT"] == result_count(sandbox_server, processing_id) > 0
    assert ids == {processing_id}


def test_the_start_and_wait_model_file_runs(profile, sandbox_server, tmp_path):
    target = tmp_path / "model.gpkg"
    done = profile.run("--json", "run", str(MODEL_FILE), "--", f"aoi={aoi_file(tmp_path, 37.624, 55.71)}",
                       "model_name=Buildings", f"wait:result={target}")
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    dataset = ogr.Open(str(target))
    try:
        names = {feature.GetField("processing_name") for feature in dataset.GetLayerByName("polygons")}
    finally:
        dataset = None
    assert names == {"from a model"}


def test_a_user_error_is_its_text_not_a_traceback(profile, sandbox_server, tmp_path):
    done = profile.run("run", "mapflow:estimatecost", "--", f"AOI={aoi_file(tmp_path, 37.6, 55.7)}", "MODEL=Glaciers")
    assert done.returncode != 0
    assert "There is no model “Glaciers” in this project." in done.stdout + done.stderr
    assert_no_secret(done, sandbox_server.token)


def test_a_locked_database_says_how_to_unlock_it_and_never_prompts(profile, sandbox_server, tmp_path):
    done = profile.run("run", "mapflow:estimatecost", "--", f"AOI={aoi_file(tmp_path, 37.6, 55.7)}", unlocked=False,
                       timeout=120)
    assert done.returncode != 0
    assert "QGIS_AUTH_PASSWORD_FILE" in done.stdout + done.stderr
    assert_no_secret(done, sandbox_server.token)
