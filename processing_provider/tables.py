"""The table outputs (no geometry) of the algorithms: their columns, and writing rows into a Processing sink.

Columns are declared by the names of the memory provider's types ("string", "integer", "double", "datetime"), which
read the same on QGIS 3.22 and QGIS 4, instead of ``QVariant``/``QMetaType`` type codes, which do not.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any, Dict, Iterable, Sequence, Tuple

from qgis.core import (NULL, QgsCoordinateReferenceSystem, QgsFeature, QgsFields, QgsProcessingException,
                       QgsVectorLayer)
from qgis.PyQt.QtCore import QDateTime

from .compat import NO_GEOMETRY

Columns = Sequence[Tuple[str, str]]  # (name, memory provider type)

STARTED_COLUMNS: Columns = (("processing_id", "string"), ("name", "string"), ("feature_id", "integer"),
                            ("status", "string"), ("message", "string"))
LISTED_COLUMNS: Columns = (("processing_id", "string"), ("name", "string"), ("model", "string"),
                           ("status", "string"), ("progress", "integer"), ("area_km2", "double"),
                           ("cost", "integer"), ("created", "datetime"), ("completed", "datetime"),
                           ("message", "string"))


def table_fields(columns: Columns) -> QgsFields:
    uri = "None?" + "&".join(f"field={name}:{kind}" for name, kind in columns)
    return QgsFields(QgsVectorLayer(uri, "columns", "memory").fields())


def _value(value: Any) -> Any:
    if value is None:
        return NULL
    if isinstance(value, datetime):
        return QDateTime.fromMSecsSinceEpoch(int(value.timestamp() * 1000))
    return value


def write_table(algorithm, parameters: Dict[str, Any], output: str, context, columns: Columns,
                rows: Iterable[Sequence[Any]]) -> str:
    """Write ``rows`` (values in the order of ``columns``) into the sink parameter ``output``; returns its id."""
    fields = table_fields(columns)
    sink, destination = algorithm.parameterAsSink(parameters, output, context, fields, NO_GEOMETRY,
                                                  QgsCoordinateReferenceSystem())
    if sink is None:
        raise QgsProcessingException(algorithm.invalidSinkError(parameters, output))
    for row in rows:
        feature = QgsFeature(fields)
        feature.setAttributes([_value(value) for value in row])
        if not sink.addFeature(feature):
            raise QgsProcessingException(sink.lastError() or output)
    return destination
