"""The four classical detectors. Each turns the land-cover map into polygons with morphology and connected
components, and records what the option blocks need later (roof colour, crown class, brightness)."""
from __future__ import annotations

import numpy as np

from ..raster_io import Imagery
from . import raster_ops
from .common import Detection, Report, pixels_for, regions_of
from .spectral import FAMILY_OF_COVER, ROOF_COVERS, TREE_COVERS, Cover


def _metres2_to_merc2(area_m2: float, imagery: Imagery) -> float:
    scale = imagery.ground_resolution / imagery.window.res_x
    return area_m2 / (scale * scale)


def _stats(polygons: list, imagery: Imagery, covers: np.ndarray, candidates: tuple):
    """Winning cover among ``candidates`` and mean brightness inside each polygon."""
    if not polygons:
        return [], []
    ids = raster_ops.region_ids(polygons, imagery.window)
    _, table = raster_ops.majority(ids, covers, len(polygons), len(Cover))
    winners = [candidates[i] for i in table[:, list(candidates)].argmax(axis=1)]
    brightness = raster_ops.region_means(ids, imagery.rgb.mean(axis=2), len(polygons))
    return winners, brightness


def detect_buildings(imagery: Imagery, covers: np.ndarray, report: Report) -> list:
    roof = np.isin(covers, ROOF_COVERS) & imagery.valid
    roof = raster_ops.opening(roof, pixels_for(0.6, imagery))  # lane marks, specks, mixed edge pixels
    polygons = [raster_ops.exterior(p) for p in regions_of(roof, imagery, 12.0, report)]  # roof units fill in
    winners, brightness = _stats(polygons, imagery, covers, ROOF_COVERS)
    return [Detection(p, {"roof": FAMILY_OF_COVER[w], "brightness": round(float(b), 1)})
            for p, w, b in zip(polygons, winners, brightness)]


def detect_forest(imagery: Imagery, covers: np.ndarray, report: Report) -> list:
    trees = np.isin(covers, TREE_COVERS) & imagery.valid
    trees = raster_ops.closing(trees, pixels_for(1.0, imagery))  # gaps between crowns belong to the wood
    trees = raster_ops.opening(trees, 1)
    clearing = _metres2_to_merc2(60.0, imagery)
    polygons = [raster_ops.exterior(p, clearing) for p in regions_of(trees, imagery, 8.0, report)]
    winners, brightness = _stats(polygons, imagery, covers, TREE_COVERS)
    return [Detection(p, {"height_class": TREE_COVERS.index(w), "brightness": round(float(b), 1)})
            for p, w, b in zip(polygons, winners, brightness)]


def detect_roads(imagery: Imagery, covers: np.ndarray, report: Report) -> list:
    road = (covers == Cover.ROAD) & imagery.valid
    road = raster_ops.closing(road, pixels_for(1.5, imagery))  # lane marks and cars
    road = raster_ops.opening(road, pixels_for(1.5, imagery))  # dark specks that are not roads
    hole = _metres2_to_merc2(50.0, imagery)
    return [Detection(raster_ops.exterior(p, hole)) for p in regions_of(road, imagery, 100.0, report)]


def detect_construction(imagery: Imagery, covers: np.ndarray, report: Report) -> list:
    site = (covers == Cover.SITE) & imagery.valid
    site = raster_ops.closing(site, pixels_for(3.0, imagery))  # pits and machines are part of the site
    site = raster_ops.opening(site, pixels_for(2.0, imagery))
    return [Detection(raster_ops.exterior(p)) for p in regions_of(site, imagery, 300.0, report)]


DETECTORS = {
    "buildings": detect_buildings,
    "forest": detect_forest,
    "roads": detect_roads,
    "construction": detect_construction,
}
