"""Stage 1, fetch: validate the source, then load the AOI's imagery into ``imagery.tif`` (EPSG:3857)."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from shapely.geometry import shape

from ..catalog import ModelDef
from .demo.content import SUN_AZIMUTH_DEG, SUN_ELEVATION_DEG
from .geo import tiles_covering, to_merc, window_for_bounds, zoom_resolution
from .interface import PartitionJob, StageError
from .raster_io import write_imagery
from .sources.geotiff import read_geotiffs
from .sources.mosaic import mosaic_tiles
from .sources.scene import SceneTileLoader
from .sources.tile_loaders import HttpTileLoader, demo_loader
from .sources.world_mercator import MERCATOR_CRS, WORLD_MERCATOR_CRS, grid_tiles, to_web_mercator, \
    world_mercator_window
from .validation import TILE_KINDS, check_kind, check_url, resolve_zoom

IMAGERY_FILE = "imagery.tif"
HTTP_WORKERS = 6
DEMO_WORKERS = 2


def tile_crs(source) -> str:
    return str(source.crs or "EPSG:3857").strip().upper()


def validate_source(job: PartitionJob, model: ModelDef):
    """Everything that can be checked without downloading: returns (kind, zoom, url)."""
    kind = check_kind(job.source)
    zoom = resolve_zoom(job.source, model, kind)
    url = None
    if kind in TILE_KINDS:
        url = check_url(job.source, kind)
        if tile_crs(job.source) not in MERCATOR_CRS + WORLD_MERCATOR_CRS:
            raise StageError("dataloader.CrsIsNotSupported",
                             {"crs": job.source.crs, "supported": ", ".join(("EPSG:3857",) + WORLD_MERCATOR_CRS)})
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
        if kind == "scene":
            loader = SceneTileLoader(list(job.source.scenes))
        else:
            loader = demo_loader if kind == "demo" else HttpTileLoader(job.source, kind, url)
        target = window_for_bounds(bounds_merc, zoom_resolution(zoom))
        world_mercator = kind not in ("demo", "scene") and tile_crs(job.source) in WORLD_MERCATOR_CRS
        if world_mercator:  # the service's grid first, then onto the AOI's EPSG:3857 grid
            window = world_mercator_window(aoi.bounds, zoom)
            tiles = grid_tiles((window.west, window.south, window.east, window.north), zoom)
        else:
            window, tiles = target, tiles_covering(aoi.bounds, zoom)
        imagery = mosaic_tiles(loader, zoom, window, tiles,
                               on_tile=lambda done, total: report(0.85 * done / total),
                               should_cancel=should_cancel,
                               workers=DEMO_WORKERS if kind in ("demo", "scene") else HTTP_WORKERS)
        if world_mercator:
            imagery = to_web_mercator(imagery, target)
        if kind == "demo":  # the demo provider's acquisition metadata, as a real provider publishes it
            imagery.metadata = {"SUN_AZIMUTH": SUN_AZIMUTH_DEG, "SUN_ELEVATION": SUN_ELEVATION_DEG}
        elif kind == "scene":  # a catalog scene states its sun, as a real archive's metadata does
            imagery.metadata = scene_sun_metadata(job.source.scenes)
    path = Path(job.work_dir) / IMAGERY_FILE
    write_imagery(path, imagery)
    report(1.0)
    return path



def scene_sun_metadata(scenes) -> dict:
    """The sun of the scenes being read, when they share one (several scenes of different days state none)."""
    suns = {(scene.get("sun_azimuth"), scene.get("sun_elevation")) for scene in scenes}
    if len(suns) != 1:
        return {}
    azimuth, elevation = suns.pop()
    if azimuth is None or elevation is None:
        return {}
    return {"SUN_AZIMUTH": float(azimuth), "SUN_ELEVATION": float(elevation)}
