"""Secrets in the QGIS authentication database: the Mapflow API token per server, imagery logins per custom URL.

Settings hold only the authcfg ids (``integration/settings_store.py``); the secrets are encrypted by QGIS with the
user's master password. Nothing here logs, prints or puts a secret into an exception text.

Why a "Basic" config with username = e-mail and password = key: a Mapflow token *is* ``base64(email:key)``
(contract 1.2), so the Basic method stores exactly its two parts, encrypted, and the token is rebuilt without loss.
QGIS 3.22 has no "APIHeader" method, while "Basic" exists in every QGIS build; the entry reads naturally in
Settings › Authentication ("Mapflow Processing API — <server>", user = the e-mail); and the same authcfg can be
given to QGIS itself (tile layers, QgsNetworkAccessManager), which then sends the very same Basic header.

Master password: in the QGIS GUI, QGIS asks for it the first time a secret is read or written (``interactive``).
Headless runs and tests call ``unlock(master_password)`` first and pass ``interactive=False`` so that nothing can
ever wait for a prompt: a locked database then raises ``AuthLocked`` instead.

A deadlock in QGIS that this module steps around (``settle_basic_cache``): QgsAuthManager's mutex and the Basic
method's mutex are taken in opposite orders. A thread that renders a layer with an authcfg the Basic method has not
cached yet holds the method's mutex while it waits for the manager's (``getMethodConfig`` →
``loadAuthenticationConfig``); ``removeAuthenticationConfig``, ``updateAuthenticationConfig`` and
``loadAuthenticationConfig`` hold the manager's mutex while they wait for the method's (``clearCachedConfig``,
``updateMethodConfig``). Signing out while the canvas drew a preview with a freshly saved imagery login froze QGIS
for good. Before each of those calls every Basic config is put into the method's cache through the method itself
(the renderers' lock order), which also waits for any render thread that is loading one: afterwards no renderer
needs the manager's mutex while it holds the method's. Other code that calls those manager methods on a Basic
config (e.g. reading the proxy's login) should call :func:`settle_basic_cache` first, too.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass, field
from enum import Enum
from typing import Optional
from urllib.parse import urlsplit, urlunsplit

from qgis.core import QgsApplication, QgsAuthManager, QgsAuthMethodConfig
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtNetwork import QNetworkRequest

from ..core import settings as catalogue
from ..core.settings import SettingSpec
from .settings_store import SettingsStore

AUTH_METHOD = "Basic"
API_CONFIG_PREFIX = "Mapflow Processing API — "
IMAGERY_CONFIG_PREFIX = "Mapflow Processing imagery — "


class AuthError(Exception):
    """A clear, secret-free message for the user."""


class AuthUnavailable(AuthError):
    pass


class AuthLocked(AuthError):
    pass


class TokenFormatError(AuthError):
    pass


class AuthState(str, Enum):
    READY = "READY"  # the master password is set for this session
    LOCKED = "LOCKED"  # a master password is needed (QGIS would prompt)
    DISABLED = "DISABLED"  # the QGIS authentication system is not available (e.g. no QCA)


@dataclass(frozen=True)
class ApiToken:
    email: str
    secret: str = field(repr=False)

    @property
    def token(self) -> str:
        """The token as the web app gives it: base64 of ``email:secret`` (padded)."""
        return base64.b64encode(f"{self.email}:{self.secret}".encode()).decode("ascii")

    def authorization_header(self) -> str:
        return f"Basic {self.token}"


@dataclass(frozen=True)
class ImageryLogin:
    login: str
    password: str = field(repr=False)


def parse_api_token(text: str) -> ApiToken:
    """Read a pasted token (with or without a ``Basic`` prefix, padding, surrounding spaces)."""
    cleaned = "".join((text or "").split())
    if cleaned.lower().startswith("basic"):
        cleaned = cleaned[5:]
    if not cleaned:
        raise TokenFormatError(QCoreApplication.translate(
            "SecretStore", "The API token is empty; paste the token from the Mapflow web app (Account › API)."))
    padded = cleaned + "=" * (-len(cleaned) % 4)
    try:
        decoded = base64.b64decode(padded, validate=True).decode("utf-8")
    except (binascii.Error, ValueError):
        raise TokenFormatError(QCoreApplication.translate(
            "SecretStore", "This is not a Mapflow API token: it should be the base64 text copied from the "
                           "Mapflow web app (Account › API).")) from None
    email, separator, secret = decoded.partition(":")
    if not separator or not email.strip() or not secret:
        raise TokenFormatError(QCoreApplication.translate(
            "SecretStore", "This is not a Mapflow API token: once decoded it should read “e-mail:key”. "
                           "Copy it again from the Mapflow web app (Account › API)."))
    return ApiToken(email.strip(), secret)


def settle_basic_cache(manager: QgsAuthManager) -> None:
    """Have the Basic method cache every Basic config, in the lock order render threads use (see the module
    docstring). Call before a manager call that takes the method's mutex under the manager's: remove, update or load
    a Basic config. Only with the master password set: nothing can be loaded without it, and it must never prompt."""
    if manager is None or manager.isDisabled() or not manager.masterPasswordIsSet():
        return
    for config_id in manager.configIds():
        if manager.configAuthMethodKey(config_id) == AUTH_METHOD:
            manager.updateNetworkRequest(QNetworkRequest(), config_id)  # loads and caches; the request is unused


def normalize_url(url: str) -> str:
    """The key a URL is stored under: trimmed, scheme and host in lower case, no trailing slash."""
    parts = urlsplit((url or "").strip())
    path = parts.path.rstrip("/")
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, parts.query, ""))


def url_digest(url: str) -> str:
    """A short key for per-URL settings: settings keys cannot hold every URL character."""
    return hashlib.sha256(normalize_url(url).encode()).hexdigest()[:16]


_url_digest = url_digest


class SecretStore:
    def __init__(self, settings: SettingsStore, manager: Optional[QgsAuthManager] = None,
                 interactive: bool = True):
        self._settings = settings
        self._manager = manager if manager is not None else QgsApplication.authManager()
        self._interactive = interactive

    # --- the database ------------------------------------------------------------------------------------------
    def state(self) -> AuthState:
        if self._manager is None or self._manager.isDisabled():
            return AuthState.DISABLED
        return AuthState.READY if self._manager.masterPasswordIsSet() else AuthState.LOCKED

    def unlock(self, master_password: str) -> bool:
        """Set the master password for this session without any prompt (headless runs, tests).

        On a database without a master password yet, this one becomes its master password."""
        if self.state() is AuthState.DISABLED:
            raise AuthUnavailable(self._disabled_message())
        if not master_password:
            return False
        return bool(self._manager.setMasterPassword(master_password, True))

    def _disabled_message(self) -> str:
        detail = self._manager.disabledMessage() if self._manager is not None else ""
        text = QCoreApplication.translate(
            "SecretStore", "The QGIS authentication system is not available, so the token cannot be stored safely.")
        return f"{text} ({detail})" if detail else text

    def _require_ready(self) -> None:
        state = self.state()
        if state is AuthState.DISABLED:
            raise AuthUnavailable(self._disabled_message())
        if state is AuthState.LOCKED and not self._interactive:
            raise AuthLocked(QCoreApplication.translate(
                "SecretStore", "The QGIS authentication database is locked: its master password is needed "
                               "to store or read the Mapflow token."))

    # --- API token per server ----------------------------------------------------------------------------------
    def _api_spec(self, server_url: str) -> SettingSpec:
        return catalogue.AUTHCFG_ID.with_key(f"{catalogue.API_AUTHCFG_GROUP}/{_url_digest(server_url)}")

    def api_config_id(self, server_url: str) -> str:
        """The authcfg id holding this server's token ('' when none): QGIS layers can be given it directly."""
        return self._existing_id(self._api_spec(server_url))

    def save_api_token(self, server_url: str, token_text: str) -> str:
        token = parse_api_token(token_text)
        return self._save(self._api_spec(server_url), API_CONFIG_PREFIX + normalize_url(server_url),
                          normalize_url(server_url), token.email, token.secret)

    def load_api_token(self, server_url: str) -> Optional[ApiToken]:
        config = self._load(self._api_spec(server_url))
        if config is None:
            return None
        return ApiToken(config.config("username"), config.config("password"))

    def forget_api_token(self, server_url: str) -> bool:
        return self._forget(self._api_spec(server_url))

    def load_api_token_from_config(self, config_id: str) -> ApiToken:
        """The token kept in any "Basic" authentication config (user = the account's e-mail, password = its key):
        the plugin's own entry, or one the user made in Settings › Authentication. For scripts and the Processing
        toolbox, which take an authcfg id, never a token."""
        login = self.load_login_from_config(config_id)
        return ApiToken(login.login.strip(), login.password)

    def load_login_from_config(self, config_id: str) -> ImageryLogin:
        """User name and password of a "Basic" authentication config, by id; raises ``AuthError``."""
        config_id = (config_id or "").strip()
        if not catalogue.AUTHCFG_ID_PATTERN.fullmatch(config_id):
            raise AuthError(QCoreApplication.translate(
                "SecretStore", "“{id}” is not an authentication configuration id: it is 7 letters and digits, "
                               "as shown in Settings › Authentication.").format(id=config_id))
        self._require_ready()
        if config_id not in self._manager.configIds():
            raise AuthError(QCoreApplication.translate(
                "SecretStore", "There is no authentication configuration “{id}” in this QGIS profile.").format(
                id=config_id))
        config = QgsAuthMethodConfig()
        loaded = self._manager.loadAuthenticationConfig(config_id, config, True)
        if isinstance(loaded, tuple):
            loaded, config = loaded
        username, password = config.config("username"), config.config("password")
        if not loaded or config.method() != AUTH_METHOD or not username or not password:
            raise AuthError(QCoreApplication.translate(
                "SecretStore", "The authentication configuration “{id}” is not a Basic login with a user name and "
                               "a password.").format(id=config_id))
        return ImageryLogin(username, password)

    # --- imagery logins per custom URL -------------------------------------------------------------------------
    def _imagery_spec(self, url: str) -> SettingSpec:
        return catalogue.AUTHCFG_ID.with_key(f"{catalogue.IMAGERY_AUTHCFG_GROUP}/{_url_digest(url)}")

    def save_imagery_login(self, url: str, login: str, password: str) -> str:
        if not login and not password:
            self.forget_imagery_login(url)
            return ""
        host = urlsplit(url.strip()).netloc or url.strip()
        return self._save(self._imagery_spec(url), IMAGERY_CONFIG_PREFIX + host, normalize_url(url),
                          login, password)

    def imagery_config_id(self, url: str) -> str:
        """The authcfg id holding the login for ``url`` ('' when none): tile layers of that URL can use it."""
        return self._existing_id(self._imagery_spec(url))

    def load_imagery_login(self, url: str) -> Optional[ImageryLogin]:
        config = self._load(self._imagery_spec(url))
        if config is None:
            return None
        return ImageryLogin(config.config("username"), config.config("password"))

    def forget_imagery_login(self, url: str) -> bool:
        return self._forget(self._imagery_spec(url))

    def sign_out(self, server_url: str, forget_imagery_logins: bool = False) -> int:
        """Remove the server's token (and, if asked, every stored imagery login). Returns how many were removed."""
        removed = int(self.forget_api_token(server_url))
        if forget_imagery_logins:
            for digest in self._settings.child_keys(catalogue.IMAGERY_AUTHCFG_GROUP):
                spec = catalogue.AUTHCFG_ID.with_key(f"{catalogue.IMAGERY_AUTHCFG_GROUP}/{digest}")
                removed += int(self._forget(spec))
        self._settings.sync()
        return removed

    # --- shared plumbing ---------------------------------------------------------------------------------------
    def _settle_basic_cache(self) -> None:
        settle_basic_cache(self._manager)
    def config_id(self, spec: SettingSpec) -> str:
        """The id ``spec`` keeps, if that configuration still exists ('' otherwise)."""
        return self._existing_id(spec)

    def forget_config(self, spec: SettingSpec) -> bool:
        """Remove the configuration ``spec`` keeps (and the kept id)."""
        return self._forget(spec)

    def _existing_id(self, spec: SettingSpec) -> str:
        config_id = self._settings.get(spec)
        if config_id and self._manager is not None and not self._manager.isDisabled() \
                and config_id not in self._manager.configIds():
            # removed behind our back (Settings › Authentication): forget the dangling id
            self._settings.remove(spec)
            return ""
        return config_id

    def _save(self, spec: SettingSpec, name: str, uri: str, username: str, password: str) -> str:
        return self.store_config(spec, AUTH_METHOD, name, uri, {"username": username, "password": password})

    def store_config(self, spec: SettingSpec, method: str, name: str, uri: str, values: dict) -> str:
        """Create (or update) the configuration whose id ``spec`` keeps: ``method`` ("Basic", "OAuth2"...) with
        ``values`` as its config map. Returns its id."""
        self._require_ready()
        config = QgsAuthMethodConfig(method)
        config.setName(name)
        config.setUri(uri)
        for key, value in values.items():
            config.setConfig(key, value)
        existing = self._existing_id(spec)
        if existing:
            config.setId(existing)
            self._settle_basic_cache()
            stored = self._manager.updateAuthenticationConfig(config)
        else:
            stored = self._manager.storeAuthenticationConfig(config)
            if isinstance(stored, tuple):  # PyQGIS returns (ok, config) for the in/out argument
                stored, config = stored
        if not stored or not config.id():
            raise AuthError(QCoreApplication.translate(
                "SecretStore", "QGIS could not store the secret in its authentication database."))
        self._settings.set(spec, config.id())
        self._settings.sync()
        self._settle_basic_cache()  # cached before any layer uses it: its first render never takes the slow path
        return config.id()

    def _load(self, spec: SettingSpec) -> Optional[QgsAuthMethodConfig]:
        config_id = self._existing_id(spec)
        if not config_id:
            return None
        self._require_ready()
        self._settle_basic_cache()
        config = QgsAuthMethodConfig()
        loaded = self._manager.loadAuthenticationConfig(config_id, config, True)
        if isinstance(loaded, tuple):
            loaded, config = loaded
        if not loaded or not config.isValid(True):
            return None
        return config

    def _forget(self, spec: SettingSpec) -> bool:
        config_id = self._existing_id(spec)
        if not config_id:
            self._settings.remove(spec)
            return False
        self._require_ready()  # QGIS wants the master password to delete, too; never let it prompt headless
        self._settle_basic_cache()
        removed = bool(self._manager.removeAuthenticationConfig(config_id))
        if removed:
            self._settings.remove(spec)
        return removed
