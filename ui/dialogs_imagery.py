"""The questions of the My imagery tab: a new or edited mosaic, an image's name, a deletion, files to upload, where
to save a download, whether to upload the files that passed the checks.

Controllers ask through :class:`ImageryPrompts`, so that a headless test can answer instead of a modal dialog.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import List, Optional, Sequence, Tuple

from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QInputDialog, QMessageBox

from ..core.my_imagery import parse_tags, tags_text
from ..integration.messages import tr
from .dialogs import names_for_confirmation
from .loader import form_class

GEOTIFF_FILTER = "GeoTIFF (*.tif *.tiff *.TIF *.TIFF);;All files (*)"


@dataclass(frozen=True)
class MosaicForm:
    name: str
    tags: Tuple[str, ...] = ()
    files: Tuple[str, ...] = field(default_factory=tuple)  # a new mosaic's first images (may be empty)


class MosaicDialog(QDialog, form_class("mosaic_dialog")):
    """Name (required), tags and, for a new mosaic, its files; OK is enabled once there is a name."""

    def __init__(self, title: str, name: str = "", tags: Sequence[str] = (), with_files: bool = True, parent=None):
        super().__init__(parent)
        self.setupUi(self)
        self.setWindowTitle(title)
        self.nameEdit.setText(name)
        self.tagsEdit.setText(tags_text(tags))
        self._files: List[str] = []
        for widget in (self.filesLabel, self.filesValueLabel, self.filesButton):
            widget.setVisible(with_files)
        self.filesButton.clicked.connect(self._choose_files)
        self.nameEdit.textChanged.connect(self._update_ok)
        self.buttonBox.accepted.connect(self.accept)
        self.buttonBox.rejected.connect(self.reject)
        self._update_ok()

    def set_files(self, files: Sequence[str]) -> None:
        self._files = list(files)
        names = [Path(f).name for f in self._files]
        self.filesValueLabel.setText(", ".join(names) if names else self.tr("None: an empty mosaic"))
        if names and not self.nameEdit.text().strip():
            self.nameEdit.setText(Path(self._files[0]).stem)

    def form(self) -> Optional[MosaicForm]:
        name = self.nameEdit.text().strip()
        return MosaicForm(name, parse_tags(self.tagsEdit.text()), tuple(self._files)) if name else None

    def _choose_files(self) -> None:
        files, _filter = QFileDialog.getOpenFileNames(self, self.tr("Choose GeoTIFF files"), "", GEOTIFF_FILTER)
        if files:
            self.set_files(files)

    def _update_ok(self) -> None:
        self.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.nameEdit.text().strip()))


class ImageryPrompts:
    """The real, modal dialogs; each returns None, [] or False when the user cancels."""

    def _mosaic(self, parent, title: str, name: str, tags: Sequence[str], with_files: bool) -> Optional[MosaicForm]:
        dialog = MosaicDialog(title, name, tags, with_files, parent)
        try:
            return dialog.form() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def new_mosaic(self, parent) -> Optional[MosaicForm]:
        return self._mosaic(parent, tr("New mosaic"), "", (), True)

    def edit_mosaic(self, parent, name: str, tags: Sequence[str]) -> Optional[MosaicForm]:
        return self._mosaic(parent, tr("Rename mosaic"), name, tags, False)

    def rename_image(self, parent, name: str) -> Optional[str]:
        text, ok = QInputDialog.getText(parent, tr("Rename image"), tr("New name:"), text=name)
        return text.strip() if ok and text.strip() else None

    def confirm_delete(self, parent, names: List[str], image_count: int) -> bool:
        question = tr("Delete {count} item(s)? Deleting a mosaic deletes its images too ({images} image(s) in all); "
                      "this cannot be undone.").format(count=len(names), images=image_count)
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(parent, tr("Delete imagery"), f"{question}\n\n{names_for_confirmation(names)}",
                                      buttons.Yes | buttons.Cancel, buttons.Cancel)
        return answer == buttons.Yes

    def upload_files(self, parent) -> List[str]:
        files, _filter = QFileDialog.getOpenFileNames(parent, tr("Upload GeoTIFF files"), "", GEOTIFF_FILTER)
        return list(files)

    def download_path(self, parent, suggested: str) -> Optional[str]:
        path, _filter = QFileDialog.getSaveFileName(parent, tr("Save the image"), suggested, GEOTIFF_FILTER)
        return path or None

    def confirm_partial_upload(self, parent, refused: List[str], passing: int) -> bool:
        text = tr("{count} file(s) cannot be uploaded:").format(count=len(refused)) + "\n\n" + "\n".join(
            f"• {reason}" for reason in refused) + "\n\n" + tr("Upload the {count} other file(s)?").format(
            count=passing)
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(parent, tr("Upload imagery"), text, buttons.Yes | buttons.Cancel,
                                      buttons.Cancel)
        return answer == buttons.Yes
