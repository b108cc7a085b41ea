"""Processings, API v2 (the one to use), and the calls v1 and v2 share: delete, AOIs, result, rating, review."""
from __future__ import annotations

from pathlib import Path
from typing import Any, List, Mapping, Optional, Tuple, Union

from ..downloads import check_json_document_complete
from ..errors import InvalidRequestError
from ..models import (Aoi, CostRequest, Page, Processing, ProcessingRequest, ProcessingSortBy, SortOrder,
                      aois_from_json, page_body, rejection_body)
from ..multipart import CancelCheck, ProgressCallback
from ..transport import CallKind, path_segment
from .base import EndpointGroup, enum_argument, optional_json_object, parse_integer_body, parse_list


def _processing_path(processing_id: str, suffix: str = "") -> str:
    return f"processings/{path_segment(processing_id, 'processing id')}{suffix}"


class ProcessingEndpoints(EndpointGroup):
    def list_processings(self, project_id: Optional[str] = None) -> List[Processing]:
        """``GET /projects/{id}/processings/v2``, or ``GET /processings/v2`` (default project) without an id."""
        path = "processings/v2" if project_id is None else \
            f"projects/{path_segment(project_id, 'project id')}/processings/v2"
        return parse_list(self._transport.json("GET", path), Processing.from_json, "processing", "results")

    def processings_page(self, project_id: str = "default", limit: int = 30, offset: int = 0,
                        terms: Optional[str] = None, sort_by: Union[ProcessingSortBy, str, None] = None,
                        sort_order: Union[SortOrder, str, None] = None) -> Page[Processing]:
        """``POST /projects/{id}/processings/v2/page``: the list-and-poll call; ``terms`` filters by text."""
        body = page_body(limit, offset, terms=terms,
                         sortBy=None if sort_by is None else enum_argument(ProcessingSortBy, sort_by, "sort field"),
                         sortOrder=None if sort_order is None else enum_argument(SortOrder, sort_order, "sort order"))
        path = f"projects/{path_segment(project_id, 'project id')}/processings/v2/page"
        # a page of 1,000 is ~2 MB of JSON: decoded in pieces so the GUI thread is not kept from the GIL meanwhile
        data = self._transport.json("POST", path, json_body=body, retryable=True, in_pieces=True)
        return Page.from_json(data, Processing.from_json, limit, offset, what="processing page")

    def get_processing(self, processing_id: str) -> Processing:
        """``GET /processings/{id}/v2``."""
        return Processing.from_json(self._transport.json("GET", _processing_path(processing_id, "/v2")))

    def create_processing(self, request: ProcessingRequest) -> Processing:
        """``POST /processings/v2``: creates, starts and charges. Never retried automatically."""
        data = self._transport.json("POST", "processings/v2", json_body=request.to_json(), kind=CallKind.CREATE,
                                    retryable=False)
        return Processing.from_json(data)

    def rename_processing(self, processing_id: str, name: str, description: str = "") -> Processing:
        """``PUT /processings/{id}/v2`` with ``{name, description}``."""
        if not name or not name.strip():
            raise InvalidRequestError("the processing name is empty")
        body = {"name": name.strip(), "description": description or ""}
        data = self._transport.json("PUT", _processing_path(processing_id, "/v2"), json_body=body,
                                    kind=CallKind.WRITE)
        return Processing.from_json(data)

    def restart_processing(self, processing_id: str) -> Processing:
        """``POST /processings/{id}/restart/v2``: reruns the failed parts. Some servers answer only ``{id, name}``."""
        data = self._transport.json("POST", _processing_path(processing_id, "/restart/v2"), kind=CallKind.WRITE)
        return Processing.from_json(data)

    def processing_cost(self, request: Union[CostRequest, ProcessingRequest]) -> int:
        """``POST /processing/cost/v2``: credits the processing would cost; charges nothing."""
        cost_request = request.to_cost_request() if isinstance(request, ProcessingRequest) else request
        data = self._transport.json("POST", "processing/cost/v2", json_body=cost_request.to_json(), retryable=True)
        return parse_integer_body(data, "cost")

    # --- shared by v1 and v2 ---

    def delete_processing(self, processing_id: str) -> None:
        """``DELETE /processings/{id}``."""
        self._transport.request("DELETE", _processing_path(processing_id), kind=CallKind.WRITE)

    def processing_aois(self, processing_id: str) -> Tuple[Aoi, ...]:
        """``GET /processings/{id}/aois``: one AOI per polygon part, with status and messages."""
        return aois_from_json(self._transport.json("GET", _processing_path(processing_id, "/aois")))

    def download_result(self, processing_id: str, destination: Union[str, Path], aoi_id: Optional[str] = None,
                        progress: Optional[ProgressCallback] = None,
                        is_cancelled: Optional[CancelCheck] = None) -> Path:
        """``GET /processings/{id}/result[?aoiId=]`` streamed into ``destination`` (GeoJSON), atomically.

        ``progress(bytes_done, total_or_None)`` reports progress; ``is_cancelled()`` is checked per chunk. A cut-off
        body raises IncompleteDownloadError; on any error or cancel no file is left behind.
        """
        params = {"aoiId": aoi_id} if aoi_id else None
        return self._transport.download(_processing_path(processing_id, "/result"), Path(destination),
                                        params=params, progress=progress, is_cancelled=is_cancelled,
                                        validate=check_json_document_complete)

    def rate_processing(self, processing_id: str, rating: int, feedback: str = "") -> None:
        """``PUT /processings/{id}/rate``: 1 to 5 stars and an optional comment (finished processings only)."""
        if isinstance(rating, bool) or not isinstance(rating, int) or not 1 <= rating <= 5:
            raise InvalidRequestError("the rating must be a whole number from 1 to 5")
        self._transport.request("PUT", _processing_path(processing_id, "/rate"),
                                json_body={"rating": rating, "feedback": feedback or ""}, kind=CallKind.WRITE)

    def accept_processing(self, processing_id: str) -> Optional[Processing]:
        """``PUT /processings/{id}/acceptation``: accept a result in review (maintainer or owner of the project).

        Returns the processing when the server answers with it (the sandbox does), else None."""
        response = self._transport.request("PUT", _processing_path(processing_id, "/acceptation"),
                                           kind=CallKind.WRITE)
        return _processing_or_none(response)

    def reject_processing(self, processing_id: str, comment: str,
                          features: Optional[Mapping[str, Any]] = None) -> Optional[Processing]:
        """``PUT /processings/{id}/rejection``: send a result back for review with what is wrong (``comment``) and
        the marked features (a GeoJSON FeatureCollection in EPSG:4326; see :func:`~.models.rejection_body`)."""
        response = self._transport.request("PUT", _processing_path(processing_id, "/rejection"),
                                           json_body=rejection_body(comment, features), kind=CallKind.WRITE)
        return _processing_or_none(response)


def _processing_or_none(response: Any) -> Optional[Processing]:
    data = optional_json_object(response)
    return Processing.from_json(data) if data and data.get("id") else None
