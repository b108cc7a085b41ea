"""The transport contract (tests/support/transport_contract.py) on the default transport, ``requests``; plus what
only this transport does: one session per thread, a session handed in used as is."""
from __future__ import annotations

import socket
import threading

import pytest
import requests

from mapflow_processing.api import MapflowClient
from mapflow_processing.api.requests_transport import RequestsTransport
from tests.api.conftest import TEST_TOKEN
from tests.api.local_server import LocalServer, Reply
from tests.support.transport_contract import *  # noqa: F401,F403 - the shared tests
from tests.support.transport_contract import PROJECT


@pytest.fixture()
def other_server():
    server = LocalServer()
    yield server
    server.close()


@pytest.fixture()
def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture()
def make_client(local_server, sleeps):
    made = []

    def make(base_url=None, token=TEST_TOKEN, **kwargs) -> MapflowClient:
        kwargs.setdefault("sleep", sleeps)
        client = MapflowClient(base_url or local_server.url + "/rest", token, plugin_version="9.8.7",
                               transport=RequestsTransport(), **kwargs)
        made.append(client)
        return client

    yield make
    for client in made:
        client.http_transport.close()


@pytest.fixture()
def call():
    return lambda function: function()


def test_user_agent_names_the_plugin(local_server, make_client):
    local_server.route("GET", "/rest/projects/default", Reply(body=PROJECT))
    make_client().default_project()
    assert local_server.requests[0].headers["User-Agent"] == "mapflow-processing-qgis/9.8.7"


def test_each_thread_gets_its_own_session_and_close_ends_them(local_server):
    transport = RequestsTransport()
    local_server.route("GET", "/rest/projects/default", Reply(body=PROJECT))
    client = MapflowClient(local_server.url + "/rest", TEST_TOKEN, transport=transport)
    sessions = []

    def use() -> None:
        client.default_project()
        sessions.append(client.session)

    threads = [threading.Thread(target=use) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    use()
    assert len(sessions) == 4 and len({id(s) for s in sessions}) == 4  # never one session for two threads
    client.close()  # a transport handed in stays open...
    assert client.default_project().id == "p1"
    transport.close()  # ...until its owner closes it; the sessions it made are closed
    assert all(not s.adapters or all(not a.poolmanager.pools for a in s.adapters.values()) for s in sessions)


def test_a_session_handed_in_is_shared_and_left_open(local_server):
    closed = []

    class OwnSession(requests.Session):
        def close(self):
            closed.append(self)
            super().close()

    shared = OwnSession()
    local_server.route("GET", "/rest/projects/default", Reply(body=PROJECT))
    with MapflowClient(local_server.url + "/rest", TEST_TOKEN, session=shared) as client:
        assert client.default_project().id == "p1" and client.session is shared
    assert closed == []


def test_a_proxy_login_refused_names_the_proxy_and_is_not_retried(local_server):
    from tests.support.recording_proxy import RecordingProxy
    from mapflow_processing.api import ConnectionFailed
    local_server.route("GET", "/rest/projects/default", Reply(body=PROJECT))
    with RecordingProxy(credentials=("user", "right")) as proxy:
        session = requests.Session()
        session.trust_env = False
        session.proxies = {"http": f"http://user:wrong@127.0.0.1:{proxy.port}"}
        client = MapflowClient(local_server.url + "/rest", TEST_TOKEN, session=session)
        with pytest.raises(ConnectionFailed) as caught:
            client.default_project()
        text = str(caught.value)
        assert f"the proxy 127.0.0.1:{proxy.port} refused the login" in text and "wrong" not in text
        session.proxies = {"http": f"http://user:right@127.0.0.1:{proxy.port}"}
        assert client.default_project().id == "p1"
        assert [r.status for r in proxy.requests] == [407, 200]  # a refused login is never retried
