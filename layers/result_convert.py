"""GeoJSON result → GeoPackage with GDAL, one layer per geometry family (polygons, lines, points).

The conversion stays inside GDAL (``gdal.VectorTranslate``); features are never parsed into Python objects,
so a result of 100k buildings converts at about the speed of ``ogr2ogr -f GPKG``:
- a result of one geometry type (the usual case: the GeoJSON driver reports it) is copied in one pass;
- otherwise one ``SELECT DISTINCT OGR_GEOMETRY`` pass finds the families, and each present family is copied with
  a ``-where`` on ``OGR_GEOMETRY`` (a single pass again when only Polygon+MultiPolygon are mixed).
Features without geometry are kept when the result has one family, and dropped when several families are split.
"""
from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator, List, Optional, Sequence, Tuple

from osgeo import gdal, ogr
from qgis.PyQt.QtCore import QCoreApplication

FractionProgress = Callable[[float], None]  # 0.0 .. 1.0
CancelCheck = Callable[[], bool]


def _tr(text: str) -> str:
    return QCoreApplication.translate("MapflowResults", text)


@dataclass(frozen=True)
class GeometryFamily:
    name: str  # layer name in the GeoPackage
    single_name: str  # OGR_GEOMETRY value of the single type; also its ogr2ogr -nlt name
    multi_name: str
    declared_types: Tuple[int, int]  # OGR layer types that mean "only this family"

    @property
    def ogr_names(self) -> Tuple[str, str]:
        return self.single_name, self.multi_name

    def where_clause(self) -> str:
        return f"OGR_GEOMETRY IN ('{self.single_name}', '{self.multi_name}')"


POLYGON_FAMILY = GeometryFamily("polygons", "POLYGON", "MULTIPOLYGON", (ogr.wkbPolygon, ogr.wkbMultiPolygon))
LINE_FAMILY = GeometryFamily("lines", "LINESTRING", "MULTILINESTRING", (ogr.wkbLineString, ogr.wkbMultiLineString))
POINT_FAMILY = GeometryFamily("points", "POINT", "MULTIPOINT", (ogr.wkbPoint, ogr.wkbMultiPoint))
FAMILIES = (POLYGON_FAMILY, LINE_FAMILY, POINT_FAMILY)


@dataclass(frozen=True)
class ConvertedLayer:
    family: str  # polygons | lines | points
    layer_name: str  # table name inside the GeoPackage
    feature_count: int
    geometry_type: str  # OGR name, e.g. "Polygon" or "Multi Polygon"
    field_names: Tuple[str, ...]


@dataclass(frozen=True)
class ConversionReport:
    layers: Tuple[ConvertedLayer, ...]
    skipped_geometry_types: Tuple[str, ...]  # e.g. GEOMETRYCOLLECTION, which no family holds

    @property
    def is_empty(self) -> bool:
        return all(layer.feature_count == 0 for layer in self.layers)


class ResultConversionError(Exception):
    """The downloaded result cannot be read or written; the text is meant for the user."""


class ConversionCancelled(Exception):
    """The caller asked to stop while GDAL was converting."""


@dataclass(frozen=True)
class _Step:
    family: GeometryFamily
    geometry_type: Optional[str]  # -nlt value; None keeps the source layer's type
    where: Optional[str]


def convert_geojson_to_gpkg(source: Path, destination: Path, progress: Optional[FractionProgress] = None,
                            should_cancel: Optional[CancelCheck] = None) -> ConversionReport:
    """Write the GeoJSON FeatureCollection ``source`` into a new GeoPackage at ``destination``.

    Only the families present get a layer; an empty result gives one empty polygon layer. Raises
    :class:`ResultConversionError` with a readable text, or :class:`ConversionCancelled`. The caller removes
    ``destination`` on failure (it writes to a temporary name anyway).
    """
    report_progress = progress or (lambda fraction: None)
    cancelled = should_cancel or (lambda: False)
    with _gdal_errors() as errors:
        # Keep the datasets referenced for as long as GDAL uses them; closed explicitly below.
        source_ds = _open_geojson(source, errors)
        source_layer = source_ds.GetLayer(0)
        steps, skipped = _plan_steps(source_ds, source_layer)
        destination_ds = None
        try:
            for index, step in enumerate(steps):
                if cancelled():
                    raise ConversionCancelled()
                destination_ds = _translate_step(
                    source_ds, destination_ds, destination, step, errors,
                    lambda done, i=index: report_progress((i + done) / len(steps)), cancelled)
            layers = _describe_layers(destination_ds)
            destination_ds.FlushCache()
        finally:
            destination_ds = None  # closes the GeoPackage before the caller renames it
            source_layer = None
            source_ds = None
    report_progress(1.0)
    return ConversionReport(layers=layers, skipped_geometry_types=tuple(skipped))


@contextlib.contextmanager
def _gdal_errors() -> Iterator[List[str]]:
    """Collect GDAL failure messages of this thread instead of printing them."""
    messages: List[str] = []

    def handler(error_class: int, error_number: int, message: str) -> None:
        if error_class >= gdal.CE_Failure:
            messages.append(str(message).strip())

    gdal.PushErrorHandler(handler)
    try:
        yield messages
    finally:
        gdal.PopErrorHandler()


def _open_geojson(source: Path, errors: List[str]) -> gdal.Dataset:
    if not source.is_file() or source.stat().st_size == 0:
        raise ResultConversionError(_tr("The downloaded result is empty (0 bytes): the server sent no data."))
    try:
        dataset = gdal.OpenEx(str(source), gdal.OF_VECTOR | gdal.OF_READONLY, allowed_drivers=["GeoJSON"],
                              open_options=["ARRAY_AS_STRING=YES"])
    except RuntimeError as error:  # someone enabled gdal.UseExceptions() in this interpreter
        errors.append(str(error))
        dataset = None
    if dataset is None or dataset.GetLayerCount() < 1:
        raise ResultConversionError(_describe_unreadable(source, errors))
    return dataset


def _describe_unreadable(source: Path, errors: Sequence[str]) -> str:
    if errors:
        return _tr("The downloaded result is not complete or not valid GeoJSON ({detail}). The download may have "
                   "been cut off: load the results again.").format(detail="; ".join(errors[:2]))
    with open(source, "rb") as handle:
        head = handle.read(80).decode("utf-8", errors="replace")
    printable = "".join(ch if ch.isprintable() else " " for ch in head).strip()
    return _tr("The downloaded result is not a GeoJSON FeatureCollection (it starts with: \"{head}\").").format(
        head=printable)


def _plan_steps(source_ds: gdal.Dataset, layer: ogr.Layer) -> Tuple[List[_Step], List[str]]:
    declared = ogr.GT_Flatten(layer.GetGeomType())
    for family in FAMILIES:
        if declared in family.declared_types:
            return [_Step(family, None, None)], []  # the driver saw a single type: one plain pass
    present = _distinct_geometry_names(source_ds, layer) if layer.GetFeatureCount() > 0 else set()
    families = [family for family in FAMILIES if present.intersection(family.ogr_names)]
    known = {name for family in FAMILIES for name in family.ogr_names}
    skipped = sorted(present - known)
    if not families:
        return [_Step(POLYGON_FAMILY, POLYGON_FAMILY.single_name, None)], skipped  # empty: an empty polygon layer
    if len(families) == 1 and not skipped:
        family = families[0]
        return [_Step(family, _family_type(family, present), None)], skipped
    return [_Step(family, _family_type(family, present), family.where_clause()) for family in families], skipped


def _distinct_geometry_names(source_ds: gdal.Dataset, layer: ogr.Layer) -> set:
    name = layer.GetName().replace('"', '""')
    result = source_ds.ExecuteSQL(f'SELECT DISTINCT OGR_GEOMETRY FROM "{name}"')
    if result is None:
        raise ResultConversionError(_tr("GDAL could not list the geometry types of the result."))
    try:
        return {feature.GetField(0) for feature in result if feature.GetField(0)}
    finally:
        source_ds.ReleaseResultSet(result)


def _family_type(family: GeometryFamily, present: set) -> str:
    """The multi type as soon as one multi geometry is present: a GeoPackage layer holds one declared type."""
    return family.multi_name if family.multi_name in present else family.single_name


def _translate_step(source_ds: gdal.Dataset, destination_ds: Optional[gdal.Dataset], destination: Path,
                    step: _Step, errors: List[str], progress: FractionProgress,
                    cancelled: CancelCheck) -> gdal.Dataset:
    def gdal_progress(complete: float, message: str, user_data: object) -> int:
        progress(min(max(complete, 0.0), 1.0))
        return 0 if cancelled() else 1

    options = gdal.VectorTranslateOptions(
        format="GPKG",
        layerName=step.family.name,
        geometryType=step.geometry_type,
        where=step.where,
        layerCreationOptions=["SPATIAL_INDEX=YES"],
        # a fresh fid: the GeoJSON driver may take the "id" property as FID, which loses the id 0 in GPKG
        options=["-unsetFid"],
        callback=gdal_progress,
    )
    try:
        if destination_ds is None:
            written = gdal.VectorTranslate(str(destination), source_ds, options=options)
        else:  # adding a layer to the open GeoPackage: GDAL answers 1/0 instead of a dataset
            written = destination_ds if gdal.VectorTranslate(destination_ds, source_ds, options=options) else None
    except RuntimeError as error:
        errors.append(str(error))
        written = None
    if cancelled():
        raise ConversionCancelled()
    if written is None:
        detail = "; ".join(errors[-2:]) or _tr("no details from GDAL")
        raise ResultConversionError(_tr("Writing the GeoPackage {name} failed: {detail}").format(
            name=destination.name, detail=detail))
    return written


def _describe_layers(destination_ds: gdal.Dataset) -> Tuple[ConvertedLayer, ...]:
    described = []
    for index in range(destination_ds.GetLayerCount()):
        layer = destination_ds.GetLayer(index)
        definition = layer.GetLayerDefn()
        described.append(ConvertedLayer(
            family=layer.GetName(),  # layers are named after their family
            layer_name=layer.GetName(),
            feature_count=layer.GetFeatureCount(),
            geometry_type=ogr.GeometryTypeToName(layer.GetGeomType()),
            field_names=tuple(definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())),
        ))
    return tuple(described)
