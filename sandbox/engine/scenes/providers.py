"""The searchable imagery providers of the sandbox catalog (``/catalog/meta``, ``sourceParams.imagerySearch``).

Each provider images a region with a given sensor; the scenes themselves are generated in ``catalog.py``. Prices
follow the public price list for commercial imagery (contract section 5: 0.3 m = 180, 0.5 m = 60, 0.7 m = 15
credits per km², zoom fixed by the imagery) and for yearly mosaics (z17 = 1, z18 = 3, z19 = 9).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

IMAGE, MOSAIC = "IMAGE", "MOSAIC"

# the demo world's showcase area (Moscow-like latitude): every demo AOI of the tests and screenshots lies here
DEMO_CENTRE = (37.60, 55.73)
# a separate, densely imaged area for load tests (1,000+ results in one search), 50 km east of the demo area
SURVEY_CENTRE = (38.40, 55.75)


@dataclass(frozen=True)
class Region:
    centre: tuple  # (lon, lat) of the area the provider images
    spread_km: float  # scene centres fall within this radius of the centre
    size_km: tuple  # (smallest, largest) side of a scene footprint


@dataclass(frozen=True)
class SearchProvider:
    name: str  # API name: providerName in results, dataProvider in imagerySearch (matched in any case)
    display_name: str
    product_type: str  # IMAGE (scenes) or MOSAIC (yearly mosaic tiles)
    resolution: float  # nominal ground pixel size at nadir, m
    zoom: int  # the zoom the imagery is processed at (fixed for scenes)
    prices: tuple  # ((zoom, credits per km²), ...)
    sensors: tuple = ()
    region: Optional[Region] = None
    archive_scenes: int = 0  # scenes acquired in the two years before the catalog epoch
    interval_days: Optional[float] = None  # mean days between new acquisitions after the epoch; None: no stream
    max_off_nadir: float = 0.0
    min_area_sq_km: float = 0.0
    premium: bool = False  # linked only to premium accounts (contract 5: premium plans get commercial imagery)
    year: Optional[int] = None  # mosaics: the year they were composed from
    mosaic_grid: tuple = ()  # mosaics: (west, south, east, north, columns, rows) of their tiles

    def price_at(self, zoom: Optional[int]) -> float:
        """Price per km² at a zoom (None: the provider's own zoom); between listed zooms, the next one up."""
        table = dict(self.prices)
        zoom = self.zoom if zoom is None else zoom
        if zoom in table:
            return table[zoom]
        higher = [z for z in table if z >= zoom]
        return table[min(higher)] if higher else table[max(table)]

    @property
    def is_mosaic(self) -> bool:
        return self.product_type == MOSAIC


def providers_for(epoch_year: int) -> tuple:
    """Every search provider; the yearly mosaics are of the two years before the catalog epoch's year."""
    demo = DEMO_CENTRE
    older, newer = epoch_year - 2, epoch_year - 1
    grid = (37.35, 55.58, 37.79, 55.84, 2, 2)  # four mosaic tiles of about 14 x 14.5 km over the demo area
    return (
        SearchProvider("SBX_VHR", "🛰️ Sandbox VHR 0.3 m", IMAGE, 0.3, 19, ((19, 180.0),),
                       sensors=("SBX3A", "SBX3B"), region=Region(demo, 6.0, (7.0, 11.0)), archive_scenes=22,
                       interval_days=20.0, max_off_nadir=30.0, min_area_sq_km=1.0, premium=True),
        SearchProvider("SBX_HR", "🛰️ Sandbox HR 0.5 m", IMAGE, 0.5, 18, ((18, 60.0),),
                       sensors=("SBX2A", "SBX2B", "SBX2C"), region=Region(demo, 7.0, (9.0, 14.0)),
                       archive_scenes=34, interval_days=12.0, max_off_nadir=25.0),
        SearchProvider("SBX_MR", "🛰️ Sandbox MR 0.75 m", IMAGE, 0.75, 17, ((17, 15.0),),
                       sensors=("SBX1",), region=Region(demo, 8.0, (14.0, 20.0)), archive_scenes=28,
                       interval_days=16.0, max_off_nadir=20.0),
        SearchProvider(f"SBX_Mosaic_{older}", f"🗺️ Sandbox mosaic {older} (1 m)", MOSAIC, 1.0, 17,
                       ((17, 1.0), (18, 3.0), (19, 9.0)), sensors=("SBX-MOSAIC",), year=older, mosaic_grid=grid),
        SearchProvider(f"SBX_Mosaic_{newer}", f"🗺️ Sandbox mosaic {newer} (0.5 m)", MOSAIC, 0.5, 18,
                       ((17, 1.0), (18, 3.0), (19, 9.0)), sensors=("SBX-MOSAIC",), year=newer, mosaic_grid=grid),
        SearchProvider("SBX_Survey", "🛰️ Sandbox survey 0.5 m (dense archive)", IMAGE, 0.5, 18, ((18, 60.0),),
                       sensors=("SBX2A", "SBX2B", "SBX2C"), region=Region(SURVEY_CENTRE, 3.0, (4.0, 6.0)),
                       archive_scenes=1200, max_off_nadir=25.0),
    )
