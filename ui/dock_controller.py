"""Connects the dock's section widgets to the services; owns no widget state of its own."""
from __future__ import annotations

from ..integration.messages import tr


class DockController:
    def __init__(self, dock, iface, notifier, tasks):
        self.dock = dock
        self.iface = iface
        self.notifier = notifier
        self.tasks = tasks
        self.dock.show_status(tr("Not signed in."))

    def shutdown(self) -> None:
        """Stop timers and map tools the controller started (tasks are cancelled by the plugin)."""
