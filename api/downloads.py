"""Streaming a response body into a file atomically: a temp file in the same folder, renamed only when complete."""
from __future__ import annotations

import os
import socket
import tempfile
import threading
from pathlib import Path
from typing import Callable, Optional

import requests

from .errors import Cancelled, ConnectionFailed, IncompleteDownloadError, MapflowError, Timeout
from .multipart import CancelCheck, ProgressCallback, ProgressReporter
from .redaction import api_logger

LOG = api_logger()

CHUNK_SIZE = 64 * 1024


def _expected_length(response: requests.Response) -> Optional[int]:
    value = response.headers.get("Content-Length")
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def stream_to_file(response: requests.Response, destination: Path, *, host: str, read_timeout: float,
                   progress: Optional[ProgressCallback] = None, is_cancelled: Optional[CancelCheck] = None,
                   validate: Optional[Callable[[Path], None]] = None) -> Path:
    """Write ``response`` to ``destination``; on cancel, error or a short body no file (and no temp file) remains.

    The announced Content-Length is compared with the bytes actually received on the wire (before any gzip
    decoding), so a connection that closes early is reported instead of leaving a truncated file.
    """
    destination = Path(destination)
    expected = _expected_length(response)
    reporter = ProgressReporter(progress, expected)
    temp_path: Optional[Path] = None
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(prefix=f".{destination.name}.", suffix=".part",
                                             dir=str(destination.parent))
        temp_path = Path(temp_name)
        try:
            with os.fdopen(handle, "wb") as out, _CancelWatch(response, is_cancelled):
                for chunk in _chunks(response, host, read_timeout):
                    if is_cancelled is not None and is_cancelled():
                        raise Cancelled()
                    out.write(chunk)
                    reporter.update(_wire_bytes(response))
        except MapflowError:
            if is_cancelled is not None and is_cancelled():  # the watch cut the connection: it is a cancel
                raise Cancelled() from None
            raise
        if is_cancelled is not None and is_cancelled():
            raise Cancelled()
        received = _wire_bytes(response)
        if expected is not None and received != expected:
            raise IncompleteDownloadError(f"received {received} of {expected} bytes")
        reporter.update(received, force=True)
        if validate is not None:
            validate(temp_path)
        os.replace(temp_path, destination)
        temp_path = None
        LOG.debug("downloaded %d bytes to %s", received, destination.name)
        return destination
    finally:
        response.close()
        if temp_path is not None:
            _remove_quietly(temp_path)


class _CancelWatch:
    """While a body streams, checks ``is_cancelled`` every ``interval`` seconds and, once it is true, shuts the
    socket down: the read blocked on a slow or stalled server returns at once instead of after the read timeout,
    so a cancelled task (or an unloading plugin) never waits for the network."""

    def __init__(self, response: requests.Response, is_cancelled: Optional[CancelCheck], interval: float = 0.1):
        self._response = response
        self._is_cancelled = is_cancelled
        self._interval = interval
        self._done = threading.Event()
        self._thread: Optional[threading.Thread] = None

    def __enter__(self) -> "_CancelWatch":
        if self._is_cancelled is not None:
            self._thread = threading.Thread(target=self._watch, name="mapflow-download-cancel", daemon=True)
            self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._done.set()
        if self._thread is not None:
            self._thread.join(timeout=1.0)

    def _watch(self) -> None:
        while not self._done.wait(self._interval):
            if self._is_cancelled():
                connection = getattr(self._response.raw, "connection", None)
                sock = getattr(connection, "sock", None)
                if sock is not None:
                    try:
                        sock.shutdown(socket.SHUT_RDWR)
                    except OSError:  # already closed
                        pass
                return


def _chunks(response: requests.Response, host: str, read_timeout: float):
    """Body chunks; network failures in the middle of the body become clear client errors."""
    try:
        yield from response.iter_content(CHUNK_SIZE)
    except MapflowError:
        raise
    except requests.exceptions.ChunkedEncodingError:
        raise IncompleteDownloadError("the connection closed in the middle of the data") from None
    except requests.exceptions.ConnectionError as exc:
        if "timed out" in str(exc).lower():
            raise Timeout(host, "read", read_timeout) from None
        raise IncompleteDownloadError("the connection was interrupted") from None
    except requests.exceptions.RequestException:
        raise ConnectionFailed(host, "the download failed") from None


def _wire_bytes(response: requests.Response) -> int:
    """Bytes read from the socket so far (compressed size when the body is gzip-encoded)."""
    try:
        return int(response.raw.tell())
    except (AttributeError, TypeError, ValueError):
        return 0


def _remove_quietly(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass
    except OSError as exc:  # e.g. still open on Windows; worth a line in the log, not an error over the real one
        LOG.warning("could not remove the partial download %s: %s", path.name, exc.strerror)


def check_json_document_complete(path: Path) -> None:
    """Cheap completeness check of a JSON download: it must end with ``}`` or ``]`` (a cut-off body rarely does)."""
    size = path.stat().st_size
    with open(path, "rb") as handle:
        handle.seek(max(0, size - 256))
        tail = handle.read().rstrip()
    if not tail:
        raise IncompleteDownloadError("the server sent an empty result")
    if not tail.endswith((b"}", b"]")):
        raise IncompleteDownloadError("the result file ends in the middle of the data")
