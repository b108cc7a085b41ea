"""The user's choices per QGIS project: AOI source, model and options, imagery source.

They are kept as custom entries of the project file (``QgsProject.writeEntry`` under the ``mapflow_processing``
scope), so a project reopened later shows what was chosen for it; a project without them falls back to the user's
last choice (QgsSettings). Only a choice the user makes is written: what the dock fills in by itself (restoring,
listing models or providers after a sign-in) runs ``quietly`` and leaves an untouched project clean.
Secrets never go here: an imagery login lives in the authentication database.
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Callable, Iterator, Mapping

from qgis.core import QgsProject
from qgis.PyQt.QtCore import QObject, QTimer, pyqtSignal

from ..core import settings as catalogue
from ..core.choices import MODEL_BLOCKS_PREFIX, ChoiceKey
from ..core.settings import SettingSpec
from .settings_store import SettingsStore

SCOPE = "mapflow_processing"
# the user's last choices that existed before choices were kept per project keep their settings keys
_LEGACY_SPECS = {ChoiceKey.MODEL.value: catalogue.LAST_MODEL_NAME,
                 ChoiceKey.PROVIDER.value: catalogue.LAST_PROVIDER_NAME,
                 ChoiceKey.RESULTS_FOLDER.value: catalogue.OUTPUT_DIRECTORY}


def fallback_spec(key: str) -> SettingSpec:
    if key in _LEGACY_SPECS:
        return _LEGACY_SPECS[key]
    if key.startswith(MODEL_BLOCKS_PREFIX):
        return SettingSpec(f"{catalogue.MODEL_BLOCKS_GROUP}/{key[len(MODEL_BLOCKS_PREFIX):]}", str, "")
    return SettingSpec(f"state/choices/{key}", str, "")


class ChoiceMemory(QObject):
    """``get``/``remember`` by key; ``restored`` fires when another project was read (or a new one started)."""

    restored = pyqtSignal()

    def __init__(self, settings: SettingsStore, project: Callable[[], QgsProject] = QgsProject.instance,
                 parent=None):
        super().__init__(parent)
        self._settings = settings
        self._project = project
        self._restoring = False
        self._settling = False  # a project is being cleared or read: widgets echo layer changes, not choices
        current = project()
        self._signals = [(current.removeAll, self._settle), (current.cleared, self._on_project),
                         (current.readProject, self._on_project)]
        for signal, slot in self._signals:
            signal.connect(slot)

    @property
    def restoring(self) -> bool:
        """True while the sections re-apply remembered choices (their echoes must not count as new choices)."""
        return self._restoring

    def get(self, key) -> str:
        key = getattr(key, "value", key)
        value, found = self._project().readEntry(SCOPE, key, "")
        if found and value:
            return str(value)
        return str(self._settings.get(fallback_spec(key)) or "")

    def remember(self, key, value) -> None:
        """The user chose ``value``: keep it in the project and as the last choice (not while quiet)."""
        key, text = getattr(key, "value", key), "" if value is None else str(value)
        if self._restoring or self._settling:
            return
        project = self._project()
        stored, found = project.readEntry(SCOPE, key, "")
        if not found or stored != text:
            project.writeEntry(SCOPE, key, text)
        spec = fallback_spec(key)
        if self._settings.get(spec) != text:
            self._settings.set(spec, text)

    def apply(self, choices: Mapping[str, str]) -> None:
        """Choices made on the user's behalf (a duplicated processing, "Use as AOI"): keep them as the user's, then
        let every section show them (``restored``), as when a project is read."""
        for key, value in choices.items():
            self.remember(key, value)
        with self.quietly():
            self.restored.emit()

    @contextmanager
    def quietly(self) -> Iterator[None]:
        """The dock fills or restores widgets: their echoes are not the user's choices."""
        previous, self._restoring = self._restoring, True
        try:
            yield
        finally:
            self._restoring = previous

    def _settle(self, *_args) -> None:
        """Layers go (clear, read): until QGIS is back in its event loop, widget changes are not the user's."""
        if not self._settling:
            self._settling = True
            QTimer.singleShot(0, self._settled)

    def _settled(self) -> None:
        self._settling = False

    def _on_project(self, *_args) -> None:
        self._settle()
        with self.quietly():
            self.restored.emit()

    def shutdown(self) -> None:
        for signal, slot in self._signals:
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                pass
        self._signals = []
