"""The results of one or more processings as one GeoPackage: one table per geometry family, every feature tagged with
the processing it comes from (``processing_id``, ``processing_name``).

Input are the GeoPackages the dock's pipeline makes (``result_package.build_result_package``: one table per family,
named after it). Their tables are appended with ``gdal.VectorTranslate`` (GDAL copies; Python never sees a feature),
promoted to multi-geometries so that the Polygon result of one processing and the MultiPolygon result of another
share a table, and with every column any of them has. The file is written under a hidden temporary name next to the
destination and moved into place at the end, replacing what was there (a Processing output is overwritten).
"""
from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional, Sequence, Tuple

from osgeo import gdal, ogr

from ..integration.messages import tr
from .result_convert import FAMILIES, ResultConversionError, _gdal_errors
from .result_files import remove_quietly

PROCESSING_ID_FIELD = "processing_id"
PROCESSING_NAME_FIELD = "processing_name"
_FAMILY_ORDER = [family.name for family in FAMILIES]  # polygons, lines, points


@dataclass(frozen=True)
class MergeInput:
    package_path: Path  # a GeoPackage of result_package: tables named polygons / lines / points
    processing_id: str
    processing_name: str
    workflow_name: str  # picks the style when the layer is loaded


@dataclass(frozen=True)
class MergedLayer:
    table: str  # = its geometry family: polygons, lines or points
    feature_count: int
    field_names: Tuple[str, ...]


@dataclass(frozen=True)
class MergedResult:
    path: Path
    layers: Tuple[MergedLayer, ...]  # polygons first, then lines, then points

    @property
    def feature_count(self) -> int:
        return sum(layer.feature_count for layer in self.layers)


def _quoted_text(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _quoted_name(value: str) -> str:
    return '"' + value.replace('"', '""') + '"'


def merge_result_packages(inputs: Sequence[MergeInput], destination: Path,
                          should_cancel: Optional[Callable[[], bool]] = None) -> MergedResult:
    """Write every table of every input into ``destination`` (replaced if it exists). Raises
    ``ResultConversionError`` with a readable text."""
    cancelled = should_cancel or (lambda: False)
    destination = Path(destination)
    temporary = destination.with_name(f".{destination.stem}.{uuid.uuid4().hex[:12]}.partial.gpkg")
    try:
        with _gdal_errors() as errors:
            target: Optional[gdal.Dataset] = None
            tables: set = set()
            try:
                for item in inputs:
                    target = _append_package(item, temporary, target, tables, errors)
                    if cancelled():
                        raise ResultConversionError(tr("Cancelled."))
                if target is None:
                    raise ResultConversionError(tr("There were no results to write."))
                layers = _describe(target)
            finally:
                target = None  # close the GeoPackage before it is moved
        for side in ("-wal", "-shm", "-journal"):
            remove_quietly(Path(f"{destination}{side}"))
        os.replace(temporary, destination)
    except BaseException:
        remove_quietly(temporary)
        raise
    return MergedResult(destination, layers)


def _append_package(item: MergeInput, temporary: Path, target: Optional[gdal.Dataset], tables: set,
                    errors) -> gdal.Dataset:
    source = gdal.OpenEx(str(item.package_path), gdal.OF_VECTOR | gdal.OF_READONLY)
    if source is None:
        raise ResultConversionError(tr("GDAL cannot read the result of {id}: {detail}").format(
            id=item.processing_id, detail="; ".join(errors[-2:])))
    try:
        for index in range(source.GetLayerCount()):
            table = source.GetLayer(index).GetName()
            statement = (f"SELECT *, {_quoted_text(item.processing_id)} AS {PROCESSING_ID_FIELD}, "  # noqa: S608
                         f"{_quoted_text(item.processing_name)} AS {PROCESSING_NAME_FIELD} "  # nosec B608
                         f"FROM {_quoted_name(table)}")
            exists = table in tables
            options = gdal.VectorTranslateOptions(
                format="GPKG", layerName=table, SQLStatement=statement, geometryType="PROMOTE_TO_MULTI",
                accessMode=("append" if exists else "update") if target is not None else None,
                addFields=exists, layerCreationOptions=None if exists else ["SPATIAL_INDEX=YES"])
            if target is None:
                target = gdal.VectorTranslate(str(temporary), source, options=options)
                succeeded = target is not None
            else:
                succeeded = bool(gdal.VectorTranslate(target, source, options=options))
            if not succeeded:
                raise ResultConversionError(tr("Writing the GeoPackage {name} failed: {detail}").format(
                    name=temporary.name, detail="; ".join(errors[-2:]) or tr("no details from GDAL")))
            tables.add(table)
    finally:
        source = None
    return target


def _describe(dataset: gdal.Dataset) -> Tuple[MergedLayer, ...]:
    described = []
    for index in range(dataset.GetLayerCount()):
        layer: ogr.Layer = dataset.GetLayer(index)
        definition = layer.GetLayerDefn()
        described.append(MergedLayer(
            table=layer.GetName(), feature_count=layer.GetFeatureCount(),
            field_names=tuple(definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount()))))
    return tuple(sorted(described, key=lambda layer: _FAMILY_ORDER.index(layer.table)
                        if layer.table in _FAMILY_ORDER else len(_FAMILY_ORDER)))
