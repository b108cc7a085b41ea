"""Areas of interest from the five sources the dock offers, as an ``AoiSelection`` ready for rules and the API.

Sources: a polygon layer (all features or the selected ones), a polygon drawn on the map, the current map extent,
a vector file (GeoJSON, GeoPackage, Shapefile, KML... anything OGR reads), and an existing layer's extent.

Each source works in two steps so the heavy part can run in a QgsTask:
- ``input_from_*`` runs on the GUI thread and only captures what is needed (a thread-safe feature source, a CRS,
  the project's transform context): it never touches widgets or iface, and reads no features itself;
- ``build_aoi(aoi_input)`` does the work (reprojection, repair, dissolve, geodesic areas) on any thread.
``aoi_from_file`` opens the file itself, so it can run entirely inside a task.
Problems become an ``AoiSelection`` with a status (see ``core.aoi_rules.SourceStatus``), never an exception.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from enum import Enum
from typing import Callable, Iterable, Iterator, List, Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeatureRequest,
    QgsGeometry,
    QgsMapLayer,
    QgsPointXY,
    QgsRectangle,
    QgsVectorLayer,
    QgsVectorLayerFeatureSource,
)

from ..core.aoi_rules import AoiNote, AoiSummary, NoteCode, SourceStatus
from ..core.formatting import format_fixed
from .aoi_files import open_polygon_layer
from .aoi_geometry import (METRES_PER_DEGREE, AoiBuildCancelled, PipelineLimits, PipelineWork, SourceProblem, WGS84,
                           run_pipeline)
from .qgis_compat import LINE_GEOMETRY, NULL_GEOMETRY, POINT_GEOMETRY

# Extent rectangles get this many vertices per side so that their shape survives reprojection and the
# antimeridian check sees no false jumps (a world-wide extent in EPSG:4326 would otherwise look like a sliver).
EXTENT_VERTICES_PER_SIDE = 64
GEOJSON_DECIMALS = 8  # about 1 mm at the equator


class AoiOrigin(str, Enum):
    LAYER = "LAYER"
    SELECTED_FEATURES = "SELECTED_FEATURES"
    DRAWN = "DRAWN"
    MAP_EXTENT = "MAP_EXTENT"
    FILE = "FILE"
    LAYER_EXTENT = "LAYER_EXTENT"


@dataclass
class AoiPart:
    geometry: QgsGeometry  # one Polygon in EPSG:4326
    area_km2: float  # geodesic, WGS84
    bbox_area_km2: float  # geodesic area of its lon/lat bounding box (the server's per-AOI rule)


@dataclass
class AoiSelection:
    origin: AoiOrigin
    source_name: str
    parts: List[AoiPart] = field(default_factory=list)
    status: SourceStatus = SourceStatus.OK
    status_detail: str = ""
    notes: List[AoiNote] = field(default_factory=list)
    work: PipelineWork = field(default_factory=PipelineWork)  # vertices read and repaired

    @property
    def usable(self) -> bool:
        return self.status is SourceStatus.OK and bool(self.parts)

    @property
    def total_area_km2(self) -> float:
        return math.fsum(part.area_km2 for part in self.parts)

    def note_count(self, code: NoteCode) -> int:
        return sum(note.count for note in self.notes if note.code is code)

    def summary(self) -> AoiSummary:
        status = self.status
        if status is SourceStatus.OK and not self.parts:
            status = SourceStatus.NO_POLYGON
        return AoiSummary(
            status=status,
            status_detail=self.status_detail,
            part_areas_km2=tuple(part.area_km2 for part in self.parts),
            part_bbox_areas_km2=tuple(part.bbox_area_km2 for part in self.parts),
            notes=tuple(self.notes),
        )

    def geometry(self) -> QgsGeometry:
        """All parts as one (multi)polygon in EPSG:4326; a null geometry when there is none."""
        if not self.parts:
            return QgsGeometry()
        if len(self.parts) == 1:
            return QgsGeometry(self.parts[0].geometry)
        return QgsGeometry.collectGeometry([part.geometry for part in self.parts])

    def to_geojson(self) -> Optional[dict]:
        """The GeoJSON geometry for the API body: a Polygon for one part, a MultiPolygon otherwise
        (RFC 7946 winding: exterior rings counter-clockwise, holes clockwise)."""
        if not self.parts:
            return None
        polygons = [_polygon_coordinates(part.geometry) for part in self.parts]
        if len(polygons) == 1:
            return {"type": "Polygon", "coordinates": polygons[0]}
        return {"type": "MultiPolygon", "coordinates": polygons}


def _signed_area(ring: List[QgsPointXY]) -> float:
    return sum(a.x() * b.y() - b.x() * a.y() for a, b in zip(ring, ring[1:])) / 2.0


def _ring_coordinates(ring: List[QgsPointXY], counter_clockwise: bool) -> List[List[float]]:
    if (_signed_area(ring) > 0) != counter_clockwise:
        ring = list(reversed(ring))
    return [[round(p.x(), GEOJSON_DECIMALS), round(p.y(), GEOJSON_DECIMALS)] for p in ring]


def _polygon_coordinates(polygon: QgsGeometry) -> List[List[List[float]]]:
    rings = polygon.asPolygon()
    return [_ring_coordinates(ring, counter_clockwise=(index == 0)) for index, ring in enumerate(rings)]


@dataclass
class AoiInput:
    """Everything ``build_aoi`` needs, captured on the GUI thread. ``geometries`` may be a lazy iterator over a
    thread-safe feature source: it is read only when ``build_aoi`` runs."""

    origin: AoiOrigin
    source_name: str
    crs: QgsCoordinateReferenceSystem
    transform_context: QgsCoordinateTransformContext
    geometries: Iterable[QgsGeometry] = ()
    status: SourceStatus = SourceStatus.OK
    status_detail: str = ""


def build_aoi(aoi_input: AoiInput, is_cancelled: Callable[[], bool] = lambda: False,
              limits: PipelineLimits = PipelineLimits()) -> AoiSelection:
    """The heavy step: runs on any thread, its work bounded by ``limits``. Raises ``AoiBuildCancelled`` only when
    ``is_cancelled()`` says so."""
    selection = AoiSelection(aoi_input.origin, aoi_input.source_name)
    if aoi_input.status is not SourceStatus.OK:
        selection.status, selection.status_detail = aoi_input.status, aoi_input.status_detail
        return selection
    if not aoi_input.crs.isValid():
        selection.status, selection.status_detail = SourceStatus.NO_CRS, _quoted(aoi_input.source_name)
        return selection
    try:
        result = run_pipeline(aoi_input.geometries, aoi_input.crs, aoi_input.transform_context, is_cancelled,
                              limits, selection.work)
    except AoiBuildCancelled:
        raise
    except SourceProblem as problem:
        selection.status, selection.status_detail = problem.status, problem.detail
        return selection
    selection.parts = [AoiPart(p.geometry, p.area_km2, p.bbox_area_km2) for p in result.parts]
    selection.notes = [AoiNote(code, count) for code, count in sorted(result.notes.items(), key=lambda i: i[0].value)
                       if count]
    if result.outside_crs_area:
        selection.notes.append(AoiNote(NoteCode.OUTSIDE_CRS_AREA, 1, result.outside_crs_area))
    simplified = result.work.simplified
    if simplified:
        metres = max(item.tolerance_deg for item in simplified) * METRES_PER_DEGREE
        selection.notes.append(AoiNote(NoteCode.SIMPLIFIED, len(simplified), facts=(
            ("before", sum(item.before for item in simplified)), ("after", sum(item.after for item in simplified)),
            ("metres", format_fixed(metres, 0 if metres >= 10 else 1 if metres >= 1 else 2)))))
    if not selection.parts:
        selection.status = SourceStatus.NO_POLYGON
    return selection


def _quoted(name: str) -> str:
    return f"“{name}”" if name else ""


# --- sources ------------------------------------------------------------------------------------------------------
def _geometry_kind(layer: QgsVectorLayer) -> str:
    return {POINT_GEOMETRY: "point", LINE_GEOMETRY: "line", NULL_GEOMETRY: "no"}.get(layer.geometryType(), "")


def _iterate_geometries(source: QgsVectorLayerFeatureSource, request: QgsFeatureRequest) -> Iterator[QgsGeometry]:
    for feature in source.getFeatures(request):
        yield feature.geometry()


def input_from_layer(layer: QgsVectorLayer, selected_only: bool,
                     transform_context: QgsCoordinateTransformContext) -> AoiInput:
    """All features of a polygon layer, or only the selected ones (GUI thread; reads no features)."""
    origin = AoiOrigin.SELECTED_FEATURES if selected_only else AoiOrigin.LAYER
    name = layer.name() if layer is not None else ""
    aoi_input = AoiInput(origin, name, layer.crs() if layer is not None else WGS84, transform_context)
    if layer is None or not layer.isValid():
        aoi_input.status, aoi_input.status_detail = SourceStatus.UNREADABLE, _quoted(name)
        return aoi_input
    kind = _geometry_kind(layer)
    if kind:
        aoi_input.status, aoi_input.status_detail = SourceStatus.NON_POLYGON_LAYER, kind
        return aoi_input
    request = QgsFeatureRequest().setNoAttributes()
    if selected_only:
        selected = layer.selectedFeatureIds()
        if not selected:
            aoi_input.status = SourceStatus.EMPTY_SELECTION
            aoi_input.status_detail = f"in {_quoted(name)}" if name else ""
            return aoi_input
        request.setFilterFids(selected)
    if not layer.crs().isValid():
        aoi_input.status, aoi_input.status_detail = SourceStatus.NO_CRS, _quoted(name)
        return aoi_input
    # the feature source is a snapshot safe to read from another thread; the layer itself is not
    aoi_input.geometries = _iterate_geometries(QgsVectorLayerFeatureSource(layer), request)
    return aoi_input


def input_from_geometries(geometries: Iterable[QgsGeometry], crs: QgsCoordinateReferenceSystem,
                          transform_context: QgsCoordinateTransformContext, name: str = "",
                          origin: AoiOrigin = AoiOrigin.LAYER) -> AoiInput:
    """Any geometries in ``crs`` (read lazily by ``build_aoi``): the features of a Processing input, which has
    already applied "selected features only", or one feature's geometry."""
    return AoiInput(origin, name, crs, transform_context, geometries)


def input_from_drawn(geometry: QgsGeometry, crs: QgsCoordinateReferenceSystem,
                     transform_context: QgsCoordinateTransformContext, name: str = "") -> AoiInput:
    """A polygon drawn on the map (in the map's CRS)."""
    aoi_input = AoiInput(AoiOrigin.DRAWN, name, crs, transform_context, [QgsGeometry(geometry)])
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        aoi_input.status = SourceStatus.NO_POLYGON
    return aoi_input


def rectangle_polygon(rectangle: QgsRectangle, vertices_per_side: int = EXTENT_VERTICES_PER_SIDE) -> QgsGeometry:
    """A rectangle as a polygon with intermediate vertices on every side."""
    x0, y0, x1, y1 = rectangle.xMinimum(), rectangle.yMinimum(), rectangle.xMaximum(), rectangle.yMaximum()
    n = vertices_per_side
    ring = ([QgsPointXY(x0 + (x1 - x0) * i / n, y0) for i in range(n)]
            + [QgsPointXY(x1, y0 + (y1 - y0) * i / n) for i in range(n)]
            + [QgsPointXY(x1 - (x1 - x0) * i / n, y1) for i in range(n)]
            + [QgsPointXY(x0, y1 - (y1 - y0) * i / n) for i in range(n)])
    ring.append(ring[0])
    return QgsGeometry.fromPolygonXY([ring])


def _extent_input(origin: AoiOrigin, name: str, rectangle: Optional[QgsRectangle],
                  crs: QgsCoordinateReferenceSystem, transform_context) -> AoiInput:
    aoi_input = AoiInput(origin, name, crs, transform_context)
    if rectangle is None or rectangle.isNull() or rectangle.isEmpty() \
            or rectangle.width() <= 0 or rectangle.height() <= 0:
        aoi_input.status, aoi_input.status_detail = SourceStatus.NO_POLYGON, "the extent has no area"
        return aoi_input
    if crs.isGeographic():
        # a zoomed-out map shows more than the globe; the globe is all an AOI can cover
        rectangle = rectangle.intersect(QgsRectangle(-540.0, -90.0, 540.0, 90.0))
        if rectangle.width() >= 360.0:
            rectangle = QgsRectangle(-180.0, rectangle.yMinimum(), 180.0, rectangle.yMaximum())
    aoi_input.geometries = [rectangle_polygon(rectangle)]
    return aoi_input


def input_from_extent(rectangle: QgsRectangle, crs: QgsCoordinateReferenceSystem,
                      transform_context: QgsCoordinateTransformContext, name: str = "") -> AoiInput:
    """The current map extent (a rectangle in the map's CRS)."""
    return _extent_input(AoiOrigin.MAP_EXTENT, name, rectangle, crs, transform_context)


def input_from_layer_extent(layer: QgsMapLayer, transform_context: QgsCoordinateTransformContext) -> AoiInput:
    """The extent of any layer (vector or raster) in its own CRS."""
    if layer is None or not layer.isValid():
        return AoiInput(AoiOrigin.LAYER_EXTENT, "", WGS84, transform_context,
                        status=SourceStatus.UNREADABLE, status_detail="")
    aoi_input = _extent_input(AoiOrigin.LAYER_EXTENT, layer.name(), layer.extent(), layer.crs(), transform_context)
    if aoi_input.status is SourceStatus.NO_POLYGON:
        aoi_input.status_detail = f"the extent of {_quoted(layer.name())} has no area"
    return aoi_input


def aoi_from_file(path: str, transform_context: QgsCoordinateTransformContext, layer_name: Optional[str] = None,
                  is_cancelled: Callable[[], bool] = lambda: False,
                  limits: PipelineLimits = PipelineLimits()) -> AoiSelection:
    """A vector file: the named layer, or the first polygon layer in it. Safe to call inside a QgsTask."""
    opened = open_polygon_layer(path, layer_name)
    if opened.status is not SourceStatus.OK:
        return AoiSelection(AoiOrigin.FILE, opened.display_name, status=opened.status,
                            status_detail=opened.status_detail)
    aoi_input = input_from_layer(opened.layer, selected_only=False, transform_context=transform_context)
    aoi_input.origin, aoi_input.source_name = AoiOrigin.FILE, opened.display_name
    if aoi_input.status is SourceStatus.NO_CRS:
        aoi_input.status_detail = _quoted(opened.display_name)
    return build_aoi(aoi_input, is_cancelled, limits)
