"""The OAuth2 authorization server (Keycloak layout, contract 1.2): the PKCE authorization-code flow, refresh,
revocation, logout, expiry on the sandbox clock, and the API accepting the access tokens as Bearer."""
from __future__ import annotations

import base64
import hashlib
import re
import secrets
from urllib.parse import parse_qs, urlsplit

import pytest
import requests

from tests.sandbox.conftest import unique_email
from tests.sandbox.helpers import advance_clock, new_user
from tests.sandbox_fixture import REPO

REALM = "mapflow"
REDIRECT = "http://127.0.0.1:7070/"


def endpoint(server, name: str, realm: str = REALM) -> str:
    return f"{server.root_url}/auth/realms/{realm}/protocol/openid-connect/{name}"


def pkce() -> tuple:
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).decode().rstrip("=")
    return verifier, challenge


def auth_params(challenge: str, **extra) -> dict:
    return {"response_type": "code", "client_id": "qgis", "redirect_uri": REDIRECT, "scope": "openid profile",
            "state": "s-123", "code_challenge": challenge, "code_challenge_method": "S256", **extra}


def redirect_query(response) -> dict:
    assert response.status_code == 302, response.text[:300]
    location = response.headers["location"]
    return {k: v[0] for k, v in parse_qs(urlsplit(location).query).items()} | {"_to": location.split("?")[0]}


def sign_in(server, email: str, secret: str, challenge: str, **extra) -> requests.Response:
    """What a browser does: fetch the sign-in page, then post its form with the credentials."""
    params = auth_params(challenge, **extra)
    page = requests.get(endpoint(server, "auth"), params=params, timeout=30)
    assert page.status_code == 200 and "<form" in page.text
    return requests.post(endpoint(server, "auth"), params=params, timeout=30, allow_redirects=False,
                         data={"email": email, "password": secret, "action": "approve"})


def exchange(server, code: str, verifier, redirect_uri: str = REDIRECT, client_id: str = "qgis"):
    data = {"grant_type": "authorization_code", "code": code, "redirect_uri": redirect_uri, "client_id": client_id}
    if verifier is not None:
        data["code_verifier"] = verifier
    return requests.post(endpoint(server, "token"), data=data, timeout=30)


def refresh(server, refresh_token: str):
    return requests.post(endpoint(server, "token"), timeout=30, data={
        "grant_type": "refresh_token", "refresh_token": refresh_token, "client_id": "qgis"})


def api_status(server, access_token: str) -> requests.Response:
    return requests.get(f"{server.base_url}/user/status", headers={"Authorization": f"Bearer {access_token}"},
                        timeout=30)


def grant_error(response, error: str = "invalid_grant") -> str:
    assert response.status_code in (400, 401), response.text
    assert response.json()["error"] == error, response.text
    return response.json()["error_description"]


@pytest.fixture()
def account(clock_server):
    email = unique_email("oauth")
    api = new_user(clock_server, email)
    token = api.session.headers["Authorization"].split()[1]
    secret = base64.b64decode(token).decode().split(":", 1)[1]
    return {"email": email, "secret": secret, "token": token}


@pytest.fixture()
def tokens(clock_server, account) -> dict:
    verifier, challenge = pkce()
    code = redirect_query(sign_in(clock_server, account["email"], account["secret"], challenge))["code"]
    response = exchange(clock_server, code, verifier)
    assert response.status_code == 200, response.text
    return response.json()


def test_discovery_in_keycloak_layout(clock_server, sandbox_server):
    realm = requests.get(f"{clock_server.root_url}/auth/realms/mapflow/.well-known/openid-configuration",
                         timeout=30).json()
    root = requests.get(f"{clock_server.root_url}/.well-known/openid-configuration", timeout=30).json()
    assert realm == root
    base = f"{clock_server.root_url}/auth/realms/mapflow/protocol/openid-connect"
    assert realm["issuer"] == f"{clock_server.root_url}/auth/realms/mapflow"
    assert (realm["authorization_endpoint"], realm["token_endpoint"]) == (f"{base}/auth", f"{base}/token")
    assert realm["revocation_endpoint"] == f"{base}/revoke" and realm["end_session_endpoint"] == f"{base}/logout"
    assert realm["code_challenge_methods_supported"] == ["S256"]
    assert "password" in realm["grant_types_supported"]  # this server was started with --oauth-password-grant
    plain = requests.get(f"{sandbox_server.root_url}/.well-known/openid-configuration", timeout=30).json()
    assert plain["grant_types_supported"] == ["authorization_code", "refresh_token"]
    staging = requests.get(f"{clock_server.root_url}/auth/realms/mapflow-staging/.well-known/openid-configuration",
                           timeout=30)
    assert staging.status_code == 200
    missing = requests.get(endpoint(clock_server, "auth", realm="nope"), params=auth_params(pkce()[1]), timeout=30)
    assert missing.status_code == 404 and missing.json() == {"error": "Realm does not exist"}


def test_code_flow_with_pkce_gives_tokens_the_api_accepts(clock_server, account):
    verifier, challenge = pkce()
    query = redirect_query(sign_in(clock_server, account["email"], account["secret"], challenge))
    assert query["_to"] == REDIRECT and query["state"] == "s-123" and query["code"]
    response = exchange(clock_server, query["code"], verifier)
    assert response.status_code == 200 and response.headers["cache-control"] == "no-store"
    body = response.json()
    assert body["token_type"] == "Bearer" and body["expires_in"] == 300 and body["refresh_expires_in"] == 1800
    assert body["scope"] == "openid profile" and body["access_token"] != body["refresh_token"]
    status = api_status(clock_server, body["access_token"])
    assert status.status_code == 200 and status.json()["email"] == account["email"]
    userinfo = requests.get(endpoint(clock_server, "userinfo"), timeout=30,
                            headers={"Authorization": f"Bearer {body['access_token']}"}).json()
    assert userinfo["email"] == account["email"] and userinfo["preferred_username"] == account["email"]
    # the API token keeps working next to OAuth2 (Basic and Bearer)
    for scheme in ("Basic", "Bearer"):
        assert requests.get(f"{clock_server.base_url}/user/status", timeout=30,
                            headers={"Authorization": f"{scheme} {account['token']}"}).status_code == 200


def test_the_whole_api_token_is_accepted_on_the_sign_in_page_and_any_loopback_port(clock_server, account):
    verifier, challenge = pkce()
    other = "http://localhost:53682/callback"
    query = redirect_query(sign_in(clock_server, account["email"], account["token"], challenge, redirect_uri=other))
    assert query["_to"] == other
    assert exchange(clock_server, query["code"], verifier, redirect_uri=other).status_code == 200


def test_wrong_credentials_stay_on_the_page(clock_server, account):
    response = sign_in(clock_server, account["email"], "not-the-secret", pkce()[1])
    assert response.status_code == 401 and "location" not in response.headers
    assert "Invalid email or API secret" in response.text and account["email"] in response.text
    assert "www-authenticate" not in response.headers
    assert sign_in(clock_server, "nobody@example.test", account["secret"], pkce()[1]).status_code == 401


def test_cancel_returns_access_denied(clock_server, account):
    params = auth_params(pkce()[1])
    response = requests.post(endpoint(clock_server, "auth"), params=params, data={"action": "deny"},
                             allow_redirects=False, timeout=30)
    query = redirect_query(response)
    assert query["error"] == "access_denied" and query["state"] == "s-123" and "code" not in query


@pytest.mark.parametrize("change, error", [
    ({"code_challenge": None, "code_challenge_method": None}, "invalid_request"),
    ({"code_challenge_method": None}, "invalid_request"),  # the RFC default would be plain
    ({"code_challenge_method": "plain"}, "invalid_request"),
    ({"code_challenge": "too-short"}, "invalid_request"),
    ({"response_type": "token"}, "unsupported_response_type"),
])
def test_authorization_requests_without_s256_pkce_go_back_with_an_error(clock_server, change, error):
    params = {k: v for k, v in {**auth_params(pkce()[1]), **change}.items() if v is not None}
    query = redirect_query(requests.get(endpoint(clock_server, "auth"), params=params, allow_redirects=False,
                                        timeout=30))
    assert query["_to"] == REDIRECT and query["error"] == error and query["state"] == "s-123"
    assert query["error_description"]


@pytest.mark.parametrize("change", [
    {"client_id": "someone-else"}, {"redirect_uri": "https://evil.example.com/"},
    {"redirect_uri": "http://127.0.0.1/no-port"}, {"redirect_uri": "http://192.168.1.5:7070/"},
    {"redirect_uri": None},
])
def test_never_redirects_to_an_address_that_is_not_the_clients(clock_server, change):
    params = {k: v for k, v in {**auth_params(pkce()[1]), **change}.items() if v is not None}
    response = requests.get(endpoint(clock_server, "auth"), params=params, allow_redirects=False, timeout=30)
    assert response.status_code == 400 and "location" not in response.headers
    assert "Sign-in error" in response.text


def test_wrong_or_missing_verifier_is_refused_and_uses_up_the_code(clock_server, account):
    verifier, challenge = pkce()
    code = redirect_query(sign_in(clock_server, account["email"], account["secret"], challenge))["code"]
    assert "does not match" in grant_error(exchange(clock_server, code, pkce()[0]))
    assert grant_error(exchange(clock_server, code, verifier))  # a code is good for one exchange only
    verifier, challenge = pkce()
    code = redirect_query(sign_in(clock_server, account["email"], account["secret"], challenge))["code"]
    assert "not specified" in grant_error(exchange(clock_server, code, None))
    verifier, challenge = pkce()
    code = redirect_query(sign_in(clock_server, account["email"], account["secret"], challenge))["code"]
    assert "redirect_uri" in grant_error(exchange(clock_server, code, verifier, redirect_uri="http://127.0.0.1:1/"))
    assert grant_error(exchange(clock_server, "made-up-code", verifier)) == "Code not valid"
    assert grant_error(exchange(clock_server, code, verifier, client_id="other"), "invalid_client")


def test_a_replayed_code_ends_the_sign_in_it_started(clock_server, account):
    verifier, challenge = pkce()
    code = redirect_query(sign_in(clock_server, account["email"], account["secret"], challenge))["code"]
    first = exchange(clock_server, code, verifier).json()
    assert api_status(clock_server, first["access_token"]).status_code == 200
    assert "already used" in grant_error(exchange(clock_server, code, verifier))
    refused = api_status(clock_server, first["access_token"])
    assert refused.status_code == 401 and refused.json()["params"]["reason"] == "revoked"
    assert grant_error(refresh(clock_server, first["refresh_token"]))


def test_an_expired_code_is_refused(clock_server, account):
    verifier, challenge = pkce()
    code = redirect_query(sign_in(clock_server, account["email"], account["secret"], challenge))["code"]
    advance_clock(clock_server, seconds=61)
    assert grant_error(exchange(clock_server, code, verifier)) == "Code expired"


def test_refresh_rotates_and_a_reused_refresh_token_ends_the_sign_in(clock_server, tokens):
    renewed = refresh(clock_server, tokens["refresh_token"])
    assert renewed.status_code == 200, renewed.text
    fresh = renewed.json()
    assert fresh["refresh_token"] != tokens["refresh_token"] and fresh["session_state"] == tokens["session_state"]
    assert api_status(clock_server, fresh["access_token"]).status_code == 200
    assert api_status(clock_server, tokens["access_token"]).status_code == 200  # the old one lives until it expires
    assert grant_error(refresh(clock_server, tokens["refresh_token"]))  # replayed: stolen?
    for token in (fresh["access_token"], tokens["access_token"]):
        assert api_status(clock_server, token).status_code == 401
    assert grant_error(refresh(clock_server, fresh["refresh_token"]))


def test_access_tokens_expire_and_refresh_tokens_later(clock_server, tokens):
    advance_clock(clock_server, seconds=301)
    expired = api_status(clock_server, tokens["access_token"])
    assert expired.status_code == 401 and "www-authenticate" not in expired.headers
    assert expired.json()["code"] == "UNAUTHORIZED" and expired.json()["params"] == {"reason": "expired"}
    assert "expired" in expired.json()["message"]
    renewed = refresh(clock_server, tokens["refresh_token"]).json()
    assert api_status(clock_server, renewed["access_token"]).status_code == 200
    advance_clock(clock_server, seconds=1801)
    assert "expired" in grant_error(refresh(clock_server, renewed["refresh_token"]))


def test_revoking_the_refresh_token_signs_out(clock_server, tokens):
    response = requests.post(endpoint(clock_server, "revoke"), timeout=30,
                             data={"token": tokens["refresh_token"], "token_type_hint": "refresh_token",
                                   "client_id": "qgis"})
    assert response.status_code == 200
    refused = api_status(clock_server, tokens["access_token"])
    assert refused.status_code == 401 and "revoked" in refused.json()["message"]
    assert grant_error(refresh(clock_server, tokens["refresh_token"]))
    unknown = requests.post(endpoint(clock_server, "revoke"), data={"token": "whatever", "client_id": "qgis"},
                            timeout=30)
    assert unknown.status_code == 200  # RFC 7009: nothing to say about unknown tokens
    assert requests.post(endpoint(clock_server, "revoke"), data={"token": "x", "client_id": "nope"},
                         timeout=30).status_code == 401


def test_revoking_an_access_token_leaves_the_sign_in(clock_server, tokens):
    requests.post(endpoint(clock_server, "revoke"), data={"token": tokens["access_token"], "client_id": "qgis"},
                  timeout=30).raise_for_status()
    assert api_status(clock_server, tokens["access_token"]).status_code == 401
    assert api_status(clock_server, refresh(clock_server, tokens["refresh_token"]).json()["access_token"]) \
        .status_code == 200


def test_logout_ends_the_sign_in(clock_server, tokens):
    response = requests.post(endpoint(clock_server, "logout"), timeout=30,
                             data={"refresh_token": tokens["refresh_token"], "client_id": "qgis"})
    assert response.status_code == 204
    assert api_status(clock_server, tokens["access_token"]).status_code == 401
    assert grant_error(refresh(clock_server, tokens["refresh_token"]))
    again = requests.post(endpoint(clock_server, "logout"), timeout=30,
                          data={"refresh_token": "unknown", "client_id": "qgis"})
    assert again.status_code == 400


def test_unknown_and_malformed_bearer_tokens_are_401_without_a_prompt(clock_server):
    for token in ("mfsbx_at_made-up", "mfsbx_rt_also"):
        response = api_status(clock_server, token)
        assert response.status_code == 401 and "www-authenticate" not in response.headers
    userinfo = requests.get(endpoint(clock_server, "userinfo"), timeout=30)
    assert userinfo.status_code == 401 and userinfo.json()["error"] == "invalid_token"


def test_password_grant_only_where_enabled(clock_server, sandbox_server, account):
    data = {"grant_type": "password", "client_id": "qgis", "username": account["email"],
            "password": account["secret"]}
    granted = requests.post(endpoint(clock_server, "token"), data=data, timeout=30)
    assert granted.status_code == 200 and api_status(clock_server, granted.json()["access_token"]).status_code == 200
    wrong = requests.post(endpoint(clock_server, "token"), data={**data, "password": "nope"}, timeout=30)
    assert grant_error(wrong) == "Invalid user credentials"
    disabled = requests.post(endpoint(sandbox_server, "token"), data=data, timeout=30)
    assert "--oauth-password-grant" in grant_error(disabled, "unauthorized_client")
    odd = requests.post(endpoint(clock_server, "token"), data={"grant_type": "implicit", "client_id": "qgis"},
                        timeout=30)
    assert grant_error(odd, "unsupported_grant_type")


def test_auto_approve_signs_in_the_hinted_user_without_a_form(clock_server, sandbox_server, account):
    verifier, challenge = pkce()
    params = auth_params(challenge, login_hint=account["email"])
    query = redirect_query(requests.get(endpoint(clock_server, "auth"), params=params, allow_redirects=False,
                                        timeout=30))
    assert exchange(clock_server, query["code"], verifier).status_code == 200
    unknown = requests.get(endpoint(clock_server, "auth"), params=auth_params(challenge, login_hint="x@y.test"),
                           allow_redirects=False, timeout=30)
    assert unknown.status_code == 200 and "<form" in unknown.text
    demo = requests.get(endpoint(sandbox_server, "auth"), allow_redirects=False, timeout=30,
                        params=auth_params(challenge, login_hint="demo@sandbox.mapflow.local"))
    assert demo.status_code == 200 and re.search(r"value='demo@sandbox\.mapflow\.local'", demo.text)


def test_version_answers_what_the_server_was_told(clock_server, sandbox_server):
    response = requests.get(f"{clock_server.base_url}/version", timeout=30)
    assert response.status_code == 200 and response.text == "2.0.0"
    assert response.headers["content-type"].startswith("text/plain")
    own = requests.get(f"{sandbox_server.base_url}/version", timeout=30).text
    plugin = re.search(r"^version=(\S+)", (REPO / "metadata.txt").read_text(), re.MULTILINE).group(1)
    assert own == plugin  # without --api-version: the plugin version of this repository
