"""Stage 1, fetch: validate the source, then load the AOI's imagery into ``imagery.tif`` (EPSG:3857)."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from shapely.geometry import shape

from ..catalog import ModelDef
from .geo import to_merc, window_for_bounds, zoom_resolution
from .interface import PartitionJob
from .raster_io import Imagery, write_imagery
from .sources.geotiff import read_geotiffs
from .sources.mosaic import mosaic_tiles
from .sources.tile_loaders import HttpTileLoader, demo_loader
from .validation import TILE_KINDS, check_kind, check_url, resolve_zoom

IMAGERY_FILE = "imagery.tif"
HTTP_WORKERS = 6
DEMO_WORKERS = 2


def validate_source(job: PartitionJob, model: ModelDef):
    """Everything that can be checked without downloading: returns (kind, zoom, url)."""
    kind = check_kind(job.source)
    zoom = resolve_zoom(job.source, model, kind)
    url = check_url(job.source, kind) if kind in TILE_KINDS else None
    return kind, zoom, url


def run_fetch(job: PartitionJob, model: ModelDef, report: Callable[[float], None],
              should_cancel: Callable[[], bool]) -> Path:
    kind, zoom, url = validate_source(job, model)
    aoi = shape(job.geometry)
    bounds_merc = to_merc(aoi).bounds
    if kind == "geotiff":
        report(0.1)
        imagery = read_geotiffs(list(job.source.file_paths), model, zoom, bounds_merc)
        report(0.8)
    else:
        loader = demo_loader if kind == "demo" else HttpTileLoader(job.source, kind, url)
        window = window_for_bounds(bounds_merc, zoom_resolution(zoom))
        imagery = mosaic_tiles(loader, zoom, window, aoi.bounds,
                               on_tile=lambda done, total: report(0.9 * done / total),
                               should_cancel=should_cancel,
                               workers=DEMO_WORKERS if kind == "demo" else HTTP_WORKERS)
    path = Path(job.work_dir) / IMAGERY_FILE
    write_imagery(path, imagery)
    report(1.0)
    return path


__all__ = ["run_fetch", "validate_source", "IMAGERY_FILE", "Imagery"]
