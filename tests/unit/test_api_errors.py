"""Error catalog (every code of contract section 4), error body shapes, status classes and translation."""
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from mapflow_processing.api import error_catalog, errors, i18n
from mapflow_processing.api.error_catalog import describe_code, describe_processing_message
from mapflow_processing.api.errors import (ApiError, AuthenticationError, BadRequestError, ConflictError,
                                           ForbiddenError, NotFoundError, PayloadTooLargeError, RateLimitedError,
                                           ServerError, error_from_response, parse_error_body)

# Contract section 4, code by code (4.1 incl. plugin-only and api_reference-only codes, 4.2, 4.3).
PIPELINE_CODES = """
source-validator.UrlMustBeString source-validator.UrlMustBeLink source-validator.UrlFormatInvalid
source-validator.ZoomMustBeInteger source-validator.InvalidZoomValue source-validator.TooHighZoom
source-validator.TooLowZoom source-validator.UrlBlacklisted source-validator.ImageMetadataMustBeDict
source-validator.ImageMetadataKeyError source-validator.S3URLError source-validator.LocalRequestKeyError
source-validator.ReadFromS3Failed source-validator.ImageReadError source-validator.BadImageProfile
source-validator.DtypeNotAllowed source-validator.NChannelsNotAllowed source-validator.PixelSizeTooLow
source-validator.PixelSizeTooHigh source-validator.ImageCheckError source-validator.QuadkeyLinkFormatError
source-validator.SentinelInputStringKeyError source-validator.SentinelInputStringFormatError
source-validator.GridCellOutOfBound source-validator.AOINotInCell source-validator.MonthOutOfBounds
source-validator.TMSLinkFormatError source-validator.RequirementsMustBeDict source-validator.RequestMustBeDict
source-validator.RequestMustHaveSourceType source-validator.SourceTypeIsNotAllowed
source-validator.RequiredSectionMustBeDict source-validator.RecommendedSectionMustBeDict
source-validator.XYZLinkFormatError source-validator.TaskMustContainAoi source-validator.UnhandledException
source-validator.internalError dataloader.internalError dataloader.InternalError dataloader.UnknownSourceType
dataloader.MemoryLimitExceeded dataloader.LoaderArgsError dataloader.WrongChannelsNum dataloader.WrongTileSize
dataloader.TileNotLoaded dataloader.CrsIsNotSupported dataloader.MaploaderInternalError
dataloader.SentinelLoaderInternalError raster-processor.internalError inference.internalError
vector-processor.internalError dataloader.NoDataTile dataloader.TileNotReadable vector-processor.EmptyFolder
source-validator.NoDataInAOI geometry.Invalid
""".split()
REQUEST_CODES = ["TOO_LARGE_PROCESSING", "ProviderMinAreaError", "MAXAR_PROVIDERS_UNAVAILABLE", "BAD_REQUEST",
                 "TEMPLATE_AREA_LIMIT_EXCEEDED"]
# codes of imagery search and planned searches that the sandbox documents where the contract names none
SEARCH_CODES = ["SEARCH_AREA_LIMIT_EXCEEDED", "SEARCH_PROVIDER_UNAVAILABLE", "SEARCH_IMAGE_NOT_FOUND",
                "SEARCH_MIXED_PROVIDERS", "SEARCH_MIXED_PRODUCT_TYPES", "SEARCH_MOSAIC_ZOOM_MISMATCH",
                "AOI_OUTSIDE_IMAGERY", "TEMPLATE_NEEDS_AOI", "AOI_NAME_TOO_LONG", "ACTIVE_UNTIL_IN_PAST",
                "ACTIVE_UNTIL_TOO_FAR", "TEMPLATE_EXPIRED", "TEMPLATE_NOT_FAILED", "IMAGE_NOT_IN_TEMPLATE"]
DATA_CATALOG_CODES = ["FileCheckFailed", "MemoryLimitExceeded", "FileTooBig", "ItemNotFound", "AccessDenied",
                      "FileValidationFailed", "ImageOutOfBounds", "FileOpenError", "ImageExtentTooBig"]
# codes of the review workflow and of an image download that the sandbox documents where the contract names none
REVIEW_CODES = ["PROCESSING_NOT_OK", "REVIEW_NOT_ENABLED", "REVIEW_ALREADY_ACCEPTED", "REVIEW_ALREADY_REJECTED",
                "REVIEW_NOT_PENDING", "REVIEW_COMMENT_REQUIRED", "REVIEW_COMMENT_TOO_LONG", "REVIEW_FEATURES_INVALID",
                "REVIEW_GEOMETRY_TYPE_NOT_ALLOWED", "REVIEW_TOO_MANY_FEATURES", "REVIEW_FEATURES_TOO_LARGE",
                "ImageNotReady"]


@pytest.mark.parametrize("code", PIPELINE_CODES + REQUEST_CODES + DATA_CATALOG_CODES + SEARCH_CODES + REVIEW_CODES)
def test_every_contract_code_has_a_readable_text(code):
    text = describe_code(code, {})
    assert text and code not in text and "{" not in text.replace("{q}", "").replace("{x}", "").replace(
        "{y}", "").replace("{z}", "")


def test_catalog_has_no_codes_beyond_the_contract_and_the_documented_search_codes():
    assert error_catalog.ALL_CODES == set(PIPELINE_CODES + REQUEST_CODES + DATA_CATALOG_CODES + SEARCH_CODES
                                          + REVIEW_CODES)


@pytest.mark.parametrize("code, params, fragments", [
    ("source-validator.TooHighZoom", {"max_zoom": "19", "actual_zoom": "21"}, ["21", "19"]),
    ("source-validator.TooLowZoom", {"min_zoom": "17", "actual_zoom}": "12"}, ["12", "17"]),  # errors.csv typo key
    ("dataloader.UnknownSourceType", {"allowed_source_types": "xyz, tms", "real_source_type": "wmts"},
     ["wmts", "xyz, tms"]),  # the text's singular spelling of a plural parameter
    ("TOO_LARGE_PROCESSING", {"area": 150_000_000, "aoiAreaLimit": "100000000"}, ["150 sq.km", "100 sq.km"]),
    ("ProviderMinAreaError", {"aoiArea": 0.4, "providerName": "Maxar", "providerMinArea": 5}, ["0.4", "Maxar", "5"]),
    ("MemoryLimitExceeded", {"memory_requested": 3 * 2**20, "available_memory": 2**20}, ["3 MB", "1 MB"]),
    ("FileValidationFailed", {"filename": "a.tif", "mosaic_id": "m", "param_name": "crs", "got_param": "EPSG:3857",
                              "expected_param": "EPSG:4326"}, ["a.tif", "crs", "EPSG:3857", "EPSG:4326"]),
    ("dataloader.internalError", {}, ["loading the imagery"]),
    ("inference.internalError", {}, ["processing the imagery"]),
    ("dataloader.internalerror", {}, ["loading the imagery"]),  # case-insensitive fallback
    ("source-validator.DtypeNotAllowed", {"required_dtypes": ["uint8"], "request_dtype": "float32"},
     ["float32", "uint8"]),
    ("SEARCH_AREA_LIMIT_EXCEEDED", {"area": 1_250_000_000, "searchAreaLimit": 700_000_000},
     ["1,250 sq.km", "700 sq.km"]),
    ("SEARCH_MOSAIC_ZOOM_MISMATCH", {"zooms": ["17", "18"]}, ["17, 18"]),
])
def test_parameters_fill_the_text(code, params, fragments):
    text = describe_code(code, params)
    for fragment in fragments:
        assert fragment in text


def test_missing_parameters_never_raise():
    assert "?" in describe_code("source-validator.TooHighZoom", {})


def test_processing_message_text_for_unknown_codes_keeps_details():
    text = describe_processing_message("newstage.SomethingBroke", {"level": "error", "tile": "1/2/3"})
    assert "newstage.SomethingBroke" in text and "tile=1/2/3" in text and "level" not in text
    assert describe_processing_message(None, None).startswith("The processing reported an error")


@pytest.mark.parametrize("body, expected", [
    ('{"code":"TOO_LARGE_PROCESSING","message":"Too large","params":{"area":"5"}}',
     ("TOO_LARGE_PROCESSING", {"area": "5"}, "Too large")),
    ('{"detail":{"code":"FileTooBig","parameters":{"max_file_size":1}}}', ("FileTooBig", {"max_file_size": 1}, None)),
    ('{"message":"Mosaic not found"}', (None, {}, "Mosaic not found")),
    ("Service Unavailable", (None, {}, "Service Unavailable")),
    ('{"detail":"Not Found"}', (None, {}, "Not Found")),
    ('{"detail":[{"loc":["body","name"],"msg":"field required"}]}', (None, {}, "field required")),
    ("<html><body>502 Bad Gateway</body></html>", (None, {}, None)),
    ("", (None, {}, None)),
    ('"just a string"', (None, {}, "just a string")),
])
def test_three_error_body_shapes_and_fallbacks(body, expected):
    assert parse_error_body(body) == expected


@pytest.mark.parametrize("status, cls", [(400, BadRequestError), (401, AuthenticationError), (403, ForbiddenError),
                                         (404, NotFoundError), (409, ConflictError), (413, PayloadTooLargeError),
                                         (422, BadRequestError), (429, RateLimitedError), (500, ServerError),
                                         (502, ServerError), (503, ServerError), (504, ServerError),
                                         (418, ApiError)])
def test_status_classes(status, cls):
    error = error_from_response(status, "")
    assert type(error) is cls and error.status == status and str(error)


def test_specific_texts():
    assert str(error_from_response(403, '{"code":"FORBIDDEN","message":"no"}')) == \
        "Not enough rights for this action in a shared project"
    provider = error_from_response(403, '{"message":"This data provider is not available for your plan"}')
    assert "Upgrade your subscription" in str(provider)
    limited = error_from_response(429, "", retry_after=7)
    assert limited.retry_after == 7 and "7 s" in str(limited)
    assert "Authentication failed" in str(error_from_response(401, '{"message":"Unauthorized"}'))
    server = error_from_response(502, "<html>bad gateway</html>")
    assert "HTTP 502" in str(server) and "<html>" not in str(server)
    bad = error_from_response(400, '{"code":"BAD_REQUEST",'
                                   '"message":"You don\'t have enough limit, please contact admin!"}')
    assert str(bad) == "You don't have enough limit, please contact admin!"  # the server's words beat a generic text
    coded = error_from_response(400, '{"code":"TOO_LARGE_PROCESSING","message":"x","params":'
                                     '{"area":200000000,"aoiAreaLimit":100000000}}')
    assert coded.code == "TOO_LARGE_PROCESSING" and "200 sq.km" in str(coded)
    assert repr(coded) == "BadRequestError(status=400, code='TOO_LARGE_PROCESSING')"


def test_translator_is_applied_at_display_time():
    error = error_from_response(404, "")
    try:
        i18n.set_translator(lambda context, text: f"[{context}] {text.upper()}")
        assert str(error).startswith("[MapflowApi] NOT FOUND")
        assert describe_code("geometry.Invalid").startswith("[MapflowApi] THE AREA")
        i18n.set_translator(lambda context, text: 1 / 0)  # a broken translator never hides the message
        assert str(error).startswith("Not found")
    finally:
        i18n.set_translator(None)
    assert str(error).startswith("Not found")


@pytest.mark.skipif(shutil.which("pylupdate5") is None, reason="pylupdate5 is not installed")
def test_marked_texts_are_extracted_by_pylupdate(tmp_path):
    api_dir = Path(errors.__file__).parent
    sources = [str(p) for p in api_dir.rglob("*.py")]
    ts_file = tmp_path / "api.ts"
    subprocess.run(["pylupdate5", *sources, "-ts", str(ts_file)], check=True, capture_output=True, timeout=60)
    extracted = {m.findtext("source") for c in ET.parse(ts_file).getroot().iter("context")
                 if c.findtext("name") == "MapflowApi" for m in c.iter("message")}
    templates = {entry.template for table in (error_catalog.PIPELINE_MESSAGES, error_catalog.REQUEST_MESSAGES,
                                              error_catalog.DATA_CATALOG_MESSAGES, error_catalog.SEARCH_MESSAGES)
                 for entry in table.values()}
    templates |= {ForbiddenError.template, RateLimitedError.template, errors.ConnectionFailed.template,
                  errors.Timeout.template, errors.InvalidTokenError.template}
    assert templates <= extracted
