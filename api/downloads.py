"""Streaming a response body into a file atomically: a temp file in the same folder, renamed only when complete."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Callable, Optional

from .errors import Cancelled, IncompleteDownloadError, MapflowError
from .http import BodyError, HttpResponse
from .i18n import QT_TRANSLATE_NOOP
from .multipart import CancelCheck, ProgressCallback, ProgressReporter
from .redaction import api_logger

LOG = api_logger()

CHUNK_SIZE = 64 * 1024


def stream_to_file(response: HttpResponse, destination: Path, *, progress: Optional[ProgressCallback] = None,
                   is_cancelled: Optional[CancelCheck] = None,
                   validate: Optional[Callable[[Path], None]] = None) -> Path:
    """Write ``response`` to ``destination``; on cancel, error or a short body no file (and no temp file) remains.

    Memory stays flat: the body goes to disk chunk by chunk. The transport compares the announced Content-Length
    with the bytes that came off the wire, so a connection that closes early is reported instead of leaving a
    truncated file; a cancel aborts the transfer itself (the request carries ``is_cancelled`` too), so it ends
    promptly even while the server is silent.
    """
    destination = Path(destination)
    reporter = ProgressReporter(progress, response.content_length)
    temp_path: Optional[Path] = None
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(prefix=f".{destination.name}.", suffix=".part",
                                             dir=str(destination.parent))
        temp_path = Path(temp_name)
        try:
            with os.fdopen(handle, "wb") as out:
                for chunk in response.iter_content(CHUNK_SIZE):
                    if is_cancelled is not None and is_cancelled():
                        raise Cancelled()
                    out.write(chunk)
                    reporter.update(response.bytes_received)
        except (MapflowError, BodyError) as error:
            if is_cancelled is not None and is_cancelled():  # the transfer was cut because of the cancel
                raise Cancelled() from None
            if isinstance(error, BodyError):
                raise IncompleteDownloadError(error.detail, **error.params) from None
            raise
        if is_cancelled is not None and is_cancelled():
            raise Cancelled()
        received = response.bytes_received
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
        raise IncompleteDownloadError(QT_TRANSLATE_NOOP("MapflowApi", "the server sent an empty result"))
    if not tail.endswith((b"}", b"]")):
        raise IncompleteDownloadError(QT_TRANSLATE_NOOP("MapflowApi",
                                                        "the result file ends in the middle of the data"))
