"""Model picker and its optional blocks as check boxes, with prices."""
from __future__ import annotations

from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import QCheckBox, QGroupBox

from ..core.choices import ModelChoice
from ..core.formatting import LocalNumber
from .loader import form_class


class ModelWidget(QGroupBox, form_class("model")):
    choice_changed = pyqtSignal(object)  # ModelChoice

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setupUi(self)
        self._models: list = []
        self._checkboxes: dict = {}
        self._remembered = lambda _model_id: {}
        self.modelCombo.currentIndexChanged.connect(self._on_model_changed)

    def set_models(self, models: list, current_id: str = "", remembered_blocks=None) -> None:
        """``remembered_blocks``: callable(model_id) -> {block name: enabled} kept from earlier choices."""
        self._remembered = remembered_blocks or (lambda _model_id: {})
        self._models = list(models)
        self.modelCombo.blockSignals(True)
        self.modelCombo.clear()
        for model in self._models:
            self.modelCombo.addItem(self.tr("{name} — {price:g} credits/km²").format(
                name=model.name, price=LocalNumber(model.base_price)), model.id)
        if self._models:
            self.modelCombo.setCurrentIndex(max(0, self.modelCombo.findData(current_id)))
        self.modelCombo.blockSignals(False)
        self._on_model_changed(self.modelCombo.currentIndex())

    def select_model_by_name(self, name: str) -> bool:
        for i, model in enumerate(self._models):
            if model.name == name or model.name.lower().endswith(name.lower()):
                self.modelCombo.setCurrentIndex(i)
                return True
        return False

    def set_block(self, name: str, enabled: bool) -> None:
        box = self._checkboxes.get(name)
        if box is not None:
            box.setChecked(enabled)

    def current_model(self):
        index = self.modelCombo.currentIndex()
        return self._models[index] if 0 <= index < len(self._models) else None

    def choice(self):
        model = self.current_model()
        if model is None:
            return None
        blocks = tuple((name, box.isChecked()) for name, box in self._checkboxes.items())
        return ModelChoice(model.id, model.name, blocks)

    def _on_model_changed(self, _index: int) -> None:
        for box in self._checkboxes.values():
            self.blocksLayout.removeWidget(box)
            box.deleteLater()
        self._checkboxes = {}
        model = self.current_model()
        if model is not None:
            remembered = self._remembered(model.id)
            for block in model.blocks:
                if not block.optional:
                    continue
                box = QCheckBox(self.tr("{label} (+{price:g} credits/km²)").format(
                    label=block.label, price=LocalNumber(block.price))
                                if block.price else block.label, self.blocksHost)
                box.setChecked(bool(remembered.get(block.name, False)))
                box.toggled.connect(lambda *_: self._emit())
                self.blocksLayout.addWidget(box)
                self._checkboxes[block.name] = box
        self._emit()

    def set_price_text(self, text: str) -> None:
        self.modelPriceLabel.setText(text)

    def _emit(self) -> None:
        choice = self.choice()
        if choice is not None:
            self.choice_changed.emit(choice)
