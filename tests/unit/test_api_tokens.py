"""Token helpers: build, decode, and clear errors for bad tokens without any request."""
import base64

import pytest

from mapflow_processing.api import (InvalidTokenError, MapflowClient, credentials_from_token, email_from_token,
                                    token_from_credentials)


def test_round_trip():
    token = token_from_credentials("user@example.com", "s3cr3t:with:colons")
    assert base64.b64decode(token).decode() == "user@example.com:s3cr3t:with:colons"
    credentials = credentials_from_token(token)
    assert credentials.email == "user@example.com" and credentials.secret == "s3cr3t:with:colons"
    assert "s3cr3t" not in repr(credentials)
    assert email_from_token(token) == "user@example.com"


def test_missing_padding_blanks_and_basic_prefix_are_accepted():
    token = token_from_credentials("ab@x.io", "secretvalue1")  # length not a multiple of 4 without padding
    assert email_from_token(token.rstrip("=")) == "ab@x.io"
    assert email_from_token(f"  Basic {token}\n") == "ab@x.io"


@pytest.mark.parametrize("token, reason", [
    ("", "empty"), ("   ", "empty"), ("!!!not-base64!!!", "not valid base64"),
    (base64.b64encode(b"no-colon-here").decode(), "an email and a secret"),
    (base64.b64encode(b"not-an-email:secret").decode(), "email address"),
    (base64.b64encode(b"user@x.com:").decode(), "secret part is empty"),
    (base64.b64encode(b"\xff\xfe:zz").decode(), "not valid base64 text"),
    (None, "must be text"),
])
def test_bad_tokens_give_a_clear_error_that_does_not_repeat_the_token(token, reason):
    with pytest.raises(InvalidTokenError) as caught:
        email_from_token(token)
    text = str(caught.value)
    assert text.startswith("Wrong token") and reason in text
    if token and token.strip():
        assert token.strip() not in text


def test_client_rejects_a_bad_token_before_any_request():
    # port 9 (discard) is never contacted: the error comes from decoding
    with pytest.raises(InvalidTokenError):
        MapflowClient("http://127.0.0.1:9/rest", "definitely not a token")


@pytest.mark.parametrize("email, secret", [("", "x"), ("no-at", "x"), ("a:b@x.com", "x"), ("a@x.com", "")])
def test_token_from_bad_credentials(email, secret):
    with pytest.raises(InvalidTokenError):
        token_from_credentials(email, secret)
