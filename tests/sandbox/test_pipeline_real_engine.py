"""End to end with the real imagery engine (sandbox.engine): the API, the worker pool and the engine together."""
from __future__ import annotations

import mapbox_vector_tile
import pytest
import mercantile
import requests
from osgeo import gdal
from shapely.geometry import shape

from sandbox.engine.geo import zoom_resolution
from tests.sandbox.geotiffs import make_geotiff, upload
from tests.sandbox.helpers import BUILDINGS, create_body, demo_source, square, wait_for, wait_status


def test_demo_provider_processing_completes_with_result_and_tiles(user_api, sandbox_server):
    area = square(lon=37.600, lat=55.750, size=0.0025)  # demo imagery with buildings
    processing = user_api.ok(user_api.post("processings/v2", create_body("real", geometry=area,
                                                                         params=demo_source(18))))
    done = wait_status(user_api, processing["id"], timeout=120)
    assert done["status"] == "OK", done["messages"]
    result = user_api.ok(user_api.get(f"processings/{processing['id']}/result"))
    assert result["type"] == "FeatureCollection"
    ids = [f["properties"]["id"] for f in result["features"]]
    assert ids == list(range(1, len(ids) + 1))
    aoi = user_api.ok(user_api.get(f"processings/{processing['id']}/aois"))[0]
    assert (sandbox_server.data_dir / "processings" / processing["id"] / "aois" / aoi["id"] / "imagery.tif").exists()
    assert ids, "the demo imagery has buildings in this square: the engine found none"
    first = result["features"][0]["geometry"]["coordinates"][0][0]  # a vertex of the first building
    for layer, suffix in ((done["vectorLayer"], ".vector.pbf"), (done["rasterLayer"], ".png")):
        tilejson = requests.get(layer["tileJsonUrl"], timeout=30)
        assert tilejson.status_code == 200, tilejson.text
        spec = tilejson.json()
        assert spec["tiles"] == [layer["tileUrl"]] and spec["tiles"][0].endswith("/{z}/{x}/{y}" + suffix)
        # the layer extent is the processed area (the AOI), not the box around the objects found in it
        # (the imagery's pixel grid may reach a few centimetres past it)
        assert spec["bounds"] == pytest.approx(shape(area).bounds, abs=1e-5), (spec["bounds"], area)
        tile = mercantile.tile(*first[:2], min(spec["maxzoom"], 16))
        answer = requests.get(spec["tiles"][0].format(z=tile.z, x=tile.x, y=tile.y), timeout=30)
        assert answer.status_code == 200, (layer, answer.status_code)
        if suffix == ".png":
            assert answer.content.startswith(b"\x89PNG")
        else:  # the tile under a building holds features
            decoded = mapbox_vector_tile.decode(answer.content)
            assert sum(len(part["features"]) for part in decoded.values()) >= 1, decoded.keys()
    # publishing indexed the result for vector tiles
    folder = sandbox_server.data_dir / "processings" / processing["id"] / "result.geojson.tiles"
    assert wait_for(lambda: folder.is_dir() and any(folder.glob("v*/meta.json")), 30, what="the tile index")


def test_without_a_zoom_the_price_and_the_run_use_the_same_zoom(user_api, sandbox_server):
    body = create_body("no zoom", geometry=square(size=0.002),
                       params={"sourceParams": {"dataProvider": {"providerName": "Sandbox_Demo"}}})
    quoted = user_api.post("processing/cost/v2", body)
    assert quoted.status_code == 200
    at_18 = user_api.post("processing/cost/v2", {**body, "params": demo_source(18)}).json()
    assert int(quoted.text) == at_18 != user_api.post("processing/cost/v2", {**body, "params": demo_source(19)}).json()
    processing = user_api.ok(user_api.post("processings/v2", body))
    done = wait_status(user_api, processing["id"], timeout=120)
    assert done["status"] == "OK" and done["cost"] == at_18
    aoi = user_api.ok(user_api.get(f"processings/{processing['id']}/aois"))[0]
    imagery = gdal.Open(str(sandbox_server.data_dir / "processings" / processing["id"] / "aois" / aoi["id"] /
                            "imagery.tif"))
    assert abs(imagery.GetGeoTransform()[1] - zoom_resolution(18)) < 1e-6


def test_zoom_outside_the_model_range_fails_and_refunds(user_api):
    before = user_api.ok(user_api.get("user/status"))["remainingCredits"]
    processing = user_api.ok(user_api.post("processings/v2", create_body(geometry=square(size=0.002),
                                                                         params=demo_source(20))))
    failed = wait_status(user_api, processing["id"], timeout=120)
    assert failed["status"] == "FAILED"
    assert failed["messages"][0]["code"] == "source-validator.TooHighZoom"
    assert failed["messages"][0]["parameters"]["max_zoom"] == "19"
    assert user_api.ok(user_api.get("user/status"))["remainingCredits"] == before


def test_uploaded_geotiff_is_processed(user_api, tmp_path):
    mosaic = user_api.ok(user_api.post("rasters/mosaic", {"name": "own"}))
    # 0.9 EPSG:3857 units are about 0.5 m on the ground at 55.7°N, inside the Buildings model's range
    user_api.ok(upload(user_api, make_geotiff(tmp_path / "own.tif", width=256, height=256, pixel=0.9),
                       f"rasters/mosaic/{mosaic['id']}/image"))
    aoi = square(lon=37.6126, lat=55.6892, size=0.0008)
    processing = user_api.ok(user_api.post("processings/v2", {
        "name": "own imagery", "wdName": BUILDINGS, "geometry": aoi,
        "params": {"sourceParams": {"myImagery": {"mosaicId": mosaic["id"], "imageIds": None}}}}))
    done = wait_status(user_api, processing["id"], timeout=120)
    assert done["status"] == "OK", done["messages"]
    assert done["cost"] == 10  # own imagery: no data price
    assert user_api.ok(user_api.get(f"processings/{processing['id']}/result"))["type"] == "FeatureCollection"


def test_own_imagery_too_fine_for_the_model_fails_with_its_code(user_api, tmp_path):
    mosaic = user_api.ok(user_api.post("rasters/mosaic", {"name": "fine"}))
    user_api.ok(upload(user_api, make_geotiff(tmp_path / "fine.tif", width=256, height=256, pixel=0.3),
                       f"rasters/mosaic/{mosaic['id']}/image"))
    processing = user_api.ok(user_api.post("processings/v2", {
        "wdName": BUILDINGS, "geometry": square(lon=37.6126, lat=55.6898, size=0.0003),
        "params": {"sourceParams": {"myImagery": {"mosaicId": mosaic["id"]}}}}))
    done = wait_status(user_api, processing["id"], timeout=120)
    assert done["status"] == "FAILED"
    assert done["messages"][0]["code"] == "source-validator.PixelSizeTooLow"
