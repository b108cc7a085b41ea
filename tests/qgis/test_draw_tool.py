"""The polygon draw tool on a real (headless) QgsMapCanvas, driven by synthetic QgsMapMouseEvents and key events."""
import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.gui import QgsMapMouseEvent
from qgis.PyQt.QtCore import QEvent, QPoint, Qt
from qgis.PyQt.QtGui import QKeyEvent

from mapflow_processing.core.aoi_rules import latlon_box_area_km2
from mapflow_processing.layers.aoi import build_aoi, input_from_drawn
from mapflow_processing.layers.draw_tool import (
    AOI_LAYER_NAME,
    PolygonDrawTool,
    find_aoi_layer,
    put_in_aoi_layer,
)

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


@pytest.fixture
def canvas(qgis_canvas):
    qgis_canvas.setDestinationCrs(WGS84)
    qgis_canvas.setExtent(QgsRectangle(10.0, 45.0, 10.6, 45.6))
    qgis_canvas.refresh()
    return qgis_canvas


@pytest.fixture
def tool(canvas):
    draw_tool = PolygonDrawTool(canvas)
    canvas.setMapTool(draw_tool)
    yield draw_tool
    canvas.unsetMapTool(draw_tool)


class Recorder:
    def __init__(self, tool):
        self.drawn, self.cancelled, self.rejected = [], 0, []
        tool.polygon_drawn.connect(lambda geometry, crs: self.drawn.append((geometry, crs)))
        tool.drawing_cancelled.connect(self._cancel)
        tool.drawing_rejected.connect(self.rejected.append)

    def _cancel(self):
        self.cancelled += 1


def mouse(canvas, kind, x, y, button=Qt.LeftButton):
    return QgsMapMouseEvent(canvas, kind, QPoint(x, y), button, button, Qt.NoModifier)


def click(tool, canvas, x, y, button=Qt.LeftButton):
    tool.canvasPressEvent(mouse(canvas, QEvent.MouseButtonPress, x, y, button))
    tool.canvasReleaseEvent(mouse(canvas, QEvent.MouseButtonRelease, x, y, button))


def key(tool, code):
    event = QKeyEvent(QEvent.KeyPress, code, Qt.NoModifier)
    tool.keyPressEvent(event)
    return event


def map_point(canvas, x, y):
    return canvas.getCoordinateTransform().toMapCoordinates(x, y)


def band_vertices(tool):
    geometry = tool.rubber_band_geometry()  # keep it alive: its vertex iterator points into it
    return {(v.x(), v.y()) for v in geometry.vertices()}


# A hidden canvas keeps a small viewport (offscreen, never shown): stay inside it so pixels map to distinct points.
PIXELS = [(10, 5), (80, 5), (80, 25)]


def test_clicks_then_right_click_emit_the_polygon_in_map_crs(tool, canvas):
    recorder = Recorder(tool)
    for x, y in PIXELS:
        click(tool, canvas, x, y)
    assert len(tool.vertices) == 3
    click(tool, canvas, 250, 250, Qt.RightButton)
    [(geometry, crs)] = recorder.drawn
    assert crs == WGS84
    ring = geometry.asPolygon()[0]
    expected = [map_point(canvas, x, y) for x, y in PIXELS]
    assert ring[:-1] == expected and ring[-1] == ring[0]
    assert tool.vertices == [] and tool.rubber_band_geometry().isEmpty()


def test_rubber_band_follows_the_mouse(tool, canvas):
    click(tool, canvas, 10, 5)
    click(tool, canvas, 80, 5)
    tool.canvasMoveEvent(mouse(canvas, QEvent.MouseMove, 50, 25, Qt.NoButton))
    band = band_vertices(tool)
    floating = map_point(canvas, 50, 25)
    assert (floating.x(), floating.y()) in band
    assert len(band) == 3  # two vertices + the floating one
    tool.canvasMoveEvent(mouse(canvas, QEvent.MouseMove, 60, 20, Qt.NoButton))
    moved = map_point(canvas, 60, 20)
    band = band_vertices(tool)
    assert (moved.x(), moved.y()) in band and (floating.x(), floating.y()) not in band


def test_backspace_removes_the_last_vertex(tool, canvas):
    for x, y in PIXELS:
        click(tool, canvas, x, y)
    event = key(tool, Qt.Key_Backspace)
    assert event.isAccepted()
    assert tool.vertices == [map_point(canvas, x, y) for x, y in PIXELS[:2]]
    key(tool, Qt.Key_Backspace)
    key(tool, Qt.Key_Backspace)
    key(tool, Qt.Key_Backspace)  # one more than there are: harmless
    assert tool.vertices == []


def test_escape_cancels(tool, canvas):
    recorder = Recorder(tool)
    for x, y in PIXELS:
        click(tool, canvas, x, y)
    key(tool, Qt.Key_Escape)
    assert recorder.cancelled == 1 and tool.vertices == [] and tool.rubber_band_geometry().isEmpty()
    click(tool, canvas, 10, 10, Qt.RightButton)
    assert recorder.drawn == [] and len(recorder.rejected) == 1


def test_other_keys_are_left_to_the_canvas(tool):
    assert not key(tool, Qt.Key_A).isAccepted()


def test_double_click_finishes_without_a_duplicate_vertex(tool, canvas):
    recorder = Recorder(tool)
    click(tool, canvas, 10, 5)
    click(tool, canvas, 80, 5)
    # what Qt sends for a double-click: press, release, double-click, release
    tool.canvasPressEvent(mouse(canvas, QEvent.MouseButtonPress, 80, 25))
    tool.canvasReleaseEvent(mouse(canvas, QEvent.MouseButtonRelease, 80, 25))
    tool.canvasDoubleClickEvent(mouse(canvas, QEvent.MouseButtonDblClick, 80, 25))
    tool.canvasReleaseEvent(mouse(canvas, QEvent.MouseButtonRelease, 80, 25))
    [(geometry, _)] = recorder.drawn
    assert len(geometry.asPolygon()[0]) == 4  # three vertices, closed
    assert tool.vertices == []  # the trailing release did not start a new polygon


def test_too_few_points_are_rejected_with_a_reason(tool, canvas):
    recorder = Recorder(tool)
    click(tool, canvas, 10, 5)
    click(tool, canvas, 10, 5)  # the same pixel twice counts once
    click(tool, canvas, 30, 20)
    click(tool, canvas, 0, 0, Qt.RightButton)
    assert recorder.drawn == []
    assert recorder.rejected and "at least 3 points" in recorder.rejected[0]


def test_drawn_polygon_becomes_an_aoi(tool, canvas):
    recorder = Recorder(tool)
    for x, y in [(0, 0), (90, 0), (90, 25), (0, 25)]:
        click(tool, canvas, x, y)
    click(tool, canvas, 0, 0, Qt.RightButton)
    geometry, crs = recorder.drawn[0]
    selection = build_aoi(input_from_drawn(geometry, crs, QgsProject.instance().transformContext()))
    box = geometry.boundingBox()
    assert selection.total_area_km2 == pytest.approx(
        latlon_box_area_km2(box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()), rel=1e-4)


@pytest.fixture
def project(qgis_new_project):
    return qgis_new_project


def test_aoi_layer_is_created_styled_and_reused(project, tool, canvas):
    recorder = Recorder(tool)
    for x, y in PIXELS:
        click(tool, canvas, x, y)
    click(tool, canvas, 0, 0, Qt.RightButton)
    geometry, crs = recorder.drawn[0]
    layer = put_in_aoi_layer(geometry, crs, project)
    assert isinstance(layer, QgsVectorLayer) and layer.name() == AOI_LAYER_NAME
    assert layer.featureCount() == 1 and layer.crs() == WGS84
    assert project.mapLayer(layer.id()) is layer
    symbol = layer.renderer().symbol()
    assert symbol.color().name() == "#ff7800" and symbol.color().alpha() == 40
    assert next(layer.getFeatures()).geometry().equals(geometry)

    # a second polygon in another CRS replaces the first in the same layer
    mercator = QgsCoordinateReferenceSystem("EPSG:3857")
    other = QgsGeometry.fromPolygonXY([[QgsPointXY(0, 0), QgsPointXY(1000, 0), QgsPointXY(1000, 1000),
                                        QgsPointXY(0, 0)]])
    again = put_in_aoi_layer(other, mercator, project)
    assert again.id() == layer.id()
    assert [lyr.name() for lyr in project.mapLayers().values()].count(AOI_LAYER_NAME) == 1
    assert again.featureCount() == 1 and again.crs() == mercator
    assert next(again.getFeatures()).geometry().equals(other)


def test_renamed_aoi_layer_is_still_found(project):
    layer = put_in_aoi_layer(QgsGeometry.fromWkt("POLYGON((0 0, 1 0, 1 1, 0 0))"), WGS84, project)
    layer.setName("my area")
    assert find_aoi_layer(project) is layer
    plain = QgsVectorLayer("Polygon?crs=EPSG:4326", AOI_LAYER_NAME, "memory")
    project.addMapLayer(plain)  # a user layer with the same name is not ours
    assert find_aoi_layer(project) is layer
