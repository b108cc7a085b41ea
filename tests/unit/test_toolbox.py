"""core.toolbox and core.source_choice: choices typed as text (models, options, projects, providers, ids) matched or
refused with what would do, the imagery source, a processing as a table row (no Qt)."""
from datetime import datetime, timezone

import pytest

from mapflow_processing.api.models import DataProviderSource, MyImagerySource, Processing, Project, \
    UserDefinedSource, UserStatus
from mapflow_processing.core.choices import SourceChoice, SourceKind
from mapflow_processing.core.source_choice import check_source_url, pick_source
from mapflow_processing.core.toolbox import (ChoiceError, find_data_provider, find_model, find_project, parse_blocks,
                                             parse_processing_ids, plain, processing_record)

BUILDINGS = {"id": "wd-b", "name": "🏠 Buildings", "pricePerSqKm": 10,
             "blocks": [{"name": "Segmentation", "displayName": "Segmentation", "optional": False, "price": 10},
                        {"name": "Classification", "displayName": "Building classification", "optional": True,
                         "price": 3},
                        {"name": "Heights", "displayName": "Height estimation", "optional": True, "price": 5}]}
FOREST = {"id": "wd-f", "name": "🌲 Forest", "pricePerSqKm": 8, "blocks": []}
CONSTRUCTION = {"id": "wd-c", "name": "🏗️ Construction sites", "pricePerSqKm": 5}
DEMO = {"id": "p1", "name": "Sandbox_Demo", "displayName": "🧪 Demo imagery",
        "price": [{"zoom": 18, "priceSqKm": 3}, {"zoom": 20, "priceSqKm": 9}]}
ARCHIVE = {"id": "p2", "name": "Archive", "displayName": "Satellite archive", "price": [{"zoom": 18, "priceSqKm": 60}]}
STATUS = UserStatus.from_json({"email": "me@x.com", "models": [BUILDINGS, FOREST, CONSTRUCTION],
                               "dataProviders": [DEMO, ARCHIVE]})
MODELS = STATUS.models
PROVIDERS = STATUS.data_providers


def project(pid, name, default=False):
    return Project.from_json({"id": pid, "name": name, "isDefault": default})


@pytest.mark.parametrize("wanted, expected", [
    ("wd-f", "🌲 Forest"), ("🏠 Buildings", "🏠 Buildings"), ("BUILDINGS", "🏠 Buildings"),
    ("buildings", "🏠 Buildings"), ("construction sites", "🏗️ Construction sites"),
    ("  Forest ", "🌲 Forest"), ("constructionsites", "🏗️ Construction sites"),
])
def test_a_model_by_id_name_or_plain_name(wanted, expected):
    assert find_model(MODELS, wanted).name == expected


def test_an_unknown_or_missing_model_lists_the_models():
    with pytest.raises(ChoiceError) as caught:
        find_model(MODELS, "Roads")
    assert str(caught.value) == ("There is no model “Roads” in this project. Models: “🏠 Buildings”, “🌲 Forest”, "
                                 "“🏗️ Construction sites”.")
    with pytest.raises(ChoiceError, match="Give a model: one of “🏠 Buildings”"):
        find_model(MODELS, " ")
    with pytest.raises(ChoiceError, match="This project has no models"):
        find_model((), "Buildings")
    with pytest.raises(ChoiceError):
        find_model(MODELS, "🏠")  # emoji only: no letters to match on


def test_options_by_name_or_display_name_required_blocks_change_nothing():
    buildings = STATUS.model("wd-b")
    assert parse_blocks(buildings, "") == ()
    assert parse_blocks(buildings, "heights; CLASSIFICATION, heights") == ("Heights", "Classification")
    assert parse_blocks(buildings, "Building classification, height estimation") == ("Classification", "Heights")
    assert parse_blocks(buildings, "Segmentation") == ()
    with pytest.raises(ChoiceError) as caught:
        parse_blocks(buildings, "Classification, Roofs, Walls")
    assert str(caught.value) == ("The model “🏠 Buildings” has no option “Roofs”, “Walls”. Its options: "
                                 "“Classification”, “Heights”.")
    with pytest.raises(ChoiceError, match="The model “🌲 Forest” has no options"):
        parse_blocks(STATUS.model("wd-f"), "Heights")


def test_projects_by_id_or_name_and_the_default():
    default, survey = project("d", "Default", True), project("s1", "Survey 2024")
    projects = (default, survey)
    assert find_project(projects, "", default) is default
    assert find_project(projects, "s1", default) is survey
    assert find_project(projects, "survey 2024", default) is survey
    with pytest.raises(ChoiceError, match="There is no project “Nope” in this account. Projects: “Default”, "
                                          "“Survey 2024”."):
        find_project(projects, "Nope", default)


def test_providers_by_name_display_name_or_the_first():
    assert find_data_provider(PROVIDERS, "").name == "Sandbox_Demo"
    assert find_data_provider(PROVIDERS, "archive").name == "Archive"
    assert find_data_provider(PROVIDERS, "Satellite archive").name == "Archive"
    assert find_data_provider(PROVIDERS, "sandbox demo").name == "Sandbox_Demo"
    with pytest.raises(ChoiceError, match="There is no imagery provider “Mapbox” for this account. Providers: "
                                          "“Sandbox_Demo”, “Archive”."):
        find_data_provider(PROVIDERS, "Mapbox")
    with pytest.raises(ChoiceError, match="no imagery providers"):
        find_data_provider((), "")


def test_processing_ids_as_a_list():
    assert parse_processing_ids("a1, b-2;c_3  a1\nd4") == ("a1", "b-2", "c_3", "d4")
    with pytest.raises(ChoiceError, match="Give at least one processing id"):
        parse_processing_ids(" , ")
    with pytest.raises(ChoiceError, match="“../etc” is not a processing id"):
        parse_processing_ids("ok1, ../etc")


def test_plain_keeps_letters_and_digits_of_any_script():
    assert plain("🏗️ Construction sites") == "constructionsites"
    assert plain("Здания 2") == "здания2"


def test_the_imagery_source_from_a_choice():
    provider = SourceChoice(SourceKind.PROVIDER, provider_name="sandbox_demo")
    working = pick_source(provider, PROVIDERS)  # the panel's default: the zoom the server would work at, sent
    assert working.params == DataProviderSource("Sandbox_Demo", 18) and working.zoom == 18
    server = pick_source(provider, PROVIDERS, server_zoom=True)
    assert server.params == DataProviderSource("Sandbox_Demo", None) and server.label == "🧪 Demo imagery"
    assert pick_source(SourceChoice(SourceKind.PROVIDER, provider_name="x"), PROVIDERS).problem
    url = pick_source(SourceChoice(SourceKind.URL, url="https://t.example.com/{z}/{x}/{-y}.png", url_type="TMS",
                                   zoom=17, login="me", password="pw"), PROVIDERS)
    assert url.params == UserDefinedSource("https://t.example.com/{z}/{x}/{-y}.png", "TMS", 17,
                                           raster_login="me", raster_password="pw")
    assert url.label == "TMS tiles from t.example.com, zoom 17"
    mosaic = pick_source(SourceChoice(SourceKind.MY_IMAGERY, mosaic_id="m1"), PROVIDERS)
    assert mosaic.params == MyImagerySource(mosaic_id="m1")
    assert pick_source(SourceChoice(SourceKind.MY_IMAGERY), PROVIDERS).problem.startswith("Choose a mosaic")


@pytest.mark.parametrize("url, kind, problem", [
    ("", "XYZ", "Enter the URL of your imagery service."),
    ("ftp://x/{z}/{x}/{y}", "XYZ", "The imagery URL must start with http:// or https://."),
    ("https://x/{z}/{x}.png", "XYZ", "A XYZ URL needs the placeholder(s) {y}"),
    ("https://x/{z}.png", "QUADKEY", "A Quadkey URL needs the placeholder(s) {q}"),
    ("https://x/wms?service=WMS", "WMS", "A WMS URL needs its LAYERS parameter"),
    ("https://x/wms?LAYERS=ortho", "WMS", ""),
])
def test_imagery_url_checks(url, kind, problem):
    assert check_source_url(url, kind).startswith(problem) and bool(problem) == bool(check_source_url(url, kind))


def test_a_processing_as_a_table_row():
    failed = Processing.from_json({
        "id": "p1", "name": "Roofs", "status": "FAILED", "aoiArea": 2_500_000, "cost": 30,
        "workflowDef": BUILDINGS, "created": "2024-05-01T10:00:00Z", "updated": "2024-05-01T10:05:00Z",
        "messages": [{"code": "source.tile.notFound", "parameters": {}}]})
    record = processing_record(failed)
    assert (record.id, record.name, record.model, record.status, record.area_km2, record.cost) == \
        ("p1", "Roofs", "🏠 Buildings", "FAILED", 2.5, 30)
    assert record.created == datetime(2024, 5, 1, 10, 0, tzinfo=timezone.utc)
    assert record.completed == datetime(2024, 5, 1, 10, 5, tzinfo=timezone.utc)
    assert record.message  # the readable reason of the failure
    running = processing_record(Processing.from_json({"id": "p2", "name": "x", "status": "IN_PROGRESS",
                                                      "percentCompleted": 40, "updated": "2024-05-01T10:05:00Z"}))
    assert running.completed is None and running.progress == 40 and running.area_km2 is None
    odd = processing_record(Processing.from_json({"id": "p3", "name": "x", "status": "PAUSED"}))
    assert odd.status == "PAUSED"  # an unknown status as the server wrote it
