"""Download a processing result and turn it into a GeoPackage next to the project: the off-GUI-thread pipeline.

The pipeline knows nothing about the REST client: it calls a ``Downloader`` that streams the GeoJSON into a
given file, so any client (or a test) can plug in. Every intermediate file lives in the target folder under a
hidden temporary name and is removed on failure or cancellation; the finished GeoPackage is put into place
atomically under a name that no earlier download uses.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional, Tuple


from .result_convert import CancelCheck, ConversionCancelled, ConversionReport, FractionProgress, \
    convert_geojson_to_gpkg
from .result_files import publish_without_overwrite, remove_quietly, result_file_stem, temporary_path_in
from ..integration.messages import tr

DownloadProgress = Callable[[int, Optional[int]], None]  # (bytes received, total bytes or None when unknown)
# Streams the result GeoJSON into the given path; reports progress; stops early when the check returns True.
Downloader = Callable[[Path, DownloadProgress, CancelCheck], None]

DOWNLOAD_SHARE = 0.5  # of the pipeline's progress bar; the conversion takes the rest
_UNKNOWN_SIZE_HALF_WAY = 5_000_000  # bytes at which an unknown-size download shows half of its share



@dataclass(frozen=True)
class ResultPackage:
    path: Path  # the published GeoPackage
    report: ConversionReport
    messages: Tuple[str, ...]  # notes for the user, e.g. "no features"


class ResultDownloadError(Exception):
    """The download or the target folder failed; the text is meant for the user."""


class ResultCancelled(Exception):
    """The user cancelled; nothing was left behind."""


def build_result_package(downloader: Downloader, processing_id: str, processing_name: str, output_dir: Path,
                         progress: Optional[FractionProgress] = None,
                         should_cancel: Optional[CancelCheck] = None) -> ResultPackage:
    """Download, convert and publish one processing's result as ``<name>_<id8>[_N].gpkg`` in ``output_dir``."""
    report_progress = progress or (lambda fraction: None)
    cancelled = should_cancel or (lambda: False)
    _ensure_folder(output_dir)
    stem = result_file_stem(processing_name, processing_id)
    download_path = temporary_path_in(output_dir, stem, ".geojson")
    package_path = temporary_path_in(output_dir, stem, ".gpkg")
    try:
        _download(downloader, download_path, report_progress, cancelled)
        report = convert_geojson_to_gpkg(
            download_path, package_path,
            lambda fraction: report_progress(DOWNLOAD_SHARE + fraction * (1.0 - DOWNLOAD_SHARE)), cancelled)
        if cancelled():
            raise ResultCancelled()
        final_path = publish_without_overwrite(package_path, output_dir, stem, ".gpkg")
    except ConversionCancelled:
        remove_quietly(package_path)
        raise ResultCancelled() from None
    except BaseException:
        remove_quietly(package_path)
        raise
    finally:
        remove_quietly(download_path)
    return ResultPackage(path=final_path, report=report, messages=_notes(report))


def _ensure_folder(output_dir: Path) -> None:
    try:
        output_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ResultDownloadError(tr("Cannot create the results folder {folder}: {reason}").format(
            folder=output_dir, reason=error.strerror or error)) from None


def _download(downloader: Downloader, target: Path, progress: FractionProgress, cancelled: CancelCheck) -> None:
    def on_bytes(received: int, total: Optional[int]) -> None:
        if total and total > 0:
            fraction = min(received / total, 1.0)
        else:  # unknown size: keep the bar moving without ever reaching the end
            fraction = received / (received + _UNKNOWN_SIZE_HALF_WAY)
        progress(fraction * DOWNLOAD_SHARE)

    try:
        downloader(target, on_bytes, cancelled)
    except Exception:
        if cancelled():  # the client's own "cancelled" error, or a broken stream after cancel
            raise ResultCancelled() from None
        raise
    if cancelled():
        raise ResultCancelled()
    if not target.is_file():
        raise ResultDownloadError(tr("The download finished but wrote no file."))


def _notes(report: ConversionReport) -> Tuple[str, ...]:
    notes = []
    if report.is_empty:
        notes.append(tr("The processing returned no features: the GeoPackage has an empty polygon layer."))
    if report.skipped_geometry_types:
        notes.append(tr("Features of type {types} were left out: result layers hold polygons, lines and points "
                         "only.").format(types=", ".join(report.skipped_geometry_types)))
    return tuple(notes)
