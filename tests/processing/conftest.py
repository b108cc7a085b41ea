"""Fixtures of the Processing-provider tier: the provider registered in a real Processing framework, and the panel's
stored sign-in (server setting + token in the test profile's authentication database) pointing at the sandbox."""
from __future__ import annotations

from dataclasses import dataclass

import pytest
from qgis.core import QgsApplication

from mapflow_processing.api import MapflowClient
from mapflow_processing.core import settings as catalogue
from mapflow_processing.integration.auth import SecretStore
from mapflow_processing.integration.settings_store import SettingsStore

PROVIDER_ID = "mapflow"


@pytest.fixture(scope="module")
def mapflow_provider(qgis_processing):
    """The provider as the plugin registers it; removed when the module's tests are done."""
    from mapflow_processing.processing_provider.provider import MapflowProvider

    registry = QgsApplication.processingRegistry()
    assert registry.providerById(PROVIDER_ID) is None, "another test left the Mapflow provider registered"
    provider = MapflowProvider()  # the plugin keeps it too: the Python object must outlive its use by QGIS
    assert registry.addProvider(provider)
    yield provider
    registry.removeProvider(PROVIDER_ID)


@dataclass
class StoredSignIn:
    server_url: str
    token: str
    config_id: str
    client: MapflowClient


@pytest.fixture(scope="module")
def stored_sign_in(sandbox_server, unlocked_auth):
    """What a sign-in in the panel leaves behind: the server setting and the token in the auth database. The poll
    interval is the shortest the settings allow, so waits take seconds."""
    settings = SettingsStore()
    saved = {spec: (settings.get(spec), settings.contains(spec))
             for spec in (catalogue.SERVER_URL, catalogue.POLL_INTERVAL_S)}
    settings.set(catalogue.SERVER_URL, sandbox_server.base_url)
    settings.set(catalogue.POLL_INTERVAL_S, 2)
    secrets = SecretStore(settings, interactive=False)
    config_id = secrets.save_api_token(sandbox_server.base_url, sandbox_server.token)
    client = MapflowClient(sandbox_server.base_url, sandbox_server.token)
    yield StoredSignIn(sandbox_server.base_url, sandbox_server.token, config_id, client)
    client.close()
    secrets.forget_api_token(sandbox_server.base_url)
    for spec, (value, present) in saved.items():
        settings.set(spec, value) if present else settings.remove(spec)
    settings.sync()
