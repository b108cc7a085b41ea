"""Readable, translatable texts for every error code of the Mapflow API (contract section 4).

Each code maps to a template whose ``{placeholders}`` are the code's parameter names. Templates are marked with
``QT_TRANSLATE_NOOP`` (extracted by pylupdate5) and translated when they are shown.
"""
from __future__ import annotations

import string
from dataclasses import dataclass
from typing import Any, Callable, Mapping, Optional

from .i18n import QT_TRANSLATE_NOOP, localize_number, translate


@dataclass(frozen=True)
class CatalogEntry:
    template: str
    # turns raw parameters (strings, m², bytes) into extra display values the template uses (km², MB)
    derive: Optional[Callable[[Mapping[str, Any]], Mapping[str, str]]] = None


def _number(value: Any) -> Optional[float]:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _fmt(value: Optional[float], digits: int = 2) -> str:
    return "?" if value is None else localize_number(f"{value:,.{digits}f}".rstrip("0").rstrip("."))


def _sq_km(*keys: str) -> Callable[[Mapping[str, Any]], Mapping[str, str]]:
    """Derive ``<key>_sq_km`` from square-metre parameters."""
    def derive(params: Mapping[str, Any]) -> Mapping[str, str]:
        out = {}
        for key in keys:
            metres = _number(params.get(key))
            out[f"{key}_sq_km"] = _fmt(None if metres is None else metres / 1e6)
        return out
    return derive


def _megabytes(*keys: str) -> Callable[[Mapping[str, Any]], Mapping[str, str]]:
    """Derive ``<key>_mb`` from byte-count parameters."""
    def derive(params: Mapping[str, Any]) -> Mapping[str, str]:
        out = {}
        for key in keys:
            size = _number(params.get(key))
            out[f"{key}_mb"] = _fmt(None if size is None else size / 2**20, 1)
        return out
    return derive


def _rounded(*keys: str) -> Callable[[Mapping[str, Any]], Mapping[str, str]]:
    """Round numeric parameters for display (``0.104867`` sq.km reads as ``0.1``)."""
    def derive(params: Mapping[str, Any]) -> Mapping[str, str]:
        return {key: _fmt(_number(params.get(key))) for key in keys if _number(params.get(key)) is not None}
    return derive


def _entry(template: str, derive=None) -> CatalogEntry:
    return CatalogEntry(template, derive)


_INTERNAL = QT_TRANSLATE_NOOP("MapflowApi", "An internal error occurred while {stage}. Please contact Mapflow support.")

# Section 4.1: processing pipeline codes, as they appear in a processing's messages[].
PIPELINE_MESSAGES: dict[str, CatalogEntry] = {
    "source-validator.UrlMustBeString": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "The imagery URL must be a string, not {url_type}.")),
    "source-validator.UrlMustBeLink": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "The imagery URL must start with http:// or https://.")),
    "source-validator.UrlFormatInvalid": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "The imagery URL cannot be parsed: {parse_error_message}.")),
    "source-validator.ZoomMustBeInteger": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "The zoom must be empty or a whole number, not {actual_zoom}.")),
    "source-validator.InvalidZoomValue": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "The zoom must be between 0 and 22, not {actual_zoom}.")),
    "source-validator.TooHighZoom": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "The zoom {actual_zoom} is higher than this model accepts (at most {max_zoom}).")),
    "source-validator.TooLowZoom": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "The zoom {actual_zoom} is lower than this model accepts (at least {min_zoom}).")),
    "source-validator.UrlBlacklisted": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "The source {url} is a map, not imagery, and cannot be processed.")),
    "source-validator.ImageMetadataMustBeDict": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "The image metadata must be a JSON object.")),
    "source-validator.ImageMetadataKeyError": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "The image metadata must contain crs, transform, dtype and count.")),
    "source-validator.S3URLError": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "The image link must start with s3://, not {actual_s3_link}.")),
    "source-validator.LocalRequestKeyError": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "A processing of an uploaded image needs its profile or its URL.")),
    "source-validator.ReadFromS3Failed": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "The file {s3_link} could not be read.")),
    "source-validator.ImageReadError": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "The uploaded image cannot be opened.")),
    "source-validator.BadImageProfile": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "The image profile {profile} lacks required keys: {required_keys}.")),
    "source-validator.DtypeNotAllowed": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "The image data type {request_dtype} is not allowed; expected {required_dtypes}.")),
    "source-validator.NChannelsNotAllowed": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "The image has {real_nchannels} bands; this model needs {required_nchannels}.")),
    "source-validator.PixelSizeTooLow": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "The pixel size {actual_res} m is finer than this model accepts (at least {min_res} m).")),
    "source-validator.PixelSizeTooHigh": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "The resolution is too coarse: pixel size {actual_res} m, this model needs at most "
                      "{max_res} m.")),
    "source-validator.ImageCheckError": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "The image check of {checked_param} failed: {message}.")),
    "source-validator.QuadkeyLinkFormatError": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "A Quadkey URL must contain the {{q}} placeholder.")),
    "source-validator.SentinelInputStringKeyError": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "A Sentinel-2 processing needs the granule id as a string 'url'.")),
    "source-validator.SentinelInputStringFormatError": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "{input_string} is not a Sentinel-2 granule id.")),
    "source-validator.GridCellOutOfBound": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "The granule cell {actual_cell} is not supported by this model (allowed: {allowed_cells}).")),
    "source-validator.AOINotInCell": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "The area of interest does not intersect the granule cell {actual_cell}.")),
    "source-validator.MonthOutOfBounds": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "The month {actual_month} is not supported by this model (allowed: {allowed_months}).")),
    "source-validator.TMSLinkFormatError": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "A TMS URL must contain the {{x}}, {{y}} and {{z}} placeholders.")),
    "source-validator.RequirementsMustBeDict": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "Internal validation error: the model requirements are {requirements_type}, not an object.")),
    "source-validator.RequestMustBeDict": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "The processing request must be an object, not {request_type}.")),
    "source-validator.RequestMustHaveSourceType": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "The processing request does not say which imagery source type it uses.")),
    "source-validator.SourceTypeIsNotAllowed": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "The source type {source_type} is not allowed for this model (allowed: {allowed_sources}).")),
    "source-validator.RequiredSectionMustBeDict": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "Internal validation error: the required section is {required_section_type}.")),
    "source-validator.RecommendedSectionMustBeDict": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "Internal validation error: the recommended section is {recommended_section_type}.")),
    "source-validator.XYZLinkFormatError": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "An XYZ URL must contain the {{x}}, {{y}} and {{z}} placeholders.")),
    "source-validator.TaskMustContainAoi": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "The processing has no area of interest (geometry).")),
    "source-validator.UnhandledException": _entry(_INTERNAL),
    "source-validator.internalError": _entry(_INTERNAL),
    "source-validator.NoDataInAOI": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "The imagery has no data inside the area of interest.")),
    "geometry.Invalid": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "The area of interest is not a valid geometry.")),
    "dataloader.internalError": _entry(_INTERNAL),
    "dataloader.InternalError": _entry(_INTERNAL),
    "dataloader.UnknownSourceType": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "The source type {real_source_types} is unknown (allowed: {allowed_source_types}).")),
    "dataloader.MemoryLimitExceeded": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "Loading the imagery needs {estimated_size} MB, more than the allowed {allowed_size} MB. "
                      "Use a smaller area or a lower zoom.")),
    "dataloader.LoaderArgsError": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "The loader argument {argument_name} is {argument_type}; expected {expected_type}.")),
    "dataloader.WrongChannelsNum": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "The imagery tiles have {real_nchannels} bands; expected {expected_nchannels}.")),
    "dataloader.WrongTileSize": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "The imagery tiles are {real_size} pixels; expected {expected_size}.")),
    "dataloader.TileNotLoaded": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "The imagery tile {tile_location} could not be loaded (server status {status}).")),
    "dataloader.CrsIsNotSupported": _entry(_INTERNAL),
    "dataloader.MaploaderInternalError": _entry(_INTERNAL),
    "dataloader.SentinelLoaderInternalError": _entry(_INTERNAL),
    "dataloader.NoDataTile": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "The imagery provider returned no data for the area of interest.")),
    "dataloader.TileNotReadable": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "The imagery tile {tile_location} is not a readable image.")),
    "raster-processor.internalError": _entry(_INTERNAL),
    "inference.internalError": _entry(_INTERNAL),
    "vector-processor.internalError": _entry(_INTERNAL),
    "vector-processor.EmptyFolder": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "The folder {s3_link} contains no images.")),
}

# The stage an internal error happened in, by code prefix; used in the _INTERNAL template.
_STAGES = {
    "source-validator": QT_TRANSLATE_NOOP("MapflowApi", "checking the imagery source"),
    "dataloader": QT_TRANSLATE_NOOP("MapflowApi", "loading the imagery"),
    "raster-processor": QT_TRANSLATE_NOOP("MapflowApi", "preparing the imagery"),
    "inference": QT_TRANSLATE_NOOP("MapflowApi", "processing the imagery"),
    "vector-processor": QT_TRANSLATE_NOOP("MapflowApi", "building the results"),
}

# Section 4.2: request-level errors ({code, message, params}); the last one is produced only by clients.
REQUEST_MESSAGES: dict[str, CatalogEntry] = {
    "TOO_LARGE_PROCESSING": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "The area of interest ({area_sq_km} sq.km) is larger than your limit of "
                      "{aoiAreaLimit_sq_km} sq.km per processing."), _sq_km("area", "aoiAreaLimit")),
    "ProviderMinAreaError": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "The area of interest ({aoiArea} sq.km) is smaller than the minimum of {providerMinArea} sq.km "
                      "for the data provider {providerName}."), _rounded("aoiArea", "providerMinArea")),
    "MAXAR_PROVIDERS_UNAVAILABLE": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "Maxar imagery is not available on your plan. Upgrade your subscription to use it.")),
    "BAD_REQUEST": _entry(QT_TRANSLATE_NOOP("MapflowApi", "The server rejected the request.")),
    "TEMPLATE_AREA_LIMIT_EXCEEDED": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "The area of interest is larger than your planned-search limit of "
                      "{templateAreaLimit_sq_km} sq.km."), _sq_km("templateAreaLimit")),
    # the review workflow (contract 2.5): codes the sandbox documents (docs/SANDBOX.md)
    "PROCESSING_NOT_OK": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "Only a finished result can be reviewed; this processing is {status}.")),
    "REVIEW_NOT_ENABLED": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "This result is not under review: the review workflow is not enabled for it.")),
    "REVIEW_ALREADY_ACCEPTED": _entry(QT_TRANSLATE_NOOP("MapflowApi", "This result has already been accepted.")),
    "REVIEW_ALREADY_REJECTED": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "This result was sent back for review; support is reworking it.")),
    "REVIEW_NOT_PENDING": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "This result is not waiting for a review ({reviewStatus}).")),
    "REVIEW_COMMENT_REQUIRED": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "Say in a comment what is wrong with the result.")),
    "REVIEW_COMMENT_TOO_LONG": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "The comment is {length} characters long; at most {maxLength} are allowed.")),
    "REVIEW_FEATURES_INVALID": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "The marked features are not valid: {reason}.")),
    "REVIEW_GEOMETRY_TYPE_NOT_ALLOWED": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "A marked feature is a {geometryType}; mark points, lines or polygons.")),
    "REVIEW_TOO_MANY_FEATURES": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "{featureCount} features are marked; at most {maxFeatures} can be sent.")),
    "REVIEW_FEATURES_TOO_LARGE": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "The marked features take {size_mb} MB; at most {maxSize_mb} MB can be sent."),
        _megabytes("size", "maxSize")),
}

# Imagery search and planned searches: codes the sandbox documents (docs/SANDBOX.md) where the contract names none;
# a server that sends other codes still gets its own message shown.
SEARCH_MESSAGES: dict[str, CatalogEntry] = {
    "SEARCH_AREA_LIMIT_EXCEEDED": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "The search area ({area_sq_km} sq.km) is larger than your limit of {searchAreaLimit_sq_km} "
                      "sq.km for an immediate search. Plan a search over it instead."),
        _sq_km("area", "searchAreaLimit")),
    "SEARCH_PROVIDER_UNAVAILABLE": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "The imagery provider {providers} does not answer. Try again later or search without it.")),
    "SEARCH_IMAGE_NOT_FOUND": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "The image {imageId} is not in the imagery catalog.")),
    "SEARCH_MIXED_PROVIDERS": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "Images of several providers ({providers}) cannot be processed together. Choose images of one "
                      "provider; only mosaics of one zoom can be combined.")),
    "SEARCH_MIXED_PRODUCT_TYPES": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "Images and mosaics cannot be processed together. Choose one kind.")),
    "SEARCH_MOSAIC_ZOOM_MISMATCH": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "Mosaics processed together must have the same zoom (the chosen ones have {zooms}).")),
    "AOI_OUTSIDE_IMAGERY": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "The area of interest does not overlap the chosen images: nothing is left to process.")),
    "TEMPLATE_NEEDS_AOI": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "A planned search needs at least one area of interest.")),
    "AOI_NAME_TOO_LONG": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "The area name is {length} characters long; at most {maxLength} are allowed.")),
    "ACTIVE_UNTIL_IN_PAST": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "The end date of the planned search must be in the future.")),
    "ACTIVE_UNTIL_TOO_FAR": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "The end date of the planned search must be within six months.")),
    "TEMPLATE_EXPIRED": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "The planned search has ended. Move its end date later to resume it.")),
    "TEMPLATE_NOT_FAILED": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "Only a failed planned search can be restarted.")),
    "IMAGE_NOT_IN_TEMPLATE": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "The image {imageId} was not found by this planned search.")),
}

# Section 4.3: data catalog (My Imagery) errors ({"detail": {code, parameters}}).
DATA_CATALOG_MESSAGES: dict[str, CatalogEntry] = {
    "FileCheckFailed": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "The file {filename} failed the checks: {bad_parameters}.")),
    "MemoryLimitExceeded": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "Not enough storage: the upload needs {memory_requested_mb} MB, {available_memory_mb} MB is "
                      "free. Delete some imagery or extend your storage."),
        _megabytes("memory_requested", "available_memory")),
    "FileTooBig": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "The file is too big: {actual_file_size_mb} MB, the limit is {max_file_size_mb} MB."),
        _megabytes("actual_file_size", "max_file_size")),
    "ItemNotFound": _entry(QT_TRANSLATE_NOOP("MapflowApi", "The {instance_type} {uid} was not found.")),
    "AccessDenied": _entry(QT_TRANSLATE_NOOP("MapflowApi", "You have no access to the {instance_type} {uid}.")),
    "FileValidationFailed": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "The image {filename} does not fit this imagery collection: its {param_name} is {got_param}, "
                      "the collection needs {expected_param}.")),
    "ImageOutOfBounds": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "The image extent is outside the valid coordinate range.")),
    "FileOpenError": _entry(QT_TRANSLATE_NOOP("MapflowApi", "The file cannot be opened as a GeoTIFF.")),
    "ImageExtentTooBig": _entry(QT_TRANSLATE_NOOP("MapflowApi", "The image extent is too big.")),
    # download of an image still being preprocessed (HTTP 409); the sandbox's code, the contract names none
    "ImageNotReady": _entry(QT_TRANSLATE_NOOP(
        "MapflowApi", "The image is still being prepared; try again in a few minutes.")),
}

UNKNOWN_PROCESSING_MESSAGE = QT_TRANSLATE_NOOP("MapflowApi", "The processing reported an error: {code}{details}.")

ALL_CODES: frozenset = frozenset(PIPELINE_MESSAGES) | frozenset(REQUEST_MESSAGES) | frozenset(DATA_CATALOG_MESSAGES) \
    | frozenset(SEARCH_MESSAGES)


class _LenientParams(dict):
    """Template values that never raise: tolerates singular/plural spelling differences and missing keys."""

    def __missing__(self, key: str) -> str:
        for variant in (key + "s", key[:-1] if key.endswith("s") else None):
            if variant and variant in self:
                return self[variant]
        return "?"


def _clean_params(params: Optional[Mapping[str, Any]]) -> dict:
    """Strip stray braces and spaces from keys (errors.csv has ``actual_zoom}``); render lists readably."""
    clean: dict = {}
    for key, value in (params or {}).items():
        if isinstance(value, (list, tuple)):
            value = ", ".join(str(v) for v in value)
        clean[str(key).strip("{} ")] = "" if value is None else str(value)
    return clean


def format_template(template: str, params: Optional[Mapping[str, Any]] = None) -> str:
    """Fill ``{name}`` placeholders from ``params``; unknown placeholders become ``?`` and never raise."""
    values = _LenientParams(_clean_params(params))
    try:
        return string.Formatter().vformat(template, (), values)
    except (ValueError, IndexError, AttributeError):  # a malformed template or translation: show it as is
        return template


def find_entry(code: Optional[str]) -> Optional[CatalogEntry]:
    """The catalog entry of ``code``: exact match first, then case-insensitive (``internalError``/``InternalError``)."""
    if not code:
        return None
    for table in (PIPELINE_MESSAGES, REQUEST_MESSAGES, DATA_CATALOG_MESSAGES, SEARCH_MESSAGES):
        if code in table:
            return table[code]
    lowered = code.lower()
    for table in (PIPELINE_MESSAGES, REQUEST_MESSAGES, DATA_CATALOG_MESSAGES, SEARCH_MESSAGES):
        for known, entry in table.items():
            if known.lower() == lowered:
                return entry
    return None


def describe_code(code: Optional[str], params: Optional[Mapping[str, Any]] = None) -> Optional[str]:
    """The translated, filled text of a known code; None when the code is not in the catalog."""
    entry = find_entry(code)
    if entry is None:
        return None
    values = _clean_params(params)
    if entry.derive is not None:
        values.update(entry.derive(values))
    if entry.template == _INTERNAL:
        values["stage"] = translate(_STAGES.get(str(code).split(".")[0], _STAGES["inference"]))
    return format_template(translate(entry.template), values)


def describe_processing_message(code: Optional[str], parameters: Optional[Mapping[str, Any]] = None) -> str:
    """Readable text of one ``messages[]`` item of a processing or AOI; unknown codes still give a useful line."""
    known = describe_code(code, parameters)
    if known is not None:
        return known
    shown = {k: v for k, v in _clean_params(parameters).items() if k != "level"}
    details = ""
    if shown:
        details = " (" + ", ".join(f"{k}={v}" for k, v in sorted(shown.items())) + ")"
    return format_template(translate(UNKNOWN_PROCESSING_MESSAGE), {"code": code or "?", "details": details})
