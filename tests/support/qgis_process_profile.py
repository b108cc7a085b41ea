"""A throwaway QGIS profile for the real ``qgis_process`` command line, set up as a user would have it: the
plugin's zip (``scripts/package.py``, what users install) unpacked into ``python/plugins`` and enabled, the panel's
server setting and stored sign-in (a token in the profile's authentication database), and the master password in a
file named by ``QGIS_AUTH_PASSWORD_FILE``.

Debian's ``/usr/bin/qgis_process`` wrapper adds ``--noversioncheck``, which the 3.22 binary refuses: the binary is
called directly.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Optional

REPO = Path(__file__).resolve().parents[2]
QGIS_PROCESS = "/usr/bin/qgis_process.bin"

_SETUP = r"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from qgis.PyQt.QtCore import QCoreApplication
# the organisation and application names QGIS and qgis_process use: settings land in <profile>/QGIS/QGIS3.ini
QCoreApplication.setOrganizationName("QGIS")
QCoreApplication.setOrganizationDomain("qgis.org")
QCoreApplication.setApplicationName("QGIS3")
from qgis.core import QgsApplication, QgsSettings
app = QgsApplication([], False)
app.initQgis()
from mapflow_processing.core import settings as catalogue
from mapflow_processing.integration.auth import SecretStore
from mapflow_processing.integration.settings_store import SettingsStore
server, token, master = sys.argv[1:4]
QgsSettings().setValue("PythonPlugins/mapflow_processing", True)
settings = SettingsStore()
settings.set(catalogue.SERVER_URL, server)
settings.set(catalogue.POLL_INTERVAL_S, 2)
secrets = SecretStore(settings, interactive=False)
assert secrets.unlock(master)
secrets.save_api_token(server, token)
settings.sync()
print("SETTINGS " + settings.file_name)
app.exitQgis()
"""


@dataclass
class QgisProcessProfile:
    root: Path  # QGIS_CUSTOM_CONFIG_PATH
    password_file: Path

    def env(self, unlocked: bool = True) -> Dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k not in ("QGIS_AUTH_PASSWORD_FILE", "PYTHONPATH")}
        env.update(QGIS_CUSTOM_CONFIG_PATH=str(self.root), QT_QPA_PLATFORM="offscreen")
        if unlocked:
            env["QGIS_AUTH_PASSWORD_FILE"] = str(self.password_file)
        return env

    def run(self, *args: str, unlocked: bool = True, timeout: float = 300,
            cwd: Optional[Path] = None) -> subprocess.CompletedProcess:
        return subprocess.run([QGIS_PROCESS, *args], env=self.env(unlocked), capture_output=True, text=True,
                              timeout=timeout, stdin=subprocess.DEVNULL, cwd=str(cwd or self.root))

    def run_json(self, algorithm: str, parameters: Dict[str, object], **options) -> dict:
        """``qgis_process --json run ALG -- NAME=value ...``; the parsed answer (its ``results``...)."""
        done = self.run("--json", "run", algorithm, "--", *(f"{k}={v}" for k, v in parameters.items()), **options)
        assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
        return json.loads(done.stdout[done.stdout.index("{"):])


def install_package(plugins: Path) -> None:
    """Build the plugin zip and unpack it into ``plugins``, as QGIS's plugin manager does."""
    out = plugins.parent / "dist"
    built = subprocess.run([sys.executable, "scripts/package.py", "--out", str(out)], cwd=REPO, capture_output=True,
                           text=True, timeout=300)
    assert built.returncode == 0, built.stderr[-2000:]
    zipfile.ZipFile(built.stdout.strip().splitlines()[-1]).extractall(plugins)


def make_profile(root: Path, server_url: str, token: str, master_password: str) -> QgisProcessProfile:
    plugins = root / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    install_package(plugins)
    env = {k: v for k, v in os.environ.items() if k != "QGIS_AUTH_PASSWORD_FILE"}
    env.update(QGIS_CUSTOM_CONFIG_PATH=str(root), QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(plugins))
    done = subprocess.run([sys.executable, "-c", _SETUP, server_url, token, master_password], env=env,
                          capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr[-3000:]
    settings_file = Path(done.stdout.split("SETTINGS ", 1)[1].strip())
    assert settings_file == root / "profiles" / "default" / "QGIS" / "QGIS3.ini", settings_file
    password_file = root / "master-password"
    password_file.write_text(master_password, encoding="utf-8")
    password_file.chmod(0o600)
    return QgisProcessProfile(root, password_file)
