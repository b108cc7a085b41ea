"""My imagery as the dock lists it: mosaics with their images, sorted and filtered, storage, details (QGIS-free).

The listing is small (a user's mosaics), so sorting and filtering happen here, on what was fetched; the server is
asked again only on Refresh or after a change.
"""
from __future__ import annotations

import enum
import html
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import List, Optional, Sequence, Tuple

from ..api.i18n import QT_TRANSLATE_NOOP, translate
from ..api.models import Image, Memory, Mosaic
from .processing_view import ActionState, format_time
from .upload_rules import format_size

CONTEXT = "MapflowImagery"
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def _t(text: str) -> str:
    return translate(text, CONTEXT)


@dataclass(frozen=True)
class MosaicEntry:
    mosaic: Mosaic
    images: Tuple[Image, ...] = ()

    @property
    def size(self) -> int:
        if self.mosaic.size_in_bytes is not None:
            return self.mosaic.size_in_bytes
        return sum(image.file_size or 0 for image in self.images)

    @property
    def image_count(self) -> int:
        return len(self.images) if self.images or self.mosaic.image_count is None else self.mosaic.image_count


Listing = Tuple[MosaicEntry, ...]


class SortKey(enum.IntEnum):
    """Columns of the My imagery table, in order."""

    NAME = 0
    TAGS = 1
    IMAGES = 2
    SIZE = 3
    CREATED = 4


COLUMN_TITLES = {
    SortKey.NAME: QT_TRANSLATE_NOOP("MapflowImagery", "Name"),
    SortKey.TAGS: QT_TRANSLATE_NOOP("MapflowImagery", "Tags"),
    SortKey.IMAGES: QT_TRANSLATE_NOOP("MapflowImagery", "Images"),
    SortKey.SIZE: QT_TRANSLATE_NOOP("MapflowImagery", "Size"),
    SortKey.CREATED: QT_TRANSLATE_NOOP("MapflowImagery", "Created"),
}


def column_titles() -> List[str]:
    return [_t(COLUMN_TITLES[key]) for key in SortKey]


def parse_tags(text: str) -> Tuple[str, ...]:
    """"roofs, 2024 , roofs" → ("roofs", "2024"): comma-separated, trimmed, no empties or repeats."""
    seen = []
    for tag in (text or "").split(","):
        tag = tag.strip()
        if tag and tag not in seen:
            seen.append(tag)
    return tuple(seen)


def tags_text(tags: Sequence[str]) -> str:
    return ", ".join(tags)


def _mosaic_key(key: SortKey, entry: MosaicEntry):
    mosaic = entry.mosaic
    if key is SortKey.TAGS:
        return tags_text(mosaic.tags).lower()
    if key is SortKey.IMAGES:
        return entry.image_count
    if key is SortKey.SIZE:
        return entry.size
    if key is SortKey.CREATED:
        return mosaic.created_at or _EPOCH
    return mosaic.name.lower()


def _image_key(key: SortKey, image: Image):
    if key is SortKey.SIZE:
        return image.file_size or 0
    if key is SortKey.CREATED:
        return image.uploaded_at or _EPOCH
    return (image.filename or image.id).lower()


def sort_listing(listing: Sequence[MosaicEntry], key: SortKey, descending: bool = False) -> Listing:
    """Mosaics by ``key``; their images by the same key where it applies to an image (else by name)."""
    image_key = key if key in (SortKey.SIZE, SortKey.CREATED) else SortKey.NAME
    image_descending = descending if image_key is key else False
    entries = [MosaicEntry(e.mosaic, tuple(sorted(e.images, key=lambda i: _image_key(image_key, i),
                                                  reverse=image_descending))) for e in listing]
    return tuple(sorted(entries, key=lambda e: _mosaic_key(key, e), reverse=descending))


def filter_listing(listing: Sequence[MosaicEntry], text: str) -> Listing:
    """Mosaics whose name or a tag contains ``text`` (any case), with all their images; and mosaics with images
    whose file name contains it, with those images only."""
    needle = (text or "").strip().lower()
    if not needle:
        return tuple(listing)
    kept = []
    for entry in listing:
        mosaic = entry.mosaic
        if needle in mosaic.name.lower() or any(needle in tag.lower() for tag in mosaic.tags):
            kept.append(entry)
            continue
        images = tuple(i for i in entry.images if needle in (i.filename or "").lower())
        if images:
            kept.append(MosaicEntry(mosaic, images))
    return tuple(kept)


def mosaic_cells(entry: MosaicEntry) -> Tuple[str, ...]:
    mosaic = entry.mosaic
    return (mosaic.name, tags_text(mosaic.tags), str(entry.image_count), format_size(entry.size),
            format_time(mosaic.created_at))


def image_cells(image: Image) -> Tuple[str, ...]:
    return (image.filename or image.id, "", "", "—" if image.file_size is None else format_size(image.file_size),
            format_time(image.uploaded_at))


# --- storage -------------------------------------------------------------------------------------------------
def storage_text(memory: Optional[Memory]) -> str:
    if memory is None:
        return _t(QT_TRANSLATE_NOOP("MapflowImagery", "Storage: unknown"))
    used = format_size(memory.memory_used or 0)
    if memory.memory_limit is None:
        return _t(QT_TRANSLATE_NOOP("MapflowImagery", "Storage: {used} used, no limit")).format(used=used)
    free = memory.memory_free if memory.memory_free is not None else max(memory.memory_limit - (memory.memory_used
                                                                                                or 0), 0)
    return _t(QT_TRANSLATE_NOOP("MapflowImagery", "Storage: {used} of {limit} used, {free} free")).format(
        used=used, limit=format_size(memory.memory_limit), free=format_size(free))


def storage_percent(memory: Optional[Memory]) -> Optional[int]:
    """How full the storage is (0-100), None without a limit."""
    if memory is None or not memory.memory_limit:
        return None
    return max(0, min(100, round(100 * (memory.memory_used or 0) / memory.memory_limit)))


# --- details -------------------------------------------------------------------------------------------------
def _pixel_text(image: Image) -> str:
    meta = image.meta_data
    if meta is None or not meta.pixel_size:
        return "—"
    return " × ".join(f"{value:.6g}" for value in meta.pixel_size[:2])


def image_facts(image: Image) -> List[Tuple[str, str]]:
    meta = image.meta_data
    facts = [(_t(QT_TRANSLATE_NOOP("MapflowImagery", "File")), image.filename or "—"),
             (_t(QT_TRANSLATE_NOOP("MapflowImagery", "Size")),
              "—" if image.file_size is None else format_size(image.file_size)),
             (_t(QT_TRANSLATE_NOOP("MapflowImagery", "Uploaded")), format_time(image.uploaded_at))]
    if meta is not None:
        facts += [(_t(QT_TRANSLATE_NOOP("MapflowImagery", "CRS")), meta.crs or "—"),
                  (_t(QT_TRANSLATE_NOOP("MapflowImagery", "Pixels")),
                   f"{meta.width or '?'} × {meta.height or '?'}"),
                  (_t(QT_TRANSLATE_NOOP("MapflowImagery", "Bands")),
                   "—" if meta.count is None else f"{meta.count} ({', '.join(meta.dtypes) or '?'})"),
                  (_t(QT_TRANSLATE_NOOP("MapflowImagery", "Pixel size (CRS units)")), _pixel_text(image))]
    facts.append((_t(QT_TRANSLATE_NOOP("MapflowImagery", "Download")),
                  _t(QT_TRANSLATE_NOOP("MapflowImagery", "available")) if image.available_for_download
                  else _t(QT_TRANSLATE_NOOP("MapflowImagery", "not available (a linked image)"))))
    facts.append((_t(QT_TRANSLATE_NOOP("MapflowImagery", "ID")), image.id))
    return facts


def mosaic_facts(entry: MosaicEntry) -> List[Tuple[str, str]]:
    mosaic = entry.mosaic
    return [(_t(QT_TRANSLATE_NOOP("MapflowImagery", "Tags")), tags_text(mosaic.tags) or "—"),
            (_t(QT_TRANSLATE_NOOP("MapflowImagery", "Images")), str(entry.image_count)),
            (_t(QT_TRANSLATE_NOOP("MapflowImagery", "Size")), format_size(entry.size)),
            (_t(QT_TRANSLATE_NOOP("MapflowImagery", "Created")), format_time(mosaic.created_at)),
            (_t(QT_TRANSLATE_NOOP("MapflowImagery", "ID")), mosaic.id)]


def facts_html(title: str, facts: Sequence[Tuple[str, str]]) -> str:
    rows = "".join(f"<tr><td><b>{html.escape(label)}</b></td><td>{html.escape(value)}</td></tr>"
                   for label, value in facts)
    return f"<h3>{html.escape(title)}</h3><table cellspacing='2'>{rows}</table>"


# --- what the selection allows -----------------------------------------------------------------------------------
class ImageryAction(str, enum.Enum):
    NEW = "new"  # a new mosaic, empty or with files
    UPLOAD = "upload"  # files into the selected mosaic
    EDIT = "edit"  # rename (and retag a mosaic)
    DELETE = "delete"
    PREVIEW = "preview"  # an image's preview on the map
    DOWNLOAD = "download"  # an image's original file
    AOI = "aoi"  # the extent as the area of interest
    USE = "use"  # the imagery of the processing (Start tab)


@dataclass(frozen=True)
class Picked:
    """One selected row: a mosaic (``image`` None) or an image of it."""

    mosaic: Mosaic
    image: Optional[Image] = None

    @property
    def name(self) -> str:
        return (self.image.filename or self.image.id) if self.image is not None else self.mosaic.name

    @property
    def footprint(self) -> Optional[str]:
        return self.image.footprint if self.image is not None else self.mosaic.footprint


def action_state(action: ImageryAction, picked: Sequence[Picked]) -> ActionState:
    """May ``action`` run on the selection? If not, why (a tooltip)."""

    def no(text: str) -> ActionState:
        return ActionState(False, _t(text))

    images = [p for p in picked if p.image is not None]
    if action is ImageryAction.NEW:
        return ActionState(True)
    if action is ImageryAction.UPLOAD:
        if len({p.mosaic.id for p in picked}) != 1:
            return no(QT_TRANSLATE_NOOP("MapflowImagery", "Select the mosaic to upload into, or make a new one."))
        return ActionState(True)
    if not picked:
        return no(QT_TRANSLATE_NOOP("MapflowImagery", "Select a mosaic or an image first."))
    if action is ImageryAction.DELETE:
        return ActionState(True)
    if action in (ImageryAction.EDIT, ImageryAction.USE) and len(picked) != 1:
        return no(QT_TRANSLATE_NOOP("MapflowImagery", "Select exactly one mosaic or image."))
    if action in (ImageryAction.PREVIEW, ImageryAction.DOWNLOAD):
        if len(picked) != 1 or len(images) != 1:
            return no(QT_TRANSLATE_NOOP("MapflowImagery", "Select exactly one image."))
        if action is ImageryAction.DOWNLOAD and not images[0].image.available_for_download:
            return no(QT_TRANSLATE_NOOP("MapflowImagery", "A linked image cannot be downloaded: it was not uploaded "
                                                          "to Mapflow."))
        if action is ImageryAction.PREVIEW and not images[0].image.footprint:
            return no(QT_TRANSLATE_NOOP("MapflowImagery", "This image has no footprint yet to place a preview on."))
    if action is ImageryAction.AOI and not any(p.footprint for p in picked):
        return no(QT_TRANSLATE_NOOP("MapflowImagery", "The selection has no footprint yet (an empty mosaic)."))
    return ActionState(True)
