"""Processing history: ``POST /processings/stats`` (contract section 2.1). Numbers arrive as strings."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Dict, Optional, Sequence, Tuple, Union

from ._fields import DateLike, Fields, format_timestamp
from .processing import ProcessingStatus


@dataclass(frozen=True)
class StatsRow:
    name: str
    project_name: Optional[str] = None
    email: Optional[str] = None
    area: Optional[int] = None  # m²
    cost: Optional[int] = None
    created: Optional[datetime] = None
    completion_date: Optional[datetime] = None
    status: ProcessingStatus = ProcessingStatus.UNKNOWN
    percent_completed: Optional[int] = None
    archived: bool = False
    data_provider: Optional[str] = None
    link_to_map: Optional[str] = None
    scenario: Optional[str] = None  # the model name

    @classmethod
    def from_json(cls, data: Any) -> "StatsRow":
        f = Fields(data, "stats row")
        return cls(name=f.text("name", default="") or "", project_name=f.text("projectName"), email=f.text("email"),
                   area=f.integer("area"), cost=f.integer("cost"), created=f.timestamp("created"),
                   completion_date=f.timestamp("completionDate"), status=ProcessingStatus.parse(f.text("status")),
                   percent_completed=f.integer("percentCompleted"), archived=f.flag("archived"),
                   data_provider=f.text("dataProvider"), link_to_map=f.text("linkToMap"),
                   scenario=f.text("scenario"))


@dataclass(frozen=True)
class Stats:
    results: Tuple[StatsRow, ...]
    total: int
    count: int
    total_cost: Optional[float] = None
    total_area: Optional[int] = None  # m²

    @classmethod
    def from_json(cls, data: Any) -> "Stats":
        f = Fields(data, "stats")
        results = tuple(f.items(StatsRow.from_json, "results"))
        return cls(results=results, total=f.integer("total", default=len(results)),
                   count=f.integer("count", default=len(results)), total_cost=f.number("totalCost"),
                   total_area=f.integer("totalArea"))


@dataclass(frozen=True)
class StatsQuery:
    """Filters of the history; all optional. Statuses use the API words (``CANCELLED`` is sent as ``CANCELED``)."""

    date_from: Optional[DateLike] = None
    date_to: Optional[DateLike] = None
    statuses: Sequence[Union[ProcessingStatus, str]] = ()
    terms: Optional[str] = None

    def to_json(self) -> Dict[str, Any]:
        body: Dict[str, Any] = {}
        if self.date_from is not None:
            body["dateFrom"] = format_timestamp(self.date_from)
        if self.date_to is not None:
            body["dateTo"] = format_timestamp(self.date_to)
        if self.statuses:
            words = [ProcessingStatus.parse(s).value if not isinstance(s, ProcessingStatus) else s.value
                     for s in self.statuses]
            body["statuses"] = ["CANCELED" if w == "CANCELLED" else w for w in words]
        if self.terms:
            body["terms"] = self.terms
        return body
