"""Bad input at the server, met by the real client (item 2 of the hardening brief).

The AOI corpus of tests/qgis/test_aoi_corpus.py covers files and geometries on the plugin side; here the server is
the last line: an AOI over the area limit, 10,000 parts, custom tile URLs that cannot work, files that are not
GeoTIFFs or are too big, and processing names that are 10,000 characters long or hold control characters. Each ends
in the documented code at the server and in a readable text at the client. A corrupted settings entry is covered by
tests/qgis/test_settings_store.py (fallback to the default, reported once, the value never echoed).
"""
from __future__ import annotations

import socket

import pytest
import requests

from mapflow_processing.api import (BadRequestError, MapflowClient, PayloadTooLargeError, ProcessingStatus,
                                    UserDefinedSource, describe_processing_message)
from mapflow_processing.api.models import SourceType
from tests.hardening.helpers import (assert_readable, demo_request, fast_client, image_count, make_geotiff, square,
                                     unique, wait_final)


@pytest.fixture(scope="module")
def client(sandbox_server) -> MapflowClient:
    with fast_client(sandbox_server, timeouts=None) as made:  # production timeouts: 10,000 parts take a while
        yield made


@pytest.fixture(scope="module")
def project_id(client) -> str:
    return client.create_project(unique("bad-input")).id


def _closed_port() -> int:
    """A loopback port nobody listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# --- AOI against the server's limits --------------------------------------------------------------------------
def test_huge_aoi_is_refused_as_too_large_with_both_areas_in_the_text(client, project_id, sandbox_server):
    huge = square(30.0, 50.0, size=2.0)  # about 200 km x 140 km, the demo account's limit is 100 km²
    with pytest.raises(BadRequestError) as caught:
        client.create_processing(demo_request(project_id, geometry=huge))
    error = caught.value
    assert error.status == 400 and error.code == "TOO_LARGE_PROCESSING"
    text = assert_readable(error, sandbox_server.token)
    assert "larger than your limit of 100 sq.km" in text
    assert float(error.params["area"]) > 20_000e6  # m², as the contract says
    assert client.processings_page(project_id).total == 0


def test_ten_thousand_parts_are_refused_by_the_aoi_count_limit(client, project_id, sandbox_server):
    parts = [square(37.0 + (i % 100) * 0.002, 55.0 + (i // 100) * 0.002, size=0.001)["coordinates"]
             for i in range(10_000)]
    geometry = {"type": "MultiPolygon", "coordinates": parts}
    with pytest.raises(BadRequestError) as caught:
        client.create_processing(demo_request(project_id, geometry=geometry))
    error = caught.value
    assert error.code == "TOO_MANY_AOIS"
    assert error.params == {"aoiCount": 10_000, "maxAoisPerProcessing": 10}
    assert "at most 10 AOIs, got 10000" in assert_readable(error, sandbox_server.token)


# --- custom tile URLs that cannot work ------------------------------------------------------------------------
BAD_TILE_URLS = {
    "xyz without placeholders": (SourceType.XYZ, "http://tiles.example.test/world.png",
                                 "source-validator.XYZLinkFormatError", "{x}, {y} and {z} placeholders"),
    "tms without placeholders": (SourceType.TMS, "https://tiles.example.test/{z}/tile.png",
                                 "source-validator.TMSLinkFormatError", "{x}"),
    "quadkey without {q}": (SourceType.QUADKEY, "https://tiles.example.test/{z}/{x}/{y}.png",
                            "source-validator.QuadkeyLinkFormatError", "{q} placeholder"),
    "ftp": (SourceType.XYZ, "ftp://tiles.example.test/{z}/{x}/{y}.png",
            "source-validator.UrlMustBeLink", "must start with http:// or https://"),
    "local file": (SourceType.XYZ, "file:///etc/{z}/{x}/{y}.png",
                   "source-validator.UrlMustBeLink", "must start with http:// or https://"),
}


@pytest.mark.parametrize("case", list(BAD_TILE_URLS))
def test_malformed_tile_url_fails_the_processing_with_the_documented_code(client, project_id, case):
    source_type, url, code, fragment = BAD_TILE_URLS[case]
    source = UserDefinedSource(url=url, source_type=source_type, zoom=18)
    created = client.create_processing(demo_request(project_id, name=case, source=source))
    processing = wait_final(client, created.id)
    assert processing.status is ProcessingStatus.FAILED
    assert [m.code for m in processing.messages] == [code]
    text = describe_processing_message(processing.messages[0].code, processing.messages[0].parameters)
    assert fragment in text and "reported an error" not in text  # a known code, told in words


def test_unreachable_tile_server_fails_with_tile_not_loaded(client, project_id):
    url = f"http://127.0.0.1:{_closed_port()}/{{z}}/{{x}}/{{y}}.png"
    created = client.create_processing(demo_request(project_id, name="unreachable",
                                                    source=UserDefinedSource(url=url, zoom=18)))
    processing = wait_final(client, created.id, timeout=90)
    assert processing.status is ProcessingStatus.FAILED
    (message,) = processing.messages
    assert message.code == "dataloader.TileNotLoaded"
    text = describe_processing_message(message.code, message.parameters)
    assert text.startswith("The imagery tile 18/") and "could not be loaded (server status unreachable)" in text
    aois = client.processing_aois(created.id)
    assert all(aoi.status is ProcessingStatus.FAILED for aoi in aois)


# --- uploads that are not GeoTIFFs or too big -------------------------------------------------------------------
@pytest.fixture(scope="module")
def uploader(sandbox_server):
    """A user whose files may be 2 MiB at most."""
    token = sandbox_server.cli("add-user", f"{unique('uploader')}@example.test",
                               "--max-upload-file-size", str(2 * 2**20)).strip().splitlines()[-1]
    with fast_client(sandbox_server, token=token, timeouts=None) as made:
        yield made, token


@pytest.mark.parametrize("content", [b"", b"just some text, not an image\n", b"\x89PNG\r\n\x1a\n" + b"\0" * 64,
                                     b"II*\0" + b"\xff" * 200])
def test_non_geotiff_upload_is_refused_readably(uploader, tmp_path, sandbox_server, content):
    client, token = uploader
    mosaic = client.create_mosaic(unique("not-tiff"))
    fake = tmp_path / "photo.tif"
    fake.write_bytes(content)
    with pytest.raises(BadRequestError) as caught:
        client.upload_image(mosaic.id, fake)
    assert caught.value.code == "FileOpenError"
    assert assert_readable(caught.value, token) == "The file cannot be opened as a GeoTIFF."
    assert image_count(sandbox_server, mosaic.id, token) == 0


def test_oversized_upload_is_refused_with_both_sizes(uploader, tmp_path, sandbox_server):
    client, token = uploader
    mosaic = client.create_mosaic(unique("too-big"))
    big = make_geotiff(tmp_path / "big.tif", width=1100, height=1000)  # over 3 MiB, uncompressed
    with pytest.raises(PayloadTooLargeError) as caught:
        client.upload_image(mosaic.id, big)
    assert caught.value.status == 413 and caught.value.code == "FileTooBig"
    size_mb = f"{big.stat().st_size / 2**20:.1f}"
    assert assert_readable(caught.value, token) == f"The file is too big: {size_mb} MB, the limit is 2 MB."
    assert image_count(sandbox_server, mosaic.id, token) == 0


def test_missing_file_is_refused_before_any_request(uploader, tmp_path):
    client, _ = uploader
    with pytest.raises(ValueError) as caught:
        client.upload_image("any-mosaic", tmp_path / "gone.tif")
    assert str(caught.value) == "Invalid request: the file gone.tif does not exist or is not a file"


# --- processing names ------------------------------------------------------------------------------------------
NAMES = {
    "10,000 characters": ("x" * 10_000, "10000 characters long; at most 255"),
    "line break": ("first line\nsecond line", "control characters"),
    "tab": ("name\twith a tab", "control characters"),
    "NUL": ("nul\x00inside", "control characters"),
    "escape sequence": ("\x1b[31mred\x1b[0m", "control characters"),
}


@pytest.mark.parametrize("case", list(NAMES))
def test_bad_processing_name_is_refused_at_the_server(sandbox_server, project_id, case):
    name, fragment = NAMES[case]
    body = {"name": name, "wdName": "🏠 Buildings", "projectId": project_id, "geometry": square(),
            "params": {"sourceParams": {"dataProvider": {"providerName": "Sandbox_Demo", "zoom": 18}}}}
    response = requests.post(f"{sandbox_server.base_url}/processings/v2", json=body, timeout=30,
                             headers={"Authorization": f"Basic {sandbox_server.token}"})
    assert response.status_code == 400, response.text[:200]
    assert response.json()["code"] == "BAD_REQUEST" and fragment in response.json()["message"]


@pytest.mark.parametrize("case", list(NAMES))
def test_bad_processing_name_reads_clearly_at_the_client_for_create_and_rename(client, project_id, sandbox_server,
                                                                              case):
    name, fragment = NAMES[case]
    before = client.processings_page(project_id).total
    with pytest.raises(BadRequestError) as caught:
        client.create_processing(demo_request(project_id, name=name))
    text = assert_readable(caught.value, sandbox_server.token)
    assert fragment in text and len(text) < 300  # the 10,000 characters are not echoed back
    assert client.processings_page(project_id).total == before

    existing = client.create_processing(demo_request(project_id, name="good name"))
    with pytest.raises(BadRequestError) as renamed:
        client.rename_processing(existing.id, name)
    assert fragment in assert_readable(renamed.value, sandbox_server.token)
    assert client.get_processing(existing.id).name == "good name"


def test_names_with_ordinary_unicode_and_255_characters_are_kept(client, project_id):
    for name in ("Здания — Казань 🏠 (ü, ß, 漢字)", "y" * 255, "  trimmed  "):
        created = client.create_processing(demo_request(project_id, name=name))
        assert client.get_processing(created.id).name == name.strip()
