"""The dock in each finished translation, as a user of that language sees it (issue 17): the plugin's compiled
translation installed the way QGIS's locale asks for it, the number locale QGIS would set, a real dock signed in to the
sandbox with processings (one failed, one waiting for review), statistics, My imagery and an imagery search; then
every text of every widget is read (tabs the user has not opened included) and must hold no English word of the
plugin's sources and no number written the English way, and the dock must not be wider at its minimum than in
English. COMPLETE_LANGUAGES (tests/support/translation_files.py) lists the languages checked."""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import List

import pytest
from qgis.core import QgsSettings
from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import QLocale
from qgis.PyQt.QtWidgets import QApplication

from mapflow_processing.api.i18n import set_number_localizer, set_translator
from mapflow_processing.api.models import UserDefinedSource
from mapflow_processing.core.choices import AoiKind, SourceKind
from mapflow_processing.core.formatting import set_number_style
from mapflow_processing.integration import i18n
from tests.support.rendered_texts import (english_left, english_numbers, shown_texts, source_words,
                                          translation_words)
from tests.support.translation_files import COMPLETE_LANGUAGES, LOCALES, compile_qm, read_ts, ts_path

from . import accounts_fixtures
from .accounts_fixtures import deliver
from .dock_fixtures import TINY_BOX, close_harness, make_harness, sign_in
from .search_fixtures import DEMO_BOX, run_search
from .test_dock_aoi import box_wkt, polygon_layer, use_layer

accounts_server = accounts_fixtures.accounts_server

CREDITS = 99920  # "99 920" in Russian, "99,920" in English: the number format shows
LATIN_SCRIPT = {"es", "pt"}  # languages whose own words are Latin too: their translations' words are not English
# unit symbols a language writes the international way (Chinese QGIS shows km², MB); Russian has its own (км², МБ)
KEPT_UNITS = {"zh": {"km", "kb", "mb", "gb"}}


@pytest.fixture()
def desktop_font(qgis_app):
    app = QApplication.instance()
    previous = app.font()
    font = app.font()
    font.setPointSizeF(10.0)
    app.setFont(font)
    yield
    app.setFont(previous)


@dataclass
class Language:
    code: str  # "ru"; "en" for the untranslated plugin
    locale: QLocale


@pytest.fixture()
def use_language(qgis_app, tmp_path, monkeypatch):
    """Puts QGIS in a language as its start-up would (locale/userLocale written, the default QLocale set) and lets
    the plugin install its translation from a .qm compiled for this run; everything is put back afterwards."""
    settings = QgsSettings()
    previous_setting = settings.value("locale/userLocale") if settings.contains("locale/userLocale") else None
    previous_locale = QLocale()
    installed: List = []

    def use(code: str) -> Language:
        while installed:  # one language at a time
            i18n.remove_translator(installed.pop())
        locale = QLocale(LOCALES.get(code, "en_US"))
        if code != "en":
            compile_qm(code, tmp_path)
        monkeypatch.setattr(i18n, "I18N_DIR", tmp_path)
        settings.setValue("locale/userLocale", LOCALES.get(code, "en_US"))
        QLocale.setDefault(locale)
        translator = i18n.install_translator()
        assert (translator is not None) == (code != "en"), code
        installed.append(translator)
        i18n.route_pure_python_translations()
        return Language(code, locale)

    yield use
    for translator in installed:
        i18n.remove_translator(translator)
    set_translator(None)
    set_number_style(None)
    set_number_localizer(None)
    QLocale.setDefault(previous_locale)
    if previous_setting is None:
        settings.remove("locale/userLocale")
    else:
        settings.setValue("locale/userLocale", previous_setting)


@dataclass
class RenderedDock:
    harness: object
    data: List[str]  # strings from the server and the test: names are not translated
    minimum_width: int


def render_dock(qtbot, tmp_path, auth, server) -> RenderedDock:
    """A dock with every tab filled: signed in, choices made, a list with a finished, a failed and a reviewed
    processing (its details shown), statistics, My imagery, and an imagery search."""
    # digits only: the same width in every run (the account line is one of the widest rows of the dock)
    email = f"i18n-{uuid.uuid4().int % 10**8:08d}@sandbox.mapflow.local"
    token = server.cli("add-user", email, "--credits", str(CREDITS)).strip().splitlines()[-1]
    server.cli("set-limits", email, "--review", "on")
    account = accounts_fixtures.Account(email, token)
    client = account.client(server)
    deliver(client, "Kazan 1")
    deliver(client, "Kazan 2", source=UserDefinedSource(accounts_fixtures.SCRIPTED_URL + "&fail=detect", zoom=18))
    harness = make_harness(qtbot, tmp_path, auth)
    dock = harness.dock
    sign_in(qtbot, harness, server, token)
    dock.model.select_model_by_name("Buildings")
    dock.source.set_kind(SourceKind.PROVIDER)
    dock.source.providerCombo.setCurrentIndex(max(0, dock.source.providerCombo.findData("Sandbox_Demo")))
    use_layer(harness, AoiKind.LAYER, polygon_layer(box_wkt(*TINY_BOX), box_wkt(*DEMO_BOX), name="zone"))
    qtbot.waitUntil(lambda: harness.controller.draft.aoi is not None and harness.controller.draft.aoi.usable,
                    timeout=20000)
    qtbot.waitUntil(lambda: not harness.tasks.running, timeout=20000)

    dock.tabs.setCurrentWidget(dock.searchTab)
    run_search(qtbot, harness)

    processings = harness.controller.processings
    dock.tabs.setCurrentWidget(dock.processingsTab)
    qtbot.waitUntil(lambda: processings.model.rowCount() == 2, timeout=20000)
    failed = next(r for r in range(2) if processings.model.processing_at(r).name == "Kazan 2")
    harness.controller.processings_widget.select_positions([failed])
    QApplication.processEvents()

    for index in range(dock.tabs.count()):  # every tab counts for the dock's minimum, and fills when shown
        dock.tabs.setCurrentIndex(index)
        qtbot.wait(50)
    qtbot.waitUntil(lambda: not harness.tasks.running, timeout=20000)
    dock.tabs.setCurrentWidget(dock.processingsTab)
    QApplication.processEvents()

    status = client.user_status()
    data = [email, server.base_url, "Kazan 1", "Kazan 2", "zone", "Sandbox_Demo", dock.connection.server_url()]
    data.extend(project.name for project in client.list_projects())
    data.append(dock.start.nameEdit.placeholderText())  # the default name, sent as the processing's name
    for widget in dock.findChildren(QgsFileWidget):  # folders on this computer
        data.extend((widget.filePath(), widget.lineEdit().placeholderText()))
    for model in status.models:
        data.append(model.name)
        data.extend(text for block in model.blocks for text in (block.name, block.display_name))
    for provider in status.data_providers + status.search_data_providers:
        data.extend((provider.name, provider.display_name))
    return RenderedDock(harness, data, dock.minimumSizeHint().width())


def test_the_dock_in_each_language_shows_no_english_and_is_no_wider(qtbot, tmp_path, unlocked_auth, accounts_server,
                                                                  desktop_font, use_language):
    """The English dock is rendered once for its width, then the dock in every finished language."""
    for folder in ["en", *COMPLETE_LANGUAGES]:
        (tmp_path / folder).mkdir()
    english = use_language("en")
    rendered = render_dock(qtbot, tmp_path / "en", unlocked_auth, accounts_server)
    try:
        english_width = rendered.minimum_width
        assert english.locale.groupSeparator() == ","  # the baseline writes numbers the English way
    finally:
        close_harness(rendered.harness)
    problems = []
    for language in COMPLETE_LANGUAGES:
        problems.extend(f"[{language}] {problem}" for problem in
                        dock_problems(qtbot, tmp_path / language, unlocked_auth, accounts_server, use_language,
                                      language, english_width))
    assert not problems, f"{len(problems)} problem(s):\n" + "\n".join(problems)


def dock_problems(qtbot, tmp_path, auth, server, use_language, language, english_width) -> List[str]:
    chosen = use_language(language)
    rendered = render_dock(qtbot, tmp_path, auth, server)
    harness = rendered.harness
    try:
        shown = shown_texts(harness.dock)
        balance = harness.state.session.user_status.remaining_credits
        account_text = harness.dock.connection.accountLabel.text()
    finally:
        close_harness(harness)
    messages = read_ts(ts_path(language))
    english = source_words(messages)
    if language in LATIN_SCRIPT:
        english -= translation_words(messages)
    english -= KEPT_UNITS.get(language, set())
    problems = english_left(shown, english, rendered.data)
    problems += english_numbers(shown, chosen.locale, rendered.data)
    grouped = chosen.locale.toString(balance)  # "99 920" with the locale's own separator
    if balance >= 1000 and grouped not in account_text:
        problems.append(f"the balance {balance} is not written as {grouped!r} in {account_text!r}")
    if rendered.minimum_width > english_width:
        problems.append(f"the dock is {rendered.minimum_width} px wide at its minimum, {english_width} px in English")
    return problems
