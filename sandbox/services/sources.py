"""Imagery sources of a processing: v1/v2 bodies normalised to one v2 ``sourceParams`` variant.

Three outcomes for a source: a malformed request is refused (400/403); a well-formed request whose values the
pipeline would reject is accepted and fails with a contract 4.1 message (``pipeline_messages``); everything else
is handed to the engine as a ``SourceSpec``.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Optional
from urllib.parse import urlparse

from .. import catalog
from ..errors import ApiError, bad_request
from ..store import rasters as raster_store
from ..store.records import User
from ..engine.interface import SourceSpec
from shapely import wkt as shapely_wkt
from shapely.ops import unary_union
from . import imagery_search
from .catalog_views import MY_IMAGERY_IMAGES, MY_IMAGERY_MOSAICS

VARIANTS = ("dataProvider", "myImagery", "imagerySearch", "userDefined")
CATALOG_KEY = "_catalog"  # stored next to an imagerySearch of catalog scenes; never echoed (imagery_search.py)
USER_SOURCE_TYPES = ("XYZ", "TMS", "QUADKEY", "WMS", "LOCAL", "SENTINEL_L2A")
RUNNABLE_SOURCE_TYPES = ("XYZ", "TMS", "QUADKEY", "WMS")
S3_PREFIX = "s3://sandbox-rasters/"


def image_url(image_id: str, mosaic_id: Optional[str]) -> str:
    """The s3-like URL the Data API shows for an image; v1 ``source_type: local`` sends it back."""
    return f"{S3_PREFIX}{mosaic_id or 'legacy'}/{image_id}.tif"


def image_id_from_url(url: str) -> Optional[str]:
    if not isinstance(url, str) or not url.startswith(S3_PREFIX) or not url.endswith(".tif"):
        return None
    return url.rsplit("/", 1)[-1][:-4]


def message(code: str, **parameters) -> dict:
    params = {k: str(v) for k, v in parameters.items()}
    params["level"] = "error"
    return {"code": code, "parameters": params}


_provider_unavailable = imagery_search.provider_unavailable


def _id_list(value, field: str) -> Optional[list]:
    if value is None:
        return None
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise bad_request(f"{field} must be a list of ids")
    return value


def _v1_to_v2(params: dict, conn: sqlite3.Connection) -> dict:
    """v1 flat params (contract 3.6) as a v2 sourceParams dict."""
    source_type = str(params.get("source_type") or params.get("sourceType") or "").strip()
    zoom = params.get("zoom")
    if params.get("data_provider") and not source_type:
        return {"dataProvider": {"providerName": params["data_provider"], "zoom": zoom}}
    if not source_type and not params.get("url"):
        return {}
    if source_type.lower() == "local":
        image_id = image_id_from_url(params.get("url"))
        image = raster_store.get_image(conn, image_id) if image_id else None
        if image:
            return {"myImagery": {"imageIds": [image.id], "mosaicId": None}}
    return {"userDefined": {
        "sourceType": (source_type or "XYZ").upper(), "url": params.get("url"), "zoom": zoom,
        "crs": params.get("crs") or params.get("projection"),
        "rasterLogin": params.get("raster_login"), "rasterPassword": params.get("raster_password"),
    }}


def normalise(conn: sqlite3.Connection, user: User, params) -> dict:
    """The stored, echo-ready sourceParams (exactly one variant, every key present). Refuses malformed input."""
    if params is None:
        params = {}
    if not isinstance(params, dict):
        raise bad_request("params must be an object")
    source = params.get("sourceParams")
    if source is None:
        source = _v1_to_v2(params, conn)
    if not isinstance(source, dict):
        raise bad_request("params.sourceParams must be an object")
    given = [k for k in VARIANTS if source.get(k) is not None]
    unknown = [k for k in source if k not in VARIANTS]
    if unknown:
        raise bad_request(f"Unknown source {unknown[0]!r}: sourceParams takes one of {', '.join(VARIANTS)}")
    if not given:
        # no source at all: the sandbox's own demo imagery, like a default basemap
        return {"dataProvider": {"providerName": catalog.DEMO_PROVIDER, "zoom": None}}
    if len(given) > 1:
        raise bad_request(f"sourceParams must hold exactly one source, got {', '.join(given)}")
    kind = given[0]
    body = source[kind]
    if not isinstance(body, dict):
        raise bad_request(f"sourceParams.{kind} must be an object")
    normalised = {kind: _NORMALISERS[kind](conn, user, body)}
    if kind == "imagerySearch" and normalised[kind]["dataProvider"] not in (MY_IMAGERY_IMAGES, MY_IMAGERY_MOSAICS):
        normalised[CATALOG_KEY] = imagery_search.companion(conn, normalised[kind])
    return normalised


def _data_provider(conn, user, body: dict) -> dict:
    provider = catalog.provider_by_name(str(body.get("providerName") or ""))
    if provider is None:
        raise _provider_unavailable(body.get("providerName"))
    return {"providerName": provider.name, "zoom": body.get("zoom")}


def _my_imagery(conn, user, body: dict) -> dict:
    image_ids = _id_list(body.get("imageIds"), "myImagery.imageIds")
    mosaic_id = body.get("mosaicId")
    if not image_ids and not mosaic_id:
        raise bad_request("myImagery needs mosaicId or imageIds")
    if mosaic_id:
        mosaic = raster_store.get_mosaic(conn, str(mosaic_id))
        if mosaic is None or mosaic.owner_id != user.id:
            raise ApiError(400, "BAD_REQUEST", f"Mosaic {mosaic_id} not found", {"mosaicId": str(mosaic_id)})
        if not raster_store.images_of_mosaic(conn, mosaic.id):
            raise ApiError(400, "BAD_REQUEST", f"Mosaic {mosaic_id} has no images", {"mosaicId": str(mosaic_id)})
    for image_id in image_ids or []:
        image = raster_store.get_image(conn, image_id)
        if image is None or image.owner_id != user.id or (mosaic_id and image.mosaic_id != mosaic_id):
            raise ApiError(400, "BAD_REQUEST", f"Image {image_id} not found", {"imageId": image_id})
    return {"imageIds": image_ids, "mosaicId": mosaic_id}


def _imagery_search(conn, user, body: dict) -> dict:
    provider = str(body.get("dataProvider") or "").lower()
    ids = _id_list(body.get("imageIds"), "imagerySearch.imageIds")
    if not ids:
        raise bad_request("imagerySearch.imageIds must list at least one image")
    if provider not in (MY_IMAGERY_IMAGES, MY_IMAGERY_MOSAICS):
        return imagery_search.normalise(conn, user, str(body.get("dataProvider") or ""), ids, body)
    for item_id in ids:
        if provider == MY_IMAGERY_IMAGES:
            item = raster_store.get_image(conn, item_id)
        else:
            item = raster_store.get_mosaic(conn, item_id)
        if item is None or item.owner_id != user.id:
            raise ApiError(400, "BAD_REQUEST", f"Search result {item_id} not found", {"imageId": item_id})
    return {"dataProvider": provider, "imageIds": ids, "zoom": body.get("zoom"), "searchId": body.get("searchId")}


def _user_defined(conn, user, body: dict) -> dict:
    return {"sourceType": str(body.get("sourceType") or "XYZ").upper(), "url": body.get("url"),
            "zoom": body.get("zoom"), "crs": body.get("crs"), "rasterLogin": body.get("rasterLogin"),
            "rasterPassword": body.get("rasterPassword")}


_NORMALISERS = {"dataProvider": _data_provider, "myImagery": _my_imagery, "imagerySearch": _imagery_search,
                "userDefined": _user_defined}


def kind_of(source: dict) -> str:
    return next(iter(source))


def zoom_of(source: dict) -> Optional[int]:
    """The zoom as an int, or None when absent or not an integer (pipeline_messages reports that)."""
    value = source[kind_of(source)].get("zoom")
    if value is None or value == "" or isinstance(value, bool):
        return None
    try:
        return int(str(value).strip())
    except ValueError:
        return None


def pipeline_messages(conn: sqlite3.Connection, source: dict) -> list:
    """Contract 4.1 messages for values the pipeline rejects before loading any imagery."""
    kind = kind_of(source)
    body = source[kind]
    messages = []
    zoom = body.get("zoom")
    if zoom is not None and zoom != "":
        if isinstance(zoom, bool) or not str(zoom).strip().lstrip("-").isdigit():
            messages.append(message("source-validator.ZoomMustBeInteger", actual_zoom=zoom))
        elif not 0 <= int(str(zoom).strip()) <= 22:
            messages.append(message("source-validator.InvalidZoomValue", actual_zoom=zoom))
    if kind == "userDefined":
        messages.extend(_user_defined_messages(conn, body))
    return messages


def _user_defined_messages(conn: sqlite3.Connection, body: dict) -> list:
    source_type = body["sourceType"]
    url = body.get("url")
    if source_type not in USER_SOURCE_TYPES or source_type == "SENTINEL_L2A":
        allowed = ", ".join(t.lower() for t in RUNNABLE_SOURCE_TYPES + ("local",))
        return [message("source-validator.SourceTypeIsNotAllowed", source_type=source_type.lower(),
                        allowed_sources=allowed)]
    if not isinstance(url, str):
        return [message("source-validator.UrlMustBeString", url_type=type(url).__name__)]
    if source_type == "LOCAL":
        if not url.startswith("s3://"):
            return [message("source-validator.S3URLError", actual_s3_link=url)]
        return [message("source-validator.ReadFromS3Failed", s3_link=url)]  # a known image became myImagery
    if not url.lower().startswith(("http://", "https://")):
        return [message("source-validator.UrlMustBeLink")]
    try:
        parsed = urlparse(url)
        if not parsed.netloc:
            raise ValueError("no host in the URL")
    except ValueError as exc:
        return [message("source-validator.UrlFormatInvalid", parse_error_message=exc)]
    has_xyz = "{x}" in url and "{z}" in url and ("{y}" in url or "{-y}" in url)
    if source_type in ("XYZ", "TMS") and not has_xyz:
        code = "XYZLinkFormatError" if source_type == "XYZ" else "TMSLinkFormatError"
        return [message(f"source-validator.{code}")]
    if source_type == "QUADKEY" and "{q}" not in url and "{quadkey}" not in url:
        return [message("source-validator.QuadkeyLinkFormatError")]
    return []


def data_price(source: dict, model: catalog.ModelDef) -> float:
    """Provider price per km² at the zoom the engine will run at (``catalog.working_zoom``: without a zoom, the
    model's recommended one); a search scene's own price; 0 for own imagery and custom URLs (contract 5)."""
    if CATALOG_KEY in source:
        return float(source[CATALOG_KEY]["price"])
    if kind_of(source) != "dataProvider":
        return 0.0
    provider = catalog.provider_by_name(source["dataProvider"]["providerName"])
    return provider.price_at(catalog.working_zoom(model, zoom_of(source), provider)) if provider else 0.0


@dataclass(frozen=True)
class MinimumArea:
    """The part of a search provider the area rules need (``ProviderMinAreaError``)."""

    name: str
    min_area_sq_km: float


def provider_of(source: dict):
    """The provider whose minimum area applies: a basemap ProviderDef, a search provider, or None."""
    if kind_of(source) == "dataProvider":
        return catalog.provider_by_name(source["dataProvider"]["providerName"])
    if CATALOG_KEY in source:
        return MinimumArea(source[CATALOG_KEY]["provider"], float(source[CATALOG_KEY]["minAreaSqKm"]))
    return None


def footprint_union(conn: sqlite3.Connection, source: dict):
    """The footprints an imagerySearch AOI is clipped to (the chosen scenes or own images); None for others."""
    if kind_of(source) != "imagerySearch":
        return None
    body = source["imagerySearch"]
    if CATALOG_KEY in source:
        return imagery_search.footprints(conn, body)
    shapes = []
    for image in local_images(conn, source):
        shapes.append(shapely_wkt.loads(image.footprint_wkt))
    return unary_union(shapes) if shapes else None


def provider_label(source: dict) -> Optional[str]:
    kind = kind_of(source)
    if kind == "dataProvider":
        return source[kind]["providerName"]
    if kind == "imagerySearch":
        return source[kind]["dataProvider"]
    return None


def echo(source: dict) -> dict:
    """sourceParams as clients read it: every key of the variant present, zoom as an int when it is one.

    A raster password is never shown again: ``rasterPassword`` is present (clients read every key) but null, so a
    client that duplicates the processing asks its user for the password instead of copying it out of a listing.
    """
    kind = kind_of(source)
    body = dict(source[kind])
    if "zoom" in body and zoom_of(source) is not None:
        body["zoom"] = zoom_of(source)
    if kind == "userDefined":
        body["rasterPassword"] = None
    return {kind: body}


def flat_v1(conn: sqlite3.Connection, source: dict) -> dict:
    """The v1 flat string map (contract 3.6) of a source; absent values are left out."""
    kind = kind_of(source)
    body = source[kind]
    zoom = zoom_of(source)
    if kind == "dataProvider":
        flat = {"source_type": "xyz", "data_provider": body["providerName"], "zoom": zoom}
    elif kind == "userDefined":
        flat = {"source_type": body["sourceType"].lower(), "url": body.get("url"), "zoom": zoom,
                "crs": body.get("crs"), "raster_login": body.get("rasterLogin")}  # never the password (echo)
    elif kind == "imagerySearch":
        flat = {"source_type": "local", "data_provider": body["dataProvider"], "zoom": zoom,
                "url": ",".join(body.get("imageIds") or [])}
    else:
        urls = [image_url(i.id, i.mosaic_id) for i in _images_for(conn, body)]
        flat = {"source_type": "local", "url": ",".join(urls)}
    return {k: str(v) for k, v in flat.items() if v is not None}


def _images_for(conn: sqlite3.Connection, my_imagery: dict) -> list:
    if my_imagery.get("mosaicId"):
        images = raster_store.images_of_mosaic(conn, my_imagery["mosaicId"])
        wanted = my_imagery.get("imageIds")
        return [i for i in images if not wanted or i.id in wanted]
    return [i for i in (raster_store.get_image(conn, x) for x in my_imagery.get("imageIds") or []) if i]


def local_images(conn: sqlite3.Connection, source: dict) -> list:
    """The uploaded images a myImagery or my-imagery search source points at (as they exist now)."""
    kind = kind_of(source)
    body = source[kind]
    if kind == "myImagery":
        return _images_for(conn, body)
    if kind == "imagerySearch":
        if body["dataProvider"] == MY_IMAGERY_MOSAICS:
            return [i for m in body["imageIds"] for i in raster_store.images_of_mosaic(conn, m)]
        return _images_for(conn, {"imageIds": body["imageIds"]})
    return []


def source_spec(conn: sqlite3.Connection, source: dict) -> SourceSpec:
    """What the engine needs to fetch the imagery of a (pipeline-valid) source."""
    if CATALOG_KEY in source:
        return imagery_search.source_spec(source[CATALOG_KEY])
    kind = kind_of(source)
    body = source[kind]
    zoom = zoom_of(source)
    if kind == "dataProvider":
        return SourceSpec(kind="demo", provider_name=body["providerName"], zoom=zoom)
    if kind == "userDefined":
        return SourceSpec(kind=body["sourceType"].lower(), url=body.get("url"), zoom=zoom,
                          crs=str(body.get("crs") or "EPSG:3857").upper(), login=body.get("rasterLogin"),
                          password=body.get("rasterPassword"))
    return SourceSpec(kind="geotiff", zoom=zoom, file_paths=[i.path for i in local_images(conn, source)])
