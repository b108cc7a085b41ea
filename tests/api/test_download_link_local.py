"""Image downloads follow a signed link without the Mapflow credentials (the link may point at another host, e.g.
object storage); absolute URLs never carry the token to a foreign origin. Against a local scripted server."""
from __future__ import annotations

import json

import pytest

from mapflow_processing.api import IncompleteDownloadError
from tests.api.local_server import Reply

IMAGE = b"II*\x00" + bytes(range(256)) * 64


def link(server, host: str) -> Reply:
    port = server.httpd.server_address[1]
    body = {"download_url": f"http://{host}:{port}/bucket/x.tif?X-Signature=abc", "filename": "x.tif",
            "expires_in": 60}
    return Reply(body=json.dumps(body).encode())


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1"])
def test_the_link_is_fetched_without_credentials(local_server, local_client, tmp_path, host):
    local_server.route("GET", "/rest/rasters/image/img-1/download", link(local_server, host))
    local_server.route("GET", "/bucket/x.tif", Reply(body=IMAGE, headers={"Content-Type": "image/tiff"}))
    saved = local_client.download_image("img-1", tmp_path)
    assert saved == tmp_path / "x.tif" and saved.read_bytes() == IMAGE
    asked, fetched = local_server.requests
    assert asked.headers["Authorization"].startswith("Basic ")
    assert "Authorization" not in fetched.headers and fetched.path == "/bucket/x.tif?X-Signature=abc"


def test_absolute_urls_carry_the_token_only_to_the_mapflow_origin(local_server, local_client):
    port = local_server.httpd.server_address[1]
    local_server.route("GET", "/elsewhere", Reply(body=b"{}"))
    local_client._transport.json("GET", f"http://localhost:{port}/elsewhere")
    local_client._transport.json("GET", f"http://127.0.0.1:{port}/elsewhere")
    foreign, own = local_server.requests
    assert "Authorization" not in foreign.headers and own.headers["Authorization"].startswith("Basic ")


def test_a_cut_off_download_leaves_no_file(local_server, local_client, tmp_path):
    local_server.route("GET", "/rest/rasters/image/img-2/download", link(local_server, "localhost"))
    local_server.route("GET", "/bucket/x.tif", Reply(body=IMAGE[:100], announce_length=len(IMAGE)))
    with pytest.raises(IncompleteDownloadError):
        local_client.download_image("img-2", tmp_path / "x.tif")
    assert list(tmp_path.iterdir()) == []
