"""How the shipped polygon styles draw: hairline outlines (cheap for huge results) that are still drawn and seen.

Qt strokes an antialiased outline wider than one pixel through its general path stroker; with 0.3-0.4 mm outlines
that stroke was most of the time spent drawing 100k buildings (see scripts/generate_styles.py). A hairline is one
device pixel at any zoom and DPI, so it keeps the cheap path everywhere. These tests keep it that way, and check
that the outline is really drawn (a style with no outline would be as fast, and worse for the user).
"""
from __future__ import annotations

import os
import subprocess
import sys
from typing import Iterator, List, Tuple

import pytest
from qgis.core import QgsFeature, QgsFillSymbol, QgsGeometry, QgsMapRendererSequentialJob, QgsMapSettings, \
    QgsRectangle, QgsRenderContext, QgsSimpleFillSymbolLayer, QgsVectorLayer, QgsVectorTileLayer
from qgis.PyQt.QtCore import QSize, Qt
from qgis.PyQt.QtGui import QColor

from mapflow_processing.layers.styles import STYLES_DIR, apply_style

TILE_LAYER_URI = "type=xyz&url=http%3A%2F%2F127.0.0.1%3A9%2F%7Bz%7D%2F%7Bx%7D%2F%7By%7D.pbf&zmin=0&zmax=18"
POLYGON_STYLES = sorted(path.stem for path in STYLES_DIR.glob("*.qml")
                        if not path.stem.endswith(("_lines", "_points")))


def polygon_layer(crs: str = "EPSG:4326") -> QgsVectorLayer:
    layer = QgsVectorLayer(f"Polygon?crs={crs}&field=class_id:string&field=id:integer", "test", "memory")
    assert layer.isValid()
    return layer


def fill_symbols(style: str) -> List[QgsFillSymbol]:
    """Every fill symbol the style can draw: categories, the single symbol, or the polygon rules of a tile style.

    Copies: the renderer owns its symbols and goes away with the layer."""
    if style.endswith("_tiles"):
        layer = QgsVectorTileLayer(TILE_LAYER_URI, "tiles")
        assert apply_style(layer, style) is None
        symbols = [tile_style.symbol().clone() for tile_style in layer.renderer().styles()]
    else:
        layer = polygon_layer()
        assert apply_style(layer, style) is None
        symbols = [symbol.clone() for symbol in layer.renderer().symbols(QgsRenderContext())]
    return [symbol for symbol in symbols if isinstance(symbol, QgsFillSymbol)]


def simple_fills(symbol: QgsFillSymbol) -> Iterator[QgsSimpleFillSymbolLayer]:
    for index in range(symbol.symbolLayerCount()):
        symbol_layer = symbol.symbolLayer(index)
        if isinstance(symbol_layer, QgsSimpleFillSymbolLayer):
            yield symbol_layer


@pytest.mark.parametrize("style", POLYGON_STYLES)
def test_polygon_outlines_are_visible_hairlines(style):
    symbols = fill_symbols(style)  # kept referenced: they own the symbol layers looked at below
    fills = [fill for symbol in symbols for fill in simple_fills(symbol)]
    assert fills, f"{style} has no simple fill to check"
    for fill in fills:
        assert fill.strokeWidth() == 0, f"{style}: an outline of {fill.strokeWidth()} mm is stroked the slow way"
        assert fill.strokeStyle() != Qt.NoPen, f"{style}: the outline was dropped instead of thinned"
        assert fill.strokeColor().alpha() == 255


def test_the_polygon_styles_cover_every_model():
    assert {"buildings", "buildings_classified", "forest", "forest_heights", "roads", "construction",
            "default_polygons", "buildings_tiles", "forest_tiles", "roads_tiles", "construction_tiles",
            "default_tiles"} == set(POLYGON_STYLES)


# One building of 100 m x 100 m drawn at 1 m per pixel; its left edge runs through the centre of pixel column 20.
IMAGE_PIXELS = 140
EDGE_COLUMN = 20


def draw_one_building(style: str) -> Tuple[object, QgsVectorLayer]:
    layer = polygon_layer("EPSG:3857")
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(0, 0, 100, 100)))
    layer.dataProvider().addFeatures([feature])
    assert apply_style(layer, style) is None
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setOutputSize(QSize(IMAGE_PIXELS, IMAGE_PIXELS))
    settings.setBackgroundColor(QColor("white"))
    start = -EDGE_COLUMN - 0.5
    settings.setExtent(QgsRectangle(start, start, start + IMAGE_PIXELS, start + IMAGE_PIXELS))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    return job.renderedImage(), layer


def colour_distance(first: QColor, second: QColor) -> int:
    return max(abs(first.red() - second.red()), abs(first.green() - second.green()),
               abs(first.blue() - second.blue()))


def test_a_building_is_drawn_with_a_thin_dark_outline_around_its_fill():
    image, layer = draw_one_building("buildings")
    fill = next(simple_fills(layer.renderer().symbol()))
    row = IMAGE_PIXELS // 2
    pixels = [image.pixelColor(column, row) for column in range(IMAGE_PIXELS)]

    assert colour_distance(pixels[5], QColor("white")) <= 2  # outside the building
    assert colour_distance(pixels[EDGE_COLUMN], fill.strokeColor()) <= 40  # the outline is drawn, opaque
    inside = pixels[EDGE_COLUMN + 1]  # the next pixel in is already the fill: the outline is one pixel wide
    assert colour_distance(inside, pixels[IMAGE_PIXELS // 2]) <= 2
    assert colour_distance(inside, QColor("white")) > 30 and colour_distance(inside, fill.strokeColor()) > 30


def test_shipped_styles_are_exactly_what_the_generator_writes(tmp_path):
    """The QML files are generated, never edited by hand: a hand edit would be lost at the next generation."""
    script = STYLES_DIR.parent / "scripts" / "generate_styles.py"
    run = subprocess.run([sys.executable, str(script), str(tmp_path)], capture_output=True, text=True, timeout=120,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert run.returncode == 0, run.stderr[-2000:]
    generated = {path.name: path.read_bytes() for path in tmp_path.glob("*.qml")}
    shipped = {path.name: path.read_bytes() for path in STYLES_DIR.glob("*.qml")}
    assert sorted(generated) == sorted(shipped)
    assert [name for name in sorted(shipped) if generated[name] != shipped[name]] == []
