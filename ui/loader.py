"""Loads Qt Designer forms at run time (no generated Python, no compiled resources)."""
from __future__ import annotations

import threading
from pathlib import Path

from qgis.PyQt import uic

FORMS_DIR = Path(__file__).resolve().parent / "forms"
ICONS_DIR = Path(__file__).resolve().parents[1] / "icons"


# uic's compiler keeps module-level state (its code indenter): the dock's modules may be imported in a worker
# thread (integration/background_import.py) while the GUI thread loads a form, so one form is compiled at a time
_UIC_LOCK = threading.Lock()


def form_class(name: str):
    """The generated form class of ``ui/forms/<name>.ui`` (the first item of uic.loadUiType)."""
    with _UIC_LOCK:
        form, _base = uic.loadUiType(str(FORMS_DIR / f"{name}.ui"))
    return form


def icon_path(name: str) -> str:
    return str(ICONS_DIR / name)
