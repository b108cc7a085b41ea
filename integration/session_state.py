"""The signed-in session, shared by the dock's controllers; they listen to its signals instead of each other."""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Optional

from qgis.PyQt.QtCore import QObject, pyqtSignal


@dataclass(frozen=True)
class Session:
    client: Any  # api.MapflowClient: thread-safe for independent calls from tasks
    server_url: str
    email: str
    user_status: Any  # api UserStatus
    project: Any = None  # api Project currently chosen
    role: str = "owner"  # the user's role in that project (core.roles)

    def __repr__(self) -> str:  # never print the client (it holds the token)
        return f"Session(server_url={self.server_url!r}, email={self.email!r})"


class SessionState(QObject):
    """Holds the current Session. ``changed`` fires on sign-in/out; ``project_changed`` when the project changes;
    ``processings_changed`` when something created, deleted or restarted processings (the list should refresh)."""

    changed = pyqtSignal(object)  # Session or None
    project_changed = pyqtSignal(object)  # Session
    account_changed = pyqtSignal(object)  # Session (balance or limits refreshed)
    processings_changed = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._session: Optional[Session] = None

    @property
    def session(self) -> Optional[Session]:
        return self._session

    def sign_in(self, session: Session) -> None:
        self._session = session
        self.changed.emit(session)

    def sign_out(self) -> None:
        self._session = None
        self.changed.emit(None)

    def set_project(self, project: Any, role: str) -> None:
        if self._session is None:
            return
        self._session = replace(self._session, project=project, role=role)
        self.project_changed.emit(self._session)

    def set_user_status(self, user_status: Any) -> None:
        if self._session is None:
            return
        self._session = replace(self._session, user_status=user_status)
        self.account_changed.emit(self._session)
