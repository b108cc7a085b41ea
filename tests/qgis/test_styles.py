"""Model keys from workflow names, the style chosen per family and fields, and the shipped QML files themselves."""
from __future__ import annotations

import xml.etree.ElementTree as ElementTree

import pytest
from qgis.core import QgsCategorizedSymbolRenderer, QgsSingleSymbolRenderer, QgsVectorLayer, QgsVectorTileLayer

from mapflow_processing.layers.styles import STYLES_DIR, apply_style, file_style_name, model_key_for_workflow, \
    style_path, tile_style_name


@pytest.mark.parametrize("workflow_name, key", [
    ("🏠 Buildings", "buildings"),
    ("Buildings", "buildings"),
    ("🏠 Buildings (aerial imagery)", "buildings"),
    ("🌲 Forest", "forest"),
    ("Forest and trees", "forest"),
    ("🌲↕️ Forest with heights", "forest"),
    ("🚗 Roads", "roads"),
    ("🏗️ Construction sites", "construction"),
    ("🏗️ Construction", "construction"),
    ("🏠 Здания", "buildings"),
    ("Streets of the old town", "default"),  # "streets" must not read as "trees"
    ("🏠🚗🌲 Buildings, Roads and Forest", "default"),  # a combined model has no single style
    ("Open data", "default"),
    ("", "default"),
    (None, "default"),
])
def test_model_key_is_derived_from_the_workflow_name(workflow_name, key):
    assert model_key_for_workflow(workflow_name) == key


@pytest.mark.parametrize("key, family, fields, style", [
    ("buildings", "polygons", ["id", "class_id", "area"], "buildings_classified"),
    ("buildings", "polygons", ["id", "area"], "buildings"),
    ("forest", "polygons", ["id", "CLASS_ID"], "forest_heights"),
    ("forest", "polygons", ["id", "area"], "forest"),
    ("roads", "polygons", ["id"], "roads"),
    ("roads", "lines", ["id"], "roads_lines"),
    ("construction", "polygons", ["id"], "construction"),
    ("default", "polygons", ["id"], "default_polygons"),
    ("buildings", "lines", ["class_id"], "default_lines"),
    ("forest", "points", ["id"], "default_points"),
])
def test_file_style_follows_model_family_and_fields(key, family, fields, style):
    assert file_style_name(key, family, fields) == style


def test_tile_styles_per_model():
    assert [tile_style_name(key) for key in ("buildings", "forest", "roads", "construction", "default", "odd")] == \
        ["buildings_tiles", "forest_tiles", "roads_tiles", "construction_tiles", "default_tiles", "default_tiles"]


def every_style_name() -> set:
    keys = ("buildings", "forest", "roads", "construction", "default")
    names = {tile_style_name(key) for key in keys}
    for key in keys:
        for family in ("polygons", "lines", "points"):
            names.add(file_style_name(key, family, ["class_id"]))
            names.add(file_style_name(key, family, []))
    return names


def test_every_chosen_style_is_shipped_and_every_shipped_style_is_used():
    shipped = {path.stem for path in STYLES_DIR.glob("*.qml")}
    assert every_style_name() == shipped


@pytest.mark.parametrize("qml", sorted(STYLES_DIR.glob("*.qml")), ids=lambda path: path.stem)
def test_qml_files_are_qgis_3_22_documents(qml):
    root = ElementTree.parse(qml).getroot()
    assert root.tag == "qgis"
    assert root.get("version", "").startswith("3.22")


def memory_layer(geometry: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{geometry}?crs=EPSG:4326&field=class_id:string&field=id:integer", "test", "memory")
    assert layer.isValid()
    return layer


@pytest.mark.parametrize("style, geometry", [
    ("buildings", "Polygon"), ("forest", "Polygon"), ("roads", "Polygon"), ("construction", "Polygon"),
    ("default_polygons", "Polygon"), ("roads_lines", "LineString"), ("default_lines", "LineString"),
    ("default_points", "Point"),
])
def test_single_symbol_styles_apply(style, geometry):
    layer = memory_layer(geometry)
    assert apply_style(layer, style) is None
    assert isinstance(layer.renderer(), QgsSingleSymbolRenderer)
    assert layer.renderer().symbol().type() == {"Polygon": 2, "LineString": 1, "Point": 0}[geometry]


def test_classified_buildings_style_has_the_five_classes_with_readable_labels():
    layer = memory_layer("Polygon")
    assert apply_style(layer, "buildings_classified") is None

    renderer = layer.renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer)
    assert renderer.classAttribute() == "class_id"
    labels = {str(category.value()): category.label() for category in renderer.categories() if category.value()}
    assert labels == {"101": "Apartment building", "102": "House", "103": "Industrial", "104": "Commercial",
                      "105": "Other non-residential"}
    colors = {category.symbol().color().name() for category in renderer.categories()}
    assert len(colors) == len(renderer.categories())  # every class can be told apart


def test_forest_heights_style_has_the_height_classes():
    layer = memory_layer("Polygon")
    assert apply_style(layer, "forest_heights") is None
    renderer = layer.renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer)
    assert renderer.classAttribute() == "class_id"
    assert {str(c.value()) for c in renderer.categories() if c.value()} == {"00m-04m", "04m-10m", "10m-99m"}


@pytest.mark.parametrize("style", ["buildings_tiles", "forest_tiles", "roads_tiles", "construction_tiles",
                                   "default_tiles"])
def test_tile_styles_target_the_vector_layer_at_every_zoom(style):
    layer = QgsVectorTileLayer("type=xyz&url=http%3A%2F%2F127.0.0.1%3A9%2F%7Bz%7D%2F%7Bx%7D%2F%7By%7D.pbf"
                               "&zmin=0&zmax=18", "tiles")
    assert apply_style(layer, style) is None
    styles = layer.renderer().styles()
    assert styles
    for tile_style in styles:
        assert tile_style.layerName() == "vector_layer"
        assert tile_style.minZoomLevel() == -1 and tile_style.maxZoomLevel() == -1  # overzoom stays visible
        assert tile_style.isEnabled()


def test_building_tile_style_covers_each_class_and_unclassified():
    layer = QgsVectorTileLayer("type=xyz&url=http%3A%2F%2F127.0.0.1%3A9%2F%7Bz%7D%2F%7Bx%7D%2F%7By%7D.pbf", "t")
    apply_style(layer, "buildings_tiles")
    expressions = [style.filterExpression() for style in layer.renderer().styles()]
    for class_id in ("101", "102", "103", "104", "105"):
        assert f"\"class_id\" = '{class_id}'" in expressions
    assert any("IS NULL" in expression for expression in expressions)


def test_a_missing_style_is_reported_not_raised(tmp_path):
    layer = memory_layer("Polygon")
    problem = apply_style(layer, "no_such_style")
    assert problem and "no_such_style.qml" in problem
    assert style_path("buildings").is_file()
