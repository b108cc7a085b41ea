"""Helpers for the api tier's sandbox tests: AOIs, waiting, extra users, fault rules, small GeoTIFFs."""
from __future__ import annotations

import itertools
import time
from pathlib import Path
from typing import Optional

import numpy as np
import requests
from osgeo import gdal, osr

from mapflow_processing.api import MapflowClient, Processing, RetryPolicy

gdal.UseExceptions()

_offsets = itertools.count()


def small_aoi(size_deg: float = 0.004, lon: float = 37.60, lat: float = 55.75) -> dict:
    """A square AOI about 250 m wide, shifted for every call so tests never share an area by accident."""
    shift = next(_offsets) * 0.01
    west, south = lon + shift, lat
    return {"type": "Polygon", "coordinates": [[[west, south], [west + size_deg, south],
                                                [west + size_deg, south + size_deg * 0.6],
                                                [west, south + size_deg * 0.6], [west, south]]]}


def wait_until_terminal(client: MapflowClient, processing_id: str, timeout: float = 90.0) -> Processing:
    deadline = time.monotonic() + timeout
    while True:
        processing = client.get_processing(processing_id)
        if processing.is_terminal:
            return processing
        if time.monotonic() > deadline:
            raise AssertionError(f"processing {processing_id} still {processing.status_text} after {timeout} s")
        time.sleep(0.3)


def add_user(server, email: str, *options: str) -> MapflowClient:
    """A new sandbox account (``add-user`` CLI) and a client of it."""
    token = server.cli("add-user", email, *options).strip().splitlines()[-1]
    return MapflowClient(server.base_url, token, retry=RetryPolicy(attempts=2, backoff=0.05))


def set_faults(server, *rules: dict) -> None:
    admin = (Path(server.data_dir) / "admin-token.txt").read_text().strip()
    response = requests.post(f"{server.root_url}/admin/faults", json={"rules": list(rules)},
                             headers={"X-Sandbox-Admin": admin}, timeout=10)
    response.raise_for_status()


def clear_faults(server) -> None:
    admin = (Path(server.data_dir) / "admin-token.txt").read_text().strip()
    requests.delete(f"{server.root_url}/admin/faults", headers={"X-Sandbox-Admin": admin},
                    timeout=10).raise_for_status()


def make_geotiff(path: Path, size: int = 64, pixel_m: float = 0.5, origin: Optional[tuple] = None) -> Path:
    """An RGB uint8 GeoTIFF in EPSG:3857 with a gradient (previews are not blank)."""
    origin = origin or (4187000.0, 7497000.0)
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), size, size, 3, gdal.GDT_Byte)
    dataset.SetGeoTransform((origin[0], pixel_m, 0, origin[1], 0, -pixel_m))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3857)
    dataset.SetProjection(srs.ExportToWkt())
    ramp = (np.add.outer(np.arange(size), np.arange(size)) * 3 % 256).astype(np.uint8)
    for band in (1, 2, 3):
        dataset.GetRasterBand(band).WriteArray((ramp + band * 50) % 256)
    dataset.FlushCache()
    dataset = None
    return path


def advance_clock(server, **body) -> dict:
    """Move a sandbox's clock (admin endpoint): ``days=``, ``hours=`` or ``seconds=``."""
    admin = (Path(server.data_dir) / "admin-token.txt").read_text().strip()
    response = requests.post(f"{server.base_url}/admin/clock/advance", json=body, headers={"X-Sandbox-Admin": admin},
                             timeout=60)
    response.raise_for_status()
    return response.json()


def admin_post(server, path: str, body: Optional[dict] = None) -> requests.Response:
    admin = (Path(server.data_dir) / "admin-token.txt").read_text().strip()
    return requests.post(f"{server.base_url}/admin/{path}", json=body, headers={"X-Sandbox-Admin": admin},
                         timeout=60)


def scripted_source():
    """An imagery source the scripted engine of a clock server finishes at once (tests/sandbox/scripted_engine.py)."""
    from mapflow_processing.api.models import UserDefinedSource

    return UserDefinedSource("https://scripted.test/{z}/{x}/{y}.png?delay=0", zoom=18)
