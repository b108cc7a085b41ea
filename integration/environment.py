"""The plugin's version (from metadata.txt) and the versions a bug report needs: plugin, QGIS, Qt, Python, OS."""
from __future__ import annotations

import configparser
import platform
from functools import lru_cache
from pathlib import Path
from typing import Dict

from qgis.core import Qgis
from qgis.PyQt.QtCore import QT_VERSION_STR

METADATA = Path(__file__).resolve().parents[1] / "metadata.txt"


@lru_cache(maxsize=1)
def plugin_version() -> str:
    parser = configparser.ConfigParser()
    try:
        parser.read(METADATA, encoding="utf-8")
        return parser.get("general", "version", fallback="0.0.0")
    except configparser.Error:
        return "0.0.0"


def environment() -> Dict[str, str]:
    """For the error report: what a maintainer asks first (no user data, no paths)."""
    return {
        "Plugin": f"Mapflow Processing {plugin_version()}",
        "QGIS": Qgis.QGIS_VERSION,
        "Qt": QT_VERSION_STR,
        "Python": platform.python_version(),
        "OS": f"{platform.system()} {platform.release()} ({platform.machine()})",
    }
