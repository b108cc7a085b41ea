"""The AOI geometry pipeline: any geometries in any CRS → valid, 2D, non-overlapping polygons in EPSG:4326.

Pure geometry work (no layer, project, widget or iface access), so a QgsTask can run it: the caller passes the
geometries, their CRS and the project's transform context. Steps, per input geometry:

1. skip null geometries; straighten curves; drop Z and M;
2. keep the polygonal parts of collections (points and lines are counted and dropped);
3. refuse shapes that enclose a pole (a lon/lat polygon cannot describe them);
4. densify long edges (projected sources only) and reproject to EPSG:4326;
5. refuse coordinates outside the globe (a wrong CRS), warn when far outside the CRS's area of use;
6. shapes crossing the 180° meridian are unwrapped and **split at the meridian** into two parts;
7. invalid geometries (bow-ties, self-intersections, duplicate rings) are repaired, with a note.

The work is bounded (``core.aoi_rules``): vertices are counted as geometries are read and reading stops past
MAX_AOI_VERTICES; the repair (GEOS's "structure" make-valid through OGR where GDAL/GEOS have it, ~2 s for 40,000
bow-tie vertices, else QGIS's makeValid, ~150 s for the same) never gets more vertices than its limit: a bigger
invalid polygon is simplified first (by at most 0.1 % of its size) or refused. The repair cannot be interrupted;
everything between the steps checks ``is_cancelled``. ``PipelineWork`` counts what was done.

Then all polygons are dissolved (overlapping or touching shapes would be double-charged and are invalid as one
MultiPolygon) and every part is measured on the WGS84 ellipsoid (geodesic edges, as the server measures), with the
area of its lon/lat bounding box.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Iterable, List, Optional, Tuple

from osgeo import ogr

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsCsException,
    QgsDistanceArea,
    QgsGeometry,
    QgsMapToPixelSimplifier,
    QgsPointXY,
    QgsRectangle,
    QgsUnitTypes,
    QgsWkbTypes,
)

from ..core.aoi_rules import (MAX_AOI_VERTICES, MAX_SIMPLIFY_SHARE, REPAIR_VERTEX_LIMIT, SLOW_REPAIR_VERTEX_LIMIT,
                              NoteCode, SourceStatus)
from ..core.formatting import format_int
from .qgis_compat import METERS, WKB_GEOMETRY_COLLECTION, WKB_MULTI_POLYGON, WKB_MULTI_SURFACE, WKB_POLYGON

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
# Edges longer than this (projected sources) get intermediate vertices so the shape survives reprojection.
DENSIFY_STEP_M = 2_000.0
# How far (degrees) outside its declared area of use a CRS may be used before we warn that it looks wrong.
AREA_OF_USE_MARGIN_DEG = 10.0
CANCEL_CHECK_EVERY = 256
METRES_PER_DEGREE = 111_320.0  # along a meridian; for the simplification note only
# tolerances tried, as shares of the polygon's bounding-box diagonal, smallest first
SIMPLIFY_SHARES = (1e-5, 3e-5, 1e-4, 3e-4, 1e-3)


class SourceProblem(Exception):
    """The source cannot give a usable AOI; carries the status for ``core.aoi_rules``."""

    def __init__(self, status: SourceStatus, detail: str = ""):
        super().__init__(detail or status.value)
        self.status = status
        self.detail = detail


class AoiBuildCancelled(Exception):
    pass


@dataclass
class MeasuredPart:
    geometry: QgsGeometry  # a single Polygon in EPSG:4326
    area_km2: float
    bbox_area_km2: float


@dataclass(frozen=True)
class PipelineLimits:
    """How much work one AOI may cost (``core.aoi_rules``); tests may give smaller ones."""

    max_vertices: int = MAX_AOI_VERTICES
    repair_vertices: int = REPAIR_VERTEX_LIMIT  # with the fast ("structure") repair
    slow_repair_vertices: int = SLOW_REPAIR_VERTEX_LIMIT  # with QGIS's own makeValid
    max_simplify_share: float = MAX_SIMPLIFY_SHARE

    def repair_limit(self) -> int:
        return self.repair_vertices if fast_repair_available() else self.slow_repair_vertices


@dataclass
class Simplification:
    before: int  # vertices
    after: int
    tolerance_deg: float


@dataclass
class PipelineWork:
    """What a build did, in vertices: the measure that bounds its time (tests and benchmarks read it)."""

    vertices_read: int = 0
    repairs: int = 0
    largest_repair: int = 0  # vertices of the biggest geometry handed to the repair
    simplified: List[Simplification] = field(default_factory=list)


@dataclass
class PipelineResult:
    parts: List[MeasuredPart]
    notes: Counter = field(default_factory=Counter)  # NoteCode → count
    outside_crs_area: str = ""  # the CRS's authid when the AOI lies far outside its area of use
    work: PipelineWork = field(default_factory=PipelineWork)


class _Reprojector:
    """Source CRS → EPSG:4326, with densification and the pole check for projected sources."""

    def __init__(self, crs: QgsCoordinateReferenceSystem, context: QgsCoordinateTransformContext):
        self.crs = crs
        self.geographic = crs.isGeographic()
        self.identity = crs == WGS84
        self.transform = QgsCoordinateTransform(crs, WGS84, context)
        self.densify_step = self._densify_step(crs)
        self.poles = [] if self.geographic else self._poles_in_source(context)

    @staticmethod
    def _densify_step(crs: QgsCoordinateReferenceSystem) -> Optional[float]:
        if crs.isGeographic():
            return None  # edges of a lon/lat source stay lon/lat straight lines in EPSG:4326
        to_metres = QgsUnitTypes.fromUnitToUnitFactor(crs.mapUnits(), METERS)
        if not to_metres or not math.isfinite(to_metres):
            return None
        return DENSIFY_STEP_M / to_metres

    def _poles_in_source(self, context) -> List[Tuple[str, QgsPointXY]]:
        back = QgsCoordinateTransform(WGS84, self.crs, context)
        poles = []
        for name, latitude in (("North", 90.0), ("South", -90.0)):
            try:
                point = back.transform(QgsPointXY(0.0, latitude))
            except QgsCsException:
                continue
            # far-off or infinite images of a pole mean the pole is not on this projection's plane
            if math.isfinite(point.x()) and math.isfinite(point.y()) and max(abs(point.x()), abs(point.y())) < 1e12:
                poles.append((name, point))
        return poles

    def enclosed_pole(self, geometry: QgsGeometry) -> str:
        box = geometry.boundingBox()
        for name, point in self.poles:
            if box.contains(point) and geometry.contains(point):
                return name
        return ""

    def to_wgs84(self, geometry: QgsGeometry) -> QgsGeometry:
        if self.identity:
            return geometry
        if self.densify_step:
            geometry = geometry.densifyByDistance(self.densify_step)
        result = QgsGeometry(geometry)
        try:
            if result.transform(self.transform) != 0:
                raise SourceProblem(SourceStatus.REPROJECTION_FAILED, self.crs.authid() or self.crs.description())
        except QgsCsException as error:
            raise SourceProblem(SourceStatus.REPROJECTION_FAILED, str(error)) from None
        return result


def _straighten(geometry: QgsGeometry, notes: Counter) -> QgsGeometry:
    wkb = geometry.wkbType()
    if QgsWkbTypes.isCurvedType(wkb):
        geometry = QgsGeometry(geometry.constGet().segmentize())
        notes[NoteCode.CURVES_SEGMENTIZED] += 1
    if QgsWkbTypes.hasZ(wkb) or QgsWkbTypes.hasM(wkb):
        flat = geometry.constGet().clone()
        if flat.dropZValue():
            notes[NoteCode.Z_DROPPED] += 1
        if flat.dropMValue():
            notes[NoteCode.M_DROPPED] += 1
        geometry = QgsGeometry(flat)
    return geometry


def polygon_members(geometry: QgsGeometry) -> Tuple[List[QgsGeometry], int]:
    """Single polygons of a geometry and the number of non-polygon members (points, lines) left out."""
    if geometry.isNull() or geometry.isEmpty():
        return [], 0
    flat = QgsWkbTypes.flatType(geometry.wkbType())
    if flat == WKB_POLYGON:
        return [geometry], 0
    if flat == WKB_MULTI_POLYGON:
        return geometry.asGeometryCollection(), 0
    if flat in (WKB_GEOMETRY_COLLECTION, WKB_MULTI_SURFACE):
        polygons, dropped = [], 0
        for member in geometry.asGeometryCollection():
            member_polygons, member_dropped = polygon_members(member)
            polygons.extend(member_polygons)
            dropped += member_dropped
        return polygons, dropped
    # a point, line or their multi-version: each member counts as one dropped part
    return [], max(1, geometry.constGet().partCount())


def _check_range(geometry: QgsGeometry) -> None:
    box = geometry.boundingBox()
    values = (box.xMinimum(), box.xMaximum(), box.yMinimum(), box.yMaximum())
    if not all(math.isfinite(v) for v in values):
        raise SourceProblem(SourceStatus.REPROJECTION_FAILED, "")
    # latitudes must be on the globe; longitudes may run past ±180 (unwrapped data) but not past one more turn
    if box.yMinimum() < -90.000001 or box.yMaximum() > 90.000001 or box.xMinimum() < -540 or box.xMaximum() > 540:
        raise SourceProblem(SourceStatus.OUT_OF_RANGE, _format_box(box))


def _format_box(box: QgsRectangle) -> str:
    return f"x {box.xMinimum():.6g} … {box.xMaximum():.6g}, y {box.yMinimum():.6g} … {box.yMaximum():.6g}"


# --- the 180° meridian ------------------------------------------------------------------------------------------
def _wrap_delta(delta: float) -> float:
    """A longitude step taken the short way round, in (-180, 180]."""
    while delta > 180.0:
        delta -= 360.0
    while delta <= -180.0:
        delta += 360.0
    return delta


def _unwrap_ring(ring: List[QgsPointXY], anchor: Optional[float] = None) -> List[QgsPointXY]:
    """Make a ring's longitudes continuous (each step the short way round), starting near ``anchor``."""
    first = ring[0].x()
    if anchor is not None:
        first += 360.0 * round((anchor - first) / 360.0)
    out = [QgsPointXY(first, ring[0].y())]
    for previous, current in zip(ring, ring[1:]):
        out.append(QgsPointXY(out[-1].x() + _wrap_delta(current.x() - previous.x()), current.y()))
    return out


def _needs_unwrap(geometry: QgsGeometry) -> bool:
    box = geometry.boundingBox()
    # a shape at most 180° wide that stays inside ±180 cannot have an edge that jumps across the meridian
    return box.width() > 180.0 or box.xMinimum() < -180.0 or box.xMaximum() > 180.0


def split_at_antimeridian(polygon: QgsGeometry) -> Tuple[List[QgsGeometry], bool]:
    """One polygon in lon/lat → the pieces on each side of ±180° (shifted back into range), and whether it was split.

    A ring edge that jumps by more than 180° of longitude is read as crossing the meridian the short way
    (the usual convention for GeoJSON written without splitting).
    """
    if not _needs_unwrap(polygon):
        return [polygon], False
    rings = polygon.asPolygon()
    if not rings or len(rings[0]) < 4:
        return [polygon], False
    exterior = _unwrap_ring(rings[0])
    if abs(exterior[-1].x() - exterior[0].x()) > 1e-9:
        # the unwrapped ring does not close: it winds around a pole
        pole = "North" if sum(p.y() for p in exterior) > 0 else "South"
        raise SourceProblem(SourceStatus.CONTAINS_POLE, pole)
    centre = (min(p.x() for p in exterior) + max(p.x() for p in exterior)) / 2
    holes = [_unwrap_ring(hole, anchor=centre) for hole in rings[1:] if len(hole) >= 4]
    unwrapped = QgsGeometry.fromPolygonXY([exterior] + holes)
    box = unwrapped.boundingBox()
    if box.xMinimum() >= -180.0 and box.xMaximum() <= 180.0:
        return [unwrapped], False  # it only looked wide: after unwrapping it sits inside the usual range
    pieces: List[QgsGeometry] = []
    for shift in (-360.0, 0.0, 360.0):  # window [-540,-180], [-180,180], [180,540] brought back by -shift
        window = QgsGeometry.fromRect(QgsRectangle(-180.0 + shift, -90.0, 180.0 + shift, 90.0))
        piece = unwrapped.intersection(window)
        if piece.isEmpty():
            continue
        if shift:
            piece.translate(-shift, 0.0)
        piece_polygons, _ = polygon_members(piece)
        pieces.extend(p for p in piece_polygons if p.area() > 0)
    return pieces, len(pieces) > 1


# --- repair -----------------------------------------------------------------------------------------------------
_BOW_TIE_WKT = "POLYGON((0 0,1 1,1 0,0 1,0 0))"


@lru_cache(maxsize=1)
def fast_repair_available() -> bool:
    """GEOS's "structure" make-valid (GEOS >= 3.10) through OGR (GDAL >= 3.4): keeps every area a ring encloses
    and works in near-linear time."""
    try:
        fixed = ogr.CreateGeometryFromWkt(_BOW_TIE_WKT).MakeValid(["METHOD=STRUCTURE"])
    except (RuntimeError, TypeError, AttributeError):
        return False
    return fixed is not None and fixed.IsValid() and abs(fixed.GetArea() - 0.5) < 1e-9


def make_valid(geometry: QgsGeometry) -> QgsGeometry:
    """A valid version of ``geometry``: the fast repair where available, else QGIS's makeValid."""
    if fast_repair_available():
        try:
            fixed = ogr.CreateGeometryFromWkb(bytes(geometry.asWkb())).MakeValid(["METHOD=STRUCTURE"])
        except (RuntimeError, TypeError):  # GDAL raises here when its exceptions are switched on
            fixed = None
        if fixed is not None:
            result = QgsGeometry()
            result.fromWkb(bytes(fixed.ExportToIsoWkb()))
            if not result.isNull():
                return result
    return geometry.makeValid()


def vertex_count(geometry: Optional[QgsGeometry]) -> int:
    if geometry is None or geometry.isNull():
        return 0
    shape = geometry.constGet()
    return shape.nCoordinates() if shape is not None else 0


def simplify_within(geometry: QgsGeometry, limit: int, max_share: float) -> Optional[Tuple[QgsGeometry, float]]:
    """``geometry`` with at most ``limit`` vertices, dropping vertices closer than a tolerance of at most
    ``max_share`` of its bounding-box diagonal (linear time, no GEOS); None when that is not enough."""
    box = geometry.boundingBox()
    diagonal = math.hypot(box.width(), box.height())
    for share in SIMPLIFY_SHARES:
        if share > max_share:
            break
        tolerance = share * diagonal
        simplifier = QgsMapToPixelSimplifier(QgsMapToPixelSimplifier.SimplifyFlag.SimplifyGeometry, tolerance,
                                             QgsMapToPixelSimplifier.SimplifyAlgorithm.Distance)
        simplified = simplifier.simplify(geometry)
        if not simplified.isNull() and 0 < vertex_count(simplified) <= limit:
            return simplified, tolerance
    return None


def _repair(pieces: List[QgsGeometry], notes: Counter, work: PipelineWork, limits: PipelineLimits,
            is_cancelled: Callable[[], bool]) -> List[QgsGeometry]:
    """Repair one input geometry (all its pieces together, so duplicate or overlapping parts count too); a
    geometry over the repair limit is simplified first, or refused."""
    whole = pieces[0] if len(pieces) == 1 else QgsGeometry.collectGeometry(pieces)
    if whole.isGeosValid():
        return pieces
    vertices, limit = vertex_count(whole), limits.repair_limit()
    if vertices > limit:
        simplified = simplify_within(whole, limit, limits.max_simplify_share)
        if simplified is None:
            raise SourceProblem(SourceStatus.TOO_COMPLEX, format_int(vertices))
        whole, tolerance = simplified
        work.simplified.append(Simplification(vertices, vertex_count(whole), tolerance))
        _check_cancelled(is_cancelled)
        if whole.isGeosValid():
            return [p for p in polygon_members(whole)[0] if p.area() > 0]
    notes[NoteCode.REPAIRED] += 1
    work.repairs += 1
    work.largest_repair = max(work.largest_repair, vertex_count(whole))
    repaired, _ = polygon_members(make_valid(whole))
    # a repair can leave collapsed bits (lines, points) behind; they were never meant as area
    return [p for p in repaired if p.area() > 0]


def _check_cancelled(is_cancelled: Callable[[], bool]) -> None:
    if is_cancelled():
        raise AoiBuildCancelled()


# --- the whole pipeline ------------------------------------------------------------------------------------------
def _clean_one(geometry: QgsGeometry, reprojector: _Reprojector, notes: Counter, work: PipelineWork,
               limits: PipelineLimits, is_cancelled: Callable[[], bool]) -> List[QgsGeometry]:
    if geometry is None or geometry.isNull():
        notes[NoteCode.NULL_GEOMETRIES_SKIPPED] += 1
        return []
    if geometry.isEmpty():
        return []
    geometry = _straighten(geometry, notes)
    polygons, dropped = polygon_members(geometry)
    if dropped:
        notes[NoteCode.NON_POLYGON_PARTS_DROPPED] += dropped
    if not polygons:
        return []
    shape = polygons[0] if len(polygons) == 1 else QgsGeometry.collectGeometry(polygons)
    pole = reprojector.enclosed_pole(shape) if reprojector.poles else ""
    if pole:
        raise SourceProblem(SourceStatus.CONTAINS_POLE, pole)
    shape = reprojector.to_wgs84(shape)
    _check_range(shape)
    _check_cancelled(is_cancelled)
    pieces: List[QgsGeometry] = []
    for polygon in polygon_members(shape)[0]:
        polygon_pieces, was_split = split_at_antimeridian(polygon)
        if was_split:
            notes[NoteCode.ANTIMERIDIAN_SPLIT] += 1
        pieces.extend(polygon_pieces)
    _check_cancelled(is_cancelled)
    return _repair(pieces, notes, work, limits, is_cancelled) if pieces else []


def _dissolve(polygons: List[QgsGeometry]) -> List[QgsGeometry]:
    if len(polygons) == 1:
        return polygons
    union = QgsGeometry.unaryUnion(polygons)
    parts, _ = polygon_members(union)
    return [p for p in parts if p.area() > 0]


def _measure(parts: List[QgsGeometry], context: QgsCoordinateTransformContext,
             is_cancelled: Callable[[], bool]) -> List[MeasuredPart]:
    measure = QgsDistanceArea()
    measure.setSourceCrs(WGS84, context)
    measure.setEllipsoid("WGS84")
    measured = []
    for index, part in enumerate(parts):
        if index % CANCEL_CHECK_EVERY == 0 and is_cancelled():
            raise AoiBuildCancelled()
        # the box is measured as the server does (sandbox/geo.py): a polygon through its four corners with
        # geodesic edges, so a borderline AOI gets the same verdict here and there
        box = QgsGeometry.fromRect(part.boundingBox())
        measured.append(MeasuredPart(
            geometry=part,
            area_km2=measure.measureArea(part) / 1_000_000.0,
            bbox_area_km2=measure.measureArea(box) / 1_000_000.0,
        ))
    return measured


def _outside_area_of_use(crs: QgsCoordinateReferenceSystem, parts: List[QgsGeometry]) -> bool:
    bounds = crs.bounds()  # the CRS's area of use, in EPSG:4326
    # no declared area, or the whole globe (EPSG:3857...): nothing to compare with
    if bounds.isEmpty() or (bounds.width() >= 359 and bounds.height() >= 179) or not parts:
        return False
    extent = QgsRectangle(parts[0].boundingBox())
    for part in parts[1:]:
        extent.combineExtentWith(part.boundingBox())
    grown = QgsRectangle(bounds)
    grown.grow(AREA_OF_USE_MARGIN_DEG)
    return not grown.intersects(extent)


def run_pipeline(geometries: Iterable[QgsGeometry], crs: QgsCoordinateReferenceSystem,
                 context: QgsCoordinateTransformContext,
                 is_cancelled: Callable[[], bool] = lambda: False, limits: PipelineLimits = PipelineLimits(),
                 work: Optional[PipelineWork] = None) -> PipelineResult:
    """Clean, reproject, repair, dissolve and measure. Raises ``SourceProblem`` or ``AoiBuildCancelled``.
    ``work`` (filled as it goes, also when a problem stops it) counts the vertices read and repaired."""
    if not crs.isValid():
        raise SourceProblem(SourceStatus.NO_CRS, "")
    work = work if work is not None else PipelineWork()
    reprojector = _Reprojector(crs, context)
    notes: Counter = Counter()
    polygons: List[QgsGeometry] = []
    input_parts = 0
    for geometry in geometries:
        _check_cancelled(is_cancelled)
        work.vertices_read += vertex_count(geometry)  # counted before any work on it
        if work.vertices_read > limits.max_vertices:
            raise SourceProblem(SourceStatus.TOO_MANY_VERTICES, "")
        cleaned = _clean_one(geometry, reprojector, notes, work, limits, is_cancelled)
        polygons.extend(cleaned)
        input_parts += len(cleaned)
    _check_cancelled(is_cancelled)
    parts = _dissolve(polygons)
    if input_parts > len(parts):
        notes[NoteCode.PARTS_MERGED] += input_parts - len(parts)
    _check_cancelled(is_cancelled)
    result = PipelineResult(parts=_measure(parts, context, is_cancelled), notes=notes, work=work)
    if not crs.isGeographic() and _outside_area_of_use(crs, parts):
        result.outside_crs_area = crs.authid() or crs.description()
    return result
