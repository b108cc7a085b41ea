"""Installs the plugin's compiled translation for the QGIS user locale, and removes it on unload."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

I18N_DIR = Path(__file__).resolve().parents[1] / "i18n"


def route_pure_python_translations() -> None:
    """api/ and core/ are QGIS-free; they translate through one hook (``api.i18n``) that we point at Qt here."""
    from ..api.i18n import set_translator

    set_translator(QCoreApplication.translate)


def install_translator() -> Optional[QTranslator]:
    locale = str(QgsSettings().value("locale/userLocale", "") or QLocale.system().name())
    qm = I18N_DIR / f"mapflow_processing_{locale[:2]}.qm"
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
