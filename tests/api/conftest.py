"""Fixtures of the api tier: a local scripted HTTP server, and clients of the sandbox."""
from __future__ import annotations

import pytest

from mapflow_processing.api import MapflowClient, RetryPolicy, token_from_credentials
from tests.api.local_server import LocalServer

TEST_TOKEN = token_from_credentials("tester@example.com", "Sup3rSecretValue-xyz")
TEST_SECRET = "Sup3rSecretValue-xyz"


class SleepRecorder:
    """Stands in for time.sleep so retry pauses are asserted without waiting them out."""

    def __init__(self) -> None:
        self.pauses: list = []

    def __call__(self, seconds: float) -> None:
        self.pauses.append(seconds)


@pytest.fixture()
def local_server():
    server = LocalServer()
    yield server
    server.close()


@pytest.fixture()
def sleeps() -> SleepRecorder:
    return SleepRecorder()


@pytest.fixture()
def local_client(local_server, sleeps) -> MapflowClient:
    client = MapflowClient(local_server.url + "/rest", TEST_TOKEN, plugin_version="9.8.7", sleep=sleeps)
    yield client
    client.close()


@pytest.fixture()
def client(sandbox_server) -> MapflowClient:
    """The demo account on the shared sandbox; retries without pauses longer than a second."""
    client = MapflowClient(sandbox_server.base_url, sandbox_server.token, plugin_version="0.1.0",
                           retry=RetryPolicy(attempts=3, backoff=0.05, max_retry_after=1.0))
    yield client
    client.close()


@pytest.fixture(scope="session")
def api_clock_server(tmp_path_factory):
    """A sandbox whose clock the api tests may move (OAuth2 expiry, image preprocessing); quick scripted partitions,
    a newer major /version, the password grant and auto-approval for headless sign-ins."""
    from tests.sandbox_fixture import start_sandbox

    server = start_sandbox(tmp_path_factory.mktemp("api-clock-data"),
                           "--engine", "tests.sandbox.scripted_engine:run_partition", "--image-ready-after", "600",
                           "--oauth-password-grant", "--oauth-auto-approve", "--api-version", "2.0.0")
    yield server
    server.stop()
