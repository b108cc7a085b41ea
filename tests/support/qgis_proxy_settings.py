"""QGIS's proxy settings (the ``proxy/*`` keys of Settings > Options > Network) set for one test and put back after.

The plugin's requests read them through QGIS's network managers (integration/qgis_proxy.py keeps the managers of
worker threads in step), exactly as they would after the user pressed OK in the options dialog.
"""
from __future__ import annotations

from typing import Iterable, Optional

import pytest
from qgis.core import QgsNetworkAccessManager, QgsSettings
from qgis.PyQt.QtCore import QThreadPool

PROXY_KEYS = ("proxy/proxyEnabled", "proxy/proxyType", "proxy/proxyHost", "proxy/proxyPort", "proxy/proxyUser",
              "proxy/proxyPassword", "proxy/proxyExcludedUrls", "proxy/noProxyUrls", "proxy/authcfg")


class QgisProxySettings:
    def __init__(self) -> None:
        self.settings = QgsSettings()
        self._saved = {key: self.settings.value(key) for key in PROXY_KEYS if self.settings.contains(key)}

    def use(self, port: int, host: str = "127.0.0.1", kind: str = "HttpProxy", user: str = "", password: str = "",
            authcfg: str = "", excluded: Iterable[str] = (), no_proxy: Iterable[str] = ()) -> None:
        self.clear()
        values = {"proxyEnabled": True, "proxyType": kind, "proxyHost": host, "proxyPort": str(port),
                  "proxyUser": user, "proxyPassword": password, "authcfg": authcfg,
                  "proxyExcludedUrls": list(excluded), "noProxyUrls": list(no_proxy)}
        for key, value in values.items():
            if value not in ("", []):
                self.settings.setValue(f"proxy/{key}", value)
        self.settings.sync()

    def clear(self) -> None:
        for key in PROXY_KEYS:
            self.settings.remove(key)
        self.settings.sync()

    def restore(self) -> None:
        self.clear()
        for key, value in self._saved.items():
            self.settings.setValue(key, value)
        self.settings.sync()
        # what QGIS does when Settings > Options > Network is closed with OK: the main thread's manager takes the
        # settings again (a later test's layers fetch through it), and the worker threads that used the test's
        # proxy end, so no thread keeps a manager set up for a proxy that is gone
        QgsNetworkAccessManager.instance().setupDefaultProxyAndCache()
        QThreadPool.globalInstance().waitForDone(10000)


@pytest.fixture()
def qgis_proxy(qgis_app) -> Optional[QgisProxySettings]:
    proxy = QgisProxySettings()
    yield proxy
    proxy.restore()
