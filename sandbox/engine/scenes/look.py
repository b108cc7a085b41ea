"""How one scene looks: the season's vegetation colours, where its clouds are, how its buildings lean (off-nadir
view) and how long their shadows are (sun elevation). Built from a scene's ``render_params`` (see catalog.py)."""
from __future__ import annotations

import math
import threading
from dataclasses import dataclass
from typing import Optional

import numpy as np
from shapely.geometry import Polygon

from ..demo.cells import CellKind
from ..demo.noise import value_noise
from ..demo.palette import PAINTS, Material
from ..geo import ground_scale, lonlat_to_merc

WALL = len(Material)  # an extra material index for facades seen at an angle
WALL_RGB = (150, 146, 140)
CLOUD_RGB = np.array((244.0, 245.0, 247.0), dtype=np.float32)
CLOUD_ALTITUDE = 1200.0  # ground metres; cloud shadows fall this far / tan(sun elevation) away from the sun
CLOUD_SCALES = ((2600.0, 0.6), (900.0, 0.3), (320.0, 0.1))  # (feature size in Mercator metres, weight)
CLOUD_EDGE = 0.08  # width of a cloud's soft edge in field units
CLOUD_SHADOW = 0.62  # light kept under a thick cloud's shadow

# Vegetation colours through the year (day of year -> RGB) for a mid-latitude northern climate; the summer
# keyframes are the demo palette itself. Winters are dormant, not snowy: bare ground and leafless crowns.
_SUMMER = {m: PAINTS[m].rgb for m in (Material.GRASS, Material.CROP, Material.OLIVE, Material.TREE_LOW,
                                      Material.TREE_MID, Material.TREE_HIGH)}
_DORMANT = {Material.GRASS: (134, 128, 88), Material.CROP: (150, 134, 100), Material.OLIVE: (122, 116, 84),
            Material.TREE_LOW: (128, 118, 92), Material.TREE_MID: (104, 96, 80), Material.TREE_HIGH: (40, 66, 50)}
_SPRING = {Material.GRASS: (150, 178, 94), Material.CROP: (148, 166, 98), Material.OLIVE: (132, 146, 84),
           Material.TREE_LOW: (126, 166, 68), Material.TREE_MID: (88, 138, 60), Material.TREE_HIGH: (40, 80, 50)}
_AUTUMN = {Material.GRASS: (152, 150, 90), Material.CROP: (178, 164, 104), Material.OLIVE: (138, 130, 84),
           Material.TREE_LOW: (150, 150, 62), Material.TREE_MID: (120, 118, 54), Material.TREE_HIGH: (40, 76, 48)}
_KEYFRAMES = ((20, _DORMANT), (95, _DORMANT), (140, _SPRING), (175, _SUMMER), (235, _SUMMER), (275, _AUTUMN),
              (310, _DORMANT))
# land-use overview colours (low zooms, previews); vegetation kinds are tinted by season
_OVERVIEW_BASE = {
    CellKind.HOUSES: (150, 128, 104), CellKind.APARTMENTS: (120, 124, 132), CellKind.COMMERCIAL: (168, 160, 150),
    CellKind.INDUSTRIAL: (176, 172, 164), CellKind.CONSTRUCTION: (196, 172, 134), CellKind.PARK: (118, 148, 84),
    CellKind.FOREST: (48, 90, 50), CellKind.FARMLAND: (164, 164, 100),
}
_OVERVIEW_GREEN = {CellKind.PARK: (118, 148, 84), CellKind.FOREST: (48, 90, 50), CellKind.FARMLAND: (164, 164, 100),
                   CellKind.HOUSES: (150, 128, 104)}


def _season_weights(day: int) -> list:
    """[(keyframe table, weight)] interpolating linearly between keyframes, wrapping over the new year."""
    frames = list(_KEYFRAMES)
    days = [d for d, _ in frames]
    for index, start in enumerate(days):
        end = days[(index + 1) % len(days)] + (365 if index + 1 == len(days) else 0)
        moment = day if day >= start else day + 365
        if start <= moment < end:
            share = (moment - start) / (end - start)
            return [(frames[index][1], 1.0 - share), (frames[(index + 1) % len(frames)][1], share)]
    return [(frames[0][1], 1.0)]


def season_palette(day: int) -> np.ndarray:
    """RGB of every material (plus WALL) on a day of the year."""
    table = np.array([PAINTS[m].rgb for m in Material] + [WALL_RGB], dtype=np.float32)
    for material in _SUMMER:
        table[int(material)] = sum(np.array(t[material], dtype=np.float32) * w for t, w in _season_weights(day))
    return table


def season_greenness(day: int) -> float:
    """0 for dormant vegetation, 1 for full summer (used to tint the land-use overview)."""
    value = 0.0
    for table, weight in _season_weights(day):
        value += weight * (1.0 if table is _SUMMER else 0.6 if table in (_SPRING, _AUTUMN) else 0.0)
    return value


def overview_palette(day: int) -> np.ndarray:
    """Land-use colours of the overview (as the demo world's low zooms), vegetation tinted by the season."""
    table = np.array([_OVERVIEW_BASE[k] for k in CellKind], dtype=np.float32)
    green = season_greenness(day)
    dormant = np.array((136, 124, 96), dtype=np.float32)
    for kind, rgb in _OVERVIEW_GREEN.items():
        weight = 0.5 if kind == CellKind.HOUSES else 1.0
        table[int(kind)] = np.array(rgb) * (1 - weight * (1 - green)) + dormant * weight * (1 - green)
    if green < 0.3:  # leafless woods read greyer, conifers keep some green
        table[int(CellKind.FOREST)] = np.array((70, 82, 64), dtype=np.float32)
    return table


def _vector(azimuth_deg: float, length: float) -> tuple:
    angle = math.radians(azimuth_deg)
    return length * math.sin(angle), length * math.cos(angle)


@dataclass
class SceneLook:
    scene_id: str
    product_type: str
    corners_merc: np.ndarray  # (4, 2): image top-left, top-right, bottom-right, bottom-left
    footprint_merc: Polygon
    scale: float  # ground metres per Mercator metre at the footprint
    resolution: float  # ground m/px the scene was taken at
    day_of_year: int
    palette: np.ndarray
    overview: np.ndarray
    lean: tuple  # Mercator metres a point 1 m above ground is displaced by (off-nadir view)
    shadow: tuple  # Mercator metres a 1 m high point's shadow falls from it (away from the sun)
    toward_sun: tuple  # unit vector (east, north) pointing to the sun
    cloud_salt: int
    cloud_threshold: float
    cloud_cover: float
    cloud_shadow_offset: tuple  # Mercator metres from a ground point to the cloud that shades it

    def cloud_field(self, x: np.ndarray, y: np.ndarray) -> np.ndarray:
        field = np.zeros(np.shape(x), dtype=np.float64)
        for index, (size, weight) in enumerate(CLOUD_SCALES):
            field += weight * value_noise(x, y, size, self.cloud_salt + index)
        return field

    def cloud_alpha(self, x: np.ndarray, y: np.ndarray) -> np.ndarray:
        """Cloud opacity 0..1; at least 0.5 exactly where the field is over the threshold."""
        if self.cloud_cover <= 0:
            return np.zeros(np.shape(x), dtype=np.float32)
        return self.alpha_of(self.cloud_field(x, y))

    def alpha_of(self, field: np.ndarray) -> np.ndarray:
        return np.clip(0.5 + (field - self.cloud_threshold) / CLOUD_EDGE, 0.0, 1.0)

    def image_to_merc(self, s: np.ndarray, t: np.ndarray) -> tuple:
        """Mercator position of image-frame fractions (s across from the left, t down from the top)."""
        nw, ne, se, sw = self.corners_merc
        x = nw[0] * (1 - s) * (1 - t) + ne[0] * s * (1 - t) + se[0] * s * t + sw[0] * (1 - s) * t
        y = nw[1] * (1 - s) * (1 - t) + ne[1] * s * (1 - t) + se[1] * s * t + sw[1] * (1 - s) * t
        return x, y


def _threshold(look: SceneLook, cover: float) -> float:
    """The field value above which ``cover`` percent of the footprint lies (sampled on a 96x96 image grid)."""
    if cover <= 0:
        return 1e9
    if cover >= 100:
        return -1e9
    steps = (np.arange(96) + 0.5) / 96
    s, t = np.meshgrid(steps, steps)
    x, y = look.image_to_merc(s, t)
    return float(np.quantile(look.cloud_field(x, y), 1.0 - cover / 100.0))


def build_look(params: dict) -> SceneLook:
    corners = np.array(params["corners"], dtype=np.float64)
    xs, ys = lonlat_to_merc(corners[:, 0], corners[:, 1])
    corners_merc = np.column_stack([xs, ys])
    scale = float(ground_scale(float(np.mean(ys))))
    day = int(params.get("day_of_year") or 196)
    elevation = max(5.0, float(params.get("sun_elevation") or 55.0))
    sun_azimuth = float(params.get("sun_azimuth") or 160.0)
    off_nadir = abs(float(params.get("off_nadir") or 0.0))
    view_azimuth = float(params.get("view_azimuth") or 0.0)
    lean = _vector(view_azimuth + 180.0, math.tan(math.radians(off_nadir)) / scale)
    shadow = _vector(sun_azimuth + 180.0, 1.0 / math.tan(math.radians(elevation)) / scale)
    toward_sun = _vector(sun_azimuth, 1.0)
    reach = CLOUD_ALTITUDE / math.tan(math.radians(elevation)) / scale
    cover = float(params.get("cloud_cover") or 0.0)
    look = SceneLook(
        scene_id=str(params["id"]), product_type=str(params.get("product_type") or "IMAGE"),
        corners_merc=corners_merc, footprint_merc=Polygon(corners_merc), scale=scale,
        resolution=float(params.get("resolution") or 0.5), day_of_year=day, palette=season_palette(day),
        overview=overview_palette(day), lean=lean, shadow=shadow, toward_sun=toward_sun,
        cloud_salt=int(params.get("seed") or 1) % 50_000 + 101, cloud_threshold=1e9, cloud_cover=cover,
        cloud_shadow_offset=(toward_sun[0] * reach, toward_sun[1] * reach))
    look.cloud_threshold = _threshold(look, cover)
    return look


_LOOKS: dict = {}
_LOOKS_LOCK = threading.Lock()


def look_of(params: dict) -> SceneLook:
    """The look of a scene, cached by id and seed (building it samples the cloud field)."""
    key = (params.get("id"), params.get("seed"), params.get("cloud_cover"))
    with _LOOKS_LOCK:
        cached: Optional[SceneLook] = _LOOKS.get(key)
    if cached is None:
        cached = build_look(params)
        with _LOOKS_LOCK:
            if len(_LOOKS) > 4096:
                _LOOKS.clear()
            _LOOKS[key] = cached
    return cached
