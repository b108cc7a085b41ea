"""A ``requests.Session`` that follows QGIS's network settings: its proxy and its trusted CA certificates.

The API client (``api/``) knows nothing of QGIS; the plugin builds the session here and hands it to
``MapflowClient(session=...)``.

Proxy: the QgsSettings keys QGIS 3.22 writes under ``proxy/`` (Settings > Options > Network). ``HttpProxy`` and
``HttpCachingProxy`` become an ``http://`` proxy, ``Socks5Proxy`` a ``socks5h://`` one (needs PySocks);
``DefaultProxy`` means the system proxy (environment variables / OS settings, as Python sees them). URLs that start
with an entry of ``proxyExcludedUrls`` or ``noProxyUrls`` go direct. Credentials come from the settings or from the
``proxy/authcfg`` configuration of the QGIS authentication database.

Certificates: every CA QGIS trusts (system roots plus those imported in the authentication manager) is written to
one PEM bundle used as ``session.verify``, so a company CA added in QGIS also works for the plugin. If QGIS offers
none, certifi's bundle (or the system default) is used.
"""
from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, Optional, Tuple, Union
from urllib.parse import quote

import requests
from requests.utils import get_environ_proxies

LOG = logging.getLogger("mapflow_processing.integration.network")

HTTP_PROXY_TYPES = ("HttpProxy", "HttpCachingProxy")
SOCKS_PROXY_TYPES = ("Socks5Proxy",)
SYSTEM_PROXY_TYPES = ("DefaultProxy", "")


@dataclass(frozen=True)
class ProxySettings:
    """QGIS's proxy settings, as read from QgsSettings."""

    enabled: bool = False
    proxy_type: str = "DefaultProxy"
    host: str = ""
    port: Optional[int] = None
    user: str = ""
    password: str = field(default="", repr=False)
    excluded_urls: Tuple[str, ...] = ()

    @property
    def scheme(self) -> Optional[str]:
        """URL scheme of an explicit proxy; None when requests should not get one (off, system, unsupported)."""
        if not self.enabled or not self.host:
            return None
        if self.proxy_type in HTTP_PROXY_TYPES:
            return "http"
        if self.proxy_type in SOCKS_PROXY_TYPES:
            return "socks5h"  # the proxy resolves host names, as QGIS's SOCKS5 proxy does
        return None

    @property
    def url(self) -> Optional[str]:
        """``scheme://[user:password@]host[:port]`` with the credentials percent-encoded."""
        scheme = self.scheme
        if scheme is None:
            return None
        credentials = ""
        if self.user:
            credentials = quote(self.user, safe="") + (":" + quote(self.password, safe="") if self.password else "")
            credentials += "@"
        port = f":{self.port}" if self.port else ""
        return f"{scheme}://{credentials}{self.host}{port}"


def _string_list(value: Any) -> Tuple[str, ...]:
    """QGIS stores URL lists as a string list, or (older profiles) one ``|``-separated string."""
    if value is None:
        return ()
    if isinstance(value, str):
        items = value.split("|")
    elif isinstance(value, (list, tuple)):
        items = [str(v) for v in value]
    else:
        items = [str(value)]
    return tuple(item.strip() for item in items if item and item.strip())


def _port(value: Any) -> Optional[int]:
    try:
        port = int(str(value).strip())
    except (TypeError, ValueError):
        return None
    return port if 0 < port < 65536 else None


def _authcfg_credentials(authcfg: str) -> Tuple[str, str]:
    """User and password of a proxy ``authcfg`` (Basic method); empty when locked or absent."""
    from qgis.core import QgsApplication, QgsAuthMethodConfig

    manager = QgsApplication.authManager()
    if manager is None or manager.isDisabled():
        return "", ""
    config = QgsAuthMethodConfig()
    if not manager.loadAuthenticationConfig(authcfg, config, True):
        return "", ""
    return config.config("username", ""), config.config("password", "")


def read_proxy_settings(settings: Any = None) -> ProxySettings:
    """The proxy settings of the current QGIS profile (or of ``settings``, a QgsSettings)."""
    if settings is None:
        from qgis.core import QgsSettings
        settings = QgsSettings()
    enabled = str(settings.value("proxy/proxyEnabled", False)).lower() in ("true", "1")
    user = str(settings.value("proxy/proxyUser", "") or "")
    password = str(settings.value("proxy/proxyPassword", "") or "")
    authcfg = str(settings.value("proxy/authcfg", "") or "")
    if enabled and authcfg and not user:
        user, password = _authcfg_credentials(authcfg)
    excluded = _string_list(settings.value("proxy/proxyExcludedUrls", None)) + \
        _string_list(settings.value("proxy/noProxyUrls", None))
    return ProxySettings(enabled=enabled, proxy_type=str(settings.value("proxy/proxyType", "DefaultProxy") or ""),
                         host=str(settings.value("proxy/proxyHost", "") or "").strip(),
                         port=_port(settings.value("proxy/proxyPort", "")), user=user, password=password,
                         excluded_urls=tuple(dict.fromkeys(excluded)))


class QgisProxySession(requests.Session):
    """A session whose proxy for each URL follows QGIS's settings instead of only the environment."""

    def __init__(self, proxy: ProxySettings) -> None:
        super().__init__()
        self.proxy_settings = proxy

    def proxies_for(self, url: str) -> Dict[str, str]:
        settings = self.proxy_settings
        if any(url.startswith(prefix) for prefix in settings.excluded_urls):
            return {}
        explicit = settings.url
        if explicit is not None:
            return {"http": explicit, "https": explicit}
        # proxy off, system proxy, or a type requests cannot use: what the environment/OS says (honours NO_PROXY)
        return dict(get_environ_proxies(url))

    def merge_environment_settings(self, url, proxies, stream, verify, cert):  # noqa: D401 - requests' hook
        merged = super().merge_environment_settings(url, proxies, stream, verify, cert)
        # requests lets the environment (HTTPS_PROXY, REQUESTS_CA_BUNDLE) override the session's own settings;
        # QGIS's settings must win
        merged["proxies"] = self.proxies_for(url)
        if verify in (None, True) and isinstance(self.verify, str):
            merged["verify"] = self.verify
        return merged

    def __repr__(self) -> str:
        return f"QgisProxySession(proxy_type={self.proxy_settings.proxy_type!r}, host={self.proxy_settings.host!r})"


def qgis_trusted_ca_pem() -> bytes:
    """PEM text of every CA certificate QGIS trusts (system roots and the authentication manager's)."""
    from qgis.core import QgsApplication

    manager = QgsApplication.authManager()
    if manager is None or manager.isDisabled():
        return b""
    pem = manager.trustedCaCertsPemText()
    return bytes(pem) if pem else b""


def write_ca_bundle(pem: bytes, directory: Path) -> Optional[Path]:
    """Write the PEM bundle atomically (only when it changed); its name carries the content hash."""
    if b"BEGIN CERTIFICATE" not in pem:
        return None
    directory.mkdir(parents=True, exist_ok=True)
    target = directory / f"ca-bundle-{hashlib.sha256(pem).hexdigest()[:16]}.pem"
    if target.exists() and target.read_bytes() == pem:
        return target
    handle, temp = tempfile.mkstemp(prefix=".ca-bundle.", suffix=".part", dir=str(directory))
    with os.fdopen(handle, "wb") as out:
        out.write(pem)
    os.replace(temp, target)
    for stale in directory.glob("ca-bundle-*.pem"):  # older bundles from earlier certificate sets
        if stale != target:
            try:
                stale.unlink()
            except OSError:
                pass
    return target


def default_ca_bundle() -> Union[str, bool]:
    try:
        import certifi
        return certifi.where()
    except ImportError:
        return True  # requests' own default


def default_cache_dir() -> Path:
    from qgis.core import QgsApplication
    return Path(QgsApplication.qgisSettingsDirPath()) / "mapflow_processing"


@dataclass
class NetworkSetup:
    session: requests.Session
    proxy: ProxySettings
    verify: Union[str, bool]
    warnings: Tuple[str, ...] = ()


def setup_network(cache_dir: Optional[Path] = None, settings: Any = None) -> NetworkSetup:
    """A session configured from QGIS, plus what the user should know about it (unsupported proxy...)."""
    proxy = read_proxy_settings(settings)
    warnings = []
    if proxy.enabled and proxy.proxy_type in SOCKS_PROXY_TYPES and not _socks_available():
        warnings.append("The SOCKS5 proxy of QGIS needs the PySocks package for Mapflow; connecting without it.")
        proxy = ProxySettings(excluded_urls=proxy.excluded_urls)
    elif proxy.enabled and proxy.proxy_type not in HTTP_PROXY_TYPES + SOCKS_PROXY_TYPES + SYSTEM_PROXY_TYPES:
        warnings.append(f"The proxy type {proxy.proxy_type} is not supported for Mapflow; using the system proxy.")
    elif proxy.enabled and proxy.proxy_type in HTTP_PROXY_TYPES + SOCKS_PROXY_TYPES and not proxy.host:
        warnings.append("The QGIS proxy is enabled but has no host; using the system proxy.")
    session = QgisProxySession(proxy)
    verify: Union[str, bool] = default_ca_bundle()
    try:
        bundle = write_ca_bundle(qgis_trusted_ca_pem(), cache_dir or default_cache_dir())
    except OSError as exc:
        bundle = None
        warnings.append(f"Could not write the QGIS certificate bundle ({exc.strerror}); using the default one.")
    if bundle is not None:
        verify = str(bundle)
    session.verify = verify
    for warning in warnings:
        LOG.warning(warning)
    return NetworkSetup(session=session, proxy=proxy, verify=verify, warnings=tuple(warnings))


def build_session(cache_dir: Optional[Path] = None, settings: Any = None) -> requests.Session:
    """The session to give to ``MapflowClient(session=...)``."""
    return setup_network(cache_dir, settings).session


def _socks_available() -> bool:
    try:
        import socks  # noqa: F401 - PySocks, which requests uses for socks5h:// proxies
    except ImportError:
        return False
    return True
