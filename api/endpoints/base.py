"""What every endpoint group relies on: a transport and shared parsing helpers."""
from __future__ import annotations

from typing import Any, Callable, List, Optional, TypeVar

from ..errors import InvalidRequestError, ResponseFormatError
from ..transport import Transport

T = TypeVar("T")


class EndpointGroup:
    """Base of the endpoint mixins; ``MapflowClient`` sets ``_transport``."""

    _transport: Transport


def parse_list(data: Any, parse_item: Callable[[Any], T], what: str, *wrapper_keys: str) -> List[T]:
    """A JSON array of objects; also accepts ``{"<wrapper>": [...]}`` for the listed wrapper keys."""
    if isinstance(data, dict):
        for key in wrapper_keys:
            if isinstance(data.get(key), list):
                data = data[key]
                break
    if not isinstance(data, list):
        raise ResponseFormatError(f"the {what} list is not a list")
    return [parse_item(item) for item in data]


def parse_integer_body(data: Any, what: str) -> int:
    """A bare integer (``150``); also ``150.0``, ``"150"`` and ``{"cost": 150}`` (tolerance for other servers)."""
    if isinstance(data, dict):
        data = data.get("cost", data.get("value"))
    if isinstance(data, bool):
        data = None
    try:
        number = float(data)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise ResponseFormatError(f"the {what} is not a number") from None
    if number != number or number in (float("inf"), float("-inf")):
        raise ResponseFormatError(f"the {what} is not a number")
    return int(round(number))


def enum_argument(enum_cls: Any, value: Any, what: str) -> Any:
    """An enum member from a member or its (case-insensitive) value; anything else is a caller error."""
    if isinstance(value, enum_cls):
        return value
    for member in enum_cls:
        if str(member.value).lower() == str(value).strip().lower():
            return member
    allowed = ", ".join(str(m.value) for m in enum_cls)
    raise InvalidRequestError(f"unknown {what} {value!r} (allowed: {allowed})")


def non_empty(value: Any, what: str) -> str:
    text = "" if value is None else str(value).strip()
    if not text:
        raise InvalidRequestError(f"the {what} is empty")
    return text


def optional_json_object(response: Any) -> Optional[dict]:
    """The JSON object of a response whose body the API leaves unspecified; an empty or non-object body is None."""
    if not response.content or not response.content.strip():
        return None
    try:
        data = response.json()
    except ValueError:
        return None
    return data if isinstance(data, dict) else None
