"""Processings, API v1 (legacy, flat string ``params``): parsed into the same :class:`Processing` dataclass."""
from __future__ import annotations

from typing import List, Optional, Union

from ..errors import InvalidRequestError
from ..models import CostRequest, Processing, ProcessingRequest
from ..transport import CallKind, path_segment
from .base import EndpointGroup, non_empty, optional_json_object, parse_integer_body, parse_list


class LegacyProcessingEndpoints(EndpointGroup):
    def list_processings_v1(self, project_id: Optional[str] = None) -> List[Processing]:
        """``GET /projects/{id}/processings`` or ``GET /processings`` (default project)."""
        path = "processings" if project_id is None else f"projects/{path_segment(project_id, 'project id')}/processings"
        return parse_list(self._transport.json("GET", path), Processing.from_json, "processing", "results")

    def get_processing_v1(self, processing_id: str) -> Processing:
        """``GET /processings/{id}``."""
        data = self._transport.json("GET", f"processings/{path_segment(processing_id, 'processing id')}")
        return Processing.from_json(data)

    def create_processing_v1(self, request: ProcessingRequest) -> Processing:
        """``POST /processings`` with v1 flat params; never retried automatically."""
        data = self._transport.json("POST", "processings", json_body=request.to_v1_json(), kind=CallKind.CREATE,
                                    retryable=False)
        return Processing.from_json(data)

    def processing_cost_v1(self, request: Union[CostRequest, ProcessingRequest]) -> int:
        """``POST /processing/cost`` (v1 body); a bare integer of credits."""
        cost_request = request.to_cost_request() if isinstance(request, ProcessingRequest) else request
        data = self._transport.json("POST", "processing/cost", json_body=cost_request.to_v1_json(), retryable=True)
        return parse_integer_body(data, "cost")

    def rename_processing_v1(self, processing_id: str, name: str,
                             description: Optional[str] = None) -> Optional[Processing]:
        """``PUT /processing/{id}`` (singular path, as the old API spells it). The answer's shape is unspecified:
        the processing when the server sends one, else None."""
        if not name or not name.strip():
            raise InvalidRequestError("the processing name is empty")
        body = {"name": name.strip()}
        if description is not None:
            body["description"] = description
        response = self._transport.request("PUT", f"processing/{path_segment(processing_id, 'processing id')}",
                                           json_body=body, kind=CallKind.WRITE)
        return _processing_or_none(response)

    def move_processing(self, processing_id: str, project_id: str) -> Optional[Processing]:
        """``PUT /processings/{id}`` with ``{projectId}``: move to another project (the processing, or None)."""
        body = {"projectId": non_empty(project_id, "project id")}
        response = self._transport.request("PUT", f"processings/{path_segment(processing_id, 'processing id')}",
                                           json_body=body, kind=CallKind.WRITE)
        return _processing_or_none(response)

    def restart_processing_v1(self, processing_id: str) -> Optional[Processing]:
        """``POST /processings/{id}/restart`` (the processing, or None when the server sends no object)."""
        response = self._transport.request(
            "POST", f"processings/{path_segment(processing_id, 'processing id')}/restart", kind=CallKind.WRITE)
        return _processing_or_none(response)


def _processing_or_none(response) -> Optional[Processing]:
    data = optional_json_object(response)
    return Processing.from_json(data) if data is not None and "id" in data else None
