"""``qgis.PyQt.QtWidgets`` as QGIS 4 provides it.

QGIS 4 keeps Qt5-era import paths working: QAction, QActionGroup and QShortcut (moved to QtGui in Qt6) are
re-exported here, ``QLayout.setMargin`` is patched back, and the QFlags type names that PyQt6 dropped
(``QMessageBox.StandardButtons``...) are callables again. Unscoped enum members are NOT restored by QGIS 4, so
``QMessageBox.Yes`` fails here exactly as it does there.
"""
from PyQt6.QtGui import QAction, QActionGroup, QShortcut  # noqa: F401
from PyQt6.QtWidgets import *  # noqa: F403
from PyQt6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QDockWidget, QFileDialog, QInputDialog, QLayout,
                             QMessageBox, QSizePolicy, QWidget)

QLayout.setMargin = lambda self, margin: self.setContentsMargins(margin, margin, margin, margin)


def _flags(enum_type):
    return lambda value=0: enum_type(value)


# A subset of the flag aliases QGIS 4 patches back (the ones a plugin like ours could name).
QWidget.RenderFlags = _flags(QWidget.RenderFlag)
QAbstractItemView.EditTriggers = _flags(QAbstractItemView.EditTrigger)
QDialogButtonBox.StandardButtons = _flags(QDialogButtonBox.StandardButton)
QDockWidget.DockWidgetFeatures = _flags(QDockWidget.DockWidgetFeature)
QFileDialog.Options = _flags(QFileDialog.Option)
QInputDialog.InputDialogOptions = _flags(QInputDialog.InputDialogOption)
QMessageBox.StandardButtons = _flags(QMessageBox.StandardButton)
QSizePolicy.ControlTypes = _flags(QSizePolicy.ControlType)
