"""OAuth2 sign-in with the client's OAuthClient against the sandbox's authorization server, and the API used with
the resulting Bearer tokens (contract 1.2)."""
from __future__ import annotations

import base64
import logging
import uuid
from urllib.parse import parse_qs, urlsplit

import pytest
import requests

from mapflow_processing.api import AuthenticationError, MapflowClient
from mapflow_processing.api.oauth import OAuthClient, OAuthError, OAuthSettings, Pkce
from tests.api.sandbox_helpers import add_user, advance_clock


@pytest.fixture()
def account(api_clock_server):
    email = f"oauth-{uuid.uuid4().hex[:8]}@example.com"
    client = add_user(api_clock_server, email)
    token = api_clock_server.cli("token", email).strip()
    client.close()
    return email, base64.b64decode(token).decode().split(":", 1)[1]


@pytest.fixture()
def oauth(api_clock_server):
    with OAuthClient(OAuthSettings.for_api(api_clock_server.base_url)) as client:
        yield client


def code_from(response: requests.Response, state: str) -> str:
    assert response.status_code == 302, response.text[:300]
    query = parse_qs(urlsplit(response.headers["location"]).query)
    assert query["state"] == [state]
    return query["code"][0]


def sign_in(oauth: OAuthClient, email: str, secret: str):
    """The browser part, done with requests: the sign-in page's form posted with the account's API secret."""
    pkce, state = Pkce.generate(), uuid.uuid4().hex
    url = oauth.authorization_url(pkce, state)
    response = requests.post(url, data={"email": email, "password": secret, "action": "approve"},
                             allow_redirects=False, timeout=30)
    return oauth.exchange_code(code_from(response, state), pkce)


def bearer_client(server, tokens) -> MapflowClient:
    return MapflowClient(server.base_url, tokens.access_token, auth_scheme="Bearer")


def test_settings_match_the_servers_discovery(api_clock_server, oauth):
    settings = oauth.settings
    discovery = requests.get(settings.discovery_url, timeout=30).json()
    assert discovery["authorization_endpoint"] == settings.authorization_url
    assert discovery["token_endpoint"] == settings.token_url
    assert discovery["revocation_endpoint"] == settings.revocation_url
    assert discovery["end_session_endpoint"] == settings.logout_url
    assert discovery["userinfo_endpoint"] == settings.userinfo_url
    assert settings.client_id == "qgis" and settings.redirect_uri == "http://127.0.0.1:7070/"


def test_code_flow_then_the_api_with_bearer_tokens(api_clock_server, oauth, account):
    email, secret = account
    tokens = sign_in(oauth, email, secret)
    assert tokens.token_type == "Bearer" and tokens.expires_in == 300 and tokens.refresh_token
    assert tokens.expires_at == pytest.approx(tokens.obtained_at + 300)
    with bearer_client(api_clock_server, tokens) as client:
        assert client.user_status().email == email
        assert client.get_project("default").is_default
    assert oauth.userinfo(tokens.access_token)["email"] == email


def test_auto_approved_sign_in_with_a_login_hint(api_clock_server, oauth, account):
    email, _ = account
    pkce, state = Pkce.generate(), "hinted"
    response = requests.get(oauth.authorization_url(pkce, state, login_hint=email), allow_redirects=False,
                            timeout=30)
    tokens = oauth.exchange_code(code_from(response, state), pkce)
    with bearer_client(api_clock_server, tokens) as client:
        assert client.user_status().email == email


def test_a_code_with_another_verifier_is_refused(oauth, account):
    email, secret = account
    pkce, state = Pkce.generate(), "s"
    response = requests.post(oauth.authorization_url(pkce, state), allow_redirects=False, timeout=30,
                             data={"email": email, "password": secret, "action": "approve"})
    with pytest.raises(OAuthError) as caught:
        oauth.exchange_code(code_from(response, state), Pkce.generate())
    assert caught.value.error == "invalid_grant" and caught.value.status == 400
    assert "does not match" in caught.value.description
    assert str(caught.value) == "The Mapflow sign-in has expired or was ended. Sign in again."


def test_refresh_expiry_and_sign_out(api_clock_server, oauth, account):
    email, secret = account
    tokens = sign_in(oauth, email, secret)
    advance_clock(api_clock_server, seconds=301)
    with bearer_client(api_clock_server, tokens) as expired:
        with pytest.raises(AuthenticationError) as caught:
            expired.user_status()
    assert caught.value.status == 401 and caught.value.params == {"reason": "expired"}
    renewed = oauth.refresh(tokens.refresh_token)
    assert renewed.refresh_token != tokens.refresh_token
    with bearer_client(api_clock_server, renewed) as client:
        assert client.user_status().email == email
        oauth.revoke(renewed.refresh_token, "refresh_token")  # sign-out
        with pytest.raises(AuthenticationError):
            client.user_status()
    with pytest.raises(OAuthError):
        oauth.refresh(renewed.refresh_token)


def test_logout_ends_the_sign_in(api_clock_server, oauth, account):
    tokens = sign_in(oauth, *account)
    oauth.logout(tokens.refresh_token)
    with bearer_client(api_clock_server, tokens) as client, pytest.raises(AuthenticationError):
        client.user_status()
    with pytest.raises(OAuthError) as caught:
        oauth.logout(tokens.refresh_token + "x")
    assert caught.value.error == "invalid_grant"


def test_password_grant_and_its_refusals(api_clock_server, sandbox_server, oauth, account):
    email, secret = account
    tokens = oauth.password_grant(email, secret)
    with bearer_client(api_clock_server, tokens) as client:
        assert client.user_status().email == email
    with pytest.raises(OAuthError) as caught:
        oauth.password_grant(email, "wrong-secret")
    assert caught.value.description == "Invalid user credentials"
    with OAuthClient(OAuthSettings.for_api(sandbox_server.base_url)) as plain:  # no --oauth-password-grant
        with pytest.raises(OAuthError) as caught:
            plain.password_grant(email, secret)
    assert caught.value.error == "unauthorized_client"
    assert "unauthorized_client" in str(caught.value)


def test_tokens_never_reach_the_log_or_error_texts(api_clock_server, oauth, account, caplog):
    caplog.set_level(logging.DEBUG, logger="mapflow_processing.api")
    tokens = sign_in(oauth, *account)
    oauth.revoke(tokens.access_token)
    with bearer_client(api_clock_server, tokens) as client, pytest.raises(AuthenticationError) as caught:
        client.user_status()
    assert tokens.access_token not in str(caught.value) and tokens.access_token not in repr(tokens)
    assert tokens.refresh_token not in repr(tokens)
    assert tokens.access_token not in caplog.text and tokens.refresh_token not in caplog.text
