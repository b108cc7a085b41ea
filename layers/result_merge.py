"""The results of one or more processings as one GeoPackage: one table per geometry family, every feature tagged with
the processing it comes from (``processing_id``, ``processing_name``).

Input are the GeoPackages the dock's pipeline makes (``result_package.build_result_package``: one table per family,
named after it). Their tables are appended with ``gdal.VectorTranslate`` (GDAL copies the features and their geometry),
promoted to multi-geometries so that the Polygon result of one processing and the MultiPolygon result of another
share a table, and with every column any of them has; the two processing columns of the appended rows are then
filled through the OGR API (no SQL text is built from a name). The file is written under a hidden temporary name
next to the destination and moved into place at the end, replacing what was there (a Processing output is
overwritten).
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
_UNTAGGED = PROCESSING_ID_FIELD + " IS NULL"  # an OGR attribute filter on a constant field name


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
            exists = table in tables
            options = gdal.VectorTranslateOptions(
                format="GPKG", layers=[table], layerName=table, geometryType="PROMOTE_TO_MULTI",
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
            _tag_appended(target, table, item)
            tables.add(table)
    finally:
        source = None
    return target


def _tag_appended(target: gdal.Dataset, table: str, item: MergeInput) -> None:
    """Fill ``processing_id``/``processing_name`` of the features just appended (the only ones where they are
    still NULL) through the OGR API, in one transaction: the values never become SQL text."""
    layer: ogr.Layer = target.GetLayerByName(table)
    for field in (PROCESSING_ID_FIELD, PROCESSING_NAME_FIELD):
        if layer.GetLayerDefn().GetFieldIndex(field) < 0 and layer.CreateField(ogr.FieldDefn(field, ogr.OFTString)):
            raise ResultConversionError(tr("Writing the GeoPackage {name} failed: {detail}").format(
                name=table, detail=tr("no details from GDAL")))
    definition = layer.GetLayerDefn()
    id_index = definition.GetFieldIndex(PROCESSING_ID_FIELD)
    name_index = definition.GetFieldIndex(PROCESSING_NAME_FIELD)
    layer.SetAttributeFilter(_UNTAGGED)
    try:
        # the ids first: a GeoPackage table is not updated while a read of it is still pending
        untagged = [feature.GetFID() for feature in layer]
    finally:
        layer.SetAttributeFilter(None)
    target.StartTransaction()
    for fid in untagged:
        feature = layer.GetFeature(fid)
        feature.SetField(id_index, item.processing_id)
        feature.SetField(name_index, item.processing_name)
        layer.SetFeature(feature)
    target.CommitTransaction()


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
