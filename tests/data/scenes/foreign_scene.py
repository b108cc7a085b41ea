"""An aerial-like scene generator of the tests' own, built on other rules than the sandbox's demo world, so the
engine is tried on imagery it was not made from.

What differs from the demo world: another palette (brown and brick tiles, blue-grey metal, beige and white flat
roofs, a darker lawn with mowing stripes, teal water), another sun (any azimuth and elevation, bluish shadows that
keep about half the light), crowns drawn as clusters of Gaussian-shaded discs, sidewalks, a car park with stall
lines, a pond, a bare field, a blur, Gaussian noise and (for the checked-in file) JPEG compression. Everything is
drawn in pixel space of a north-up image; ``Scene.truth`` holds the objects in the same pixel space.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import List, Tuple

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

Point = Tuple[float, float]


@dataclass(frozen=True)
class Lighting:
    sun_azimuth: float = 135.0  # degrees clockwise from north, where the sun stands
    sun_elevation: float = 45.0
    shade: Tuple[float, float, float] = (0.46, 0.5, 0.62)  # what a cast shadow keeps of R, G, B
    exposure: float = 1.0


@dataclass(frozen=True)
class Look:
    lawn: Tuple[int, int, int] = (92, 128, 60)
    tiles: Tuple[Tuple[int, int, int], ...] = ((150, 84, 58), (170, 98, 66), (128, 70, 52))
    metal: Tuple[int, int, int] = (104, 118, 146)
    flat_light: Tuple[int, int, int] = (226, 224, 218)
    flat_beige: Tuple[int, int, int] = (204, 194, 176)
    crown: Tuple[int, int, int] = (54, 94, 48)
    asphalt: Tuple[int, int, int] = (96, 97, 99)
    sidewalk: Tuple[int, int, int] = (172, 170, 164)
    water: Tuple[int, int, int] = (34, 72, 78)
    soil: Tuple[int, int, int] = (146, 118, 86)
    noise: float = 4.0
    blur: float = 0.6


@dataclass
class Building:
    ring: List[Point]  # pixel coordinates, x right, y down
    kind: str  # house | apartments | warehouse | shop | hall
    height: float  # metres
    class_id: str


@dataclass
class Truth:
    buildings: List[Building] = field(default_factory=list)
    trees: List[Tuple[List[Point], float]] = field(default_factory=list)  # (outline, height m)
    roads: List[List[Point]] = field(default_factory=list)
    lookalikes: List[Tuple[str, List[Point]]] = field(default_factory=list)  # roof-coloured or dark flat ground


@dataclass
class Scene:
    rgb: np.ndarray
    pixel_m: float
    lighting: Lighting
    truth: Truth


CLASS_OF = {"apartments": "101", "house": "102", "warehouse": "103", "shop": "104", "hall": "105"}


def _rect(cx, cy, w, h, angle_deg=0.0) -> List[Point]:
    a = math.radians(angle_deg)
    ca, sa = math.cos(a), math.sin(a)
    return [(cx + u * ca - v * sa, cy + u * sa + v * ca) for u, v in ((-w / 2, -h / 2), (w / 2, -h / 2),
                                                                      (w / 2, h / 2), (-w / 2, h / 2))]


def _hull(points: List[Point]) -> List[Point]:
    pts = sorted(set(points))

    def cross(o, a, b):
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower, upper = [], []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


class _Painter:
    def __init__(self, size: int, pixel_m: float, lighting: Lighting, look: Look, seed: int):
        self.size, self.pixel_m, self.lighting, self.look = size, pixel_m, lighting, look
        self.rng = np.random.default_rng(seed)
        self.ground = Image.new("RGB", (size, size), look.lawn)
        self.shadow = Image.new("L", (size, size), 0)
        self.top = Image.new("RGBA", (size, size), (0, 0, 0, 0))  # crowns and roofs, over the shadows
        self.truth = Truth()
        away = math.radians(lighting.sun_azimuth + 180.0)
        # a metre of height casts this many pixels of shadow, along (x, y) image axes (north is up)
        per_metre = 1.0 / math.tan(math.radians(lighting.sun_elevation)) / pixel_m
        self.shadow_step = (math.sin(away) * per_metre, -math.cos(away) * per_metre)

    def sun_vector(self) -> Point:
        """Towards the sun, in image axes (x right, y down)."""
        azimuth = math.radians(self.lighting.sun_azimuth)
        return math.sin(azimuth), -math.cos(azimuth)

    def px(self, metres: float) -> float:
        return metres / self.pixel_m

    def cast(self, ring: List[Point], height: float) -> None:
        dx, dy = self.shadow_step[0] * height, self.shadow_step[1] * height
        moved = [(x + dx, y + dy) for x, y in ring]
        draw = ImageDraw.Draw(self.shadow)
        draw.polygon(_hull(ring + moved), fill=255)

    def ground_shape(self, ring, colour) -> None:
        ImageDraw.Draw(self.ground).polygon(ring, fill=colour)

    def building(self, ring: List[Point], kind: str, height: float, colour, gabled: bool) -> None:
        self.cast(ring, height)
        draw = ImageDraw.Draw(self.top)
        if gabled:  # the half facing the sun is lighter
            (x0, y0), (x1, y1), (x2, y2), (x3, y3) = ring
            m01, m32 = ((x0 + x3) / 2, (y0 + y3) / 2), ((x1 + x2) / 2, (y1 + y2) / 2)
            halves = ([ring[0], ring[1], m32, m01], [m01, m32, ring[2], ring[3]])
            sun = self.sun_vector()
            for half in halves:
                cx = sum(p[0] for p in half) / 4 - sum(p[0] for p in ring) / 4
                cy = sum(p[1] for p in half) / 4 - sum(p[1] for p in ring) / 4
                facing = cx * sun[0] + cy * sun[1] > 0
                factor = 1.1 if facing else 0.8
                draw.polygon(half, fill=tuple(int(min(255, c * factor)) for c in colour) + (255,))
        else:
            draw.polygon(ring, fill=tuple(colour) + (255,))
        self.truth.buildings.append(Building(ring, kind, height, CLASS_OF[kind]))

    def roof_units(self, ring: List[Point], count: int) -> None:
        xs, ys = [p[0] for p in ring], [p[1] for p in ring]
        draw = ImageDraw.Draw(self.top)
        for _ in range(count):
            x = self.rng.uniform(min(xs) + self.px(4), max(xs) - self.px(6))
            y = self.rng.uniform(min(ys) + self.px(4), max(ys) - self.px(6))
            side = self.px(self.rng.uniform(2.0, 3.0))
            draw.rectangle([x, y, x + side, y + side], fill=(140, 142, 146, 255))

    def tree_cluster(self, cx: float, cy: float, radius_m: float, height: float, crowns: int) -> None:
        """Crowns of 1.5-3 m radius scattered in a disc; each is a Gaussian-shaded dome lit from the sun's side."""
        outline_pts = []
        draw_shadow = ImageDraw.Draw(self.shadow)
        dx, dy = self.shadow_step[0] * height, self.shadow_step[1] * height
        layer = np.zeros((self.size, self.size, 4), np.float32)
        sun = self.sun_vector()
        for _ in range(crowns):
            angle = self.rng.uniform(0, 2 * math.pi)
            dist = self.px(radius_m) * math.sqrt(self.rng.uniform(0, 1))
            x, y = cx + dist * math.cos(angle), cy + dist * math.sin(angle)
            r = self.px(self.rng.uniform(1.5, 3.0))
            # the crown's shadow: the disc swept along the shadow direction
            steps = max(2, int(math.hypot(dx, dy) / max(r, 1.0)) + 2)
            for k in range(steps + 1):
                sx, sy = x + dx * k / steps, y + dy * k / steps
                draw_shadow.ellipse([sx - r, sy - r, sx + r, sy + r], fill=255)
            x0, x1 = int(max(0, x - r - 1)), int(min(self.size, x + r + 2))
            y0, y1 = int(max(0, y - r - 1)), int(min(self.size, y + r + 2))
            if x0 >= x1 or y0 >= y1:
                continue
            gy, gx = np.mgrid[y0:y1, x0:x1].astype(np.float32)
            u, v = (gx - x) / r, (gy - y) / r
            d2 = u * u + v * v
            inside = d2 <= 1.0
            shade = 0.55 + 0.5 * np.exp(-2.0 * d2) + 0.3 * (u * sun[0] + v * sun[1])
            colour = np.array(self.look.crown, np.float32)[None, None, :] * np.clip(shade, 0.35, 1.3)[..., None]
            patch = layer[y0:y1, x0:x1]
            patch[inside, :3] = colour[inside]
            patch[inside, 3] = 255
            outline_pts.extend((x + r * math.cos(t), y + r * math.sin(t)) for t in np.linspace(0, 2 * math.pi, 12))
        crowns_img = Image.fromarray(layer.astype(np.uint8), "RGBA")
        self.top = Image.alpha_composite(self.top, crowns_img)
        self.truth.trees.append((_hull(outline_pts), height))

    def finish(self, blur: bool = True) -> np.ndarray:
        size = self.size
        ground = np.asarray(self.ground, np.float32).copy()
        stripes = 1.0 + 0.035 * np.sign(np.sin(np.arange(size) * self.pixel_m * 2 * math.pi / 12.0))
        lawn = np.all(np.abs(ground - np.array(self.look.lawn, np.float32)) < 1, axis=2)
        ground[lawn] *= np.broadcast_to(stripes[None, :], (size, size))[lawn][:, None]
        shadow = np.asarray(self.shadow) > 0
        ground[shadow] *= np.array(self.lighting.shade, np.float32)
        top = np.asarray(self.top, np.float32)
        alpha = top[:, :, 3:4] / 255.0
        rgb = ground * (1 - alpha) + top[:, :, :3] * alpha
        rgb *= self.lighting.exposure
        image = Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8), "RGB")
        if blur and self.look.blur > 0:
            image = image.filter(ImageFilter.GaussianBlur(self.look.blur))
        out = np.asarray(image, np.float32) + self.rng.normal(0.0, self.look.noise, (size, size, 3))
        return np.clip(out, 0, 255).astype(np.uint8)


def town(size: int = 600, pixel_m: float = 0.4, lighting: Lighting = Lighting(), look: Look = Look(),
         seed: int = 7) -> Scene:
    """A small town: two streets with sidewalks, houses along them, two apartment slabs, a warehouse, a shop, a
    hall, tree groups, a pond, a car park and a bare field."""
    p = _Painter(size, pixel_m, lighting, look, seed)
    rng = p.rng
    m = p.px
    # streets: one east-west, one north-south, with sidewalks
    ew_y, ns_x = size * 0.42, size * 0.38
    for road in (_rect(size / 2, ew_y, size + 20, m(8)), _rect(ns_x, size / 2, m(7), size + 20)):
        p.ground_shape(road, look.asphalt)
        p.truth.roads.append(road)
    for walk in (_rect(size / 2, ew_y - m(5), size + 20, m(2)), _rect(size / 2, ew_y + m(5), size + 20, m(2)),
                 _rect(ns_x - m(4.5), size / 2, m(2), size + 20), _rect(ns_x + m(4.5), size / 2, m(2), size + 20)):
        p.ground_shape(walk, look.sidewalk)
        p.truth.lookalikes.append(("sidewalk", walk))
    for road in p.truth.roads:  # repaint the carriageway over the sidewalks' crossings
        p.ground_shape(road, look.asphalt)
    draw = ImageDraw.Draw(p.ground)
    for x in np.arange(0, size, m(6)):
        draw.rectangle([x, ew_y - m(0.12), x + m(3), ew_y + m(0.12)], fill=(210, 190, 90))
    # ground lookalikes: a pond, a car park with stall lines, a bare field (no works)
    pond = [(size * 0.82 + m(14) * math.cos(t), size * 0.86 + m(9) * math.sin(t))
            for t in np.linspace(0, 2 * math.pi, 40, endpoint=False)]
    p.ground_shape(pond, look.water)
    p.truth.lookalikes.append(("pond", pond))
    park = _rect(size * 0.2, size * 0.86, m(30), m(18))
    p.ground_shape(park, look.asphalt)
    for k in range(1, 10):
        x = size * 0.2 - m(15) + k * m(3)
        draw.line([(x, size * 0.86 - m(9)), (x, size * 0.86 - m(3))], fill=(220, 220, 215), width=1)
    p.truth.lookalikes.append(("car park", park))
    field_ = _rect(size * 0.58, size * 0.9, m(34), m(16))
    p.ground_shape(field_, look.soil)
    p.truth.lookalikes.append(("bare field", field_))
    # houses along the streets (north side of the east-west street, both sides of the north-south one)
    for i in range(6):
        cx = size * 0.47 + i * m(19)
        if cx > size - m(10):
            break
        w, h = m(rng.uniform(9, 13)), m(rng.uniform(8, 11))
        ring = _rect(cx, ew_y - m(16), w, h, rng.uniform(-12, 12))
        p.building(ring, "house", rng.uniform(5, 9), look.tiles[i % len(look.tiles)], True)
    for j in range(4):
        cy = size * 0.52 + j * m(17)
        if cy > size * 0.78:
            break
        w, h = m(rng.uniform(9, 12)), m(rng.uniform(8, 11))
        p.building(_rect(ns_x - m(15), cy, w, h, rng.uniform(-15, 15)), "house", rng.uniform(5, 8.5),
                   look.tiles[j % len(look.tiles)], True)
        p.building(_rect(ns_x + m(15), cy, h, w, rng.uniform(-15, 15)), "house", rng.uniform(5, 8.5),
                   look.tiles[(j + 1) % len(look.tiles)], True)
    # two apartment slabs, a warehouse, a shop and a hall
    p.building(_rect(size * 0.16, size * 0.12, m(44), m(13)), "apartments", 21.0, look.metal, True)
    p.building(_rect(size * 0.16, size * 0.27, m(40), m(13)), "apartments", 15.0, look.metal, True)
    warehouse = _rect(size * 0.72, size * 0.16, m(56), m(34))
    p.building(warehouse, "warehouse", 10.0, look.flat_light, False)
    p.roof_units(warehouse, 6)
    p.building(_rect(size * 0.72, size * 0.62, m(24), m(18)), "shop", 6.0, look.flat_beige, False)
    p.building(_rect(size * 0.58, size * 0.7, m(26), m(19)), "hall", 12.0, look.tiles[1], True)
    # trees: a group near the pond, a row along the north-south street, one tall lone tree
    p.tree_cluster(size * 0.4, size * 0.86, 9.0, 11.0, 14)
    for k in range(4):
        p.tree_cluster(ns_x + m(8), size * 0.05 + k * m(14), 2.5, 7.0, 2)
    p.tree_cluster(size * 0.93, size * 0.5, 2.0, 16.0, 1)
    return Scene(p.finish(), pixel_m, lighting, p.truth)


def uniform(rgb: Tuple[int, int, int], size: int = 500, noise: float = 5.0, seed: int = 3,
            texture: str = "patches") -> np.ndarray:
    """A surface of one colour: ``patches`` (soft 25 m blotches, ±7 %), ``stripes`` (mowing, ±4 %) or ``ripples``
    (water, fine ±3 % waves), plus Gaussian noise."""
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:size, 0:size].astype(np.float32)
    if texture == "stripes":
        factor = 1.0 + 0.04 * np.sign(np.sin(x * 2 * math.pi / 30.0))
    elif texture == "ripples":
        factor = 1.0 + 0.03 * np.sin(x * 0.9 + 0.4 * y) * np.sin(y * 0.35)
    else:
        coarse = rng.normal(0, 1, (size // 60 + 2, size // 60 + 2)).astype(np.float32)
        image = Image.fromarray(((coarse - coarse.min()) / (np.ptp(coarse) + 1e-6) * 255).astype(np.uint8))
        smooth = np.asarray(image.resize((size, size), Image.BICUBIC), np.float32) / 255.0
        factor = 1.0 + 0.14 * (smooth - 0.5)
    rgb_image = np.array(rgb, np.float32)[None, None, :] * factor[..., None]
    rgb_image += rng.normal(0, noise, rgb_image.shape)
    return np.clip(rgb_image, 0, 255).astype(np.uint8)


# ---- georeferencing ------------------------------------------------------------------------------------------
ORIGIN_UTM33 = (488_000.0, 5_541_000.0)  # north-west corner, EPSG:32633 (near 14.8°E, 50.0°N)


def write_geotiff(path, rgb: np.ndarray, pixel_m: float, lighting=None, jpeg: bool = False,
                  origin=ORIGIN_UTM33, epsg: int = 32633):
    """A north-up GeoTIFF in UTM; with ``lighting`` its metadata states the sun as satellite imagery does."""
    from osgeo import gdal, osr

    height, width = rgb.shape[:2]
    options = ["COMPRESS=JPEG", "JPEG_QUALITY=82", "PHOTOMETRIC=YCBCR"] if jpeg else ["COMPRESS=DEFLATE"]
    ds = gdal.GetDriverByName("GTiff").Create(str(path), width, height, 3, gdal.GDT_Byte, options=options)
    ds.SetGeoTransform((origin[0], pixel_m, 0.0, origin[1], 0.0, -pixel_m))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    ds.SetProjection(srs.ExportToWkt())
    if lighting is not None:
        ds.SetMetadata({"SUN_AZIMUTH": f"{lighting.sun_azimuth:g}", "SUN_ELEVATION": f"{lighting.sun_elevation:g}"})
    for band in range(3):
        ds.GetRasterBand(band + 1).WriteArray(rgb[:, :, band])
    ds.FlushCache()
    ds = None
    return path


def to_lonlat(points, pixel_m: float, origin=ORIGIN_UTM33, epsg: int = 32633) -> list:
    """Pixel coordinates of the image written by ``write_geotiff`` as [lon, lat] pairs."""
    from osgeo import osr

    src = osr.SpatialReference()
    src.ImportFromEPSG(epsg)
    dst = osr.SpatialReference()
    dst.ImportFromEPSG(4326)
    dst.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    src.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    transform = osr.CoordinateTransformation(src, dst)
    out = []
    for x, y in points:
        lon, lat = transform.TransformPoint(origin[0] + x * pixel_m, origin[1] - y * pixel_m)[:2]
        out.append([round(lon, 8), round(lat, 8)])
    return out


def truth_geojson(scene: Scene, origin=ORIGIN_UTM33, epsg: int = 32633) -> dict:
    """The scene's objects in EPSG:4326, with the properties the engine publishes."""
    def polygon(ring):
        coords = to_lonlat(ring, scene.pixel_m, origin, epsg)
        return {"type": "Polygon", "coordinates": [coords + coords[:1]]}

    features = [{"type": "Feature", "geometry": polygon(b.ring),
                 "properties": {"object_type": "buildings", "kind": b.kind, "class_id": b.class_id,
                                "building_height": round(b.height, 1)}} for b in scene.truth.buildings]
    features += [{"type": "Feature", "geometry": polygon(ring),
                  "properties": {"object_type": "forest", "max_height": round(height, 1)}}
                 for ring, height in scene.truth.trees]
    features += [{"type": "Feature", "geometry": polygon(ring), "properties": {"object_type": "roads"}}
                 for ring in scene.truth.roads]
    features += [{"type": "Feature", "geometry": polygon(ring), "properties": {"object_type": "lookalike",
                                                                             "kind": kind}}
                 for kind, ring in scene.truth.lookalikes]
    return {"type": "FeatureCollection", "name": "foreign-town-truth",
            "sun": {"azimuth": scene.lighting.sun_azimuth, "elevation": scene.lighting.sun_elevation},
            "features": features}
