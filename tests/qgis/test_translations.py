"""The Russian translation: complete, placeholders intact, compiled by lrelease, and shown by the plugin.

The .ts file is parsed directly for the completeness and placeholder checks; the round trips go through a .qm that
lrelease compiles for this run and a real QTranslator, so they see what a Russian QGIS would show.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, FrozenSet, List

import pytest
from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

REPO = Path(__file__).resolve().parents[2]
TS_PATH = REPO / "i18n" / "mapflow_processing_ru.ts"
QM_NAME = "mapflow_processing_ru.qm"  # the name integration/i18n.py looks for under a Russian locale

PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\d+")  # str.format fields ({name}, {total:g}, {{z}} -> {z}) and Qt's %1
HTML_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
CYRILLIC = re.compile(r"[А-Яа-яЁё]")

# Texts that read the same in Russian: product and format names, symbols, examples, a style sheet, a date format.
KEPT_AS_IS: FrozenSet[str] = frozenset({
    "Mapflow", "Mapflow Processing", "XYZ", "TMS", "Quadkey", "WMS", "<", ">", "—", "1", "2", "3", "4", "5",
    "{context}: {reason}", "HTTP {status}", "colleague@example.com", "https://example.com/tiles/{z}/{x}/{y}.png",
    "color: #b03a2e;", "%", "ID", "Mapflow: {context}",
})
NOT_WORDS: FrozenSet[str] = KEPT_AS_IS | {"yyyy-MM-dd"}  # translated, but with no Russian words in them

# A few texts per part of the plugin, with the Russian a user sees: one per translation context at least.
SAMPLES = [
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
]


@dataclass(frozen=True)
class TsMessage:
    context: str
    source: str
    translation: str
    unfinished: bool
    location: str  # file:line of the first place the text is used

    def describe(self) -> str:
        return f"[{self.context}] {self.location}: {self.source!r}"


def read_ts(path: Path) -> List[TsMessage]:
    messages = []
    for context in ElementTree.parse(path).getroot().iter("context"):
        context_name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            location = message.find("location")
            where = (f"{location.get('filename', '?').lstrip('./')}:{location.get('line', '?')}"
                     if location is not None else "?")
            messages.append(TsMessage(
                context=context_name, source=message.findtext("source") or "",
                translation=(translation.text or "") if translation is not None else "",
                unfinished=translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"),
                location=where))
    return messages


def placeholders(text: str) -> FrozenSet[str]:
    return frozenset(PLACEHOLDER.findall(text))


@pytest.fixture(scope="module")
def messages() -> List[TsMessage]:
    assert TS_PATH.exists(), f"{TS_PATH} is missing; run scripts/translate.sh"
    found = read_ts(TS_PATH)
    assert found, f"{TS_PATH} holds no messages"
    return found


@pytest.fixture(scope="module")
def compiled_qm(tmp_path_factory) -> Path:
    lrelease = shutil.which("lrelease") or shutil.which("lrelease-qt5")
    if lrelease is None:
        pytest.fail("lrelease (Debian package qttools5-dev-tools) is needed to compile the translation")
    qm = tmp_path_factory.mktemp("i18n") / QM_NAME
    run = subprocess.run([lrelease, str(TS_PATH), "-qm", str(qm)], capture_output=True, text=True, timeout=60)
    output = run.stdout + run.stderr
    assert run.returncode == 0 and qm.exists(), f"lrelease failed:\n{output}"
    assert "warning" not in output.lower(), f"lrelease warned:\n{output}"
    return qm


@pytest.fixture
def russian_translator(qgis_app, compiled_qm):
    translator = QTranslator()
    assert translator.load(str(compiled_qm)), f"QTranslator cannot load {compiled_qm}"
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


# --- the .ts file itself ----------------------------------------------------------------------------------------
def test_no_message_is_left_unfinished(messages):
    untranslated = [m for m in messages if m.unfinished or not m.translation.strip()]
    assert not untranslated, (
        f"{len(untranslated)} message(s) of {TS_PATH.name} have no finished translation; "
        "run scripts/translate.sh and translate them:\n" + "\n".join(m.describe() for m in untranslated))


def test_placeholders_tags_and_endings_survive_translation(messages):
    broken = []
    for message in messages:
        if not message.translation:
            continue  # reported as unfinished
        source, translation = message.source, message.translation
        if placeholders(source) != placeholders(translation):
            broken.append(f"{message.describe()}: placeholders {sorted(placeholders(source))} "
                          f"became {sorted(placeholders(translation))}")
        if sorted(HTML_TAG.findall(source)) != sorted(HTML_TAG.findall(translation)):
            broken.append(f"{message.describe()}: HTML tags differ in {translation!r}")
        if source.endswith("…") != translation.endswith("…"):
            broken.append(f"{message.describe()}: the trailing ellipsis differs in {translation!r}")
        if source.replace("&&", "").count("&") != translation.replace("&&", "").count("&"):
            broken.append(f"{message.describe()}: the & accelerator differs in {translation!r}")
    assert not broken, "translations that do not match their source:\n" + "\n".join(broken)


def test_every_text_reads_russian_except_names_and_symbols(messages):
    english = [m.describe() for m in messages
               if m.translation and m.source not in KEPT_AS_IS and m.translation == m.source]
    assert not english, "translations identical to the English (add to KEPT_AS_IS only if that is right):\n" \
        + "\n".join(english)
    no_russian = [f"{m.describe()} -> {m.translation!r}" for m in messages
                  if m.translation and m.source not in NOT_WORDS and not CYRILLIC.search(m.translation)]
    assert not no_russian, "translations without a Russian word:\n" + "\n".join(no_russian)


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
    assert error_text.startswith("Не удаётся подключиться к серверу Mapflow api.mapflow.ai: connection refused.")
    assert reasons[0].text == "Тип геометрии слоя: точка; для области интереса нужен полигональный слой."


# --- the dock under a Russian QGIS locale ---------------------------------------------------------------------------
@pytest.fixture
def qgis_locale():
    """Sets locale/userLocale for one test and puts the previous value back."""
    settings = QgsSettings()
    had_value = settings.contains("locale/userLocale")
    previous = settings.value("locale/userLocale")
    yield lambda locale: settings.setValue("locale/userLocale", locale)
    if had_value:
        settings.setValue("locale/userLocale", previous)
    else:
        settings.remove("locale/userLocale")


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
