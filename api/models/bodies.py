"""Request bodies: processing create and cost (v2 and v1), list pages and sorting."""
from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, Mapping, Optional, Tuple

from ..errors import InvalidRequestError
from .geometry import Geometry, geometry_to_json
from .sources import SourceParams, source_to_json, source_to_v1_params
from .user import WorkflowDef


class SortOrder(str, enum.Enum):
    ASC = "ASC"
    DESC = "DESC"


class ProjectSortBy(str, enum.Enum):
    NAME = "NAME"
    CREATED = "CREATED"
    UPDATED = "UPDATED"


class ProcessingSortBy(str, enum.Enum):
    SCENARIO = "SCENARIO"
    NAME = "NAME"
    PROJECT = "PROJECT"
    EMAIL = "EMAIL"
    CREATED = "CREATED"
    STATUS = "STATUS"
    PROGRESS = "PROGRESS"
    COMPLETED = "COMPLETED"
    COST = "COST"
    AREA = "AREA"
    PROVIDER = "PROVIDER"


@dataclass(frozen=True)
class BlockToggle:
    name: str
    enabled: bool

    def to_json(self) -> dict:
        return {"name": self.name, "enabled": bool(self.enabled)}


def block_toggles(model: WorkflowDef, enabled: Iterable[str]) -> Tuple[BlockToggle, ...]:
    """Every optional block of ``model`` with enabled true/false, as the service expects; unknown names are an error."""
    wanted = {name.lower() for name in enabled}
    optional = {b.name.lower(): b for b in model.optional_blocks}
    unknown = sorted(wanted - set(optional))
    if unknown:
        known = ", ".join(b.name for b in model.optional_blocks) or "none"
        raise InvalidRequestError(f"the model {model.name} has no option {', '.join(unknown)} (options: {known})")
    return tuple(BlockToggle(b.name, b.name.lower() in wanted) for b in model.optional_blocks)


@dataclass(frozen=True)
class ProcessingRequest:
    """A processing to create (``POST /processings/v2``) or to price (``to_cost_request``).

    ``blocks`` should list every optional block of the model (see :meth:`for_model`). ``meta`` is free metadata.
    """

    geometry: Geometry
    source: SourceParams
    wd_id: Optional[str] = None
    wd_name: Optional[str] = None
    name: Optional[str] = None
    project_id: Optional[str] = None
    description: Optional[str] = None
    blocks: Tuple[BlockToggle, ...] = ()
    inference_params: Mapping[str, str] = field(default_factory=dict)
    meta: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def for_model(cls, model: WorkflowDef, geometry: Geometry, source: SourceParams,
                  enabled_blocks: Iterable[str] = (), **kwargs: Any) -> "ProcessingRequest":
        """A request for ``model`` with every optional block listed, the named ones enabled."""
        return cls(geometry=geometry, source=source, wd_id=model.id,
                   blocks=block_toggles(model, enabled_blocks), **kwargs)

    def _model_keys(self) -> Dict[str, str]:
        if self.wd_id:
            return {"wdId": self.wd_id}
        if self.wd_name:
            return {"wdName": self.wd_name}
        raise InvalidRequestError("a processing needs a model: give wd_id or wd_name")

    def _common(self) -> Dict[str, Any]:
        body: Dict[str, Any] = {}
        if self.name is not None:
            if not str(self.name).strip():
                raise InvalidRequestError("the processing name is empty")
            body["name"] = str(self.name)
        if self.description is not None:
            body["description"] = self.description
        if self.project_id:
            body["projectId"] = self.project_id
        body.update(self._model_keys())
        body["geometry"] = geometry_to_json(self.geometry)
        return body

    def to_json(self) -> Dict[str, Any]:
        """The v2 body: name, projectId, wdId, geometry, params.sourceParams (one variant), blocks, meta."""
        body = self._common()
        params: Dict[str, Any] = {"sourceParams": source_to_json(self.source)}
        if self.inference_params:
            params["inferenceParams"] = {str(k): str(v) for k, v in self.inference_params.items()}
        body["params"] = params
        body["blocks"] = [b.to_json() for b in self.blocks]
        if self.meta:
            body["meta"] = {str(k): str(v) for k, v in self.meta.items()}
        return body

    def to_v1_json(self) -> Dict[str, Any]:
        """The legacy v1 body with flat string ``params`` (url, source_type, zoom, data_provider...)."""
        body = self._common()
        body["params"] = source_to_v1_params(self.source)
        body["blocks"] = [b.to_json() for b in self.blocks]
        if self.meta:
            body["meta"] = {str(k): str(v) for k, v in self.meta.items()}
        return body

    def to_cost_request(self) -> "CostRequest":
        return CostRequest(wd_id=self.wd_id, wd_name=self.wd_name, geometry=self.geometry, source=self.source,
                           blocks=self.blocks, meta=self.meta, project_id=self.project_id)


@dataclass(frozen=True)
class CostRequest:
    """What a processing would cost (``POST /processing/cost/v2``): a model and a geometry or an area in km²."""

    wd_id: Optional[str] = None
    geometry: Optional[Geometry] = None
    area_sq_km: Optional[float] = None
    source: Optional[SourceParams] = None
    blocks: Tuple[BlockToggle, ...] = ()
    meta: Mapping[str, str] = field(default_factory=dict)
    wd_name: Optional[str] = None
    project_id: Optional[str] = None

    def _base(self) -> Dict[str, Any]:
        if not self.wd_id and not self.wd_name:
            raise InvalidRequestError("a cost estimate needs a model: give wd_id or wd_name")
        if self.geometry is None and self.area_sq_km is None:
            raise InvalidRequestError("a cost estimate needs a geometry or an area in sq.km")
        if self.area_sq_km is not None and self.area_sq_km <= 0:
            raise InvalidRequestError("the area must be positive")
        body: Dict[str, Any] = {"wdId": self.wd_id} if self.wd_id else {"wdName": self.wd_name}
        if self.geometry is not None:
            body["geometry"] = geometry_to_json(self.geometry)
        if self.area_sq_km is not None:
            body["areaSqKm"] = float(self.area_sq_km)
        if self.project_id:
            body["projectId"] = self.project_id
        return body

    def to_json(self) -> Dict[str, Any]:
        body = self._base()
        if self.source is not None:
            body["params"] = {"sourceParams": source_to_json(self.source)}
        body["blocks"] = [b.to_json() for b in self.blocks]
        if self.meta:
            body["meta"] = {str(k): str(v) for k, v in self.meta.items()}
        return body

    def to_v1_json(self) -> Dict[str, Any]:
        body = self._base()
        if self.source is not None:
            body["params"] = source_to_v1_params(self.source)
        body["blocks"] = [b.to_json() for b in self.blocks]
        return body


def page_body(limit: int, offset: int, **optional: Any) -> Dict[str, Any]:
    """``{limit, offset, ...}`` for the page endpoints; None values and empty text are left out."""
    if int(limit) <= 0 or int(offset) < 0:
        raise InvalidRequestError("limit must be positive and offset not negative")
    body: Dict[str, Any] = {"limit": int(limit), "offset": int(offset)}
    for key, value in optional.items():
        if value is None or value == "":
            continue
        body[key] = value.value if isinstance(value, enum.Enum) else value
    return body
