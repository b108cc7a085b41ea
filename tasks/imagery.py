"""My imagery work that runs in a worker thread: listing with storage, the checks before an upload, uploads of
several files, a preview placed on the map's coordinates. Each function takes the API client and returns plain
values; the controllers run them in CallTasks and apply the results on the GUI thread."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, List, Optional, Sequence, Tuple

from ..api.errors import Cancelled, MapflowError
from ..api.i18n import QT_TRANSLATE_NOOP
from ..api.models import Image, Memory
from ..core.my_imagery import MosaicEntry
from ..core.upload_rules import MosaicFacts, UploadFileFacts, UploadReason, check_batch
from ..layers.imagery_layers import footprint_corners, georeference
from ..layers.raster_facts import read_upload_facts

CancelCheck = Callable[[], bool]


class UploadRefused(MapflowError):
    """The checks before an upload found what the server would refuse; nothing was sent."""

    template = QT_TRANSLATE_NOOP("MapflowApi", "Nothing was sent: {reasons}")

    def __init__(self, reasons: Sequence[str]) -> None:
        super().__init__(reasons=" ".join(reasons))


@dataclass(frozen=True)
class ImageryListing:
    entries: Tuple[MosaicEntry, ...]
    memory: Optional[Memory]


def list_imagery(client) -> ImageryListing:
    """Every mosaic with its images, and the storage (``/rasters/memory``; a server without it leaves it None)."""
    entries = tuple(MosaicEntry(m, tuple(client.mosaic_images(m.id))) for m in client.list_mosaics())
    try:
        memory = client.memory()
    except MapflowError:
        memory = None
    return ImageryListing(entries, memory)


@dataclass(frozen=True)
class FileCheck:
    path: str
    facts: UploadFileFacts
    reasons: Tuple[UploadReason, ...]

    @property
    def blocked(self) -> bool:
        return any(r.blocking for r in self.reasons)


@dataclass(frozen=True)
class UploadCheck:
    files: Tuple[FileCheck, ...]

    @property
    def passing(self) -> List[str]:
        return [f.path for f in self.files if not f.blocked]

    @property
    def refusals(self) -> List[str]:
        """The first blocking reason of each refused file (what the server would answer first)."""
        return [next(r.text for r in f.reasons if r.blocking) for f in self.files if f.blocked]

    @property
    def warnings(self) -> List[str]:
        return [r.text for f in self.files if not f.blocked for r in f.reasons if not r.blocking]

    def raise_if_refused(self) -> None:
        if self.refusals:
            raise UploadRefused(self.refusals)


def check_uploads(client, paths: Sequence[str], mosaic_id: str = "",
                  is_cancelled: Optional[CancelCheck] = None) -> UploadCheck:
    """GDAL reads each file; ``core.upload_rules`` checks them against the storage left and the mosaic's images
    (format, CRS, bands, pixel count and size, file size, free storage, mosaic consistency)."""
    facts = []
    for path in paths:
        if is_cancelled is not None and is_cancelled():
            raise Cancelled()
        facts.append(read_upload_facts(path))
    memory = client.memory()
    mosaic = MosaicFacts.from_images(client.mosaic_images(mosaic_id)) if mosaic_id else None
    if mosaic is not None:
        mosaic = MosaicFacts(mosaic_id, mosaic.crs, mosaic.band_count, mosaic.pixel_size, mosaic.pixel_size_m)
    checked = check_batch(facts, memory, mosaic)
    return UploadCheck(tuple(FileCheck(path, f, tuple(reasons)) for path, (f, reasons) in zip(paths, checked)))


@dataclass
class UploadOutcome:
    """Filled as the files go (a cancel keeps what was done): names uploaded, (name, reason) refused."""

    mosaic_id: str = ""
    uploaded: List[str] = field(default_factory=list)
    failed: List[Tuple[str, str]] = field(default_factory=list)
    cancelled: bool = False


def upload_files(client, paths: Sequence[str], outcome: UploadOutcome, *, mosaic_id: str = "",
                 new_mosaic: Optional[Tuple[str, Sequence[str]]] = None,
                 progress: Optional[Callable[[float], None]] = None,
                 is_cancelled: Optional[CancelCheck] = None) -> UploadOutcome:
    """Upload ``paths`` one after another into ``mosaic_id``, or into a new mosaic ``new_mosaic`` = (name, tags)
    made with the first file. A refused file does not stop the others (the first of a new mosaic does: there is
    no mosaic without it). Progress is over the bytes of all files."""
    sizes = [max(Path(p).stat().st_size, 1) for p in paths]
    total, done = float(sum(sizes)), 0.0
    outcome.mosaic_id = mosaic_id
    for path, size in zip(paths, sizes):
        if is_cancelled is not None and is_cancelled():
            outcome.cancelled = True
            break
        name = Path(path).name

        def step(sent: int, _total: Optional[int], before: float = done, size: int = size) -> None:
            if progress is not None:
                progress(100.0 * (before + min(sent, size)) / total)

        try:
            if not outcome.mosaic_id and new_mosaic is not None:
                result = client.create_mosaic_with_image(new_mosaic[0], path, tags=new_mosaic[1], progress=step,
                                                         is_cancelled=is_cancelled)
                outcome.mosaic_id = result.mosaic_id
            else:
                client.upload_image(outcome.mosaic_id, path, progress=step, is_cancelled=is_cancelled)
            outcome.uploaded.append(name)
        except Cancelled:
            outcome.cancelled = True
            break
        except MapflowError as error:
            outcome.failed.append((name, str(error)))
            if not outcome.mosaic_id:
                break
        done += size
    return outcome


def preview_file(client, image: Image, size: str, directory: Path) -> Path:
    """The image's preview (``s`` 256 px or ``l`` 1024 px) as a GeoTIFF on its footprint, in ``directory``."""
    corners = footprint_corners(image.footprint)
    if corners is None:
        raise ValueError("the image has no footprint")
    picture = client.image_preview(image.id, size)
    return georeference(picture, corners, directory / f"preview-{image.id}-{size}.tif")
