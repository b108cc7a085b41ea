"""Imagery catalog search."""
from __future__ import annotations

from ..models import CatalogPage, CatalogSearch
from ..transport import CallKind
from .base import EndpointGroup


class CatalogEndpoints(EndpointGroup):
    def search_catalog(self, search: CatalogSearch) -> CatalogPage:
        """``POST /catalog/meta``: imagery over an AOI from the linked providers and the user's own imagery."""
        data = self._transport.json("POST", "catalog/meta", json_body=search.to_json(), retryable=True,
                                    kind=CallKind.SEARCH)
        return CatalogPage.from_json(data)
