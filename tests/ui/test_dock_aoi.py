"""The AOI section of the real dock: each of the five sources, following edits, selection and the canvas, and the
validation reasons shown next to the disabled Start button (bad-geometry corpus, limits, balance, provider)."""
import uuid
from pathlib import Path

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsProject, QgsRectangle, QgsVectorLayer
from qgis.PyQt.QtCore import QEvent, QPoint, Qt
from qgis.gui import QgsMapMouseEvent

from mapflow_processing.core.aoi_rules import latlon_box_area_km2
from mapflow_processing.core.choices import AoiKind, SourceKind
from mapflow_processing.layers.aoi import AoiOrigin
from mapflow_processing.layers.draw_tool import AOI_LAYER_NAME, PolygonDrawTool, find_aoi_layer

from .dock_fixtures import TINY_BOX, sign_in
from . import dock_fixtures

# fixtures shared by the dock tests (pytest finds them as module attributes)
harness = dock_fixtures.harness
CORPUS = Path(__file__).resolve().parents[1] / "data" / "aoi"


def box_wkt(west, south, east, north):
    return f"POLYGON(({west} {south},{east} {south},{east} {north},{west} {north},{west} {south}))"


def polygon_layer(*wkts, name="fields", crs="EPSG:4326"):
    layer = QgsVectorLayer(f"Polygon?crs={crs}", name, "memory")
    features = []
    for wkt in wkts:
        feature = QgsFeature()
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    QgsProject.instance().addMapLayer(layer)
    return layer


def settled(harness):
    draft = harness.controller.draft
    return draft.aoi is not None and not draft.aoi_busy


def wait_area(qtbot, harness, expected_km2, rel=1e-4, timeout=10000):
    draft = harness.controller.draft
    qtbot.waitUntil(lambda: settled(harness) and draft.aoi.usable
                    and abs(draft.aoi.total_area_km2 - expected_km2) <= rel * expected_km2, timeout=timeout)


@pytest.fixture()
def dock(qtbot, harness, sandbox_server):
    """The dock signed in as the demo account (the sections are disabled until a sign-in)."""
    sign_in(qtbot, harness, sandbox_server)
    return harness


def use_layer(harness, kind, layer):
    harness.dock.aoi.set_kind(kind)
    harness.dock.aoi.aoiLayerCombo.setLayer(layer)


def test_polygon_layer_follows_edits(qtbot, dock):
    harness = dock
    layer = polygon_layer(box_wkt(10.0, 45.0, 10.02, 45.02), box_wkt(10.1, 45.0, 10.11, 45.01))
    use_layer(harness, AoiKind.LAYER, layer)
    both = latlon_box_area_km2(10.0, 45.0, 10.02, 45.02) + latlon_box_area_km2(10.1, 45.0, 10.11, 45.01)
    wait_area(qtbot, harness, both)
    assert harness.controller.draft.aoi.origin is AoiOrigin.LAYER
    assert harness.dock.aoi.aoiAreaLabel.text() == f"{both:.2f} km² in 2 part(s), from fields"

    layer.startEditing()  # an edit in progress counts: what the user sees is what is sent
    layer.deleteFeature(next(layer.getFeatures()).id())
    wait_area(qtbot, harness, latlon_box_area_km2(10.1, 45.0, 10.11, 45.01))
    layer.rollBack()
    wait_area(qtbot, harness, both)


def test_selected_features_follow_the_selection(qtbot, dock):
    harness = dock
    layer = polygon_layer(box_wkt(10.0, 45.0, 10.02, 45.02), box_wkt(10.1, 45.0, 10.11, 45.01))
    ids = [f.id() for f in layer.getFeatures()]
    layer.selectByIds([ids[0]])
    use_layer(harness, AoiKind.SELECTION, layer)
    wait_area(qtbot, harness, latlon_box_area_km2(10.0, 45.0, 10.02, 45.02))
    layer.selectByIds([ids[1]])
    wait_area(qtbot, harness, latlon_box_area_km2(10.1, 45.0, 10.11, 45.01))
    layer.removeSelection()
    draft = harness.controller.draft
    qtbot.waitUntil(lambda: settled(harness) and not draft.aoi.usable, timeout=10000)
    assert harness.dock.aoi.aoiAreaLabel.text().startswith("No features are selected (in “fields”)")


def click(tool, canvas, x, y, button=Qt.LeftButton):
    for kind in (QEvent.MouseButtonPress, QEvent.MouseButtonRelease):
        event = QgsMapMouseEvent(canvas, kind, QPoint(x, y), button, button, Qt.NoModifier)
        (tool.canvasPressEvent if kind == QEvent.MouseButtonPress else tool.canvasReleaseEvent)(event)


def test_drawn_polygon_goes_into_a_styled_temporary_layer(qtbot, dock):
    harness = dock
    canvas = harness.iface.canvas
    canvas.setExtent(QgsRectangle(10.0, 45.0, 10.06, 45.04))
    harness.dock.aoi.set_kind(AoiKind.DRAWN)
    assert "Click Draw" in harness.dock.aoi.aoiAreaLabel.text()
    harness.dock.aoi.drawButton.click()
    tool = canvas.mapTool()
    assert isinstance(tool, PolygonDrawTool)
    to_map = canvas.getCoordinateTransform()
    corners = [(100, 100), (300, 100), (300, 300)]
    for x, y in corners:
        click(tool, canvas, x, y)
    click(tool, canvas, 0, 0, Qt.RightButton)  # finish

    points = [to_map.toMapCoordinates(x, y) for x, y in corners]
    triangle = QgsGeometry.fromPolygonXY([points + [points[0]]])
    qtbot.waitUntil(lambda: settled(harness) and harness.controller.draft.aoi.usable, timeout=10000)
    aoi = harness.controller.draft.aoi
    assert aoi.origin is AoiOrigin.DRAWN and len(aoi.parts) == 1
    assert aoi.parts[0].geometry.equals(triangle) or aoi.parts[0].geometry.symDifference(triangle).area() < 1e-12
    assert canvas.mapTool() is not tool and not harness.dock.aoi.drawButton.isChecked()
    layer = find_aoi_layer(QgsProject.instance())
    assert layer.name() == AOI_LAYER_NAME and layer.featureCount() == 1 and layer.renderer() is not None

    # the user edits the drawn layer: the AOI follows
    layer.startEditing()
    layer.changeGeometry(next(layer.getFeatures()).id(), QgsGeometry.fromWkt(box_wkt(10.0, 45.0, 10.01, 45.01)))
    wait_area(qtbot, harness, latlon_box_area_km2(10.0, 45.0, 10.01, 45.01))
    layer.rollBack()


def test_map_extent_follows_the_canvas_debounced(qtbot, dock):
    harness = dock
    canvas = harness.iface.canvas
    harness.dock.aoi.set_kind(AoiKind.EXTENT)
    wait_area(qtbot, harness, latlon_box_area_km2(*canvas.extent().toRectF().getCoords()), rel=0.01)
    builds_before = harness.controller.aoi._builds._value
    for step in range(10):  # a pan: many extent changes in a row
        canvas.setExtent(QgsRectangle(10.0, 45.0, 10.01 + step * 0.001, 45.01))
    target = canvas.extent()
    wait_area(qtbot, harness, latlon_box_area_km2(target.xMinimum(), target.yMinimum(), target.xMaximum(),
                                                  target.yMaximum()), rel=0.01)
    assert harness.controller.aoi._builds._value - builds_before == 1  # one read after the pan settled
    assert harness.controller.draft.aoi.origin is AoiOrigin.MAP_EXTENT


def test_vector_file_and_layer_extent(qtbot, dock):
    harness = dock
    harness.dock.aoi.set_kind(AoiKind.FILE)
    harness.dock.aoi.aoiFileWidget.setFilePath(str(CORPUS / "square.geojson"))
    wait_area(qtbot, harness, latlon_box_area_km2(10.0, 45.0, 10.02, 45.02))
    assert harness.controller.draft.aoi.origin is AoiOrigin.FILE

    triangle = polygon_layer("POLYGON((10 45, 10.02 45, 10 45.01, 10 45))", name="triangle")
    use_layer(harness, AoiKind.LAYER_EXTENT, triangle)
    wait_area(qtbot, harness, latlon_box_area_km2(10.0, 45.0, 10.02, 45.01), rel=1e-3)
    assert harness.controller.draft.aoi.origin is AoiOrigin.LAYER_EXTENT


# --- validation reasons next to the Start button ------------------------------------------------------------------
def prepare(qtbot, harness, server, credits=1000):
    """Signed in as a fresh user, Buildings and the demo provider chosen."""
    email = f"aoi-{uuid.uuid4().hex[:8]}@sandbox.mapflow.local"
    token = server.cli("add-user", email, "--credits", str(credits)).strip().splitlines()[-1]
    sign_in(qtbot, harness, server, token)
    harness.dock.model.select_model_by_name("Buildings")
    harness.dock.source.set_kind(SourceKind.PROVIDER)
    harness.dock.source.providerCombo.setCurrentIndex(harness.dock.source.providerCombo.findData("Sandbox_Demo"))
    return harness


@pytest.fixture()
def ready(qtbot, harness, sandbox_server):
    return prepare(qtbot, harness, sandbox_server)


def start_reasons(harness):
    return harness.dock.start.reasonLabel.text()


def load_file(qtbot, harness, name):
    harness.dock.aoi.set_kind(AoiKind.FILE)
    harness.dock.aoi.aoiFileWidget.setFilePath(str(CORPUS / name))
    qtbot.waitUntil(lambda: settled(harness) and harness.controller.draft.aoi.origin is AoiOrigin.FILE,
                    timeout=45000)  # the corpus holds 10,000-part files: slow on a busy machine


@pytest.mark.parametrize("name, fragment", [
    ("points.geojson", "The layer holds point geometries; an area of interest needs a polygon layer."),
    ("lines.geojson", "The layer holds line geometries"),
    ("empty.geojson", "empty.geojson has no features"),
    ("zero_bytes.geojson", "zero_bytes.geojson is empty (0 bytes)"),
    ("no_crs.shp", "has no coordinate reference system"),
    ("many_parts_10000.geojson", "The AOI has 10,000 separate polygons; a processing accepts at most 10."),
])
def test_corpus_files_are_refused_with_their_reason(qtbot, ready, name, fragment):
    load_file(qtbot, ready, name)
    qtbot.waitUntil(lambda: fragment in start_reasons(ready), timeout=15000)
    assert not ready.dock.start.startButton.isEnabled()
    assert ready.dock.start.reasonLabel.isVisible()


def test_repaired_geometry_is_a_note_not_a_refusal(qtbot, ready):
    load_file(qtbot, ready, "bowtie.geojson")
    qtbot.waitUntil(lambda: ready.dock.start.startButton.isEnabled(), timeout=15000)
    assert ready.dock.aoi.aoiNotesLabel.text() == \
        "1 invalid geometry was repaired (self-intersections, duplicate rings)."
    assert start_reasons(ready) == ""


def test_area_and_bounding_box_limits(qtbot, ready):
    big = polygon_layer(box_wkt(37.0, 55.0, 37.2, 55.2), name="big")  # ~280 km², the limit is 100 km²
    use_layer(ready, AoiKind.LAYER, big)
    qtbot.waitUntil(lambda: "your limit per processing is 100 km²" in start_reasons(ready), timeout=15000)
    assert start_reasons(ready).startswith("The AOI is 2")
    assert not ready.dock.start.startButton.isEnabled()

    # a thin diagonal strip: small itself, but its lon/lat box is ~280 km²
    strip = polygon_layer("POLYGON((37 55, 37.005 55, 37.2 55.2, 37.195 55.2, 37 55))", name="strip")
    use_layer(ready, AoiKind.LAYER, strip)
    qtbot.waitUntil(lambda: "The bounding box of AOI part 1 is" in start_reasons(ready), timeout=15000)
    assert "the server measures each part's longitude/latitude box" in start_reasons(ready)


def test_provider_minimum_area(qtbot, ready):
    use_layer(ready, AoiKind.LAYER, polygon_layer(box_wkt(*TINY_BOX), name="tiny"))
    qtbot.waitUntil(lambda: ready.dock.start.startButton.isEnabled(), timeout=15000)
    combo = ready.dock.source.providerCombo
    combo.setCurrentIndex(combo.findData("Sandbox_Demo_Archive"))
    qtbot.waitUntil(lambda: "needs at least 3 km² per processing" in start_reasons(ready), timeout=15000)
    assert not ready.dock.start.startButton.isEnabled()


def test_not_enough_credits(qtbot, harness, sandbox_server):
    poor = prepare(qtbot, harness, sandbox_server, credits=10)
    use_layer(poor, AoiKind.LAYER, polygon_layer(box_wkt(*TINY_BOX), name="tiny"))
    # the tiny AOI is billed as 1 km²: 10 (Buildings) + 3 (zoom 18) credits
    qtbot.waitUntil(lambda: "This processing costs 13 credits; your balance is 10 credits." in start_reasons(poor),
                    timeout=15000)
    assert not poor.dock.start.startButton.isEnabled()
