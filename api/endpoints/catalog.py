"""Imagery catalog search, and the quick-look pictures of its results."""
from __future__ import annotations

from typing import Callable, Optional
from urllib.parse import urlsplit

from ..errors import InvalidRequestError
from ..models import CatalogImage, CatalogPage, CatalogSearch
from ..transport import CallKind
from .base import EndpointGroup

MAX_PREVIEW_BYTES = 32 * 1024 * 1024


class CatalogEndpoints(EndpointGroup):
    def search_catalog(self, search: CatalogSearch, *,
                       is_cancelled: Optional[Callable[[], bool]] = None) -> CatalogPage:
        """``POST /catalog/meta``: imagery over an AOI from the linked providers and the user's own imagery.

        A search AOI over the account's ``searchAreaLimit`` is refused with ``SEARCH_AREA_LIMIT_EXCEEDED`` (a
        planned search can cover it instead). ``is_cancelled`` lets a transport that can (the QGIS one) abort the
        request while waiting for the answer."""
        # up to 10,000 results (~7 MB): decoded in pieces so that a GUI thread waiting for the GIL is not frozen
        data = self._transport.json("POST", "catalog/meta", json_body=search.to_json(), retryable=True,
                                    kind=CallKind.SEARCH, is_cancelled=is_cancelled, in_pieces=True)
        return CatalogPage.from_json(data)

    def catalog_preview(self, image: CatalogImage) -> bytes:
        """The PNG/JPG quick-look of a ``png``/``jpg`` result (``preview_url``), to be stretched onto
        ``image.footprint_corners``. The preview host is often not Mapflow's: the request carries no credentials
        (the URL authorises itself), never the account's token."""
        url = image.preview_url or ""
        if (image.preview_type or "").lower() not in ("png", "jpg", "jpeg") or not url:
            raise InvalidRequestError("this result has no picture preview (its preview type is "
                                      f"{image.preview_type or 'none'})")
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise InvalidRequestError("the preview address is not an http(s) URL")
        # through the client's HTTP transport (QGIS's network stack in the plugin), never with the credentials
        response = self._transport.request("GET", url, kind=CallKind.DOWNLOAD, auth=False, stream=True,
                                           headers={"Accept": "image/*"})
        data = bytearray()
        try:
            for chunk in response.iter_content(64 * 1024):
                data += chunk
                if len(data) > MAX_PREVIEW_BYTES:
                    break
        finally:
            response.close()
        if len(data) > MAX_PREVIEW_BYTES:
            raise InvalidRequestError("the preview is larger than 32 MB")
        return bytes(data)
