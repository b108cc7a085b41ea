"""One page of a paged list: ``{results, total, count}``."""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Callable, Generic, Tuple, TypeVar

from ._fields import Fields

T = TypeVar("T")


@dataclass(frozen=True)
class Page(Generic[T]):
    results: Tuple[T, ...]
    total: int
    count: int
    limit: int
    offset: int

    @classmethod
    def from_json(cls, data: Any, parse_item: Callable[[Any], T], limit: int, offset: int,
                  what: str = "page") -> "Page[T]":
        f = Fields(data, what)
        results = tuple(f.items(parse_item, "results"))
        if not f.has("results"):
            raise f._missing(("results",))
        return cls(results=results, total=f.integer("total", default=len(results)),
                   count=f.integer("count", default=len(results)), limit=limit, offset=offset)

    @property
    def page_count(self) -> int:
        """Pages of ``limit`` rows needed for ``total`` rows (at least 1)."""
        return max(1, math.ceil(self.total / self.limit)) if self.limit else 1

    @property
    def has_more(self) -> bool:
        return self.offset + len(self.results) < self.total
