"""The AOI cut to the union of the chosen scenes' footprints, measured as the server measures (any thread).

The server clips a processing of found scenes to their footprints before pricing and every limit check
(contract 2.7); the plugin does the same before it asks for a cost or starts, so the price, the area and the
provider minimum shown are those of what will be processed. ``core.search_rules.crop_reasons`` words the outcome.
"""
from __future__ import annotations

from typing import Iterable, Tuple

from qgis.core import QgsCoordinateTransformContext

from ..core.search_rules import AoiCrop
from .aoi import AoiPart, AoiSelection
from .aoi_geometry import WGS84, SourceProblem, run_pipeline
from .footprints import footprints_union


def crop_selection(selection: AoiSelection, footprints: Iterable) -> Tuple[AoiSelection, AoiCrop]:
    """``selection`` cut to the union of ``footprints`` (GeoJSON, EPSG:4326), and what the cut took."""
    union = footprints_union(footprints)
    cropped = AoiSelection(selection.origin, selection.source_name, status=selection.status,
                           status_detail=selection.status_detail, notes=list(selection.notes))
    if not selection.usable or union.isNull():
        return cropped, AoiCrop(selection.total_area_km2, 0.0)
    pieces = []
    for part in selection.parts:
        clipped = part.geometry.intersection(union)
        if not clipped.isNull() and not clipped.isEmpty():
            pieces.append(clipped)
    if pieces:
        try:
            # the same cleaning and geodesic measuring as any AOI; lines and points of a touching edge drop out
            result = run_pipeline(pieces, WGS84, QgsCoordinateTransformContext())
        except SourceProblem:
            result = None
        if result is not None:
            cropped.parts = [AoiPart(p.geometry, p.area_km2, p.bbox_area_km2) for p in result.parts]
    return cropped, AoiCrop(selection.total_area_km2, cropped.total_area_km2)
