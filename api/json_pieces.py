"""JSON decoding that lets other threads run: a large answer is decoded one array element at a time.

``json.loads`` is C code that holds the GIL for the whole document: 0.7 MB (a 1,000-result catalog search) takes
tens of milliseconds, and a QGIS plugin decoding it in a worker thread freezes the GUI thread for that long (the
dock's slots need the GIL). :func:`loads_in_pieces` decodes the top-level object and its arrays (and the objects in
them, one level down) element by element with ``JSONDecoder.raw_decode``; between elements the interpreter may hand
the GIL to another thread. The result is exactly ``json.loads``'s; invalid JSON raises ``ValueError`` as it does.
"""
from __future__ import annotations

import json
from typing import Any, Tuple, Union

_DECODER = json.JSONDecoder()
_WHITESPACE = " \t\n\r"
PIECEWISE_DEPTH = 2  # the top-level object, its arrays; deeper values are small and decoded whole


def loads_in_pieces(data: Union[str, bytes, bytearray]) -> Any:
    """``json.loads(data)``, decoded in pieces (see the module's text)."""
    if isinstance(data, (bytes, bytearray)):
        data = data.decode(json.detect_encoding(data), "surrogatepass")
    if data.startswith("\ufeff"):
        raise json.JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", data, 0)
    value, end = _value(data, _skip(data, 0), 0)
    if _skip(data, end) != len(data):
        raise json.JSONDecodeError("Extra data", data, end)
    return value


def _skip(text: str, index: int) -> int:
    length = len(text)
    while index < length and text[index] in _WHITESPACE:
        index += 1
    return index


def _expect(text: str, index: int, what: str) -> None:
    if index >= len(text) or text[index] not in what:
        raise json.JSONDecodeError(f"Expecting {what!r}", text, index)


def _value(text: str, index: int, depth: int) -> Tuple[Any, int]:
    if depth < PIECEWISE_DEPTH and index < len(text):
        if text[index] == "{":
            return _object(text, index, depth)
        if text[index] == "[":
            return _array(text, index, depth)
    return _DECODER.raw_decode(text, index)


def _object(text: str, index: int, depth: int) -> Tuple[dict, int]:
    result: dict = {}
    index = _skip(text, index + 1)
    if index < len(text) and text[index] == "}":
        return result, index + 1
    while True:
        _expect(text, index, '"')
        key, index = _DECODER.raw_decode(text, index)
        index = _skip(text, index)
        _expect(text, index, ":")
        result[key], index = _value(text, _skip(text, index + 1), depth + 1)
        index = _skip(text, index)
        _expect(text, index, ",}")
        if text[index] == "}":
            return result, index + 1
        index = _skip(text, index + 1)


def _array(text: str, index: int, depth: int) -> Tuple[list, int]:
    result: list = []
    index = _skip(text, index + 1)
    if index < len(text) and text[index] == "]":
        return result, index + 1
    while True:
        item, index = _value(text, index, depth + 1)
        result.append(item)
        index = _skip(text, index)
        _expect(text, index, ",]")
        if text[index] == "]":
            return result, index + 1
        index = _skip(text, index + 1)
