"""Processings (v1 and v2 share one dataclass), their layers, messages, review and rating, and AOIs."""
from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Dict, Optional, Tuple

from ..error_catalog import describe_processing_message
from ..errors import ResponseFormatError
from ._fields import Fields, enum_value
from .review import ReviewRejection
from .sources import ProcessingParams
from .user import WorkflowDef


class ProcessingStatus(str, enum.Enum):
    """Processing and AOI status. ``UNKNOWN`` stands for any value this client does not know (never an error)."""

    UNPROCESSED = "UNPROCESSED"
    IN_PROGRESS = "IN_PROGRESS"
    AWAITING = "AWAITING"
    OK = "OK"
    FAILED = "FAILED"
    CANCELLED = "CANCELLED"
    REFUNDED = "REFUNDED"
    UNKNOWN = "UNKNOWN"

    @classmethod
    def parse(cls, value: Any) -> "ProcessingStatus":
        if isinstance(value, str) and value.strip().upper() == "CANCELED":  # the stats filter's spelling
            return cls.CANCELLED
        return enum_value(cls, value, cls.UNKNOWN)

    @property
    def is_terminal(self) -> bool:
        """Final states: polling can stop. An unknown status is not final, so it keeps being polled."""
        return self in (ProcessingStatus.OK, ProcessingStatus.FAILED, ProcessingStatus.CANCELLED,
                        ProcessingStatus.REFUNDED)


class ReviewState(str, enum.Enum):
    IN_REVIEW = "IN_REVIEW"
    NOT_ACCEPTED = "NOT_ACCEPTED"
    ACCEPTED = "ACCEPTED"
    REFUNDED = "REFUNDED"
    UNKNOWN = "UNKNOWN"


@dataclass(frozen=True)
class ReviewStatus:
    state: ReviewState
    in_review_until: Optional[datetime] = None
    feedback: Optional[str] = None

    @classmethod
    def from_json(cls, data: Any) -> Optional["ReviewStatus"]:
        f = Fields(data, "review status")
        raw = f.raw("reviewStatus", "status")
        if raw is None:
            return None
        feedback = f.raw("feedback")
        return cls(state=enum_value(ReviewState, raw, ReviewState.UNKNOWN),
                   in_review_until=f.timestamp("inReviewUntil"),
                   feedback=None if feedback is None else str(feedback))

    @property
    def awaits_decision(self) -> bool:
        """IN_REVIEW: the result may be accepted or sent back (by a maintainer or owner of the project)."""
        return self.state is ReviewState.IN_REVIEW

    def time_left(self, now: datetime) -> Optional[timedelta]:
        """Until ``inReviewUntil`` (negative once past; ``now`` must be timezone-aware); None without a deadline."""
        return None if self.in_review_until is None else self.in_review_until - now


@dataclass(frozen=True)
class Rating:
    rating: Optional[int] = None  # 1..5
    feedback: Optional[str] = None

    @classmethod
    def from_json(cls, data: Any) -> "Rating":
        f = Fields(data, "rating")
        return cls(rating=f.integer("rating"), feedback=f.text("feedback"))


@dataclass(frozen=True)
class Message:
    """One ``messages[]`` item: an error code and its (string) parameters."""

    code: str
    parameters: Dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_json(cls, data: Any) -> "Message":
        f = Fields(data, "processing message")
        params = f.mapping("parameters", "params")
        return cls(code=f.required_text("code"),
                   parameters={str(k): "" if v is None else str(v) for k, v in params.items()})

    @property
    def level(self) -> str:
        return self.parameters.get("level", "error")

    @property
    def text(self) -> str:
        """Readable, translated text of this message."""
        return describe_processing_message(self.code, self.parameters)


@dataclass(frozen=True)
class VectorLayer:
    id: Optional[str] = None
    name: Optional[str] = None
    tile_url: Optional[str] = None
    tile_json_url: Optional[str] = None

    @classmethod
    def from_json(cls, data: Any) -> "VectorLayer":
        f = Fields(data, "vector layer")
        return cls(id=f.text("id"), name=f.text("name"), tile_url=f.text("tileUrl"),
                   tile_json_url=f.text("tileJsonUrl"))


@dataclass(frozen=True)
class RasterLayer:
    id: Optional[str] = None
    tile_url: Optional[str] = None
    tile_json_url: Optional[str] = None

    @classmethod
    def from_json(cls, data: Any) -> "RasterLayer":
        f = Fields(data, "raster layer")
        return cls(id=f.text("id"), tile_url=f.text("tileUrl"), tile_json_url=f.text("tileJsonUrl"))


@dataclass(frozen=True)
class BlockState:
    """An option of a processing and whether it was on."""

    name: str
    enabled: bool
    display_name: Optional[str] = None

    @classmethod
    def from_json(cls, data: Any) -> "BlockState":
        f = Fields(data, "processing block")
        name = f.required_text("name")
        return cls(name=name, enabled=f.flag("enabled"), display_name=f.text("displayName", default=name))


@dataclass(frozen=True)
class Processing:
    """A processing (v2 object; v1 objects parse into the same class, their flat params into ``params.legacy``)."""

    id: str
    name: str
    status: ProcessingStatus
    status_text: str  # the status as the server wrote it (kept for unknown values)
    project_id: Optional[str] = None
    description: Optional[str] = None
    workflow_def: Optional[WorkflowDef] = None
    aoi_area: Optional[int] = None  # m²
    aoi_count: Optional[int] = None
    cost: Optional[int] = None
    percent_completed: int = 0
    created: Optional[datetime] = None
    updated: Optional[datetime] = None
    raster_layer: Optional[RasterLayer] = None
    vector_layer: Optional[VectorLayer] = None
    messages: Tuple[Message, ...] = ()
    params: ProcessingParams = field(default_factory=ProcessingParams)
    blocks: Tuple[BlockState, ...] = ()
    meta: Dict[str, str] = field(default_factory=dict)
    review_status: Optional[ReviewStatus] = None
    rating: Optional[Rating] = None
    review_rejection: Optional[ReviewRejection] = None  # the latest rejection, where the server tells it

    @classmethod
    def from_json(cls, data: Any) -> "Processing":
        f = Fields(data, "processing")
        status_text = f.text("status", default="UNKNOWN") or "UNKNOWN"
        status = ProcessingStatus.parse(status_text)
        percent = f.integer("percentCompleted")
        if percent is None:
            percent = 100 if status is ProcessingStatus.OK else 0
        review = f.raw("reviewStatus")
        rating = f.raw("rating")
        rejection = f.raw("reviewRejection")
        return cls(
            id=f.required_text("id"), name=f.text("name", default="") or "", status=status, status_text=status_text,
            project_id=f.text("projectId"), description=f.text("description"),
            workflow_def=f.child(WorkflowDef.from_json, "workflowDef"),
            aoi_area=f.integer("aoiArea", "area"), aoi_count=f.integer("aoiCount"), cost=f.integer("cost"),
            percent_completed=percent, created=f.timestamp("created"), updated=f.timestamp("updated"),
            raster_layer=f.child(RasterLayer.from_json, "rasterLayer"),
            vector_layer=f.child(VectorLayer.from_json, "vectorLayer"),
            messages=tuple(f.items(Message.from_json, "messages")),
            params=ProcessingParams.from_json(f.raw("params")),
            blocks=tuple(f.items(BlockState.from_json, "blocks")),
            meta={str(k): str(v) for k, v in f.mapping("meta").items()},
            review_status=ReviewStatus.from_json(review) if isinstance(review, dict) else None,
            rating=Rating.from_json(rating) if isinstance(rating, dict) else None,
            review_rejection=ReviewRejection.from_json(rejection) if isinstance(rejection, dict) else None,
        )

    @property
    def is_terminal(self) -> bool:
        return self.status.is_terminal

    @property
    def model_name(self) -> Optional[str]:
        return self.workflow_def.name if self.workflow_def else None

    @property
    def error_texts(self) -> Tuple[str, ...]:
        """Readable texts of the processing's messages (why it failed)."""
        return tuple(m.text for m in self.messages)

    @property
    def enabled_blocks(self) -> Tuple[str, ...]:
        return tuple(b.name for b in self.blocks if b.enabled)


@dataclass(frozen=True)
class Aoi:
    """One area of interest of a processing (each polygon part of the geometry is one AOI)."""

    id: str
    status: ProcessingStatus
    percent_completed: int = 0
    area: Optional[int] = None  # m²
    messages: Tuple[Message, ...] = ()
    geometry: Optional[Dict[str, Any]] = None

    @classmethod
    def from_json(cls, data: Any) -> "Aoi":
        f = Fields(data, "AOI")
        status = ProcessingStatus.parse(f.text("status"))
        percent = f.integer("percentCompleted")
        return cls(id=f.required_text("id"), status=status,
                   percent_completed=(100 if status is ProcessingStatus.OK else 0) if percent is None else percent,
                   area=f.integer("area", "aoiArea"), messages=tuple(f.items(Message.from_json, "messages")),
                   geometry=f.mapping("geometry") or None)


def aois_from_json(data: Any) -> Tuple[Aoi, ...]:
    """``[AOI]`` or ``{"aois": [AOI]}``."""
    if isinstance(data, dict) and isinstance(data.get("aois"), list):
        data = data["aois"]
    if not isinstance(data, list):
        raise ResponseFormatError("the AOI list is not a list")
    return tuple(Aoi.from_json(item) for item in data)

