"""``MapflowClient``: one method per endpoint of the Mapflow REST API, on top of :class:`Transport`.

The methods live in small endpoint groups (``endpoints/``) by part of the API; this class only wires them to a
transport. It is pure Python: by default it speaks HTTP through ``requests``; a program with its own network stack
(the QGIS plugin) hands in another :class:`~.http.HttpTransport`. A client may be used from several threads at
once: the default transport gives each thread its own ``requests`` session.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Optional

from .endpoints.catalog import CatalogEndpoints
from .endpoints.data import DataEndpoints
from .endpoints.legacy import LegacyProcessingEndpoints
from .endpoints.processings import ProcessingEndpoints
from .endpoints.projects import ProjectEndpoints
from .endpoints.templates import TemplateEndpoints
from .endpoints.user import UserEndpoints
from .errors import InvalidRequestError
from .http import HttpTransport
from .tokens import credentials_from_token, normalize_token
from .transport import RetryPolicy, Timeouts, Transport

if TYPE_CHECKING:  # only the default transport needs requests (api.requests_transport imports it)
    import requests

from .addresses import DEFAULT_BASE_URL  # noqa: F401 - the client's default, re-exported
DEFAULT_PLUGIN_VERSION = "0.1.0"


class MapflowClient(UserEndpoints, ProjectEndpoints, ProcessingEndpoints, LegacyProcessingEndpoints,
                    DataEndpoints, CatalogEndpoints, TemplateEndpoints):
    """Client of one Mapflow server for one account.

    ``token`` is the API token (``base64(email:secret)``), sent as ``Authorization: Basic``; it is checked
    locally first, so a malformed token raises :class:`InvalidTokenError` without a request. With
    ``auth_scheme="Bearer"`` any opaque token (e.g. OAuth2) is sent as is. ``token=None`` allows only the calls
    that need no account (``server_version``).

    ``transport`` carries the HTTP requests (default: a new ``RequestsTransport``, closed with the client);
    ``session`` is the shortcut for a ``requests.Session`` of the caller's. A transport or session handed in
    belongs to the caller, who closes it.
    """

    def __init__(self, base_url: str = DEFAULT_BASE_URL, token: Optional[str] = None, *,
                 plugin_version: str = DEFAULT_PLUGIN_VERSION, session: Optional[requests.Session] = None,
                 timeouts: Optional[Timeouts] = None, retry: Optional[RetryPolicy] = None,
                 auth_scheme: str = "Basic", sleep: Optional[Callable[[float], None]] = None,
                 transport: Optional[HttpTransport] = None) -> None:
        if auth_scheme not in ("Basic", "Bearer"):
            raise InvalidRequestError("auth_scheme is 'Basic' or 'Bearer'")
        self.email: Optional[str] = None
        secrets: tuple = ()
        if token is not None and auth_scheme == "Basic":
            token = normalize_token(token)
            credentials = credentials_from_token(token)
            self.email = credentials.email
            secrets = (credentials.secret, token.rstrip("="))
        elif token is not None:
            token = token.strip()
        self._owns_http = session is None and transport is None  # one handed in belongs to the caller
        extra = {"sleep": sleep} if sleep is not None else {}
        self._transport = Transport(base_url, token, plugin_version, session=session, timeouts=timeouts,
                                    retry=retry, auth_scheme=auth_scheme, secrets=secrets, http=transport, **extra)

    @property
    def base_url(self) -> str:
        return self._transport.base_url

    @property
    def http_transport(self) -> HttpTransport:
        """What carries the HTTP requests (reusable for other requests that must take the same way, e.g. TileJSON)."""
        return self._transport.http

    @property
    def session(self) -> Optional[requests.Session]:
        """The ``requests`` session of the calling thread, or None when the transport is not ``requests``."""
        return getattr(self._transport.http, "session", None)

    def close(self) -> None:
        """Close the HTTP connections the client made (a transport or session passed in is left open)."""
        if self._owns_http:
            self._transport.http.close()

    def __enter__(self) -> "MapflowClient":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"MapflowClient(base_url={self.base_url!r}, email={self.email!r})"
