"""At each sign-in, ``GET /version`` (no account needed) in a hidden task: a newer major version of the API than the
plugin knows gives a warning that stays until closed (work goes on); a newer minor version is noted once per
server version (remembered in the settings). What to say is ``core.version_notice``'s rule."""
from __future__ import annotations

from typing import Optional

from ..core import settings as catalogue
from ..core.version_notice import KNOWN_API_VERSION, version_notice
from ..integration.auth import url_digest
from ..integration.messages import Notifier, guarded, tr
from ..integration.session_state import Session, SessionState
from ..integration.settings_store import SettingsStore
from ..integration.messages import QT_TRANSLATE_NOOP
from .controller_support import Generation, SectionController

TOPIC = "version"


class VersionController(SectionController):
    def __init__(self, state: SessionState, tasks, notifier: Notifier, settings: SettingsStore, parent=None):
        super().__init__(state, tasks, notifier, None, parent)
        self.settings = settings
        self._checks = Generation()
        self.listen(state.changed, self._on_session)

    def _told_spec(self, server_url: str):
        return catalogue.VERSION_TOLD.with_key(f"{catalogue.VERSION_TOLD_GROUP}/{url_digest(server_url)}")

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Checking the server version"))
    def _on_session(self, session: Optional[Session]) -> None:
        number = self._checks.next()
        if session is None:
            self.notifier.clear(TOPIC)
            return
        client, server = session.client, session.server_url
        self.run_call(tr("Mapflow: check the server version"), lambda _ctx: client.check_version(KNOWN_API_VERSION),
                      lambda check: self._checked(number, server, check),
                      lambda error: self.notifier.log(tr("The server version could not be checked: {reason}").format(
                          reason=self.notifier.describe(error, tr("Checking the server version")))), hidden=True)

    def _checked(self, number: int, server_url: str, check) -> None:
        if not self._checks.is_current(number):
            return
        self.notifier.log(tr("Server API version {server} (this plugin knows {known}).").format(
            server=check.server_text or "?", known=KNOWN_API_VERSION))
        spec = self._told_spec(server_url)
        notice = version_notice(check, self.settings.get(spec))
        if notice is None:
            return
        if notice.warning:
            self.notifier.warning(notice.text, duration=0, topic=TOPIC)
        else:
            self.notifier.info(notice.text, duration=20, topic=TOPIC)
        if notice.remember:
            self.settings.set(spec, notice.remember)

    def shutdown(self) -> None:
        super().shutdown()
        self._checks.invalidate()
