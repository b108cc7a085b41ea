"""The four classical detectors: colour categories, texture, morphology and connected components, then shape and
physical evidence before anything is called an object. Each records what the option blocks need later.

- Forest: vegetation with texture in every direction (crowns; ``raster_ops.isotropic_texture``), closed by 1 m
  so the gaps between crowns belong to the wood; a lawn or a field is vegetation without that texture. Flat dark
  vegetation (a cast shadow on a lawn) is left out before texture is measured: its edges are no crowns.
- Roads: dark neutral grey (asphalt) regions, closed and opened by 1.5 m, that are long and narrow: a mean width
  of 2.5-40 m and about six times as long as wide or more (a lake, a car park or a dark roof is not).
- Construction sites: bare soil or machinery, closed by 3 m and opened by 2 m, of 300 m² or more, showing work:
  excavations (parts 20 % darker than the site's soil) or machinery (saturated yellow).
"""
from __future__ import annotations

import numpy as np

from . import raster_ops, shadows, shapes
from .buildings import detect_buildings, shadow_steps, sun_shadow_direction
from .colour import Colour
from .common import Detection, Report, pixels_for, regions_of
from .scene import Scene

TEXTURE_RADIUS_M = 1.3  # a crown's lit and shaded sides fall within a window of this radius
TREE_TEXTURE = 0.018  # isotropic texture of crowns (lawns and fields stay under 0.01)
WOOD_TEXTURE = 0.02  # mean texture of a whole wood's vegetation
SHADE_FLATNESS = 0.03  # relative gradient under which vegetation is flat (lawn, shadow on a lawn)
SHADE_DARKER = 0.7  # flat vegetation this much darker than the vegetation around it is a cast shadow
MAX_TREE_HEIGHT_M = 50.0
ROAD_WIDTH_M = (2.5, 40.0)
ROAD_ELONGATION = 8.0  # about six times as long as wide: a car park or a dark roof is not
SITE_WORK_SHARE = 0.005  # of a site's pixels: excavations and machinery together
EXCAVATION_DARKER = 0.8


def _metres2_to_merc2(area_m2: float, scene: Scene) -> float:
    scale = scene.imagery.ground_resolution / scene.imagery.window.res_x
    return area_m2 / (scale * scale)


def _region_means(polygons: list, scene: Scene, values: np.ndarray, mask: np.ndarray) -> tuple:
    """(ids raster, per-polygon mean of ``values`` over ``mask`` pixels, per-polygon pixel counts)."""
    ids = raster_ops.region_ids(polygons, scene.imagery.window)
    inside = ids * mask
    sums = np.bincount(inside.ravel(), weights=values.ravel(), minlength=len(polygons) + 1)[1:]
    counts = np.bincount(inside.ravel(), minlength=len(polygons) + 1)[1:]
    return ids, sums / np.maximum(counts, 1), counts


def detect_forest(scene: Scene, report: Report) -> list:
    imagery = scene.imagery
    vegetation = scene.in_categories(Colour.VEGETATION)
    # cast shadow on a lawn: flat and much darker than the vegetation around it. It is left out of the texture,
    # or its edges and corners would look like crowns
    local = raster_ops.masked_mean(scene.brightness, vegetation, pixels_for(6.0, imagery))
    flat = np.sqrt(raster_ops.gradient_energy(scene.brightness, 1)) < SHADE_FLATNESS
    shade = raster_ops.dilate(vegetation & flat & (scene.brightness < SHADE_DARKER * local), 1)
    lit = vegetation & ~shade
    texture = raster_ops.isotropic_texture(scene.brightness, pixels_for(TEXTURE_RADIUS_M, imagery), lit)
    trees = lit & (texture >= TREE_TEXTURE)
    trees = raster_ops.closing(trees, pixels_for(1.0, imagery))  # gaps between crowns belong to the wood
    # the texture window reaches past a crown's edge onto the lawn around it: take that rim back off
    rim = max(1, pixels_for(TEXTURE_RADIUS_M, imagery) - 1)
    trees = raster_ops.erode(trees, rim)
    clearing = _metres2_to_merc2(60.0, scene)
    polygons = [raster_ops.exterior(p, clearing) for p in regions_of(trees, imagery, 8.0, lambda f: report(0.6 * f))]
    if not polygons:
        return []
    ids, mean_texture, counts = _region_means(polygons, scene, texture, lit)
    keep = [i for i in range(len(polygons)) if counts[i] and mean_texture[i] >= WOOD_TEXTURE]
    polygons = [polygons[i] for i in keep]
    if not polygons:
        return []
    ids = raster_ops.region_ids(polygons, imagery.window)
    measured = shadows.measure(ids, scene.brightness, scene.rgb_smooth, imagery.valid, len(polygons),
                               shadow_steps(scene, MAX_TREE_HEIGHT_M), sun_shadow_direction(scene),
                               trees=True)
    report(1.0)
    out = []
    for i, polygon in enumerate(polygons):
        length = measured.length_px[i]
        out.append(Detection(polygon, {
            "shadow_m": None if np.isnan(length) else round(float(length) * imagery.ground_resolution, 2),
            "sun_elevation": scene.sun.elevation}))
    return out


def detect_roads(scene: Scene, report: Report) -> list:
    imagery = scene.imagery
    road = scene.in_categories(Colour.ASPHALT)
    road = raster_ops.closing(road, pixels_for(1.5, imagery))  # lane marks and cars
    road = raster_ops.opening(road, pixels_for(1.5, imagery))  # dark specks that are not roads
    hole = _metres2_to_merc2(50.0, scene)
    out = []
    for polygon in regions_of(road, imagery, 100.0, report):
        polygon = raster_ops.exterior(polygon, hole)
        facts = shapes.facts(polygon)
        if ROAD_WIDTH_M[0] <= facts.mean_width_m <= ROAD_WIDTH_M[1] and facts.elongation >= ROAD_ELONGATION:
            out.append(Detection(polygon))
    return out


def detect_construction(scene: Scene, report: Report) -> list:
    imagery = scene.imagery
    soil = scene.in_categories(Colour.SOIL, Colour.MACHINE)
    site = raster_ops.closing(soil, pixels_for(3.0, imagery))  # pits and machines are part of the site
    site = raster_ops.opening(site, pixels_for(2.0, imagery))
    polygons = [raster_ops.exterior(p) for p in regions_of(site, imagery, 300.0, lambda f: report(0.8 * f))]
    if not polygons:
        return []
    ids, mean_soil, counts = _region_means(polygons, scene, scene.brightness, soil)
    inside = ids > 0
    region = ids[inside] - 1
    machine = np.bincount(region, weights=(scene.categories[inside] == Colour.MACHINE),
                          minlength=len(polygons))
    darker = np.bincount(region, weights=(scene.brightness[inside] < EXCAVATION_DARKER * mean_soil[region]) &
                         soil[inside], minlength=len(polygons))
    sizes = np.bincount(region, minlength=len(polygons))
    report(1.0)
    return [Detection(p) for i, p in enumerate(polygons)
            if counts[i] and (machine[i] + darker[i]) >= SITE_WORK_SHARE * sizes[i]]


DETECTORS = {
    "buildings": detect_buildings,
    "forest": detect_forest,
    "roads": detect_roads,
    "construction": detect_construction,
}
