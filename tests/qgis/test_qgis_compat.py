"""layers/qgis_compat.py picks the enum home of the running QGIS, and the checker's QGIS 3.22 table is current."""
import json
import sys
from pathlib import Path

import pytest

from qgis.core import (Qgis, QgsCoordinateReferenceSystem, QgsGeometry, QgsProviderRegistry, QgsUnitTypes,
                       QgsVectorLayer, QgsWkbTypes)

from mapflow_processing.layers import qgis_compat

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


def test_values_match_what_this_qgis_returns(tmp_path):
    layers = {kind: QgsVectorLayer(f"{kind}?crs=EPSG:4326", kind, "memory") for kind in ("Point", "LineString",
                                                                                       "Polygon", "None")}
    assert layers["Point"].geometryType() == qgis_compat.POINT_GEOMETRY
    assert layers["LineString"].geometryType() == qgis_compat.LINE_GEOMETRY
    assert layers["Polygon"].geometryType() == qgis_compat.POLYGON_GEOMETRY
    assert layers["None"].geometryType() == qgis_compat.NULL_GEOMETRY
    assert QgsWkbTypes.flatType(QgsGeometry.fromWkt("MULTIPOLYGON(((0 0,1 0,1 1,0 0)))").wkbType()) == \
        qgis_compat.WKB_MULTI_POLYGON
    assert QgsWkbTypes.flatType(QgsGeometry.fromWkt("POLYGON Z((0 0 1,1 0 1,1 1 1,0 0 1))").wkbType()) == \
        qgis_compat.WKB_POLYGON
    assert QgsUnitTypes.fromUnitToUnitFactor(QgsCoordinateReferenceSystem("EPSG:3857").mapUnits(),
                                             qgis_compat.METERS) == 1.0
    path = tmp_path / "area.geojson"
    path.write_text('{"type": "FeatureCollection", "features": []}', encoding="utf-8")
    details = QgsProviderRegistry.instance().querySublayers(str(path))
    assert details and details[0].type() == qgis_compat.VECTOR_LAYER_TYPE


def test_the_new_homes_are_used_from_the_version_that_has_them():
    assert qgis_compat.MOVED_TO_QGIS == (Qgis.QGIS_VERSION_INT >= 33000)
    if qgis_compat.MOVED_TO_QGIS:
        assert qgis_compat.POLYGON_GEOMETRY is Qgis.GeometryType.Polygon
    else:
        assert not hasattr(Qgis, "GeometryType")
        assert qgis_compat.POLYGON_GEOMETRY == QgsWkbTypes.GeometryType.PolygonGeometry
    if not qgis_compat.LAYER_FILTER_MOVED:
        assert not hasattr(Qgis, "LayerFilter")


def test_committed_qgis3_table_matches_this_qgis():
    sys.path.insert(0, str(SCRIPTS))
    try:
        from qt6check import generate
    finally:
        sys.path.remove(str(SCRIPTS))
    committed = json.loads((generate.DATA / "qgis3.json").read_text(encoding="utf-8"))
    if committed["qgis"] != Qgis.QGIS_VERSION:
        pytest.skip(f"the table was generated with QGIS {committed['qgis']}")
    fresh = json.loads(json.dumps(generate.qgis3_table(), sort_keys=True))
    assert committed == fresh, "stale: .venv/bin/python scripts/qt6_check.py --write-qgis3-table"
