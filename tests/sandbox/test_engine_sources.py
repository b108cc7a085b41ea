"""Every imagery source against a real HTTP tile server (XYZ, TMS, Quadkey, WMS, basic auth, failures) and real
GeoTIFFs written with GDAL."""
from __future__ import annotations

import json
import socket

import numpy as np
import pytest
from osgeo import gdal, osr
from shapely.geometry import shape

from sandbox.engine import SourceSpec, StageError
from sandbox.engine.demo.render import render_window
from sandbox.engine.evaluation import object_f1, truth_for
from sandbox.engine.geo import Window, lonlat_to_merc
from sandbox.engine.raster_io import read_imagery
from tests.sandbox.test_engine_support import TileServer, make_job, run, square

PLACE = (37.612, 55.748)
AOI = square(*PLACE, 120)


@pytest.fixture(scope="module")
def tiles():
    server = TileServer()
    yield server
    server.close()


@pytest.fixture(scope="module")
def demo_imagery(tmp_path_factory):
    work = tmp_path_factory.mktemp("demo-source")
    output, _ = run(make_job(work, AOI, source=SourceSpec("demo", zoom=18)))
    return read_imagery(output.raster_path)


@pytest.mark.parametrize("kind, path", [
    ("xyz", "/xyz/{z}/{x}/{y}.png"),
    ("tms", "/tms/{z}/{x}/{y}.png"),
    ("xyz", "/tms/{z}/{x}/{-y}.png"),  # "{-y}" in an XYZ template flips rows too
    ("quadkey", "/qk/{q}.png"),
    ("wms", "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=demo&FORMAT=image/png"),
])
def test_url_sources_give_the_same_pixels_as_the_demo_provider(tiles, demo_imagery, tmp_path, kind, path):
    output, recorder = run(make_job(tmp_path, AOI, source=SourceSpec(kind, url=tiles.url + path, zoom=18)))
    imagery = read_imagery(output.raster_path)
    assert imagery.window == demo_imagery.window
    assert imagery.valid.all()
    assert np.array_equal(imagery.rgb, demo_imagery.rgb)
    assert output.feature_count > 0
    fetch_reports = [f for f, stage in recorder.reports if stage == "fetch"]
    assert len(fetch_reports) >= 4, "progress rises tile by tile"


def test_world_mercator_services_are_warped_onto_web_mercator(tiles, tmp_path):
    """EPSG:3395 rows sit at other latitudes than EPSG:3857 rows (~40 km apart here): only a fetch that honours
    the CRS finds the buildings where the ground truth has them."""
    aoi = square(37.554, 55.70, 200)
    actual = truth_for(shape(aoi), "buildings")
    actual["features"] = [f for f in actual["features"] if f["properties"]["area"] >= 20]
    scores = {}
    for crs in ("EPSG:3395", "EPSG:3857"):
        source = SourceSpec("xyz", url=tiles.url + "/wm/{z}/{x}/{y}.png", zoom=18, crs=crs)
        output, _ = run(make_job(tmp_path / crs.replace(":", ""), aoi, source=source))
        scores[crs] = object_f1(json.loads(output.result_path.read_text()), actual).f1
    assert scores["EPSG:3395"] >= 0.9 and scores["EPSG:3857"] < 0.3, scores


def test_other_tile_crs_are_refused(tiles, tmp_path):
    with pytest.raises(StageError) as failure:
        run(make_job(tmp_path, AOI, source=SourceSpec("xyz", url=tiles.url + "/xyz/{z}/{x}/{y}.png", zoom=18,
                                                      crs="EPSG:4326")))
    assert failure.value.code == "dataloader.CrsIsNotSupported"


def test_basic_auth_is_sent_and_a_refusal_is_reported(tmp_path):
    server = TileServer(login="ann", password="s3cret")
    try:
        url = server.url + "/xyz/{z}/{x}/{y}.png"
        with pytest.raises(StageError) as refused:
            run(make_job(tmp_path / "no-auth", AOI, source=SourceSpec("xyz", url=url, zoom=18)))
        assert refused.value.code == "dataloader.TileNotLoaded"
        assert refused.value.parameters["status"] == "401"
        output, _ = run(make_job(tmp_path / "auth", AOI, source=SourceSpec("xyz", url=url, zoom=18, login="ann",
                                                                          password="s3cret")))
        assert output.feature_count > 0
    finally:
        server.close()


@pytest.mark.parametrize("path, code, parameters", [
    ("/missing/{z}/{x}/{y}.png", "dataloader.TileNotLoaded", {"status": "404"}),
    ("/garbage/{z}/{x}/{y}.png", "dataloader.TileNotReadable", {}),
    ("/empty/{z}/{x}/{y}.png", "dataloader.NoDataTile", {}),
    ("/clear/{z}/{x}/{y}.png", "dataloader.NoDataTile", {}),
])
def test_broken_tile_services_fail_with_documented_codes(tiles, tmp_path, path, code, parameters):
    with pytest.raises(StageError) as failure:
        run(make_job(tmp_path, AOI, source=SourceSpec("xyz", url=tiles.url + path, zoom=18)))
    assert failure.value.code == code
    assert failure.value.stage == "fetch"
    assert failure.value.parameters["level"] == "error"
    for key, value in parameters.items():
        assert failure.value.parameters[key] == value
    if code != "dataloader.NoDataTile":
        assert "tile_location" in failure.value.parameters


def test_transient_server_errors_are_retried(tiles, tmp_path):
    output, _ = run(make_job(tmp_path, AOI, source=SourceSpec("xyz", url=tiles.url + "/flaky/{z}/{x}/{y}.png",
                                                              zoom=18)))
    assert output.feature_count > 0


def test_an_unreachable_server_is_reported(tmp_path):
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(StageError) as failure:
        run(make_job(tmp_path, AOI, source=SourceSpec("xyz", url=f"http://127.0.0.1:{port}/{{z}}/{{x}}/{{y}}.png",
                                                      zoom=18)))
    assert failure.value.code == "dataloader.TileNotLoaded"
    assert failure.value.parameters["status"] == "unreachable"


# ---- GeoTIFF -------------------------------------------------------------------------------------------------
def write_geotiff(path, lon, lat, metres, pixel_m, epsg=3857, bands=3, dtype=gdal.GDT_Byte, alpha=False):
    """Demo imagery of a square around lon/lat with ``pixel_m`` ground pixels, written by GDAL in a projected CRS
    (warped from an EPSG:3857 render)."""
    cx, cy = lonlat_to_merc(lon, lat)
    scale = float(np.cos(np.radians(lat)))
    half = metres / 2 / scale
    size = int(round(metres / pixel_m))
    window = Window(float(cx) - half, float(cy) - half, float(cx) + half, float(cy) + half, size, size)
    rgb = render_window(window)
    mem = gdal.GetDriverByName("MEM").Create("", size, size, 3, gdal.GDT_Byte)
    mem.SetGeoTransform(window.geotransform)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3857)
    mem.SetProjection(srs.ExportToWkt())
    for i in range(3):
        mem.GetRasterBand(i + 1).WriteArray(rgb[:, :, i])
    target = osr.SpatialReference()
    target.ImportFromEPSG(epsg)
    res = pixel_m / scale if epsg == 3857 else pixel_m  # Mercator metres are longer than ground metres
    warped = gdal.Warp("", mem, format="MEM", dstSRS=target.ExportToWkt(), xRes=res, yRes=res, resampleAlg="near")
    count = bands + (1 if alpha else 0)
    out = gdal.GetDriverByName("GTiff").Create(str(path), warped.RasterXSize, warped.RasterYSize, count, dtype)
    out.SetGeoTransform(warped.GetGeoTransform())
    out.SetProjection(warped.GetProjection())
    for i in range(bands):
        data = warped.GetRasterBand(min(i, 2) + 1).ReadAsArray().astype(np.float64)
        if dtype == gdal.GDT_UInt16:
            data = data * 40 + 1000
        out.GetRasterBand(i + 1).WriteArray(data)
    if alpha:
        out.GetRasterBand(count).WriteArray(np.full((warped.RasterYSize, warped.RasterXSize), 255))
        out.GetRasterBand(count).SetColorInterpretation(gdal.GCI_AlphaBand)
    out.FlushCache()
    return path


@pytest.mark.parametrize("epsg, options", [
    (3857, {}),
    (32637, {}),  # UTM 37N, where the place lies
    (32637, {"dtype": gdal.GDT_UInt16}),
    (3857, {"alpha": True}),
])
def test_geotiffs_are_read_in_their_own_crs(tmp_path, epsg, options):
    tif = write_geotiff(tmp_path / "upload.tif", PLACE[0] + 0.001, PLACE[1] + 0.0005, 300, 0.5, epsg, **options)
    output, _ = run(make_job(tmp_path / "work", AOI, source=SourceSpec("geotiff", file_paths=[str(tif)])))
    imagery = read_imagery(output.raster_path)
    assert imagery.valid.mean() > 0.99
    assert abs(imagery.ground_resolution - 0.5) < 0.03, "the image's own pixel size is kept"
    actual = truth_for(shape(AOI), "buildings")
    actual["features"] = [f for f in actual["features"] if f["properties"]["area"] >= 20]
    score = object_f1(json.loads(output.result_path.read_text()), actual)
    assert score.actual >= 2 and score.f1 >= 0.8, (score.precision, score.recall, score.actual)


def test_geotiff_band_count_and_pixel_size_are_checked(tmp_path):
    two_bands = write_geotiff(tmp_path / "two.tif", *PLACE, 200, 0.5, bands=2)
    with pytest.raises(StageError) as failure:
        run(make_job(tmp_path / "a", AOI, source=SourceSpec("geotiff", file_paths=[str(two_bands)])))
    assert failure.value.code == "source-validator.NChannelsNotAllowed"
    assert failure.value.parameters["real_nchannels"] == "2"

    coarse = write_geotiff(tmp_path / "coarse.tif", *PLACE, 400, 4.0)
    with pytest.raises(StageError) as failure:
        run(make_job(tmp_path / "b", AOI, source=SourceSpec("geotiff", file_paths=[str(coarse)])))
    assert failure.value.code == "source-validator.PixelSizeTooHigh"
    assert failure.value.parameters["max_res"] == "1.5" and float(failure.value.parameters["actual_res"]) > 3.5

    fine = write_geotiff(tmp_path / "fine.tif", *PLACE, 40, 0.1)
    with pytest.raises(StageError) as failure:
        run(make_job(tmp_path / "c", AOI, "construction", source=SourceSpec("geotiff", file_paths=[str(fine)])))
    assert failure.value.code == "source-validator.PixelSizeTooLow"
    assert failure.value.parameters["min_res"] == "0.5"


def test_unreadable_or_distant_geotiffs_fail_clearly(tmp_path):
    garbage = tmp_path / "garbage.tif"
    garbage.write_bytes(b"II*\x00 definitely not a tiff")
    with pytest.raises(StageError) as failure:
        run(make_job(tmp_path / "a", AOI, source=SourceSpec("geotiff", file_paths=[str(garbage)])))
    assert failure.value.code == "source-validator.ImageReadError"

    elsewhere = write_geotiff(tmp_path / "elsewhere.tif", 10.0, 50.0, 100, 0.5)
    with pytest.raises(StageError) as failure:
        run(make_job(tmp_path / "b", AOI, source=SourceSpec("geotiff", file_paths=[str(elsewhere)])))
    assert failure.value.code == "source-validator.NoDataInAOI"
