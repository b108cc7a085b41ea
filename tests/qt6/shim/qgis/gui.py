"""Minimal stand-ins for the qgis.gui widgets that ``ui/`` forms and widget modules use.

They are plain Qt widgets with the few signals and methods our code calls: enough for a form to load under
PyQt6's uic and for a widget's own logic (visibility, emitted choices) to run; they do not list map layers
or open file dialogs.
"""
import enum

from PyQt6.QtCore import pyqtSignal
from PyQt6.QtWidgets import QComboBox, QDockWidget, QLineEdit, QHBoxLayout, QWidget


class QgsDockWidget(QDockWidget):
    pass


class QgsMapLayerComboBox(QComboBox):
    layerChanged = pyqtSignal(object)  # noqa: N815 - the QGIS signal name

    def __init__(self, parent=None):
        super().__init__(parent)
        self._filters = None
        self._layer = None
        self._allow_empty = False
        self._excepted = []

    def setAllowEmptyLayer(self, allow):  # noqa: N802
        self._allow_empty = allow

    def allowEmptyLayer(self):  # noqa: N802
        return self._allow_empty

    def setExceptedLayerList(self, layers):  # noqa: N802
        self._excepted = list(layers)
        if self._layer in self._excepted:
            self.setLayer(None)

    def exceptedLayerList(self):  # noqa: N802
        return list(self._excepted)

    def setFilters(self, filters):  # noqa: N802
        self._filters = filters

    def filters(self):
        return self._filters

    def currentLayer(self):  # noqa: N802
        return self._layer

    def setLayer(self, layer):  # noqa: N802
        self._layer = layer
        self.layerChanged.emit(layer)


class QgsFileWidget(QWidget):
    fileChanged = pyqtSignal(str)  # noqa: N815 - the QGIS signal name

    class StorageMode(enum.Enum):
        GetFile = 0
        GetDirectory = 1
        GetMultipleFiles = 2
        SaveFile = 3

    def __init__(self, parent=None):
        super().__init__(parent)
        self._edit = QLineEdit(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._edit)
        self._edit.textChanged.connect(self.fileChanged.emit)

    def filePath(self):  # noqa: N802
        return self._edit.text()

    def setFilePath(self, path):  # noqa: N802
        self._edit.setText(path)

    def setFilter(self, file_filter):  # noqa: N802
        self._filter = file_filter

    def setStorageMode(self, mode):  # noqa: N802
        self._mode = mode

    def storageMode(self):  # noqa: N802
        return getattr(self, "_mode", QgsFileWidget.StorageMode.GetFile)

    def setDialogTitle(self, title):  # noqa: N802
        self._title = title

    def lineEdit(self):  # noqa: N802
        return self._edit
