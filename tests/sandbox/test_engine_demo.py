"""The demo provider: deterministic, seamless, fast aerial-like tiles of a world whose ground truth is known."""
from __future__ import annotations

import io

import mercantile
import numpy as np
import pytest
from PIL import Image
from shapely.geometry import box, shape

from sandbox.engine import demo_tile_png, ground_truth
from sandbox.engine.demo.palette import HEIGHT_CLASSES
from sandbox.engine.demo.render import render_window
from sandbox.engine.geo import Window, tile_window


def decode(png: bytes) -> np.ndarray:
    image = Image.open(io.BytesIO(png))
    assert image.size == (256, 256)
    return np.asarray(image.convert("RGB"))


@pytest.mark.parametrize("lon, lat, zoom", [(37.6, 55.75, 18), (-122.4, 37.77, 17), (151.2, -33.87, 19),
                                            (0.0, 0.0, 16), (179.99, 78.0, 18), (-75.0, -60.0, 14), (0, 0, 0)])
def test_tiles_anywhere_are_256_px_pngs_and_deterministic(lon, lat, zoom):
    tile = mercantile.tile(lon, lat, zoom)
    first = demo_tile_png(zoom, tile.x, tile.y)
    assert first[:8] == b"\x89PNG\r\n\x1a\n"
    pixels = decode(first)
    assert pixels.std() > 5, "an image, not a flat colour"
    assert np.array_equal(pixels, decode(demo_tile_png(zoom, tile.x, tile.y)))


def test_adjacent_tiles_are_seamless():
    tile = mercantile.tile(37.6, 55.75, 18)
    mosaic = np.vstack([np.hstack([render_window(tile_window(18, tile.x + dx, tile.y + dy)) for dx in (0, 1)])
                        for dy in (0, 1)])
    first, last = tile_window(18, tile.x, tile.y), tile_window(18, tile.x + 1, tile.y + 1)
    whole = render_window(Window(first.west, last.south, last.east, first.north, 512, 512))
    assert np.array_equal(mosaic, whole)


def test_every_zoom_shows_the_same_buildings():
    """Roof colour at the centres of the true buildings, seen at zoom 17 and at zoom 19."""
    bounds = (37.55, 55.70, 37.558, 55.7045)
    buildings = [shape(f["geometry"]) for f in ground_truth(bounds, "buildings")["features"]][:60]
    assert len(buildings) > 30
    for zoom in (17, 19):
        hits = 0
        for building in buildings:
            point = building.representative_point()
            tile = mercantile.tile(point.x, point.y, zoom)
            w = tile_window(zoom, tile.x, tile.y)
            x, y = mercantile.xy(point.x, point.y)
            col, row = int((x - w.west) / w.res_x), int((w.north - y) / w.res_y)
            r, g, b = decode(demo_tile_png(zoom, tile.x, tile.y))[row, col].astype(int)
            hits += (r > g + 40) or (b > r + 20) or (min(r, g, b) > 180)  # red, blue or light roof
        assert hits / len(buildings) > 0.95, zoom


def test_ground_truth_per_model():
    bounds = (37.55, 55.70, 37.558, 55.7045)
    area = box(*bounds).buffer(1e-9)
    buildings = ground_truth(bounds, "buildings")["features"]
    forest = ground_truth(bounds, "forest")["features"]
    roads = ground_truth(bounds, "roads")["features"]
    sites = ground_truth(bounds, "construction")["features"]
    assert buildings and forest and roads and sites
    for feature in buildings + forest + roads + sites:
        assert area.contains(shape(feature["geometry"]))
    assert {f["properties"]["class_id"] for f in buildings} <= {"101", "102", "103", "104", "105"}
    assert {f["properties"]["shape_type"] for f in buildings} == {"RECTANGLE", "L-SHAPE"}
    assert {f["properties"]["class_id"] for f in forest} == set(HEIGHT_CLASSES)
    assert all(f["properties"]["max_height"] > 0 for f in forest)
    assert ground_truth(bounds, "buildings") == ground_truth(bounds, "buildings")


def test_ground_truth_rejects_unknown_models():
    with pytest.raises(ValueError, match="unknown model 'lakes'"):
        ground_truth((0, 0, 0.001, 0.001), "lakes")
