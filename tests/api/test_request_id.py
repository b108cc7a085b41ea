"""The server's request id reaches the error and the copyable report (the sandbox sends ``X-Request-Id`` on every
answer, as services behind a gateway do); what cannot be an id is ignored."""
from __future__ import annotations

import re
import uuid

import pytest
import requests

from mapflow_processing.api import MapflowClient, NotFoundError, RetryPolicy
from mapflow_processing.api.errors import error_from_response, request_id_from
from mapflow_processing.api.http import Headers
from mapflow_processing.core.errors import error_report

ID = re.compile(r"[0-9a-f]{32}")


def test_a_server_error_carries_the_request_id_into_the_report(sandbox_server):
    client = MapflowClient(sandbox_server.base_url, sandbox_server.token, retry=RetryPolicy(attempts=1))
    try:
        with pytest.raises(NotFoundError) as caught:
            client.get_processing(str(uuid.uuid4()))
    finally:
        client.close()
    error = caught.value
    assert ID.fullmatch(error.request_id or "")
    report = error_report(str(error), context="Opening a processing", error=error,
                          server_url=sandbox_server.base_url).text
    assert f"Request id: {error.request_id}" in report and "HTTP status: 404" in report


def test_each_answer_has_its_own_id_and_a_client_id_is_kept(sandbox_server):
    url = f"{sandbox_server.base_url}/version"
    first, second = (requests.get(url, timeout=10).headers["X-Request-Id"] for _ in range(2))
    assert ID.fullmatch(first) and ID.fullmatch(second) and first != second
    sent = requests.get(url, headers={"X-Request-Id": "support-case-42"}, timeout=10)
    assert sent.headers["X-Request-Id"] == "support-case-42"


def test_request_id_headers_are_read_case_insensitively_and_checked():
    assert request_id_from(Headers({"x-request-id": "abc-123"})) == "abc-123"
    assert request_id_from(Headers({"X-Correlation-Id": "corr.7"})) == "corr.7"
    assert request_id_from(Headers({"X-Request-Id": "two words\r\nInjected: x"})) is None
    assert request_id_from(Headers({"X-Request-Id": "x" * 500})) is None
    assert request_id_from(Headers({})) is None and request_id_from(None) is None
    assert error_from_response(500, "", request_id="r-1").request_id == "r-1"
    assert error_from_response(404, "").request_id is None
