"""Materials of the demo world: the colour each surface is painted with, and how much grain it has.

The engine's detectors never read these: their colour categories (``sandbox.engine.models.colour``) describe
surfaces in general, so that the demo world is one test of them among others.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum


class Material(IntEnum):
    GRASS = 0
    CROP = 1
    OLIVE = 2
    ASPHALT = 3
    MARK = 4
    SAND = 5
    PIT = 6
    MACHINE = 7
    ROOF_RED_LIT = 8
    ROOF_RED_DARK = 9
    ROOF_TERRA_LIT = 10
    ROOF_TERRA_DARK = 11
    ROOF_BLUE_LIT = 12
    ROOF_BLUE_DARK = 13
    ROOF_LIGHT = 14
    HVAC = 15
    TREE_LOW = 16
    TREE_MID = 17
    TREE_HIGH = 18


@dataclass(frozen=True)
class Paint:
    rgb: tuple
    grain: float  # amplitude of per-pixel noise, in 0-255 units


PAINTS = {
    Material.GRASS: Paint((138, 158, 92), 9),
    Material.CROP: Paint((170, 170, 106), 8),
    Material.OLIVE: Paint((126, 128, 80), 8),
    Material.ASPHALT: Paint((80, 84, 92), 5),
    Material.MARK: Paint((225, 225, 215), 4),
    Material.SAND: Paint((202, 178, 138), 9),
    Material.PIT: Paint((146, 114, 86), 8),
    Material.MACHINE: Paint((232, 190, 40), 6),
    Material.ROOF_RED_LIT: Paint((184, 72, 56), 6),
    Material.ROOF_RED_DARK: Paint((148, 58, 45), 6),
    Material.ROOF_TERRA_LIT: Paint((198, 106, 70), 6),
    Material.ROOF_TERRA_DARK: Paint((160, 85, 56), 6),
    Material.ROOF_BLUE_LIT: Paint((98, 114, 152), 5),
    Material.ROOF_BLUE_DARK: Paint((78, 92, 124), 5),
    Material.ROOF_LIGHT: Paint((212, 210, 202), 5),
    Material.HVAC: Paint((120, 120, 124), 4),
    Material.TREE_LOW: Paint((106, 142, 56), 10),
    Material.TREE_MID: Paint((62, 108, 50), 10),
    Material.TREE_HIGH: Paint((38, 78, 48), 9),
}

TREE_MATERIALS = (Material.TREE_LOW, Material.TREE_MID, Material.TREE_HIGH)
# crown spacing (ground metres) of each tree height class: taller trees have wider crowns
CROWN_SPACING = {Material.TREE_LOW: 2.4, Material.TREE_MID: 4.2, Material.TREE_HIGH: 6.5}
SHADOW_FACTOR = 0.55  # cast shadows keep this share of the light

# height classes of the Forest model (contract section 6.1) and the generator's height range for each
HEIGHT_CLASSES = ("00m-04m", "04m-10m", "10m-99m")
HEIGHT_RANGES = ((1.5, 4.0), (4.0, 10.0), (10.0, 30.0))
