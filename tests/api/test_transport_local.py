"""Transport behaviour over real HTTP against a local scripted server: headers, retries, timeouts, errors."""
from __future__ import annotations

import json
import socket

import pytest
import requests

from mapflow_processing.api import (ConnectionFailed, IncompleteResponseError, MapflowClient, RateLimitedError,
                                    ResponseFormatError, RetryPolicy, ServerError, Timeout, Timeouts)
from mapflow_processing.api.errors import InvalidRequestError
from mapflow_processing.api.models import CostRequest, DataProviderSource, ProcessingRequest
from mapflow_processing.api.transport import parse_retry_after
from tests.api.conftest import TEST_TOKEN
from tests.api.local_server import Reply

SQUARE = {"type": "Polygon", "coordinates": [[[0, 0], [0.01, 0], [0.01, 0.01], [0, 0.01], [0, 0]]]}
PROJECT = json.dumps({"id": "p1", "name": "Default", "isDefault": True}).encode()
PROCESSING = json.dumps({"id": "x1", "name": "n", "status": "IN_PROGRESS"}).encode()


def test_headers_on_every_request(local_server, local_client):
    local_server.route("GET", "/rest/projects/default", Reply(body=PROJECT))
    local_server.route("GET", "/rest/version", Reply(body=b"3.6.0\n", headers={"Content-Type": "text/plain"}))
    assert local_client.default_project().is_default
    assert local_client.server_version() == "3.6.0"
    authed, version = local_server.requests
    assert authed.headers["Authorization"] == f"Basic {TEST_TOKEN}"
    assert authed.headers["User-Agent"] == "mapflow-processing-qgis/9.8.7"
    assert authed.headers["x-plugin-version"] == "9.8.7"
    assert "Authorization" not in version.headers  # /version is called before login, without auth


def test_text_answers_without_charset_are_utf8(local_server, local_client):
    csv_text = "name,scenario\nfirst,🏠 Buildings\n"
    local_server.route("POST", "/rest/processings/stats", Reply(body=csv_text.encode(),
                                                                headers={"Content-Type": "text/csv"}))
    assert local_client.processing_stats_csv() == csv_text
    assert local_server.requests[0].path == "/rest/processings/stats?type=CSV"


def test_json_body_is_sent_as_json(local_server, local_client):
    local_server.route("POST", "/rest/processings/v2", Reply(body=PROCESSING))
    request = ProcessingRequest(geometry=SQUARE, source=DataProviderSource("Sandbox_Demo", 18), wd_id="w")
    local_client.create_processing(request)
    sent = local_server.requests[0]
    assert sent.headers["Content-Type"] == "application/json"
    assert json.loads(sent.body) == request.to_json()


def test_get_is_retried_on_503_then_succeeds(local_server, local_client, sleeps):
    local_server.route("GET", "/rest/projects/default", Reply(503), Reply(502), Reply(body=PROJECT))
    assert local_client.default_project().id == "p1"
    assert local_server.count("GET", "/rest/projects/default") == 3
    # exponential backoff with ±25 % jitter: about 0.5 s, then about 1 s
    assert len(sleeps.pauses) == 2
    assert 0.375 <= sleeps.pauses[0] <= 0.625 and 0.75 <= sleeps.pauses[1] <= 1.25


def test_retry_after_is_honoured_and_capped(local_server, sleeps):
    client = MapflowClient(local_server.url + "/rest", TEST_TOKEN, sleep=sleeps,
                           retry=RetryPolicy(attempts=3, max_retry_after=5))
    local_server.route("GET", "/rest/user/status", Reply(429, headers={"Retry-After": "2"}),
                       Reply(429, headers={"Retry-After": "120"}), Reply(body=b'{"email":"a@b.c"}'))
    assert client.user_status().email == "a@b.c"
    assert sleeps.pauses == [2.0, 5.0]


def test_rate_limit_gives_up_with_retry_after(local_server, local_client, sleeps):
    local_server.route("GET", "/rest/user/status", Reply(429, headers={"Retry-After": "3"}))
    with pytest.raises(RateLimitedError) as caught:
        local_client.user_status()
    assert caught.value.retry_after == 3 and "3 s" in str(caught.value)
    assert local_server.count("GET", "/rest/user/status") == 4 and sleeps.pauses == [3.0, 3.0, 3.0]


def test_create_is_never_retried(local_server, local_client, sleeps):
    local_server.route("POST", "/rest/processings/v2", Reply(503), Reply(body=PROCESSING))
    request = ProcessingRequest(geometry=SQUARE, source=DataProviderSource("Sandbox_Demo"), wd_id="w")
    with pytest.raises(ServerError):
        local_client.create_processing(request)
    local_server.route("POST", "/rest/projects", Reply(500))
    with pytest.raises(ServerError):
        local_client.create_project("New")
    assert local_server.count("POST", "/rest/processings/v2") == 1
    assert local_server.count("POST", "/rest/projects") == 1 and sleeps.pauses == []


def test_read_only_posts_are_retried(local_server, local_client):
    local_server.route("POST", "/rest/processing/cost/v2", Reply(504), Reply(body=b"150"))
    assert local_client.processing_cost(CostRequest(wd_id="w", area_sq_km=1)) == 150
    local_server.route("POST", "/rest/projects/default/processings/v2/page", Reply(503),
                       Reply(body=b'{"results":[],"total":0,"count":0}'))
    assert local_client.processings_page("default").total == 0
    assert local_server.count("POST", "/rest/processing/cost/v2") == 2


@pytest.mark.parametrize("body, expected", [(b"150", 150), (b"150.0", 150), (b'"150"', 150), (b'{"cost": 7}', 7)])
def test_cost_accepts_a_bare_integer_in_its_variants(local_server, local_client, body, expected):
    local_server.route("POST", "/rest/processing/cost/v2", Reply(body=body))
    assert local_client.processing_cost(CostRequest(wd_id="w", area_sq_km=1)) == expected


def test_non_json_success_body_is_a_format_error(local_server, local_client):
    local_server.route("GET", "/rest/user/status", Reply(body=b"<html>login page</html>"))
    with pytest.raises(ResponseFormatError, match="expected JSON from /rest/user/status"):
        local_client.user_status()
    local_server.route("POST", "/rest/processing/cost/v2", Reply(body=b'"cheap"'))
    with pytest.raises(ResponseFormatError, match="cost is not a number"):
        local_client.processing_cost(CostRequest(wd_id="w", area_sq_km=1))


def test_cut_short_answer_is_retried_when_repeatable(local_server, local_client, sleeps):
    whole = json.dumps([{"id": f"p{i}", "name": "Project"} for i in range(50)]).encode()
    local_server.route("GET", "/rest/projects", Reply(body=whole[:100], announce_length=len(whole)),
                       Reply(body=whole))
    assert len(local_client.list_projects()) == 50 and len(sleeps.pauses) == 1
    local_server.route("GET", "/rest/projects", Reply(body=whole[:100], announce_length=len(whole)))
    with pytest.raises(IncompleteResponseError) as caught:
        local_client.list_projects()
    assert f"received 100 of {len(whole)} bytes" in str(caught.value) and "was cut short" in str(caught.value)


def test_cut_short_answer_to_a_create_is_not_retried(local_server, local_client, sleeps):
    local_server.route("POST", "/rest/processings/v2", Reply(body=PROCESSING[:10], announce_length=len(PROCESSING)))
    request = ProcessingRequest(geometry=SQUARE, source=DataProviderSource("Sandbox_Demo"), wd_id="w")
    with pytest.raises(IncompleteResponseError):
        local_client.create_processing(request)
    assert local_server.count("POST", "/rest/processings/v2") == 1 and sleeps.pauses == []


def test_read_timeout_is_inactivity_not_total_time(local_server):
    client = MapflowClient(local_server.url + "/rest", TEST_TOKEN, retry=RetryPolicy.disabled(),
                           timeouts=Timeouts(read=0.6))
    # 10 chunks, 0.2 s apart: 2 s in total, never 0.6 s of silence, so it completes
    items = [{"id": f"p{i}", "name": "x" * 20} for i in range(40)]
    body = json.dumps(items).encode()
    local_server.route("GET", "/rest/projects", Reply(body=body, drip=(len(body) // 10 + 1, 0.2)))
    assert len(client.list_projects()) == 40
    local_server.route("GET", "/rest/projects", Reply(body=b"[]", delay=1.5))
    with pytest.raises(Timeout) as caught:
        client.list_projects()
    assert "did not answer within 0.6 s (waiting for the answer)" in str(caught.value)


def test_connection_refused_is_retried_then_reported(sleeps):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    client = MapflowClient(f"http://127.0.0.1:{port}/rest", TEST_TOKEN, sleep=sleeps)
    with pytest.raises(ConnectionFailed) as caught:
        client.user_status()
    assert f"127.0.0.1:{port}" in str(caught.value) and "connection refused" in str(caught.value)
    assert len(sleeps.pauses) == 3  # 4 attempts in all


def test_connect_timeout_is_reported_as_such():
    # a listening socket whose accept queue is full: further connection attempts hang until the connect timeout
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(0)
        port = listener.getsockname()[1]
        fillers = []
        for _ in range(3):
            filler = socket.socket()
            filler.setblocking(False)
            filler.connect_ex(("127.0.0.1", port))
            fillers.append(filler)
        client = MapflowClient(f"http://127.0.0.1:{port}/rest", TEST_TOKEN, retry=RetryPolicy.disabled(),
                               timeouts=Timeouts(connect=0.4, read=5))
        try:
            with pytest.raises(Timeout) as caught:
                client.user_status()
        finally:
            for filler in fillers:
                filler.close()
    assert "did not answer within 0.4 s (connecting)" in str(caught.value)


@pytest.mark.parametrize("url", ["", "api.mapflow.ai/rest", "ftp://x/rest", "http://"])
def test_bad_base_url_is_a_clear_error(url):
    with pytest.raises(InvalidRequestError, match="must start with http"):
        MapflowClient(url, TEST_TOKEN)


def test_ids_are_path_encoded_and_empty_ids_rejected(local_server, local_client):
    local_server.route("GET", "/rest/processings/a%2Fb%20c/v2", Reply(body=PROCESSING))
    assert local_client.get_processing("a/b c").id == "x1"
    with pytest.raises(InvalidRequestError, match="processing id is empty"):
        local_client.get_processing("  ")
    assert local_server.count("GET", "/rest/processings/a%2Fb%20c/v2") == 1


def test_retry_after_parsing():
    from datetime import datetime, timezone
    now = datetime(2024, 1, 1, 12, 0, 0, tzinfo=timezone.utc)
    assert parse_retry_after("5", now) == 5.0
    assert parse_retry_after("Mon, 01 Jan 2024 12:00:30 GMT", now) == 30.0
    assert parse_retry_after("Mon, 01 Jan 2024 11:00:00 GMT", now) == 0.0
    assert parse_retry_after("soon", now) is None and parse_retry_after(None) is None


def test_close_leaves_a_session_passed_in_open(local_server):
    class CountingSession(requests.Session):
        closed = 0

        def close(self):
            CountingSession.closed += 1
            super().close()

    shared = CountingSession()
    local_server.route("GET", "/rest/projects/default", Reply(body=PROJECT))
    with MapflowClient(local_server.url + "/rest", TEST_TOKEN, session=shared) as client:
        assert client.default_project().id == "p1" and client.session is shared
    assert CountingSession.closed == 0  # the owner of the session closes it
