"""The machine and software a run measured on, for the report's header."""
from __future__ import annotations

import os
import platform
from datetime import datetime, timezone
from pathlib import Path


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _memory_gb() -> float:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return round(int(line.split()[1]) / 1024 / 1024, 1)
    except (OSError, ValueError):
        pass
    return 0.0


def _qgis_version() -> str:
    try:
        from qgis.core import Qgis

        return Qgis.QGIS_VERSION
    except ImportError:
        return "not available"


def _gdal_version() -> str:
    try:
        from osgeo import gdal

        return gdal.__version__
    except ImportError:
        return "not available"


def load_average() -> float:
    """The 1-minute load average: other work on the machine makes every figure slower and noisier."""
    try:
        return round(os.getloadavg()[0], 2)
    except OSError:
        return -1.0


def describe() -> dict:
    return {
        "load_at_start": load_average(),
        "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "cpu_model": _cpu_model(),
        "cores": os.cpu_count() or 0,
        "memory_gb": _memory_gb(),
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "qgis": _qgis_version(),
        "gdal": _gdal_version(),
    }
