"""Shared pieces of the hardening tests: fault switching, fast clients, request bodies, readable-error checks."""
from __future__ import annotations

import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, List, Optional

import numpy as np
import requests
from osgeo import gdal, osr

from mapflow_processing.api import (DataProviderSource, MapflowClient, MapflowError, ProcessingRequest, RetryPolicy,
                                    Timeouts)

BUILDINGS = "🏠 Buildings"
DEMO_PROVIDER = "Sandbox_Demo"

# Retries as in production, with pauses short enough for tests; Retry-After is still honoured up to 3 s.
FAST_RETRY = RetryPolicy(attempts=3, backoff=0.05, max_backoff=0.2, max_retry_after=3.0, jitter=0.0)
# Every read timeout at 1 s: an injected 10 s latency must end as a Timeout after ~1 s per attempt.
FAST_TIMEOUTS = Timeouts(connect=2.0, read=1.0, write=1.0, create=1.0, search=1.0, download=1.0, upload=5.0)

# Texts that only come from a Python traceback or the HTTP library; none may reach a user.
LIBRARY_MARKERS = ("Traceback", 'File "', "HTTPConnectionPool", "urllib3", "requests.exceptions",
                   "Max retries exceeded", "object at 0x", "NewConnectionError")


def fast_client(server, token: Optional[str] = None, **options) -> MapflowClient:
    options.setdefault("retry", FAST_RETRY)
    options.setdefault("timeouts", FAST_TIMEOUTS)
    return MapflowClient(server.base_url, token or server.token, plugin_version="0.1.0", **options)


def assert_readable(error: BaseException, *secrets: str) -> str:
    """The error is a MapflowError whose text is written for a person: no traceback, no library text, no secret."""
    assert isinstance(error, MapflowError), f"a {type(error).__name__} escaped instead of a MapflowError: {error!r}"
    text = error.user_message
    assert text and text.strip(), "the error has no text"
    for marker in LIBRARY_MARKERS:
        assert marker not in text, f"library text {marker!r} in the message: {text}"
    for secret in secrets:
        if secret:
            assert secret not in text and secret not in str(error) and secret not in repr(error), \
                "a secret appears in the error"
    return text


def square(lon: float = 37.60, lat: float = 55.70, size: float = 0.004) -> dict:
    return {"type": "Polygon", "coordinates": [[[lon, lat], [lon + size, lat], [lon + size, lat + size],
                                                [lon, lat + size], [lon, lat]]]}


def demo_request(project_id: Optional[str] = None, name: str = "hardening", geometry: Optional[dict] = None,
                 source=None) -> ProcessingRequest:
    return ProcessingRequest(geometry=geometry or square(), source=source or DataProviderSource(DEMO_PROVIDER, 18),
                             wd_name=BUILDINGS, name=name, project_id=project_id)


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


@dataclass
class FaultSwitch:
    """The sandbox's fault rules (``/admin/faults``), set and cleared over HTTP like any client would."""

    root_url: str
    admin_token: str

    def _call(self, method: str, body: Optional[dict] = None) -> dict:
        response = requests.request(method, f"{self.root_url}/admin/faults", json=body, timeout=10,
                                    headers={"X-Sandbox-Admin": self.admin_token})
        assert response.status_code == 200, response.text
        return response.json()

    def set(self, *rules: dict) -> None:
        self._call("POST", {"rules": list(rules)})

    def clear(self) -> None:
        self._call("DELETE")

    def pending(self) -> List[dict]:
        """Rules still active; a rule with ``times`` disappears once it has fired that often."""
        return self._call("GET")["rules"]


def wait_until(check: Callable[[], object], timeout: float = 30.0, interval: float = 0.1,
               what: str = "a condition") -> object:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"timed out waiting for {what}")


def wait_final(client: MapflowClient, processing_id: str, timeout: float = 60.0):
    def final():
        processing = client.get_processing(processing_id)
        return processing if processing.status.value in ("OK", "FAILED", "CANCELLED", "REFUNDED") else None
    return wait_until(final, timeout, 0.2, f"processing {processing_id} to finish")


def processing_count(server, project_id: str, token: Optional[str] = None) -> int:
    """How many processings the server holds in a project, read with a plain session (no client retries)."""
    response = requests.get(f"{server.base_url}/projects/{project_id}/processings/v2", timeout=10,
                            headers={"Authorization": f"Basic {token or server.token}"})
    assert response.status_code == 200, response.text
    return len(response.json())


def image_count(server, mosaic_id: str, token: Optional[str] = None) -> int:
    response = requests.get(f"{server.base_url}/rasters/mosaic/{mosaic_id}/image", timeout=10,
                            headers={"Authorization": f"Basic {token or server.token}"})
    assert response.status_code == 200, response.text
    return len(response.json())


def make_geotiff(path: Path, width: int = 64, height: int = 64, bands: int = 3,
                 origin: tuple = (4187000.0, 7497000.0), pixel: float = 0.5) -> Path:
    """A small EPSG:3857 uint8 GeoTIFF with a gradient (GDAL error mode left as it is for the other tests)."""
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), width, height, bands, gdal.GDT_Byte)
    dataset.SetGeoTransform((origin[0], pixel, 0, origin[1], 0, -pixel))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3857)
    dataset.SetProjection(srs.ExportToWkt())
    ramp = (np.add.outer(np.arange(height), np.arange(width)) % 256).astype(np.uint8)
    for band in range(1, bands + 1):
        dataset.GetRasterBand(band).WriteArray((ramp + band * 40) % 256)
    dataset.FlushCache()
    dataset = None
    return path


def files_in(folder: Path) -> List[str]:
    """Every file below ``folder`` (hidden temporary ones included), as relative paths."""
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def any_contains(texts: Iterable[str], needle: str) -> bool:
    return any(needle in text for text in texts)
