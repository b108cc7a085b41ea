"""Signing out while the canvas renders layers with stored logins must not freeze QGIS (integration/auth.py).

QGIS takes the auth manager's mutex and the Basic method's mutex in opposite orders (see the docstring of
integration/auth.py). A renderer loading a login the Basic method has not cached yet, while ``SecretStore`` removes or
updates a config, deadlocked for good: the dock's sign-out froze in ``removeAuthenticationConfig``. The scenario
runs in a child QGIS so that a regression is a failed test with a time limit, not a hung run.
"""
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

CHILD = r"""
import os, sys
home = sys.argv[1]
os.environ["QGIS_AUTH_DB_DIR_PATH"] = home
sys.path.insert(0, sys.argv[2])
from qgis.core import (QgsApplication, QgsAuthMethodConfig, QgsCoordinateReferenceSystem, QgsMapRendererParallelJob,
                       QgsMapSettings, QgsRasterLayer, QgsRectangle)
from qgis.PyQt.QtCore import QSettings, QSize

app = QgsApplication([], False, home)
app.initQgis()
manager = QgsApplication.authManager()
assert manager.setMasterPassword("render-deadlock", True)
from mapflow_processing.integration.auth import SecretStore
from mapflow_processing.integration.settings_store import SettingsStore

store = SecretStore(SettingsStore(QSettings(os.path.join(home, "settings.ini"), QSettings.IniFormat)), manager,
                    interactive=False)
# logins stored in an earlier session: in the database, not yet in the Basic method's cache
layers = []
for number in range(30):
    config = QgsAuthMethodConfig("Basic")
    config.setName(f"imagery {number}")
    config.setConfig("username", "user")
    config.setConfig("password", "password")
    stored, config = manager.storeAuthenticationConfig(config)
    assert stored
    layers.append(QgsRasterLayer("type=xyz&url=http://127.0.0.1:9/%7Bz%7D/%7Bx%7D/%7By%7D.png&zmin=0&zmax=19"
                                 f"&authcfg={config.id()}", f"preview {number}", "wms"))
assert all(layer.isValid() for layer in layers)
settings = QgsMapSettings()
settings.setLayers(layers)
settings.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
settings.setExtent(QgsRectangle(4185000, 7509000, 4186000, 7510000))
settings.setOutputSize(QSize(256, 256))
job = QgsMapRendererParallelJob(settings)
job.start()  # render threads ask the Basic method for every login now
server = "http://127.0.0.1:9/rest"
for attempt in range(10):  # what the dock does on sign-in and sign-out, while they render
    store.save_api_token(server, "ZGVtb0BleGFtcGxlLmNvbTpzM2NyM3Q=")
    store.save_imagery_login(f"https://imagery-{attempt}.example.com/{{z}}/{{x}}/{{y}}.png", "user", "password")
    assert store.load_api_token(server).email == "demo@example.com"
    assert store.sign_out(server, forget_imagery_logins=True) == 2
job.waitForFinished()
print("FINISHED", flush=True)
app.exitQgis()
"""


@pytest.mark.slow
def test_sign_out_while_layers_with_logins_render_does_not_deadlock(tmp_path):
    try:
        done = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path), str(REPO / ".build" / "pkg")],
                              capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:  # subprocess.run has killed the child
        pytest.fail("signing out while layers rendered did not finish in 60 s: QGIS's auth mutexes deadlocked")
    assert done.returncode == 0 and "FINISHED" in done.stdout, done.stderr[-3000:]
