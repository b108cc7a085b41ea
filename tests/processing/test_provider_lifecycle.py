"""The provider comes and goes with the plugin: metadata declares it, initGui/initProcessing register it once, unload
removes it, and qgis_process's way (no iface, initProcessing only) works. Loading it costs no network stack."""
from __future__ import annotations

import configparser
import subprocess
import sys
from pathlib import Path

import pytest
from qgis.core import QgsApplication

from tests.support.fake_iface import RealWidgetsIface

REPO = Path(__file__).resolve().parents[2]
PROVIDER_ID = "mapflow"
ALGORITHM_IDS = ["mapflow:estimatecost", "mapflow:listprocessings", "mapflow:startprocessing",
                 "mapflow:waitandloadresult"]


def registered():
    return QgsApplication.processingRegistry().providerById(PROVIDER_ID)


@pytest.fixture()
def iface(qgis_app):
    fake = RealWidgetsIface()
    yield fake
    fake.main_window.deleteLater()


@pytest.fixture(autouse=True)
def no_provider_around(qgis_app):
    assert registered() is None, "a Mapflow provider is registered before the test"
    yield
    assert registered() is None, "the test left the Mapflow provider registered"


def test_metadata_declares_the_provider():
    parser = configparser.ConfigParser()
    parser.read(REPO / "metadata.txt", encoding="utf-8")
    assert parser.get("general", "hasProcessingProvider") == "yes"


def test_init_gui_registers_the_provider_once_and_unload_removes_it(iface):
    from mapflow_processing import classFactory

    plugin = classFactory(iface)
    plugin.initProcessing()  # QGIS may call both; neither duplicates the provider
    plugin.initGui()
    plugin.initProcessing()
    try:
        provider = registered()
        assert provider is plugin.provider
        assert sorted(a.id() for a in provider.algorithms()) == ALGORITHM_IDS
        assert {a.group() for a in provider.algorithms()} == {"Mapflow"}
        assert [p.id() for p in QgsApplication.processingRegistry().providers()].count(PROVIDER_ID) == 1
        for algorithm in provider.algorithms():
            assert algorithm.shortHelpString() and not algorithm.icon().isNull()
            names = [p.name() for p in algorithm.parameterDefinitions()]
            assert not any("TOKEN" in name or "PASSWORD" in name for name in names)  # never a secret parameter
    finally:
        plugin.unload()
    assert plugin.provider is None


def test_a_second_plugin_instance_does_not_duplicate_or_remove_the_first(iface):
    from mapflow_processing import classFactory

    first, second = classFactory(iface), classFactory(iface)
    first.initProcessing()
    second.initProcessing()
    try:
        assert second.provider is None and registered() is first.provider
        second.unload()
        assert registered() is first.provider
    finally:
        first.unload()


def test_ten_cycles_the_qgis_process_way_leave_nothing():
    """qgis_process creates the plugin without an iface and calls initProcessing only."""
    from mapflow_processing import classFactory

    for _ in range(10):
        plugin = classFactory(None)
        plugin.initProcessing()
        assert registered() is plugin.provider and len(plugin.provider.algorithms()) == 4
        plugin.unload()
        assert registered() is None


def test_loading_the_provider_pulls_no_client_and_no_requests():
    """qgis_process loads every provider for every command: ours must stay cheap until an algorithm runs."""
    code = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, ".build/pkg")
from qgis.core import QgsApplication
app = QgsApplication([], False); app.initQgis()
import mapflow_processing
plugin = mapflow_processing.classFactory(None)
plugin.initProcessing()
for algorithm in plugin.provider.algorithms():
    algorithm.shortHelpString(); algorithm.parameterDefinitions()
heavy = sorted(m for m in sys.modules if m == "requests" or m.startswith(("mapflow_processing.api",
               "mapflow_processing.core.processing_plan", "mapflow_processing.ui")))
plugin.unload()
print(heavy)
sys.exit(0 if not heavy else 1)
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=REPO)
    assert result.returncode == 0, result.stdout + result.stderr[-2000:]
