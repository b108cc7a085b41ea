"""Keep API tokens and their decoded secrets out of logs and error texts."""
from __future__ import annotations

import logging
import threading
from typing import Iterable

LOGGER_NAME = "mapflow_processing.api"
MASK = "***"


class SecretRegistry:
    """Strings that must never be shown; every client registers its token and the decoded secret."""

    def __init__(self) -> None:
        self._secrets: set = set()
        self._lock = threading.Lock()

    def add(self, secrets: Iterable[str]) -> None:
        with self._lock:
            # short strings would mask ordinary words; real tokens and secrets are long
            self._secrets.update(s for s in secrets if isinstance(s, str) and len(s) >= 6)

    def redact(self, text: str) -> str:
        if not isinstance(text, str) or not text:
            return text
        with self._lock:
            secrets = sorted(self._secrets, key=len, reverse=True)
        for secret in secrets:
            if secret in text:
                text = text.replace(secret, MASK)
        return text


SECRETS = SecretRegistry()


class RedactingFilter(logging.Filter):
    """Rewrites a record's final message with every registered secret masked."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed record: let logging report it as usual
            return True
        cleaned = SECRETS.redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


def api_logger() -> logging.Logger:
    """The one logger of the package, with the redacting filter attached once."""
    logger = logging.getLogger(LOGGER_NAME)
    if not any(isinstance(f, RedactingFilter) for f in logger.filters):
        logger.addFilter(RedactingFilter())
    return logger
