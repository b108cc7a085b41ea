"""Which vector tiles a QGIS map canvas asks for when it opens on a whole result ("zoom to layer").

QGIS picks the tile zoom from the map scale: ``round(log2(559082264.03 / scale) - 1)`` (measured on QGIS 3.22:
a 1000x700 canvas at 17.6 m/px, scale 1:66 520, asks zoom 12), and asks every tile under the visible extent.
The tile server encodes these ahead when a result is published; the benchmark times them cold. Also a CLI::

    python -m sandbox.tiles.first_view RESULT.geojson [--canvas 1000x700]   # prepare the tiles, print a summary
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path
from typing import List, Optional, Tuple

import mercantile

from ..engine.geo import HALF_WORLD, MAX_LAT, lonlat_to_merc, merc_to_lonlat

SCALE_AT_ZOOM_0 = 559082264.0287178  # the scale denominator QGIS assigns to zoom 0 of the web-mercator matrix
INCHES_PER_METRE = 39.37
ZOOM_TO_LAYER_MARGIN = 1.05  # QGIS's "zoom to layer" leaves this much room around the extent
MAX_TILE_ZOOM = 18  # the TileJSON's maxzoom: QGIS overzooms beyond it


def canvas_extent(bounds_lonlat: tuple, canvas_px: tuple) -> Tuple[tuple, float]:
    """The EPSG:3857 extent a canvas of ``canvas_px`` shows after "zoom to layer" on the bounds, and its metres
    per pixel."""
    west, south, east, north = bounds_lonlat
    (x0, x1), (y0, y1) = lonlat_to_merc([west, east], [max(south, -MAX_LAT), min(north, MAX_LAT)])
    width, height = canvas_px
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    metres_per_px = max((x1 - x0) / width, (y1 - y0) / height, 1e-6) * ZOOM_TO_LAYER_MARGIN
    half_w, half_h = metres_per_px * width / 2, metres_per_px * height / 2
    return (cx - half_w, cy - half_h, cx + half_w, cy + half_h), metres_per_px


def view_zoom(metres_per_px: float, dpi: float = 96.0) -> int:
    scale = metres_per_px * dpi * INCHES_PER_METRE
    return int(min(MAX_TILE_ZOOM, max(0, round(math.log2(SCALE_AT_ZOOM_0 / scale) - 1))))


def first_view_tiles(bounds_lonlat: tuple, canvas_px: tuple = (1000, 700), depth: int = 1,
                     dpi: float = 96.0) -> List[Tuple[int, list]]:
    """[(zoom, [(x, y), ...]), ...] for the zoom a canvas opened on the bounds asks, then ``depth - 1`` deeper
    zooms (one scroll of the mouse wheel in), each covering the canvas extent."""
    extent, metres_per_px = canvas_extent(bounds_lonlat, canvas_px)
    zoom = view_zoom(metres_per_px, dpi)
    lon0, lat0 = merc_to_lonlat(max(extent[0], -HALF_WORLD), max(extent[1], -HALF_WORLD))
    lon1, lat1 = merc_to_lonlat(min(extent[2], HALF_WORLD), min(extent[3], HALF_WORLD))
    out = []
    for z in range(zoom, min(MAX_TILE_ZOOM, zoom + depth - 1) + 1):
        tiles = mercantile.tiles(float(lon0), float(lat0), float(lon1), float(lat1), zooms=[z])
        out.append((z, sorted((t.x, t.y) for t in tiles)))
    return out


def main(argv: Optional[list] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sandbox.tiles.first_view",
                                     description="Build a result's tile index and encode its first-view tiles.")
    parser.add_argument("result", type=Path, help="a processing's result.geojson")
    parser.add_argument("--canvas", default="1000x700", help="canvas size in pixels, WIDTHxHEIGHT")
    args = parser.parse_args(argv)
    try:
        size = tuple(int(v) for v in args.canvas.lower().split("x"))
        if len(size) != 2 or min(size) <= 0:
            raise ValueError
    except ValueError:
        print(f"error: --canvas must look like 1000x700, not {args.canvas!r}", file=sys.stderr)
        return 2
    if not args.result.is_file():
        print(f"error: {args.result} is not a file", file=sys.stderr)
        return 2
    from .vector import prepare_result_tiles

    print(json.dumps(prepare_result_tiles(args.result, size)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
