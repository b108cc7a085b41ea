"""Vector tiles cut from the on-disk result index: exact against the source polygons, and little work per tile
(judged by the tile server's work counters, not by the clock) for a 100k-building result."""
from __future__ import annotations

import json
import shutil
import threading
from pathlib import Path

import mapbox_vector_tile
import mercantile
import numpy as np
import pytest
import shapely
from shapely import affinity
from shapely.geometry import MultiPolygon, Point, Polygon, box, mapping, shape

from benchmarks.harness.synthetic import write_buildings_geojson
from sandbox.engine.geo import tile_window, to_lonlat, to_merc
from sandbox.tiles import first_view, vector
from sandbox.tiles.mvt import EXTENT


@pytest.fixture(autouse=True)
def fresh_caches():
    """Each test starts as a freshly started server: nothing in memory."""
    vector._INDEXES._items.clear()
    vector._TILES._items.clear()
    vector.STATS.reset()
    yield


def write_result(path: Path, features: list) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    return path


def feature(geometry, number: int, **properties) -> dict:
    return {"type": "Feature", "geometry": mapping(to_lonlat(geometry)),
            "properties": {"id": number, "object_type": "buildings", **properties}}


def decode(data: bytes, z: int, x: int, y: int) -> dict:
    """Features of a tile by id, geometries back in EPSG:3857."""
    if not data:
        return {}
    window = tile_window(z, x, y)
    unit = (window.east - window.west) / EXTENT
    out = {}
    for item in mapbox_vector_tile.decode(data)["vector_layer"]["features"]:
        geometry = shape(item["geometry"])  # tile units, y up (the decoder flips it)
        geometry = affinity.affine_transform(geometry, [unit, 0, 0, unit, window.west, window.south])
        out[item["id"]] = (geometry, item["properties"])
    return out


def _varint(data: bytes, pos: int) -> tuple:
    value = shift = 0
    while True:
        byte = data[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, pos


def _fields(data: bytes):
    """(field number, value or bytes) of one protobuf message, for varint and length-delimited fields."""
    pos = 0
    while pos < len(data):
        key, pos = _varint(data, pos)
        if key & 7 == 0:
            value, pos = _varint(data, pos)
        elif key & 7 == 2:
            length, pos = _varint(data, pos)
            value, pos = data[pos:pos + length], pos + length
        else:
            raise AssertionError(f"unexpected wire type {key & 7}")
        yield key >> 3, value


def feature_ids(data: bytes) -> list:
    """Feature ids of a tile, read straight from the protobuf (decoding 100k geometries would take minutes)."""
    ids = []
    for number, layer in _fields(data):
        assert number == 3
        for field_number, item in _fields(layer):
            if field_number == 2:
                ids.extend(value for f, value in _fields(item) if f == 1)
    return ids


ORIGIN = to_merc(Point(37.6, 55.7))


def test_polygons_holes_multipolygons_and_properties_survive_exactly(tmp_path):
    z = 17
    tile = mercantile.tile(37.6, 55.7, z)
    window = tile_window(z, tile.x, tile.y)
    x0, y0 = window.west + 20, window.south + 20
    courtyard = Polygon(box(x0, y0, x0 + 60, y0 + 60).exterior, [box(x0 + 20, y0 + 20, x0 + 40, y0 + 40).exterior])
    twins = MultiPolygon([box(x0 + 100, y0, x0 + 120, y0 + 20), box(x0 + 130, y0, x0 + 150, y0 + 20)])
    clockwise = Polygon(list(box(x0, y0 + 100, x0 + 30, y0 + 130).exterior.coords)[::-1])
    features = [feature(courtyard, 1, area=3200, GAN="False", score=0.75, flag=True, nested={"a": [1, 2]}),
                feature(twins, 2, area=800, delta=-5),
                feature(clockwise, 3, class_id="101")]
    result = write_result(tmp_path / "p" / "result.geojson", features)
    decoded = decode(vector.vector_tile(result, z, tile.x, tile.y), z, tile.x, tile.y)
    assert set(decoded) == {1, 2, 3}
    for number, original in ((1, courtyard), (2, twins), (3, clockwise)):
        geometry, _ = decoded[number]
        assert geometry.is_valid
        assert geometry.symmetric_difference(original).area < 0.02 * original.area, number
    assert len(decoded[1][0].interiors) == 1, "the courtyard stays a hole"
    assert decoded[2][0].geom_type == "MultiPolygon" and len(decoded[2][0].geoms) == 2
    assert decoded[1][1] == {"id": 1, "object_type": "buildings", "area": 3200, "GAN": "False", "score": 0.75,
                             "flag": True, "nested": '{"a": [1, 2]}'}
    assert decoded[2][1]["delta"] == -5 and decoded[3][1]["class_id"] == "101"
    tiles = vector.result_tiles(result)
    assert tiles.fields == {"id": "Number", "object_type": "String", "area": "Number", "GAN": "String",
                            "score": "Number", "flag": "Boolean", "nested": "String", "delta": "Number",
                            "class_id": "String"}


def test_features_crossing_tile_edges_are_clipped_to_the_tile_and_its_buffer(tmp_path):
    z = 17
    tile = mercantile.tile(37.6, 55.7, z)
    window = tile_window(z, tile.x, tile.y)
    long_one = box(window.west - 500, window.south + 100, window.east + 500, window.south + 140)
    result = write_result(tmp_path / "p" / "result.geojson", [feature(long_one, 7)])
    geometry, _ = decode(vector.vector_tile(result, z, tile.x, tile.y), z, tile.x, tile.y)[7]
    unit = (window.east - window.west) / EXTENT
    expected = long_one.intersection(box(window.west - 64 * unit, window.south, window.east + 64 * unit,
                                         window.north))
    assert geometry.symmetric_difference(expected).area < 0.01 * expected.area
    assert vector.STATS.features_clipped == 1


def test_detailed_outlines_are_simplified_at_low_zoom(tmp_path):
    wood = to_merc(Point(37.6, 55.7)).buffer(400, quad_segs=256)  # 1024 vertices
    result = write_result(tmp_path / "p" / "result.geojson", [feature(wood, 1)])
    z = 12
    tile = mercantile.tile(37.6, 55.7, z)
    data = vector.vector_tile(result, z, tile.x, tile.y)
    geometry, _ = decode(data, z, tile.x, tile.y)[1]
    assert len(geometry.exterior.coords) < 200
    assert geometry.symmetric_difference(wood).area < 0.02 * wood.area


def test_points_and_lines_are_served_by_the_general_encoder(tmp_path):
    centre = to_merc(Point(37.6, 55.7))
    features = [{"type": "Feature", "geometry": mapping(to_lonlat(centre)), "properties": {"id": 1}},
                {"type": "Feature", "geometry": mapping(to_lonlat(centre.buffer(30).exterior)),
                 "properties": {"id": 2}}]
    result = write_result(tmp_path / "p" / "result.geojson", features)
    tile = mercantile.tile(37.6, 55.7, 17)
    decoded = mapbox_vector_tile.decode(vector.vector_tile(result, 17, tile.x, tile.y))
    assert sorted(f["geometry"]["type"] for f in decoded["vector_layer"]["features"]) == ["LineString", "Point"]
    assert vector.STATS.general_tiles == 1 and vector.STATS.index_builds == 0


def test_a_rewritten_result_gets_a_new_index_and_the_old_one_is_removed(tmp_path):
    result = write_result(tmp_path / "p" / "result.geojson", [feature(box(ORIGIN.x, ORIGIN.y, ORIGIN.x + 20,
                                                                          ORIGIN.y + 20), 1)])
    first = vector.result_tiles(result).folder
    write_result(result, [feature(box(ORIGIN.x, ORIGIN.y, ORIGIN.x + 20, ORIGIN.y + 20), 1),
                          feature(box(ORIGIN.x + 40, ORIGIN.y, ORIGIN.x + 60, ORIGIN.y + 20), 2)])
    second = vector.result_tiles(result)
    assert second.folder != first and not first.exists() and second.polygons.count == 2


# ---- a 100k-building result ---------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def big_result(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("big") / "processings" / "p" / "result.geojson"
    path.parent.mkdir(parents=True)
    write_buildings_geojson(path, 100_000)  # the benchmark's generator: rotated rectangles on a 30 m grid
    return path


def test_a_100k_result_is_prepared_once_and_its_first_view_is_read_not_encoded(big_result):
    summary = vector.prepare_result_tiles(big_result)
    assert summary["features"] == 100_000 and summary["tiles"] > 0
    assert vector.STATS.index_builds == 1
    bounds = vector.result_tiles(big_result).bounds_lonlat
    (zoom, first_tiles), (deeper_zoom, deeper_tiles) = first_view.first_view_tiles(bounds, (1000, 700), depth=2)
    assert summary["zooms"] == [zoom, deeper_zoom]
    # a fresh server process: nothing in memory, the index and tiles on disk
    vector._INDEXES._items.clear()
    vector._TILES._items.clear()
    vector.STATS.reset()
    seen = set()
    for x, y in first_tiles:
        seen.update(feature_ids(vector.vector_tile(big_result, zoom, x, y)))
    assert seen == set(range(1, 100_001)), "the first view shows every building"
    x, y = first_tiles[len(first_tiles) // 2]  # and what it shows is right
    sample = decode(vector.vector_tile(big_result, zoom, x, y), zoom, x, y)
    source = json.loads(big_result.read_text())["features"]
    window = tile_window(zoom, x, y)
    unit = (window.east - window.west) / EXTENT
    for number in list(sample)[::500]:
        original = to_merc(shape(source[number - 1]["geometry"]))
        # within the grid of the zoom: each edge may move by up to half a tile unit
        assert sample[number][0].symmetric_difference(original).area < original.length * unit
    assert vector.STATS.index_builds == 0 and vector.STATS.index_loads == 1
    assert vector.STATS.tiles_encoded == 0 and vector.STATS.disk_hits == len(first_tiles)


def test_a_tile_of_a_100k_result_encodes_only_the_features_under_it(big_result):
    vector.result_tiles(big_result)
    vector.STATS.reset()
    index = vector.result_tiles(big_result).polygons
    z = 16
    x, y = mercantile.tile(37.60, 55.70, z)[:2]
    vector._tile(vector.result_tiles(big_result), z, x, y + 1000)  # far away: no work at all
    window = tile_window(z, x, y)
    data = vector.encode_polygon_tile(vector.result_tiles(big_result), z, x, y)
    b = np.asarray(index.bounds)
    under = int(((b[:, 0] < window.east) & (b[:, 2] > window.west) & (b[:, 1] < window.north) &
                 (b[:, 3] > window.south)).sum())
    assert 50 < under < 2000
    assert under <= vector.STATS.per_tile[(z, x, y)] <= under * 1.2  # plus the 64-unit buffer around the tile
    assert vector.STATS.per_tile[(z, x, y + 1000)] == 0
    assert vector.STATS.features_clipped < under / 2, "only features crossing the tile's edge are clipped"
    assert len(decode(data, z, x, y)) == vector.STATS.per_tile[(z, x, y)]


def test_parallel_first_requests_build_the_index_once(tmp_path):
    result = tmp_path / "processings" / "p" / "result.geojson"
    result.parent.mkdir(parents=True)
    write_buildings_geojson(result, 5_000)
    tile = mercantile.tile(37.60, 55.70, 15)
    errors = []

    def fetch(dy):
        try:
            vector.vector_tile(result, 15, tile.x, tile.y + dy)
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=fetch, args=(dy,)) for dy in range(-2, 3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert vector.STATS.index_builds == 1
    assert [p.name for p in Path(f"{result}.tiles").iterdir()] == [vector.result_tiles(result).folder.name]


def test_first_view_follows_the_zoom_qgis_asks_for():
    # measured on QGIS 3.22: a 1000x700 canvas at 17.6 m/px (scale 1:66 520) asks zoom 12, at 2 m/px zoom 15
    assert first_view.view_zoom(17.6) == 12 and first_view.view_zoom(2.0) == 15 and first_view.view_zoom(50) == 11
    lon, lat = 37.6, 55.7
    bounds = (lon - 0.08, lat - 0.045, lon + 0.08, lat + 0.045)
    (zoom, tiles), = first_view.first_view_tiles(bounds, (1000, 700))
    extent, _ = first_view.canvas_extent(bounds, (1000, 700))
    covered = shapely.union_all([box(*mercantile.xy_bounds(x, y, zoom)) for x, y in tiles])
    assert covered.contains(box(*extent))
    assert first_view.main([str(Path("/nonexistent/result.geojson"))]) == 2


def test_a_deleted_processing_is_not_recreated_by_its_tiles(tmp_path):
    result = write_result(tmp_path / "processings" / "gone" / "result.geojson",
                          [feature(box(ORIGIN.x, ORIGIN.y, ORIGIN.x + 20, ORIGIN.y + 20), 1)])
    tiles = vector.result_tiles(result)
    shutil.rmtree(tmp_path / "processings" / "gone")  # deleted while its tiles are being served
    tile = mercantile.tile(37.6, 55.7, 16)
    assert vector._tile(tiles, 16, tile.x, tile.y)  # still served from the memory-mapped index...
    assert not (tmp_path / "processings" / "gone").exists()  # ...but nothing written back
