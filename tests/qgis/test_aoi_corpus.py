"""The bad-input corpus (tests/data/aoi, made by make_corpus.py) through aoi_from_file and the rules.

Areas are checked against numbers computed without QGIS: the exact WGS84 area of lon/lat boxes, or pyproj
(its own PROJ transform and Geod) for shapes stored in projected CRSs.
"""
import time
from pathlib import Path

import pytest
from pyproj import Geod, Transformer
from qgis.core import QgsProject

from mapflow_processing.core.aoi_rules import (
    AccountLimits,
    NoteCode,
    ReasonCode,
    Severity,
    SourceStatus,
    latlon_box_area_km2,
    validate,
)
from mapflow_processing.layers.aoi import AoiOrigin, aoi_from_file
from mapflow_processing.layers.aoi_files import list_layers

DATA = Path(__file__).resolve().parents[1] / "data" / "aoi"
GEOD = Geod(ellps="WGS84")
LIMITS = AccountLimits(aoi_area_limit_m2=100e6, max_aois=10)


def load(name, layer=None):
    return aoi_from_file(str(DATA / name), QgsProject.instance().transformContext(), layer)


def reasons_of(selection, limits=LIMITS):
    return validate(selection.summary(), limits)


def geodesic_box_km2(west, south, east, north):
    """The server's bounding-box measure (sandbox/geo.py): the four corners joined by geodesics."""
    lons, lats = [west, east, east, west], [south, south, north, north]
    return abs(GEOD.polygon_area_perimeter(lons, lats)[0]) / 1e6


def geod_area_km2(lonlat, steps=50):
    """Geodesic area of a lon/lat ring whose edges are straight in lon/lat (densified, as QGIS measures it)."""
    lons, lats = [], []
    for (x0, y0), (x1, y1) in zip(lonlat, lonlat[1:]):
        for i in range(steps):
            lons.append(x0 + (x1 - x0) * i / steps)
            lats.append(y0 + (y1 - y0) * i / steps)
    return abs(GEOD.polygon_area_perimeter(lons, lats)[0]) / 1e6


def projected_ring_area_km2(epsg, ring, steps=50):
    """Area of a ring given in a projected CRS, with edges straight in that CRS (densified before reprojecting)."""
    to_lonlat = Transformer.from_crs(epsg, 4326, always_xy=True)
    lons, lats = [], []
    for (x0, y0), (x1, y1) in zip(ring, ring[1:]):
        for i in range(steps):
            lon, lat = to_lonlat.transform(x0 + (x1 - x0) * i / steps, y0 + (y1 - y0) * i / steps)
            lons.append(lon)
            lats.append(lat)
    # unwrap longitudes across 180° so Geod sees a continuous ring
    for i in range(1, len(lons)):
        while lons[i] - lons[i - 1] > 180:
            lons[i] -= 360
        while lons[i] - lons[i - 1] < -180:
            lons[i] += 360
    return abs(GEOD.polygon_area_perimeter(lons, lats)[0]) / 1e6


def ogr_ring(name, layer=None):
    from osgeo import ogr
    dataset = ogr.Open(str(DATA / name))
    lyr = dataset.GetLayerByName(layer) if layer else dataset.GetLayer(0)
    feature = lyr.GetNextFeature()  # keep the feature (and the dataset) alive while reading its geometry
    geometry = feature.GetGeometryRef()
    return [tuple(p[:2]) for p in geometry.GetGeometryRef(0).GetPoints()]


SQUARE_KM2 = latlon_box_area_km2(10.0, 45.0, 10.02, 45.02)
SMALL_KM2 = latlon_box_area_km2(10.0, 45.0, 10.01, 45.01)


@pytest.mark.parametrize("name, layer", [
    ("square.geojson", None),
    ("square.kml", None),
    ("layers.gpkg", None),  # the first *polygon* layer ("fields"), not the first layer ("wells")
    ("layers.gpkg", "fields"),
])
def test_plain_square_in_every_format(name, layer):
    selection = load(name, layer)
    assert selection.status is SourceStatus.OK and selection.origin is AoiOrigin.FILE
    assert len(selection.parts) == 1 and selection.notes == []
    assert selection.total_area_km2 == pytest.approx(SQUARE_KM2, rel=1e-5)
    assert selection.parts[0].bbox_area_km2 == pytest.approx(geodesic_box_km2(10.0, 45.0, 10.02, 45.02), rel=1e-9)
    assert reasons_of(selection) == []


def test_gpkg_named_layer_and_display_name():
    selection = load("layers.gpkg", "lakes")
    assert selection.source_name == "layers.gpkg › lakes"
    assert len(selection.parts) == 2
    assert selection.total_area_km2 == pytest.approx(
        latlon_box_area_km2(10.1, 45.0, 10.11, 45.01) + latlon_box_area_km2(10.2, 45.0, 10.21, 45.01), rel=1e-5)


def test_gpkg_missing_layer_names_the_ones_it_has():
    selection = load("layers.gpkg", "nope")
    [reason] = reasons_of(selection)
    assert reason.code is ReasonCode.UNREADABLE
    assert "has no layer “nope”; it has: wells, fields, lakes" in reason.text


def test_gpkg_named_point_layer_is_refused():
    [reason] = reasons_of(load("layers.gpkg", "wells"))
    assert reason.code is ReasonCode.NON_POLYGON_LAYER and "point geometries" in reason.text


def test_list_layers_for_a_picker():
    layers = list_layers(str(DATA / "layers.gpkg"))
    assert [(info.name, info.kind, info.maybe_polygonal) for info in layers] == [
        ("wells", "point", False), ("fields", "polygon", True), ("lakes", "polygon", True)]


def test_shapefile_in_utm_matches_pyproj():
    selection = load("square_utm32n.shp")
    assert selection.status is SourceStatus.OK
    expected = projected_ring_area_km2(32632, ogr_ring("square_utm32n.shp"))
    assert selection.total_area_km2 == pytest.approx(expected, rel=1e-4)
    assert selection.total_area_km2 == pytest.approx(4.0, rel=0.01)  # a 2 km × 2 km square, near UTM scale 1


def test_bowtie_is_repaired_into_two_triangles():
    selection = load("bowtie.geojson")
    assert len(selection.parts) == 2
    assert selection.note_count(NoteCode.REPAIRED) == 1
    assert selection.total_area_km2 == pytest.approx(SMALL_KM2 / 2, rel=1e-3)  # two triangles: half the box
    reasons = reasons_of(selection)
    assert [(r.code, r.severity) for r in reasons] == [(ReasonCode.REPAIRED, Severity.WARNING)]
    assert reasons[0].text == "1 invalid geometry was repaired (self-intersections, duplicate rings)."


def test_self_intersecting_loop_is_repaired():
    selection = load("self_intersecting.geojson")
    assert selection.note_count(NoteCode.REPAIRED) == 1
    # the loop encloses a 0.01°×0.01° square below and a 0.01°×0.02° rectangle beside the crossing
    expected = latlon_box_area_km2(10.0, 44.99, 10.01, 45.0) + latlon_box_area_km2(10.01, 45.0, 10.02, 45.02)
    assert len(selection.parts) == 2
    assert selection.total_area_km2 == pytest.approx(expected, rel=1e-4)


def test_duplicate_rings_are_repaired_and_counted_per_geometry():
    selection = load("duplicate_rings.geojson")
    assert selection.note_count(NoteCode.REPAIRED) == 2
    assert [r.text for r in reasons_of(selection)] == [
        "2 invalid geometries were repaired (self-intersections, duplicate rings)."]
    # the square with its doubled hole keeps one hole; the doubled square counts once
    expected = (latlon_box_area_km2(10.0, 45.0, 10.03, 45.03) - latlon_box_area_km2(10.01, 45.01, 10.02, 45.02)
                + latlon_box_area_km2(10.1, 45.0, 10.11, 45.01))
    assert selection.total_area_km2 == pytest.approx(expected, rel=1e-4)


@pytest.mark.parametrize("name, code, fragment", [
    ("empty.geojson", ReasonCode.NO_POLYGON, "empty.geojson has no features"),
    ("zero_bytes.geojson", ReasonCode.UNREADABLE, "zero_bytes.geojson is empty (0 bytes)"),
    ("points.geojson", ReasonCode.NON_POLYGON_LAYER, "The layer holds point geometries"),
    ("lines.geojson", ReasonCode.NON_POLYGON_LAYER, "The layer holds line geometries"),
    ("no_crs.shp", ReasonCode.NO_CRS, "The layer “no_crs.shp” has no coordinate reference system"),
    ("missing.geojson", ReasonCode.UNREADABLE, "missing.geojson: no such file"),
    ("make_corpus.py", ReasonCode.UNREADABLE, "not a vector format"),
])
def test_unusable_sources_get_one_clear_reason(name, code, fragment):
    selection = load(name)
    assert not selection.usable and selection.parts == []
    reasons = reasons_of(selection)
    assert [r.code for r in reasons] == [code]
    assert fragment in reasons[0].text and reasons[0].blocking


def test_3d_polygon_drops_z_with_a_note():
    selection = load("polygon_3d.geojson")
    assert selection.note_count(NoteCode.Z_DROPPED) == 1
    assert selection.total_area_km2 == pytest.approx(SMALL_KM2, rel=1e-5)
    part = selection.parts[0].geometry
    assert not part.constGet().is3D() and not part.constGet().isMeasure()
    assert all(len(point) == 2 for point in selection.to_geojson()["coordinates"][0])


def test_zm_polygon_drops_both():
    selection = load("dimensions.gpkg", "zm")
    assert (selection.note_count(NoteCode.Z_DROPPED), selection.note_count(NoteCode.M_DROPPED)) == (1, 1)
    assert {r.code for r in reasons_of(selection)} == {ReasonCode.Z_DROPPED, ReasonCode.M_DROPPED}


def test_curved_polygon_is_segmentized():
    selection = load("dimensions.gpkg", "curved")
    assert selection.note_count(NoteCode.CURVES_SEGMENTIZED) == 1
    # a circle of radius 0.01° in lon/lat terms: an ellipse on the ground, π·a·b
    import math
    a_km = GEOD.inv(10.0, 45.0, 10.01, 45.0)[2] / 1000  # 0.01° of longitude at 45°N
    b_km = GEOD.inv(10.01, 44.99, 10.01, 45.01)[2] / 2000  # 0.01° of latitude
    assert selection.total_area_km2 == pytest.approx(math.pi * a_km * b_km, rel=0.01)


def test_collection_keeps_only_polygons():
    selection = load("collection.geojson")
    assert selection.note_count(NoteCode.NON_POLYGON_PARTS_DROPPED) == 2
    assert selection.total_area_km2 == pytest.approx(SMALL_KM2, rel=1e-5)
    assert [r.text for r in reasons_of(selection)] == [
        "2 point or line parts were left out; only polygons are processed."]


def test_null_geometry_feature_is_skipped():
    selection = load("null_geometry.geojson")
    assert selection.note_count(NoteCode.NULL_GEOMETRIES_SKIPPED) == 1 and len(selection.parts) == 1


def test_ten_thousand_parts_fast_and_refused_over_the_count_limit():
    started = time.perf_counter()
    selection = load("many_parts_10000.geojson")
    elapsed = time.perf_counter() - started
    # ~1 s here; quadratic code would take minutes: a complexity guard with a wide margin, not a speed target
    assert elapsed < 30.0, f"10,000 parts took {elapsed:.1f} s"
    assert len(selection.parts) == 10_000 and selection.notes == []
    # each triangle is half of a 0.005° box
    one = latlon_box_area_km2(10.0, 45.0, 10.005, 45.005) / 2
    assert selection.total_area_km2 == pytest.approx(10_000 * one, rel=0.01)
    reasons = validate(selection.summary(), AccountLimits(max_aois=10))
    assert [r.code for r in reasons] == [ReasonCode.TOO_MANY_PARTS]
    assert reasons[0].params == {"count": 10_000, "limit": 10}
    assert validate(selection.summary(), AccountLimits(max_aois=10_000)) == []
    geojson = selection.to_geojson()
    assert geojson["type"] == "MultiPolygon" and len(geojson["coordinates"]) == 10_000


@pytest.mark.parametrize("name", ["antimeridian.geojson", "antimeridian_over180.geojson"])
def test_antimeridian_shapes_are_split_at_180(name):
    selection = load(name)
    assert selection.note_count(NoteCode.ANTIMERIDIAN_SPLIT) == 1
    assert len(selection.parts) == 2
    boxes = sorted((p.geometry.boundingBox().xMinimum(), p.geometry.boundingBox().xMaximum())
                   for p in selection.parts)
    assert boxes == [(-180.0, -179.5), (179.5, 180.0)]
    # the two halves add up to the 1°×1° box, and each half's bbox is half of it (not the whole globe's width)
    expected = latlon_box_area_km2(179.5, -17.0, 180.5, -16.0)
    assert selection.total_area_km2 == pytest.approx(expected, rel=1e-4)
    half_box = geodesic_box_km2(179.5, -17.0, 180.0, -16.0)
    assert all(p.bbox_area_km2 == pytest.approx(half_box, rel=1e-9) for p in selection.parts)
    assert reasons_of(selection, AccountLimits(aoi_area_limit_m2=20_000e6))[0].code is ReasonCode.ANTIMERIDIAN_SPLIT


def test_polar_stereographic_square_matches_pyproj():
    selection = load("polar_3031.gpkg", "coast")
    assert selection.status is SourceStatus.OK and selection.notes == []
    expected = projected_ring_area_km2(3031, ogr_ring("polar_3031.gpkg", "coast"))
    assert selection.total_area_km2 == pytest.approx(expected, rel=1e-4)
    # a 10 km square at 68°S spans a lon/lat box far larger than its area: the server's bbox rule bites first
    reasons = validate(selection.summary(), LIMITS)
    assert [r.code for r in reasons] == [ReasonCode.PART_BBOX_OVER_LIMIT]


def test_polar_square_around_the_pole_is_refused():
    selection = load("polar_3031.gpkg", "south_pole")
    [reason] = reasons_of(selection)
    assert reason.code is ReasonCode.CONTAINS_POLE and "South Pole" in reason.text


def test_polar_square_across_180_is_split_and_keeps_its_area():
    selection = load("polar_3031.gpkg", "ross_sea")
    assert selection.note_count(NoteCode.ANTIMERIDIAN_SPLIT) == 1 and len(selection.parts) == 2
    expected = projected_ring_area_km2(3031, ogr_ring("polar_3031.gpkg", "ross_sea"))
    assert selection.total_area_km2 == pytest.approx(expected, rel=1e-3)
    for part in selection.parts:
        box = part.geometry.boundingBox()
        assert -180.0 <= box.xMinimum() and box.xMaximum() <= 180.0


def test_far_outside_the_crs_area_is_a_warning():
    selection = load("polar_3031.gpkg", "far_outside")
    assert selection.status is SourceStatus.OK
    reasons = reasons_of(selection)
    assert [(r.code, r.severity) for r in reasons] == [(ReasonCode.OUTSIDE_CRS_AREA, Severity.WARNING)]
    assert "EPSG:3031" in reasons[0].text


def test_metres_stored_as_degrees_are_out_of_range():
    [reason] = reasons_of(load("out_of_range.geojson"))
    assert reason.code is ReasonCode.OUT_OF_RANGE and "probably wrong" in reason.text
