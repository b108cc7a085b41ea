"""QGIS's network settings reach the plugin's requests through QGIS itself (integration/qgis_transport.py and
integration/qgis_proxy.py): nothing is copied by hand any more.

Real QgsSettings of pytest-qgis's test profile, a real forwarding proxy on 127.0.0.1, the system proxy of the
environment, and a real HTTPS server whose certificate is signed by a CA that only QGIS's authentication manager
knows (or for which QGIS holds a per-server SSL exception).
"""
from __future__ import annotations

import datetime
import http.server
import ssl
import threading

import pytest
import requests
from qgis.core import QgsAuthConfigSslServer, QgsAuthMethodConfig, QgsNetworkAccessManager, QgsSettings
from qgis.PyQt.QtNetwork import QNetworkProxy, QNetworkProxyFactory, QSslCertificate, QSslSocket

from mapflow_processing.api import ConnectionFailed, MapflowClient, RetryPolicy, token_from_credentials
from mapflow_processing.integration.qgis_proxy import proxy_from_settings
from mapflow_processing.integration.qgis_transport import QgisTransport
from tests.api.local_server import LocalServer, Reply
from tests.support import qgis_proxy_settings
from tests.support.qgis_threads import WorkerThread, in_task
from tests.support.recording_proxy import RecordingProxy

qgis_proxy = qgis_proxy_settings.qgis_proxy  # the fixture, found by pytest as a module attribute

TOKEN = token_from_credentials("net@example.com", "network-secret-1")
VERSION = Reply(body=b"3.6.0", headers={"Content-Type": "text/plain"})


@pytest.fixture()
def server():
    running = LocalServer()
    running.route("GET", "/rest/version", VERSION)
    yield running
    running.close()


@pytest.fixture()
def worker():
    thread = WorkerThread()
    yield thread
    thread.stop()


# --- proxy settings ---------------------------------------------------------------------------------------------------
def test_proxy_settings_are_read_with_qgis_rules(qgis_proxy, unlocked_auth):
    qgis_proxy.use(3128, host="proxy.corp.local", user="jane doe", password="p@ss:word",
                   excluded=["http://intranet.local"], no_proxy=["http://127.0.0.1:9"])
    proxy, excluded, no_proxy, system = proxy_from_settings(QgsSettings())
    assert (proxy.type(), proxy.hostName(), proxy.port(), proxy.user(), proxy.password()) == \
        (QNetworkProxy.ProxyType.HttpProxy, "proxy.corp.local", 3128, "jane doe", "p@ss:word")
    assert (excluded, no_proxy, system) == (["http://intranet.local"], ["http://127.0.0.1:9"], False)

    config = QgsAuthMethodConfig("Basic")
    config.setName("proxy login")
    config.setConfig("username", "from-authcfg")
    config.setConfig("password", "secret-from-authcfg")
    assert unlocked_auth.storeAuthenticationConfig(config)
    try:
        qgis_proxy.use(3128, host="proxy.corp.local", authcfg=config.id())
        proxy = proxy_from_settings(QgsSettings())[0]
        assert (proxy.user(), proxy.password()) == ("from-authcfg", "secret-from-authcfg")
    finally:
        unlocked_auth.removeAuthenticationConfig(config.id())

    qgis_proxy.use(3128, kind="DefaultProxy")
    assert proxy_from_settings(QgsSettings())[3] is True
    qgis_proxy.clear()
    proxy, excluded, no_proxy, system = proxy_from_settings(QgsSettings())
    assert (proxy.hostName(), excluded, no_proxy, system) == ("", [], [], False)


def test_a_worker_thread_follows_proxy_changes_made_after_its_manager_was_created(server, qgis_proxy, worker):
    """QGIS sets up a thread's manager once; a proxy configured later (say after a failed sign-in) still applies."""
    client = MapflowClient(server.url + "/rest", TOKEN, transport=QgisTransport())
    with RecordingProxy() as proxy:
        qgis_proxy.clear()
        assert worker.run(client.server_version) == "3.6.0"  # creates this thread's manager: no proxy
        assert proxy.requests == []
        qgis_proxy.use(proxy.port)  # what pressing OK in Settings > Options > Network writes
        assert worker.run(client.server_version) == "3.6.0"
        assert proxy.request_lines() == [f"GET {server.url}/rest/version"]
        manager_proxy = worker.run(lambda: QgsNetworkAccessManager.instance().fallbackProxy().port())
        assert manager_proxy == proxy.port
        qgis_proxy.clear()
        assert worker.run(client.server_version) == "3.6.0"
        assert len(proxy.requests) == 1 and server.count("GET", "/rest/version") == 3


def test_the_system_proxy_of_the_environment_is_used(server, qgis_proxy, monkeypatch):
    """proxyType=DefaultProxy: Qt asks the system (on Linux the http_proxy variables; PAC on Windows and macOS)."""
    was_system = QNetworkProxyFactory.usesSystemConfiguration()
    with RecordingProxy() as proxy:
        monkeypatch.setenv("http_proxy", proxy.url)
        monkeypatch.delenv("no_proxy", raising=False)
        qgis_proxy.use(0, host="", kind="DefaultProxy")
        fresh = WorkerThread()  # a thread whose manager QGIS sets up with the system proxy, per URL
        try:
            client = MapflowClient(server.url + "/rest", TOKEN, transport=QgisTransport())
            assert fresh.run(client.server_version) == "3.6.0"
        finally:
            fresh.stop()
            QNetworkProxyFactory.setUseSystemConfiguration(was_system)
        assert proxy.request_lines() == [f"GET {server.url}/rest/version"]


# --- certificates -----------------------------------------------------------------------------------------------------
def _certificates(tmp_path):
    """A throwaway CA and a 127.0.0.1 server certificate it signed (PEM files)."""
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = datetime.datetime.now(datetime.timezone.utc)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Mapflow Processing Test CA")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name).public_key(ca_key.public_key())
          .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(days=1))
          .not_valid_after(now + datetime.timedelta(days=2))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=False, key_encipherment=False,
                                       data_encipherment=False, key_agreement=False, key_cert_sign=True,
                                       crl_sign=True, encipher_only=False, decipher_only=False), critical=True)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    server = (x509.CertificateBuilder()
              .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
              .issuer_name(ca_name).public_key(key.public_key()).serial_number(x509.random_serial_number())
              .not_valid_before(now - datetime.timedelta(days=1)).not_valid_after(now + datetime.timedelta(days=2))
              .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                             critical=False)
              .sign(ca_key, hashes.SHA256()))
    cert_file, key_file = tmp_path / "server.pem", tmp_path / "server.key"
    server_pem = server.public_bytes(serialization.Encoding.PEM)
    cert_file.write_bytes(server_pem)
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return ca.public_bytes(serialization.Encoding.PEM), server_pem, cert_file, key_file


class _Version(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802
        body = b"3.6.0"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture()
def https_server(tmp_path):
    ca_pem, server_pem, cert_file, key_file = _certificates(tmp_path)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Version)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    server.handle_error = lambda request, address: None  # refused handshakes are the point of some tests
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{server.server_address[1]}", ca_pem, server_pem
    server.shutdown()
    server.server_close()


def test_a_ca_trusted_in_qgis_is_trusted_without_copying_certificates(qgis_proxy, unlocked_auth, https_server):
    qgis_proxy.clear()
    url, ca_pem, _server_pem = https_server
    client = MapflowClient(url + "/rest", TOKEN, transport=QgisTransport(), retry=RetryPolicy.disabled())
    errors_heard = []

    def heard(request_id, errors) -> None:  # the main thread's manager hears of a worker thread's SSL errors
        errors_heard.append((threading.current_thread() is threading.main_thread(), len(errors)))

    main = QgsNetworkAccessManager.instance()
    main.requestEncounteredSslErrors.connect(heard)
    try:
        with pytest.raises(ConnectionFailed, match="certificate"):
            in_task(client.server_version)
    finally:
        main.requestEncounteredSslErrors.disconnect(heard)
    assert errors_heard and errors_heard[0][0] is True and errors_heard[0][1] >= 1

    ca = QSslCertificate(ca_pem)
    assert unlocked_auth.storeCertAuthority(ca)
    try:
        unlocked_auth.rebuildCaCertsCache()
        unlocked_auth.rebuildTrustedCaCertsCache()
        assert in_task(client.server_version) == "3.6.0"  # QGIS adds its trusted CAs to every request it sends
        with pytest.raises(requests.exceptions.SSLError):  # Python's default bundle alone does not know the CA
            requests.get(url + "/rest/version", timeout=5)
    finally:
        unlocked_auth.removeCertAuthority(ca)
        unlocked_auth.rebuildCaCertsCache()
        unlocked_auth.rebuildTrustedCaCertsCache()


def test_an_ssl_server_exception_stored_in_qgis_is_honoured(qgis_proxy, unlocked_auth, https_server):
    """What the user saves from QGIS's SSL errors dialog: a per-server configuration in the auth database."""
    qgis_proxy.clear()
    url, _ca_pem, server_pem = https_server
    host_port = url.split("//", 1)[1]
    client = MapflowClient(url + "/rest", TOKEN, transport=QgisTransport(), retry=RetryPolicy.disabled())
    with pytest.raises(ConnectionFailed, match="certificate"):
        in_task(client.server_version)
    exception = QgsAuthConfigSslServer()
    exception.setSslCertificate(QSslCertificate(server_pem))
    exception.setSslHostPort(host_port)
    exception.setSslPeerVerifyMode(QSslSocket.PeerVerifyMode.VerifyNone)
    assert unlocked_auth.storeSslCertCustomConfig(exception)
    try:
        assert in_task(client.server_version) == "3.6.0"
    finally:
        unlocked_auth.removeSslCertCustomConfig(exception.sslCertificate().digest().toHex().data().decode(),
                                                host_port)
