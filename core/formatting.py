"""How numbers read in the plugin's texts: areas, credits (QGIS-free, no translation needed)."""
from __future__ import annotations


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
    return text


def format_km2(value: float) -> str:
    return f"{format_number(value)} km²"


def format_credits(value: int) -> str:
    """Whole credits with thousands separators: 1,234."""
    return f"{int(value):,}"
