"""GeoJSON → GeoPackage conversion and the download pipeline, on real files written by the tests."""
from __future__ import annotations

import hashlib
import sqlite3
import time
from pathlib import Path

import pytest
from osgeo import ogr
from qgis.core import QgsVectorLayer, QgsWkbTypes

from mapflow_processing.layers.result_convert import ResultConversionError, convert_geojson_to_gpkg
from mapflow_processing.layers.result_files import publish_without_overwrite, result_file_stem, safe_file_stem
from mapflow_processing.layers.result_package import ResultCancelled, ResultDownloadError, build_result_package
from tests.qgis.test_results_support import empty_collection, file_downloader, mixed_collection, polygons_collection, \
    write_json

PROCESSING_ID = "3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b"


def open_layer(gpkg: Path, table: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{gpkg}|layername={table}", table, "ogr")
    assert layer.isValid(), f"{gpkg}:{table} does not open"
    return layer


def visible_files(folder: Path) -> list:
    return sorted(p.name for p in folder.iterdir())


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_polygons_become_one_polygon_layer_with_all_fields(tmp_path):
    source = write_json(tmp_path / "result.geojson", polygons_collection(25))
    target = tmp_path / "out.gpkg"

    report = convert_geojson_to_gpkg(source, target)

    assert [(item.layer_name, item.feature_count) for item in report.layers] == [("polygons", 25)]
    layer = open_layer(target, "polygons")
    assert layer.featureCount() == 25
    assert QgsWkbTypes.geometryType(layer.wkbType()) == QgsWkbTypes.PolygonGeometry
    assert layer.crs().authid() == "EPSG:4326"
    names = layer.fields().names()
    for expected in ("id", "object_type", "area", "class_id", "shape_type", "simplification_confidence_score"):
        assert expected in names
    # the "id" property stays an ordinary attribute; GDAL would otherwise make it the primary key
    dataset = ogr.Open(str(target))
    assert dataset.GetLayer("polygons").GetFIDColumn() == "fid"
    dataset = None
    ids = sorted(f["id"] for f in layer.getFeatures())
    assert ids == list(range(25))
    assert {f["class_id"] for f in layer.getFeatures()} == {"101", "102", "103", "104", "105"}


def test_mixed_families_get_one_layer_each(tmp_path):
    source = write_json(tmp_path / "mixed.geojson", mixed_collection(polygons=6, multipolygons=2, lines=4, points=3))
    target = tmp_path / "out.gpkg"

    report = convert_geojson_to_gpkg(source, target)

    counts = {item.family: item.feature_count for item in report.layers}
    assert counts == {"polygons": 8, "lines": 4, "points": 3}
    polygons, lines, points = (open_layer(target, name) for name in ("polygons", "lines", "points"))
    # Polygon and MultiPolygon mixed: the layer is declared MultiPolygon so both fit
    assert polygons.wkbType() == QgsWkbTypes.MultiPolygon
    assert lines.wkbType() == QgsWkbTypes.LineString
    assert points.wkbType() == QgsWkbTypes.Point
    assert all(layer.crs().authid() == "EPSG:4326" for layer in (polygons, lines, points))
    assert polygons.featureCount() + lines.featureCount() + points.featureCount() == 15


def test_only_present_families_get_layers(tmp_path):
    source = write_json(tmp_path / "lines_points.geojson", mixed_collection(polygons=0, multipolygons=0, lines=3,
                                                                            points=2))
    report = convert_geojson_to_gpkg(source, tmp_path / "out.gpkg")
    assert sorted(item.layer_name for item in report.layers) == ["lines", "points"]


def test_geometry_collections_are_reported_and_left_out(tmp_path):
    document = polygons_collection(3)
    document["features"].append({"type": "Feature", "properties": {"id": 99}, "geometry": {
        "type": "GeometryCollection", "geometries": [{"type": "Point", "coordinates": [37.6, 55.7]}]}})
    source = write_json(tmp_path / "gc.geojson", document)

    report = convert_geojson_to_gpkg(source, tmp_path / "out.gpkg")

    assert report.skipped_geometry_types == ("GEOMETRYCOLLECTION",)
    assert [(item.layer_name, item.feature_count) for item in report.layers] == [("polygons", 3)]


def test_list_properties_are_kept_as_json_text(tmp_path):
    document = polygons_collection(1)
    document["features"][0]["properties"]["tags"] = ["a", "b"]
    source = write_json(tmp_path / "lists.geojson", document)
    convert_geojson_to_gpkg(source, tmp_path / "out.gpkg")
    dataset = ogr.Open(str(tmp_path / "out.gpkg"))  # kept referenced while its layer is read
    stored = dataset.GetLayer("polygons").GetNextFeature().GetField("tags")
    dataset = None
    assert stored.replace(" ", "") == '["a","b"]'  # JSON text, not GDAL's "(2:a,b)" list notation
    feature = next(open_layer(tmp_path / "out.gpkg", "polygons").getFeatures())
    assert feature["tags"] == ["a", "b"]  # QGIS reads the JSON subtype back as a list


def test_empty_result_gives_an_empty_polygon_layer_and_a_message(tmp_path):
    source = write_json(tmp_path / "empty.geojson", empty_collection())
    package = build_result_package(file_downloader(source), PROCESSING_ID, "Empty area", tmp_path / "out")

    assert package.report.is_empty
    assert any("no features" in message for message in package.messages)
    layer = open_layer(package.path, "polygons")
    assert layer.featureCount() == 0
    assert QgsWkbTypes.geometryType(layer.wkbType()) == QgsWkbTypes.PolygonGeometry
    assert layer.crs().authid() == "EPSG:4326"


def test_ten_thousand_polygons_with_spatial_index(tmp_path):
    source = write_json(tmp_path / "10k.geojson", polygons_collection(10_000))
    target = tmp_path / "10k.gpkg"
    started = time.perf_counter()
    fractions = []

    report = convert_geojson_to_gpkg(source, target, progress=fractions.append)

    assert time.perf_counter() - started < 20
    assert report.layers[0].feature_count == 10_000
    assert open_layer(target, "polygons").featureCount() == 10_000
    assert fractions[-1] == 1.0 and fractions == sorted(fractions)
    with sqlite3.connect(target) as db:
        extensions = db.execute("SELECT table_name, extension_name FROM gpkg_extensions").fetchall()
        assert ("polygons", "gpkg_rtree_index") in extensions
        assert db.execute('SELECT COUNT(*) FROM "rtree_polygons_geom"').fetchone()[0] == 10_000


@pytest.mark.parametrize("content, expected", [
    ('{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": ', "not complete or not valid"),
    ("<html><body>502 Bad Gateway</body></html>", "502 Bad Gateway"),
    ('{"message": "Internal error"}', "not a GeoJSON FeatureCollection"),
    ("", "empty (0 bytes)"),
], ids=["truncated-json", "html-page", "json-not-geojson", "zero-bytes"])
def test_unreadable_results_give_a_clear_error_and_leave_no_file(tmp_path, content, expected):
    source = tmp_path / "bad.geojson"
    source.write_text(content, encoding="utf-8")
    out = tmp_path / "out"

    with pytest.raises(ResultConversionError) as caught:
        build_result_package(file_downloader(source), PROCESSING_ID, "Bad", out)

    assert expected in str(caught.value)
    assert visible_files(out) == []


def test_a_truncated_large_download_is_rejected(tmp_path):
    whole = write_json(tmp_path / "whole.geojson", polygons_collection(2000)).read_bytes()
    source = tmp_path / "cut.geojson"
    source.write_bytes(whole[: len(whole) * 2 // 3])  # cut inside a feature, as a dropped connection would
    out = tmp_path / "out"

    with pytest.raises(ResultConversionError, match="cut off"):
        build_result_package(file_downloader(source), PROCESSING_ID, "Cut", out)
    assert visible_files(out) == []


def test_second_download_gets_a_new_name_and_leaves_the_first_untouched(tmp_path):
    source = write_json(tmp_path / "result.geojson", polygons_collection(5))
    out = tmp_path / "out"

    first = build_result_package(file_downloader(source), PROCESSING_ID, "Kazan: blocks 1/2", out)
    first_digest, first_mtime = sha256(first.path), first.path.stat().st_mtime_ns
    second = build_result_package(file_downloader(source), PROCESSING_ID, "Kazan: blocks 1/2", out)
    third = build_result_package(file_downloader(source), PROCESSING_ID, "Kazan: blocks 1/2", out)

    assert first.path.name == "Kazan_blocks_1_2_3f2a9c1e.gpkg"
    assert second.path.name == "Kazan_blocks_1_2_3f2a9c1e_2.gpkg"
    assert third.path.name == "Kazan_blocks_1_2_3f2a9c1e_3.gpkg"
    assert sha256(first.path) == first_digest and first.path.stat().st_mtime_ns == first_mtime
    assert visible_files(out) == sorted(p.path.name for p in (first, second, third))  # no temporary files


def test_publish_never_overwrites_an_existing_file(tmp_path):
    existing = tmp_path / "name_abcdef12.gpkg"
    existing.write_bytes(b"earlier download")
    temporary = tmp_path / ".tmp.partial.gpkg"
    temporary.write_bytes(b"new download")

    final = publish_without_overwrite(temporary, tmp_path, "name_abcdef12", ".gpkg")

    assert final.name == "name_abcdef12_2.gpkg"
    assert existing.read_bytes() == b"earlier download"
    assert final.read_bytes() == b"new download"
    assert not temporary.exists()


@pytest.mark.parametrize("name, expected", [
    ("🏠 Buildings", "🏠_Buildings"),
    ('a<b>c:d"e/f\\g|h?i*j', "a_b_c_d_e_f_g_h_i_j"),
    ("  ...  ", "processing"),
    ("Здания Казань", "Здания_Казань"),
])
def test_file_stems_are_safe_everywhere(name, expected):
    assert safe_file_stem(name) == expected


def test_result_stem_uses_the_first_eight_id_characters():
    assert result_file_stem("Roads", PROCESSING_ID) == "Roads_3f2a9c1e"


def test_cancel_during_download_leaves_no_file(tmp_path):
    source = write_json(tmp_path / "result.geojson", polygons_collection(3000))
    out = tmp_path / "out"
    seen = []

    def cancel_after_some_bytes():
        return bool(seen) and seen[-1] > 0.05

    with pytest.raises(ResultCancelled):
        build_result_package(file_downloader(source, chunk_size=8 * 1024), PROCESSING_ID, "Cancelled", out,
                             progress=seen.append, should_cancel=cancel_after_some_bytes)

    assert visible_files(out) == []
    assert 0.05 < seen[-1] < 0.5  # stopped inside the download share of the bar


def test_cancel_during_conversion_leaves_no_file(tmp_path):
    source = write_json(tmp_path / "result.geojson", polygons_collection(5000))
    out = tmp_path / "out"
    seen = []

    with pytest.raises(ResultCancelled):
        build_result_package(file_downloader(source), PROCESSING_ID, "Cancelled", out, progress=seen.append,
                             should_cancel=lambda: bool(seen) and seen[-1] > 0.6)

    assert visible_files(out) == []


def test_a_failing_downloader_leaves_no_file(tmp_path):
    def broken(target, progress, should_cancel):
        target.write_bytes(b'{"type": "FeatureCollection", "fea')
        raise ConnectionError("connection reset by peer")

    out = tmp_path / "out"
    with pytest.raises(ConnectionError):
        build_result_package(broken, PROCESSING_ID, "Broken", out)
    assert visible_files(out) == []


def test_a_downloader_that_writes_nothing_is_an_error(tmp_path):
    with pytest.raises(ResultDownloadError, match="wrote no file"):
        build_result_package(lambda target, progress, cancel: None, PROCESSING_ID, "Nothing", tmp_path)


def test_gdal_sees_a_valid_geopackage(tmp_path):
    source = write_json(tmp_path / "mixed.geojson", mixed_collection())
    target = tmp_path / "out.gpkg"
    convert_geojson_to_gpkg(source, target)
    dataset = ogr.Open(str(target))
    assert dataset.GetDriver().GetName() == "GPKG"
    assert sorted(dataset.GetLayer(i).GetName() for i in range(dataset.GetLayerCount())) == \
        ["lines", "points", "polygons"]
