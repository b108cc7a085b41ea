"""Every AOI source with real QGIS layers: layer (all / selected), drawn polygon, map extent, layer extent; the
GeoJSON for the API body; the heavy step inside a real QgsTask."""
import json
import threading

import pytest
from osgeo import gdal, osr
from pyproj import Geod, Transformer
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
    QgsTask,
    QgsVectorLayer,
)

from mapflow_processing.core.aoi_rules import (
    AccountLimits,
    NoteCode,
    ReasonCode,
    SourceStatus,
    latlon_box_area_km2,
    validate,
)
from mapflow_processing.layers.aoi import (
    AoiOrigin,
    build_aoi,
    input_from_drawn,
    input_from_extent,
    input_from_layer,
    input_from_layer_extent,
)
from mapflow_processing.layers.aoi_geometry import AoiBuildCancelled

WEB_MERCATOR = QgsCoordinateReferenceSystem("EPSG:3857")
TO_MERCATOR = Transformer.from_crs(4326, 3857, always_xy=True)


def geodesic_box_km2(west, south, east, north):
    """The server's bounding-box measure (sandbox/geo.py): the four corners joined by geodesics."""
    lons, lats = [west, east, east, west], [south, south, north, north]
    return abs(Geod(ellps="WGS84").polygon_area_perimeter(lons, lats)[0]) / 1e6


def context():
    return QgsProject.instance().transformContext()


def mercator_box(west, south, east, north):
    """WKT of a lon/lat box written in EPSG:3857 (its edges stay on meridians and parallels)."""
    x0, y0 = TO_MERCATOR.transform(west, south)
    x1, y1 = TO_MERCATOR.transform(east, north)
    return f"POLYGON(({x0} {y0}, {x1} {y0}, {x1} {y1}, {x0} {y1}, {x0} {y0}))"


def memory_layer(geometry_type, crs, wkts, name="parcels"):
    layer = QgsVectorLayer(f"{geometry_type}?crs={crs}" if crs else geometry_type, name, "memory")
    features = []
    for wkt in wkts:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    return layer


@pytest.fixture
def parcels():
    """Three parcels in Web Mercator: A and B overlap, C stands alone."""
    return memory_layer("Polygon", "EPSG:3857", [
        mercator_box(30.00, 50.00, 30.02, 50.02),  # A
        mercator_box(30.01, 50.00, 30.03, 50.02),  # B, overlaps A by half
        mercator_box(31.00, 50.00, 31.01, 50.01),  # C
    ])


def test_polygon_layer_all_features_dissolves_overlaps(parcels):
    selection = build_aoi(input_from_layer(parcels, selected_only=False, transform_context=context()))
    assert selection.origin is AoiOrigin.LAYER and selection.source_name == "parcels"
    assert len(selection.parts) == 2
    assert selection.note_count(NoteCode.PARTS_MERGED) == 1
    expected = latlon_box_area_km2(30.00, 50.00, 30.03, 50.02) + latlon_box_area_km2(31.00, 50.00, 31.01, 50.01)
    assert selection.total_area_km2 == pytest.approx(expected, rel=1e-5)
    assert sorted(p.bbox_area_km2 for p in selection.parts) == pytest.approx(
        sorted([geodesic_box_km2(30.00, 50.00, 30.03, 50.02), geodesic_box_km2(31.00, 50.00, 31.01, 50.01)]),
        rel=1e-9)


def test_polygon_layer_selected_features_only(parcels):
    parcels.selectByIds([3])  # memory provider ids start at 1: C
    selection = build_aoi(input_from_layer(parcels, selected_only=True, transform_context=context()))
    assert selection.origin is AoiOrigin.SELECTED_FEATURES
    assert len(selection.parts) == 1
    assert selection.total_area_km2 == pytest.approx(latlon_box_area_km2(31.00, 50.00, 31.01, 50.01), rel=1e-5)


def test_empty_selection_is_a_reason(parcels):
    parcels.removeSelection()
    selection = build_aoi(input_from_layer(parcels, selected_only=True, transform_context=context()))
    [reason] = validate(selection.summary(), AccountLimits())
    assert reason.code is ReasonCode.EMPTY_SELECTION
    assert reason.text == ("No features are selected (in “parcels”); select at least one polygon "
                           "or use all features.")


def test_layer_input_reads_features_only_when_built(parcels):
    aoi_input = input_from_layer(parcels, selected_only=False, transform_context=context())
    # edits made after the snapshot are not seen: the feature source was captured on the GUI thread
    parcels.dataProvider().addFeatures([QgsFeature(parcels.fields())])
    selection = build_aoi(aoi_input)
    assert len(selection.parts) == 2 and selection.note_count(NoteCode.NULL_GEOMETRIES_SKIPPED) == 0


@pytest.mark.parametrize("geometry_type, kind", [("Point", "point"), ("LineString", "line"), ("None", "no")])
def test_non_polygon_layers_are_refused(geometry_type, kind):
    layer = memory_layer(geometry_type, "EPSG:4326", [])
    [reason] = validate(build_aoi(input_from_layer(layer, False, context())).summary(), AccountLimits())
    assert reason.code is ReasonCode.NON_POLYGON_LAYER
    assert reason.text.startswith(f"The layer holds {kind} geometries")


def test_layer_without_crs_is_refused():
    layer = memory_layer("Polygon", None, ["POLYGON((0 0, 1 0, 1 1, 0 1, 0 0))"], name="sketch")
    layer.setCrs(QgsCoordinateReferenceSystem())  # as a layer whose CRS was never set (QGIS may default one)
    assert not layer.crs().isValid()
    selection = build_aoi(input_from_layer(layer, False, context()))
    assert selection.status is SourceStatus.NO_CRS
    assert "“sketch” has no coordinate reference system" in validate(selection.summary(), AccountLimits())[0].text


def test_empty_polygon_layer_has_no_polygon():
    layer = memory_layer("Polygon", "EPSG:4326", [])
    [reason] = validate(build_aoi(input_from_layer(layer, False, context())).summary(), AccountLimits())
    assert reason.code is ReasonCode.NO_POLYGON


def test_drawn_polygon_in_map_crs():
    drawn = QgsGeometry.fromWkt(mercator_box(30.0, 50.0, 30.05, 50.05))
    selection = build_aoi(input_from_drawn(drawn, WEB_MERCATOR, context()))
    assert selection.origin is AoiOrigin.DRAWN and len(selection.parts) == 1
    assert selection.total_area_km2 == pytest.approx(latlon_box_area_km2(30.0, 50.0, 30.05, 50.05), rel=1e-5)
    box = selection.parts[0].geometry.boundingBox()
    assert (box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()) == pytest.approx(
        (30.0, 50.0, 30.05, 50.05), abs=1e-9)


def test_empty_drawn_polygon():
    assert build_aoi(input_from_drawn(QgsGeometry(), WEB_MERCATOR, context())).status is SourceStatus.NO_POLYGON


def test_map_extent_in_web_mercator():
    x0, y0 = TO_MERCATOR.transform(2.0, 48.0)
    x1, y1 = TO_MERCATOR.transform(2.5, 48.3)
    selection = build_aoi(input_from_extent(QgsRectangle(x0, y0, x1, y1), WEB_MERCATOR, context()))
    assert selection.origin is AoiOrigin.MAP_EXTENT
    assert selection.total_area_km2 == pytest.approx(latlon_box_area_km2(2.0, 48.0, 2.5, 48.3), rel=1e-5)
    assert selection.parts[0].bbox_area_km2 == pytest.approx(selection.total_area_km2, rel=1e-5)


def test_map_extent_of_the_canvas(qgis_canvas):
    qgis_canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    qgis_canvas.setExtent(QgsRectangle(10.0, 45.0, 10.2, 45.1))
    extent, crs = qgis_canvas.extent(), qgis_canvas.mapSettings().destinationCrs()
    selection = build_aoi(input_from_extent(extent, crs, context()))
    # the canvas keeps its aspect ratio, so it shows at least the requested box
    assert selection.total_area_km2 == pytest.approx(
        latlon_box_area_km2(extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()), rel=1e-5)
    assert selection.total_area_km2 >= latlon_box_area_km2(10.0, 45.0, 10.2, 45.1) * 0.999


def test_zoomed_out_geographic_extent_wraps_to_one_band():
    # a map zoomed out past ±180°: the AOI is the whole band around the globe, not a sliver
    selection = build_aoi(input_from_extent(QgsRectangle(-200, -10, 200, 10),
                                            QgsCoordinateReferenceSystem("EPSG:4326"), context()))
    assert len(selection.parts) == 1 and selection.notes == []  # no split or merge to report
    box = selection.parts[0].geometry.boundingBox()
    assert (box.xMinimum(), box.xMaximum()) == (-180.0, 180.0)
    # QGIS measures edges as geodesics: 5.6° steps along a parallel bulge a little (0.08 % over a 360° band)
    assert selection.total_area_km2 == pytest.approx(latlon_box_area_km2(-180, -10, 180, 10), rel=2e-3)
    # the server's geodesic box through 4 corners degenerates for a 360°-wide box (0), as in sandbox/geo.py;
    # the total-area rule still applies
    assert selection.parts[0].bbox_area_km2 == geodesic_box_km2(-180, -10, 180, 10)


def test_degenerate_extent():
    selection = build_aoi(input_from_extent(QgsRectangle(5, 5, 5, 6), WEB_MERCATOR, context()))
    assert selection.status is SourceStatus.NO_POLYGON and "no area" in selection.status_detail


def test_extent_of_a_vector_layer(parcels):
    selection = build_aoi(input_from_layer_extent(parcels, context()))
    assert selection.origin is AoiOrigin.LAYER_EXTENT
    assert selection.total_area_km2 == pytest.approx(latlon_box_area_km2(30.0, 50.0, 31.01, 50.02), rel=1e-5)


def test_extent_of_a_raster_layer(tmp_path):
    path = str(tmp_path / "ortho.tif")
    dataset = gdal.GetDriverByName("GTiff").Create(path, 100, 50, 1, gdal.GDT_Byte)
    dataset.SetGeoTransform((500000.0, 20.0, 0.0, 5000000.0, 0.0, -20.0))  # 2 km × 1 km in UTM 32N
    ref = osr.SpatialReference()
    ref.ImportFromEPSG(32632)
    dataset.SetProjection(ref.ExportToWkt())
    dataset = None
    raster = QgsRasterLayer(path, "ortho")
    assert raster.isValid()
    selection = build_aoi(input_from_layer_extent(raster, context()))
    assert selection.source_name == "ortho"
    assert selection.total_area_km2 == pytest.approx(2.0 / 0.9996 ** 2, rel=1e-3)  # UTM scale on the meridian


def test_extent_of_an_empty_layer():
    layer = memory_layer("Polygon", "EPSG:4326", [], name="nothing")
    selection = build_aoi(input_from_layer_extent(layer, context()))
    assert selection.status is SourceStatus.NO_POLYGON
    assert selection.status_detail == "the extent of “nothing” has no area"


def test_geojson_for_the_api_body(parcels):
    selection = build_aoi(input_from_layer(parcels, False, context()))
    body = selection.to_geojson()
    assert body["type"] == "MultiPolygon" and len(body["coordinates"]) == 2
    json.dumps(body)  # plain JSON types only
    for polygon in body["coordinates"]:
        exterior = polygon[0]
        assert exterior[0] == exterior[-1]
        signed = sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(exterior, exterior[1:]))
        assert signed > 0  # RFC 7946: exterior rings counter-clockwise
        assert all(len(str(c).split(".")[-1]) <= 8 for point in exterior for c in point)
    parcels.selectByIds([3])
    single = build_aoi(input_from_layer(parcels, True, context())).to_geojson()
    assert single["type"] == "Polygon" and len(single["coordinates"]) == 1


def test_geojson_holes_are_clockwise():
    donut = QgsGeometry.fromWkt("POLYGON((0 0, 0 3, 3 3, 3 0, 0 0),(1 1, 2 1, 2 2, 1 2, 1 1))")  # CW shell, CCW hole
    body = build_aoi(input_from_drawn(donut, QgsCoordinateReferenceSystem("EPSG:4326"), context())).to_geojson()
    shell, hole = body["coordinates"]
    area = lambda ring: sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(ring, ring[1:]))  # noqa: E731
    assert area(shell) > 0 and area(hole) < 0


def test_no_geojson_without_parts():
    assert build_aoi(input_from_drawn(QgsGeometry(), WEB_MERCATOR, context())).to_geojson() is None


class BuildAoiTask(QgsTask):
    """How tasks/ will run the heavy step: input captured on the GUI thread, built in the worker.
    Results go to a plain dict: the task manager deletes the C++ task once it is finished."""

    def __init__(self, aoi_input, results):
        super().__init__("Build AOI", QgsTask.CanCancel)
        self.aoi_input = aoi_input
        self.results = results

    def run(self):
        self.results["thread"] = threading.current_thread().name
        self.results["selection"] = build_aoi(self.aoi_input, self.isCanceled)
        return True

    def finished(self, ok):
        self.results["finished_on"] = threading.current_thread().name
        self.results["ok"] = ok


def test_build_runs_inside_a_qgs_task(parcels, qtbot):
    results = {}
    task = BuildAoiTask(input_from_layer(parcels, False, context()), results)
    QgsApplication.taskManager().addTask(task)
    qtbot.waitUntil(lambda: "ok" in results, timeout=10_000)
    assert results["ok"] is True
    assert results["thread"] != threading.main_thread().name
    assert results["finished_on"] == threading.main_thread().name
    assert len(results["selection"].parts) == 2


def test_cancelled_build_stops():
    geometries = [QgsGeometry.fromWkt(f"POLYGON(({i} 0, {i}.5 0, {i}.5 0.5, {i} 0))") for i in range(100)]
    aoi_input = input_from_drawn(geometries[0], QgsCoordinateReferenceSystem("EPSG:4326"), context())
    aoi_input.geometries = geometries
    with pytest.raises(AoiBuildCancelled):
        build_aoi(aoi_input, is_cancelled=lambda: True)


def test_lonlat_ring_around_the_pole_is_refused():
    # a ring at 70°S that goes all the way round: it means "everything south of 70°S", a shape lon/lat cannot hold
    ring = "POLYGON((-170 -70, -90 -70, 0 -70, 90 -70, 170 -70, -170 -70))"
    selection = build_aoi(input_from_drawn(QgsGeometry.fromWkt(ring), QgsCoordinateReferenceSystem("EPSG:4326"),
                                           context()))
    assert (selection.status, selection.status_detail) == (SourceStatus.CONTAINS_POLE, "South")


def test_geographic_extent_across_180_is_split():
    # a map in EPSG:4326 panned over the Pacific shows longitudes past 180°
    selection = build_aoi(input_from_extent(QgsRectangle(179.0, 10.0, 181.0, 11.0),
                                            QgsCoordinateReferenceSystem("EPSG:4326"), context()))
    assert len(selection.parts) == 2 and selection.note_count(NoteCode.ANTIMERIDIAN_SPLIT) == 1
    assert selection.total_area_km2 == pytest.approx(latlon_box_area_km2(179.0, 10.0, 181.0, 11.0), rel=1e-4)
