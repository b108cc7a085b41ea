"""The imagery search's QGIS side with real layers and GDAL: the footprint layer (features built on a worker
thread, hidden by a subset string, selection linked by scene id without echoes), the AOI cut to footprints with
geodesic areas, and previews warped onto a turned footprint (one layer per scene, its folder removed with it)."""
import io
import os
import threading
from datetime import datetime, timezone

import pytest
from PIL import Image
from pyproj import Geod
from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsPointXY, QgsProject, QgsVectorLayer

from mapflow_processing.api.models import CatalogImage
from mapflow_processing.layers.aoi import AoiOrigin, build_aoi, input_from_drawn
from mapflow_processing.layers.aoi_crop import crop_selection
from mapflow_processing.layers.footprints import (FOOTPRINTS_ROLE, ROLE_PROPERTY, FootprintLayer, footprint_features,
                                                  footprint_fields, is_helper_layer)
from mapflow_processing.layers.result_tree import MAPFLOW_GROUP_NAME
from mapflow_processing.layers.scene_preview import (ScenePreviews, georeference_picture, preview_kind,
                                                     tile_source)

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
# a footprint turned by ~10°: top-left, top-right, bottom-right, bottom-left, closing point
CORNERS = [(37.50, 55.80), (37.70, 55.81), (37.71, 55.70), (37.51, 55.69)]
FOOTPRINT = {"type": "Polygon", "coordinates": [[list(c) for c in CORNERS + CORNERS[:1]]]}


def scene(id, x_shift=0.0, cloud=10.0, preview_type="png", preview_url="http://previews.example/{id}.png"):
    ring = [[x + x_shift, y] for x, y in CORNERS + CORNERS[:1]]
    return CatalogImage(id=id, footprint={"type": "Polygon", "coordinates": [ring]}, pixel_resolution=0.5,
                        product_type="Image", provider_name="SBX_HR",
                        acquisition_date=datetime(2025, 6, 1, 9, tzinfo=timezone.utc), cloud_cover=cloud,
                        off_nadir_angle=-5.0, zoom=18, preview_type=preview_type,
                        preview_url=preview_url.replace("{id}", id), aoi_intersection_percent=100.0)


@pytest.fixture()
def project(qgis_app):
    yield QgsProject.instance()
    QgsProject.instance().removeAllMapLayers()
    QgsProject.instance().clear()


def test_footprints_are_built_off_the_gui_thread_and_shown_in_one_layer(project):
    images = [scene(f"s{i}", x_shift=i * 0.3, cloud=10.0 * i) for i in range(5)]
    fields = footprint_fields()
    built = {}
    worker = threading.Thread(target=lambda: built.update(features=footprint_features(images, fields)))
    worker.start()
    worker.join()
    footprints = FootprintLayer("Footprints", QgsProject.instance)
    layer = footprints.show(images, built["features"], [True, True, False, True, False])
    assert layer.isValid() and layer.crs() == WGS84 and is_helper_layer(layer)
    assert layer.customProperty(ROLE_PROPERTY) == FOOTPRINTS_ROLE
    assert project.layerTreeRoot().findLayer(layer.id()).parent().name() == MAPFLOW_GROUP_NAME
    shown = {f["scene_id"]: f for f in layer.getFeatures()}
    assert set(shown) == {"s0", "s1", "s3"}  # the others are hidden by the subset string, not deleted
    assert layer.dataProvider().subsetString() == '"match" = 1'
    assert shown["s1"]["cloud"] == 10.0 and shown["s1"]["provider"] == "SBX_HR" and shown["s1"]["zoom"] == 18
    assert shown["s1"]["acquired"].toUTC().toString("yyyy-MM-ddTHH:mm") == "2025-06-01T09:00"
    assert shown["s0"].geometry().equals(QgsGeometry.fromPolygonXY([[QgsPointXY(*c) for c in CORNERS + CORNERS[:1]]]))

    footprints.set_matches([False, True, True, True, True])
    assert {f["scene_id"] for f in layer.getFeatures()} == {"s1", "s2", "s3", "s4"}

    box = footprints.extent_of(["s0", "s2"])  # hidden footprints count too
    assert box.xMinimum() == pytest.approx(37.50) and box.xMaximum() == pytest.approx(37.71 + 0.6)

    # selection: set by code without a signal, made by the user with one, never looping
    heard = []
    footprints.selection_changed.connect(heard.append)
    footprints.select_scenes(["s1", "s3"])
    assert sorted(footprints.selected_scenes()) == ["s1", "s3"] and heard == []
    layer.selectByIds([footprints.feature_id("s2")])
    assert heard == [["s2"]]

    # the user deletes the layer: the next page makes a new one
    project.removeMapLayer(layer.id())
    again = footprints.show(images[:2])
    assert again.isValid() and again.featureCount() == 2 and footprints.selected_scenes() == []
    footprints.remove()
    assert not [lyr for lyr in project.mapLayers().values() if is_helper_layer(lyr)]


def geodesic_km2(geometry: QgsGeometry) -> float:
    ring = geometry.asPolygon()[0]
    area, _perimeter = Geod(ellps="WGS84").polygon_area_perimeter([p.x() for p in ring], [p.y() for p in ring])
    return abs(area) / 1e6


def box(west, south, east, north):
    return QgsGeometry.fromWkt(f"POLYGON(({west} {south}, {east} {south}, {east} {north}, {west} {north}, "
                               f"{west} {south}))")


def test_the_aoi_is_cut_to_the_union_of_the_footprints(qgis_app):
    context = QgsProject.instance().transformContext()
    # half east of the footprint's right edge, half on it; a second part far away
    selection = build_aoi(input_from_drawn(box(37.70, 55.75, 37.72, 55.76).combine(box(38.5, 55.0, 38.51, 55.01)),
                                           WGS84, context))
    assert selection.usable and len(selection.parts) == 2
    cut, crop = crop_selection(selection, [FOOTPRINT, scene("x", x_shift=-0.1).footprint])
    assert crop.aoi_km2 == pytest.approx(selection.total_area_km2)
    assert len(cut.parts) == 1 and cut.origin is AoiOrigin.DRAWN
    expected = box(37.70, 55.75, 37.72, 55.76).intersection(QgsGeometry.fromPolygonXY(
        [[QgsPointXY(*c) for c in CORNERS + CORNERS[:1]]]))
    assert crop.kept_km2 == pytest.approx(geodesic_km2(expected), rel=1e-3)
    assert cut.parts[0].area_km2 == pytest.approx(crop.kept_km2)
    assert 0 < crop.kept_km2 < crop.aoi_km2 and crop.loses_area and not crop.nothing_left
    assert cut.to_geojson()["type"] == "Polygon"

    off, nothing = crop_selection(build_aoi(input_from_drawn(box(39.0, 55.0, 39.01, 55.01), WGS84, context)),
                                  [FOOTPRINT])
    assert nothing.nothing_left and not off.usable and off.summary().part_count == 0


def turned_picture() -> bytes:
    """A 200 × 100 picture: red on the left half, blue on the right."""
    picture = Image.new("RGB", (200, 100), (0, 0, 255))
    picture.paste((255, 0, 0), (0, 0, 100, 100))
    out = io.BytesIO()
    picture.save(out, format="PNG")
    return out.getvalue()


def test_a_picture_is_warped_onto_its_footprint_and_leaves_with_its_layer(project, tmp_path):
    image = scene("pic")
    assert preview_kind(image) == "picture"
    previews = ScenePreviews(QgsProject.instance)
    folder = previews.new_folder()
    path = georeference_picture(turned_picture(), image.footprint_corners, folder.name, "preview")
    layer = previews.add_picture(image, path, folder)
    assert layer.isValid() and layer.crs() == WGS84 and layer.bandCount() == 4
    extent = layer.extent()
    assert (extent.xMinimum(), extent.xMaximum()) == pytest.approx((37.50, 37.71), abs=0.005)
    assert (extent.yMinimum(), extent.yMaximum()) == pytest.approx((55.69, 55.81), abs=0.005)
    provider = layer.dataProvider()
    west_half = QgsPointXY(37.55, 55.75)  # between the left corners: the red half
    east_half = QgsPointXY(37.66, 55.75)
    assert provider.sample(west_half, 1)[0] == 255 and provider.sample(west_half, 3)[0] == 0
    assert provider.sample(east_half, 1)[0] == 0 and provider.sample(east_half, 3)[0] == 255
    assert provider.sample(QgsPointXY(37.501, 55.695), 4)[0] == 0  # the box corner off the turned footprint
    assert previews.existing("pic") is layer
    assert project.layerTreeRoot().findLayer(layer.id()).parent().name() == MAPFLOW_GROUP_NAME

    tiles = scene("mosaic", preview_type="tms", preview_url="http://tiles.example/m/{z}/{x}/{y}.png?a=1&b=2")
    assert preview_kind(tiles) == "tiles"
    assert tile_source(tiles) == ("type=xyz&url=http%3A%2F%2Ftiles.example%2Fm%2F%7Bz%7D%2F%7Bx%7D%2F%7B-y%7D.png"
                                  "%3Fa%3D1%26b%3D2&zmin=0&zmax=18")
    tile_layer = previews.add_tiles(tiles)
    assert tile_layer.isValid() and previews.existing("mosaic") is tile_layer
    assert preview_kind(scene("none", preview_type="wms")) == ""

    project.removeMapLayer(layer.id())
    assert not os.path.exists(folder.name) and previews.existing("pic") is None
    tile_id = tile_layer.id()
    previews.shutdown()  # previews are temporary: they leave the map with the plugin
    assert project.mapLayer(tile_id) is None


def test_a_preview_goes_below_the_footprints(project, tmp_path):
    footprints = FootprintLayer("Footprints", QgsProject.instance)
    footprints.show([scene("pic")])
    previews = ScenePreviews(QgsProject.instance)
    folder = previews.new_folder()
    layer = previews.add_picture(scene("pic"), georeference_picture(turned_picture(), CORNERS, folder.name, "p"),
                                 folder)
    names = [child.name() for child in project.layerTreeRoot().findGroup(MAPFLOW_GROUP_NAME).children()]
    assert names == ["Footprints", layer.name()]
    previews.shutdown()
    assert not os.path.exists(folder.name)
    assert isinstance(footprints.layer, QgsVectorLayer)
