"""``qgis.PyQt.uic``: PyQt6's uic, whose loadUiType QGIS wraps to silence its DeprecationWarnings."""
import warnings

from PyQt6.uic import *  # noqa: F403
from PyQt6.uic import loadUiType as _load_ui_type


def loadUiType(*args, **kwargs):  # noqa: N802 - the uic name
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", category=DeprecationWarning)
        return _load_ui_type(*args, **kwargs)
