"""Signal connections to objects one does not own (shared state, widgets, canvas, layers, QGIS's own), all undone
by ``disconnect_all``: the plugin's unload and every dock controller's shutdown use it."""
from __future__ import annotations

from typing import Any, List, Tuple


class SignalConnections:
    """Connections to objects the controller does not own (shared state, widgets, canvas, layers); all undone by
    ``disconnect_all``."""

    def __init__(self) -> None:
        self._pairs: List[Tuple[Any, Any]] = []

    def connect(self, signal, slot) -> None:
        signal.connect(slot)
        self._pairs.append((signal, slot))

    def disconnect_all(self) -> None:
        for signal, slot in self._pairs:
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):  # already gone with its sender
                pass
        self._pairs.clear()
