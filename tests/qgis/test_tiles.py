"""Tile layers: TileJSON reading (auth only for the Mapflow host), source encoding, extent, zoom range, and real
tile requests that QGIS makes to a local tile server."""
from __future__ import annotations

import math

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsDataSourceUri, QgsMapRendererSequentialJob, \
    QgsMapSettings, QgsProject, QgsRectangle
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor

from mapflow_processing.api.requests_transport import RequestsTransport
from mapflow_processing.integration.qgis_transport import QgisTransport
from mapflow_processing.layers.tiles import HostAuth, ResolvedTiles, TileJsonError, TileService, \
    bounds_to_web_mercator, fetch_tilejson, make_raster_tile_layer, make_vector_tile_layer, resolve_tiles, \
    xyz_source
from tests.qgis.test_results_support import start_tile_server, tilejson_document

BOUNDS = (37.60, 55.74, 37.65, 55.77)
AUTH = {"Authorization": "Basic ZGVtb0BleGFtcGxlLmNvbTpzZWNyZXQ="}


@pytest.fixture()
def tile_server():
    server = start_tile_server()
    yield server
    server.stop()


@pytest.fixture(params=["qgis", "requests"])
def session(request):
    """The HTTP transport TileJSON is read with: QGIS's network stack (the plugin) and requests (scripts)."""
    http = QgisTransport() if request.param == "qgis" else RequestsTransport()
    yield http
    http.close()


def source_url(layer) -> str:
    uri = QgsDataSourceUri()
    uri.setEncodedUri(layer.source())
    return uri.param("url")


def render_center_pixel(layer, extent: QgsRectangle) -> QColor:
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    settings.setExtent(extent)
    settings.setOutputSize(QSize(64, 64))
    settings.setBackgroundColor(QColor(255, 255, 255, 0))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    return job.renderedImage().pixelColor(32, 32)


def small_extent_around_bounds_center(size_m: float) -> QgsRectangle:
    center = bounds_to_web_mercator(BOUNDS).center()
    return QgsRectangle(center.x() - size_m, center.y() - size_m, center.x() + size_m, center.y() + size_m)


def test_source_percent_encodes_the_url_so_ampersands_survive():
    url = "https://tiles.example.com/vt/{z}/{x}/{y}.vector.pbf?a=1&b=2"
    source = xyz_source(url)
    assert source.startswith("type=xyz&url=https%3A%2F%2Ftiles.example.com")
    assert "%3Fa%3D1%26b%3D2" in source and source.endswith("&zmin=0&zmax=18")
    uri = QgsDataSourceUri()
    uri.setEncodedUri(source)
    assert uri.param("url") == url


def test_vector_tile_layer_requests_the_exact_url_and_draws_the_buildings_style(tile_server):
    url = tile_server.url("/vt/{z}/{x}/{y}.vector.pbf?a=1&b=2&uri=s3%3A%2F%2Fbucket%2Fkey")
    layer, problems = make_vector_tile_layer("Result (tiles)", ResolvedTiles(url, BOUNDS), "buildings_tiles")

    assert problems == []
    assert layer.isValid()
    assert "zmin=0" in layer.source() and "zmax=18" in layer.source()
    assert layer.sourceMinZoom() == 0 and layer.sourceMaxZoom() == 18
    assert source_url(layer) == url
    color = render_center_pixel(layer, small_extent_around_bounds_center(150))
    requested = tile_server.paths("/vt/")
    assert requested and all(path.endswith("?a=1&b=2&uri=s3%3A%2F%2Fbucket%2Fkey") for path in requested)
    # the served polygon is class 101: the "Apartment building" fill of the buildings tile style
    assert (color.red(), color.green(), color.blue()) == (166, 97, 26)


def test_vector_tiles_stay_visible_when_zoomed_past_18(tile_server):
    layer, _ = make_vector_tile_layer(
        "Result (tiles)", ResolvedTiles(tile_server.url("/vt/{z}/{x}/{y}.vector.pbf"), BOUNDS), "buildings_tiles")

    color = render_center_pixel(layer, small_extent_around_bounds_center(10))  # about zoom 22

    zooms = {int(path.split("/")[2]) for path in tile_server.paths("/vt/")}
    assert zooms == {18}  # overzoom: the z18 tiles are drawn larger
    assert color.alpha() > 0 and (color.red(), color.green(), color.blue()) == (166, 97, 26)


def test_raster_tile_layer_uses_wms_xyz_with_encoded_url_and_extent(tile_server):
    url = tile_server.url("/img/{z}/{x}/{y}.png?a=1&b=2")
    layer = make_raster_tile_layer("Result (imagery)", ResolvedTiles(url, BOUNDS))

    assert layer.isValid() and layer.providerType() == "wms"
    assert source_url(layer) == url
    assert "zmin=0" in layer.source() and "zmax=18" in layer.source()
    expected = bounds_to_web_mercator(BOUNDS)
    assert layer.extent().toString(0) == expected.toString(0)
    color = render_center_pixel(layer, small_extent_around_bounds_center(150))
    assert (color.red(), color.green(), color.blue()) == (255, 0, 0)
    assert all(path.endswith("?a=1&b=2") for path in tile_server.paths("/img/"))


EARTH_RADIUS_M = 6378137.0


def mercator_x(lon: float) -> float:
    return EARTH_RADIUS_M * math.radians(lon)


def mercator_y(lat: float) -> float:
    return EARTH_RADIUS_M * math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))


def test_extent_comes_from_bounds_in_web_mercator(tile_server):
    layer, _ = make_vector_tile_layer(
        "t", ResolvedTiles(tile_server.url("/vt/{z}/{x}/{y}.vector.pbf"), BOUNDS), "default_tiles")
    extent = layer.extent()
    assert layer.crs().authid() == "EPSG:3857"
    assert extent.xMinimum() == pytest.approx(mercator_x(37.60), abs=0.5)
    assert extent.xMaximum() == pytest.approx(mercator_x(37.65), abs=0.5)
    assert extent.yMinimum() == pytest.approx(mercator_y(55.74), abs=0.5)
    assert extent.yMaximum() == pytest.approx(mercator_y(55.77), abs=0.5)


def test_bounds_at_the_poles_are_clipped_to_mercator():
    extent = bounds_to_web_mercator((-180.0, -90.0, 180.0, 90.0))
    assert extent.yMaximum() == pytest.approx(20037508.34, rel=1e-6)
    assert extent.yMinimum() == pytest.approx(-20037508.34, rel=1e-6)


def test_tilejson_to_the_mapflow_host_carries_auth_and_third_parties_do_not(tile_server, session):
    tile_server.tilejson["vector"] = tilejson_document(tile_server.url("/vt/{z}/{x}/{y}.vector.pbf"))
    auth = HostAuth(base_url=tile_server.url("/rest", host="127.0.0.1"), headers=AUTH)

    fetch_tilejson(session, tile_server.url("/tilejson/vector.json", host="127.0.0.1"), auth)
    fetch_tilejson(session, tile_server.url("/tilejson/vector.json", host="localhost"), auth)

    first, second = tile_server.requests[-2:]
    assert first.headers.get("Authorization") == AUTH["Authorization"]
    assert "Authorization" not in second.headers


def test_processing_tile_url_wins_over_tilejson_tiles(tile_server, session):
    tile_server.tilejson["vector"] = tilejson_document("https://elsewhere.example.com/{z}/{x}/{y}.pbf")
    given = tile_server.url("/vt/{z}/{x}/{y}.vector.pbf")
    resolved = resolve_tiles(TileService(given, tile_server.url("/tilejson/vector.json")), session)
    assert resolved == ResolvedTiles(given, BOUNDS)


def test_tilejson_tiles_are_used_when_no_tile_url_is_given(tile_server, session):
    template = tile_server.url("/img/{z}/{x}/{y}.png")
    tile_server.tilejson["raster"] = tilejson_document(template, bounds=(10, 20, 11, 21))
    resolved = resolve_tiles(TileService(None, tile_server.url("/tilejson/raster.json")), session)
    assert resolved == ResolvedTiles(template, (10.0, 20.0, 11.0, 21.0))


def test_relative_tile_templates_resolve_against_the_tilejson(tile_server, session):
    tile_server.tilejson["relative"] = tilejson_document("../vt/{z}/{x}/{y}.vector.pbf")
    resolved = resolve_tiles(TileService(None, tile_server.url("/tilejson/relative.json")), session)
    assert resolved.tile_url == tile_server.url("/vt/{z}/{x}/{y}.vector.pbf")


def test_a_tilejson_url_is_never_taken_as_a_tile_source(tile_server, session):
    tile_server.tilejson["vector"] = tilejson_document(tile_server.url("/vt/{z}/{x}/{y}.vector.pbf"))
    with pytest.raises(TileJsonError, match="placeholders"):
        resolve_tiles(TileService(tile_server.url("/tilejson/vector.json"), None), session)


@pytest.mark.parametrize("document, expected", [
    (None, "HTTP 404"),
    ({"tilejson": "2.2.0", "tiles": [], "bounds": [0, 0, 1, 1]}, "lists no tile URL"),
], ids=["missing", "no-tiles"])
def test_bad_tilejson_gives_a_readable_error(tile_server, session, document, expected):
    if document is not None:
        tile_server.tilejson["broken"] = document
    with pytest.raises(TileJsonError, match=expected):
        resolve_tiles(TileService(None, tile_server.url("/tilejson/broken.json")), session)


def test_tilejson_without_bounds_still_gives_tiles(tile_server, session):
    tile_server.tilejson["nobounds"] = {"tiles": [tile_server.url("/vt/{z}/{x}/{y}.vector.pbf")]}
    resolved = resolve_tiles(TileService(None, tile_server.url("/tilejson/nobounds.json")), session)
    assert resolved.bounds is None


def test_unreachable_tile_server_is_a_readable_error(session):
    with pytest.raises(TileJsonError, match="Cannot reach the tile server at 127.0.0.1:9"):
        fetch_tilejson(session, "http://127.0.0.1:9/tiles.json", timeout=2)


def test_tile_layers_survive_a_project_save_and_reload(tile_server, tmp_path):
    url = tile_server.url("/img/{z}/{x}/{y}.png?a=1&b=2")
    project = QgsProject()
    raster = make_raster_tile_layer("imagery", ResolvedTiles(url, BOUNDS))
    vector, _ = make_vector_tile_layer("tiles", ResolvedTiles(url.replace("/img/", "/vt/"), BOUNDS),
                                       "default_tiles")
    project.addMapLayers([raster, vector])
    assert project.write(str(tmp_path / "tiles.qgs"))

    reloaded = QgsProject()
    assert reloaded.read(str(tmp_path / "tiles.qgs"))
    by_name = {layer.name(): layer for layer in reloaded.mapLayers().values()}
    assert source_url(by_name["imagery"]) == url
    assert source_url(by_name["tiles"]) == url.replace("/img/", "/vt/")
