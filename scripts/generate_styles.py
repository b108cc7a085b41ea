"""Generates styles/*.qml with PyQGIS 3.22 (`.venv/bin/python scripts/generate_styles.py styles`).

Polygon outlines are hairlines (width 0: one device pixel at any zoom, DPI or print resolution). Qt strokes an
antialiased outline wider than one pixel through its general path stroker, which made that outline the larger
part of drawing a big result: 100k buildings at full extent drew in ~0.78 s with 0.3-0.4 mm outlines and in
~0.44 s with hairlines (300k: ~2.2 s against ~1.25 s), with the same fills and colours. Line layers keep their
widths: there the width is the symbol.
"""

import os
import sys

os.environ["QT_QPA_PLATFORM"] = "offscreen"
# Qt orders XML attributes by hash: a fixed seed gives the same file for the same style, so diffs stay readable.
os.environ.setdefault("QT_HASH_SEED", "0")
from qgis.core import (
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsMapLayer,
    QgsMarkerSymbol,
    QgsRendererCategory,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
    QgsVectorTileBasicRenderer,
    QgsVectorTileBasicRendererStyle,
    QgsVectorTileLayer,
    QgsWkbTypes,
)

app = QgsApplication([], False)
app.initQgis()
OUT = sys.argv[1]
SYMB = QgsMapLayer.Symbology


HAIRLINE = "0"  # see the module docstring


def fill(rgba_fill, rgba_line, style="solid", line_style="solid"):
    return QgsFillSymbol.createSimple(
        {
            "color": rgba_fill,
            "outline_color": rgba_line,
            "outline_width": HAIRLINE,
            "outline_width_unit": "MM",
            "style": style,
            "outline_style": line_style,
        }
    )


def line(rgba, width=0.6):
    return QgsLineSymbol.createSimple(
        {
            "line_color": rgba,
            "line_width": str(width),
            "line_width_unit": "MM",
            "capstyle": "round",
            "joinstyle": "round",
        }
    )


def point(rgba_fill, rgba_line, size=2.4, name="circle"):
    return QgsMarkerSymbol.createSimple(
        {"name": name, "color": rgba_fill, "outline_color": rgba_line, "size": str(size)}
    )


def save_vector(name, geom, renderer, fields="field=class_id:string"):
    layer = QgsVectorLayer(f"{geom}?crs=EPSG:4326&{fields}", name, "memory")
    layer.setRenderer(renderer)
    msg, ok = layer.saveNamedStyle(os.path.join(OUT, name + ".qml"), SYMB)
    assert ok, msg


def categorized(field, cats, other_fill):
    categories = [QgsRendererCategory(v, s, label) for v, label, s in cats]
    categories.append(QgsRendererCategory(None, other_fill, "Other / not classified"))
    return QgsCategorizedSymbolRenderer(field, categories)


BUILDING_CLASSES = [
    ("101", "Apartment building", "166,97,26"),
    ("102", "House", "240,180,60"),
    ("103", "Industrial", "96,96,140"),
    ("104", "Commercial", "215,60,60"),
    ("105", "Other non-residential", "40,150,140"),
]
FOREST_CLASSES = [
    ("00m-04m", "Up to 4 m", "190,230,140"),
    ("04m-10m", "4 to 10 m", "90,180,80"),
    ("10m-99m", "Over 10 m", "20,100,40"),
]


def building_cats():
    return [(v, label, fill(c + ",190", "60,60,60,255")) for v, label, c in BUILDING_CLASSES]


def forest_cats():
    return [(v, label, fill(c + ",170", "20,80,30,255")) for v, label, c in FOREST_CLASSES]


# file (GeoPackage) variants
save_vector("buildings", "Polygon", QgsSingleSymbolRenderer(fill("255,170,60,140", "200,100,0,255")))
save_vector(
    "buildings_classified",
    "Polygon",
    categorized("class_id", building_cats(), fill("180,180,180,150", "90,90,90,255")),
)
save_vector("forest", "Polygon", QgsSingleSymbolRenderer(fill("60,150,70,140", "20,90,30,255")))
save_vector(
    "forest_heights", "Polygon", categorized("class_id", forest_cats(), fill("170,200,170,140", "20,80,30,255"))
)
save_vector("roads", "Polygon", QgsSingleSymbolRenderer(fill("250,220,110,170", "170,130,40,255")))
save_vector("roads_lines", "LineString", QgsSingleSymbolRenderer(line("200,140,30,255", 0.8)))
save_vector(
    "construction", "Polygon", QgsSingleSymbolRenderer(fill("235,80,60,90", "200,40,30,255", line_style="dash"))
)
save_vector("default_polygons", "Polygon", QgsSingleSymbolRenderer(fill("80,160,230,110", "20,90,170,255")))
save_vector("default_lines", "LineString", QgsSingleSymbolRenderer(line("20,90,170,255", 0.6)))
save_vector("default_points", "Point", QgsSingleSymbolRenderer(point("80,160,230,220", "20,90,170,255")))

# vector-tile variants: the MVT source layer is "vector_layer"; min/max zoom -1 draws at every zoom (overzoom)
POLY, LINE, PT = QgsWkbTypes.PolygonGeometry, QgsWkbTypes.LineGeometry, QgsWkbTypes.PointGeometry


def tile_style(label, geom, symbol, expression=""):
    style = QgsVectorTileBasicRendererStyle(label, "vector_layer", geom)
    style.setSymbol(symbol)
    style.setFilterExpression(expression)
    style.setMinZoomLevel(-1)
    style.setMaxZoomLevel(-1)
    return style


def save_tiles(name, styles):
    layer = QgsVectorTileLayer("type=xyz&url=http://localhost/%7Bz%7D/%7Bx%7D/%7By%7D.pbf&zmin=0&zmax=18", name)
    renderer = QgsVectorTileBasicRenderer()
    renderer.setStyles(styles)
    layer.setRenderer(renderer)
    msg, ok = layer.saveNamedStyle(os.path.join(OUT, name + ".qml"), SYMB)
    assert ok, msg


def classified_tiles(default_label, classes, cats, fallback):
    values = ", ".join(f"'{v}'" for v, _, _ in classes)
    styles = [tile_style(label, POLY, sym, f"\"class_id\" = '{v}'") for v, label, sym in cats]
    styles.append(tile_style(default_label, POLY, fallback, f'"class_id" IS NULL OR "class_id" NOT IN ({values})'))
    return styles


save_tiles(
    "buildings_tiles",
    classified_tiles("Buildings", BUILDING_CLASSES, building_cats(), fill("255,170,60,140", "200,100,0,255")),
)
save_tiles(
    "forest_tiles",
    classified_tiles("Forest", FOREST_CLASSES, forest_cats(), fill("60,150,70,140", "20,90,30,255")),
)
save_tiles(
    "roads_tiles",
    [
        tile_style("Road surfaces", POLY, fill("250,220,110,170", "170,130,40,255")),
        tile_style("Road lines", LINE, line("200,140,30,255", 0.8)),
    ],
)
save_tiles(
    "construction_tiles",
    [tile_style("Construction sites", POLY, fill("235,80,60,90", "200,40,30,255", line_style="dash"))],
)
save_tiles(
    "default_tiles",
    [
        tile_style("Polygons", POLY, fill("80,160,230,110", "20,90,170,255")),
        tile_style("Lines", LINE, line("20,90,170,255", 0.6)),
        tile_style("Points", PT, point("80,160,230,220", "20,90,170,255")),
    ],
)
print("ok")
