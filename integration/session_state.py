"""The signed-in session, shared by the dock's controllers; they listen to its signals instead of each other."""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Optional, Tuple

from qgis.PyQt.QtCore import QObject, pyqtSignal


@dataclass(frozen=True)
class Session:
    client: Any  # api.MapflowClient: thread-safe for independent calls from tasks
    server_url: str
    email: str
    user_status: Any  # api UserStatus
    project: Any = None  # api Project currently chosen
    role: str = "owner"  # the user's role in that project (core.roles)
    projects: Tuple[Any, ...] = ()  # the project list that came with the sign-in
    sign_in_method: str = "token"  # "token" (the API token) or "oauth2" (the Mapflow account, QGIS's OAuth2)

    def __repr__(self) -> str:  # never print the client (it holds the token)
        return f"Session(server_url={self.server_url!r}, email={self.email!r})"


class SessionState(QObject):
    """Holds the current Session. ``changed`` fires on sign-in/out; ``project_changed`` when the project changes;
    ``processings_changed`` when something created, deleted or restarted processings (the list should refresh);
    ``server_status_changed(answering)`` when background calls find the server away, and when it answers again."""

    changed = pyqtSignal(object)  # Session or None
    project_changed = pyqtSignal(object)  # Session
    account_changed = pyqtSignal(object)  # Session (balance or limits refreshed)
    processings_changed = pyqtSignal()
    imagery_changed = pyqtSignal()  # mosaics or images were created, changed or deleted (My imagery, uploads)
    server_status_changed = pyqtSignal(bool)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._session: Optional[Session] = None
        self._server_answering = True

    @property
    def session(self) -> Optional[Session]:
        return self._session

    @property
    def server_answering(self) -> bool:
        return self._server_answering

    def sign_in(self, session: Session) -> None:
        self._session = session
        self._server_answering = True
        self.changed.emit(session)

    def sign_out(self) -> None:
        self._session = None
        self.changed.emit(None)

    def set_project(self, project: Any, role: str) -> None:
        if self._session is None:
            return
        self._session = replace(self._session, project=project, role=role)
        self.project_changed.emit(self._session)

    def set_projects(self, projects: Tuple[Any, ...]) -> None:
        if self._session is not None:
            self._session = replace(self._session, projects=tuple(projects))

    def set_user_status(self, user_status: Any) -> None:
        if self._session is None:
            return
        self._session = replace(self._session, user_status=user_status)
        self.account_changed.emit(self._session)

    def report_server(self, answering: bool) -> None:
        """A background call reached the server (True) or found it away (False); signals only the changes."""
        if answering != self._server_answering:
            self._server_answering = answering
            self.server_status_changed.emit(answering)
