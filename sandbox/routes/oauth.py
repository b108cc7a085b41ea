"""An OAuth2 authorization server in Keycloak's layout (contract 1.2), so that a QGIS OAuth2 configuration made for
``https://auth.mapflow.ai/auth/realms/mapflow/protocol/openid-connect/{auth,token}`` works here with only the host
changed. Rules are in services/oauth_tokens.py; this module speaks HTTP: the sign-in page, redirects, form posts.

The sign-in page asks for the account email and its API secret (or the whole API token): the sandbox has no other
password. A test completes it headless by posting the same form; ``serve --oauth-auto-approve`` signs in the user
named by ``login_hint`` without a form; ``serve --oauth-password-grant`` allows ``grant_type=password``.
"""
from __future__ import annotations

import base64
import html
from typing import Optional
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from ..services import oauth_tokens as oauth
from ..services.oauth_tokens import OAuthError
from ..store import users as user_store

# Not in /rest/openapi.json: on the real service this is a separate server (Keycloak at auth.mapflow.ai), not part
# of the REST API; docs/SANDBOX.md describes it.
router = APIRouter(include_in_schema=False)
BASE = "/auth/realms/{realm}/protocol/openid-connect"
NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}
AUTH_FIELDS = ("response_type", "client_id", "redirect_uri", "scope", "state", "code_challenge",
               "code_challenge_method", "login_hint", "nonce")


def _realm_or_404(realm: str) -> Optional[JSONResponse]:
    if realm not in oauth.REALMS:
        return JSONResponse({"error": "Realm does not exist"}, 404)
    return None


def _redirect(redirect_uri: str, **params) -> RedirectResponse:
    query = urlencode({k: v for k, v in params.items() if v is not None})
    separator = "&" if "?" in redirect_uri else "?"
    return RedirectResponse(f"{redirect_uri}{separator}{query}", status_code=302, headers=NO_STORE)


def _page(title: str, body: str, status: int = 200) -> HTMLResponse:
    document = (f"<!doctype html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title></head>"
                f"<body style='font-family: sans-serif; max-width: 28em; margin: 3em auto'>"
                f"<h1>{html.escape(title)}</h1>{body}</body></html>")
    return HTMLResponse(document, status, headers=NO_STORE)


def _sign_in_form(realm: str, fields: dict, message: str = "") -> HTMLResponse:
    hidden = "".join(f"<input type='hidden' name='{k}' value='{html.escape(fields.get(k) or '', quote=True)}'>"
                     for k in AUTH_FIELDS if k != "login_hint")
    warning = f"<p role='alert' style='color: #b03a2e'>{html.escape(message)}</p>" if message else ""
    email = html.escape(fields.get("login_hint") or fields.get("email") or "", quote=True)
    body = (f"<p>Sign in to the Mapflow sandbox (realm {html.escape(realm)}) for the application "
            f"<b>{html.escape(fields.get('client_id') or '')}</b>.</p>{warning}"
            f"<form method='post'>{hidden}"
            f"<p><label>Email<br><input name='email' type='email' value='{email}' required></label></p>"
            f"<p><label>API secret or API token<br><input name='password' type='password' required></label></p>"
            f"<p><button name='action' value='approve'>Sign in</button> "
            f"<button name='action' value='deny' formnovalidate>Cancel</button></p></form>")
    return _page("Mapflow sandbox sign-in", body, 401 if message else 200)


def _authorization(request: Request, realm: str, fields: dict):
    """What both GET and POST of the authorization endpoint check first: a page or redirect on error, else None."""
    missing = _realm_or_404(realm)
    if missing is not None:
        return missing
    problem = oauth.redirect_problem(fields.get("client_id"), fields.get("redirect_uri"))
    if problem:  # never redirect to an address that is not the client's
        return _page("Sign-in error", f"<p>{html.escape(problem)}</p>", 400)
    try:
        oauth.check_authorization_request(fields.get("response_type"), fields.get("code_challenge"),
                                          fields.get("code_challenge_method"))
    except OAuthError as exc:
        return _redirect(fields["redirect_uri"], error=exc.error, error_description=exc.description,
                         state=fields.get("state"))
    return None


def _code_redirect(request: Request, realm: str, fields: dict, user) -> RedirectResponse:
    with request.app.state.db.tx() as conn:
        code = oauth.issue_code(conn, user, fields["redirect_uri"], fields["code_challenge"], fields.get("scope"),
                                realm)
    return _redirect(fields["redirect_uri"], code=code, state=fields.get("state"))


@router.get(BASE + "/auth", summary="OAuth2 authorization endpoint: the sign-in page (authorization code + PKCE)")
def authorize(realm: str, request: Request):
    fields = {k: request.query_params.get(k) for k in AUTH_FIELDS}
    problem = _authorization(request, realm, fields)
    if problem is not None:
        return problem
    config = request.app.state.config
    if config.oauth_auto_approve and fields.get("login_hint"):
        user = user_store.find_user_by_email(request.app.state.db.connection(), fields["login_hint"])
        if user is not None:
            return _code_redirect(request, realm, fields, user)
    return _sign_in_form(realm, fields)


@router.post(BASE + "/auth", summary="OAuth2 sign-in form post: email and API secret (or token)")
async def authorize_post(realm: str, request: Request):
    form = await request.form()
    fields = {k: (form.get(k) or request.query_params.get(k)) for k in AUTH_FIELDS}
    problem = _authorization(request, realm, fields)
    if problem is not None:
        return problem
    if form.get("action") == "deny":
        return _redirect(fields["redirect_uri"], error="access_denied",
                         error_description="The user cancelled the sign-in", state=fields.get("state"))
    email = str(form.get("email") or "")
    user = oauth.user_for_credentials(request.app.state.db.connection(), email, str(form.get("password") or ""))
    if user is None:
        fields["email"] = email
        return _sign_in_form(realm, fields, "Invalid email or API secret.")
    return _code_redirect(request, realm, fields, user)


def _client_id(request: Request, form) -> Optional[str]:
    """From the form, or from HTTP Basic client authentication (some clients send ``qgis:`` there)."""
    client_id = form.get("client_id")
    header = request.headers.get("authorization", "")
    if not client_id and header.lower().startswith("basic "):
        try:
            client_id = base64.b64decode(header[6:].strip()).decode("utf-8").partition(":")[0]
        except (ValueError, UnicodeDecodeError):
            client_id = None
    return client_id


def _error(exc: OAuthError) -> JSONResponse:
    return JSONResponse(exc.body(), exc.status, headers=NO_STORE)


@router.post(BASE + "/token", summary="OAuth2 token endpoint: authorization_code (PKCE), refresh_token, password")
async def token(realm: str, request: Request):
    missing = _realm_or_404(realm)
    if missing is not None:
        return missing
    form = dict(await request.form())
    form["client_id"] = _client_id(request, form)
    config = request.app.state.config
    ttls = (config.oauth_access_ttl, config.oauth_refresh_ttl)
    grant = form.get("grant_type")
    error = answer = None
    # the transaction commits even when the grant is refused: a replayed code or refresh token ends its sign-in
    with request.app.state.db.tx() as conn:
        try:
            if grant == "authorization_code":
                answer = oauth.exchange_code(conn, form, realm, ttls)
            elif grant == "refresh_token":
                answer = oauth.refresh(conn, form, realm, ttls)
            elif grant == "password":
                answer = oauth.password_grant(conn, form, realm, ttls, config.oauth_password_grant)
            else:
                raise OAuthError("unsupported_grant_type", f"Unsupported grant_type {grant!r}")
        except OAuthError as exc:
            error = exc
    return _error(error) if error else JSONResponse(answer, headers=NO_STORE)


@router.post(BASE + "/revoke", summary="OAuth2 token revocation (RFC 7009): a refresh token ends the sign-in")
async def revoke(realm: str, request: Request):
    missing = _realm_or_404(realm)
    if missing is not None:
        return missing
    form = await request.form()
    if _client_id(request, form) != oauth.CLIENT_ID:
        return _error(OAuthError("invalid_client", "Unknown client", 401))
    with request.app.state.db.tx() as conn:
        oauth.revoke(conn, str(form.get("token") or ""))
    return Response(status_code=200, headers=NO_STORE)


@router.post(BASE + "/logout", summary="End the sign-in of a refresh token (every token of it stops working)")
async def logout(realm: str, request: Request):
    missing = _realm_or_404(realm)
    if missing is not None:
        return missing
    form = await request.form()
    if _client_id(request, form) != oauth.CLIENT_ID:
        return _error(OAuthError("invalid_client", "Unknown client", 401))
    error = None
    with request.app.state.db.tx() as conn:
        try:
            oauth.end_session(conn, str(form.get("refresh_token") or ""))
        except OAuthError as exc:
            error = exc
    return _error(error) if error else Response(status_code=204, headers=NO_STORE)


@router.get(BASE + "/userinfo", summary="The signed-in user (Bearer access token)")
def userinfo(realm: str, request: Request):
    missing = _realm_or_404(realm)
    if missing is not None:
        return missing
    header = request.headers.get("authorization", "")
    scheme, _, credentials = header.partition(" ")
    user, why = (None, "missing")
    if scheme.lower() == "bearer" and credentials.strip():
        user, why = oauth.user_for_access_token(request.app.state.db.connection(), credentials.strip())
    if user is None:  # no WWW-Authenticate: QGIS would open its own credential prompt (contract 1.2)
        return JSONResponse({"error": "invalid_token", "error_description": f"Token {why}"}, 401)
    return {"sub": user.id, "email": user.email, "email_verified": True, "preferred_username": user.email,
            "name": user.email}


def _discovery(request: Request, realm: str) -> dict:
    issuer = f"{request.app.state.config.public_url}/auth/realms/{realm}"
    endpoints = f"{issuer}/protocol/openid-connect"
    grants = ["authorization_code", "refresh_token"]
    if request.app.state.config.oauth_password_grant:
        grants.append("password")
    return {"issuer": issuer, "authorization_endpoint": f"{endpoints}/auth", "token_endpoint": f"{endpoints}/token",
            "revocation_endpoint": f"{endpoints}/revoke", "end_session_endpoint": f"{endpoints}/logout",
            "userinfo_endpoint": f"{endpoints}/userinfo", "grant_types_supported": grants,
            "response_types_supported": ["code"], "response_modes_supported": ["query"],
            "code_challenge_methods_supported": ["S256"], "scopes_supported": ["openid", "profile", "email",
                                                                               "offline_access"],
            "token_endpoint_auth_methods_supported": ["none"], "subject_types_supported": ["public"],
            "claims_supported": ["sub", "email", "email_verified", "preferred_username", "name"]}


@router.get("/auth/realms/{realm}/.well-known/openid-configuration", summary="Discovery document of a realm")
def realm_discovery(realm: str, request: Request):
    return _realm_or_404(realm) or _discovery(request, realm)


@router.get("/.well-known/openid-configuration", summary="Discovery document of the default realm (mapflow)")
def discovery(request: Request) -> dict:
    return _discovery(request, oauth.REALMS[0])
