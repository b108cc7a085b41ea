"""core/duplicate.py: the copy's name, model and options, imagery choices and the notes for the user."""
from __future__ import annotations

import json

from mapflow_processing.api.models import Processing, UserStatus
from mapflow_processing.api.models.sources import ImagerySearchSource
from mapflow_processing.core.choices import ChoiceKey, model_blocks_key
from mapflow_processing.core.duplicate import copy_name, plan_duplicate

STATUS = UserStatus.from_json({
    "models": [{"id": "wd-b", "name": "🏠 Buildings", "pricePerSqKm": 5,
                "blocks": [{"name": "Classification", "displayName": "Classification", "optional": True},
                           {"name": "Heights", "displayName": "Heights", "optional": True},
                           {"name": "Core", "optional": False}]}],
    "dataProviders": [{"name": "Sandbox_Demo", "displayName": "Demo", "price": [{"zoom": 18, "priceSqKm": 1}]}]})
MODELS, PROVIDERS = STATUS.models, STATUS.data_providers


def original(source, name="Roofs", model_id="wd-b", model_name="🏠 Buildings", blocks=(("Classification", True),
                                                                                   ("Heights", False))):
    return Processing.from_json({
        "id": "p1", "name": name, "status": "OK", "workflowDef": {"id": model_id, "name": model_name},
        "blocks": [{"name": n, "enabled": e} for n, e in blocks], "params": {"sourceParams": source}})


def test_copy_names():
    assert copy_name("Roofs") == "Roofs (copy)"
    assert copy_name("Roofs", ["Roofs (copy)"]) == "Roofs (copy 2)"
    assert copy_name("Roofs (copy)", ["Roofs", "Roofs (copy)"]) == "Roofs (copy 2)"
    assert copy_name("Roofs (copy 2)", ["Roofs (copy)", "Roofs (copy 2)", "Roofs (copy 3)"]) == "Roofs (copy 4)"
    assert copy_name("") == "Processing (copy)"


def test_provider_source_model_and_options():
    plan = plan_duplicate(original({"dataProvider": {"providerName": "sandbox_demo", "zoom": 17}}), MODELS, PROVIDERS)
    assert plan.name == "Roofs (copy)" and plan.model.id == "wd-b" and plan.notes == ()
    assert plan.choices[ChoiceKey.MODEL.value] == "🏠 Buildings"
    assert json.loads(plan.choices[model_blocks_key("wd-b")]) == {"Classification": True, "Heights": False}
    assert plan.choices[ChoiceKey.SOURCE_KIND.value] == "provider"
    assert plan.choices[ChoiceKey.PROVIDER.value] == "Sandbox_Demo"  # the account's spelling
    assert plan.choices[ChoiceKey.ZOOM.value] == "17"


def test_url_source_keeps_the_login_never_a_password():
    plan = plan_duplicate(original({"userDefined": {"sourceType": "TMS", "url": "https://t.example/{z}/{x}/{y}.png",
                                                     "zoom": 19, "rasterLogin": "me", "rasterPassword": None}}),
                          MODELS, PROVIDERS)
    assert plan.choices[ChoiceKey.SOURCE_KIND.value] == "url"
    assert plan.choices[ChoiceKey.URL.value] == "https://t.example/{z}/{x}/{y}.png"
    assert plan.choices[ChoiceKey.URL_TYPE.value] == "TMS" and plan.choices[ChoiceKey.URL_ZOOM.value] == "19"
    assert plan.raster_login == "me" and "password" not in json.dumps(plan.choices).lower()


def test_own_imagery_and_search_scenes():
    plan = plan_duplicate(original({"myImagery": {"mosaicId": "m1", "imageIds": ["i1"]}}), MODELS, PROVIDERS)
    assert (plan.choices[ChoiceKey.MOSAIC.value], plan.choices[ChoiceKey.IMAGE.value]) == ("m1", "i1")
    several = plan_duplicate(original({"myImagery": {"imageIds": ["i1", "i2"]}}), MODELS, PROVIDERS,
                             image_mosaic="m9")
    assert several.choices[ChoiceKey.MOSAIC.value] == "m9" and several.choices[ChoiceKey.IMAGE.value] == ""
    assert "used 2 images of a mosaic" in several.notes[0]
    lost = plan_duplicate(original({"myImagery": {"imageIds": ["i1"]}}), MODELS, PROVIDERS)
    assert ChoiceKey.SOURCE_KIND.value not in lost.choices and "not found among your imagery" in lost.notes[0]
    scenes = plan_duplicate(original({"imagerySearch": {"dataProvider": "sbx_hr", "imageIds": ["s1", "s2"],
                                                         "zoom": 18}}), MODELS, PROVIDERS)
    assert scenes.search_source == ImagerySearchSource("sbx_hr", ("s1", "s2"), 18)
    assert ChoiceKey.SOURCE_KIND.value not in scenes.choices


def test_what_the_project_or_account_lacks_is_a_note():
    plan = plan_duplicate(original({"dataProvider": {"providerName": "Maxar"}}, model_id="x", model_name="Forest"),
                          MODELS, PROVIDERS, existing_names=["Roofs (copy)"])
    assert plan.model is None and plan.name == "Roofs (copy 2)"
    assert any("model “Forest” of the original is not available in this project" in n for n in plan.notes)
    assert any("data provider “Maxar”" in n for n in plan.notes)
    renamed = plan_duplicate(original({"dataProvider": {"providerName": "Sandbox_Demo"}}, model_id="other-id"),
                             MODELS, PROVIDERS)
    assert renamed.model.id == "wd-b"  # the same model under another project's id: found by name
    local = plan_duplicate(original({"userDefined": {"sourceType": "LOCAL", "url": "s3://b/x.tif"}}), MODELS,
                           PROVIDERS)
    assert "GeoTIFF source the dock cannot choose" in local.notes[0]
