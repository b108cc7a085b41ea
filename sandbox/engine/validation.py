"""Checks made before any download (contract section 4.1 codes): zoom against the model, URL templates, and the
pixel size and band count of GeoTIFFs."""
from __future__ import annotations

import re
from typing import Optional

from ..catalog import ModelDef, provider_by_name, working_zoom
from .interface import SourceSpec, StageError

TILE_KINDS = ("xyz", "tms", "quadkey", "wms")
SOURCE_KINDS = ("demo", "geotiff", "scene") + TILE_KINDS
MIN_ZOOM, MAX_ZOOM = 0, 22
RES_TOLERANCE = 0.02  # 2 %: rounding in GeoTIFF transforms must not fail an image that is exactly at the limit


def check_kind(source: SourceSpec) -> str:
    kind = (source.kind or "").lower()
    if kind not in SOURCE_KINDS:
        raise StageError("dataloader.UnknownSourceType",
                         {"allowed_source_types": ", ".join(SOURCE_KINDS), "real_source_types": source.kind})
    return kind


def resolve_zoom(source: SourceSpec, model: ModelDef, kind: str) -> Optional[int]:
    """The zoom to work at: the requested one (validated); for tile sources without one, ``catalog.working_zoom``
    (the rule the cost follows too); None for GeoTIFFs without a zoom (their own pixel size is used)."""
    zoom = source.zoom
    if zoom is None or (isinstance(zoom, str) and not zoom.strip()):
        if kind == "geotiff":
            return None
        provider = provider_by_name(source.provider_name) if kind == "demo" and source.provider_name else None
        return working_zoom(model, None, provider)
    zoom = _zoom_as_int(zoom)
    if not MIN_ZOOM <= zoom <= MAX_ZOOM:
        raise StageError("source-validator.InvalidZoomValue", {"actual_zoom": zoom})
    if zoom > model.max_zoom:
        raise StageError("source-validator.TooHighZoom", {"max_zoom": model.max_zoom, "actual_zoom": zoom})
    if zoom < model.min_zoom:
        raise StageError("source-validator.TooLowZoom", {"min_zoom": model.min_zoom, "actual_zoom": zoom})
    return zoom


def _zoom_as_int(zoom) -> int:
    if isinstance(zoom, int) and not isinstance(zoom, bool):
        return zoom
    if isinstance(zoom, float) and zoom.is_integer():
        return int(zoom)
    if isinstance(zoom, str) and re.fullmatch(r"\s*-?\d+\s*", zoom):
        return int(zoom)
    raise StageError("source-validator.ZoomMustBeInteger", {"actual_zoom": zoom})


def check_url(source: SourceSpec, kind: str) -> str:
    url = source.url
    if url is None or not isinstance(url, str):
        raise StageError("source-validator.UrlMustBeString", {"url_type": type(url).__name__})
    url = url.strip()
    if not re.match(r"^https?://", url, flags=re.IGNORECASE):
        raise StageError("source-validator.UrlMustBeLink")
    if re.search(r"\s", url):
        raise StageError("source-validator.UrlFormatInvalid", {"parse_error_message": "the URL contains spaces"})
    has_xyz = "{x}" in url and "{z}" in url and ("{y}" in url or "{-y}" in url)
    if kind == "xyz" and not has_xyz:
        raise StageError("source-validator.XYZLinkFormatError")
    if kind == "tms" and not has_xyz:
        raise StageError("source-validator.TMSLinkFormatError")
    if kind == "quadkey" and "{q}" not in url:
        raise StageError("source-validator.QuadkeyLinkFormatError")
    return url


def check_bands(count: int, model: ModelDef) -> None:
    if count not in model.bands:
        raise StageError("source-validator.NChannelsNotAllowed",
                         {"required_nchannels": ", ".join(str(b) for b in model.bands), "real_nchannels": count})


def check_pixel_size(actual_res: float, model: ModelDef) -> None:
    """``actual_res``: ground metres per pixel."""
    if actual_res > model.max_res * (1 + RES_TOLERANCE):
        raise StageError("source-validator.PixelSizeTooHigh",
                         {"actual_res": f"{actual_res:.2f}", "max_res": model.max_res})
    if actual_res < model.min_res * (1 - RES_TOLERANCE):
        raise StageError("source-validator.PixelSizeTooLow",
                         {"actual_res": f"{actual_res:.2f}", "min_res": model.min_res})
