"""File names and atomic placement of downloaded results.

A result is written under a temporary name in the target folder and then put into place under a name that
does not exist yet, so that a reader never sees a half-written GeoPackage and an earlier download is never
overwritten: ``<processing name>_<id8>.gpkg``, then ``..._2.gpkg``, ``..._3.gpkg`` ...
"""
from __future__ import annotations

import os
import re
import uuid
from pathlib import Path

# Characters that are unsafe in file names on at least one of Windows, macOS and Linux.
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')
_SPACES = re.compile(r"[\s_]+")
_MAX_STEM_CHARS = 80
# SQLite side files that may sit next to a GeoPackage that was not closed cleanly.
_SQLITE_SIDE_SUFFIXES = ("-journal", "-wal", "-shm")
_MAX_NAME_ATTEMPTS = 10_000


def safe_file_stem(name: str, fallback: str = "processing") -> str:
    """``name`` made safe as a file name on every platform; readable characters (also non-Latin) are kept."""
    stem = _UNSAFE.sub("_", name or "")
    stem = _SPACES.sub("_", stem).strip("._ -")
    stem = stem[:_MAX_STEM_CHARS].rstrip("._ -")
    return stem or fallback


def result_file_stem(processing_name: str, processing_id: str) -> str:
    """``<processing name>_<first 8 characters of the id>``: readable, and distinct between processings."""
    id8 = re.sub(r"[^0-9A-Za-z]", "", processing_id or "")[:8] or "noid"
    return f"{safe_file_stem(processing_name)}_{id8}"


def candidate_names(stem: str, suffix: str):
    """``stem.suffix``, ``stem_2.suffix``, ``stem_3.suffix`` ..."""
    yield f"{stem}{suffix}"
    for number in range(2, _MAX_NAME_ATTEMPTS):
        yield f"{stem}_{number}{suffix}"


def temporary_path_in(folder: Path, stem: str, suffix: str) -> Path:
    """A fresh hidden name in ``folder``: on the same file system as the final file, so the final move is atomic."""
    return folder / f".{stem}.{uuid.uuid4().hex[:12]}.partial{suffix}"


def publish_without_overwrite(temporary: Path, folder: Path, stem: str, suffix: str) -> Path:
    """Move ``temporary`` to the first free name among :func:`candidate_names`; returns the final path.

    A hard link fails when the name exists, which makes "check, then move" a single atomic step even when two
    downloads finish at the same moment. Where hard links are not available (FAT, some network shares) the
    fallback checks and renames, which is still atomic for the content.
    """
    for name in candidate_names(stem, suffix):
        final = folder / name
        try:
            os.link(temporary, final)
        except FileExistsError:
            continue
        except OSError:  # no hard links here: a rename is still atomic for the content
            if final.exists():
                continue
            os.rename(temporary, final)
            return final
        temporary.unlink()
        return final
    raise FileExistsError(f"No free file name for {stem}{suffix} in {folder}")


def remove_quietly(path: Path) -> None:
    """Delete ``path`` and its SQLite side files if present; cleanup must never mask the original error."""
    for candidate in (path, *(Path(f"{path}{side}") for side in _SQLITE_SIDE_SUFFIXES)):
        try:
            candidate.unlink()
        except OSError:
            pass
