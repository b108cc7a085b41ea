"""core/upload_rules.py: every reason a file is refused before an upload, in the server's order and words."""
from __future__ import annotations

from dataclasses import replace

import pytest

from mapflow_processing.api.models import Image, Memory
from mapflow_processing.core.upload_rules import (DEFAULT_MAX_FILE_SIZE, DEFAULT_MAX_PIXEL_COUNT, MosaicFacts,
                                                  UploadFileFacts, blocking, check_batch, check_upload, format_size)

GIB = 1024 ** 3
GOOD = UploadFileFacts("ortho.tif", 50 * 1024 * 1024, "GTiff", "EPSG:32637", 8000, 6000, 3, ("Byte",) * 3,
                       (0.5, 0.5), 0.5)
MEMORY = Memory(memory_limit=5 * GIB, memory_used=GIB, memory_free=4 * GIB, max_upload_file_size=GIB,
                max_pixel_count=65535)
MOSAIC = MosaicFacts("m-1", "EPSG:32637", 3, (0.5, 0.5))


def codes(reasons):
    return [(r.code, r.check) for r in reasons]


def test_a_good_file_passes():
    assert check_upload(GOOD, MEMORY, MOSAIC) == []
    assert check_upload(GOOD) == []  # no limits known: the official plugin's defaults apply


@pytest.mark.parametrize("change, expected, text", [
    ({"driver": "PNG"}, [("FileOpenError", "format")], "ortho.tif is not a GeoTIFF: only GeoTIFF files can be "
                                                       "uploaded."),
    ({"driver": None}, [("FileOpenError", "format")], "not a GeoTIFF"),
    ({"crs": None}, [("FileCheckFailed", "crs")], "ortho.tif has no coordinate reference system."),
    ({"band_count": 2}, [("FileCheckFailed", "count")], "has 2 bands: upload single-band, RGB (3 bands) or RGBA"),
    ({"dtypes": ("UInt16",) * 3}, [("FileCheckFailed", "dtypes")], "holds uint16 values"),
    ({"width": 70000}, [("FileCheckFailed", "size")], "is 70000 × 6000 px: at most 65535 px per side"),
    ({"pixel_size_m": 25.0, "pixel_size": (25.0, 25.0)}, [("FileCheckFailed", "pixel_size")],
     "has pixels of 25 m: at most 20 m are accepted."),
    ({"extent_on_globe": False}, [("ImageOutOfBounds", "extent")], "outside the valid coordinate range"),
    ({"file_size": 2 * GIB}, [("FileTooBig", "file_size")], "ortho.tif is 2 GB: files of at most 1 GB are accepted."),
])
def test_each_rule_with_its_text(change, expected, text):
    reasons = check_upload(replace(GOOD, **change), MEMORY)
    assert codes(reasons) == expected and all(r.blocking for r in reasons)
    assert text in reasons[0].text


def test_fine_pixels_only_warn():
    reasons = check_upload(replace(GOOD, pixel_size_m=0.05, pixel_size=(0.05, 0.05)), MEMORY)
    assert codes(reasons) == [("RESAMPLED", "fine_pixels")] and blocking(reasons) == []
    assert reasons[0].text == "ortho.tif has pixels of 0.05 m: it will be resampled to 0.1 m."


def test_unknown_ground_size_is_not_checked():
    assert check_upload(replace(GOOD, pixel_size_m=None), MEMORY) == []


def test_limits_from_the_server_replace_the_defaults():
    wide = replace(GOOD, width=DEFAULT_MAX_PIXEL_COUNT + 1, file_size=DEFAULT_MAX_FILE_SIZE + 1)
    assert codes(check_upload(wide)) == [("FileTooBig", "file_size"), ("FileCheckFailed", "size")]
    generous = Memory(max_upload_file_size=10 * GIB, max_pixel_count=100_000)
    assert check_upload(wide, generous) == []


def test_storage_and_size_the_tighter_limit_first():
    tight = Memory(memory_free=10 * 1024 * 1024, max_upload_file_size=GIB)
    reasons = check_upload(replace(GOOD, file_size=2 * GIB), tight)
    assert codes(reasons) == [("MemoryLimitExceeded", "storage"), ("FileTooBig", "file_size")]
    assert reasons[0].text == "Not enough storage for ortho.tif: it needs 2 GB, 10 MB is free. Delete some " \
                              "imagery first."
    assert reasons[0].params["available_memory"] == 10 * 1024 * 1024
    unlimited = Memory(memory_limit=None, memory_free=None, max_upload_file_size=GIB)
    assert check_upload(GOOD, unlimited) == []


def test_several_problems_are_all_reported():
    bad = replace(GOOD, crs="", band_count=5, dtypes=("Float32",) * 5, width=70000)
    assert codes(check_upload(bad, MEMORY)) == [("FileCheckFailed", "crs"), ("FileCheckFailed", "count"),
                                                ("FileCheckFailed", "dtypes"), ("FileCheckFailed", "size")]


@pytest.mark.parametrize("change, param, got, expected", [
    ({"crs": "EPSG:3857"}, "crs", "EPSG:3857", "EPSG:32637"),
    ({"band_count": 4}, "count", "4", "3"),
    ({"pixel_size": (0.6, 0.6), "pixel_size_m": None}, "pixel_size", "0.6", "0.5"),
])
def test_mosaic_consistency(change, param, got, expected):
    reasons = check_upload(replace(GOOD, **change), MEMORY, MOSAIC)
    assert codes(reasons) == [("FileValidationFailed", "mosaic")]
    assert reasons[0].params == {"filename": "ortho.tif", "mosaic_id": "m-1", "param_name": param,
                                 "got_param": got, "expected_param": expected}
    assert reasons[0].text.startswith("ortho.tif does not fit this imagery collection: its ")


def test_mosaic_tolerances_and_spelling():
    assert check_upload(replace(GOOD, crs="epsg:32637", pixel_size=(0.54, 0.54)), MEMORY, MOSAIC) == []
    metres = MosaicFacts("m", "EPSG:32637", 3, (0.5, 0.5), pixel_size_m=0.5)
    assert check_upload(replace(GOOD, pixel_size=(9.0, 9.0), pixel_size_m=0.52), MEMORY, metres) == []
    assert codes(check_upload(replace(GOOD, pixel_size_m=0.7), MEMORY, metres)) == [("FileValidationFailed",
                                                                                     "mosaic")]


def test_mosaic_facts_from_the_data_api():
    image = Image.from_json({"id": "i", "mosaic_id": "m-9", "meta_data": {
        "crs": "EPSG:32637", "count": 3, "width": 10, "height": 10, "dtypes": ["uint8"] * 3, "nodata": None,
        "pixel_size": [0.5, 0.5]}})
    facts = MosaicFacts.from_images([Image.from_json({"id": "x"}), image])
    assert facts == MosaicFacts("m-9", "EPSG:32637", 3, (0.5, 0.5))
    assert MosaicFacts.from_images([]) is None  # an empty mosaic accepts any first image


def test_a_batch_into_a_new_mosaic_follows_its_first_good_file_and_the_storage():
    memory = Memory(memory_free=120 * 1024 * 1024, max_upload_file_size=GIB, max_pixel_count=65535)
    broken = replace(GOOD, filename="broken.tif", driver=None)
    first = replace(GOOD, filename="first.tif")
    other_crs = replace(GOOD, filename="utm36.tif", crs="EPSG:32636")
    second = replace(GOOD, filename="second.tif")
    third = replace(GOOD, filename="third.tif")
    results = check_batch([broken, first, other_crs, second, third], memory)
    assert [codes(r) for _, r in results] == [
        [("FileOpenError", "format")], [], [("FileValidationFailed", "mosaic")], [],
        [("MemoryLimitExceeded", "storage")]]  # 50 + 50 MB queued, 20 MB left for the third
    assert results[4][1][0].params["available_memory"] == 20 * 1024 * 1024


def test_sizes_read_well():
    assert [format_size(s) for s in (0, 10, 2048, 1536 * 1024, 5 * GIB, 300 * 1024)] == [
        "0 B", "10 B", "2 KB", "1.5 MB", "5 GB", "300 KB"]
