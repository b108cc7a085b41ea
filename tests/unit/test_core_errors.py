"""core.errors: one text per exception, and an error report that never carries a secret."""
import base64

import pytest

from mapflow_processing.api.client import MapflowClient
from mapflow_processing.api.errors import (AuthenticationError, Cancelled, ConnectionFailed, InvalidRequestError,
                                           NotFoundError, RateLimitedError, ServerError)
from mapflow_processing.core.errors import error_report, is_outage, is_retryable, redact, user_text

SECRET = "k3y-for-the-test-9f2c1b"
TOKEN = base64.b64encode(f"someone@example.com:{SECRET}".encode()).decode()


class WordedByCaller(Exception):
    """Stands for the auth database's errors: written for the user, but not the client's."""


def test_client_errors_are_shown_as_written():
    text = user_text(AuthenticationError(401), "Signing in")
    assert text.expected
    assert text.text == "Authentication failed: the Mapflow token is wrong or expired. Check your API token."


def test_worded_types_are_shown_as_written_and_others_are_bugs():
    assert user_text(WordedByCaller("The database is locked."), "Signing in", (WordedByCaller,)).text == \
        "The database is locked."
    bug = user_text(KeyError("missing"), "Loading results")
    assert not bug.expected
    assert bug.text == ("Loading results failed unexpectedly: 'missing'. "
                        "Details are in the log panel (Mapflow Processing).")


def test_a_file_error_names_the_file():
    text = user_text(PermissionError(13, "Permission denied", "/data/out.gpkg"), "Saving the results")
    assert text.expected and text.text == "Saving the results failed: Permission denied: /data/out.gpkg"


@pytest.mark.parametrize("error, outage, retryable", [
    (ConnectionFailed("api.mapflow.ai", "connection refused"), True, True),
    (ServerError(503), True, True),
    (RateLimitedError(retry_after=3), True, True),
    (NotFoundError(404), False, True),
    (Cancelled(), False, False),
    (InvalidRequestError("zoom must be 17 or more"), False, False),
])
def test_outages_and_retries(error, outage, retryable):
    assert is_outage(error) is outage and is_retryable(error) is retryable


@pytest.mark.parametrize("text", [
    f"Authorization: Basic {TOKEN}",
    f"{{'Authorization': 'Bearer {TOKEN}', 'Accept': '*/*'}}",
    f"Proxy-Authorization: Basic {TOKEN}",
    f"GET https://tiles.example.com/1/2/3.png?token={SECRET}&x=1",
    f'{{"rasterLogin": "surveyor", "rasterPassword": "{SECRET}"}}',
    f"password={SECRET}",
    f"https://surveyor:{SECRET}@tiles.example.com/{{z}}/{{x}}/{{y}}.png",
])
def test_credentials_are_redacted_in_any_shape(text):
    cleaned = redact(text)
    assert SECRET not in cleaned and TOKEN not in cleaned and "***" in cleaned


def test_ordinary_words_are_left_alone():
    text = "Wrong token: not base64. The password field is empty; authorization failed."
    assert redact(text) == text


def test_the_error_report_has_the_facts_and_no_secret():
    MapflowClient("https://api.mapflow.ai/rest", TOKEN)  # a client registers its token and secret for redaction
    error = ServerError(502, code="UPSTREAM", message=f"proxy said: Authorization: Basic {TOKEN} rejected ({SECRET})")
    error.request_id = "req-42"
    trace = f'Traceback (most recent call last):\n  File "x.py", line 1\nRuntimeError: headers={{"Authorization": ' \
            f'"Basic {TOKEN}"}}'
    report = error_report(f"The results could not be loaded (token {TOKEN})", context="Loading results",
                          error=error, server_url="https://api.mapflow.ai/rest",
                          environment={"Plugin": "Mapflow Processing 1.0", "QGIS": "3.22.16", "Qt": "5.15.8",
                                       "OS": "Linux 6.1"},
                          traceback_text=trace)
    for secret in (TOKEN, SECRET, TOKEN.rstrip("=")):
        assert secret not in report.details and secret not in report.summary
    for fact in ("Action: Loading results", "Server: https://api.mapflow.ai/rest", "HTTP status: 502",
                 "Error code: UPSTREAM", "Request id: req-42", "Error type: ServerError", "QGIS: 3.22.16",
                 "Qt: 5.15.8", "OS: Linux 6.1", "Plugin: Mapflow Processing 1.0", "Traceback"):
        assert fact in report.details, fact
