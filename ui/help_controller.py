"""Fills the Help section and keeps its top-up entry on the signed-in server (SessionState)."""
from __future__ import annotations

from typing import Optional

from ..core.help_links import PluginLinks, help_links
from ..integration.environment import plugin_links
from ..integration.messages import QT_TRANSLATE_NOOP, guarded
from .controller_support import SectionController


class HelpController(SectionController):
    def __init__(self, widget, state, tasks, notifier, links: Optional[PluginLinks] = None, parent=None):
        super().__init__(state, tasks, notifier, widget, parent)
        self.links = links or plugin_links()
        self.listen(state.changed, self.refresh)
        self.refresh()

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Showing the help links"))
    def refresh(self, *_session) -> None:
        session = self.state.session
        self.widget.set_links(help_links(self.links, session.server_url if session is not None else None))
