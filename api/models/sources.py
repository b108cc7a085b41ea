"""Imagery source of a processing: the four ``params.sourceParams`` variants (contract section 3.5), v1 flat params."""
from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any, Dict, Optional, Tuple, Union

from ..errors import InvalidRequestError
from ._fields import Fields, to_int


class SourceType(str, enum.Enum):
    """``userDefined.sourceType`` values; v1 uses the same words in lower case."""

    XYZ = "XYZ"
    TMS = "TMS"
    QUADKEY = "QUADKEY"
    WMS = "WMS"
    LOCAL = "LOCAL"
    SENTINEL_L2A = "SENTINEL_L2A"


def _zoom(value: Any) -> Optional[int]:
    return to_int(value)


@dataclass(frozen=True)
class DataProviderSource:
    """A basemap provider from ``/user/status.dataProviders`` (e.g. ``Mapbox``) at an optional zoom."""

    provider_name: str
    zoom: Optional[int] = None

    key = "dataProvider"

    def to_json(self) -> dict:
        body: dict = {"providerName": self.provider_name}
        if self.zoom is not None:
            body["zoom"] = int(self.zoom)
        return body

    @classmethod
    def from_json(cls, data: Any) -> "DataProviderSource":
        f = Fields(data, "sourceParams.dataProvider")
        return cls(provider_name=f.required_text("providerName", "name"), zoom=_zoom(f.raw("zoom")))


@dataclass(frozen=True)
class MyImagerySource:
    """Own imagery from the Data API: a whole mosaic, or chosen images (both: the images of that mosaic)."""

    mosaic_id: Optional[str] = None
    image_ids: Tuple[str, ...] = ()

    key = "myImagery"

    def to_json(self) -> dict:
        if not self.mosaic_id and not self.image_ids:
            raise InvalidRequestError("my imagery needs a mosaic id or image ids")
        body: dict = {}
        if self.mosaic_id:
            body["mosaicId"] = self.mosaic_id
        if self.image_ids:
            body["imageIds"] = list(self.image_ids)
        return body

    @classmethod
    def from_json(cls, data: Any) -> "MyImagerySource":
        f = Fields(data, "sourceParams.myImagery")
        return cls(mosaic_id=f.text("mosaicId"), image_ids=tuple(f.texts("imageIds")))


@dataclass(frozen=True)
class ImagerySearchSource:
    """Images found by the catalog search (``/catalog/meta``) of one provider; the provider name is lowercased."""

    data_provider: str
    image_ids: Tuple[str, ...]
    zoom: Optional[int] = None
    search_id: Optional[str] = None

    key = "imagerySearch"

    def to_json(self) -> dict:
        if not self.image_ids:
            raise InvalidRequestError("an imagery search source needs at least one image id")
        body: dict = {"dataProvider": self.data_provider.lower(), "imageIds": list(self.image_ids)}
        if self.zoom is not None:
            body["zoom"] = int(self.zoom)
        if self.search_id:
            body["searchId"] = self.search_id
        return body

    @classmethod
    def from_json(cls, data: Any) -> "ImagerySearchSource":
        f = Fields(data, "sourceParams.imagerySearch")
        return cls(data_provider=f.text("dataProvider", "providerName", default="") or "",
                   image_ids=tuple(f.texts("imageIds")), zoom=_zoom(f.raw("zoom")), search_id=f.text("searchId"))


@dataclass(frozen=True)
class UserDefinedSource:
    """A custom tile service (XYZ, TMS, Quadkey) or an ``s3://`` GeoTIFF (LOCAL)."""

    url: str
    source_type: SourceType = SourceType.XYZ
    zoom: Optional[int] = None
    crs: Optional[str] = None
    raster_login: Optional[str] = None
    raster_password: Optional[str] = field(default=None, repr=False)

    key = "userDefined"

    def to_json(self) -> dict:
        if not self.url:
            raise InvalidRequestError("a custom imagery source needs a URL")
        body: dict = {"sourceType": SourceType(self.source_type).value, "url": self.url}
        if self.zoom is not None:
            body["zoom"] = int(self.zoom)
        if self.crs:
            body["crs"] = self.crs.lower()
        if self.raster_login:
            body["rasterLogin"] = self.raster_login
        if self.raster_password:
            body["rasterPassword"] = self.raster_password
        return body

    @classmethod
    def from_json(cls, data: Any) -> "UserDefinedSource":
        f = Fields(data, "sourceParams.userDefined")
        kind = (f.text("sourceType", "source_type", default="XYZ") or "XYZ").upper()
        return cls(url=f.text("url", default="") or "", source_type=_source_type(kind), zoom=_zoom(f.raw("zoom")),
                   crs=f.text("crs"), raster_login=f.text("rasterLogin"), raster_password=f.text("rasterPassword"))


SourceParams = Union[DataProviderSource, MyImagerySource, ImagerySearchSource, UserDefinedSource]

_VARIANTS = (DataProviderSource, MyImagerySource, ImagerySearchSource, UserDefinedSource)


def _source_type(text: str) -> SourceType:
    try:
        return SourceType(text.upper())
    except ValueError:
        return SourceType.XYZ


def source_to_json(source: SourceParams) -> dict:
    """``{"<variant>": {...}}`` for exactly one variant."""
    if not isinstance(source, _VARIANTS):
        raise InvalidRequestError("the imagery source must be one of DataProviderSource, MyImagerySource, "
                                  "ImagerySearchSource or UserDefinedSource")
    return {source.key: source.to_json()}


def source_from_json(data: Any) -> Optional[SourceParams]:
    """The variant inside ``sourceParams``; the server echoes null for the others. Not an object → None."""
    if not isinstance(data, dict):
        return None
    for variant in _VARIANTS:
        value = data.get(variant.key)
        if isinstance(value, dict):
            return variant.from_json(value)
    return None


def source_from_v1_params(params: Dict[str, Any]) -> Optional[SourceParams]:
    """Read a v1 flat params map (``url``, ``source_type``, ``zoom``, ``data_provider``...) as a v2 variant."""
    if isinstance(params.get("sourceParams"), dict):
        return source_from_json(params["sourceParams"])
    zoom = to_int(params.get("zoom"))
    provider = params.get("data_provider")
    if provider:
        return DataProviderSource(provider_name=str(provider), zoom=zoom)
    url = params.get("url")
    if url:
        kind = str(params.get("source_type") or "xyz")
        return UserDefinedSource(url=str(url), source_type=_source_type(kind), zoom=zoom,
                                 crs=params.get("crs") or params.get("projection"),
                                 raster_login=params.get("raster_login"), raster_password=params.get("raster_password"))
    return None


def source_to_v1_params(source: SourceParams) -> dict:
    """v1 flat string params; own imagery and search results have no flat form and travel as ``sourceParams``."""
    if isinstance(source, DataProviderSource):
        params = {"data_provider": source.provider_name}
        if source.zoom is not None:
            params["zoom"] = str(int(source.zoom))
        return params
    if isinstance(source, UserDefinedSource):
        body = source.to_json()
        params = {"url": body["url"], "source_type": body["sourceType"].lower()}
        for v2_key, v1_key in (("zoom", "zoom"), ("crs", "crs"), ("rasterLogin", "raster_login"),
                               ("rasterPassword", "raster_password")):
            if v2_key in body:
                params[v1_key] = str(body[v2_key])
        return params
    return {"sourceParams": source_to_json(source)}


@dataclass(frozen=True)
class ProcessingParams:
    """``params`` of a processing: the source (None if absent), inference settings and, for v1, the flat map."""

    source: Optional[SourceParams] = None
    inference_params: Dict[str, str] = field(default_factory=dict)
    legacy: Dict[str, str] = field(default_factory=dict, repr=False)

    @classmethod
    def from_json(cls, data: Any) -> "ProcessingParams":
        if not isinstance(data, dict):
            return cls()
        inference = data.get("inferenceParams")
        inference = {str(k): str(v) for k, v in inference.items()} if isinstance(inference, dict) else {}
        if "sourceParams" in data:
            return cls(source=source_from_json(data.get("sourceParams")), inference_params=inference)
        flat = {str(k): str(v) for k, v in data.items() if v is not None and not isinstance(v, (dict, list))}
        return cls(source=source_from_v1_params(data), inference_params=inference, legacy=flat)
