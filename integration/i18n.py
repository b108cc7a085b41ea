"""The plugin follows QGIS's language and number format: installs the compiled translation for QGIS's locale (and
removes it on unload), and hands the QGIS-free code its translator and number separators.

Language: QGIS writes the language it runs in to ``locale/userLocale`` at start-up, whether the user overrides the
system locale (``locale/overrideFlag`` with the chosen ``locale/userLocale``), starts QGIS with ``--lang`` or keeps
the system's; QGIS's own advice is that plugins read it there. With no value (a script, ``qgis_process`` in a fresh
profile) the system locale decides. ``mapflow_processing_<first two letters>.qm`` is loaded when it exists
(``zh_CN``/``zh-Hans`` -> ``zh``, ``pt_BR``/``pt_PT`` -> ``pt``). The Chinese file is Simplified Chinese: a
Traditional Chinese locale (``zh_TW``, ``zh_HK``, ``zh_MO``, ``zh-Hant``) keeps the English texts instead.

Numbers: the separators of ``QLocale()``, the number locale QGIS set for the application (``locale/globalLocale``
when the user overrides the system locale, else the system's), so the plugin writes numbers as QGIS's own dialogs do.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

I18N_DIR = Path(__file__).resolve().parents[1] / "i18n"


def qgis_language(settings: Optional[QgsSettings] = None) -> str:
    """The two-letter language QGIS shows its interface in ("ru", "en", "zh")."""
    settings = settings or QgsSettings()
    locale = str(settings.value("locale/userLocale", "") or "").strip()
    if not locale:
        locale = QLocale.system().name()
    if _is_traditional_chinese(locale):
        return "zh_hant"  # no file: English rather than the simplified script
    return locale[:2].lower()


def _is_traditional_chinese(locale: str) -> bool:
    parts = {part.lower() for part in locale.replace("-", "_").split("_")}
    return "zh" in parts and bool(parts & {"hant", "tw", "hk", "mo"})


def translation_file(language: str) -> Path:
    return I18N_DIR / f"mapflow_processing_{language}.qm"


def number_style_of(locale: QLocale):
    """The separators ``core.formatting`` writes numbers with, from a QLocale."""
    from ..core.formatting import NumberStyle

    return NumberStyle(group=locale.groupSeparator(), decimal=locale.decimalPoint())


def route_pure_python_translations() -> None:
    """api/ and core/ are QGIS-free; they translate through one hook (``api.i18n``) that we point at Qt here, and
    write numbers with the separators of QGIS's number locale (``core.formatting``)."""
    from ..api.i18n import set_number_localizer, set_translator
    from ..core.formatting import localize, set_number_style

    set_translator(QCoreApplication.translate)
    set_number_style(number_style_of(QLocale()))
    set_number_localizer(localize)


def install_translator(settings: Optional[QgsSettings] = None) -> Optional[QTranslator]:
    qm = translation_file(qgis_language(settings))
    if not qm.exists():
        return None
    translator = QTranslator()
    if not translator.load(str(qm)):
        return None
    QCoreApplication.installTranslator(translator)
    return translator


def remove_translator(translator: Optional[QTranslator]) -> None:
    if translator is not None:
        QCoreApplication.removeTranslator(translator)
