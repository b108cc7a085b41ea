"""The network manager of the calling thread, kept in step with QGIS's proxy settings.

``QgsNetworkAccessManager.instance()`` gives each thread its own manager, set up from the settings once, when the
thread first asks for it. QGIS re-reads the settings for the main thread's manager when the user changes them in
Settings > Options > Network, but not for the managers of worker threads, which the task manager's thread pool keeps
alive as long as tasks keep coming (the processing list is polled every few seconds). Without help, a proxy set up
after a first failed sign-in would be ignored until QGIS restarts. So before each request the proxy keys are
compared with what this thread last saw and, when they changed, applied to this thread's manager with QGIS's own
rules (the same keys, the same authentication-configuration lookup, ``setFallbackProxyAndExcludes``).

One thing a worker thread's manager cannot be switched to afterwards: using the system proxy *per URL* (PAC files).
A thread whose manager was created while QGIS used the system proxy keeps doing so; one switched to the system proxy
later uses the system proxy for all URLs, as QGIS's main thread does for its fallback.
"""
from __future__ import annotations

import threading
from typing import Any, List, Tuple

from qgis.core import QgsApplication, QgsNetworkAccessManager, QgsSettings
from qgis.PyQt.QtNetwork import QNetworkProxy, QNetworkProxyFactory, QNetworkProxyQuery

PROXY_KEYS = ("proxy/proxyEnabled", "proxy/proxyType", "proxy/proxyHost", "proxy/proxyPort", "proxy/proxyUser",
              "proxy/proxyPassword", "proxy/authcfg", "proxy/proxyExcludedUrls", "proxy/noProxyUrls")
_PROXY_TYPES = {
    "Socks5Proxy": QNetworkProxy.ProxyType.Socks5Proxy,
    "HttpProxy": QNetworkProxy.ProxyType.HttpProxy,
    "HttpCachingProxy": QNetworkProxy.ProxyType.HttpCachingProxy,
    "FtpCachingProxy": QNetworkProxy.ProxyType.FtpCachingProxy,
}
_seen = threading.local()  # per thread: the proxy settings its manager was last brought in line with


def thread_network_manager() -> QgsNetworkAccessManager:
    """``QgsNetworkAccessManager.instance()`` of the calling thread, with the current proxy settings."""
    manager = QgsNetworkAccessManager.instance()
    settings = QgsSettings()
    signature = tuple(repr(settings.value(key)) for key in PROXY_KEYS)
    previous = getattr(_seen, "signature", None)
    if previous != signature:
        wanted = proxy_from_settings(settings)
        if previous is not None or not _manager_has(manager, wanted):
            manager.setFallbackProxyAndExcludes(*wanted[:3])
            if wanted[3]:
                QNetworkProxyFactory.setUseSystemConfiguration(True)
        _seen.signature = signature
    return manager


def _string_list(value: Any) -> List[str]:
    """Like Qt's ``toStringList()``: a list stays a list, one string is one entry."""
    if value is None or value == "":
        return []
    if isinstance(value, (list, tuple)):
        return [str(item) for item in value]
    return [str(value)]


def _flag(value: Any) -> bool:
    return str(value).strip().lower() in ("true", "1")


def proxy_from_settings(settings: QgsSettings) -> Tuple[QNetworkProxy, List[str], List[str], bool]:
    """(fallback proxy, excluded URLs, no-proxy URLs, system proxy?) as QGIS builds them from its settings."""
    if not _flag(settings.value("proxy/proxyEnabled", False)):
        return QNetworkProxy(), [], [], False
    excludes = _string_list(settings.value("proxy/proxyExcludedUrls", []))
    no_proxy = _string_list(settings.value("proxy/noProxyUrls", []))
    kind = str(settings.value("proxy/proxyType", "") or "")
    if kind == "DefaultProxy":
        system = QNetworkProxyFactory.systemProxyForQuery(QNetworkProxyQuery())
        return (system[0] if system else QNetworkProxy()), excludes, no_proxy, True
    try:
        port = int(str(settings.value("proxy/proxyPort", "") or "0").strip() or 0)
    except ValueError:
        port = 0
    proxy = QNetworkProxy(_PROXY_TYPES.get(kind, QNetworkProxy.ProxyType.DefaultProxy),
                          str(settings.value("proxy/proxyHost", "") or ""), port,
                          str(settings.value("proxy/proxyUser", "") or ""),
                          str(settings.value("proxy/proxyPassword", "") or ""))
    authcfg = str(settings.value("proxy/authcfg", "") or "")
    manager = QgsApplication.authManager()
    if authcfg and manager is not None:
        manager.updateNetworkProxy(proxy, authcfg)
    return proxy, excludes, no_proxy, False


def _manager_has(manager: QgsNetworkAccessManager, wanted: Tuple[QNetworkProxy, List[str], List[str], bool]) -> bool:
    """Does the manager already use these settings? (Compared without the password, which it does not show.)"""
    proxy, excludes, no_proxy, system = wanted
    current = manager.fallbackProxy()
    return (current.type(), current.hostName(), current.port(), current.user()) == \
        (proxy.type(), proxy.hostName(), proxy.port(), proxy.user()) and \
        list(manager.excludeList()) == [e for e in excludes if e.strip()] and \
        list(manager.noProxyList()) == [n for n in no_proxy if n.strip()] and \
        bool(manager.useSystemProxy()) == system
