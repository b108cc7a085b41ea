"""The token and its decoded secret never appear in logs, reprs or exception texts."""
from __future__ import annotations

import logging
import socket
import traceback

import pytest

from mapflow_processing.api import MapflowClient, MapflowError, RetryPolicy, Timeouts
from mapflow_processing.api.models import CostRequest
from tests.api.conftest import TEST_SECRET, TEST_TOKEN
from tests.api.local_server import Reply


def assert_clean(text: str) -> None:
    assert TEST_TOKEN not in text
    assert TEST_TOKEN.rstrip("=") not in text
    assert TEST_SECRET not in text


def provoke(call) -> MapflowError:
    with pytest.raises(MapflowError) as caught:
        call()
    return caught.value


def test_no_secret_in_errors_reprs_or_logs(local_server, caplog, tmp_path):
    caplog.set_level(logging.DEBUG)  # every logger, urllib3's included
    # the server echoes the credentials back in its error texts: they must be masked before use
    local_server.route("GET", "/rest/user/status",
                       Reply(401, f'{{"message":"bad token {TEST_TOKEN} for {TEST_SECRET}"}}'.encode()))
    local_server.route("GET", "/rest/projects/default",
                       Reply(500, f"<html>{TEST_TOKEN}</html>".encode(), headers={"Content-Type": "text/html"}))
    local_server.route("POST", "/rest/processing/cost/v2",
                       Reply(400, f'{{"code":"BAD_REQUEST","message":"echo {TEST_SECRET}"}}'.encode()))
    local_server.route("GET", "/rest/projects", Reply(body=f"not json {TEST_TOKEN}".encode()))
    local_server.route("GET", "/rest/rasters/memory", Reply(body=b"{}", delay=1.0))
    client = MapflowClient(local_server.url + "/rest", TEST_TOKEN, retry=RetryPolicy(attempts=2, backoff=0.01),
                           timeouts=Timeouts(read=0.3))
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    unreachable = MapflowClient(f"http://127.0.0.1:{closed_port}/rest", TEST_TOKEN,
                                retry=RetryPolicy(attempts=2, backoff=0.01))

    provoked = [
        provoke(client.user_status),
        provoke(client.default_project),
        provoke(lambda: client.processing_cost(CostRequest(wd_id="w", area_sq_km=1))),
        provoke(client.list_projects),
        provoke(client.memory),
        provoke(unreachable.user_status),
        provoke(lambda: client.upload_image("m", tmp_path / "missing.tif")),
    ]
    kinds = [type(e).__name__ for e in provoked]
    assert kinds == ["AuthenticationError", "ServerError", "BadRequestError", "ResponseFormatError", "Timeout",
                     "ConnectionFailed", "InvalidRequestError"]
    assert "***" in provoked[2].message  # the echoed secret was masked, the rest of the text kept
    for error in provoked:
        assert_clean(str(error))
        assert_clean(repr(error))
        assert_clean(repr(error.__dict__))
        assert_clean("".join(traceback.format_exception(type(error), error, error.__traceback__)))
    for obj in (client, unreachable, client._transport):
        assert_clean(repr(obj))
        assert_clean(str(obj))
    logged = "\n".join(f"{r.name}: {r.getMessage()}" for r in caplog.records)
    assert "mapflow_processing.api" in logged  # the client did log, so the check below means something
    assert_clean(logged)
    assert_clean(caplog.text)


def test_bearer_tokens_are_masked_too(local_server, caplog):
    caplog.set_level(logging.DEBUG)
    opaque = "eyJhbGciOi.opaque-oauth-access-token.signature"
    local_server.route("GET", "/rest/user/status", Reply(403, f'{{"message":"{opaque} may not"}}'.encode()))
    client = MapflowClient(local_server.url + "/rest", opaque, auth_scheme="Bearer")
    error = provoke(client.user_status)
    assert local_server.requests[0].headers["Authorization"] == f"Bearer {opaque}"
    assert opaque not in str(error) and opaque not in (error.message or "") and opaque not in caplog.text
