"""Image previews (PNG rendered with GDAL, cached) and expiring signed download links."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import time
import uuid
from pathlib import Path
from typing import Optional

from osgeo import gdal

PREVIEW_SIZES = {"s": 256, "l": 1024}
DOWNLOAD_TTL_S = 3600

gdal.UseExceptions()


def render_preview(image_path: str, size_key: str) -> bytes:
    """A size×size PNG of the whole image (stretched to its footprint corners, as the plugin places it)."""
    cache = Path(f"{image_path}.preview-{size_key}.png")
    if cache.exists():
        return cache.read_bytes()
    size = PREVIEW_SIZES[size_key]
    dataset = gdal.Open(image_path)
    bands = [1, 2, 3, 4][: dataset.RasterCount] if dataset.RasterCount in (3, 4) else [1]
    memory_path = f"/vsimem/preview-{uuid.uuid4().hex}.png"
    try:
        gdal.Translate(memory_path, dataset, format="PNG", width=size, height=size, bandList=bands,
                       resampleAlg="average")
        handle = gdal.VSIFOpenL(memory_path, "rb")
        gdal.VSIFSeekL(handle, 0, 2)
        length = gdal.VSIFTellL(handle)
        gdal.VSIFSeekL(handle, 0, 0)
        data = bytes(gdal.VSIFReadL(1, length, handle))
        gdal.VSIFCloseL(handle)
    finally:
        gdal.Unlink(memory_path)
        gdal.Unlink(memory_path + ".aux.xml")
    partial = cache.with_suffix(".part")
    partial.write_bytes(data)
    os.replace(partial, cache)
    return data


def _sign(secret: bytes, payload: str) -> str:
    return hmac.new(secret, payload.encode(), hashlib.sha256).hexdigest()[:40]


def download_token(secret: bytes, image_id: str, ttl: int = DOWNLOAD_TTL_S, now: Optional[float] = None) -> str:
    """A link token valid ``ttl`` seconds from ``now`` (epoch seconds; the sandbox clock in the API)."""
    payload = f"{image_id}:{int(time.time() if now is None else now) + ttl}"
    encoded = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
    return f"{encoded}.{_sign(secret, payload)}"


def image_of_token(secret: bytes, token: str, now: Optional[float] = None) -> Optional[str]:
    """The image id a valid, unexpired token grants; None otherwise."""
    encoded, _, signature = token.partition(".")
    try:
        payload = base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4)).decode()
        image_id, expires = payload.rsplit(":", 1)
        expires_at = int(expires)
    except (ValueError, UnicodeDecodeError):
        return None
    current = time.time() if now is None else now
    if not hmac.compare_digest(_sign(secret, payload), signature) or expires_at < current:
        return None
    return image_id
