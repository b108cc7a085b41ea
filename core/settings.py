"""The plugin's settings: names, types, defaults and limits, and how a stored value becomes a typed one (QGIS-free).

``integration/settings_store.py`` reads and writes them through QgsSettings under ``mapflow_processing/``.
Stored values come back as whatever the settings file holds (an ini file returns ``"5"`` for 5, ``"true"`` for
True, a list for a list), so ``coerce`` accepts the usual spellings and refuses the rest with a short reason.
Secrets never go here: only the ids of QGIS authentication configs (see ``integration/auth.py``).
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any, Optional, Tuple

from ..api.addresses import DEFAULT_BASE_URL

# The production server: one address, the public API's (contract 1.1 and 7 item 2: one configurable base). The
# official plugin's whitemaps-production host serves the same API; the documented address is the one users see.
DEFAULT_SERVER_URL = DEFAULT_BASE_URL
# Where `make sandbox` listens; the dock offers this entry only when a sandbox answers there (or a URL is typed).
DEFAULT_SANDBOX_URL = "http://127.0.0.1:8765/rest"
AUTHCFG_ID_PATTERN = re.compile(r"^[A-Za-z0-9]{7}$")  # QGIS auth config ids are 7 letters and digits


class SettingValueError(ValueError):
    """A stored value cannot be used; the message says why without echoing the value (it may be a secret)."""


@dataclass(frozen=True)
class SettingSpec:
    key: str  # relative to mapflow_processing/
    kind: type  # str, int, float or bool
    default: Any
    choices: Tuple[Any, ...] = ()
    minimum: Optional[float] = None
    maximum: Optional[float] = None
    pattern: Optional[str] = None  # for strings: a full-match regular expression

    def with_key(self, key: str) -> "SettingSpec":
        """The same rules under another key (for per-server entries)."""
        return SettingSpec(key, self.kind, self.default, self.choices, self.minimum, self.maximum, self.pattern)


_TRUE = {"true", "1", "yes", "on"}
_FALSE = {"false", "0", "no", "off"}


def _to_bool(raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, int) and raw in (0, 1):
        return bool(raw)
    if isinstance(raw, str) and raw.strip().lower() in _TRUE | _FALSE:
        return raw.strip().lower() in _TRUE
    raise SettingValueError("not a yes/no value")


def _to_int(raw: Any) -> int:
    if isinstance(raw, bool):
        raise SettingValueError("a yes/no value where a whole number belongs")
    if isinstance(raw, int):
        return raw
    if isinstance(raw, float) and raw.is_integer():
        return int(raw)
    if isinstance(raw, str):
        try:
            return int(raw.strip())
        except ValueError:
            pass
    raise SettingValueError("not a whole number")


def _to_float(raw: Any) -> float:
    if isinstance(raw, bool):
        raise SettingValueError("a yes/no value where a number belongs")
    try:
        value = float(raw.strip() if isinstance(raw, str) else raw)
    except (TypeError, ValueError):
        raise SettingValueError("not a number") from None
    if not math.isfinite(value):
        raise SettingValueError("not a finite number")
    return value


def _to_str(raw: Any) -> str:
    if isinstance(raw, str):
        return raw
    raise SettingValueError(f"a {type(raw).__name__} where text belongs")


_CONVERTERS = {bool: _to_bool, int: _to_int, float: _to_float, str: _to_str}


def coerce(spec: SettingSpec, raw: Any) -> Any:
    """The typed value of ``raw`` under ``spec``'s rules; raises ``SettingValueError``."""
    value = _CONVERTERS[spec.kind](raw)
    if spec.choices and value not in spec.choices:
        raise SettingValueError("not one of " + ", ".join(str(c) for c in spec.choices))
    if spec.minimum is not None and value < spec.minimum:
        raise SettingValueError(f"below the minimum {spec.minimum:g}")
    if spec.maximum is not None and value > spec.maximum:
        raise SettingValueError(f"above the maximum {spec.maximum:g}")
    if spec.pattern is not None and not re.fullmatch(spec.pattern, value):
        raise SettingValueError("not in the expected form")
    return value


# --- the catalogue -----------------------------------------------------------------------------------------------
SERVER_URL = SettingSpec("server/base_url", str, DEFAULT_SERVER_URL, pattern=r"https?://\S+")
SANDBOX_URL = SettingSpec("server/sandbox_url", str, DEFAULT_SANDBOX_URL, pattern=r"https?://\S+")
LAST_PROJECT_ID = SettingSpec("state/last_project_id", str, "")
LAST_MODEL_NAME = SettingSpec("state/last_model_name", str, "")
LAST_PROVIDER_NAME = SettingSpec("state/last_provider_name", str, "")
ZOOM = SettingSpec("processing/zoom", int, 0, minimum=0, maximum=22)  # 0: let the server choose
AOI_SELECTED_ONLY = SettingSpec("aoi/selected_only", bool, False)
OUTPUT_DIRECTORY = SettingSpec("results/output_directory", str, "")
# what "Load results" adds: the GeoPackage, the tile layers, or both
RESULT_LOAD_MODE = SettingSpec("results/load_mode", str, "both", choices=("gpkg", "tiles", "both"))
# option (block) choices remembered per model: <group>/<model id>/<block name> = bool
MODEL_BLOCKS_GROUP = "state/model_blocks"
POLL_INTERVAL_S = SettingSpec("processings/poll_interval_s", int, 6, minimum=2, maximum=600)
# the processing list's columns the user hid (header menu): names of core.processing_view.Column, comma-separated
HIDDEN_COLUMNS = SettingSpec("processings/hidden_columns", str, "model", pattern=r"[a-z_]*(,[a-z_]+)*")
CONFIRM_BEFORE_START = SettingSpec("processing/confirm_before_start", bool, True)
COST_DEBOUNCE_S = SettingSpec("processing/cost_debounce_s", float, 0.6, minimum=0.0, maximum=10.0)
# Per-server / per-URL auth config ids live under these groups (see integration/auth.py).
API_AUTHCFG_GROUP = "auth/api"
IMAGERY_AUTHCFG_GROUP = "auth/imagery"
OAUTH_AUTHCFG_GROUP = "auth/oauth2"  # the OAuth2 configuration per server (sign-in with the Mapflow account)
# how the last sign-in to the saved server was made: with the API token or the Mapflow account (OAuth2)
SIGN_IN_METHOD = SettingSpec("server/sign_in_method", str, "token", choices=("token", "oauth2"))
# per server (a digest of its URL): the newer API version a note was shown for (told once)
VERSION_TOLD_GROUP = "state/version_told"
VERSION_TOLD = SettingSpec("state/version_told/_template", str, "")
AUTHCFG_ID = SettingSpec("auth/_template", str, "", pattern=AUTHCFG_ID_PATTERN.pattern)
