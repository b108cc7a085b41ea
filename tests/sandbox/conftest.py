"""Fixtures of the sandbox server tests (the generic ones live in tests/sandbox_fixture.py)."""
from __future__ import annotations

import itertools
import uuid

import pytest

from tests.sandbox.helpers import SCRIPTED_ENGINE, Api, new_user
from tests.sandbox_fixture import start_sandbox

_counter = itertools.count()


@pytest.fixture(scope="session")
def scripted_server(tmp_path_factory):
    """A shared sandbox whose partitions run the scripted engine (tests/sandbox/scripted_engine.py)."""
    server = start_sandbox(tmp_path_factory.mktemp("scripted-data"), *SCRIPTED_ENGINE)
    yield server
    server.stop()


@pytest.fixture()
def demo_api(sandbox_server) -> Api:
    return Api(sandbox_server.base_url, sandbox_server.token)


def unique_email(prefix: str = "user") -> str:
    return f"{prefix}-{next(_counter)}-{uuid.uuid4().hex[:6]}@example.test"


@pytest.fixture()
def user_api(sandbox_server) -> Api:
    """A brand-new account (250 credits, default limits) on the shared sandbox."""
    return new_user(sandbox_server, unique_email())


@pytest.fixture()
def scripted_api(scripted_server) -> Api:
    return new_user(scripted_server, unique_email("scripted"), "--credits", "100000")


# Options of the server whose sandbox clock tests may move (review periods, OAuth2 expiry, image preprocessing).
CLOCK_SERVER_OPTIONS = (*SCRIPTED_ENGINE, "--image-ready-after", "600", "--oauth-password-grant",
                        "--oauth-auto-approve", "--api-version", "2.0.0")


@pytest.fixture(scope="session")
def clock_server(tmp_path_factory):
    """A sandbox of the tests that move its clock; they must only compare times relative to the clock's now."""
    server = start_sandbox(tmp_path_factory.mktemp("clock-data"), *CLOCK_SERVER_OPTIONS)
    yield server
    server.stop()
