"""Several processings' GeoPackages merged into one: every feature keeps its processing's id and name exactly as
given (quotes and SQL-looking text included: the values go through the OGR API, never into SQL text)."""
from __future__ import annotations

from pathlib import Path

from osgeo import ogr

from mapflow_processing.layers.result_convert import convert_geojson_to_gpkg
from mapflow_processing.layers.result_merge import MergeInput, merge_result_packages
from tests.qgis.test_results_support import mixed_collection, polygons_collection, write_json

TRICKY_NAME = "Bob's \"farm\"'; DROP TABLE polygons; --"


def package(tmp_path: Path, stem: str, document: dict) -> Path:
    target = tmp_path / f"{stem}.gpkg"
    convert_geojson_to_gpkg(write_json(tmp_path / f"{stem}.geojson", document), target)
    return target


def tags(path: Path, table: str) -> list:
    dataset = ogr.Open(str(path))
    layer = dataset.GetLayerByName(table)
    found = sorted((f.GetField("processing_id"), f.GetField("processing_name")) for f in layer)
    dataset = None
    return found


def test_every_feature_is_tagged_with_its_processing(tmp_path):
    first = package(tmp_path, "first", polygons_collection(5))
    second = package(tmp_path, "second", mixed_collection(polygons=2, multipolygons=1, lines=3, points=0))
    destination = tmp_path / "merged.gpkg"

    merged = merge_result_packages([
        MergeInput(first, "id-1", TRICKY_NAME, "buildings"),
        MergeInput(second, "id-2", "Roads 2", "roads"),
    ], destination)

    counts = {layer.table: layer.feature_count for layer in merged.layers}
    assert counts == {"polygons": 8, "lines": 3}
    assert tags(destination, "polygons") == [("id-1", TRICKY_NAME)] * 5 + [("id-2", "Roads 2")] * 3
    assert tags(destination, "lines") == [("id-2", "Roads 2")] * 3
    polygons = next(layer for layer in merged.layers if layer.table == "polygons")
    assert {"processing_id", "processing_name", "id"} <= set(polygons.field_names)
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial.gpkg")]
