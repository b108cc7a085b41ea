"""Authentication rules (contract 1.2) and the unauthenticated endpoints."""
from __future__ import annotations

import base64

import requests

from tests.sandbox.helpers import Api


def test_version_is_plain_text_without_auth(sandbox_server):
    response = requests.get(f"{sandbox_server.base_url}/version", timeout=10)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    parts = response.text.strip().split(".")
    assert len(parts) == 3 and all(p.isdigit() for p in parts)


def test_missing_token_is_401_json_without_www_authenticate(sandbox_server):
    response = requests.get(f"{sandbox_server.base_url}/projects/default", timeout=10)
    assert response.status_code == 401
    assert "www-authenticate" not in {k.lower() for k in response.headers}
    assert response.json()["code"] == "UNAUTHORIZED"


def test_wrong_secret_and_garbage_tokens_are_401(sandbox_server):
    wrong = base64.b64encode(b"demo@sandbox.mapflow.local:nope").decode()
    for header in (f"Basic {wrong}", "Basic %%%not-base64%%%", "Digest abc", "Basic", "Bearer nothing-like-it"):
        response = requests.get(f"{sandbox_server.base_url}/user/status", headers={"Authorization": header},
                                timeout=10)
        assert response.status_code == 401, header
        assert "www-authenticate" not in {k.lower() for k in response.headers}
        assert response.json()["message"]


def test_basic_token_with_padding_stripped_is_accepted(sandbox_server):
    api = Api(sandbox_server.base_url, sandbox_server.token.rstrip("="))
    assert api.ok(api.get("projects/default"))["isDefault"] is True


def test_bearer_with_token_or_raw_secret(sandbox_server):
    token = sandbox_server.token
    email, secret = base64.b64decode(token).decode().split(":", 1)
    by_token = Api(sandbox_server.base_url, token, scheme="Bearer")
    by_secret = Api(sandbox_server.base_url, secret, scheme="Bearer")
    assert by_token.ok(by_token.get("user/status"))["email"] == email
    assert by_secret.ok(by_secret.get("user/status"))["email"] == email


def test_openapi_is_served_and_lists_the_api(sandbox_server):
    spec = requests.get(f"{sandbox_server.base_url}/openapi.json", timeout=10).json()
    for path in ("/rest/processings/v2", "/rest/projects/page", "/rest/rasters/mosaic", "/rest/user/status"):
        assert path in spec["paths"]


def test_demo_token_is_the_documented_account(sandbox_server):
    email = base64.b64decode(sandbox_server.token).decode().split(":", 1)[0]
    assert email == "demo@sandbox.mapflow.local"


def test_unknown_route_is_a_json_404(demo_api):
    response = demo_api.get("no/such/thing")
    assert response.status_code == 404
    assert response.json()["code"] == "NOT_FOUND"


def test_template_listing_is_empty_for_visible_project(demo_api, user_api):
    assert demo_api.ok(demo_api.get("processings/template/project/default")) == []
    project = demo_api.ok(demo_api.get("projects/default"))
    assert user_api.get(f"processings/template/project/{project['id']}").status_code == 404
