"""Generate the AOI bad-input corpus in this folder (the generated files are committed next to this script).

Run with a Python that has GDAL's bindings, from anywhere:  .venv/bin/python tests/data/aoi/make_corpus.py
Every file is small except many_parts_10000.geojson (10,000 triangles, rounded coordinates). GeoJSON files are
written by hand (json module) so that invalid shapes and out-of-range coordinates are stored exactly as given;
GeoPackage, Shapefile and KML go through OGR.
"""
from __future__ import annotations

import json
import math
import os
from pathlib import Path

from osgeo import ogr, osr

HERE = Path(__file__).resolve().parent
ogr.UseExceptions()
osr.UseExceptions()

# A quiet place for the ordinary shapes (northern Italy); 0.01° ≈ 0.79 km east-west, 1.11 km north-south here.
LON, LAT = 10.0, 45.0


def ring(*points):
    return [list(p) for p in points] + [list(points[0])]


def square(lon, lat, size):
    return ring((lon, lat), (lon + size, lat), (lon + size, lat + size), (lon, lat + size))


def write_geojson(name: str, geometries, properties=None):
    features = []
    for index, geometry in enumerate(geometries):
        props = {"id": index + 1}
        if properties:
            props.update(properties[index])
        features.append({"type": "Feature", "properties": props, "geometry": geometry})
    payload = {"type": "FeatureCollection", "features": features}
    (HERE / name).write_text(json.dumps(payload, separators=(",", ":")) + "\n", encoding="utf-8")


def srs(epsg: int) -> osr.SpatialReference:
    ref = osr.SpatialReference()
    ref.ImportFromEPSG(epsg)
    ref.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)  # x = longitude/easting
    return ref


def remove_dataset(path: Path):
    for suffix in (".shp", ".shx", ".dbf", ".prj", ".cpg"):
        sibling = path.with_suffix(suffix)
        if path.suffix == ".shp" and sibling.exists():
            sibling.unlink()
    if path.exists():
        path.unlink()


def write_ogr(name: str, driver: str, layers):
    """layers: [(layer name, epsg or None, ogr geometry type, [wkt, ...])]"""
    path = HERE / name
    remove_dataset(path)
    dataset = ogr.GetDriverByName(driver).CreateDataSource(str(path))
    for layer_name, epsg, geometry_type, wkts in layers:
        # no spatial index: the R-tree tables would triple the size of these tiny GeoPackages
        options = ["SPATIAL_INDEX=NO"] if driver == "GPKG" else []
        layer = dataset.CreateLayer(layer_name, srs(epsg) if epsg else None, geometry_type, options=options)
        layer.CreateField(ogr.FieldDefn("name", ogr.OFTString))
        for index, wkt in enumerate(wkts):
            feature = ogr.Feature(layer.GetLayerDefn())
            feature.SetField("name", f"{layer_name} {index + 1}")
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
            layer.CreateFeature(feature)
    dataset = None  # flush and close


def wkt_polygon(coords):
    return "POLYGON ((" + ", ".join(f"{x} {y}" for x, y in coords) + "))"


def projected_square(epsg: int, lon: float, lat: float, half_size_m: float):
    """A square in a projected CRS centred on lon/lat (as a closed coordinate list)."""
    transform = osr.CoordinateTransformation(srs(4326), srs(epsg))
    x, y, _ = transform.TransformPoint(lon, lat)
    return [(x - half_size_m, y - half_size_m), (x + half_size_m, y - half_size_m),
            (x + half_size_m, y + half_size_m), (x - half_size_m, y + half_size_m), (x - half_size_m, y - half_size_m)]


def main():
    # --- ordinary shapes in every format ------------------------------------------------------------------------
    write_geojson("square.geojson", [{"type": "Polygon", "coordinates": [square(LON, LAT, 0.02)]}])
    square_wkt = wkt_polygon(square(LON, LAT, 0.02))
    write_ogr("layers.gpkg", "GPKG", [
        ("wells", 4326, ogr.wkbPoint, [f"POINT ({LON} {LAT})"]),  # first layer is not polygonal
        ("fields", 4326, ogr.wkbPolygon, [square_wkt]),  # the first polygon layer
        ("lakes", 4326, ogr.wkbPolygon, [wkt_polygon(square(LON + 0.1, LAT, 0.01)),
                                         wkt_polygon(square(LON + 0.2, LAT, 0.01))]),
    ])
    write_ogr("square_utm32n.shp", "ESRI Shapefile",
              [("square_utm32n", 32632, ogr.wkbPolygon, [wkt_polygon(projected_square(32632, 10.01, 45.01, 1000))])])
    write_ogr("square.kml", "KML", [("AOI", 4326, ogr.wkbPolygon, [square_wkt])])
    write_ogr("no_crs.shp", "ESRI Shapefile", [("no_crs", None, ogr.wkbPolygon, [square_wkt])])

    # --- invalid shapes ------------------------------------------------------------------------------------------
    s = 0.01
    write_geojson("bowtie.geojson", [{"type": "Polygon", "coordinates": [
        ring((LON, LAT), (LON + s, LAT + s), (LON + s, LAT), (LON, LAT + s))]}])
    # the ring runs back across its own first edge: a loop that makeValid splits into two squares
    write_geojson("self_intersecting.geojson", [{"type": "Polygon", "coordinates": [
        ring((LON, LAT), (LON + 2 * s, LAT), (LON + 2 * s, LAT + 2 * s), (LON + s, LAT + 2 * s),
             (LON + s, LAT - s), (LON, LAT - s))]}])
    hole = square(LON + s, LAT + s, s)
    write_geojson("duplicate_rings.geojson", [
        {"type": "Polygon", "coordinates": [square(LON, LAT, 3 * s), hole, hole]},  # the same hole twice
        {"type": "MultiPolygon", "coordinates": [[square(LON + 0.1, LAT, s)], [square(LON + 0.1, LAT, s)]]},
    ])

    # --- empty and non-polygon sources ---------------------------------------------------------------------------
    write_geojson("empty.geojson", [])
    (HERE / "zero_bytes.geojson").write_bytes(b"")
    write_geojson("points.geojson", [{"type": "Point", "coordinates": [LON, LAT]},
                                     {"type": "Point", "coordinates": [LON + s, LAT]}])
    write_geojson("lines.geojson", [{"type": "LineString", "coordinates": [[LON, LAT], [LON + s, LAT + s]]}])
    write_geojson("collection.geojson", [{"type": "GeometryCollection", "geometries": [
        {"type": "Polygon", "coordinates": [square(LON, LAT, s)]},
        {"type": "LineString", "coordinates": [[LON, LAT], [LON + 1, LAT + 1]]},
        {"type": "Point", "coordinates": [LON + 2, LAT]},
    ]}])
    write_geojson("null_geometry.geojson", [None, {"type": "Polygon", "coordinates": [square(LON, LAT, s)]}])

    # --- dimensions and curves -----------------------------------------------------------------------------------
    write_geojson("polygon_3d.geojson", [{"type": "Polygon", "coordinates": [
        [[x, y, 120.5] for x, y in square(LON, LAT, s)]]}])
    zm_ring = ", ".join(f"{x} {y} 100 7" for x, y in square(LON, LAT, s))
    write_ogr("dimensions.gpkg", "GPKG", [
        ("zm", 4326, ogr.wkbPolygonZM, [f"POLYGON ZM (({zm_ring}))"]),
        ("curved", 4326, ogr.wkbCurvePolygon, [
            f"CURVEPOLYGON (CIRCULARSTRING ({LON} {LAT}, {LON + s} {LAT + s}, {LON + 2 * s} {LAT}, "
            f"{LON + s} {LAT - s}, {LON} {LAT}))"]),
    ])

    # --- many parts: one MultiPolygon of 10,000 small triangles on a 100 × 100 grid ------------------------------
    triangles = []
    for row in range(100):
        for col in range(100):
            x, y = round(LON + col * 0.01, 2), round(LAT + row * 0.01, 2)
            triangles.append([ring((x, y), (round(x + 0.005, 3), y), (x, round(y + 0.005, 3)))])
    write_geojson("many_parts_10000.geojson", [{"type": "MultiPolygon", "coordinates": triangles}])

    # --- the antimeridian ----------------------------------------------------------------------------------------
    # Fiji-like: 179.5°E to 179.5°W, written with the short way round (an edge jumps from +179.5 to -179.5)
    write_geojson("antimeridian.geojson", [{"type": "Polygon", "coordinates": [
        ring((179.5, -17.0), (-179.5, -17.0), (-179.5, -16.0), (179.5, -16.0))]}])
    # the same place written with longitudes past 180
    write_geojson("antimeridian_over180.geojson", [{"type": "Polygon", "coordinates": [
        ring((179.5, -17.0), (180.5, -17.0), (180.5, -16.0), (179.5, -16.0))]}])

    # --- projected CRS far from the usual: Antarctic polar stereographic (EPSG:3031) -----------------------------
    # one GeoPackage, one layer per case: a plain 10 km square near the coast; a square around the South Pole;
    # a square across 180° in the Ross Sea; a square 28,000 km from the pole (mathematically valid, but far
    # outside the area EPSG:3031 is meant for: it lands in the northern hemisphere)
    far = 20_000_000
    write_ogr("polar_3031.gpkg", "GPKG", [
        ("coast", 3031, ogr.wkbPolygon, [wkt_polygon(projected_square(3031, 60.0, -68.0, 5000))]),
        ("south_pole", 3031, ogr.wkbPolygon, [wkt_polygon(projected_square(3031, 0.0, -90.0, 100_000))]),
        ("ross_sea", 3031, ogr.wkbPolygon, [wkt_polygon(projected_square(3031, 180.0, -78.0, 20_000))]),
        ("far_outside", 3031, ogr.wkbPolygon, [wkt_polygon(
            [(far, far), (far + 10_000, far), (far + 10_000, far + 10_000), (far, far + 10_000), (far, far)])]),
    ])

    # --- a wrong CRS: UTM metres written into a GeoJSON (which is always read as longitude/latitude) --------------
    write_geojson("out_of_range.geojson", [{"type": "Polygon", "coordinates": [
        [list(p) for p in projected_square(32632, 10.01, 45.01, 1000)]]}])

    # GeoPackages carry creation timestamps; keep the files minimal by vacuuming nothing else.
    for leftover in HERE.glob("*.gpkg-journal"):
        os.remove(leftover)


if __name__ == "__main__":
    main()
    print("\n".join(sorted(p.name for p in HERE.iterdir() if p.name != Path(__file__).name)))
    print(f"{math.fsum(p.stat().st_size for p in HERE.iterdir()) / 1024:.0f} KiB in total")
