"""Tolerant reading of JSON objects into typed values (contract section 7).

Optional values accept what the service is known to send in practice: numbers as strings, ``"true"``/``"false"``,
naive timestamps (taken as UTC) or ``Z`` timestamps, unknown keys. A missing *required* value raises
:class:`ResponseFormatError` with a message that names the object and the key, never a KeyError or TypeError.
"""
from __future__ import annotations

import math
import re
from datetime import date, datetime, timezone
from typing import Any, Callable, List, Mapping, Optional, TypeVar, Union

from ..errors import ResponseFormatError

T = TypeVar("T")

_FRACTION = re.compile(r"(\.\d+)")

DateLike = Union[date, datetime, str]


def format_timestamp(value: Optional[DateLike]) -> Optional[str]:
    """``YYYY-MM-DDTHH:MM:SSZ`` as the service expects; naive datetimes are UTC, dates start at midnight UTC."""
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if not isinstance(value, datetime):
        value = datetime(value.year, value.month, value.day, tzinfo=timezone.utc)
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_timestamp(value: Any) -> Optional[datetime]:
    """ISO-8601 text (``Z``, offset or naive = UTC, any number of fraction digits) or epoch seconds/ms; else None."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        seconds = value / 1000.0 if value > 1e11 else float(value)
        try:
            return datetime.fromtimestamp(seconds, tz=timezone.utc)
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip().replace(" ", "T", 1) if "T" not in value else value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    # Python 3.9's fromisoformat accepts only 3 or 6 fraction digits
    text = _FRACTION.sub(lambda m: (m.group(1) + "000000")[:7], text, count=1)
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


def to_int(value: Any) -> Optional[int]:
    """An int from an int, a float with no fraction, or numeric text (``"536680"``, ``"12.0"``); else None."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    number = to_float(value)
    if number is None:
        return None
    return int(round(number))


def to_float(value: Any) -> Optional[float]:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        number = float(value)
    elif isinstance(value, str):
        try:
            number = float(value.strip().replace(",", "."))
        except ValueError:
            return None
    else:
        return None
    return number if math.isfinite(number) else None


def to_bool(value: Any) -> Optional[bool]:
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return value != 0
    if isinstance(value, str):
        lowered = value.strip().lower()
        if lowered in ("true", "yes", "1", "y", "t"):
            return True
        if lowered in ("false", "no", "0", "n", "f", ""):
            return False
    return None


class Fields:
    """Typed access to one JSON object named ``what`` (used in error messages)."""

    def __init__(self, data: Any, what: str) -> None:
        if not isinstance(data, Mapping):
            raise ResponseFormatError(f"{what} is not a JSON object (got {_json_type(data)})")
        self.data = data
        self.what = what

    def raw(self, *keys: str) -> Any:
        """The first present, non-null value among ``keys`` (aliases such as ``aoiArea``/``area``)."""
        for key in keys:
            value = self.data.get(key)
            if value is not None:
                return value
        return None

    def has(self, key: str) -> bool:
        return key in self.data

    def _missing(self, keys: tuple) -> ResponseFormatError:
        return ResponseFormatError(f"{self.what} is missing '{keys[0]}'")

    def _invalid(self, keys: tuple, expected: str, value: Any) -> ResponseFormatError:
        return ResponseFormatError(f"{self.what} has '{keys[0]}' that is not {expected} (got {_json_type(value)})")

    def required_text(self, *keys: str) -> str:
        value = self.raw(*keys)
        if value is None:
            raise self._missing(keys)
        if isinstance(value, (dict, list)):
            raise self._invalid(keys, "text", value)
        return str(value)

    def text(self, *keys: str, default: Optional[str] = None) -> Optional[str]:
        value = self.raw(*keys)
        if value is None or isinstance(value, (dict, list)):
            return default
        return str(value)

    def required_int(self, *keys: str) -> int:
        value = self.raw(*keys)
        if value is None:
            raise self._missing(keys)
        number = to_int(value)
        if number is None:
            raise self._invalid(keys, "a number", value)
        return number

    def integer(self, *keys: str, default: Optional[int] = None) -> Optional[int]:
        number = to_int(self.raw(*keys))
        return default if number is None else number

    def number(self, *keys: str, default: Optional[float] = None) -> Optional[float]:
        number = to_float(self.raw(*keys))
        return default if number is None else number

    def flag(self, *keys: str, default: bool = False) -> bool:
        value = to_bool(self.raw(*keys))
        return default if value is None else value

    def timestamp(self, *keys: str) -> Optional[datetime]:
        return parse_timestamp(self.raw(*keys))

    def mapping(self, *keys: str) -> dict:
        value = self.raw(*keys)
        return dict(value) if isinstance(value, Mapping) else {}

    def child(self, parse: Callable[[Any], T], *keys: str) -> Optional[T]:
        """Parse a nested object with ``parse``; absent or null gives None."""
        value = self.raw(*keys)
        return None if value is None else parse(value)

    def items(self, parse: Callable[[Any], T], *keys: str) -> List[T]:
        """Parse a list of objects; absent or null gives []; a non-list is a format error."""
        value = self.raw(*keys)
        if value is None:
            return []
        if not isinstance(value, list):
            raise self._invalid(keys, "a list", value)
        return [parse(item) for item in value]

    def texts(self, *keys: str) -> List[str]:
        """A list of strings; a single comma-separated string is split (``"a, b"``)."""
        value = self.raw(*keys)
        if value is None:
            return []
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        if isinstance(value, list):
            return [str(v) for v in value if v is not None]
        return []


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, Mapping):
        return "an object"
    return type(value).__name__


def enum_value(enum_cls: Any, value: Any, unknown: Any) -> Any:
    """Case-insensitive enum lookup by value; anything else gives ``unknown``."""
    if isinstance(value, str):
        wanted = value.strip().upper()
        for member in enum_cls:
            if str(member.value).upper() == wanted:
                return member
    return unknown
