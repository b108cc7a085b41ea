"""GeoJSON result → GeoPackage with GDAL, one layer per geometry family (polygons, lines, points).

The conversion stays inside GDAL (``gdal.VectorTranslate``); features are never parsed into Python objects,
so a result of 100k buildings converts at about the speed of ``ogr2ogr -f GPKG``:
- a result of one geometry type (the usual case: the GeoJSON driver reports it) is copied in one plain pass;
- otherwise the polygons (Polygon and MultiPolygon, as MultiPolygon) are copied first with a ``-where`` on
  ``OGR_GEOMETRY``; only if features are left does a pass over the geometries (OGR API, attributes not read)
  find the lines and points, each copied with its own ``-where``.
Features without geometry are kept when the driver reports one type, and dropped when families are split.

The GeoPackage keeps the server's CRS (EPSG:4326, stated in the file) and its coordinates as sent: a lossless copy
that does not depend on which project happened to be open, with no risk of a failed or distorted transform (a project
in a local CRS far from the AOI). Writing it in a projected project CRS instead (GDAL reprojecting while converting) was
measured and does not pay on the first load: at 100k/300k buildings it adds 0.10/0.33 s to the conversion and saves
about as much on the first full-extent render into EPSG:3857. The ``area`` attribute is the server's value either way.
"""
from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator, List, Optional, Sequence, Tuple

from osgeo import gdal, ogr
from ..integration.messages import tr

FractionProgress = Callable[[float], None]  # 0.0 .. 1.0
CancelCheck = Callable[[], bool]



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
        writer = _GeoPackageWriter(source_ds, destination, errors, cancelled)
        try:
            skipped = _write_families(writer, source_ds.GetLayer(0), report_progress)
            layers = _describe_layers(writer.dataset)
            writer.dataset.FlushCache()
        finally:
            writer.close()  # closes the GeoPackage before the caller renames it
            source_ds = None
    report_progress(1.0)
    return ConversionReport(layers=layers, skipped_geometry_types=tuple(skipped))


def _write_families(writer: "_GeoPackageWriter", layer: ogr.Layer, progress: FractionProgress) -> List[str]:
    """Copy each present family into its own layer; returns the geometry types that no family holds."""
    declared = ogr.GT_Flatten(layer.GetGeomType())
    for family in FAMILIES:
        if declared in family.declared_types:  # the driver saw a single type: one plain pass, with progress
            writer.translate(family, None, None, progress)
            return []
    total = layer.GetFeatureCount()
    if total == 0:
        writer.translate(POLYGON_FAMILY, POLYGON_FAMILY.single_name, None, progress)  # an empty polygon layer
        return []
    # Mixed types. Results are nearly always polygons (Polygon + MultiPolygon), so copy those first; only when
    # some features are left does a DISTINCT pass find the other families.
    written = writer.translate(POLYGON_FAMILY, POLYGON_FAMILY.multi_name, POLYGON_FAMILY.where_clause(),
                               lambda done: progress(done / 2))
    if written == total:
        return []
    present = _distinct_geometry_names(layer)
    others = [family for family in (LINE_FAMILY, POINT_FAMILY) if present.intersection(family.ogr_names)]
    for index, family in enumerate(others):
        writer.translate(family, _family_type(family, present), family.where_clause(),
                         lambda done, i=index: progress(0.5 + (i + done) / (2 * len(others))))
    if written == 0 and others:
        writer.drop_layer(POLYGON_FAMILY.name)
    known = {name for family in FAMILIES for name in family.ogr_names}
    return sorted(present - known)


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
        raise ResultConversionError(tr("The downloaded result is empty (0 bytes): the server sent no data."))
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
    # "not recognized as a supported file format" says nothing a user can act on; the file's start does
    errors = [e for e in errors if "not recognized as a supported file format" not in e]
    if errors:
        return tr("The downloaded result is not complete or not valid GeoJSON ({detail}). The download may have "
                   "been cut off: load the results again.").format(detail="; ".join(errors[:2]))
    with open(source, "rb") as handle:
        head = handle.read(80).decode("utf-8", errors="replace")
    printable = "".join(ch if ch.isprintable() else " " for ch in head).strip()
    return tr("The downloaded result is not a GeoJSON FeatureCollection (it starts with: \"{head}\").").format(
        head=printable)


def _distinct_geometry_names(layer: ogr.Layer) -> set:
    """The OGR names (``POLYGON``, ``MULTIPOINT``...) of the geometries in ``layer``, read through the OGR API: no
    SQL text is built from the file's layer name. Attributes are not read (ignored fields), so GDAL decodes only the
    geometries; this pass runs only for the rare result that mixes families."""
    definition = layer.GetLayerDefn()
    layer.SetIgnoredFields([definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())])
    names = set()
    layer.SetAttributeFilter(None)  # the polygon pass's -where may still be set on the shared layer
    try:
        layer.ResetReading()
        for feature in layer:
            geometry = feature.GetGeometryRef()
            if geometry is not None:
                names.add(geometry.GetGeometryName())
    finally:
        layer.SetIgnoredFields([])
        layer.ResetReading()
    return names


def _family_type(family: GeometryFamily, present: set) -> str:
    """The multi type as soon as one multi geometry is present: a GeoPackage layer holds one declared type."""
    return family.multi_name if family.multi_name in present else family.single_name


class _GeoPackageWriter:
    """Adds one layer per call to the destination GeoPackage, created on the first call and kept open."""

    def __init__(self, source: gdal.Dataset, destination: Path, errors: List[str], cancelled: CancelCheck):
        self.source = source
        self.destination = destination
        self.dataset: Optional[gdal.Dataset] = None
        self._errors = errors
        self._cancelled = cancelled

    def translate(self, family: GeometryFamily, geometry_type: Optional[str], where: Optional[str],
                  progress: FractionProgress) -> int:
        """Copy the features matching ``where`` into the layer ``family.name``; returns how many were written."""
        if self._cancelled():
            raise ConversionCancelled()

        def gdal_progress(complete: float, message: str, user_data: object) -> int:
            progress(min(max(complete, 0.0), 1.0))
            return 0 if self._cancelled() else 1

        options = gdal.VectorTranslateOptions(
            format="GPKG",
            layerName=family.name,
            geometryType=geometry_type,  # None keeps the source layer's single type
            where=where,  # GDAL reports no progress for filtered passes
            layerCreationOptions=["SPATIAL_INDEX=YES"],
            # a fresh fid: the GeoJSON driver may take the "id" property as FID, which loses the id 0 in GPKG
            options=["-unsetFid"],
            callback=gdal_progress,
        )
        try:
            if self.dataset is None:
                self.dataset = gdal.VectorTranslate(str(self.destination), self.source, options=options)
                succeeded = self.dataset is not None
            else:  # adding a layer to the open GeoPackage: GDAL answers 1/0 instead of a dataset
                succeeded = bool(gdal.VectorTranslate(self.dataset, self.source, options=options))
        except RuntimeError as error:  # someone enabled gdal.UseExceptions() in this interpreter
            self._errors.append(str(error))
            succeeded = False
        if self._cancelled():
            raise ConversionCancelled()
        if not succeeded:
            detail = "; ".join(self._errors[-2:]) or tr("no details from GDAL")
            raise ResultConversionError(tr("Writing the GeoPackage {name} failed: {detail}").format(
                name=self.destination.name, detail=detail))
        progress(1.0)
        return self.dataset.GetLayerByName(family.name).GetFeatureCount()

    def drop_layer(self, name: str) -> None:
        for index in range(self.dataset.GetLayerCount()):
            if self.dataset.GetLayer(index).GetName() == name:
                self.dataset.DeleteLayer(index)
                return

    def close(self) -> None:
        self.dataset = None
        self.source = None


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
