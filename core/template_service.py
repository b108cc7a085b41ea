"""Planned searches as blocking services (run them off the GUI thread): the light list of a project's planned
searches with its rows, one planned search with its scenes and processings, and a new one from a search.

The dock's planned-search section runs these in tasks; a script or a Processing-toolbox algorithm can call them
with an ``api.MapflowClient``.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import List, Optional, Sequence, Tuple

from ..api.models import (CatalogPage, NewTemplate, NewTemplateAoi, Processing, SearchFilters, TemplateDetails,
                          TemplateImagesQuery, TemplateShort)
from .templates import (AoiGroup, KeptParams, TemplateRow, TemplateState, build_template_rows, group_processings,
                        is_watching)


@dataclass(frozen=True)
class TemplatesRefresh:
    """The project's planned searches (``GET /processings/template/project/{id}``: one call) and their rows."""

    project_id: str
    templates: Tuple[TemplateShort, ...]
    rows: Tuple[TemplateRow, ...]

    @property
    def anything_watching(self) -> bool:
        """Whether a later poll can find anything new: some planned search still searches."""
        return any(row.state in (TemplateState.SEARCHING, TemplateState.READY) for row in self.rows)


def fetch_templates(client, project_id: str, now: Optional[datetime] = None) -> TemplatesRefresh:
    templates = tuple(client.list_project_templates(project_id))
    return TemplatesRefresh(project_id, templates, build_template_rows(templates, now))


def rows_of(project_id: str, templates: Sequence[TemplateShort], now: Optional[datetime] = None) -> TemplatesRefresh:
    """The same from a list at hand (the benchmark's entry builds its refresh with it)."""
    return TemplatesRefresh(project_id, tuple(templates), build_template_rows(templates, now))


@dataclass(frozen=True)
class TemplateContent:
    """An open planned search: the template (with AOIs and filters), a page of its scenes, and its processings
    grouped per AOI."""

    details: TemplateDetails
    page: CatalogPage
    processings: Tuple[Processing, ...]
    groups: Tuple[AoiGroup, ...]

    @property
    def template(self):
        return self.details.template


def load_template(client, template_id: str, query: TemplateImagesQuery,
                  with_processings: bool = True) -> TemplateContent:
    """Three calls: the template, a page of the scenes it found, its processings (``with_processings``)."""
    details = client.get_template(template_id)
    page = client.template_images(template_id, query)
    processings = tuple(client.template_processings(template_id)) if with_processings else ()
    return TemplateContent(details, page, processings, tuple(group_processings(details.template, processings)))


def load_processings(client, details: TemplateDetails) -> Tuple[Tuple[Processing, ...], Tuple[AoiGroup, ...]]:
    """The processings of an open planned search again (its template's AOIs list which lie over each)."""
    fresh = client.get_template(details.template.id)
    processings = tuple(client.template_processings(details.template.id))
    return processings, tuple(group_processings(fresh.template, processings))


@dataclass(frozen=True)
class PlanForm:
    """What the "Plan a search" dialog gives: a name, the areas (GeoJSON, EPSG:4326, with their names), the end
    date, the filters, and the processing parameters to keep (empty: none)."""

    name: str
    aois: Tuple[Tuple[dict, str], ...]  # (geometry, name)
    active_until: datetime
    filters: SearchFilters
    params: KeptParams = KeptParams()


def new_template(form: PlanForm, project_id: str) -> NewTemplate:
    return NewTemplate(name=form.name.strip(), project_id=project_id,
                       aois=[NewTemplateAoi(geometry, name or None) for geometry, name in form.aois],
                       filters=form.filters, active_until=form.active_until,
                       processing_params=None if form.params.empty else form.params.to_json())


def split_parts(geojson: dict) -> List[dict]:
    """A MultiPolygon as one Polygon per part (one AOI each); anything else as it is."""
    if isinstance(geojson, dict) and geojson.get("type") == "MultiPolygon":
        return [{"type": "Polygon", "coordinates": part} for part in geojson.get("coordinates") or []]
    return [geojson]


__all__ = ["PlanForm", "TemplateContent", "TemplatesRefresh", "fetch_templates", "is_watching", "load_processings",
           "load_template", "new_template", "rows_of", "split_parts"]
