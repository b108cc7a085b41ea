"""The tile endpoints over real HTTP against a data folder filled by real engine runs."""
from __future__ import annotations

import io
import json

import mapbox_vector_tile
import mercantile
import numpy as np
import pytest
import requests
from PIL import Image
from shapely.geometry import shape

from tests.sandbox.test_tiles_support import PLACE, PUBLIC, fill_data_dir, start_site, stop_site


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("tiles-data")
    fill_data_dir(data_dir)
    site = start_site(data_dir)
    yield site
    stop_site(site)


def centre_tile(zoom: int):
    return mercantile.tile(PLACE[0] + 0.0015, PLACE[1] + 0.0009, zoom)


def png_pixels(response) -> np.ndarray:
    assert response.status_code == 200 and response.headers["content-type"] == "image/png"
    image = Image.open(io.BytesIO(response.content))
    assert image.size == (256, 256)
    return np.asarray(image.convert("RGBA"))


def test_vector_tilejson(site):
    body = site.get("/api/layers/full.json").json()
    assert body["tilejson"] in ("2.2.0", "3.0.0")
    assert body["tiles"] == [f"{PUBLIC}/api/layers/full/tiles/{{z}}/{{x}}/{{y}}.vector.pbf"]
    assert (body["minzoom"], body["maxzoom"]) == (0, 18)
    # without a database (this app has none) the processed area is the imagery's: the same extent as the raster
    # layer, covering the AOIs rather than only the objects found in them
    assert body["bounds"] == site.get("/api/rasters/full.json").json()["bounds"]
    west, south, east, north = body["bounds"]
    assert abs(west - PLACE[0]) < 1e-4 and abs(south - PLACE[1]) < 1e-4
    found = shape({"type": "MultiPolygon", "coordinates": [
        f["geometry"]["coordinates"] for f in json.loads((site.data_dir / "processings/full/result.geojson")
                                                          .read_text())["features"]]})
    assert west <= found.bounds[0] and south <= found.bounds[1] and found.bounds[2] <= east
    layer = body["vector_layers"][0]
    assert layer["id"] == "vector_layer"
    assert {"id": "Number", "object_type": "String", "area": "Number", "class_id": "String"}.items() <= \
        layer["fields"].items()


def test_vector_tiles_decode_with_the_contract_attributes(site):
    expected = {f["properties"]["id"] for f in json.loads((site.data_dir / "processings/full/result.geojson")
                                                           .read_text())["features"]}
    tile = centre_tile(17)
    response = site.get(f"/api/layers/full/tiles/17/{tile.x}/{tile.y}.vector.pbf")
    assert response.status_code == 200
    decoded = mapbox_vector_tile.decode(response.content)
    assert list(decoded) == ["vector_layer"]
    features = decoded["vector_layer"]["features"]
    assert len(features) > 10
    for feature in features:
        props = feature["properties"]
        assert props["object_type"] == "buildings" and props["id"] in expected
        assert props["class_id"] in ("101", "102", "103", "104", "105")
        assert {"area", "shape_type", "simplification_confidence_score", "GAN", "processing_date"} <= set(props)
        assert feature["geometry"]["type"] in ("Polygon", "MultiPolygon")


@pytest.mark.parametrize("zoom", [0, 5, 12, 14, 18, 22, 25])
def test_every_zoom_answers(site, zoom):
    """0-18 as the TileJSON says, and deeper: the plugin opens the layer with zmax 25."""
    building = json.loads((site.data_dir / "processings/full/result.geojson").read_text())["features"][0]
    inside = shape(building["geometry"]).representative_point()
    tile = mercantile.tile(inside.x, inside.y, zoom)
    response = site.get(f"/api/layers/full/tiles/{zoom}/{tile.x}/{tile.y}.vector.pbf")
    assert response.status_code == 200
    if zoom >= 12:
        assert mapbox_vector_tile.decode(response.content)["vector_layer"]["features"]


def test_gzip_only_when_accepted(site):
    tile = centre_tile(16)
    path = f"/api/layers/full/tiles/16/{tile.x}/{tile.y}.vector.pbf"
    zipped = site.get(path, headers={"Accept-Encoding": "gzip"}, stream=True)
    raw = zipped.raw.read(decode_content=False)
    assert zipped.headers["Content-Encoding"] == "gzip" and raw[:2] == b"\x1f\x8b"
    plain = site.get(path, headers={"Accept-Encoding": "identity"}, stream=True)
    assert "Content-Encoding" not in plain.headers
    assert mapbox_vector_tile.decode(plain.raw.read(decode_content=False))["vector_layer"]["features"]


def test_an_empty_tile_is_an_empty_200(site):
    response = site.get("/api/layers/full/tiles/18/1/1.vector.pbf")
    assert response.status_code == 200 and response.content == b""
    assert site.get("/api/layers/empty/tiles/10/600/300.vector.pbf").content == b""


def test_an_empty_result_still_has_bounds(site):
    body = site.get("/api/layers/empty.json").json()
    west, south, east, north = body["bounds"]
    assert abs(west - PLACE[0]) < 0.001 and abs(south - PLACE[1]) < 0.001


@pytest.mark.parametrize("path", ["/api/layers/nope.json", "/api/layers/nope/tiles/1/0/0.vector.pbf",
                                  "/api/rasters/nope.json", "/api/rasters/nope/tiles/1/0/0.png",
                                  "/api/mosaics/nope.json", "/api/images/nope/tiles/1/0/0.png",
                                  "/api/layers/..json"])
def test_unknown_ids_are_404_with_json(site, path):
    response = site.get(path)
    assert response.status_code == 404
    assert response.json()["code"] == "NotFound"


def test_paths_cannot_escape_the_data_folder(site):
    assert site.get("/api/layers/..%2F..%2Fetc.json").status_code == 404
    assert site.get("/api/images/..%2Fmosaic-1%2Fimg-a.json").status_code == 404
    assert site.get("/api/images/*.json").status_code == 404  # no glob patterns either


@pytest.mark.parametrize("address", ["3/8/0", "3/0/8", "31/0/0", "-1/0/0", "a/b/c", "3/1.5/2"])
def test_bad_tile_addresses_are_400(site, address):
    for path in (f"/api/layers/full/tiles/{address}.vector.pbf", f"/api/rasters/full/tiles/{address}.png",
                 f"/api/demo/tiles/{address}.png"):
        response = site.get(path)
        assert response.status_code == 400, path
        assert response.json()["code"] == "BadTileAddress"


def test_imagery_tiles_and_tilejson(site):
    body = site.get("/api/rasters/full.json").json()
    assert body["tiles"] == [f"{PUBLIC}/api/rasters/full/tiles/{{z}}/{{x}}/{{y}}.png"]
    assert body["maxzoom"] >= 18
    west, south, east, north = body["bounds"]
    assert west <= PLACE[0] + 1e-4 and east > PLACE[0] + 0.004
    tile = centre_tile(18)
    pixels = png_pixels(site.get(f"/api/rasters/full/tiles/18/{tile.x}/{tile.y}.png"))
    assert (pixels[:, :, 3] == 255).mean() > 0.5 and pixels[:, :, :3].std() > 10
    edge = mercantile.tile(west, south, 15)  # the imagery covers only part of this tile: the rest is transparent
    alpha = png_pixels(site.get(f"/api/rasters/full/tiles/15/{edge.x}/{edge.y}.png"))[:, :, 3]
    assert 0 < (alpha == 255).mean() < 0.5 and (alpha == 0).any()
    far = png_pixels(site.get("/api/rasters/full/tiles/10/0/0.png"))
    assert (far[:, :, 3] == 0).all()


def test_mosaic_and_image_tiles(site):
    mosaic = site.get("/api/mosaics/mosaic-1.json").json()
    assert mosaic["tiles"] == [f"{PUBLIC}/api/mosaics/mosaic-1/tiles/{{z}}/{{x}}/{{y}}.png"]
    west, south, east, north = mosaic["bounds"]
    image = site.get("/api/images/img-b.json").json()
    assert image["tiles"] == [f"{PUBLIC}/api/images/img-b/tiles/{{z}}/{{x}}/{{y}}.png"]
    assert west < image["bounds"][0] and image["bounds"][2] <= east + 1e-9
    a_tile = mercantile.tile(37.56 + 0.0003, 55.705 + 0.0003, 17)
    assert (png_pixels(site.get(f"/api/mosaics/mosaic-1/tiles/17/{a_tile.x}/{a_tile.y}.png"))[:, :, 3] > 0).any()
    assert (png_pixels(site.get(f"/api/images/img-a/tiles/17/{a_tile.x}/{a_tile.y}.png"))[:, :, 3] > 0).any()
    b_only = mercantile.tile(37.563 + 0.0012, 55.705, 18)
    assert not (png_pixels(site.get(f"/api/images/img-a/tiles/18/{b_only.x}/{b_only.y}.png"))[:, :, 3] > 0).any()


def test_demo_tiles_and_ground_truth(site):
    tile = centre_tile(18)
    assert png_pixels(site.get(f"/api/demo/tiles/18/{tile.x}/{tile.y}.png"))[:, :, :3].std() > 10
    truth = site.get("/api/demo/ground-truth", params={"bbox": "37.55,55.70,37.553,55.702", "model": "buildings"})
    assert truth.status_code == 200
    features = truth.json()["features"]
    assert features and all(f["properties"]["object_type"] == "buildings" for f in features)


@pytest.mark.parametrize("params, code", [
    ({"bbox": "37,55,38,56"}, "BboxTooLarge"),
    ({"bbox": "1,2,3"}, "BadBbox"),
    ({"bbox": "37.56,55.70,37.55,55.71"}, "BadBbox"),
    ({}, "BadBbox"),
    ({"bbox": "37.55,55.70,37.553,55.702", "model": "lakes"}, "UnknownModel"),
])
def test_ground_truth_rejects_bad_requests_clearly(site, params, code):
    response = site.get("/api/demo/ground-truth", params=params)
    assert response.status_code == 400 and response.json()["code"] == code
    assert response.json()["message"]


def test_a_rewritten_result_is_served_fresh(site):
    folder = site.data_dir / "processings" / "changing"
    folder.mkdir(parents=True)
    result = folder / "result.geojson"
    original = json.loads((site.data_dir / "processings/full/result.geojson").read_text())
    result.write_text(json.dumps(original))
    tile = centre_tile(16)
    path = f"/api/layers/changing/tiles/16/{tile.x}/{tile.y}.vector.pbf"
    assert mapbox_vector_tile.decode(site.get(path).content)["vector_layer"]["features"]
    result.write_text(json.dumps({"type": "FeatureCollection", "features": []}))
    assert site.get(path).content == b""


def test_tiles_need_no_authorization(site):
    tile = centre_tile(16)
    response = requests.get(f"{site.url}/api/layers/full/tiles/16/{tile.x}/{tile.y}.vector.pbf", timeout=10,
                            headers={"Authorization": "Basic bm9ib2R5Om5vdGhpbmc="})
    assert response.status_code == 200
