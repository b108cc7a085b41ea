"""Imagery source: a data provider and zoom, an own tile/WMS URL, own imagery (mosaic or image), or scenes chosen in
the imagery search (the Search tab; this page only shows them)."""
from __future__ import annotations

from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import QGroupBox, QSizePolicy

from ..core.choices import SOURCE_KIND_ORDER, URL_TYPES, SourceChoice, SourceKind
from ..core.formatting import LocalNumber
from .loader import form_class

URL_ZOOMS = list(range(14, 21))


class SourceWidget(QGroupBox, form_class("source")):
    choice_changed = pyqtSignal(object)  # SourceChoice
    preview_requested = pyqtSignal(object)  # SourceChoice
    upload_requested = pyqtSignal(str)  # mosaic id or "" for a new mosaic
    cancel_upload_requested = pyqtSignal()
    search_requested = pyqtSignal()  # show the Search tab

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setupUi(self)
        self._providers: list = []
        self._mosaics: list = []
        self.urlZoomCombo.addItem(self.tr("— (server decides)"), None)
        for zoom in URL_ZOOMS:
            self.urlZoomCombo.addItem(str(zoom), zoom)
        self.urlZoomCombo.setCurrentIndex(self.urlZoomCombo.findData(18))
        self.sourceKindCombo.currentIndexChanged.connect(self._on_kind)
        self.providerCombo.currentIndexChanged.connect(self._on_provider)
        self.mosaicCombo.currentIndexChanged.connect(self._on_mosaic)
        for signal in (self.zoomCombo.currentIndexChanged, self.urlTypeCombo.currentIndexChanged,
                       self.urlZoomCombo.currentIndexChanged, self.imageCombo.currentIndexChanged):
            signal.connect(lambda *_: self._emit())
        for edit in (self.urlEdit, self.loginEdit, self.passwordEdit):
            edit.editingFinished.connect(self._emit)
        self.previewButton.clicked.connect(lambda *_: self.preview_requested.emit(self.choice()))
        self.uploadButton.clicked.connect(lambda *_: self.upload_requested.emit(self.mosaicCombo.currentData() or ""))
        self.cancelUploadButton.clicked.connect(lambda *_: self.cancel_upload_requested.emit())
        self.openSearchButton.clicked.connect(lambda *_: self.search_requested.emit())
        self._on_kind(0)

    # --- filling ---------------------------------------------------------------------------------------
    def set_providers(self, providers: list, current_name: str = "") -> None:
        self._providers = list(providers)
        self.providerCombo.blockSignals(True)
        self.providerCombo.clear()
        for provider in self._providers:
            self.providerCombo.addItem(provider.label, provider.name)
        if self._providers:
            self.providerCombo.setCurrentIndex(max(0, self.providerCombo.findData(current_name)))
        self.providerCombo.blockSignals(False)
        self._on_provider(self.providerCombo.currentIndex())

    def set_mosaics(self, mosaics: list, current_id: str = "", current_image_id: str = "") -> None:
        self._mosaics = list(mosaics)
        self.mosaicCombo.blockSignals(True)
        self.mosaicCombo.clear()
        for mosaic in self._mosaics:
            self.mosaicCombo.addItem(mosaic.name, mosaic.id)
        self.mosaicCombo.addItem(self.tr("New mosaic…"), "")
        self.mosaicCombo.setCurrentIndex(max(0, self.mosaicCombo.findData(current_id)) if self._mosaics else 0)
        self.mosaicCombo.blockSignals(False)
        self._on_mosaic(self.mosaicCombo.currentIndex(), current_image_id)

    def set_choice(self, choice: SourceChoice) -> None:
        """Show a remembered choice (a provider or mosaic not listed yet is kept by the later lists' current
        item arguments); one ``choice_changed`` follows."""
        combos = (self.sourceKindCombo, self.providerCombo, self.zoomCombo, self.urlTypeCombo, self.urlZoomCombo,
                  self.mosaicCombo, self.imageCombo)
        for combo in combos:
            combo.blockSignals(True)
        try:
            self.sourceKindCombo.setCurrentIndex(SOURCE_KIND_ORDER.index(choice.kind))
            self._show_page(self.sourceKindCombo.currentIndex())
            _select(self.providerCombo, choice.provider_name)
            self._fill_zooms(self.providerCombo.currentIndex(), choice.zoom)
            self.urlEdit.setText(choice.url)
            if choice.url_type in URL_TYPES:
                self.urlTypeCombo.setCurrentIndex(URL_TYPES.index(choice.url_type))
            _select(self.urlZoomCombo, choice.zoom if choice.kind == SourceKind.URL else None)
            _select(self.mosaicCombo, choice.mosaic_id)
            self._fill_images(self.mosaicCombo.currentIndex(), choice.image_id or "")
        finally:
            for combo in combos:
                combo.blockSignals(False)
        self._emit()

    # --- reading ---------------------------------------------------------------------------------------
    def kind(self) -> SourceKind:
        return SOURCE_KIND_ORDER[max(0, self.sourceKindCombo.currentIndex())]

    def set_kind(self, kind: SourceKind) -> None:
        self.sourceKindCombo.setCurrentIndex(SOURCE_KIND_ORDER.index(kind))

    def choice(self) -> SourceChoice:
        kind = self.kind()
        if kind == SourceKind.PROVIDER:
            return SourceChoice(kind, provider_name=self.providerCombo.currentData(), zoom=self.zoomCombo.currentData())
        if kind == SourceKind.URL:
            return SourceChoice(kind, url=self.urlEdit.text().strip(),
                                url_type=URL_TYPES[self.urlTypeCombo.currentIndex()],
                                zoom=self.urlZoomCombo.currentData(), login=self.loginEdit.text().strip(),
                                password=self.passwordEdit.text())
        image_id = self.imageCombo.currentData() or None
        mosaic_id = self.mosaicCombo.currentData() or None
        name = self.imageCombo.currentText() if image_id else (self.mosaicCombo.currentText() if mosaic_id else "")
        return SourceChoice(kind, mosaic_id=mosaic_id, image_id=image_id, imagery_name=name)

    # --- feedback --------------------------------------------------------------------------------------
    def set_price_text(self, text: str) -> None:
        self.sourcePriceLabel.setText(text)

    def set_search_summary(self, text: str, crop_text: str = "") -> None:
        """The chosen scenes (or what to do to choose some), and what cutting the AOI to them takes."""
        self.searchSummaryLabel.setText(text)
        self.searchCropLabel.setText(crop_text)
        self.searchCropLabel.setVisible(bool(crop_text))

    def set_url_check(self, text: str) -> None:
        self.urlCheckLabel.setText(text)

    def set_upload_progress(self, percent) -> None:
        """``None`` hides the progress bar (upload finished or cancelled)."""
        busy = percent is not None
        self.uploadProgress.setVisible(busy)
        self.cancelUploadButton.setVisible(busy)
        self.uploadButton.setEnabled(not busy)
        if busy:
            self.uploadProgress.setValue(int(percent))

    # --- internals -------------------------------------------------------------------------------------
    def _on_kind(self, index: int) -> None:
        self._show_page(index)
        self._emit()

    def _show_page(self, index: int) -> None:
        self.sourceStack.setCurrentIndex(max(0, index))
        # a stacked widget is as tall as its tallest page unless hidden pages stop asking for room
        for i in range(self.sourceStack.count()):
            page = self.sourceStack.widget(i)
            shown = i == self.sourceStack.currentIndex()
            policy = QSizePolicy.Policy.Preferred if shown else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)
        self.sourceStack.adjustSize()

    def _on_provider(self, index: int) -> None:
        self._fill_zooms(index, self.zoomCombo.currentData())
        self._emit()

    def _fill_zooms(self, index: int, wanted) -> None:
        self.zoomCombo.blockSignals(True)
        self.zoomCombo.clear()
        if 0 <= index < len(self._providers):
            for zoom, price in self._providers[index].zoom_prices:
                self.zoomCombo.addItem(self.tr("{zoom} — {price:g} credits/km²").format(
                    zoom=zoom, price=LocalNumber(price)), zoom)
            found = self.zoomCombo.findData(wanted if wanted is not None else 18)
            self.zoomCombo.setCurrentIndex(found if found >= 0 else self.zoomCombo.count() - 1)
        self.zoomCombo.blockSignals(False)

    def _on_mosaic(self, index: int, image_id: str = "") -> None:
        self._fill_images(index, image_id)
        self._emit()

    def _fill_images(self, index: int, image_id: str) -> None:
        self.imageCombo.blockSignals(True)
        self.imageCombo.clear()
        self.imageCombo.addItem(self.tr("All images of the mosaic"), "")
        if 0 <= index < len(self._mosaics):
            for image, filename in self._mosaics[index].images:
                self.imageCombo.addItem(filename, image)
        _select(self.imageCombo, image_id or None)
        self.imageCombo.blockSignals(False)

    def _emit(self, *_args) -> None:
        self.choice_changed.emit(self.choice())


def _select(combo, data) -> None:
    """Select the item holding ``data`` if there is one; otherwise leave the combo as it is."""
    if data is None or data == "":
        return
    found = combo.findData(data)
    if found >= 0:
        combo.setCurrentIndex(found)
