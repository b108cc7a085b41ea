"""The AOI pipeline's work is bounded (issue 21 item 9): vertices are counted as they are read, an invalid polygon
never reaches the repair with more vertices than its limit (simplified within 0.1 % of its size, or refused with a
reason), reading stops past the total limit, and every step checks the cancel flag. The bounds are asserted by
counting vertices (``PipelineWork``), never by the clock."""
from __future__ import annotations

import math

import pytest
from qgis.core import QgsCoordinateTransformContext, QgsGeometry

from mapflow_processing.core.aoi_rules import (REPAIR_VERTEX_LIMIT, SLOW_REPAIR_VERTEX_LIMIT, AccountLimits, NoteCode,
                                               ReasonCode, SourceStatus, note_reason, validate)
from mapflow_processing.layers import aoi_geometry
from mapflow_processing.layers.aoi import AoiOrigin, build_aoi, input_from_drawn
from mapflow_processing.layers.aoi_geometry import AoiBuildCancelled, PipelineLimits, WGS84
from tests.support.pathological_aoi import bow_tie_polygon, smooth_area_deg2, spike_polygon

CONTEXT = QgsCoordinateTransformContext()


def built(geometries, limits=PipelineLimits(), is_cancelled=lambda: False):
    aoi_input = input_from_drawn(geometries[0], WGS84, CONTEXT, "test")
    aoi_input.geometries = list(geometries)
    return build_aoi(aoi_input, is_cancelled, limits)


def area_deg2(selection) -> float:
    return sum(part.geometry.area() for part in selection.parts)


def test_forty_thousand_bow_ties_are_repaired_within_the_limit():
    selection = built([bow_tie_polygon(40_000)])
    assert selection.usable and selection.origin is AoiOrigin.DRAWN
    assert selection.work.vertices_read == 40_001
    assert 0 < selection.work.largest_repair <= REPAIR_VERTEX_LIMIT
    assert selection.note_count(NoteCode.REPAIRED) == 1 and selection.note_count(NoteCode.SIMPLIFIED) == 0
    assert area_deg2(selection) == pytest.approx(smooth_area_deg2(40_000), rel=1e-3)


def test_an_invalid_polygon_over_the_limit_is_simplified_within_a_tenth_of_a_percent():
    selection = built([bow_tie_polygon(40_000)], PipelineLimits(repair_vertices=5_000, slow_repair_vertices=5_000))
    assert selection.usable
    assert selection.work.largest_repair <= 5_000  # the repair never saw the 40,000 vertices
    (simplified,) = selection.work.simplified
    assert simplified.before == 40_001 and simplified.after <= 5_000
    box = bow_tie_polygon(40_000).boundingBox()
    assert simplified.tolerance_deg <= 0.001 * math.hypot(box.width(), box.height())
    assert area_deg2(selection) == pytest.approx(smooth_area_deg2(40_000), rel=5e-3)
    (note,) = [note for note in selection.notes if note.code is NoteCode.SIMPLIFIED]
    text = note_reason(note).text
    assert text.startswith(f"A self-intersecting polygon of 40,001 vertices was simplified to {simplified.after:,} "
                           "vertices (details under ")


def test_without_the_fast_repair_the_slower_limit_holds(monkeypatch):
    monkeypatch.setattr(aoi_geometry, "fast_repair_available", lambda: False)
    selection = built([bow_tie_polygon(40_000)])
    assert selection.usable
    assert selection.work.largest_repair <= SLOW_REPAIR_VERTEX_LIMIT
    assert selection.work.simplified and selection.work.simplified[0].before == 40_001


def test_a_polygon_that_cannot_be_simplified_enough_is_refused_with_a_reason():
    selection = built([spike_polygon(4_000)], PipelineLimits(repair_vertices=1_000, slow_repair_vertices=1_000))
    assert not selection.usable and selection.status is SourceStatus.TOO_COMPLEX
    assert selection.work.repairs == 0 and selection.work.largest_repair == 0  # refused before any repair
    (reason,) = [r for r in validate(selection.summary(), AccountLimits()) if r.blocking]
    assert reason.code is ReasonCode.TOO_COMPLEX
    assert reason.text.startswith("The AOI has a self-intersecting polygon of 4,001 vertices, too complex to repair")
    assert "Fix Geometries" in reason.text


def test_reading_stops_past_the_total_vertex_limit():
    squares = [QgsGeometry.fromWkt(f"POLYGON(({x} 0,{x + 0.5} 0,{x + 0.5} 0.5,{x} 0.5,{x} 0))") for x in range(1000)]
    read = []

    def geometries():
        for square in squares:
            read.append(square)
            yield square

    aoi_input = input_from_drawn(squares[0], WGS84, CONTEXT, "many")
    aoi_input.geometries = geometries()
    selection = build_aoi(aoi_input, limits=PipelineLimits(max_vertices=100))
    assert selection.status is SourceStatus.TOO_MANY_VERTICES
    assert len(read) == 21 and selection.work.vertices_read == 105  # 5 vertices a square: stopped at the 21st
    (reason,) = validate(selection.summary(), AccountLimits())
    assert reason.code is ReasonCode.TOO_MANY_VERTICES and "more than 500,000 vertices" in reason.text


def test_a_cancel_is_seen_between_the_steps_of_one_big_polygon():
    checks = []

    def cancel_on_the_third_check():
        checks.append(1)
        return len(checks) >= 3

    with pytest.raises(AoiBuildCancelled):
        built([bow_tie_polygon(40_000)], is_cancelled=cancel_on_the_third_check)
    assert len(checks) == 3  # read, reprojected, split: the repair was never started
