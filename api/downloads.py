"""Streaming a response body into a file atomically: a temp file in the same folder, renamed only when complete."""
from __future__ import annotations

import os
import tempfile
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
        with os.fdopen(handle, "wb") as out:
            for chunk in _chunks(response, host, read_timeout):
                if is_cancelled is not None and is_cancelled():
                    raise Cancelled()
                out.write(chunk)
                reporter.update(_wire_bytes(response))
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
