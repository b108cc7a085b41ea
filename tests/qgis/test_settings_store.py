"""Typed QgsSettings under mapflow_processing/: defaults, round trips, and corrupted entries (reported once)."""
import pytest
from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QSettings

from mapflow_processing.core import settings as catalogue
from mapflow_processing.core.settings import SettingSpec, SettingValueError, coerce
from mapflow_processing.integration.settings_store import PREFIX, SettingsStore


@pytest.fixture
def ini(tmp_path):
    return tmp_path / "QGIS3.ini"


@pytest.fixture
def reports():
    return []


@pytest.fixture
def store(ini, reports):
    return SettingsStore(QgsSettings(str(ini), QSettings.IniFormat), report=reports.append)


def reopen(ini, reports):
    """A new session on the same file (what QGIS sees after a restart)."""
    return SettingsStore(QgsSettings(str(ini), QSettings.IniFormat), report=reports.append)


@pytest.mark.parametrize("spec", [
    catalogue.SERVER_URL, catalogue.ZOOM, catalogue.AOI_SELECTED_ONLY, catalogue.RESULT_LOAD_MODE,
    catalogue.POLL_INTERVAL_S, catalogue.CONFIRM_BEFORE_START, catalogue.COST_DEBOUNCE_S,
])
def test_missing_entries_give_defaults_silently(store, reports, spec):
    assert store.get(spec) == spec.default
    assert reports == []


@pytest.mark.parametrize("spec, value", [
    (catalogue.SERVER_URL, "http://127.0.0.1:8765/rest"),
    (catalogue.ZOOM, 18),
    (catalogue.AOI_SELECTED_ONLY, True),
    (catalogue.CONFIRM_BEFORE_START, False),
    (catalogue.RESULT_LOAD_MODE, "tiles"),
    (catalogue.POLL_INTERVAL_S, 30),
    (catalogue.COST_DEBOUNCE_S, 1.25),
    (catalogue.LAST_PROJECT_ID, "6f1c2d9e-0000-4000-8000-000000000001"),
])
def test_round_trip_survives_a_restart(ini, reports, store, spec, value):
    store.set(spec, value)
    store.sync()
    again = reopen(ini, reports).get(spec)
    assert again == value and type(again) is type(value)
    assert reports == []


def write_raw(ini, key, text):
    """Corrupt the ini by hand, as a user or another tool might."""
    ini.write_text(f"[mapflow_processing]\n{key}={text}\n", encoding="utf-8")


@pytest.mark.parametrize("key, raw, spec, reason", [
    ("processing\\zoom", "eighteen", catalogue.ZOOM, "not a whole number"),
    ("processing\\zoom", "99", catalogue.ZOOM, "above the maximum 22"),
    ("processing\\zoom", "-3", catalogue.ZOOM, "below the minimum 0"),
    ("aoi\\selected_only", "maybe", catalogue.AOI_SELECTED_ONLY, "not a yes/no value"),
    ("results\\load_mode", "hologram", catalogue.RESULT_LOAD_MODE, "not one of gpkg, tiles, both"),
    ("processings\\poll_interval_s", "1", catalogue.POLL_INTERVAL_S, "below the minimum 2"),
    ("processing\\cost_debounce_s", "nan", catalogue.COST_DEBOUNCE_S, "not a finite number"),
    ("server\\base_url", "ftp:/nowhere", catalogue.SERVER_URL, "not in the expected form"),
    ("server\\base_url", "a, b, c", catalogue.SERVER_URL, "a list where text belongs"),  # ini lists
])
def test_corrupted_entries_fall_back_to_defaults_and_report_once(ini, reports, key, raw, spec, reason):
    write_raw(ini, key, raw)
    store = reopen(ini, reports)
    assert store.get(spec) == spec.default
    assert store.get(spec) == spec.default  # asked again: no second report
    assert len(reports) == 1
    assert reason in reports[0] and f"{PREFIX}{spec.key}" in reports[0]


def test_report_never_echoes_the_stored_value(ini, reports):
    write_raw(ini, "processing\\zoom", "sk-live-SECRET-pasted-here")
    assert reopen(ini, reports).get(catalogue.ZOOM) == 0
    assert "SECRET" not in reports[0]


def test_each_corrupted_key_is_reported_on_its_own(ini, reports):
    ini.write_text("[mapflow_processing]\nprocessing\\zoom=x\naoi\\selected_only=x\n", encoding="utf-8")
    store = reopen(ini, reports)
    for _ in range(3):
        store.get(catalogue.ZOOM)
        store.get(catalogue.AOI_SELECTED_ONLY)
    assert len(reports) == 2


def test_ini_spellings_are_accepted(ini, reports):
    ini.write_text("[mapflow_processing]\nprocessing\\zoom=\" 17 \"\naoi\\selected_only=yes\n"
                   "processing\\confirm_before_start=0\nprocessing\\cost_debounce_s=2\n", encoding="utf-8")
    store = reopen(ini, reports)
    assert (store.get(catalogue.ZOOM), store.get(catalogue.AOI_SELECTED_ONLY),
            store.get(catalogue.CONFIRM_BEFORE_START), store.get(catalogue.COST_DEBOUNCE_S)) == (17, True, False, 2.0)
    assert reports == []


def test_setting_a_bad_value_is_a_programming_error(store):
    with pytest.raises(SettingValueError, match="not one of gpkg, tiles, both"):
        store.set(catalogue.RESULT_LOAD_MODE, "3d")
    with pytest.raises(SettingValueError, match="yes/no value where a whole number belongs"):
        store.set(catalogue.ZOOM, True)
    assert not store.contains(catalogue.RESULT_LOAD_MODE)


def test_remove_and_child_keys(store):
    first = catalogue.AUTHCFG_ID.with_key(f"{catalogue.API_AUTHCFG_GROUP}/aaaa")
    second = catalogue.AUTHCFG_ID.with_key(f"{catalogue.API_AUTHCFG_GROUP}/bbbb")
    store.set(first, "abc1234")
    store.set(second, "xyz9876")
    assert sorted(store.child_keys(catalogue.API_AUTHCFG_GROUP)) == ["aaaa", "bbbb"]
    store.remove(first)
    assert store.child_keys(catalogue.API_AUTHCFG_GROUP) == ["bbbb"]
    assert store.get(first) == ""


def test_default_store_writes_under_the_plugin_prefix(qgis_app):
    store = SettingsStore()
    store.set(catalogue.LAST_MODEL_NAME, "🏠 Buildings")
    try:
        assert QgsSettings().value("mapflow_processing/state/last_model_name") == "🏠 Buildings"
    finally:
        store.remove(catalogue.LAST_MODEL_NAME)


@pytest.mark.parametrize("kind, raw, expected", [
    (int, 5.0, 5), (int, " 7", 7), (float, "1e3", 1000.0), (bool, 1, True), (bool, "OFF", False), (str, "", ""),
])
def test_coerce_table(kind, raw, expected):
    assert coerce(SettingSpec("k", kind, None), raw) == expected


@pytest.mark.parametrize("kind, raw", [(int, 5.5), (int, [1]), (float, "x"), (float, True), (bool, 2), (str, 5)])
def test_coerce_refusals(kind, raw):
    with pytest.raises(SettingValueError):
        coerce(SettingSpec("k", kind, None), raw)
