"""core/my_imagery.py: sorting, filtering, storage, details and what the selection allows."""
from __future__ import annotations

from mapflow_processing.api.models import Image, Memory, Mosaic
from mapflow_processing.core.my_imagery import (ImageryAction, MosaicEntry, Picked, SortKey, action_state,
                                                filter_listing, image_facts, parse_tags, sort_listing,
                                                storage_percent, storage_text)

GIB = 1024 ** 3


def image(iid, name, size, when, downloadable=True, footprint="POLYGON((0 0,1 0,1 1,0 1,0 0))"):
    return Image.from_json({"id": iid, "filename": name, "file_size": size, "uploaded_at": when,
                            "available_for_download": downloadable, "footprint": footprint,
                            "meta_data": {"crs": "EPSG:3857", "count": 3, "width": 64, "height": 32,
                                          "dtypes": ["uint8"] * 3, "pixel_size": [0.5, 0.5]}})


ALPHA = MosaicEntry(Mosaic.from_json({"id": "m1", "name": "Alpha", "tags": ["city", "2024"],
                                      "created_at": "2024-01-02T00:00:00Z"}),
                    (image("i1", "b.tif", 300, "2024-01-03T00:00:00Z"), image("i2", "a.tif", 100,
                                                                                "2024-01-04T00:00:00Z")))
BETA = MosaicEntry(Mosaic.from_json({"id": "m2", "name": "beta", "tags": ["forest"],
                                     "created_at": "2024-02-01T00:00:00Z"}),
                   (image("i3", "forest-city.tif", 5000, "2024-02-02T00:00:00Z"),))
EMPTY = MosaicEntry(Mosaic.from_json({"id": "m3", "name": "Gamma", "created_at": "2023-01-01T00:00:00Z"}))
LISTING = (ALPHA, BETA, EMPTY)


def names(listing):
    return [e.mosaic.name for e in listing]


def test_sorting_by_each_column():
    assert names(sort_listing(LISTING, SortKey.NAME)) == ["Alpha", "beta", "Gamma"]  # any case
    assert names(sort_listing(LISTING, SortKey.CREATED, descending=True)) == ["beta", "Alpha", "Gamma"]
    assert names(sort_listing(LISTING, SortKey.SIZE, descending=True)) == ["beta", "Alpha", "Gamma"]
    assert names(sort_listing(LISTING, SortKey.IMAGES)) == ["Gamma", "beta", "Alpha"]
    assert names(sort_listing(LISTING, SortKey.TAGS)) == ["Gamma", "Alpha", "beta"]
    by_size = sort_listing(LISTING, SortKey.SIZE)
    assert [i.filename for i in by_size[1].images] == ["a.tif", "b.tif"]  # images follow the size order too
    assert [i.filename for i in sort_listing(LISTING, SortKey.NAME)[0].images] == ["a.tif", "b.tif"]


def test_filter_by_name_tag_or_file():
    assert names(filter_listing(LISTING, "GAM")) == ["Gamma"]
    assert names(filter_listing(LISTING, "city")) == ["Alpha", "beta"]  # a tag, and a file name
    assert [i.filename for i in filter_listing(LISTING, "city")[1].images] == ["forest-city.tif"]
    assert len(filter_listing(LISTING, "city")[0].images) == 2  # a mosaic that matches keeps all its images
    assert filter_listing(LISTING, "nothing") == ()
    assert filter_listing(LISTING, "  ") == LISTING


def test_tags_and_storage():
    assert parse_tags(" roofs, 2024 , roofs,, ") == ("roofs", "2024")
    memory = Memory(memory_limit=5 * GIB, memory_used=GIB + GIB // 2, memory_free=None)
    assert storage_text(memory) == "Storage: 1.5 GB of 5 GB used, 3.5 GB free"
    assert storage_percent(memory) == 30
    assert storage_text(Memory(memory_used=2048)) == "Storage: 2 KB used, no limit"
    assert storage_percent(Memory(memory_used=2048)) is None
    assert storage_text(None) == "Storage: unknown"


def test_image_details():
    facts = dict(image_facts(ALPHA.images[0]))
    assert facts["File"] == "b.tif" and facts["Pixels"] == "64 × 32" and facts["CRS"] == "EPSG:3857"
    assert facts["Bands"] == "3 (uint8, uint8, uint8)" and facts["Pixel size (CRS units)"] == "0.5 × 0.5"
    assert facts["Download"] == "available" and facts["ID"] == "i1"


def test_what_the_selection_allows():
    mosaic, one = Picked(ALPHA.mosaic), Picked(ALPHA.mosaic, ALPHA.images[0])
    linked = Picked(ALPHA.mosaic, image("i9", "linked.tif", 1, None, downloadable=False))
    assert action_state(ImageryAction.NEW, []).enabled
    assert not action_state(ImageryAction.UPLOAD, []).enabled
    assert action_state(ImageryAction.UPLOAD, [one]).enabled  # an image: into its mosaic
    assert action_state(ImageryAction.DELETE, [mosaic, Picked(BETA.mosaic)]).enabled
    assert action_state(ImageryAction.EDIT, [mosaic, one]).reason == "Select exactly one mosaic or image."
    assert action_state(ImageryAction.PREVIEW, [mosaic]).reason == "Select exactly one image."
    assert action_state(ImageryAction.PREVIEW, [one]).enabled
    assert "linked image cannot be downloaded" in action_state(ImageryAction.DOWNLOAD, [linked]).reason
    assert "no footprint" in action_state(ImageryAction.AOI, [Picked(EMPTY.mosaic)]).reason
    assert action_state(ImageryAction.USE, [mosaic]).enabled
