"""Minimal stand-ins for the qgis.gui widgets that ``ui/`` forms and widget modules use.

They are plain Qt widgets with the few signals and methods our code calls: enough for a form to load under
PyQt6's uic and for a widget's own logic (visibility, emitted choices) to run; they do not list map layers
or open file dialogs.
"""
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
        self._excepted = []

    def setExceptedLayerList(self, layers):  # noqa: N802
        self._excepted = list(layers)

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
