"""Upload rules of My Imagery: would the server accept this GeoTIFF, and if not, why (QGIS-free).

The plugin reads a file's facts (with GDAL) into :class:`UploadFileFacts`, asks ``GET /rasters/memory`` for the
limits and, for an existing mosaic, takes the facts of one of its images (:class:`MosaicFacts`). :func:`check_upload`
answers with :class:`UploadReason` items, each naming the Data API code the server would answer (contract 4.3) and
a translatable text with the numbers, so the user learns why before anything is sent. :func:`check_batch` checks
several files at once as they would be uploaded one after the other: storage shrinks with each file, and into a new
(or empty) mosaic the first acceptable file sets the CRS, bands and resolution the others must match.

The server's rules (contract 2.6, and the sandbox's checks): GeoTIFF; a CRS; 1, 3 or 4 bands of 8-bit unsigned
data; at most ``maxPixelCount`` px per side; pixels of at most 20 m (finer than 10 cm are resampled, a warning);
at most ``maxUploadFileSize`` bytes and the free storage; in a mosaic, the same CRS, band count and pixel size
(±10 %) as its images.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple

from ..api.error_catalog import format_template
from ..api.i18n import QT_TRANSLATE_NOOP, translate
from .formatting import localize
from ..api.models import Image, Memory

GEOTIFF_DRIVERS = ("GTiff", "COG")
ALLOWED_BAND_COUNTS = (1, 3, 4)
ALLOWED_DTYPES = ("uint8", "byte")
MAX_PIXEL_SIZE_M = 20.0
RESAMPLED_BELOW_M = 0.1
RESOLUTION_TOLERANCE = 0.1  # images of one mosaic may differ by 10 % in pixel size
# the official plugin's client-side defaults when the server does not say (contract 2.6)
DEFAULT_MAX_PIXEL_COUNT = 30_000
DEFAULT_MAX_FILE_SIZE = 2 * 1024 ** 3

_TEXTS = {
    "format": QT_TRANSLATE_NOOP("MapflowApi", "{filename} is not a GeoTIFF: only GeoTIFF files can be uploaded."),
    "crs": QT_TRANSLATE_NOOP("MapflowApi", "{filename} has no coordinate reference system."),
    "count": QT_TRANSLATE_NOOP(
        "MapflowApi", "{filename} has {count} bands: upload single-band, RGB (3 bands) or RGBA (4 bands) images."),
    "dtypes": QT_TRANSLATE_NOOP(
        "MapflowApi", "{filename} holds {dtypes} values: only 8-bit (uint8) images are accepted."),
    "size": QT_TRANSLATE_NOOP(
        "MapflowApi", "{filename} is {width} × {height} px: at most {max_pixel_count} px per side are accepted."),
    "pixel_size": QT_TRANSLATE_NOOP(
        "MapflowApi", "{filename} has pixels of {pixel_size_m} m: at most {max_pixel_size_m} m are accepted."),
    "fine_pixels": QT_TRANSLATE_NOOP(
        "MapflowApi", "{filename} has pixels of {pixel_size_m} m: it will be resampled to {resampled_m} m."),
    "extent": QT_TRANSLATE_NOOP("MapflowApi", "The extent of {filename} is outside the valid coordinate range."),
    "file_size": QT_TRANSLATE_NOOP(
        "MapflowApi", "{filename} is {size}: files of at most {max_size} are accepted."),
    "storage": QT_TRANSLATE_NOOP(
        "MapflowApi", "Not enough storage for {filename}: it needs {size}, {free} is free. Delete some imagery "
                      "first."),
    "mosaic": QT_TRANSLATE_NOOP(
        "MapflowApi", "{filename} does not fit this imagery collection: its {param_name} is {got_param}, the "
                      "collection needs {expected_param}."),
}
_MOSAIC_PARAMS = {"crs": QT_TRANSLATE_NOOP("MapflowApi", "coordinate reference system"),
                  "count": QT_TRANSLATE_NOOP("MapflowApi", "band count"),
                  "pixel_size": QT_TRANSLATE_NOOP("MapflowApi", "pixel size")}


@dataclass(frozen=True)
class UploadFileFacts:
    """What the plugin read from a file (GDAL), before sending it."""

    filename: str
    file_size: int  # bytes
    driver: Optional[str]  # GDAL short name ("GTiff"); None when GDAL cannot open the file
    crs: Optional[str] = None  # e.g. "EPSG:32637"; None or "" when the file has none
    width: int = 0
    height: int = 0
    band_count: int = 0
    dtypes: Tuple[str, ...] = ()  # "uint8" (GDAL's "Byte" counts as uint8)
    pixel_size: Tuple[float, float] = (0.0, 0.0)  # x, y in CRS units
    pixel_size_m: Optional[float] = None  # on the ground; None: unknown, not checked
    extent_on_globe: bool = True  # the corners transform to longitude/latitude within range


@dataclass(frozen=True)
class MosaicFacts:
    """CRS, bands and resolution every image of a mosaic shares (from one of its images)."""

    mosaic_id: Optional[str]
    crs: str
    band_count: int
    pixel_size: Tuple[float, float]  # CRS units
    pixel_size_m: Optional[float] = None

    @classmethod
    def from_image(cls, image: Image) -> Optional["MosaicFacts"]:
        meta = image.meta_data
        if meta is None or not meta.crs or not meta.count:
            return None
        pixel = tuple(meta.pixel_size[:2]) if len(meta.pixel_size) >= 2 else (0.0, 0.0)
        return cls(mosaic_id=image.mosaic_id, crs=meta.crs, band_count=meta.count, pixel_size=pixel)

    @classmethod
    def from_images(cls, images: Iterable[Image]) -> Optional["MosaicFacts"]:
        """The facts of a mosaic's images (the first one that tells them); None for an empty mosaic."""
        for image in images:
            facts = cls.from_image(image)
            if facts is not None:
                return facts
        return None

    @classmethod
    def from_file(cls, facts: UploadFileFacts, mosaic_id: Optional[str] = None) -> "MosaicFacts":
        return cls(mosaic_id=mosaic_id, crs=facts.crs or "", band_count=facts.band_count,
                   pixel_size=facts.pixel_size, pixel_size_m=facts.pixel_size_m)


@dataclass(frozen=True)
class UploadReason:
    """One reason about one file. ``code`` is what the server would answer (FileOpenError, FileCheckFailed,
    FileTooBig, MemoryLimitExceeded, FileValidationFailed, ImageOutOfBounds; ``RESAMPLED`` for the one warning);
    ``check`` says which rule."""

    code: str
    check: str
    params: Dict[str, Any] = field(default_factory=dict)
    blocking: bool = True

    @property
    def text(self) -> str:
        values = dict(self.params)
        if self.check == "mosaic":
            values["param_name"] = translate(_MOSAIC_PARAMS.get(str(values.get("param_name")), "?"))
        return format_template(translate(_TEXTS[self.check]), values)


def _number(value: float) -> str:
    text = f"{value:,.2f}" if abs(value) >= 1 else f"{value:.3g}"
    return localize(text.rstrip("0").rstrip(".") if "." in text else text)


_UNITS = (QT_TRANSLATE_NOOP("MapflowApi", "{value} B"), QT_TRANSLATE_NOOP("MapflowApi", "{value} KB"),
          QT_TRANSLATE_NOOP("MapflowApi", "{value} MB"), QT_TRANSLATE_NOOP("MapflowApi", "{value} GB"))


def format_size(size: int) -> str:
    """Bytes as a short, translated size: 10 B, 12.5 KB, 1.2 GB."""
    value, unit = float(size), 0
    while abs(value) >= 1024 and unit < len(_UNITS) - 1:
        value, unit = value / 1024, unit + 1
    shown = f"{value:.0f}" if unit == 0 or value >= 100 else f"{value:.1f}".rstrip("0").rstrip(".")
    return format_template(translate(_UNITS[unit]), {"value": shown})


def _same_crs(a: str, b: str) -> bool:
    return "".join(a.split()).upper() == "".join(b.split()).upper()


def _resolution_differs(got: float, expected: float) -> bool:
    return expected > 0 and abs(got - expected) > RESOLUTION_TOLERANCE * expected


def check_upload(facts: UploadFileFacts, memory: Optional[Memory] = None, mosaic: Optional[MosaicFacts] = None,
                 queued_bytes: int = 0) -> List[UploadReason]:
    """Every reason the server would refuse ``facts`` (blocking) and what it would change (warnings).

    ``memory`` is ``GET /rasters/memory`` (None: the official plugin's defaults, storage unchecked); ``mosaic`` the
    target mosaic's facts (None: a new or empty mosaic); ``queued_bytes`` what files sent before this one will use.
    """
    name = facts.filename
    # the server refuses size and storage while the file arrives, before it looks inside: those come first
    reasons: List[UploadReason] = _size_reasons(facts, memory, queued_bytes)
    if facts.driver not in GEOTIFF_DRIVERS:
        return reasons + [UploadReason("FileOpenError", "format", {"filename": name})]
    if not facts.crs:
        reasons.append(UploadReason("FileCheckFailed", "crs", {"filename": name}))
    if facts.band_count not in ALLOWED_BAND_COUNTS:
        reasons.append(UploadReason("FileCheckFailed", "count", {"filename": name, "count": facts.band_count}))
    odd = sorted({d.lower() for d in facts.dtypes if d.lower() not in ALLOWED_DTYPES})
    if odd:
        reasons.append(UploadReason("FileCheckFailed", "dtypes", {"filename": name, "dtypes": ", ".join(odd)}))
    max_side = (memory.max_pixel_count if memory else None) or DEFAULT_MAX_PIXEL_COUNT
    if max(facts.width, facts.height) > max_side:
        reasons.append(UploadReason("FileCheckFailed", "size", {"filename": name, "width": facts.width,
                                                                "height": facts.height, "max_pixel_count": max_side}))
    if not facts.extent_on_globe:
        reasons.append(UploadReason("ImageOutOfBounds", "extent", {"filename": name}))
    if facts.pixel_size_m is not None:
        if facts.pixel_size_m > MAX_PIXEL_SIZE_M:
            reasons.append(UploadReason("FileCheckFailed", "pixel_size", {
                "filename": name, "pixel_size_m": _number(facts.pixel_size_m),
                "max_pixel_size_m": _number(MAX_PIXEL_SIZE_M)}))
        elif facts.pixel_size_m < RESAMPLED_BELOW_M:
            reasons.append(UploadReason("RESAMPLED", "fine_pixels", {
                "filename": name, "pixel_size_m": _number(facts.pixel_size_m),
                "resampled_m": _number(RESAMPLED_BELOW_M)}, blocking=False))
    if mosaic is not None:
        reasons.extend(_mosaic_reasons(facts, mosaic))
    return reasons


def _size_reasons(facts: UploadFileFacts, memory: Optional[Memory], queued_bytes: int) -> List[UploadReason]:
    """File size and free storage, the tighter limit first (the one the server reports)."""
    name, size = facts.filename, facts.file_size
    max_size = (memory.max_upload_file_size if memory else None) or DEFAULT_MAX_FILE_SIZE
    free = None if memory is None or memory.memory_free is None else max(0, memory.memory_free - queued_bytes)
    reasons = []
    if size > max_size:
        reasons.append(UploadReason("FileTooBig", "file_size", {
            "filename": name, "actual_file_size": size, "max_file_size": max_size, "size": format_size(size),
            "max_size": format_size(max_size)}))
    if free is not None and size > free:
        storage = UploadReason("MemoryLimitExceeded", "storage", {
            "filename": name, "memory_requested": size, "available_memory": free, "size": format_size(size),
            "free": format_size(free)})
        reasons.insert(0 if free < max_size else len(reasons), storage)
    return reasons


def _mosaic_reasons(facts: UploadFileFacts, mosaic: MosaicFacts) -> List[UploadReason]:
    def mismatch(param: str, got: Any, expected: Any) -> UploadReason:
        return UploadReason("FileValidationFailed", "mosaic", {
            "filename": facts.filename, "mosaic_id": mosaic.mosaic_id or "", "param_name": param,
            "got_param": str(got), "expected_param": str(expected)})

    if facts.crs and mosaic.crs and not _same_crs(facts.crs, mosaic.crs):
        return [mismatch("crs", facts.crs, mosaic.crs)]  # sizes in different units say nothing more
    reasons = []
    if facts.band_count in ALLOWED_BAND_COUNTS and facts.band_count != mosaic.band_count:
        reasons.append(mismatch("count", facts.band_count, mosaic.band_count))
    if facts.pixel_size_m is not None and mosaic.pixel_size_m is not None:
        got, expected = facts.pixel_size_m, mosaic.pixel_size_m
    else:
        got, expected = max(facts.pixel_size), max(mosaic.pixel_size)
    if _resolution_differs(got, expected):
        reasons.append(mismatch("pixel_size", _number(got), _number(expected)))
    return reasons


def check_batch(files: Sequence[UploadFileFacts], memory: Optional[Memory] = None,
                mosaic: Optional[MosaicFacts] = None) -> List[Tuple[UploadFileFacts, List[UploadReason]]]:
    """Each file with its reasons, as if uploaded one after another into ``mosaic`` (None: a new mosaic, whose
    first acceptable file sets the rules for the rest). Refused files use no storage."""
    results = []
    queued = 0
    for facts in files:
        reasons = check_upload(facts, memory, mosaic, queued)
        if not any(r.blocking for r in reasons):
            queued += facts.file_size
            if mosaic is None:
                mosaic = MosaicFacts.from_file(facts)
        results.append((facts, reasons))
    return results


def blocking(reasons: Iterable[UploadReason]) -> List[UploadReason]:
    return [r for r in reasons if r.blocking]
