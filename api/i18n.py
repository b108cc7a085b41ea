"""The one translation seam of the QGIS-free code (``api`` and ``core``), kept free of Qt.

Texts are marked with ``QT_TRANSLATE_NOOP("<context>", "...")``: a no-op at run time that ``pylupdate5``
extracts into that context (``MapflowApi`` for the client, ``AoiRules``, ``MapflowRoles``... for ``core``). They
are translated when shown, through :func:`translate`, which the plugin routes to ``QCoreApplication.translate``
once with :func:`set_translator`. ``core`` uses this hook too: ``api`` is the bottom layer, so the hook lives here.
"""
from __future__ import annotations

from typing import Callable, Optional

TRANSLATION_CONTEXT = "MapflowApi"

Translator = Callable[[str, str], str]


def _identity(context: str, text: str) -> str:
    return text


_translator: Translator = _identity


def _same(text: str) -> str:
    return text


_number_localizer: Callable[[str], str] = _same


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pylupdate5 looks for
    """Mark ``text`` for extraction in ``context``; returns it unchanged."""
    return text


def set_translator(translator: Optional[Translator]) -> None:
    """Route every later :func:`translate` call through ``translator(context, text)``; None restores identity."""
    global _translator
    _translator = translator or _identity


def set_number_localizer(localizer: Optional[Callable[[str], str]]) -> None:
    """Numbers api writes the Python way ("12,345.6") pass through ``localizer`` (the plugin routes it to
    ``core.formatting.localize``, the one home of the number format); None: as Python writes them."""
    global _number_localizer
    _number_localizer = localizer or _same


def localize_number(text: str) -> str:
    """A number written the Python way, with the user's separators once the plugin set them."""
    try:
        return _number_localizer(text)
    except Exception:  # a broken hook must never hide an error message
        return text


def translate(text: str, context: str = TRANSLATION_CONTEXT) -> str:
    """Translate a text marked in ``context``; an unknown or failing translator gives the source text."""
    try:
        translated = _translator(context, text)
    except Exception:  # a broken translator must never hide an error message
        return text
    return translated if isinstance(translated, str) and translated else text
