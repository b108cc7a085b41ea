"""Processings of planned searches: started from images a template found (``POST /processings/template/{id}`` with
a v1 body, ``.../v2`` with a v2 body) and listed per template (v1 views, as the real service answers).

The template's ``processingParams`` fill in what the body leaves out (model, options, meta, params). The images
must be ones the template found; the geometry defaults to the template's AOIs and, as for every search source,
is clipped to the chosen images' footprints. ``updateTemplateGeometry: true`` with a geometry adds that geometry
to the template as a new AOI (named after the processing) when it is not already covered by the template's AOIs.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

from shapely.geometry import shape
from shapely.ops import unary_union

from ..errors import ApiError, bad_request
from ..geo import to_geojson
from ..store import templates as template_store
from ..store.records import Processing, User
from . import access, processing_create, templates
from .template_views import processings_of

DEFAULTABLE = ("wdId", "wdName", "blocks", "meta", "name", "description")


def _v1_params(params):
    """v1 flat params of a template processing as v2 params: ``data_provider`` + ``imageIds``/``image_ids`` or a
    comma-joined ``url`` of image ids become ``sourceParams.imagerySearch``."""
    if not isinstance(params, dict) or "sourceParams" in params:
        return params
    provider = params.get("data_provider") or params.get("dataProvider")
    ids = params.get("imageIds") or params.get("image_ids")
    if ids is None and isinstance(params.get("url"), str):
        ids = [part.strip() for part in params["url"].split(",") if part.strip()]
    if isinstance(ids, str):
        ids = [ids]
    if not provider or not ids:
        return params
    converted = {"sourceParams": {"imagerySearch": {"dataProvider": provider, "imageIds": ids,
                                                     "zoom": params.get("zoom")}}}
    if isinstance(params.get("inferenceParams"), dict):
        converted["inferenceParams"] = params["inferenceParams"]
    return converted


def _with_defaults(body: dict, defaults: dict) -> dict:
    merged = dict(body)
    for key in DEFAULTABLE:
        if merged.get(key) is None and defaults.get(key) is not None:
            merged[key] = defaults[key]
    if merged.get("params") is None and isinstance(defaults.get("params"), dict):
        merged["params"] = defaults["params"]
    elif isinstance(merged.get("params"), dict) and isinstance(defaults.get("params"), dict):
        inference = defaults["params"].get("inferenceParams")
        if inference is not None and merged["params"].get("inferenceParams") is None:
            merged["params"] = {**merged["params"], "inferenceParams": inference}
    return merged


def run_processing(conn: sqlite3.Connection, data_dir: Path, user: User, template_id: str, body,
                   v1: bool) -> Processing:
    if not isinstance(body, dict):
        raise bad_request("The request body must be a JSON object")
    template, project, role = templates.require_template(conn, user, template_id)
    access.require_project(conn, user, project.id, access.CONTRIBUTOR)
    if body.get("updateTemplateGeometry") and not templates.can_edit(user, template, role):
        templates.require_template(conn, user, template_id, edit=True)  # refuses with the rule's message
    body = _with_defaults(body, template.processing_params or {})
    if v1:
        body["params"] = _v1_params(body.get("params"))
    source = (body.get("params") or {}).get("sourceParams") if isinstance(body.get("params"), dict) else None
    search = source.get("imagerySearch") if isinstance(source, dict) else None
    if not isinstance(search, dict):
        raise bad_request("A processing of a planned search needs params.sourceParams.imagerySearch with the "
                          "images to process")
    ids = search.get("imageIds")
    for image_id in ids if isinstance(ids, list) else []:
        if not template_store.has_image(conn, template.id, str(image_id)):
            raise ApiError(400, "IMAGE_NOT_IN_TEMPLATE", f"The planned search has not found an image {image_id!r}",
                           {"imageId": str(image_id), "templateId": template.id})
    add_geometry = bool(body.pop("updateTemplateGeometry", False))
    aois = template_store.aois_of(conn, [template.id])[template.id]
    given = body.get("geometry")
    if given is None:
        body["geometry"] = to_geojson(unary_union([shape(a.geometry) for a in aois]))
    processing = processing_create.create_processing(conn, data_dir, user, body, project_id=project.id,
                                                     template_id=template.id)
    if add_geometry and given is not None:
        covered = unary_union([shape(a.geometry) for a in aois])
        if not covered.buffer(1e-9).contains(shape(given)):
            templates.add_aois(conn, user, template.id, {"geometry": given, "name": processing.name[:64]})
    return processing


def template_processings(conn: sqlite3.Connection, user: User, template_id: str) -> list:
    template, _, _ = templates.require_template(conn, user, template_id)
    return processings_of(conn, template.id)
