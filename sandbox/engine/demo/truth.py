"""Ground truth of the demo world: the polygons the imagery was painted from, for any area and model."""
from __future__ import annotations

import shapely
from shapely.geometry import Polygon, box, mapping

from ..geo import ground_area, lonlat_to_merc, to_lonlat
from .cells import cells_in_bounds
from .content import cell_content
from .palette import HEIGHT_CLASSES

MODEL_KEYS = ("buildings", "forest", "roads", "construction")


def truth_geometries(bounds_merc: tuple, model_key: str) -> list:
    """(Mercator polygon, properties) pairs of the true objects clipped to the bounds."""
    if model_key not in MODEL_KEYS:
        raise ValueError(f"unknown model {model_key!r}; expected one of {', '.join(MODEL_KEYS)}")
    area = box(*bounds_merc)
    contents = [cell_content(c.band, c.row, c.col) for c in cells_in_bounds(*bounds_merc)]
    items = []
    if model_key == "buildings":
        for content in contents:
            for building in content.buildings:
                footprint = shapely.union_all([Polygon(p) for p in building.parts]).buffer(0)
                items.append((footprint, {"class_id": building.building_class, "building_height": building.height,
                                          "shape_type": building.shape_type, "roof": building.family}))
    elif model_key == "forest":
        for content in contents:
            for wood in content.forests:
                items.append((Polygon(wood.ring).buffer(0), {"class_id": HEIGHT_CLASSES[wood.height_class],
                                                            "max_height": wood.max_height}))
    elif model_key == "roads":
        rings = [Polygon(r) for content in contents for r in content.road_rings]
        if rings:
            merged = shapely.union_all(rings)
            items = [(part, {}) for part in getattr(merged, "geoms", [merged])]
    else:
        for content in contents:
            items.extend((Polygon(r), {}) for r in content.site_rings)
    clipped = []
    for geometry, props in items:
        if not geometry.intersects(area):
            continue
        piece = geometry.intersection(area)
        if piece.area > 0:
            clipped.append((piece, props))
    return clipped


def ground_truth(bounds_4326: tuple, model_key: str) -> dict:
    """GeoJSON FeatureCollection (EPSG:4326) of the true objects of ``model_key`` inside the lon/lat bounds."""
    west, south, east, north = bounds_4326
    (x0, x1), (y0, y1) = lonlat_to_merc([west, east], [south, north])
    features = []
    for index, (geometry, props) in enumerate(truth_geometries((x0, y0, x1, y1), model_key), start=1):
        properties = {"id": index, "object_type": model_key, "area": int(round(ground_area(geometry)))}
        properties.update(props)
        features.append({"type": "Feature", "geometry": mapping(to_lonlat(geometry)), "properties": properties})
    return {"type": "FeatureCollection", "name": f"demo-ground-truth-{model_key}", "features": features}
