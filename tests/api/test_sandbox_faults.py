"""Reliability against the sandbox's fault injection: retries, no retried creates, truncation, cancel, timeouts."""
from __future__ import annotations

import pytest
import requests

from mapflow_processing.api import (Cancelled, IncompleteDownloadError, MapflowClient, RetryPolicy, ServerError,
                                    Timeout, Timeouts)
from mapflow_processing.api.models import DataProviderSource, ProcessingRequest
from tests.api.conftest import SleepRecorder
from tests.api.sandbox_helpers import clear_faults, set_faults, small_aoi, wait_until_terminal


def active_rules(server) -> list:
    admin = (server.data_dir / "admin-token.txt").read_text().strip()
    response = requests.get(f"{server.root_url}/admin/faults", headers={"X-Sandbox-Admin": admin}, timeout=10)
    return response.json()["rules"]


@pytest.fixture()
def sleeps() -> SleepRecorder:
    return SleepRecorder()


@pytest.fixture()
def faulty(fresh_sandbox, sleeps) -> MapflowClient:
    """A client of a sandbox of its own; retry pauses are recorded instead of slept."""
    client = MapflowClient(fresh_sandbox.base_url, fresh_sandbox.token, sleep=sleeps,
                           retry=RetryPolicy(attempts=4, max_retry_after=10))
    yield client
    clear_faults(fresh_sandbox)
    client.close()


def finished_processing(client: MapflowClient, size_deg: float = 0.004):
    model = client.user_status().model("🏠 Buildings")
    request = ProcessingRequest.for_model(model, small_aoi(size_deg), DataProviderSource("Sandbox_Demo", 18))
    return wait_until_terminal(client, client.create_processing(request).id)


def test_get_is_retried_through_503s_and_a_reset(fresh_sandbox, faulty, sleeps):
    set_faults(fresh_sandbox, {"path": "/rest/user/status$", "method": "GET", "status": 503, "times": 2})
    assert faulty.user_status().email == faulty.email
    assert len(sleeps.pauses) == 2 and active_rules(fresh_sandbox) == []  # both faults were hit, then success
    set_faults(fresh_sandbox, {"path": "/rest/projects/default$", "method": "GET", "reset": True, "times": 1})
    assert faulty.default_project().is_default
    assert len(sleeps.pauses) == 3


def test_429_retry_after_is_honoured(fresh_sandbox, faulty, sleeps):
    set_faults(fresh_sandbox, {"path": "/rest/rasters/memory$", "status": 429, "retryAfter": 2, "times": 1})
    assert faulty.memory().memory_used is not None
    assert sleeps.pauses == [2.0]


def test_503_on_a_read_only_post_is_retried(fresh_sandbox, faulty, sleeps):
    set_faults(fresh_sandbox, {"path": "/rest/processing/cost/v2$", "method": "POST", "status": 503, "times": 1})
    model = faulty.user_status().model("🚗 Roads")
    request = ProcessingRequest.for_model(model, small_aoi(), DataProviderSource("Sandbox_Demo", 18))
    assert faulty.processing_cost(request) > 0 and len(sleeps.pauses) == 1


def test_create_is_not_retried(fresh_sandbox, faulty, sleeps):
    model = faulty.user_status().model("🚗 Roads")
    request = ProcessingRequest.for_model(model, small_aoi(), DataProviderSource("Sandbox_Demo", 18), name="once")
    set_faults(fresh_sandbox, {"path": "/rest/processings/v2$", "method": "POST", "status": 503, "times": 1})
    with pytest.raises(ServerError) as caught:
        faulty.create_processing(request)
    assert caught.value.status == 503 and sleeps.pauses == []
    assert faulty.list_processings() == []  # a retry would have created it (the fault fired only once)
    faulty.create_processing(request)  # the caller decides to try again
    assert [p.name for p in faulty.list_processings()] == ["once"]


def test_truncated_result_is_reported_and_leaves_no_file(fresh_sandbox, faulty, tmp_path):
    tmp_path = tmp_path / "downloads"  # the sandbox's data dir is inside the test's tmp_path too
    processing = finished_processing(faulty)
    set_faults(fresh_sandbox, {"path": f"/rest/processings/{processing.id}/result$", "truncate": True, "times": 1})
    with pytest.raises(IncompleteDownloadError) as caught:
        faulty.download_result(processing.id, tmp_path / "result.geojson")
    assert "cut short" in str(caught.value) and "No file was written" in str(caught.value)
    assert list(tmp_path.iterdir()) == []
    assert faulty.download_result(processing.id, tmp_path / "result.geojson").stat().st_size > 0


def test_cancel_mid_download_leaves_no_partial_file(fresh_sandbox, faulty, tmp_path):
    tmp_path = tmp_path / "downloads"
    processing = finished_processing(faulty, size_deg=0.01)  # about 100 kB of GeoJSON: more than one chunk
    received = []

    def cancel_once_data_arrived() -> bool:
        return bool(received)

    with pytest.raises(Cancelled):
        faulty.download_result(processing.id, tmp_path / "result.geojson", is_cancelled=cancel_once_data_arrived,
                               progress=lambda done, total: received.append(done))
    assert received  # some data had been written to the temporary file when the cancel came
    assert list(tmp_path.iterdir()) == []
    complete = faulty.download_result(processing.id, tmp_path / "result.geojson")
    assert complete.stat().st_size > received[-1]


def test_slow_server_hits_the_read_timeout(fresh_sandbox, tmp_path):
    impatient = MapflowClient(fresh_sandbox.base_url, fresh_sandbox.token, retry=RetryPolicy.disabled(),
                              timeouts=Timeouts(read=2.0))
    # margins wide enough for a busy machine: the server holds the first answer 6 s, the client waits 2 s
    set_faults(fresh_sandbox, {"path": "/rest/user/status$", "latency": 6.0, "times": 1})
    with pytest.raises(Timeout, match=r"within 2 s \(waiting for the answer\)"):
        impatient.user_status()
    assert impatient.user_status().email == impatient.email  # the next call is fine
