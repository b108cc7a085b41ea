"""Numbers, units, dates and error reasons in the user's language, without Qt: the separators and the translator are
handed in as the plugin does (integration.i18n), here by hand."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from mapflow_processing.api import i18n
from mapflow_processing.api.error_catalog import describe_code
from mapflow_processing.api.errors import (ConnectionFailed, IncompleteDownloadError, NotFoundError, ServerError,
                                           Timeout, error_from_response, is_reason_phrase)
from mapflow_processing.api.http import NetworkReason, ProxyLoginRefused
from mapflow_processing.core import formatting
from mapflow_processing.core.formatting import (DATE, DATE_TIME, DAY_TIME, LocalNumber, NumberStyle, format_credits,
                                                format_fixed, format_int, format_km2, format_moment, format_number)

RUSSIAN_NUMBERS = NumberStyle(group="\u00a0", decimal=",")
RUSSIAN = {  # what a Russian .qm would answer, for the texts these tests show
    ("MapflowUnits", "km²"): "км²",
    ("MapflowUnits", "%Y-%m-%d"): "%d.%m.%Y",
    ("MapflowUnits", "%Y-%m-%d %H:%M"): "%d.%m.%Y %H:%M",
    ("MapflowUnits", "%m-%d %H:%M"): "%d.%m %H:%M",
    ("MapflowApi", "Cannot connect to the Mapflow server at {host}: {reason}. "
                   "Check your internet connection and proxy settings."):
        "Не удаётся подключиться к серверу Mapflow {host}: {reason}. Проверьте подключение к интернету и прокси.",
    ("MapflowApi", "connection refused"): "соединение отклонено",
    ("MapflowApi", "the proxy {proxy} refused the login"): "прокси-сервер {proxy} не принял логин",
    ("MapflowApi", "of QGIS"): "из настроек QGIS",
    ("MapflowApi", "waiting for the answer"): "ожидание ответа",
    ("MapflowApi", "received {received} of {expected} bytes"): "получено {received} из {expected} байт",
}


@pytest.fixture
def russian():
    i18n.set_translator(lambda context, text: RUSSIAN.get((context, text), text))
    formatting.set_number_style(RUSSIAN_NUMBERS)
    i18n.set_number_localizer(formatting.localize)
    yield
    i18n.set_translator(None)
    formatting.set_number_style(None)
    i18n.set_number_localizer(None)


def test_english_style_without_a_locale():
    assert (format_int(99920), format_credits(1234567), format_number(12345.67), format_number(0.25)) == \
        ("99,920", "1,234,567", "12,345.7", "0.25")
    assert format_km2(0.25) == "0.25 km²" and f"{LocalNumber(0.5):g}" == "0.5" and str(LocalNumber(2.0)) == "2"
    assert format_moment(datetime(2026, 3, 4, 5, 6)) == "2026-03-04 05:06"


def test_numbers_units_and_dates_in_russian(russian):
    nbsp = "\u00a0"
    assert format_credits(99920) == f"99{nbsp}920"  # not "99,920", which reads as 99.92 in Russian
    assert format_number(12345.67) == f"12{nbsp}345,7" and format_number(0.25) == "0,25"
    assert format_fixed(1234.5, 2) == f"1{nbsp}234,50" and format_fixed(1.50, 2, strip_zeros=True) == "1,5"
    assert format_km2(1.5) == "1,5 км²"  # one translated unit
    assert f"{LocalNumber(0.5):g} кред./км²" == "0,5 кред./км²"
    moment = datetime(2026, 3, 4, 5, 6)
    assert (format_moment(moment), format_moment(moment, DAY_TIME), format_moment(date(2026, 3, 4), DATE)) == \
        ("04.03.2026 05:06", "04.03 05:06", "04.03.2026")
    assert DATE_TIME == "%Y-%m-%d %H:%M"  # the source stays the English (ISO) pattern


def test_server_numbers_in_catalog_texts_follow_the_locale(russian):
    text = describe_code("TOO_LARGE_PROCESSING", {"area": 1234567890, "aoiAreaLimit": 25000000})
    assert "1\u00a0234,57 " in text and "1,234.57" not in text


def test_a_broken_date_translation_falls_back_to_the_source():
    i18n.set_translator(lambda context, text: "%Q broken" if text == DATE else text)
    try:
        shown = format_moment(date(2026, 3, 4), DATE)
    finally:
        i18n.set_translator(None)
    assert shown in ("2026-03-04", "%Q broken")  # platforms differ on unknown directives; never an exception


def test_network_reasons_are_translated_when_shown(russian):
    refused = ConnectionFailed("api.mapflow.ai", NetworkReason.REFUSED)
    assert str(refused) == ("Не удаётся подключиться к серверу Mapflow api.mapflow.ai: соединение отклонено. "
                            "Проверьте подключение к интернету и прокси.")
    assert refused.template_params["reason"] == "connection refused"  # the English source stays for rules and logs
    assert ProxyLoginRefused("api.mapflow.ai", NetworkReason.PROXY_OF_QGIS).reason == \
        "прокси-сервер из настроек QGIS не принял логин"
    assert ProxyLoginRefused("api.mapflow.ai", "10.0.0.1:3128").reason == "прокси-сервер 10.0.0.1:3128 не принял логин"
    assert "(ожидание ответа)" in str(Timeout("api.mapflow.ai", "read", 30))
    cut = IncompleteDownloadError(NetworkReason.BODY_SHORT, received=10, expected=20)
    assert cut.shown_param("detail") == "получено 10 из 20 байт"


def test_network_reasons_read_in_english_without_a_translator():
    assert ProxyLoginRefused("api.mapflow.ai", NetworkReason.PROXY_OF_QGIS).reason == \
        "the proxy of QGIS refused the login"
    assert "(connecting)" in str(Timeout("h", "connect", 10))
    assert "(waiting for the answer)" in str(Timeout("h", "read", 1))


@pytest.mark.parametrize("phrase", ["Not Found", "not found", "Internal Server Error", "Bad Request.", "Unauthorized",
                                    "Unprocessable Entity", "Unprocessable Content"])
def test_a_bare_reason_phrase_is_not_a_message(phrase):
    assert is_reason_phrase(phrase)


def test_the_server_reason_phrase_gives_way_to_the_translated_text():
    missing = error_from_response(404, '{"detail": "Not Found"}')
    assert isinstance(missing, NotFoundError) and missing.message is None
    assert str(missing) == "Not found: the item does not exist or was deleted."
    worded = error_from_response(404, '{"detail": "Processing 42 was deleted by its owner"}')
    assert str(worded) == "Processing 42 was deleted by its owner"  # a real message is kept
    assert not is_reason_phrase("Processing not found") and not is_reason_phrase(None)
    assert "HTTP 502" in str(error_from_response(502, "Bad Gateway"))
    assert isinstance(error_from_response(500, '{"message": "Internal Server Error"}'), ServerError)
