"""Secrets in the real QGIS authentication database: store, read back, delete; nothing secret in QgsSettings' file,
in the message log or in error texts; a locked database never prompts.

The session's auth database is pytest-qgis's test profile (.qgis-settings/); ``unlocked_auth`` sets its master
password programmatically. ``test_token_survives_a_restart_in_a_fresh_profile`` runs QGIS twice in a brand-new
temporary profile to prove the round trip across sessions.
"""
import base64
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsSettings

from mapflow_processing.core import settings as catalogue
from mapflow_processing.integration.auth import (
    ApiToken,
    AuthLocked,
    AuthState,
    SecretStore,
    TokenFormatError,
    normalize_url,
    parse_api_token,
)
from mapflow_processing.integration.settings_store import SettingsStore
from tests.support.qgis_auth import TEST_MASTER_PASSWORD

SERVER = "http://127.0.0.1:8765/rest"
EMAIL, SECRET = "demo@sandbox.mapflow.local", "s3cr3t-K3y-0123456789abcdef"
TOKEN = base64.b64encode(f"{EMAIL}:{SECRET}".encode()).decode()
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def settings_store():
    store = SettingsStore()  # the real QgsSettings of the test profile
    yield store
    for group in (catalogue.API_AUTHCFG_GROUP, catalogue.IMAGERY_AUTHCFG_GROUP):
        for key in store.child_keys(group):
            store.remove(catalogue.AUTHCFG_ID.with_key(f"{group}/{key}"))


@pytest.fixture
def secrets(unlocked_auth, settings_store):
    store = SecretStore(settings_store, unlocked_auth, interactive=False)
    yield store
    store.sign_out(SERVER, forget_imagery_logins=True)


@pytest.fixture
def log_messages(qgis_app):
    messages = []

    def collect(message, tag, level):
        messages.append(f"{tag}: {message}")

    QgsApplication.messageLog().messageReceived.connect(collect)
    yield messages
    QgsApplication.messageLog().messageReceived.disconnect(collect)


# --- token parsing ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("pasted", [
    TOKEN, f"  {TOKEN}\n", f"Basic {TOKEN}", TOKEN.rstrip("="), f"{TOKEN[:20]}\n{TOKEN[20:]}",
])
def test_parse_token_variants(pasted):
    token = parse_api_token(pasted)
    assert (token.email, token.secret, token.token) == (EMAIL, SECRET, TOKEN)
    assert token.authorization_header() == f"Basic {TOKEN}"
    assert SECRET not in repr(token)


@pytest.mark.parametrize("pasted, fragment", [
    ("", "The API token is empty"),
    ("not base64 at all!", "base64 text copied from the Mapflow web app"),
    (base64.b64encode(b"no-colon-here").decode(), "it should read “e-mail:key”"),
    (base64.b64encode(b":only-secret").decode(), "it should read “e-mail:key”"),
    (base64.b64encode(b"\xff\xfe:x").decode(), "base64 text copied"),
])
def test_bad_tokens_get_a_clear_message_without_the_token(pasted, fragment):
    with pytest.raises(TokenFormatError) as error:
        parse_api_token(pasted)
    assert fragment in str(error.value)
    if pasted:
        assert pasted not in str(error.value)


@pytest.mark.parametrize("url, key", [
    ("HTTP://Example.COM/rest/", "http://example.com/rest"),
    (" https://a.b/tiles/{z}/{x}/{y}.png ", "https://a.b/tiles/{z}/{x}/{y}.png"),
])
def test_normalize_url(url, key):
    assert normalize_url(url) == key


# --- round trips ------------------------------------------------------------------------------------------------
def test_token_round_trip_store_read_delete(secrets, unlocked_auth, settings_store):
    assert secrets.state() is AuthState.READY
    config_id = secrets.save_api_token(SERVER, f"Basic {TOKEN}")
    assert config_id and config_id in unlocked_auth.configIds()
    assert secrets.api_config_id(SERVER + "/") == config_id  # same server, other spelling

    loaded = secrets.load_api_token(SERVER)
    assert loaded == ApiToken(EMAIL, SECRET) and loaded.token == TOKEN

    # the ini holds the id and nothing secret
    settings_store.sync()
    ini_text = Path(QgsSettings().fileName()).read_text(encoding="utf-8")
    assert config_id in ini_text
    for secret in (TOKEN, TOKEN.rstrip("="), SECRET, base64.b64encode(SECRET.encode()).decode()):
        assert secret not in ini_text

    assert secrets.forget_api_token(SERVER) is True
    assert config_id not in unlocked_auth.configIds()
    assert secrets.load_api_token(SERVER) is None and secrets.api_config_id(SERVER) == ""
    assert secrets.forget_api_token(SERVER) is False  # nothing left to forget


def test_config_is_a_basic_config_with_email_and_key(secrets, unlocked_auth):
    config_id = secrets.save_api_token(SERVER, TOKEN)
    config = QgsAuthMethodConfig()
    loaded = unlocked_auth.loadAuthenticationConfig(config_id, config, True)
    config = loaded[1] if isinstance(loaded, tuple) else config
    assert config.method() == "Basic"
    assert (config.config("username"), config.config("password")) == (EMAIL, SECRET)
    assert config.uri() == SERVER and config.name() == f"Mapflow Processing API — {SERVER}"


def test_secret_is_encrypted_in_the_database_file(secrets, unlocked_auth):
    secrets.save_api_token(SERVER, TOKEN)
    raw = Path(unlocked_auth.authenticationDatabasePath()).read_bytes()
    assert SECRET.encode() not in raw and TOKEN.encode() not in raw


def test_saving_again_updates_in_place(secrets, unlocked_auth):
    first_id = secrets.save_api_token(SERVER, TOKEN)
    other = base64.b64encode(f"{EMAIL}:rotated-key".encode()).decode()
    assert secrets.save_api_token(SERVER, other) == first_id
    assert secrets.load_api_token(SERVER).secret == "rotated-key"
    assert sum(1 for i in unlocked_auth.configIds() if i == first_id) == 1


def test_servers_are_kept_apart(secrets):
    other_server = "https://whitemaps-staging.mapflow.ai/rest"
    other = base64.b64encode(b"staff@example.com:staging-key").decode()
    try:
        secrets.save_api_token(SERVER, TOKEN)
        secrets.save_api_token(other_server, other)
        assert secrets.load_api_token(SERVER).secret == SECRET
        assert secrets.load_api_token(other_server).email == "staff@example.com"
        secrets.forget_api_token(SERVER)
        assert secrets.load_api_token(other_server) is not None
    finally:
        secrets.forget_api_token(other_server)


def test_bad_token_is_not_stored(secrets, settings_store):
    with pytest.raises(TokenFormatError):
        secrets.save_api_token(SERVER, "garbage")
    assert settings_store.child_keys(catalogue.API_AUTHCFG_GROUP) == []


def test_imagery_logins_per_url_and_sign_out(secrets, unlocked_auth):
    xyz = "https://tiles.example.com/{z}/{x}/{y}.png"
    wms = "https://maps.example.org/wms"
    xyz_id = secrets.save_imagery_login(xyz, "surveyor", "pa55-xyz")
    secrets.save_imagery_login(wms, "viewer", "pa55-wms")
    api_id = secrets.save_api_token(SERVER, TOKEN)
    loaded = secrets.load_imagery_login(xyz)
    assert (loaded.login, loaded.password) == ("surveyor", "pa55-xyz")
    assert "pa55" not in repr(loaded)
    assert secrets.load_imagery_login("https://tiles.example.com/other") is None

    # clearing both fields forgets the login
    assert secrets.save_imagery_login(wms, "", "") == ""
    assert secrets.load_imagery_login(wms) is None

    assert secrets.sign_out(SERVER) == 1  # the token only
    assert api_id not in unlocked_auth.configIds() and xyz_id in unlocked_auth.configIds()
    secrets.save_api_token(SERVER, TOKEN)
    assert secrets.sign_out(SERVER, forget_imagery_logins=True) == 2
    assert xyz_id not in unlocked_auth.configIds() and secrets.load_imagery_login(xyz) is None


def test_config_deleted_elsewhere_is_forgotten(secrets, unlocked_auth, settings_store):
    config_id = secrets.save_api_token(SERVER, TOKEN)
    unlocked_auth.removeAuthenticationConfig(config_id)  # as from Settings › Authentication
    assert secrets.load_api_token(SERVER) is None
    assert settings_store.child_keys(catalogue.API_AUTHCFG_GROUP) == []


def test_corrupted_id_in_settings_reads_as_absent(unlocked_auth, settings_store):
    reports = []
    store = SettingsStore(report=reports.append)
    secrets = SecretStore(store, unlocked_auth, interactive=False)
    key = secrets._api_spec(SERVER).key  # the per-server key the store uses
    QgsSettings().setValue(f"mapflow_processing/{key}", "not an id!")
    assert secrets.load_api_token(SERVER) is None
    assert secrets.load_api_token(SERVER) is None
    assert len(reports) == 1 and "not in the expected form" in reports[0]


def test_nothing_secret_reaches_the_message_log(secrets, log_messages):
    secrets.save_api_token(SERVER, TOKEN)
    secrets.load_api_token(SERVER)
    secrets.save_imagery_login("https://t.example/{z}/{x}/{y}", "u", "imagery-pass-123")
    secrets.sign_out(SERVER, forget_imagery_logins=True)
    text = "\n".join(log_messages)
    for secret in (TOKEN, SECRET, "imagery-pass-123"):
        assert secret not in text


def test_locked_database_raises_instead_of_prompting(unlocked_auth, settings_store):
    secrets = SecretStore(settings_store, unlocked_auth, interactive=False)
    secrets.save_api_token(SERVER, TOKEN)
    unlocked_auth.clearMasterPassword()
    try:
        assert secrets.state() is AuthState.LOCKED
        with pytest.raises(AuthLocked, match="master password is needed"):
            secrets.load_api_token(SERVER)
        with pytest.raises(AuthLocked):
            secrets.save_api_token(SERVER, TOKEN)
        with pytest.raises(AuthLocked):
            secrets.sign_out(SERVER)
        assert secrets.unlock("wrong password") is False
        assert secrets.state() is AuthState.LOCKED
        assert secrets.unlock(TEST_MASTER_PASSWORD) is True
        assert secrets.load_api_token(SERVER).secret == SECRET
    finally:
        if not unlocked_auth.masterPasswordIsSet():
            unlocked_auth.setMasterPassword(TEST_MASTER_PASSWORD, True)
        secrets.sign_out(SERVER)


# --- a brand-new profile, two QGIS sessions ---------------------------------------------------------------------
SESSION_SCRIPT = r"""
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from qgis.core import QgsApplication
app = QgsApplication([], False)
app.initQgis()
from mapflow_processing.integration.auth import AuthLocked, SecretStore
from mapflow_processing.integration.settings_store import SettingsStore
step, server, token, master = sys.argv[1:5]
secrets = SecretStore(SettingsStore(), interactive=False)
out = {"state": secrets.state().value}
if step == "store":
    out["unlocked"] = secrets.unlock(master)
    out["id"] = secrets.save_api_token(server, token)
else:
    try:
        secrets.load_api_token(server)
        out["locked_read"] = "no error"
    except AuthLocked as error:
        out["locked_read"] = "AuthLocked"
    out["wrong"] = secrets.unlock("not-" + master)
    out["unlocked"] = secrets.unlock(master)
    out["token"] = secrets.load_api_token(server).token
    out["id"] = secrets.api_config_id(server)
    out["signed_out"] = secrets.sign_out(server)
    out["after"] = secrets.load_api_token(server) is None
print("RESULT " + json.dumps(out))
app.exitQgis()
"""


def run_session(profile, step):
    env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(profile), QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(REPO / ".build" / "pkg"))
    done = subprocess.run([sys.executable, "-c", SESSION_SCRIPT, step, SERVER, TOKEN, "fresh-master"],
                          env=env, capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)
    lines = [line for line in done.stdout.splitlines() if line.startswith("RESULT ")]
    assert done.returncode == 0 and lines, done.stderr[-2000:]
    return json.loads(lines[-1][len("RESULT "):]), done


@pytest.mark.slow
def test_token_survives_a_restart_in_a_fresh_profile(tmp_path):
    first, _ = run_session(tmp_path, "store")
    assert first == {"state": "LOCKED", "unlocked": True, "id": first["id"]} and first["id"]
    second, session = run_session(tmp_path, "read")
    assert second == {"state": "LOCKED", "locked_read": "AuthLocked", "wrong": False, "unlocked": True,
                      "token": TOKEN, "id": first["id"], "signed_out": 1, "after": True}
    # neither the settings file of that profile nor the session's output holds the secret
    ini_files = list(tmp_path.rglob("*.ini"))
    assert ini_files and all(SECRET not in p.read_text(encoding="utf-8", errors="replace") for p in ini_files)
    assert SECRET not in session.stderr
