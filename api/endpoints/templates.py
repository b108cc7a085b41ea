"""Planned searches (templates, contract 2.8): list, read, create, edit, pause/resume/restart, AOIs, found images,
seen marks, and processings started from found images."""
from __future__ import annotations

from typing import Any, List, Optional, Sequence

from ..errors import InvalidRequestError
from ..models import (AoiAddResult, AoiDeleteResult, CatalogPage, NewTemplate, NewTemplateAoi, Processing,
                      ProcessingRequest, Template, TemplateAoi, TemplateDetails, TemplateImagesQuery, TemplateShort,
                      TemplateUpdate, checked_aoi_name, geometry_to_json)
from ..transport import CallKind, path_segment
from .base import EndpointGroup, parse_list

BASE = "processings/template"


def _template_path(template_id: str, suffix: str = "") -> str:
    return f"{BASE}/{path_segment(template_id, 'template id')}{suffix}"


class TemplateEndpoints(EndpointGroup):
    # --- listings ---

    def list_project_templates(self, project_id: str) -> List[TemplateShort]:
        """``GET /processings/template/project/{id}``: the project's planned searches, without search parameters.
        The list the plugin polls after each processings page (also accepts ``{templates}``/``{results}``)."""
        data = self._transport.json("GET", f"{BASE}/project/{path_segment(project_id, 'project id')}")
        return parse_list(data, TemplateShort.from_json, "template", "templates", "results")

    def list_templates(self) -> List[Template]:
        """``GET /processings/template``: every planned search the account can see."""
        return parse_list(self._transport.json("GET", BASE), Template.from_json, "template", "templates", "results")

    def list_user_templates(self, user_id: str) -> List[Template]:
        """``GET /processings/template/user/{userId}``: the planned searches a user created."""
        data = self._transport.json("GET", f"{BASE}/user/{path_segment(user_id, 'user id')}")
        return parse_list(data, Template.from_json, "template", "templates", "results")

    # --- one template ---

    def get_template(self, template_id: str) -> TemplateDetails:
        """``GET /processings/template/{id}``: the template and every image it found."""
        return TemplateDetails.from_json(self._transport.json("GET", _template_path(template_id)))

    def create_template(self, template: NewTemplate) -> TemplateDetails:
        """``POST /processings/template``. ``template.is_active`` is False when the active-template cap is reached.
        Never retried automatically."""
        data = self._transport.json("POST", BASE, json_body=template.to_json(), kind=CallKind.CREATE,
                                    retryable=False)
        return TemplateDetails.from_json(data)

    def update_template(self, template_id: str, update: TemplateUpdate) -> Template:
        """``PUT /processings/template/{id}``: name, filters (merged), processing parameters, activeUntil."""
        data = self._transport.json("PUT", _template_path(template_id), json_body=update.to_json(),
                                    kind=CallKind.WRITE)
        return TemplateDetails.from_json(data).template

    def delete_template(self, template_id: str) -> None:
        """``DELETE /processings/template/{id}``."""
        self._transport.request("DELETE", _template_path(template_id), kind=CallKind.WRITE)

    def pause_template(self, template_id: str) -> TemplateDetails:
        """``POST /processings/template/{id}/pause``: stops searching (safe to repeat)."""
        data = self._transport.json("POST", _template_path(template_id, "/pause"), kind=CallKind.WRITE,
                                    retryable=True)
        return TemplateDetails.from_json(data)

    def resume_template(self, template_id: str) -> TemplateDetails:
        """``POST /processings/template/{id}/resume``: searches again, from where it stopped. Refused (400) past
        ``activeUntil`` or at the active-template cap."""
        data = self._transport.json("POST", _template_path(template_id, "/resume"), kind=CallKind.WRITE,
                                    retryable=True)
        return TemplateDetails.from_json(data)

    def restart_template(self, template_id: str) -> TemplateDetails:
        """``POST /processings/template/{id}/restart``: retries a FAILED template."""
        data = self._transport.json("POST", _template_path(template_id, "/restart"), kind=CallKind.WRITE,
                                    retryable=False)
        return TemplateDetails.from_json(data)

    # --- found images ---

    def template_images(self, template_id: str, query: Optional[TemplateImagesQuery] = None) -> CatalogPage:
        """``POST /processings/template/{id}/images``: found images, filtered, sorted and paged (``is_new`` set)."""
        body = (query or TemplateImagesQuery()).to_json()
        data = self._transport.json("POST", _template_path(template_id, "/images"), json_body=body, retryable=True,
                                    kind=CallKind.SEARCH)
        return CatalogPage.from_json(data)

    def mark_template_image_seen(self, template_id: str, image_id: str) -> None:
        """``POST /processings/template/{id}/image/{imageId}/seen``."""
        path = _template_path(template_id, f"/image/{path_segment(image_id, 'image id')}/seen")
        self._transport.request("POST", path, kind=CallKind.WRITE, retryable=True)

    def mark_all_template_images_seen(self, template_id: str) -> None:
        """``PUT /processings/template/{id}/image/seenAll``."""
        self._transport.request("PUT", _template_path(template_id, "/image/seenAll"), kind=CallKind.WRITE)

    # --- AOIs ---

    def add_template_aois(self, template_id: str, aois: Sequence[NewTemplateAoi]) -> AoiAddResult:
        """``POST /processings/template/{id}/aoi`` with ``{aois: [{geometry, name}]}``."""
        if not aois:
            raise InvalidRequestError("no AOI to add")
        body = {"aois": [a.to_json() for a in aois]}
        data = self._transport.json("POST", _template_path(template_id, "/aoi"), json_body=body,
                                    kind=CallKind.WRITE, retryable=False)
        return AoiAddResult.from_json(data)

    def update_template_aoi(self, template_id: str, aoi_id: str, name: Optional[str] = None,
                            geometry: Any = None) -> TemplateAoi:
        """``POST /processings/template/{id}/aoi/{aoiId}`` (POST, not PUT): rename and/or redraw one AOI."""
        body: dict = {}
        if name is not None:
            checked = checked_aoi_name(name)
            if not checked:
                raise InvalidRequestError("the AOI name is empty")
            body["name"] = checked
        if geometry is not None:
            body["geometry"] = geometry_to_json(geometry)
        if not body:
            raise InvalidRequestError("give a new name and/or geometry for the AOI")
        path = _template_path(template_id, f"/aoi/{path_segment(aoi_id, 'AOI id')}")
        return TemplateAoi.from_json(self._transport.json("POST", path, json_body=body, kind=CallKind.WRITE,
                                                          retryable=True))

    def delete_template_aois(self, template_id: str, aoi_ids: Sequence[str]) -> AoiDeleteResult:
        """``DELETE /processings/template/{id}/aoi`` with ``{aoiIds}`` in the body. A template keeps at least one."""
        if not aoi_ids:
            raise InvalidRequestError("no AOI to delete")
        data = self._transport.json("DELETE", _template_path(template_id, "/aoi"),
                                    json_body={"aoiIds": [str(a) for a in aoi_ids]}, kind=CallKind.WRITE)
        return AoiDeleteResult.from_json(data)

    # --- processings ---

    def template_processings(self, template_id: str) -> List[Processing]:
        """``GET /processings/template/{id}/processings``: v1 views (flat params), as the service answers."""
        data = self._transport.json("GET", _template_path(template_id, "/processings"))
        return parse_list(data, Processing.from_json, "processing", "results")

    def create_template_processing(self, template_id: str, request: ProcessingRequest,
                                   update_template_geometry: bool = False) -> Processing:
        """``POST /processings/template/{id}/v2``: a processing of images the template found (the request's source
        is an ``ImagerySearchSource``). Never retried automatically."""
        body = request.to_json()
        body["updateTemplateGeometry"] = bool(update_template_geometry)
        data = self._transport.json("POST", _template_path(template_id, "/v2"), json_body=body,
                                    kind=CallKind.CREATE, retryable=False)
        return Processing.from_json(data)

    def create_template_processing_v1(self, template_id: str, request: ProcessingRequest,
                                      update_template_geometry: bool = False) -> Processing:
        """``POST /processings/template/{id}`` with a v1 body (flat params); the answer is a v1 processing."""
        body = request.to_v1_json()
        body["updateTemplateGeometry"] = bool(update_template_geometry)
        data = self._transport.json("POST", _template_path(template_id), json_body=body, kind=CallKind.CREATE,
                                    retryable=False)
        return Processing.from_json(data)
