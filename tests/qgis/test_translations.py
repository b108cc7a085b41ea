"""The translations: every language's file well formed, with placeholders, tags, ellipses and accelerators intact
and compiled by lrelease; the finished ones (COMPLETE_LANGUAGES of tests/support/translation_files.py, which the lead
extends when a translation is merged) complete and reading in their language; the Russian one checked text by text
through a real QTranslator; and the plugin following QGIS's locale settings for its language and numbers.

The .ts files are parsed directly for the completeness and placeholder checks; the round trips go through .qm files
that lrelease compiles for this run and a real QTranslator, so they see what a QGIS in that language would show.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Dict, FrozenSet, List

import pytest
from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from tests.support.translation_files import (COMPLETE_LANGUAGES, TsMessage, compile_qm, languages, mismatches,
                                             read_ts, ts_path)

RU = "ru"
QM_NAME = "mapflow_processing_ru.qm"  # the name integration/i18n.py looks for under a Russian locale
SCRIPTS = {"ru": re.compile(r"[А-Яа-яЁё]"), "zh": re.compile(r"[\u4e00-\u9fff]")}  # a language's own letters

# Texts that read the same in a translation: product and format names, symbols, examples, a style sheet, a date format.
KEPT_AS_IS: FrozenSet[str] = frozenset({
    "Mapflow", "Mapflow Processing", "XYZ", "TMS", "Quadkey", "WMS", "<", ">", "—", "1", "2", "3", "4", "5",
    "{context}: {reason}", "HTTP {status}", "colleague@example.com", "https://example.com/tiles/{z}/{x}/{y}.png",
    "color: #b03a2e;", "%", "ID", "Mapflow: {context}",
})
DATE_PATTERNS: FrozenSet[str] = frozenset({"yyyy-MM-dd", "%Y-%m-%d", "%Y-%m-%d %H:%M", "%m-%d %H:%M"})
NOT_WORDS: FrozenSet[str] = KEPT_AS_IS | DATE_PATTERNS  # no words
# What a language rightly keeps from the English beyond KEPT_AS_IS (its glossary says so), for that language only:
# Chinese writes dates year first, as the source patterns do, and uses the international unit symbols; Portuguese
# and Spanish write some words and units as English does. Russian has its own for all of them.
KEPT_IN_LANGUAGE: Dict[str, FrozenSet[str]] = {
    "zh": DATE_PATTERNS | {"km²", "{value} KB", "{value} MB", "{value} GB"},
    "pt": frozenset({"E-mail", "Login", "Sensor", "Pixels", "Off-nadir", "Off-nadir, °", "Zoom", "Zoom {zoom}",
                     ", zoom {zoom}", "Download", "km²", " m", "{value} B", "{value} KB", "{value} MB",
                     "{value} GB"}),
    "es": frozenset({"km²", " m", "{value} B", "{value} KB", "{value} MB", "{value} GB", "Zoom", "Zoom {zoom}",
                     ", zoom {zoom}", "Sensor", "Off-nadir", "Off-nadir, °"}),
}

# A few texts per part of the plugin, with the Russian a user sees: one per translation context at least.
SAMPLES = [
    ("HelpWidget", "Help and feedback", "Справка и обратная связь"),
    ("MapflowHelp", "Mapflow documentation", "Документация Mapflow"),
    ("MapflowAccount", "no billing limits", "без ограничений по оплате"),
    ("MapflowCharges", "Top up your balance", "Пополнить баланс"),
    ("StarRating", "{rating} of {count}", "{rating} из {count}"),
    ("MapflowErrors", "{context} failed unexpectedly: {error}. Details are in the log panel ({tab}).",
     "{context}: непредвиденная ошибка: {error}. Подробности — в панели журнала ({tab})."),
    ("MapflowMessages", "Retry", "Повторить"),
    ("MapflowPlan", "Choose a model.", "Выберите модель."),
    ("MapflowSession", "There is no Mapflow API at {url}. Check the address: it must end with /rest, "
                       "for example {example}.",
     "По адресу {url} нет API Mapflow. Проверьте адрес: он должен оканчиваться на /rest, например {example}."),
    ("MapflowToolbox", "Give a model: one of {models}.", "Укажите модель: одну из {models}."),
    ("@default", "Estimate cost", "Оценить стоимость"),
    ("MapflowRoles", "The default project cannot be renamed or deleted.",
     "Проект по умолчанию нельзя переименовать или удалить."),
    ("MapflowProcessings", "Awaiting imagery", "Ожидание снимков"),
    ("@default", "Sign in to see your processings.", "Войдите, чтобы увидеть свои обработки."),
    ("@default", "Deleted {count} processing(s).", "Удалено обработок: {count}."),
    ("AoiRules", "1 feature without geometry was skipped.", "Пропущен 1 объект без геометрии."),
    ("AoiWidget", "Area of interest", "Область интереса"),
    ("ConnectionWidget", "Sign in", "Войти"),
    ("MapflowApi", "The operation was cancelled.", "Операция отменена."),
    ("MapflowDock", "Processings", "Обработки"),
    ("HelpWidget", "Help and feedback", "Справка и обратная связь"),
    ("MapflowHelp", "Mapflow documentation", "Документация Mapflow"),
    ("ModelWidget", "Model", "Модель"),
    ("PolygonDrawTool",
     "A polygon needs at least 3 points; click to add points, then right-click or double-click to finish.",
     "Для полигона нужно не менее 3 точек: щёлкайте, чтобы добавить точки, "
     "затем завершите правым или двойным щелчком."),
    ("ProcessingsWidget", "Load results", "Загрузить результаты"),
    ("ProjectWidget", "Share", "Поделиться"),
    ("RateDialog", "Excellent", "Отлично"),
    ("SecretStore", "QGIS could not store the secret in its authentication database.",
     "QGIS не удалось сохранить секрет в базе данных аутентификации."),
    ("SourceWidget", "Imagery", "Снимки"),
    ("SceneTableModel", "Cloud, %", "Облачность, %"),
    ("SearchFiltersWidget", "All providers", "Все поставщики"),
    ("SearchRules", "Search again: the filters are wider than the last search ({filters}).",
     "Повторите поиск: фильтры шире, чем при последнем поиске ({filters})."),
    ("SearchWidget", "Use for processing", "Использовать для обработки"),
    ("StartWidget", "Start processing", "Запустить обработку"),
    ("StatsWidget", "Any status", "Любой статус"),
    ("EndDateDialog", "End date of the planned search", "Дата окончания запланированного поиска"),
    ("MapflowDuplicate", "Processing", "Обработка"),
    ("MapflowImagery", "Storage: {used} of {limit} used, {free} free",
     "Хранилище: занято {used} из {limit}, свободно {free}"),
    ("MapflowOAuth", "This QGIS has no OAuth2 authentication method, so sign-in with your Mapflow account is not "
                     "possible here; sign in with your API token.",
     "В этой сборке QGIS нет метода аутентификации OAuth2, поэтому вход с учётной записью Mapflow здесь невозможен; "
     "войдите с API-токеном."),
    ("MapflowReview", "{days} days left", "осталось дней: {days}"),
    ("MapflowVersion", "The Mapflow server has a newer version of its API ({server}; this plugin knows {known}). "
                       "Everything keeps working; a plugin update may bring its new features.",
     "На сервере Mapflow более новая версия API ({server}; модулю известна {known}). Всё продолжает работать; "
     "обновление модуля может принести новые возможности."),
    ("MosaicDialog", "None: an empty mosaic", "Нет: пустая мозаика"),
    ("MyImageryWidget", "Upload images…", "Загрузить снимки…"),
    ("PlanSearchDialog", "Plan a search", "Запланировать поиск"),
    ("ProcessingExtrasWidget", "Send back for review…", "Вернуть на доработку…"),
    ("SendBackDialog", "At most {limit} characters ({length} now).", "Не более {limit} символов (сейчас {length})."),
    ("TemplateRules", "Watching", "Наблюдение"),
    ("TemplateView", "Only new", "Только новые"),
    ("TemplatesListWidget", "Planned searches ({count})", "Запланированные поиски ({count})"),
    ("MapflowActions", "Loading results", "Загрузка результатов"),
    ("MapflowStats", "Completed", "Завершена"),
    ("MapflowUnits", "km²", "км²"),
    ("MapflowApi", "connection refused", "соединение отклонено"),
    ("MapflowApi", "the proxy {proxy} refused the login", "прокси-сервер {proxy} не принял логин"),
]


@pytest.fixture(scope="module")
def messages() -> List[TsMessage]:
    """The Russian messages (the samples below are Russian)."""
    found = read_ts(ts_path(RU))
    assert found, f"{ts_path(RU)} holds no messages"
    return found


@pytest.fixture(scope="module")
def compiled_qm(tmp_path_factory) -> Path:
    return compile_qm(RU, tmp_path_factory.mktemp("i18n"))


@pytest.fixture
def russian_translator(qgis_app, compiled_qm):
    translator = QTranslator()
    assert translator.load(str(compiled_qm)), f"QTranslator cannot load {compiled_qm}"
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_the_finished_languages_have_files():
    assert set(COMPLETE_LANGUAGES) <= set(languages()), f"no .ts file for some of {COMPLETE_LANGUAGES}"
    assert RU in COMPLETE_LANGUAGES


# --- the .ts file itself ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("language", COMPLETE_LANGUAGES)
def test_no_message_is_left_unfinished(language):
    untranslated = [m for m in read_ts(ts_path(language)) if m.unfinished or not m.translation.strip()]
    assert not untranslated, (
        f"{len(untranslated)} message(s) of {ts_path(language).name} have no finished translation; "
        "run `make translate` and translate them:\n" + "\n".join(m.describe() for m in untranslated))


@pytest.mark.parametrize("language", languages())
def test_placeholders_tags_and_endings_survive_translation(language):
    """Also for a language still being translated: what it already holds must fit its source."""
    broken = [f"{message.describe()}: {problem}" for message in read_ts(ts_path(language))
              for problem in mismatches(message)]
    assert not broken, f"translations of {language} that do not match their source:\n" + "\n".join(broken)


@pytest.mark.parametrize("language", languages())
def test_every_file_compiles_without_warnings(language, tmp_path):
    assert compile_qm(language, tmp_path).stat().st_size > 0


@pytest.mark.parametrize("language", COMPLETE_LANGUAGES)
def test_every_text_reads_in_its_language_except_names_and_symbols(language):
    found = read_ts(ts_path(language))
    kept = KEPT_AS_IS | KEPT_IN_LANGUAGE.get(language, frozenset())
    english = [m.describe() for m in found
               if m.translation and m.source not in kept and m.translation == m.source]
    assert not english, ("translations identical to the English (add to KEPT_AS_IS or KEPT_IN_LANGUAGE only if that "
                         "is right):\n" + "\n".join(english))
    letters = SCRIPTS.get(language)
    if letters is None:  # a Latin-script language: its words cannot be told from English by their letters
        return
    foreign = [f"{m.describe()} -> {m.translation!r}" for m in found
               if m.translation and m.source not in NOT_WORDS | kept and not letters.search(m.translation)]
    assert not foreign, f"translations without a word in {language}:\n" + "\n".join(foreign)


def test_samples_cover_every_context(messages):
    contexts = {m.context for m in messages}
    sampled = {context for context, _source, _russian in SAMPLES}
    # "parent" is what pylupdate5 makes of parent.tr(...) in ui/dialogs.py; nothing looks texts up there at run time
    missing = contexts - {"parent"} - sampled
    assert not missing, f"translation contexts without a sample in SAMPLES: {sorted(missing)}"


# --- through the compiled .qm -------------------------------------------------------------------------------------
@pytest.mark.parametrize("context, source, russian", SAMPLES, ids=[f"{c}:{s[:24]}" for c, s, _r in SAMPLES])
def test_samples_are_translated_by_the_compiled_file(russian_translator, context, source, russian):
    shown = QCoreApplication.translate(context, source)
    assert shown != source, f"[{context}] {source!r} is not translated by the compiled .qm"
    assert shown == russian


def test_every_message_round_trips_through_the_compiled_file(russian_translator, messages):
    lost = [m.describe() for m in messages
            if m.translation and QCoreApplication.translate(m.context, m.source) != m.translation]
    assert not lost, "messages the compiled .qm does not translate as the .ts says:\n" + "\n".join(lost)


def test_api_and_core_texts_follow_the_installed_translator(russian_translator):
    """api/ and core/ are Qt-free; once routed, their error texts come out in Russian, placeholders filled."""
    from mapflow_processing.api import set_translator as set_api_translator
    from mapflow_processing.api.errors import ConnectionFailed
    from mapflow_processing.core.account import AccountLimits
    from mapflow_processing.core.aoi_rules import AoiSummary, SourceStatus, validate
    from mapflow_processing.integration.i18n import route_pure_python_translations

    route_pure_python_translations()
    try:
        error_text = str(ConnectionFailed("api.mapflow.ai", "connection refused"))
        reasons = validate(AoiSummary(status=SourceStatus.NON_POLYGON_LAYER, status_detail="point"),
                           AccountLimits(max_aois=None))
    finally:
        set_api_translator(None)  # the one hook of api/ and core/
    # the reason is translated too, not the transport's English
    assert error_text.startswith("Не удаётся подключиться к серверу Mapflow api.mapflow.ai: соединение отклонено.")
    assert reasons[0].text == "Тип геометрии слоя: точка; для области интереса нужен полигональный слой."


# --- the plugin follows QGIS's locale -------------------------------------------------------------------------------
LOCALE_KEYS = ("locale/userLocale", "locale/overrideFlag", "locale/globalLocale")


@pytest.fixture
def qgis_locale():
    """Sets QGIS's locale settings for one test (``qgis_locale("ru_RU", override=True)``) and puts them back."""
    settings = QgsSettings()
    before = {key: settings.value(key) for key in LOCALE_KEYS if settings.contains(key)}

    def use(locale: str, override=None) -> None:
        settings.setValue("locale/userLocale", locale)
        if override is None:
            settings.remove("locale/overrideFlag")
        else:
            settings.setValue("locale/overrideFlag", override)

    yield use
    for key in LOCALE_KEYS:
        if key in before:
            settings.setValue(key, before[key])
        else:
            settings.remove(key)


@pytest.fixture
def compiled_i18n_dir(compiled_qm, monkeypatch) -> Path:
    """integration/i18n.py reads the freshly compiled .qm instead of whatever `make package` left in i18n/."""
    from mapflow_processing.integration import i18n

    monkeypatch.setattr(i18n, "I18N_DIR", compiled_qm.parent)
    return compiled_qm.parent


def test_the_dock_is_built_in_russian(qgis_app, qtbot, qgis_locale, compiled_i18n_dir):
    from mapflow_processing.integration.i18n import install_translator, remove_translator
    from mapflow_processing.ui.dock import MapflowDock

    qgis_locale("ru_RU")
    translator = install_translator()
    assert translator is not None, f"no translator installed from {compiled_i18n_dir / QM_NAME}"
    try:
        dock = MapflowDock()
        qtbot.addWidget(dock)
        shown: Dict[str, str] = {
            "tab 0": dock.tabs.tabText(0), "tab 1": dock.tabs.tabText(1), "tab 2": dock.tabs.tabText(2),
            "tab 3": dock.tabs.tabText(3),
            "sign in": dock.connection.signInButton.text(), "area of interest": dock.aoi.title(),
            "imagery": dock.source.title(), "start": dock.start.startButton.text(),
            "new project tooltip": dock.project.newProjectButton.toolTip(),
        }
    finally:
        remove_translator(translator)
    assert shown == {
        "tab 0": "Запуск", "tab 1": "Поиск", "tab 2": "Обработки", "tab 3": "Статистика",
        "sign in": "Войти", "area of interest": "Область интереса",
        "imagery": "Снимки", "start": "Запустить обработку",
        "new project tooltip": "Создать проект",
    }


def test_an_english_locale_installs_no_translator(qgis_app, qgis_locale, compiled_i18n_dir):
    from mapflow_processing.integration.i18n import install_translator, remove_translator

    qgis_locale("en_US")
    translator = install_translator()
    remove_translator(translator)
    assert translator is None


@pytest.mark.parametrize("user_locale, override", [
    ("ru_RU", True),  # Settings > Options > General: "Override system locale", Russian
    ("ru_RU", False),  # a Russian system: QGIS writes its locale to locale/userLocale at start-up
    ("ru", None),  # qgis --lang ru
])
def test_the_plugin_follows_qgis_locale_setting(qgis_app, qgis_locale, compiled_i18n_dir, user_locale, override):
    from mapflow_processing.integration.i18n import install_translator, remove_translator

    qgis_locale(user_locale, override)
    translator = install_translator()
    try:
        shown = QCoreApplication.translate("MapflowDock", "Processings")
    finally:
        remove_translator(translator)
    assert translator is not None
    assert shown == "Обработки"
    assert QCoreApplication.translate("MapflowDock", "Processings") == "Processings"  # removed on unload


@pytest.mark.parametrize("user_locale, expected", [
    ("ru_RU", "mapflow_processing_ru.qm"), ("es_ES", "mapflow_processing_es.qm"), ("es_MX", "mapflow_processing_es.qm"),
    ("pt_BR", "mapflow_processing_pt.qm"), ("pt_PT", "mapflow_processing_pt.qm"), ("zh_CN", "mapflow_processing_zh.qm"),
    ("zh-Hans", "mapflow_processing_zh.qm"), ("en_GB", "mapflow_processing_en.qm"),
    # the Chinese file is Simplified Chinese: Traditional Chinese locales find no file and keep the English texts
    ("zh_TW", "mapflow_processing_zh_hant.qm"), ("zh-Hant", "mapflow_processing_zh_hant.qm"),
    ("zh_HK", "mapflow_processing_zh_hant.qm"),
])
def test_each_locale_picks_its_language_file(qgis_app, qgis_locale, user_locale, expected):
    from mapflow_processing.integration.i18n import qgis_language, translation_file

    qgis_locale(user_locale, True)
    assert translation_file(qgis_language()).name == expected


def test_numbers_follow_qgis_number_locale(qgis_app):
    """integration hands core.formatting the separators of QGIS's QLocale: a Russian QGIS reads "99 920 кред."."""
    from mapflow_processing.api.error_catalog import describe_code
    from mapflow_processing.api.i18n import set_number_localizer, set_translator
    from mapflow_processing.core.formatting import (LocalNumber, format_credits, format_km2, format_number,
                                                    set_number_style)
    from mapflow_processing.integration.i18n import route_pure_python_translations

    previous = QLocale()
    QLocale.setDefault(QLocale("ru_RU"))
    try:
        route_pure_python_translations()
        group = QLocale("ru_RU").groupSeparator()
        shown = (format_credits(99920), format_number(12345.67), format_number(0.25), f"{LocalNumber(0.5):g}",
                 describe_code("TOO_LARGE_PROCESSING", {"area": 1234567890, "aoiAreaLimit": 25000000}) or "")
    finally:
        QLocale.setDefault(previous)
        set_translator(None)
        set_number_style(None)
        set_number_localizer(None)
    assert shown[:4] == (f"99{group}920", f"12{group}345,7", "0,25", "0,5")
    assert f"1{group}234,57" in shown[4], shown[4]
    assert format_credits(99920) == "99,920" and format_km2(0.25) == "0.25 km²"  # scripts: the English style
