"""Assembles the tiles that cover an AOI into one image on the zoom's pixel grid, in parallel, reporting progress
per tile and stopping early on cancellation or on the first failed tile."""
from __future__ import annotations

from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from typing import Callable

import numpy as np

from ..geo import HALF_WORLD, TILE_SIZE, Window, zoom_resolution
from ..interface import PartitionCancelled, StageError
from ..raster_io import Imagery
from .tile_loaders import TileLoader

MAX_PIXELS = 64_000_000  # about 20 km² at zoom 18 on the equator; more would not fit a small machine's memory


def check_size(window: Window) -> None:
    pixels = window.width * window.height
    if pixels > MAX_PIXELS:
        raise StageError("dataloader.MemoryLimitExceeded",
                         {"allowed_size": MAX_PIXELS * 4 // 1_000_000, "estimated_size": pixels * 4 // 1_000_000})


def mosaic_tiles(loader: TileLoader, zoom: int, window: Window, tiles: list,
                 on_tile: Callable[[int, int], None], should_cancel: Callable[[], bool], workers: int) -> Imagery:
    """``window`` must lie on the zoom's pixel grid (see geo.window_for_bounds) of the tiles' projection;
    ``tiles``: the (x, y) that cover it."""
    check_size(window)
    res = zoom_resolution(zoom)
    origin_col = int(round((window.west + HALF_WORLD) / res))
    origin_row = int(round((HALF_WORLD - window.north) / res))
    rgb = np.zeros((window.height, window.width, 3), np.uint8)
    valid = np.zeros((window.height, window.width), bool)
    done = 0

    def paste(tx: int, ty: int, rgba) -> None:
        if rgba is None:
            return
        col0, row0 = tx * TILE_SIZE - origin_col, ty * TILE_SIZE - origin_row
        c0, r0 = max(col0, 0), max(row0, 0)
        c1, r1 = min(col0 + TILE_SIZE, window.width), min(row0 + TILE_SIZE, window.height)
        if c0 >= c1 or r0 >= r1:
            return
        part = rgba[r0 - row0:r1 - row0, c0 - col0:c1 - col0]
        opaque = part[:, :, 3] > 0
        rgb[r0:r1, c0:c1][opaque] = part[:, :, :3][opaque]
        valid[r0:r1, c0:c1] |= opaque

    with ThreadPoolExecutor(max_workers=max(1, workers), thread_name_prefix="tiles") as pool:
        pending = {}
        queue = list(tiles)
        try:
            while queue or pending:
                while queue and len(pending) < workers * 2:  # bounded look-ahead: cancellation stays prompt
                    tx, ty = queue.pop(0)
                    pending[pool.submit(loader, zoom, tx, ty)] = (tx, ty)
                finished, _ = wait(list(pending), return_when=FIRST_COMPLETED)
                for future in finished:
                    tx, ty = pending.pop(future)
                    paste(tx, ty, future.result())
                    done += 1
                    on_tile(done, len(tiles))
                if should_cancel():
                    raise PartitionCancelled()
        finally:
            for future in pending:
                future.cancel()
    if not valid.any():
        raise StageError("dataloader.NoDataTile")
    return Imagery(rgb, valid, window)
