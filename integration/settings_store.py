"""Typed access to the plugin's QgsSettings under ``mapflow_processing/``.

A corrupted entry (wrong type, garbage, out of range) never breaks the dock: the getter returns the default and
reports the problem once per key (to the QGIS message log by default), naming the key and the reason but never
the stored value, which could be something the user pasted by mistake.
"""
from __future__ import annotations

from typing import Any, Callable, List, Optional, Set

from qgis.core import Qgis, QgsMessageLog, QgsSettings

from ..core.product import LOG_TAB as LOG_TAG  # the plugin's one log tag
from ..core.settings import SettingSpec, SettingValueError, coerce

PREFIX = "mapflow_processing/"


def log_warning(text: str) -> None:
    QgsMessageLog.logMessage(text, LOG_TAG, Qgis.MessageLevel.Warning)


class SettingsStore:
    """One per plugin instance (the "reported once" memory lives here)."""

    def __init__(self, settings: Optional[QgsSettings] = None, report: Callable[[str], None] = log_warning):
        self._settings = settings if settings is not None else QgsSettings()
        self._report = report
        self._reported: Set[str] = set()

    @property
    def file_name(self) -> str:
        return self._settings.fileName()

    def _full(self, key: str) -> str:
        return PREFIX + key.strip("/")

    def get(self, spec: SettingSpec) -> Any:
        full_key = self._full(spec.key)
        if not self._settings.contains(full_key):
            return spec.default
        raw = self._settings.value(full_key)
        if raw is None:
            return spec.default
        try:
            return coerce(spec, raw)
        except SettingValueError as problem:
            self._report_once(spec, str(problem))
            return spec.default

    def set(self, spec: SettingSpec, value: Any) -> None:
        """Store a value; a value the spec refuses is a programming error and raises ``SettingValueError``."""
        typed = coerce(spec, value)
        self._settings.setValue(self._full(spec.key), typed)

    def remove(self, spec: SettingSpec) -> None:
        self._settings.remove(self._full(spec.key))

    def contains(self, spec: SettingSpec) -> bool:
        return self._settings.contains(self._full(spec.key))

    def child_keys(self, group: str) -> List[str]:
        self._settings.beginGroup(self._full(group))
        try:
            return list(self._settings.childKeys())
        finally:
            self._settings.endGroup()

    def sync(self) -> None:
        self._settings.sync()

    def _report_once(self, spec: SettingSpec, problem: str) -> None:
        if spec.key in self._reported:
            return
        self._reported.add(spec.key)
        self._report(f"Setting {PREFIX}{spec.key} holds an unusable value ({problem}); "
                     f"using the default ({spec.default!r}) instead.")
