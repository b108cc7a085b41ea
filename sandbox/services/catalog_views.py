"""JSON views of the price book (sandbox.catalog): workflow definitions and data providers."""
from __future__ import annotations

import sqlite3

from .. import catalog
from ..store.users import stable_id
from . import scene_catalog

# a fixed date: the models are part of the sandbox release, not of any account
CATALOG_DATE = "2024-01-01T00:00:00.000000Z"

MY_IMAGERY_IMAGES = "my_imagery_images"
MY_IMAGERY_MOSAICS = "my_imagery_mosaics"


def model_id(conn: sqlite3.Connection, model: catalog.ModelDef) -> str:
    return stable_id(conn, "model", model.key)


def model_ids(conn: sqlite3.Connection) -> dict:
    """model key -> stable id."""
    return {m.key: model_id(conn, m) for m in catalog.MODELS}


def block_json(block: catalog.BlockDef) -> dict:
    return {"name": block.name, "displayName": block.display_name, "optional": block.optional,
            "price": block.price, "description": block.display_name, "available": block.available}


def workflow_def(conn: sqlite3.Connection, model: catalog.ModelDef) -> dict:
    return {
        "id": model_id(conn, model), "name": model.name, "description": model.description,
        "created": CATALOG_DATE, "updated": CATALOG_DATE,
        "pricePerSqKm": model.price_per_sq_km,
        "blocks": [block_json(b) for b in model.blocks],
        "minZoom": model.min_zoom, "maxZoom": model.max_zoom,
        "minResolution": model.min_res, "maxResolution": model.max_res,
    }


def workflow_defs(conn: sqlite3.Connection) -> list:
    return [workflow_def(conn, m) for m in catalog.MODELS]


def provider_json(conn: sqlite3.Connection, provider: catalog.ProviderDef, public_url: str) -> dict:
    return {
        "id": stable_id(conn, "provider", provider.name),
        "name": provider.name,
        "displayName": provider.display_name,
        "price": [{"zoom": zoom, "priceSqKm": price} for zoom, price in provider.prices],
        "previewUrl": f"{public_url}/api/demo/tiles/{{z}}/{{x}}/{{y}}.png",
        "previewUrlMaxZoom": provider.max_zoom,
        "minAreaSqKm": provider.min_area_sq_km,
        "minAreaSqkm": provider.min_area_sq_km,
        "maxZoom": provider.max_zoom,
    }


def data_providers(conn: sqlite3.Connection, public_url: str) -> list:
    return [provider_json(conn, p, public_url) for p in catalog.PROVIDERS]


def search_data_providers(conn: sqlite3.Connection, user, public_url: str) -> list:
    """The providers the user can search and process (linked to their plan), then their own imagery."""
    result = []
    for provider in scene_catalog.linked_providers(conn, user):
        result.append({
            "id": stable_id(conn, "search-provider", provider.name), "name": provider.name,
            "displayName": provider.display_name,
            "price": [{"zoom": zoom, "priceSqKm": price} for zoom, price in provider.prices],
            "previewUrl": scene_catalog.provider_preview_url(provider, public_url),
            "previewUrlMaxZoom": 19 if provider.is_mosaic else None,
            "minAreaSqKm": provider.min_area_sq_km, "minAreaSqkm": provider.min_area_sq_km,
            "productType": provider.product_type, "zoom": provider.zoom, "pixelResolution": provider.resolution,
        })
    for name, display, kind in ((MY_IMAGERY_IMAGES, "My imagery: images", "IMAGE"),
                                (MY_IMAGERY_MOSAICS, "My imagery: mosaics", "MOSAIC")):
        result.append({"id": stable_id(conn, "provider", name), "name": name, "displayName": display,
                       "price": [], "previewUrl": None, "previewUrlMaxZoom": None, "minAreaSqKm": 0.0,
                       "minAreaSqkm": 0.0, "productType": kind, "zoom": None, "pixelResolution": None})
    return result
