"""core/version_notice.py and core/oauth_setup.py: what the dock says about /version, and the QGIS OAuth2
configuration for Mapflow's Keycloak by QGIS version."""
from __future__ import annotations

from mapflow_processing.api.models import VersionCheck
from mapflow_processing.api.oauth import OAuthSettings
from mapflow_processing.core.oauth_setup import oauth2_config, pkce_grant_flow, unavailable_reason
from mapflow_processing.core.version_notice import KNOWN_API_VERSION, version_notice


def test_a_newer_major_version_warns_every_time():
    notice = version_notice(VersionCheck.compare("4.0.1", KNOWN_API_VERSION), already_told="4.0.1")
    assert notice.warning and "newer major version of its API (4.0.1)" in notice.text
    assert "Update Mapflow Processing in Plugins › Manage and Install Plugins" in notice.text
    assert "keep working" in notice.text and notice.remember == ""


def test_a_newer_minor_version_is_told_once():
    notice = version_notice(VersionCheck.compare("3.7.0", KNOWN_API_VERSION))
    assert not notice.warning and "newer version of its API (3.7.0" in notice.text and notice.remember == "3.7.0"
    assert version_notice(VersionCheck.compare("3.7.0", KNOWN_API_VERSION), already_told="3.7.0") is None
    assert version_notice(VersionCheck.compare("3.7.1", KNOWN_API_VERSION), already_told="3.7.0") is not None


def test_nothing_for_the_same_an_older_or_an_odd_version():
    for text in (KNOWN_API_VERSION, "0.1.0", "1", "", "banana"):
        assert version_notice(VersionCheck.compare(text, KNOWN_API_VERSION)) is None


def test_pkce_needs_qgis_3_34_and_its_number_moved_in_3_44():
    assert pkce_grant_flow(32216) is None and pkce_grant_flow(33399) is None
    assert pkce_grant_flow(33400) == 3 and pkce_grant_flow(34299) == 3
    assert pkce_grant_flow(34400) == 4 and pkce_grant_flow(40000) == 4
    assert "needs QGIS 3.34 or later" in unavailable_reason(32216) and "API token" in unavailable_reason(32216)
    assert unavailable_reason(33400) == ""
    assert "no OAuth2 authentication method" in unavailable_reason(34000, method_available=False)


def test_the_configuration_for_mapflow_keycloak():
    config = oauth2_config(OAuthSettings.for_api("https://api.mapflow.ai/rest"), 3, "Mapflow")
    assert config["grantFlow"] == 3 and config["clientId"] == "qgis" and config["clientSecret"] == ""
    assert config["requestUrl"] == "https://auth.mapflow.ai/auth/realms/mapflow/protocol/openid-connect/auth"
    assert config["tokenUrl"] == config["refreshTokenUrl"] == \
        "https://auth.mapflow.ai/auth/realms/mapflow/protocol/openid-connect/token"
    assert (config["redirectPort"], config["redirectUrl"]) == (7070, "")
    assert "redirectHost" not in config  # QGIS 3.22 refuses a configuration with a key it does not know
    assert config["scope"] == "openid profile email" and config["persistToken"] is True
    assert config["accessMethod"] == 0 and config["configType"] == 1  # Authorization header, custom
    staging = oauth2_config(OAuthSettings.for_api("https://whitemaps-staging.mapflow.ai/rest"), 4, "s",
                            username="u")
    assert "/realms/mapflow-staging/" in staging["tokenUrl"] and staging["username"] == "u"
