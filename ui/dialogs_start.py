"""The questions the Start tab asks: confirm a start, name/rename/delete/share a project, pick a GeoTIFF.

Controllers ask through :class:`StartPrompts` so that a headless test can answer instead of a modal dialog.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import List, Optional, Sequence, Tuple

from qgis.PyQt.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QInputDialog,
                                 QLineEdit, QMessageBox)

from ..core.aoi_rules import format_km2
from ..integration.messages import tr



@dataclass(frozen=True)
class StartSummary:
    """Everything the confirmation shows before a processing is created (and charged)."""

    name: str
    project: str
    model: str
    options: Tuple[str, ...]
    source: str
    area_km2: float
    parts: int
    cost: str  # already worded: "150 credits", "uses 1.2 km² of your area", "free"

    def lines(self) -> List[str]:
        return [
            tr("Name: {value}").format(value=self.name),
            tr("Project: {value}").format(value=self.project),
            tr("Model: {value}").format(value=self.model),
            tr("Options: {value}").format(value=", ".join(self.options) or tr("none")),
            tr("Imagery: {value}").format(value=self.source),
            tr("Area: {area} in {parts} part(s)").format(area=format_km2(self.area_km2), parts=self.parts),
            tr("Cost: {value}").format(value=self.cost),
        ]


@dataclass(frozen=True)
class ShareChoice:
    email: str
    role: str  # readonly | contributor | maintainer | owner


@dataclass(frozen=True)
class NewMosaic:
    name: str
    tags: Tuple[str, ...] = field(default_factory=tuple)


class ShareDialog(QDialog):
    def __init__(self, project_name: str, roles: Sequence[str], parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Share “{name}”").format(name=project_name))
        layout = QFormLayout(self)
        self.emailEdit = QLineEdit(self)
        self.emailEdit.setPlaceholderText(tr("colleague@example.com"))
        self.roleCombo = QComboBox(self)
        for role in roles:
            self.roleCombo.addItem(role, role)
        layout.addRow(tr("E-mail"), self.emailEdit)
        layout.addRow(tr("Role"), self.roleCombo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    def choice(self) -> Optional[ShareChoice]:
        email = self.emailEdit.text().strip()
        return ShareChoice(email, self.roleCombo.currentData()) if email else None


class StartPrompts:
    """The real, modal dialogs; each returns None (or False) when the user cancels."""

    def confirm_start(self, parent, summary: StartSummary) -> bool:
        text = tr("Start this processing?") + "\n\n" + "\n".join(summary.lines())
        answer = QMessageBox.question(parent, tr("Start processing"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Yes)
        return answer == QMessageBox.StandardButton.Yes

    def project_name(self, parent, title: str, current: str = "") -> Optional[str]:
        text, ok = QInputDialog.getText(parent, title, tr("Project name:"), text=current)
        return text.strip() if ok and text.strip() else None

    def confirm_project_delete(self, parent, name: str) -> bool:
        answer = QMessageBox.question(
            parent, tr("Delete project"),
            tr("Delete the project “{name}” and all its processings? This cannot be undone.").format(name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def share(self, parent, project_name: str, roles: Sequence[str]) -> Optional[ShareChoice]:
        dialog = ShareDialog(project_name, roles, parent)
        try:
            return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def geotiff_path(self, parent) -> Optional[str]:
        path, _filter = QFileDialog.getOpenFileName(parent, tr("Upload a GeoTIFF"), "",
                                                    tr("GeoTIFF (*.tif *.tiff);;All files (*)"))
        return path or None

    def new_mosaic(self, parent, suggested: str) -> Optional[NewMosaic]:
        text, ok = QInputDialog.getText(parent, tr("New mosaic"), tr("Name of the new mosaic:"), text=suggested)
        return NewMosaic(text.strip()) if ok and text.strip() else None
