"""A streamed ``multipart/form-data`` body with one file part: read in chunks, never the whole file in memory."""
from __future__ import annotations

import os
import uuid
from pathlib import Path
from typing import BinaryIO, Callable, Optional

from .errors import Cancelled, InvalidRequestError

ProgressCallback = Callable[[int, Optional[int]], None]  # (bytes done, total bytes or None)
CancelCheck = Callable[[], bool]


class ProgressReporter:
    """Calls ``callback(done, total)`` when at least ``step`` more bytes are done, and always at the end."""

    def __init__(self, callback: Optional[ProgressCallback], total: Optional[int], step: int = 256 * 1024) -> None:
        self._callback = callback
        self._total = total
        self._step = step
        self._last = -1

    def update(self, done: int, force: bool = False) -> None:
        if self._callback is None:
            return
        finished = self._total is not None and done >= self._total
        if force or finished or self._last < 0 or done - self._last >= self._step:
            if done != self._last:
                self._last = done
                self._callback(done, self._total)


def _quote_filename(name: str) -> str:
    # RFC 7578: quotes and line breaks are percent-encoded; other characters go as UTF-8
    return name.replace("\\", "%5C").replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")


class MultipartFileBody:
    """``multipart/form-data`` with one file part, streamed from disk.

    ``requests`` reads it as a file-like body (``read(n)`` and ``len()``, so a Content-Length is sent); a transport
    that builds its own multipart stream (QGIS's) uses :attr:`head`, the file and :attr:`tail` and reports the bytes
    it sent with :meth:`report_sent`. ``is_cancelled`` is checked before each chunk; cancelling raises
    :class:`Cancelled` out of the request.
    """

    def __init__(self, path: Path, field_name: str = "file", content_type: str = "application/octet-stream",
                 filename: Optional[str] = None, progress: Optional[ProgressCallback] = None,
                 is_cancelled: Optional[CancelCheck] = None) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            raise InvalidRequestError(f"the file {self.path.name} does not exist or is not a file")
        self.boundary = "mapflow-" + uuid.uuid4().hex
        self.field_name = field_name
        self.filename = filename or self.path.name
        self.part_content_type = content_type
        self.content_disposition = (f'form-data; name="{field_name}"; '
                                    f'filename="{_quote_filename(self.filename)}"').encode()
        self.head = (f"--{self.boundary}\r\n".encode() + b"Content-Disposition: " + self.content_disposition
                     + f"\r\nContent-Type: {content_type}\r\n\r\n".encode())
        self.tail = f"\r\n--{self.boundary}--\r\n".encode("ascii")
        self.file_size = os.path.getsize(self.path)
        self._length = len(self.head) + self.file_size + len(self.tail)
        self.is_cancelled = is_cancelled
        self._progress = ProgressReporter(progress, self.file_size)
        self._file: Optional[BinaryIO] = None
        self._stage = 0  # 0 head, 1 file, 2 tail, 3 done
        self._sent_file_bytes = 0
        self._pending = b""

    @property
    def content_type(self) -> str:
        return f"multipart/form-data; boundary={self.boundary}"

    def __len__(self) -> int:
        return self._length

    def cancelled(self) -> bool:
        return self.is_cancelled is not None and bool(self.is_cancelled())

    def report_sent(self, file_bytes: int, force: bool = False) -> None:
        """Progress of a transport that streams the file itself: ``file_bytes`` of the file are sent."""
        self._progress.update(max(0, min(int(file_bytes), self.file_size)), force=force)

    def check_unchanged(self) -> None:
        """The file must keep its size while it is sent (a file still being written would upload half)."""
        try:
            size = os.path.getsize(self.path)
        except OSError:
            size = -1
        if size != self.file_size:
            raise InvalidRequestError(f"the file {self.path.name} changed during the upload")

    def read(self, size: int = -1) -> bytes:
        if self.cancelled():
            self.close()
            raise Cancelled()
        if size is None or size < 0:
            size = self._length
        out = bytearray(self._pending)
        self._pending = b""
        while len(out) < size and self._stage < 3:
            if self._stage == 0:
                out += self.head
                self._stage = 1
                self._file = open(self.path, "rb")  # noqa: SIM115 - closed at the end of the body or on close()
            elif self._stage == 1:
                chunk = self._file.read(size - len(out)) if self._file else b""
                if chunk:
                    out += chunk
                    self._sent_file_bytes += len(chunk)
                    self._progress.update(self._sent_file_bytes)
                else:
                    self._close_file()
                    if self._sent_file_bytes != self.file_size:  # the file changed while uploading
                        raise InvalidRequestError(f"the file {self.path.name} changed during the upload")
                    self._stage = 2
            else:
                out += self.tail
                self._stage = 3
        if len(out) > size:  # never more than asked: keep the rest for the next read
            self._pending = bytes(out[size:])
            del out[size:]
        return bytes(out)

    def _close_file(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None

    def close(self) -> None:
        self._close_file()
