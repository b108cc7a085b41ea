"""Estimate cost in headless QGIS against the sandbox: the server's price, the geodesic area, what blocks a start,
and every user error as a QgsProcessingException with a readable text (no traceback)."""
from __future__ import annotations

import pytest
from qgis.core import (QgsApplication, QgsAuthMethodConfig, QgsCoordinateReferenceSystem, QgsCoordinateTransform,
                       QgsProcessingException, QgsProject)

from mapflow_processing.api import DataProviderSource, ProcessingRequest
from tests.processing.helpers import RecordingFeedback, polygon_layer, run, square
from tests.sandbox_fixture import free_port

ESTIMATE = "mapflow:estimatecost"


def server_cost(client, geometry_geojson: dict, model_name: str, blocks=(), zoom=None) -> int:
    model = client.user_status().model(model_name)
    request = ProcessingRequest.for_model(model, geometry_geojson, DataProviderSource("Sandbox_Demo", zoom), blocks)
    return client.processing_cost(request.to_cost_request())


def geojson(geometry) -> dict:
    import json

    return json.loads(geometry.asJson())


def test_the_cost_is_the_servers_and_the_area_is_geodesic(mapflow_provider, stored_sign_in):
    shape = square(0.01, lon=37.60, lat=55.70)
    feedback = RecordingFeedback()
    result = run(ESTIMATE, {"AOI": polygon_layer((shape, "a")), "MODEL": "buildings",
                            "OPTIONS": "Classification, heights", "PROVIDER": "sandbox_demo", "ZOOM": 18}, feedback)
    expected = server_cost(stored_sign_in.client, geojson(shape), "🏠 Buildings", ("Classification", "Heights"), 18)
    assert result["COST"] == expected and expected > 0
    assert result["AREA_KM2"] == pytest.approx(0.4199, rel=1e-3)
    assert result["BLOCKING_REASON"] == "" and result["CAN_START"] is True
    assert result["BILLING_TYPE"] == "CREDITS"
    assert "Model: 🏠 Buildings, Classification, Height estimation; imagery: 🧪 Sandbox demo imagery, zoom 18." \
        in feedback.infos
    assert f"Cost: {expected} credits." in feedback.infos


def test_a_projected_layer_is_measured_like_its_lat_lon_twin(mapflow_provider, stored_sign_in):
    shape = square(0.01, lon=37.62, lat=55.71)
    projected = QgsProject.instance().transformContext()
    transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"),
                                       QgsCoordinateReferenceSystem("EPSG:3857"), projected)
    in_metres = square(0.01, lon=37.62, lat=55.71)
    in_metres.transform(transform)
    lat_lon = run(ESTIMATE, {"AOI": polygon_layer((shape, "a"))})
    metres = run(ESTIMATE, {"AOI": polygon_layer((in_metres, "a"), crs="EPSG:3857")})
    assert metres["AREA_KM2"] == pytest.approx(lat_lon["AREA_KM2"], rel=2e-3)
    assert metres["COST"] == lat_lon["COST"]


def test_what_blocks_a_start_is_an_output_not_a_failure(mapflow_provider, stored_sign_in):
    """The demo account may process 100 km² per processing: a larger area is priced, and the reason is named."""
    big = square(0.3, lon=37.40, lat=55.60)  # about 0.3° × 0.18°: ~380 km²
    result = run(ESTIMATE, {"AOI": polygon_layer((big, "big"))})
    assert result["CAN_START"] is False and result["COST"] > 0
    assert "your limit per processing is 100 km²" in result["BLOCKING_REASON"]


def test_another_account_through_an_authentication_configuration(mapflow_provider, stored_sign_in, sandbox_server):
    """AUTHCFG: a Basic configuration made in QGIS (user = e-mail, password = key) signs in as that account; a
    balance of 1 credit is named as what blocks the start."""
    email = "poor-toolbox@sandbox.mapflow.local"
    token = sandbox_server.cli("add-user", email, "--credits", "1").strip().splitlines()[-1]
    from mapflow_processing.api import credentials_from_token

    config = QgsAuthMethodConfig("Basic")
    config.setName("Poor Mapflow account")
    config.setConfig("username", email)
    config.setConfig("password", credentials_from_token(token).secret)
    manager = QgsApplication.authManager()
    stored = manager.storeAuthenticationConfig(config)
    config = stored[1] if isinstance(stored, tuple) else config
    try:
        feedback = RecordingFeedback()
        result = run(ESTIMATE, {"AOI": polygon_layer((square(), "a")), "AUTHCFG": config.id()}, feedback)
        assert f"as {email}" in feedback.text
        assert result["CAN_START"] is False
        assert result["BLOCKING_REASON"] == \
            f"This processing costs {result['COST']} credits; your balance is 1 credits."
        assert token not in feedback.text and credentials_from_token(token).secret not in feedback.text
    finally:
        manager.removeAuthenticationConfig(config.id())


@pytest.mark.parametrize("parameters, expected", [
    ({"MODEL": "Glaciers"}, "There is no model “Glaciers” in this project. Models: “🏠 Buildings”, “🌲 Forest”, "
                            "“🚗 Roads”, “🏗️ Construction sites”."),
    ({"MODEL": "Forest", "OPTIONS": "Classification"},
     "The model “🌲 Forest” has no option “Classification”. Its options: “Heights”."),
    ({"PROVIDER": "Landsat"}, "There is no imagery provider “Landsat” for this account. Providers: “Sandbox_Demo”, "
                              "“Sandbox_Demo_Archive”."),
    ({"PROJECT": "No such project"}, "There is no project “No such project” in this account."),
    ({"URL": "https://tiles.example.com/{z}/{x}.png"}, "A XYZ URL needs the placeholder(s) {y}"),
    ({"AUTHCFG": "abc"}, "“abc” is not an authentication configuration id"),
    ({"AUTHCFG": "zzzzzzz"}, "There is no authentication configuration “zzzzzzz” in this QGIS profile."),
])
def test_a_wrong_choice_is_named_with_what_would_do(mapflow_provider, stored_sign_in, parameters, expected):
    with pytest.raises(QgsProcessingException) as caught:
        run(ESTIMATE, {"AOI": polygon_layer((square(), "a")), **parameters})
    assert expected in str(caught.value)
    assert "Traceback" not in str(caught.value)


def test_an_area_without_polygons_and_a_server_without_sign_in(mapflow_provider, stored_sign_in):
    empty = polygon_layer(name="empty")
    with pytest.raises(QgsProcessingException) as caught:
        run(ESTIMATE, {"AOI": empty})
    assert "no polygon" in str(caught.value)
    elsewhere = f"http://127.0.0.1:{free_port()}/rest"
    with pytest.raises(QgsProcessingException) as caught:
        run(ESTIMATE, {"AOI": polygon_layer((square(), "a")), "SERVER": elsewhere})
    assert str(caught.value).startswith(f"There is no stored Mapflow sign-in for {elsewhere}.")


def test_a_server_that_does_not_answer_is_named(mapflow_provider, stored_sign_in, unlocked_auth):
    """A stored sign-in for a local address where nothing runs: the sign-in's own wording, no traceback."""
    from mapflow_processing.integration.auth import SecretStore
    from mapflow_processing.integration.settings_store import SettingsStore

    secrets = SecretStore(SettingsStore(), interactive=False)
    nowhere = f"http://127.0.0.1:{free_port()}/rest"
    secrets.save_api_token(nowhere, stored_sign_in.token)
    try:
        with pytest.raises(QgsProcessingException) as caught:
            run(ESTIMATE, {"AOI": polygon_layer((square(), "a")), "SERVER": nowhere})
        assert "Is the sandbox running?" in str(caught.value)
    finally:
        secrets.forget_api_token(nowhere)
