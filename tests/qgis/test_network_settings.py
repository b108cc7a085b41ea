"""integration/network.py: a requests session built from QGIS's proxy settings and trusted CA certificates.

Real QgsSettings of pytest-qgis's test profile, a real forwarding proxy on 127.0.0.1, a real HTTPS server whose
certificate is signed by a CA that only QGIS's authentication manager knows.
"""
from __future__ import annotations

import datetime
import http.server
import ssl
import threading
from pathlib import Path

import pytest
import requests
from qgis.core import QgsAuthMethodConfig, QgsSettings
from qgis.PyQt.QtNetwork import QSslCertificate

from mapflow_processing.api import ConnectionFailed, MapflowClient, RetryPolicy, token_from_credentials
from mapflow_processing.integration.network import (ProxySettings, QgisProxySession, read_proxy_settings,
                                                    setup_network)
from tests.support.recording_proxy import RecordingProxy

PROXY_KEYS = ("proxyEnabled", "proxyType", "proxyHost", "proxyPort", "proxyUser", "proxyPassword",
              "proxyExcludedUrls", "noProxyUrls", "authcfg")
TOKEN = token_from_credentials("net@example.com", "network-secret-1")


@pytest.fixture()
def proxy_settings(qgis_app):
    """QgsSettings with the proxy keys restored afterwards."""
    settings = QgsSettings()
    saved = {k: settings.value(f"proxy/{k}") for k in PROXY_KEYS if settings.contains(f"proxy/{k}")}
    for key in PROXY_KEYS:
        settings.remove(f"proxy/{key}")
    yield settings
    for key in PROXY_KEYS:
        settings.remove(f"proxy/{key}")
    for key, value in saved.items():
        settings.setValue(f"proxy/{key}", value)


def configure(settings, **values):
    for key, value in values.items():
        settings.setValue(f"proxy/{key}", value)


def test_http_proxy_with_credentials_and_exclusions(proxy_settings, tmp_path):
    configure(proxy_settings, proxyEnabled=True, proxyType="HttpProxy", proxyHost="proxy.corp.local",
              proxyPort="3128", proxyUser="jane doe", proxyPassword="p@ss:word",
              proxyExcludedUrls="http://intranet.local|https://api.internal/rest",  # the older one-string form
              noProxyUrls=["http://127.0.0.1:9"])
    setup = setup_network(tmp_path)
    assert setup.proxy.excluded_urls == ("http://intranet.local", "https://api.internal/rest", "http://127.0.0.1:9")
    session = setup.session
    assert isinstance(session, QgisProxySession) and isinstance(session, requests.Session)
    expected = "http://jane%20doe:p%40ss%3Aword@proxy.corp.local:3128"
    assert session.proxies_for("https://api.mapflow.ai/rest/user/status") == {"http": expected, "https": expected}
    assert session.proxies_for("https://api.internal/rest/projects") == {}
    assert session.proxies_for("http://127.0.0.1:9/rest") == {}
    assert "p@ss" not in repr(setup.proxy) and "p@ss" not in repr(session)
    assert setup.warnings == ()


def test_disabled_or_system_proxy_follows_the_environment(proxy_settings, tmp_path, monkeypatch):
    monkeypatch.setenv("HTTPS_PROXY", "http://env-proxy.local:8080")
    monkeypatch.setenv("NO_PROXY", "skip.local")
    configure(proxy_settings, proxyEnabled=False, proxyType="HttpProxy", proxyHost="ignored.local")
    off = setup_network(tmp_path).session
    assert off.proxies_for("https://api.mapflow.ai/rest")["https"] == "http://env-proxy.local:8080"
    assert off.proxies_for("https://skip.local/rest") == {}
    configure(proxy_settings, proxyEnabled=True, proxyType="DefaultProxy")
    assert setup_network(tmp_path).session.proxies_for("https://api.mapflow.ai/rest")["https"] == \
        "http://env-proxy.local:8080"
    # an explicit QGIS proxy beats the environment (requests alone would let the environment win)
    configure(proxy_settings, proxyType="HttpCachingProxy", proxyHost="qgis-proxy.local", proxyPort=8081)
    merged = setup_network(tmp_path).session.merge_environment_settings(
        "https://api.mapflow.ai/rest", {}, False, None, None)
    assert merged["proxies"]["https"] == "http://qgis-proxy.local:8081"


def test_unusable_proxy_types_give_a_warning_not_a_failure(proxy_settings, tmp_path):
    configure(proxy_settings, proxyEnabled=True, proxyType="Socks5Proxy", proxyHost="socks.local", proxyPort=1080)
    setup = setup_network(tmp_path)
    assert ProxySettings(enabled=True, proxy_type="Socks5Proxy", host="h").url == "socks5h://h"
    assert any("PySocks" in w for w in setup.warnings) and setup.proxy.url is None
    configure(proxy_settings, proxyType="FtpCachingProxy")
    assert any("not supported" in w for w in setup_network(tmp_path).warnings)
    configure(proxy_settings, proxyType="HttpProxy", proxyHost="")
    assert any("no host" in w for w in setup_network(tmp_path).warnings)


def test_proxy_credentials_from_an_auth_configuration(proxy_settings, unlocked_auth):
    config = QgsAuthMethodConfig("Basic")
    config.setName("test proxy login")
    config.setConfig("username", "proxy-user")
    config.setConfig("password", "proxy-pass")
    assert unlocked_auth.storeAuthenticationConfig(config)
    try:
        configure(proxy_settings, proxyEnabled=True, proxyType="HttpProxy", proxyHost="p.local",
                  authcfg=config.id())
        read = read_proxy_settings()
        assert (read.user, read.password) == ("proxy-user", "proxy-pass")
        assert read.url == "http://proxy-user:proxy-pass@p.local"
    finally:
        unlocked_auth.removeAuthenticationConfig(config.id())


def test_requests_really_go_through_the_qgis_proxy(proxy_settings, sandbox_server, tmp_path):
    with RecordingProxy() as proxy:
        configure(proxy_settings, proxyEnabled=True, proxyType="HttpProxy", proxyHost="127.0.0.1",
                  proxyPort=proxy.port)
        client = MapflowClient(sandbox_server.base_url, sandbox_server.token, session=setup_network(tmp_path).session)
        assert client.default_project().is_default
        assert proxy.request_lines() == [f"GET {sandbox_server.base_url}/projects/default"]
        assert proxy.requests[0].status == 200

        configure(proxy_settings, noProxyUrls=[sandbox_server.root_url])
        direct = MapflowClient(sandbox_server.base_url, sandbox_server.token, session=setup_network(tmp_path).session)
        assert direct.user_status().email == direct.email
        assert len(proxy.requests) == 1  # the excluded server was reached directly


# --- certificates ---

def _certificates(tmp_path):
    """A throwaway CA and a 127.0.0.1 server certificate it signed (PEM files)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID
    import ipaddress

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
    ca_pem = ca.public_bytes(serialization.Encoding.PEM)
    cert_file, key_file = tmp_path / "server.pem", tmp_path / "server.key"
    cert_file.write_bytes(server.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return ca_pem, cert_file, key_file


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
    ca_pem, cert_file, key_file = _certificates(tmp_path)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Version)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{server.server_address[1]}", ca_pem
    server.shutdown()
    server.server_close()


def test_a_ca_trusted_in_qgis_is_trusted_by_the_session(proxy_settings, unlocked_auth, https_server, tmp_path):
    url, ca_pem = https_server
    untrusted = MapflowClient(url + "/rest", TOKEN, retry=RetryPolicy.disabled(),
                              session=setup_network(tmp_path / "before").session)
    with pytest.raises(ConnectionFailed, match="certificate"):
        untrusted.server_version()

    ca = QSslCertificate(ca_pem)
    assert unlocked_auth.storeCertAuthority(ca)
    try:
        unlocked_auth.rebuildCaCertsCache()
        unlocked_auth.rebuildTrustedCaCertsCache()
        setup = setup_network(tmp_path / "after")
        assert isinstance(setup.verify, str) and setup.verify.startswith(str(tmp_path / "after"))
        trusting = MapflowClient(url + "/rest", TOKEN, session=setup.session)
        assert trusting.server_version() == "3.6.0"
        with pytest.raises(requests.exceptions.SSLError):  # the default bundle alone does not know the CA
            requests.get(url + "/rest/version", timeout=5)
        assert setup_network(tmp_path / "after").verify == setup.verify  # same certificates, same bundle
        assert [p.name for p in (tmp_path / "after").iterdir()] == [Path(setup.verify).name]  # no temp files
    finally:
        unlocked_auth.removeCertAuthority(ca)
        unlocked_auth.rebuildCaCertsCache()
        unlocked_auth.rebuildTrustedCaCertsCache()

