"""The plugin's metadata (version, repository, tracker from metadata.txt) and the versions a bug report needs:
plugin, QGIS, Qt, Python, OS."""
from __future__ import annotations

import configparser
import platform
from functools import lru_cache
from pathlib import Path
from typing import Dict

from qgis.core import Qgis
from qgis.PyQt.QtCore import QT_VERSION_STR

from ..core.help_links import PluginLinks

METADATA = Path(__file__).resolve().parents[1] / "metadata.txt"


@lru_cache(maxsize=32)
def plugin_metadata(key: str, fallback: str = "") -> str:
    """One value of the plugin's metadata.txt ([general])."""
    parser = configparser.ConfigParser()
    try:
        parser.read(METADATA, encoding="utf-8")
        return parser.get("general", key, fallback=fallback)
    except configparser.Error:
        return fallback


def plugin_version() -> str:
    return plugin_metadata("version", "0.0.0")


def plugin_links() -> PluginLinks:
    """The repository and issue tracker metadata.txt names (the Help section's user guide and tracker links)."""
    return PluginLinks(plugin_metadata("repository"), plugin_metadata("tracker"))


def environment() -> Dict[str, str]:
    """For the error report: what a maintainer asks first (no user data, no paths)."""
    return {
        "Plugin": f"Mapflow Processing {plugin_version()}",
        "QGIS": Qgis.QGIS_VERSION,
        "Qt": QT_VERSION_STR,
        "Python": platform.python_version(),
        "OS": f"{platform.system()} {platform.release()} ({platform.machine()})",
    }
