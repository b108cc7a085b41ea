"""The sandbox's imagery archive: scenes generated deterministically from a seed and a catalog epoch.

Every image provider has an archive of scenes acquired in the two years before the epoch and, after it, a stream
of new acquisitions (one every ``interval_days`` on average). A scene is *published* a few hours after it was
acquired; what a search sees is what was published by the sandbox clock's "now". Acquisitions happen in the
late morning local solar time, as for a sun-synchronous satellite, and only when the sun stands at least
``MIN_SUN_ELEVATION`` high, so high-latitude winters have gaps, as real archives do.
"""
from __future__ import annotations

import bisect
import math
import random
import threading
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Iterable, List, Optional

from shapely import STRtree
from shapely.geometry import Polygon

from .providers import IMAGE, MOSAIC, SearchProvider, providers_for

ARCHIVE_DAYS = 730
MIN_SUN_ELEVATION = 10.0
HORIZON_DAYS = 60  # future acquisitions are generated this far past the clock, then extended on demand
KM_PER_DEG_LAT = 110.574
KM_PER_DEG_LON_EQUATOR = 111.320
_CODES = {"SBX_VHR": "V", "SBX_HR": "H", "SBX_MR": "M", "SBX_Survey": "S"}


def sun_position(lon: float, lat: float, when: datetime) -> tuple:
    """(elevation, azimuth) of the sun in degrees; azimuth clockwise from north. Good to about a degree."""
    day = when.timetuple().tm_yday
    declination = math.radians(23.44 * math.sin(math.radians(360.0 / 365.0 * (day - 81))))
    solar_hour = when.hour + when.minute / 60.0 + when.second / 3600.0 + lon / 15.0
    hour_angle = math.radians(15.0 * (solar_hour - 12.0))
    phi = math.radians(lat)
    sin_elevation = math.sin(phi) * math.sin(declination) + \
        math.cos(phi) * math.cos(declination) * math.cos(hour_angle)
    elevation = math.degrees(math.asin(max(-1.0, min(1.0, sin_elevation))))
    azimuth = math.degrees(math.atan2(-math.sin(hour_angle),
                                      math.tan(declination) * math.cos(phi) - math.sin(phi) * math.cos(hour_angle)))
    return round(elevation, 2), round(azimuth % 360.0, 2)


def rectangle_corners(lon: float, lat: float, width_km: float, height_km: float, rotation_deg: float) -> tuple:
    """Corners (lon, lat) of a rectangle turned clockwise by ``rotation_deg``, in the order the plugin georeferences
    previews with: image top-left (north-west), top-right, bottom-right, bottom-left."""
    turn = math.radians(rotation_deg)
    km_per_deg_lon = KM_PER_DEG_LON_EQUATOR * math.cos(math.radians(lat))
    corners = []
    for u, v in ((-1, 1), (1, 1), (1, -1), (-1, -1)):
        east, north = u * width_km / 2, v * height_km / 2
        east, north = east * math.cos(turn) + north * math.sin(turn), -east * math.sin(turn) + north * math.cos(turn)
        corners.append((round(lon + east / km_per_deg_lon, 6), round(lat + north / KM_PER_DEG_LAT, 6)))
    return tuple(corners)


@dataclass(frozen=True)
class Scene:
    """One search result: an acquisition of an image provider, or one tile of a yearly mosaic."""

    id: str
    provider: str
    product_type: str
    acquired: datetime
    published: datetime
    corners: tuple  # four (lon, lat): image top-left, top-right, bottom-right, bottom-left
    resolution: float  # ground pixel size, m
    zoom: int
    sensor: Optional[str]
    cloud_cover: Optional[float]  # percent of the footprint under clouds
    off_nadir: Optional[float]  # signed degrees (negative: the satellite looked west)
    view_azimuth: Optional[float]  # degrees from north towards the satellite
    sun_elevation: Optional[float]
    sun_azimuth: Optional[float]
    seed: int
    footprint: Polygon = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "footprint", Polygon(self.corners))

    @property
    def is_mosaic(self) -> bool:
        return self.product_type == MOSAIC

    def render_params(self) -> dict:
        """What the engine needs to paint this scene's pixels (plain JSON values, sent to worker processes)."""
        return {"id": self.id, "product_type": self.product_type, "corners": [list(c) for c in self.corners],
                "day_of_year": self.acquired.timetuple().tm_yday, "resolution": self.resolution,
                "cloud_cover": self.cloud_cover or 0.0, "off_nadir": self.off_nadir or 0.0,
                "view_azimuth": self.view_azimuth or 0.0,
                "sun_elevation": self.sun_elevation if self.sun_elevation is not None else 55.0,
                "sun_azimuth": self.sun_azimuth if self.sun_azimuth is not None else 160.0, "seed": self.seed}


def _midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=timezone.utc)


def _disc_offset(rng: random.Random, radius_km: float) -> tuple:
    distance = radius_km * math.sqrt(rng.random())
    angle = rng.uniform(0, 2 * math.pi)
    return distance * math.cos(angle), distance * math.sin(angle)


def _cloud_cover(rng: random.Random) -> float:
    pick = rng.random()
    if pick < 0.4:
        return round(rng.uniform(0.0, 5.0), 1)
    if pick < 0.75:
        return round(rng.uniform(5.0, 30.0), 1)
    return round(rng.uniform(30.0, 92.0), 1)


def _scene(provider: SearchProvider, rng: random.Random, day_start: datetime, day_span: float, number: int,
           seed: int) -> Optional[Scene]:
    """One acquisition in [day_start, day_start + day_span days), or None when the sun is always too low."""
    region = provider.region
    for _ in range(12):
        east, north = _disc_offset(rng, region.spread_km)
        lat = region.centre[1] + north / KM_PER_DEG_LAT
        lon = region.centre[0] + east / (KM_PER_DEG_LON_EQUATOR * math.cos(math.radians(lat)))
        solar_hour = rng.uniform(10.3, 11.6)
        day = day_start + timedelta(days=math.floor(rng.uniform(0.0, day_span)))
        acquired = (day + timedelta(hours=solar_hour - lon / 15.0)).replace(microsecond=0)
        sun_elevation, sun_azimuth = sun_position(lon, lat, acquired)
        if sun_elevation < MIN_SUN_ELEVATION:
            continue
        off_nadir = round(provider.max_off_nadir * rng.random() ** 1.5 * rng.choice((-1, 1)), 2)
        view_azimuth = round(((100.0 if off_nadir > 0 else 280.0) + rng.uniform(-15.0, 15.0)) % 360.0, 1)
        resolution = round(provider.resolution / math.cos(math.radians(abs(off_nadir))) ** 1.2, 3)
        sensor = rng.choice(provider.sensors)
        corners = rectangle_corners(lon, lat, rng.uniform(*region.size_km), rng.uniform(*region.size_km),
                                    rng.uniform(-12.0, -5.0))
        scene_id = f"{sensor}_{acquired:%Y%m%d%H%M%S}_{_CODES.get(provider.name, 'X')}{number:04d}_L1"
        published = acquired + timedelta(hours=round(rng.uniform(1.0, 10.0), 2))
        return Scene(scene_id, provider.name, IMAGE, acquired, published, corners, resolution, provider.zoom,
                     sensor, _cloud_cover(rng), off_nadir, view_azimuth, sun_elevation, sun_azimuth,
                     rng.randrange(1, 2 ** 31))
    return None


def _archive(provider: SearchProvider, seed: int, epoch: datetime) -> List[Scene]:
    rng = random.Random(f"{seed}:{provider.name}:archive")
    start = epoch - timedelta(days=ARCHIVE_DAYS)
    scenes = [_scene(provider, rng, start, ARCHIVE_DAYS, number, seed) for number in range(provider.archive_scenes)]
    return [s for s in scenes if s is not None]


def _stream(provider: SearchProvider, seed: int, epoch: datetime, horizon: datetime) -> List[Scene]:
    """New acquisitions after the epoch, one per ``interval_days`` slot (a slot whose sun is too low has none)."""
    if not provider.interval_days:
        return []
    scenes, slot = [], 0
    while True:
        slot_start = epoch + timedelta(days=slot * provider.interval_days)
        if slot_start > horizon:
            return scenes
        rng = random.Random(f"{seed}:{provider.name}:stream:{slot}")
        scene = _scene(provider, rng, slot_start, provider.interval_days, 5000 + slot, seed)
        if scene is not None and scene.acquired >= epoch:
            scenes.append(scene)
        slot += 1


def _mosaic_tiles(provider: SearchProvider, seed: int) -> List[Scene]:
    west, south, east, north, columns, rows = provider.mosaic_grid
    width, height = (east - west) / columns, (north - south) / rows
    acquired = datetime(provider.year, 7, 1, tzinfo=timezone.utc)
    published = datetime(provider.year + 1, 1, 15, tzinfo=timezone.utc)
    tiles = []
    for row in range(rows):
        for column in range(columns):
            x0, y1 = west + column * width, north - row * height
            corners = ((x0, y1), (x0 + width, y1), (x0 + width, y1 - height), (x0, y1 - height))
            corners = tuple((round(x, 6), round(y, 6)) for x, y in corners)
            rng = random.Random(f"{seed}:{provider.name}:{row}:{column}")
            tiles.append(Scene(f"{provider.name.upper()}_R{row}C{column}", provider.name, MOSAIC, acquired, published,
                               corners, provider.resolution, provider.zoom, provider.sensors[0], None, None, None,
                               None, None, rng.randrange(1, 2 ** 31)))
    return tiles


@dataclass(frozen=True)
class _State:
    scenes: list  # sorted by publication
    published: list  # their publication times, for bisect
    by_id: dict
    tree: STRtree  # over the footprints, same order as ``scenes``
    horizon: datetime  # future acquisitions are generated up to here


class SceneCatalog:
    """All scenes of one (seed, epoch): lookups by id, by area and by publication time. Thread-safe."""

    def __init__(self, seed: int, epoch: date):
        self.seed = int(seed)
        self.epoch = _midnight(epoch)
        self.providers = providers_for(epoch.year)
        self._by_name = {p.name.lower(): p for p in self.providers}
        self._fixed = []
        for provider in self.providers:
            self._fixed.extend(_mosaic_tiles(provider, seed) if provider.is_mosaic else
                               _archive(provider, seed, self.epoch))
        self._lock = threading.Lock()
        self._extend(self.epoch + timedelta(days=HORIZON_DAYS))

    # -- building ------------------------------------------------------------------------------------------------
    def _extend(self, horizon: datetime) -> None:
        scenes = list(self._fixed)
        for provider in self.providers:
            scenes.extend(_stream(provider, self.seed, self.epoch, horizon))
        scenes.sort(key=lambda s: (s.published, s.id))
        # one assignment: a reader in another thread sees the old state or the new one, never a mix
        self._state = _State(scenes, [s.published for s in scenes], {s.id: s for s in scenes},
                             STRtree([s.footprint for s in scenes]), horizon)

    def _ensure(self, moment: datetime) -> "_State":
        if moment + timedelta(days=1) >= self._state.horizon:
            with self._lock:
                if moment + timedelta(days=1) >= self._state.horizon:
                    self._extend(moment + timedelta(days=HORIZON_DAYS))
        return self._state

    # -- lookups -------------------------------------------------------------------------------------------------
    def provider(self, name: Optional[str]) -> Optional[SearchProvider]:
        return self._by_name.get(str(name or "").lower())

    def get(self, scene_id: str, now: datetime) -> Optional[Scene]:
        """A scene published by ``now``."""
        scene = self._ensure(now).by_id.get(scene_id)
        return scene if scene is not None and scene.published <= now else None

    def published(self, now: datetime, after: Optional[datetime] = None) -> List[Scene]:
        """Scenes published in (after, now], oldest first."""
        state = self._ensure(now)
        end = bisect.bisect_right(state.published, now)
        start = 0 if after is None else bisect.bisect_right(state.published, after)
        return state.scenes[start:end]

    def intersecting(self, geometry, now: datetime, after: Optional[datetime] = None) -> List[Scene]:
        """Scenes published in (after, now] whose footprint meets ``geometry``."""
        state = self._ensure(now)
        found = [state.scenes[i] for i in state.tree.query(geometry, predicate="intersects")]
        return sorted((s for s in found if s.published <= now and (after is None or s.published > after)),
                      key=lambda s: (s.published, s.id))

    def next_arrivals(self, after: datetime, count: int, providers: Optional[Iterable[str]] = None) -> List[Scene]:
        """The next ``count`` scenes published after ``after`` (new acquisitions of the streaming providers)."""
        wanted = {p.lower() for p in providers} if providers else None
        horizon = after
        while True:
            horizon += timedelta(days=HORIZON_DAYS)
            state = self._ensure(horizon)
            start = bisect.bisect_right(state.published, after)
            found = [s for s in state.scenes[start:] if s.published <= state.horizon - timedelta(days=1)
                     and (wanted is None or s.provider.lower() in wanted)]
            if len(found) >= count or horizon > after + timedelta(days=3650):
                return found[:count]


_CATALOGS: dict = {}
_CATALOGS_LOCK = threading.Lock()


def scene_catalog(seed: int, epoch: date) -> SceneCatalog:
    """The catalog of (seed, epoch), built once per process."""
    key = (int(seed), epoch)
    with _CATALOGS_LOCK:
        if key not in _CATALOGS:
            _CATALOGS[key] = SceneCatalog(seed, epoch)
        return _CATALOGS[key]
