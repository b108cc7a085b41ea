"""Streams the ``file`` part of a multipart upload straight to disk, never holding the file in memory."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional

from python_multipart.multipart import MultipartParser, parse_options_header
from starlette.requests import Request

from ..errors import DataApiError


@dataclass
class ReceivedFile:
    path: Path
    filename: str
    size: int
    sha1: str


class _FilePartWriter:
    """Multipart callbacks: remember each part's headers, write the bytes of the part named ``file``."""

    def __init__(self, target: Path, max_bytes: int, too_big: Callable[[int], DataApiError]):
        self.target = target
        self.max_bytes = max_bytes
        self.too_big = too_big
        self.header_field = b""
        self.header_value = b""
        self.headers: dict = {}
        self.handle = None
        self.done = False
        self.filename = ""
        self.size = 0
        self.digest = hashlib.sha1()  # noqa: S324 - a content checksum the API shows, not a security measure

    def on_part_begin(self) -> None:
        self.headers = {}

    def on_header_field(self, data: bytes, start: int, end: int) -> None:
        self.header_field += data[start:end]

    def on_header_value(self, data: bytes, start: int, end: int) -> None:
        self.header_value += data[start:end]

    def on_header_end(self) -> None:
        self.headers[self.header_field.decode("latin-1").lower()] = self.header_value
        self.header_field, self.header_value = b"", b""

    def on_headers_finished(self) -> None:
        _, options = parse_options_header(self.headers.get("content-disposition", b""))
        if options.get(b"name") == b"file" and not self.done and self.handle is None:
            self.filename = Path(options.get(b"filename", b"upload.tif").decode("utf-8", "replace")).name
            self.handle = open(self.target, "wb")  # noqa: SIM115 - closed in on_part_end / abort

    def on_part_data(self, data: bytes, start: int, end: int) -> None:
        if self.handle is None:
            return
        chunk = data[start:end]
        self.size += len(chunk)
        if self.size > self.max_bytes:
            raise self.too_big(self.size)
        self.digest.update(chunk)
        self.handle.write(chunk)

    def on_part_end(self) -> None:
        if self.handle is not None:
            self.handle.close()
            self.handle = None
            self.done = True

    def abort(self) -> None:
        if self.handle is not None:
            self.handle.close()
            self.handle = None
        self.target.unlink(missing_ok=True)


async def receive_file(request: Request, target: Path, max_bytes: int,
                       too_big: Callable[[int], DataApiError]) -> ReceivedFile:
    content_type, options = parse_options_header(request.headers.get("content-type"))
    boundary: Optional[bytes] = options.get(b"boundary")
    if content_type != b"multipart/form-data" or not boundary:
        raise DataApiError(400, "BadRequest", {}, "Send the image as multipart/form-data with a part named 'file'")
    target.parent.mkdir(parents=True, exist_ok=True)
    writer = _FilePartWriter(target, max_bytes, too_big)
    callbacks = {name: getattr(writer, name) for name in (
        "on_part_begin", "on_header_field", "on_header_value", "on_header_end", "on_headers_finished",
        "on_part_data", "on_part_end")}
    parser = MultipartParser(boundary, callbacks)
    try:
        async for chunk in request.stream():
            parser.write(chunk)
        parser.finalize()
    except DataApiError:
        writer.abort()
        raise
    except Exception as exc:  # a malformed body must not become a 500
        writer.abort()
        raise DataApiError(400, "BadRequest", {}, f"Malformed multipart upload: {exc}") from None
    if not writer.done:
        writer.abort()
        raise DataApiError(400, "BadRequest", {}, "The upload has no part named 'file'")
    return ReceivedFile(target, writer.filename or "upload.tif", writer.size, writer.digest.hexdigest())
