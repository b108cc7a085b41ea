"""Where the area of interest comes from; shows its area and notes. Building the AOI is a service's job."""
from __future__ import annotations

from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import QGroupBox

from ..core.choices import AOI_KIND_ORDER, AoiChoice, AoiKind
from ..layers.qgis_compat import ALL_LAYERS_FILTER, POLYGON_LAYER_FILTER
from .loader import form_class


class AoiWidget(QGroupBox, form_class("aoi")):
    choice_changed = pyqtSignal(object)  # AoiChoice
    draw_toggled = pyqtSignal(bool)
    refresh_requested = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setupUi(self)
        self.aoiSourceCombo.currentIndexChanged.connect(self._on_kind_changed)
        self.aoiLayerCombo.layerChanged.connect(lambda *_: self._emit())
        self.aoiFileWidget.fileChanged.connect(lambda *_: self._emit())
        self.drawButton.toggled.connect(self.draw_toggled.emit)
        self.refreshAoiButton.clicked.connect(lambda *_: self.refresh_requested.emit())
        self._on_kind_changed(self.aoiSourceCombo.currentIndex(), emit=False)

    def kind(self) -> AoiKind:
        return AOI_KIND_ORDER[max(0, self.aoiSourceCombo.currentIndex())]

    def set_kind(self, kind: AoiKind) -> None:
        self.aoiSourceCombo.setCurrentIndex(AOI_KIND_ORDER.index(kind))

    def choice(self) -> AoiChoice:
        kind = self.kind()
        layer = self.aoiLayerCombo.currentLayer()
        return AoiChoice(
            kind=kind,
            layer_id=layer.id() if layer is not None and kind in (
                AoiKind.LAYER, AoiKind.SELECTION, AoiKind.LAYER_EXTENT) else None,
            file_path=self.aoiFileWidget.filePath() or None if kind == AoiKind.FILE else None,
        )

    def set_choice(self, choice: AoiChoice, layer=None) -> None:
        """Show a remembered choice (``layer``: the map layer of ``choice.layer_id``, if it still exists); one
        ``choice_changed`` follows."""
        for widget in (self.aoiSourceCombo, self.aoiLayerCombo, self.aoiFileWidget):
            widget.blockSignals(True)
        try:
            self.aoiSourceCombo.setCurrentIndex(AOI_KIND_ORDER.index(choice.kind))
            self._on_kind_changed(self.aoiSourceCombo.currentIndex(), emit=False)
            if layer is not None:
                self.aoiLayerCombo.setLayer(layer)
            if choice.file_path:
                self.aoiFileWidget.setFilePath(choice.file_path)
        finally:
            for widget in (self.aoiSourceCombo, self.aoiLayerCombo, self.aoiFileWidget):
                widget.blockSignals(False)
        self._emit()

    def _on_kind_changed(self, _index: int, emit: bool = True) -> None:
        kind = self.kind()
        self.aoiLayerCombo.setVisible(kind in (AoiKind.LAYER, AoiKind.SELECTION, AoiKind.LAYER_EXTENT))
        self.aoiLayerCombo.setFilters(
            POLYGON_LAYER_FILTER if kind in (AoiKind.LAYER, AoiKind.SELECTION)
            else ALL_LAYERS_FILTER)
        self.drawButton.setVisible(kind == AoiKind.DRAWN)
        self.aoiFileWidget.setVisible(kind == AoiKind.FILE)
        if kind != AoiKind.DRAWN and self.drawButton.isChecked():
            self.drawButton.setChecked(False)
        if emit:
            self._emit()

    def _emit(self) -> None:
        self.choice_changed.emit(self.choice())

    def set_excluded_layers(self, layers) -> None:
        """Layers the layer list leaves out; the choice changes (and is announced) only if the chosen one went."""
        combo = self.aoiLayerCombo
        before = combo.currentLayer()
        combo.blockSignals(True)
        try:
            combo.setExceptedLayerList(list(layers))
        finally:
            combo.blockSignals(False)
        if combo.currentLayer() is not before:
            self._emit()

    def set_summary(self, text: str, notes: str = "") -> None:
        self.aoiAreaLabel.setText(text)
        self.aoiNotesLabel.setText(notes)
        self.aoiNotesLabel.setVisible(bool(notes))

    def set_drawing(self, drawing: bool) -> None:
        self.drawButton.blockSignals(True)
        self.drawButton.setChecked(drawing)
        self.drawButton.blockSignals(False)
