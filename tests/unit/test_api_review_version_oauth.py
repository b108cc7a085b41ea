"""The api models added for the review workflow, /version and OAuth2 sign-in (no server)."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from mapflow_processing.api import InvalidRequestError
from mapflow_processing.api.error_catalog import describe_code
from mapflow_processing.api.models import (ApiVersion, ImageStatus, Processing, ReviewState, VersionCheck,
                                           VersionVerdict, rejection_body)
from mapflow_processing.api.oauth import OAuthError, OAuthSettings, OAuthTokens, Pkce, challenge_for


# --- review ------------------------------------------------------------------------------------------------------
def test_processing_with_a_review_and_the_latest_rejection():
    processing = Processing.from_json({
        "id": "p", "name": "n", "status": "OK",
        "reviewStatus": {"reviewStatus": "NOT_ACCEPTED", "inReviewUntil": "2030-01-02T03:04:05.123456Z",
                         "feedback": "roads cut"},
        "reviewRejection": {"comment": "roads cut", "featureCount": 3, "rejectedAt": "2030-01-01T00:00:00Z",
                            "email": "a@b.c"}})
    review = processing.review_status
    assert review.state is ReviewState.NOT_ACCEPTED and not review.awaits_decision
    assert review.time_left(datetime(2030, 1, 1, 3, 4, 5, 123456, tzinfo=timezone.utc)) == timedelta(days=1)
    rejection = processing.review_rejection
    assert (rejection.comment, rejection.feature_count, rejection.email) == ("roads cut", 3, "a@b.c")
    assert rejection.rejected_at == datetime(2030, 1, 1, tzinfo=timezone.utc)
    plain = Processing.from_json({"id": "p", "name": "n", "status": "OK", "reviewStatus": None})
    assert plain.review_status is None and plain.review_rejection is None


def test_rejection_body_keeps_geometry_and_remarks():
    point = {"type": "Point", "coordinates": [37.6, 55.7, 120.0]}
    body = rejection_body("  missed  ", {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"remark": "house"}, "geometry": point, "id": 7}]})
    assert body == {"comment": "missed", "features": {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"remark": "house"}, "geometry": point}]}}
    assert rejection_body("only words")["features"] == {"type": "FeatureCollection", "features": []}


@pytest.mark.parametrize("comment, features", [
    (None, None), ("", None),
    ("x", {"type": "FeatureCollection", "features": "no"}),
    ("x", {"type": "FeatureCollection", "features": [{"geometry": {"type": "Polygon", "coordinates": []}}]}),
    ("x", {"type": "FeatureCollection", "features": [{"geometry": {"type": "Point", "coordinates": [1, 95]}}]}),
    ("x", {"type": "FeatureCollection", "features": [{"geometry": {"type": "Point",
                                                                   "coordinates": [float("nan"), 1]}}]}),
])
def test_rejection_body_refusals(comment, features):
    with pytest.raises(InvalidRequestError):
        rejection_body(comment, features)


def test_review_codes_read_clearly():
    assert describe_code("REVIEW_FEATURES_TOO_LARGE", {"size": 6 * 2 ** 20, "maxSize": 5 * 2 ** 20}) == \
        "The marked features take 6 MB; at most 5 MB can be sent."
    assert describe_code("PROCESSING_NOT_OK", {"status": "FAILED"}) == \
        "Only a finished result can be reviewed; this processing is FAILED."
    assert describe_code("REVIEW_GEOMETRY_TYPE_NOT_ALLOWED", {"geometryType": "GeometryCollection"}) == \
        "A marked feature is a GeometryCollection; mark points, lines or polygons."


def test_image_status_tells_when_it_is_ready():
    status = ImageStatus.from_json({"image_id": "i", "preprocessing_status": "in_progress",
                                    "ready_at": "2030-01-01T00:10:00Z"})
    assert status.preprocessing_status == "IN_PROGRESS" and not status.is_final
    assert status.ready_at == datetime(2030, 1, 1, 0, 10, tzinfo=timezone.utc)


# --- version -----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("server, client, verdict", [
    ("3.6.0", "3.6.0", VersionVerdict.SAME),
    ("4.0.0", "3.9.9", VersionVerdict.SERVER_NEWER_MAJOR),
    ("3.7.0", "3.6.5", VersionVerdict.SERVER_NEWER_MINOR),
    ("3.6.1", "3.6.0", VersionVerdict.SERVER_NEWER_MINOR),
    ("3.5.0", "3.6.0", VersionVerdict.SERVER_OLDER),
    ("2.9.9", "3.0.0", VersionVerdict.SERVER_OLDER),
    ('"3.6.0"\n', "3.6.0", VersionVerdict.SAME),
    ("v3.6.0", "3.6.0", VersionVerdict.SAME),
    ("1", "3.6.0", VersionVerdict.UNKNOWN),
    ("3.6", "3.6.0", VersionVerdict.UNKNOWN),
    ("<html>", "3.6.0", VersionVerdict.UNKNOWN),
    ("3.6.0", "dev", VersionVerdict.UNKNOWN),
])
def test_version_verdicts(server, client, verdict):
    assert VersionCheck.compare(server, client).verdict is verdict


def test_versions_order_by_number_not_text():
    assert ApiVersion.parse("3.10.0") > ApiVersion.parse("3.9.0")
    assert str(ApiVersion.parse(" 12.0.3 ")) == "12.0.3" and ApiVersion.parse(None) is None


# --- OAuth2 ------------------------------------------------------------------------------------------------------
def test_pkce_follows_rfc_7636():
    # the example of RFC 7636, appendix B
    assert challenge_for("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk") == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
    pair = Pkce.generate()
    assert 43 <= len(pair.verifier) <= 128 and pair.challenge == challenge_for(pair.verifier)
    assert pair.method == "S256" and pair.verifier not in repr(pair)
    assert Pkce.generate().verifier != pair.verifier


def test_settings_of_the_real_service_and_of_a_sandbox():
    production = OAuthSettings.for_environment()
    assert production.authorization_url == \
        "https://auth.mapflow.ai/auth/realms/mapflow/protocol/openid-connect/auth"
    assert production.token_url == "https://auth.mapflow.ai/auth/realms/mapflow/protocol/openid-connect/token"
    assert (production.client_id, production.redirect_uri) == ("qgis", "http://127.0.0.1:7070/")
    assert production.scope == "openid profile email"
    assert OAuthSettings.for_environment("staging").realm_url == "https://auth.mapflow.ai/auth/realms/mapflow-staging"
    assert OAuthSettings.for_api("https://whitemaps-internal.mapflow.ai/rest").realm_url.endswith("mapflow-internal")
    assert OAuthSettings.for_api("https://api.mapflow.ai/rest") == production
    sandbox = OAuthSettings.for_api("http://127.0.0.1:8765/rest")
    assert sandbox.token_url == "http://127.0.0.1:8765/auth/realms/mapflow/protocol/openid-connect/token"
    assert sandbox.revocation_url.endswith("/revoke") and sandbox.logout_url.endswith("/logout")
    assert OAuthSettings.for_api("http://h:1/rest", redirect_port=53682).redirect_uri == "http://127.0.0.1:53682/"
    for bad in (lambda: OAuthSettings.for_environment("moon"), lambda: OAuthSettings.for_api("ftp://x"),
                lambda: OAuthSettings.keycloak("not a url")):
        with pytest.raises(InvalidRequestError):
            bad()


def test_token_answers_and_errors():
    tokens = OAuthTokens.from_json({"access_token": "A" * 40, "expires_in": 300, "refresh_token": "R" * 40,
                                    "refresh_expires_in": 1800, "token_type": "Bearer", "scope": "openid"},
                                   obtained_at=1000.0)
    assert tokens.expires_at == 1300.0 and "A" * 40 not in repr(tokens) and "R" * 40 not in repr(tokens)
    with pytest.raises(OAuthError):
        OAuthTokens.from_json({"error": "x"})
    assert str(OAuthError("invalid_grant", "Code expired")) == \
        "The Mapflow sign-in has expired or was ended. Sign in again."
    assert str(OAuthError("invalid_client", "Unknown client 'x'")) == \
        "The Mapflow sign-in was refused (invalid_client): Unknown client 'x'"
