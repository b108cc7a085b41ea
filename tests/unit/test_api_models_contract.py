"""The response examples of the API contract (real-service shapes) parse into the dataclasses.

The JSON below is copied from /work/shared/api-contract.md. Where the contract abbreviates with something that is
not JSON (``[WorkflowDef, ...]``, ``{ONE OF ...}``, ``[...]``, ``{...}``), a concrete value of that shape is put in
and marked ``# filled in``; everything else, including placeholders such as ``"...Z"`` and ``"uuid"``, is verbatim.
"""
import json
from datetime import datetime, timezone

from mapflow_processing.api.models import (Aoi, BillingType, CatalogPage, DataProvider, DataProviderSource, Image,
                                           ImagerySearchSource, Memory, Mosaic, MyImagerySource, Processing,
                                           ProcessingStatus, Project, ReviewState, ShareRole, Stats,
                                           UploadResult, UserDefinedSource, UserStatus, source_from_json)
from mapflow_processing.api.models.sources import SourceType
from mapflow_processing.core.pricing import model_price, provider_price
from mapflow_processing.core.roles import ProjectAction, allowed

USER_STATUS_SEED = """
{"email":"admin@geoalert.io","processedArea":45221388394,"remainingArea":54778611606,
 "areaLimit":100000000000,"memoryLimit":1000000000,
 "models":[{"id":"uuid","name":"🏠 Buildings","description":"...","created":"...","updated":"...",
   "pricePerSqKm":13.0,
   "blocks":[{"name":"Classification","displayName":"Classification","optional":true,"price":3.0},
             {"name":"Simplification","displayName":"Polygonization","optional":true,"price":5.0},
             {"name":"OSM","displayName":"Merge with OSM","optional":true,"price":0.0}]}],
 "teams":[{"teamId":"uuid","name":"My New Team","role":"OWNER","activeUntil":null,"creditsLimit":null}]}
"""

PROVIDER = """
{"id":"uuid","name":"Mapbox","displayName":"🌍 Mapbox Satellite",
 "price":[{"zoom":17,"priceSqKm":1},{"zoom":18,"priceSqKm":3},{"zoom":19,"priceSqKm":9}],
 "previewUrl":"https://.../{z}/{x}/{y}.png","previewUrlMaxZoom":14,"minAreaSqKm":5.0}
"""

STATS = """
{"results":[{"projectName":"Test","name":"test_proc","email":"user1@geoalert.io","area":"536680","cost":"0",
  "created":"...Z","completionDate":"...Z","status":"OK","percentCompleted":"100","archived":"false",
  "dataProvider":null,"linkToMap":"https://app.mapflow.ai/projects/{pid}/processings/{id}","scenario":"🏠 Buildings"}],
 "total":2,"count":2,"totalCost":0,"totalArea":986782}
"""

WORKFLOW_DEF = ('{"id":"wd-1","name":"🏠 Buildings","description":"","created":"2023-03-29T06:48:35.103854Z",'
                '"updated":"2023-03-29T06:48:35Z","pricePerSqKm":10,'
                '"blocks":[{"name":"Segmentation","displayName":"Segmentation","optional":false,"price":10},'
                '{"name":"Classification","displayName":"Classification","optional":true,"price":3}]}')

PROJECT = """
{"id":"uuid","name":"Default","description":null,
 "progress":{"status":"OK","percentCompleted":100,
   "details":[{"status":"OK","count":1,"area":836643,"statusUpdateDate":"...Z"}],"completionDate":"...Z"},
 "aoiCount":23,"area":20885015,
 "user":{"id":"uuid","login":"u@x.com","email":"u@x.com","role":"USER","areaLimit":50000000,
   "aoiAreaLimit":50000000,"templateAreaLimit":0,"processedArea":21863903,"created":"...","updated":"...",
   "isPremium":false,"reviewWorkflowEnabled":false,"isCustomer":false},
 "isDefault":true,"created":"...Z","updated":"...Z",
 "workflowDefs":[WORKFLOW_DEF],
 "shareProject":{"owners":[{"email":"u@x.com","role":"owner"}],"users":[{"email":"c@x.com","role":"contributor"}]},
 "processingCounts":{"succeeded":3,"failed":1},"templatesCount":0,"billingType":"CREDITS"}
""".replace("WORKFLOW_DEF", WORKFLOW_DEF)  # filled in

PROCESSING_V2 = """
{"id":"uuid","name":"string","description":null,"projectId":"uuid",
 "vectorLayer":{"id":"uuid","name":"string","tileJsonUrl":"url","tileUrl":"url/{z}/{x}/{y}.vector.pbf"},
 "rasterLayer":{"id":"uuid","tileJsonUrl":"url","tileUrl":"url/{z}/{x}/{y}.png?..."},
 "workflowDef":{"id":"uuid","name":"🏠 Buildings","description":"","created":"","updated":"","pricePerSqKm":0,
                "blocks":[{"name":"","displayName":"","optional":true,"price":0}]},
 "aoiCount":1,"area":12010038,"aoiArea":12010038,"cost":1638,
 "status":"IN_PROGRESS","percentCompleted":40,
 "reviewStatus":{"reviewStatus":"IN_REVIEW","inReviewUntil":"...Z"},
 "rating":{"rating":"5","feedback":"text"},
 "params":{"sourceParams":{"dataProvider": {"providerName": "Mapbox", "zoom": 18}},
           "inferenceParams":{"key":"value"}},
 "blocks":[{"name":"Classification","displayName":"Classification","enabled":true}],
 "meta":{"source-app":"qgis","version":"3.6.0","source":"mapbox"},
 "messages":[{"code":"source-validator.PixelSizeTooHigh","parameters":{"max_res":"1.2","level":"error","actual_res":"5.62"}}],
 "created":"...Z","updated":"...Z"}
"""  # sourceParams filled in with the first variant of section 3.5

MOSAIC = """
{"id":"uuid","name":"Survey","tags":["a"],"created_at":"...Z","footprint":"MULTIPOLYGON (...)","sizeInBytes":123,
 "rasterLayer":{"tileUrl":"https://.../{z}/{x}/{y}.png?uri=...","tileJsonUrl":"https://.../tiles.json?uri=..."}}
"""

IMAGE = """
{"id":"uuid","mosaic_id":"uuid","image_url":"s3://.../x.tif",
 "preview_url_l":"<base>/rasters/image/{id}/preview/l","preview_url_s":"<base>/rasters/image/{id}/preview/s",
 "uploaded_at":"...","file_size":68417439,"footprint":"POLYGON ((lon lat, ...))","filename":"x.tif",
 "checksum":"sha1","meta_data":{"crs":"EPSG:32631","count":3,"width":5589,"height":4079,
 "dtypes":["uint8","uint8","uint8"],"nodata":null,"pixel_size":[0.3,0.3]},
 "cog_link":"s3://.../cog/x.tif","available_for_download":true}
"""

FOOTPRINT = '{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}'  # filled in for [...]
CATALOG_IMAGE = """
{"id":"JL1GF03A_PMS_20220607132729_200087596_103_0002_001_L1","productType":"Image",
 "footprint":FOOTPRINT,"pixelResolution":1.06,
 "acquisitionDate":"2022-06-07T13:27:33Z","sensor":"JL1GF03A","satId":"JL1GF03A","colorBandOrder":"B,G,R,NIR,PAN",
 "cloudCover":9.0,"offNadirAngle":-3.91,"providerName":"CG","zoom":"18","minAreaSqkm":1.0,
 "previewType":"png","previewUrl":"https://.../preview.jpg","previews":[{"url":"...","geometry":FOOTPRINT}],
 "aoiIntersectionPercent":87.5,"isNew":false}
""".replace("FOOTPRINT", FOOTPRINT)

SOURCE_VARIANTS = [
    '{"dataProvider": {"providerName": "Mapbox", "zoom": 18}}',
    '{"myImagery":   {"mosaicId": "uuid"}}',
    '{"myImagery":   {"imageIds": ["uuid"]}}',
    '{"imagerySearch": {"dataProvider": "cg_mosaic_2022", "imageIds": ["id1","id2"], "zoom": 18}}',
    '{"userDefined": {"sourceType": "XYZ", "url": "https://.../{z}/{x}/{y}.png", "zoom": 19,'
    ' "crs": "epsg:3857", "rasterLogin": "u", "rasterPassword": "p"}}',
]


def test_user_status_seed_example():
    status = UserStatus.from_json(json.loads(USER_STATUS_SEED))
    assert status.email == "admin@geoalert.io"
    assert status.remaining_area == 54778611606 and status.area_limit == 100000000000
    assert status.billing_type is BillingType.AREA  # absent billingType means AREA
    buildings = status.model("🏠 Buildings")
    assert buildings is not None and buildings.created is None  # "..." is not a timestamp: tolerated
    assert [b.display_name for b in buildings.blocks] == ["Classification", "Polygonization", "Merge with OSM"]
    # every block optional: the base price is their non-optional sum, 0 (contract section 7, item 11)
    price = model_price(buildings)  # the price rules are core's: core.pricing
    assert price.price_per_km2(()) == 0 and price.price_per_km2(["Simplification"]) == 5.0
    assert status.teams[0].name == "My New Team" and status.teams[0].credits_limit is None


def test_provider_example_prices_and_min_area():
    provider = DataProvider.from_json(json.loads(PROVIDER))
    assert provider.name == "Mapbox" and provider.display_name == "🌍 Mapbox Satellite"
    prices = provider_price(provider)
    assert provider.zooms == (17, 18, 19) and prices.price_at(18) == 3 and prices.price_at(None) == 3
    assert provider.min_area_sq_km == 5.0 and provider.preview_url_max_zoom == 14


def test_stats_example_numbers_as_strings():
    stats = Stats.from_json(json.loads(STATS))
    row = stats.results[0]
    assert (row.area, row.cost, row.percent_completed, row.archived) == (536680, 0, 100, False)
    assert row.status is ProcessingStatus.OK and row.scenario == "🏠 Buildings"
    assert stats.total == 2 and stats.total_area == 986782


def test_project_example_roles_and_models():
    project = Project.from_json(json.loads(PROJECT))
    assert project.is_default and project.description is None
    assert project.owner_email == "u@x.com" and project.user.aoi_area_limit == 50000000
    assert project.role_of("U@X.com") is ShareRole.OWNER
    assert project.role_of("c@x.com") is ShareRole.CONTRIBUTOR
    assert project.role_of("stranger@x.com") is ShareRole.READONLY
    # the default project can never be renamed, even by its owner (a plugin rule: core.roles)
    assert not allowed(project.role_of("u@x.com"), ProjectAction.RENAME_PROJECT, is_default=project.is_default)
    model = project.model("wd-1")
    assert model_price(model).price_per_km2(()) == 10 and model_price(model).price_per_km2(["classification"]) == 13
    assert model.created == datetime(2023, 3, 29, 6, 48, 35, 103854, tzinfo=timezone.utc)
    assert project.billing_type is BillingType.CREDITS and project.processing_counts == {"succeeded": 3, "failed": 1}


def test_processing_v2_example():
    processing = Processing.from_json(json.loads(PROCESSING_V2))
    assert processing.status is ProcessingStatus.IN_PROGRESS and not processing.is_terminal
    assert processing.aoi_area == 12010038 and processing.cost == 1638 and processing.percent_completed == 40
    assert processing.vector_layer.tile_url.endswith(".vector.pbf")
    assert processing.review_status.state is ReviewState.IN_REVIEW
    assert processing.rating.rating == 5 and processing.rating.feedback == "text"
    assert processing.params.source == DataProviderSource("Mapbox", 18)
    assert processing.params.inference_params == {"key": "value"}
    assert processing.enabled_blocks == ("Classification",)
    assert processing.meta["source-app"] == "qgis"
    message = processing.messages[0]
    assert message.code == "source-validator.PixelSizeTooHigh" and message.level == "error"
    assert "5.62" in message.text and "1.2" in message.text


def test_mosaic_and_image_examples():
    mosaic = Mosaic.from_json(json.loads(MOSAIC))
    assert mosaic.tags == ("a",) and mosaic.footprint.startswith("MULTIPOLYGON") and mosaic.size_in_bytes == 123
    assert mosaic.raster_layer.tile_json_url.startswith("https://")
    image = Image.from_json(json.loads(IMAGE))
    assert image.file_size == 68417439 and image.meta_data.count == 3 and image.meta_data.nodata is None
    assert image.meta_data.pixel_size == (0.3, 0.3) and image.meta_data.dtypes == ("uint8",) * 3
    assert image.available_for_download and image.footprint.startswith("POLYGON")


def test_catalog_example_object_and_bare_array():
    page = CatalogPage.from_json({"images": [json.loads(CATALOG_IMAGE)], "total": 137, "limit": 100, "offset": 0})
    image = page.images[0]
    assert page.total == 137 and page.limit == 100
    assert image.zoom == 18 and image.sensor == "JL1GF03A" and image.cloud_cover == 9.0
    assert image.min_area_sq_km == 1.0 and image.previews[0].url == "..." and not image.is_mosaic
    assert image.acquisition_date == datetime(2022, 6, 7, 13, 27, 33, tzinfo=timezone.utc)
    bare = CatalogPage.from_json([json.loads(CATALOG_IMAGE)])  # the docs show a bare array
    assert bare.total == 1 and bare.images[0].id == image.id


def test_every_source_params_variant():
    parsed = [source_from_json(json.loads(text)) for text in SOURCE_VARIANTS]
    assert parsed[0] == DataProviderSource("Mapbox", 18)
    assert parsed[1] == MyImagerySource(mosaic_id="uuid")
    assert parsed[2] == MyImagerySource(image_ids=("uuid",))
    assert parsed[3] == ImagerySearchSource("cg_mosaic_2022", ("id1", "id2"), 18)
    user_defined = parsed[4]
    assert isinstance(user_defined, UserDefinedSource) and user_defined.source_type is SourceType.XYZ
    assert user_defined.raster_password == "p" and "raster_password" not in repr(user_defined)
    for text, source in zip(SOURCE_VARIANTS, parsed):  # and they serialise back to the same JSON
        assert {source.key: source.to_json()} == json.loads(text)


def test_aoi_list_and_wrapped_form():
    aoi = {"id": "a1", "status": "IN_PROGRESS", "percentCompleted": 50, "area": 836643, "messages": [],
           "geometry": json.loads(FOOTPRINT)}
    assert Aoi.from_json(aoi).area == 836643
    from mapflow_processing.api.models import aois_from_json
    assert [a.id for a in aois_from_json({"aois": [aoi]})] == ["a1"]


def test_memory_plugin_and_api_reference_shapes():
    plugin = Memory.from_json({"memoryLimit": None, "memoryUsed": 10, "memoryFree": None,
                               "maxUploadFileSize": 2147483648, "maxPixelCount": 30000})
    assert plugin.memory_limit is None and plugin.max_pixel_count == 30000
    reference = Memory.from_json({"used_bytes": 100, "limit_bytes": 1000, "used_gb": 0.0})
    assert reference.memory_free == 900


def test_upload_response_shapes():
    assert UploadResult.from_json({"message": "Files successfully uploaded", "mosaic_id": "m1"}).mosaic_id == "m1"
    image_shaped = UploadResult.from_json(json.loads(IMAGE))  # api_reference returns the image object
    assert image_shaped.image_id == "uuid" and image_shaped.mosaic_id == "uuid"
