"""How numbers read in the plugin's texts: areas, credits, counts (QGIS-free; the one home of this rule).

Numbers are written with the separators of the user's number locale: "99 920" and "0,25" under a Russian QGIS,
"99,920" and "0.25" under an English one. The separators come from outside (``integration.i18n`` reads them from
QGIS's ``QLocale`` when the plugin starts and hands them in with :func:`set_number_style`); scripts and tests without
QGIS get the English style. The km² unit is one translated string (:func:`km2_unit`).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from ..api.i18n import QT_TRANSLATE_NOOP, translate

UNITS_CONTEXT = "MapflowUnits"
KM2 = QT_TRANSLATE_NOOP("MapflowUnits", "km²")


@dataclass(frozen=True)
class NumberStyle:
    """The separators of a number locale (QLocale.groupSeparator() / decimalPoint())."""

    group: str = ","
    decimal: str = "."


ENGLISH = NumberStyle()
_style = ENGLISH


def set_number_style(style: Optional[NumberStyle]) -> None:
    """Write every later number with ``style``'s separators; None restores the English style."""
    global _style
    _style = style or ENGLISH


def number_style() -> NumberStyle:
    return _style


def localize(text: str) -> str:
    """A number Python wrote ("12,345.6") with the style's separators ("12 345,6")."""
    if _style == ENGLISH:
        return text
    return text.replace(",", "\0").replace(".", _style.decimal).replace("\0", _style.group)


def format_int(value: int) -> str:
    """A whole number with thousands separators: 1,234 / 1 234."""
    return localize(f"{int(value):,}")


def format_fixed(value: float, digits: int, strip_zeros: bool = False) -> str:
    """A number with ``digits`` decimals and thousands separators; ``strip_zeros`` drops trailing zeros."""
    text = f"{value:,.{digits}f}"
    if strip_zeros and "." in text:
        text = text.rstrip("0").rstrip(".")
    return localize(text)


def format_number(value: float) -> str:
    """Short, readable number: 123.4, 100, 12,345.7, 0.25; trailing zeros dropped."""
    magnitude = abs(value)
    if magnitude >= 100:
        text = f"{value:,.1f}"
    elif magnitude >= 1:
        text = f"{value:.2f}"
    elif magnitude == 0:
        return "0"
    else:
        text = f"{value:.3g}"
        if "e" in text:  # tiny areas: keep a plain decimal, never scientific notation in a message
            text = f"{value:.6f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return localize(text)


def format_general(value: float) -> str:
    """What ``f"{value:g}"`` writes, with the style's decimal separator (prices: 0.5, 12, 1.25)."""
    return localize(f"{value:g}")


def km2_unit() -> str:
    """The one translated "km²"."""
    return translate(KM2, UNITS_CONTEXT)


def format_km2(value: float) -> str:
    return f"{format_number(value)} {km2_unit()}"


def format_credits(value: int) -> str:
    """Whole credits with thousands separators: 1,234 / 1 234."""
    return format_int(value)


class LocalNumber(float):
    """A number that formats itself with the style's separators, for templates that carry a format spec
    (``"{price:g} credits/km²".format(price=LocalNumber(0.5))`` -> "0,5 credits/km²" under a Russian locale)."""

    def __format__(self, spec: str) -> str:
        return localize(format(float(self), spec))

    def __str__(self) -> str:
        return format_general(float(self))


# Dates: the language's order, as strftime patterns a translation rewrites ("%d.%m.%Y" in Russian); English keeps
# ISO 8601, which reads the same everywhere (as the Statistics tab's date fields do, "yyyy-MM-dd").
DATE = QT_TRANSLATE_NOOP("MapflowUnits", "%Y-%m-%d")
DATE_TIME = QT_TRANSLATE_NOOP("MapflowUnits", "%Y-%m-%d %H:%M")
DAY_TIME = QT_TRANSLATE_NOOP("MapflowUnits", "%m-%d %H:%M")  # this year's: no year


def format_moment(moment, pattern: str = DATE_TIME) -> str:
    """A datetime (or date) in the language's order; ``pattern`` is DATE, DATE_TIME or DAY_TIME."""
    translated = translate(pattern, UNITS_CONTEXT)
    try:
        return moment.strftime(translated)
    except ValueError:  # a broken translation: the source pattern
        return moment.strftime(pattern)
