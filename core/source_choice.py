"""From an imagery choice to the API's source params (QGIS-free): a data provider at a zoom, the user's own tile/WMS
URL, or own imagery (a mosaic or one image).

One home for the dock's source section and the Processing-toolbox algorithms: both hand a ``SourceChoice`` and the
account's data providers to :func:`pick_source` and get a ``SourcePick`` (the params, or why they cannot be used).
"""
from __future__ import annotations

from typing import Iterable, Optional
from urllib.parse import urlsplit

from ..api.i18n import translate
from ..api.models.sources import DataProviderSource, MyImagerySource, SourceType, UserDefinedSource
from ..api.models.user import DataProvider
from .choices import SourceChoice, SourceKind
from .pricing import provider_price
from .processing_plan import SourcePick

REQUIRED_PLACEHOLDERS = {"XYZ": ("{x}", "{y}", "{z}"), "TMS": ("{x}", "{y}", "{z}"), "QUADKEY": ("{q}",), "WMS": ()}


def tr(text: str) -> str:
    """pylupdate5 files a bare ``tr("...")`` under "@default" (where the dock's texts were before the move)."""
    return translate(text, "@default")


def check_source_url(url: str, url_type: str) -> str:
    """Why the URL cannot be used as an imagery source of ``url_type`` ('' when it can)."""
    text = (url or "").strip()
    if not text:
        return tr("Enter the URL of your imagery service.")
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return tr("The imagery URL must start with http:// or https://.")
    kind = url_type.upper()
    present = text.replace("{-y}", "{y}") if kind == "TMS" else text
    missing = [p for p in REQUIRED_PLACEHOLDERS.get(kind, ()) if p not in present]
    if missing:
        return tr("A {type} URL needs the placeholder(s) {missing}, e.g. {example}.").format(
            type="Quadkey" if kind == "QUADKEY" else kind, missing=" ".join(missing),
            example="https://example.com/{q}.jpeg" if kind == "QUADKEY" else "https://example.com/{z}/{x}/{y}.png")
    if kind == "WMS" and "layers=" not in text.lower():
        return tr("A WMS URL needs its LAYERS parameter, e.g. https://example.com/wms?LAYERS=ortho.")
    return ""


def find_provider(providers: Iterable[DataProvider], name: Optional[str]) -> Optional[DataProvider]:
    """A data provider by API name, case-insensitively (contract section 7, item 24)."""
    return next((p for p in providers if name and p.name.lower() == name.lower()), None)


def pick_source(choice: SourceChoice, providers: Iterable[DataProvider], server_zoom: bool = False) -> SourcePick:
    """The API source for ``choice``, or a ``SourcePick`` whose ``problem`` says what is missing. A provider
    without a zoom runs at the zoom the server would choose (``ProviderPrice.working_zoom``: the models'
    recommended zoom within the provider's zooms), sent explicitly so that the label, the price and the run agree;
    with ``server_zoom`` no zoom is sent at all."""
    if choice.kind == SourceKind.PROVIDER:
        provider = find_provider(providers, choice.provider_name)
        if provider is None:
            return SourcePick(problem=tr("No data provider is available for this account."))
        zoom = choice.zoom
        if zoom is None and not server_zoom:
            zoom = provider_price(provider).working_zoom() if provider.zooms else None
        label = provider.display_name + (tr(", zoom {zoom}").format(zoom=zoom) if zoom is not None else "")
        return SourcePick(DataProviderSource(provider.name, zoom), label, provider, zoom)
    if choice.kind == SourceKind.URL:
        problem = check_source_url(choice.url, choice.url_type)
        if problem:
            return SourcePick(problem=problem)
        source = UserDefinedSource(choice.url, SourceType(choice.url_type.upper()), choice.zoom,
                                   raster_login=choice.login or None, raster_password=choice.password or None)
        label = tr("{type} tiles from {host}").format(type=choice.url_type, host=urlsplit(choice.url).netloc)
        if choice.zoom is not None:
            label += tr(", zoom {zoom}").format(zoom=choice.zoom)
        return SourcePick(source, label, zoom=choice.zoom)
    if not choice.mosaic_id:
        return SourcePick(problem=tr("Choose a mosaic of your imagery, or upload a GeoTIFF."))
    name = choice.imagery_name or choice.image_id or choice.mosaic_id
    if choice.image_id:
        return SourcePick(MyImagerySource(image_ids=(choice.image_id,)), tr("my image {name}").format(name=name))
    return SourcePick(MyImagerySource(mosaic_id=choice.mosaic_id), tr("my mosaic {name}").format(name=name))
