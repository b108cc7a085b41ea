"""Generated areas of interest that are expensive to repair: rings full of bow-ties and rings of spikes.

A bow-tie ring visits the points of a wavy circle with every pair of neighbours swapped, so each swap makes two
edges cross: 40,000 vertices hold 20,000 self-intersections (what a noisy GPS track or a badly digitised boundary
looks like to GEOS). QGIS 3.22's makeValid needs ~150 s and hundreds of MB for it. A spike ring alternates between
two radii: no tolerance of 0.1 % of its size can simplify it.
"""
from __future__ import annotations

import math
from typing import List, Tuple

from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

CENTRE = (37.6015, 55.7512)  # inside the sandbox's demo imagery
RADIUS_DEG = 0.004


def bow_tie_ring(vertices: int, centre: Tuple[float, float] = CENTRE, radius: float = RADIUS_DEG) -> List[QgsPointXY]:
    cx, cy = centre
    points = []
    for index in range(vertices):
        angle = 2 * math.pi * (index ^ 1) / vertices  # neighbours swapped: their edges cross
        r = radius * (1 + 0.02 * math.sin(17 * angle))
        points.append(QgsPointXY(cx + r * math.cos(angle), cy + r * math.sin(angle) * 0.6))
    points.append(points[0])
    return points


def spike_ring(vertices: int, centre: Tuple[float, float] = CENTRE, radius: float = RADIUS_DEG) -> List[QgsPointXY]:
    cx, cy = centre
    points = []
    for index in range(vertices):
        angle = 2 * math.pi * (index ^ 1) / vertices
        r = radius * (1.0 if index % 4 < 2 else 0.5)
        points.append(QgsPointXY(cx + r * math.cos(angle), cy + r * math.sin(angle)))
    points.append(points[0])
    return points


def bow_tie_polygon(vertices: int) -> QgsGeometry:
    return QgsGeometry.fromPolygonXY([bow_tie_ring(vertices)])


def spike_polygon(vertices: int) -> QgsGeometry:
    return QgsGeometry.fromPolygonXY([spike_ring(vertices)])


def smooth_area_deg2(vertices: int) -> float:
    """The area the bow-tie ring encloses once repaired (the wavy circle without the swaps), in square degrees."""
    cx, cy = CENTRE
    ring = []
    for index in range(vertices):
        angle = 2 * math.pi * index / vertices
        r = RADIUS_DEG * (1 + 0.02 * math.sin(17 * angle))
        ring.append(QgsPointXY(cx + r * math.cos(angle), cy + r * math.sin(angle) * 0.6))
    ring.append(ring[0])
    return QgsGeometry.fromPolygonXY([ring]).area()


def memory_layer(geometry: QgsGeometry, name: str) -> QgsVectorLayer:
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326", name, "memory")
    feature = QgsFeature()
    feature.setGeometry(geometry)
    layer.dataProvider().addFeatures([feature])
    layer.updateExtents()
    return layer
