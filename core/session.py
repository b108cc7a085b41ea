"""Signing in to a Mapflow server, as a QGIS-free service: the address check, the calls, and the wording of what
went wrong. The dock runs :func:`sign_in` in a task; a script or a Processing algorithm may call it directly.

Secrets: the token goes to the client only; nothing here stores, logs or repeats it.
"""
from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from typing import Callable, Optional, Tuple
from urllib.parse import urlsplit


from ..api.http import HttpTransport
from ..api.client import DEFAULT_BASE_URL, MapflowClient
from ..api.errors import ConnectionFailed, MapflowError, NotFoundError, ResponseFormatError
from ..api.i18n import QT_TRANSLATE_NOOP, translate
from ..api.models import Project, UserStatus
from ..api.transport import RetryPolicy, Timeouts

CONTEXT = "MapflowSession"
PROBE_TIMEOUTS = Timeouts(connect=1.5, read=3.0)  # a server that answers at all answers /version at once


def _t(text: str) -> str:
    return translate(text, CONTEXT)


@dataclass(frozen=True)
class SignInOutcome:
    client: MapflowClient
    server_url: str
    email: str
    user_status: UserStatus
    projects: Tuple[Project, ...]
    project: Project  # the remembered project if it still exists, else the default one

    def __repr__(self) -> str:  # the client holds the token
        return f"SignInOutcome(server_url={self.server_url!r}, email={self.email!r})"


def normalise_server_url(url: str) -> str:
    return (url or "").strip().rstrip("/")


def check_server_url(url: str) -> str:
    """Why ``url`` cannot be a Mapflow API address ('' when it can)."""
    parts = urlsplit(normalise_server_url(url))
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return _t(QT_TRANSLATE_NOOP(
            "MapflowSession", "The server address must be an http:// or https:// URL ending with /rest, "
                              "for example {example}.")).format(example=DEFAULT_BASE_URL)
    return ""


def sign_in(server_url: str, token: Optional[str], *, http: Optional[HttpTransport] = None,
            remembered_project_id: str = "", plugin_version: str = "",
            client_factory: Callable[..., MapflowClient] = MapflowClient) -> SignInOutcome:
    """Try ``token`` on ``server_url``: ``/projects/default`` (401 here means a wrong token), ``/user/status`` and
    the project list. Blocking: run it off the GUI thread. Raises the client's errors; close the outcome's client
    when done with it. ``token=None``: the transport authenticates by itself (a QGIS OAuth2 configuration); the
    account's e-mail then comes from ``/user/status``."""
    url = normalise_server_url(server_url)
    options = {"transport": http} if http is not None else {}
    if plugin_version:
        options["plugin_version"] = plugin_version
    client = client_factory(url, token, **options)
    try:
        default = client.default_project()
        status = client.user_status()
        projects = tuple(client.list_projects())
    except BaseException:
        client.close()
        raise
    chosen = next((p for p in projects if p.id == remembered_project_id), None)
    if chosen is None:
        chosen = next((p for p in projects if p.id == default.id), default)
    return SignInOutcome(client, url, client.email or status.email or "", status, projects, chosen)


def is_local_address(url: str) -> bool:
    """True for this computer (localhost, 127.0.0.0/8, ::1): where a sandbox would run."""
    host = (urlsplit(normalise_server_url(url)).hostname or "").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def explain_sign_in_error(error: BaseException, server_url: str, fallback: str) -> str:
    """What a failed sign-in means for the user: a wrong address and a stopped local server are named as such;
    anything else keeps ``fallback`` (the error's own readable text)."""
    url = normalise_server_url(server_url)
    if isinstance(error, (NotFoundError, ResponseFormatError)):
        return _t(QT_TRANSLATE_NOOP(
            "MapflowSession", "There is no Mapflow API at {url}. Check the address: it must end with /rest, "
                              "for example {example}.")).format(url=url, example=DEFAULT_BASE_URL)
    if isinstance(error, ConnectionFailed) and is_local_address(url) \
            and "refused" in str(error.template_params.get("reason", "")):
        return _t(QT_TRANSLATE_NOOP(
            "MapflowSession", "Nothing answers at {host} on this computer. Is the sandbox running? Start it with "
                              "“make sandbox” in the plugin's source folder, then sign in again.")).format(
            host=urlsplit(url).netloc)
    return fallback


def probe_server(server_url: str, http: Optional[HttpTransport] = None,
                 timeouts: Timeouts = PROBE_TIMEOUTS) -> bool:
    """Does a Mapflow-compatible API answer at ``server_url`` (``GET /version``, no account needed)? Blocking and
    short; never raises for an unreachable or foreign server."""
    options = {"transport": http} if http is not None else {}
    try:
        with MapflowClient(normalise_server_url(server_url), None, timeouts=timeouts,
                           retry=RetryPolicy.disabled(), **options) as client:
            return bool(client.server_version())
    except MapflowError:
        return False
