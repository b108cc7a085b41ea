"""The project picker: choose (remembered), create, rename, delete (confirmed; never the default), share.

The buttons follow the user's role in the chosen project (the widget disables them with a tooltip); the controller
checks the same rules again before any request, so a stale button can never send a forbidden call.
"""
from __future__ import annotations

from typing import Callable, Optional, Sequence, Tuple

from qgis.PyQt.QtCore import QObject

from ..api.models import Project
from ..core import settings as catalogue
from ..core.choices import ProjectItem
from ..core.roles import ROLES, ProjectAction, allowed, normalise_role, why_not
from ..integration.messages import Notifier, guarded, tr
from ..integration.session_state import Session, SessionState
from ..integration.settings_store import SettingsStore
from .controller_support import Generation, SignalConnections, readable_error, submit_call
from .dialogs_start import StartPrompts


def project_item(project: Project, email: str) -> ProjectItem:
    return ProjectItem(project.id, project.name, project.is_default, project.role_of(email).value)


def shareable_roles(own_role: str) -> Tuple[str, ...]:
    """A maintainer may share up to maintainer; an owner may give any role (contract section 3.7)."""
    own = normalise_role(own_role)
    return tuple(role for role in ROLES if ROLES.index(role) <= ROLES.index(own))


class ProjectController(QObject):
    def __init__(self, widget, state: SessionState, tasks, notifier: Notifier, settings: SettingsStore,
                 prompts: StartPrompts, listed_at_sign_in: Callable[[], Sequence[Project]], parent=None):
        super().__init__(parent)
        self._links = SignalConnections()  # undone by shutdown(): widgets may outlive us briefly
        self.widget = widget
        self.state = state
        self.tasks = tasks
        self.notifier = notifier
        self.settings = settings
        self.prompts = prompts
        self._listed_at_sign_in = listed_at_sign_in
        self._projects: Tuple[Project, ...] = ()
        self._reload = Generation()
        self._links.connect(widget.project_selected, self.choose)
        self._links.connect(widget.create_requested, self.create)
        self._links.connect(widget.rename_requested, self.rename)
        self._links.connect(widget.delete_requested, self.delete)
        self._links.connect(widget.share_requested, self.share)
        self._links.connect(state.changed, self._on_session)

    @property
    def projects(self) -> Tuple[Project, ...]:
        return self._projects

    # --- filling ---------------------------------------------------------------------------------------------
    @guarded("Listing the projects")
    def _on_session(self, session: Optional[Session]) -> None:
        self._reload.invalidate()
        if session is None:
            self._projects = ()
            self.widget.set_projects([])
            return
        listed = tuple(self._listed_at_sign_in()) or ((session.project,) if session.project else ())
        self._show(listed, session.project.id if session.project else "")
        if session.project is not None:
            self.settings.set(catalogue.LAST_PROJECT_ID, session.project.id)

    def _show(self, projects: Tuple[Project, ...], current_id: str) -> None:
        self._projects = projects
        email = self.state.session.email if self.state.session else ""
        self.widget.set_projects([project_item(p, email) for p in projects], current_id)

    def reload(self, select_id: Optional[str] = None) -> None:
        """Ask for the project list again, then show ``select_id`` (or keep the current project)."""
        session = self.state.session
        if session is None:
            return
        number = self._reload.next()
        client = session.client
        submit_call(self.tasks, self.notifier, tr("Mapflow: list projects"), lambda _ctx: tuple(client.list_projects()),
                    lambda projects: self._reloaded(number, projects, select_id),
                    lambda error: self._report(error, tr("Listing the projects")))

    def _reloaded(self, number: int, projects: Tuple[Project, ...], select_id: Optional[str]) -> None:
        session = self.state.session
        if not self._reload.is_current(number) or session is None:
            return
        wanted = select_id or (session.project.id if session.project else "")
        chosen = next((p for p in projects if p.id == wanted), None) or next(
            (p for p in projects if p.is_default), projects[0] if projects else None)
        self._show(projects, chosen.id if chosen else "")
        if chosen is not None:
            self._apply(chosen)

    # --- choosing --------------------------------------------------------------------------------------------
    @guarded("Choosing the project")
    def choose(self, project_id: str) -> None:
        project = self._find(project_id)
        session = self.state.session
        if project is None or session is None:
            return
        if session.project is None or session.project.id != project.id:
            self._apply(project)

    def _apply(self, project: Project) -> None:
        session = self.state.session
        self.settings.set(catalogue.LAST_PROJECT_ID, project.id)
        self.state.set_project(project, project.role_of(session.email).value)

    def _find(self, project_id: str) -> Optional[Project]:
        return next((p for p in self._projects if p.id == project_id), None)

    # --- actions ---------------------------------------------------------------------------------------------
    @guarded("Creating a project")
    def create(self) -> None:
        session = self.state.session
        if session is None:
            return
        name = self.prompts.project_name(self.widget, tr("New project"))
        if not name:
            return
        client = session.client
        submit_call(self.tasks, self.notifier, tr("Mapflow: create project"), lambda _ctx: client.create_project(name),
                    self._created, lambda error: self._report(error, tr("Creating the project")))

    def _created(self, project: Project) -> None:
        self.notifier.success(tr("Project “{name}” created.").format(name=project.name))
        self.reload(select_id=project.id)

    @guarded("Renaming the project")
    def rename(self, project_id: str) -> None:
        project = self._checked(project_id, ProjectAction.RENAME_PROJECT)
        if project is None:
            return
        name = self.prompts.project_name(self.widget, tr("Rename project"), project.name)
        if not name or name == project.name:
            return
        client = self.state.session.client
        submit_call(self.tasks, self.notifier, tr("Mapflow: rename project"),
                    lambda _ctx: client.update_project(project.id, name=name),
                    lambda renamed: self._changed(tr("Project renamed to “{name}”.").format(name=renamed.name),
                                                  renamed.id),
                    lambda error: self._report(error, tr("Renaming the project")))

    @guarded("Deleting the project")
    def delete(self, project_id: str) -> None:
        project = self._checked(project_id, ProjectAction.DELETE_PROJECT)
        if project is None or not self.prompts.confirm_project_delete(self.widget, project.name):
            return
        client = self.state.session.client
        submit_call(self.tasks, self.notifier, tr("Mapflow: delete project"),
                    lambda _ctx: client.delete_project(project.id),
                    lambda _none: self._deleted(project),
                    lambda error: self._report(error, tr("Deleting the project")))

    def _deleted(self, project: Project) -> None:
        default = next((p for p in self._projects if p.is_default), None)
        self._changed(tr("Project “{name}” deleted.").format(name=project.name), default.id if default else None)

    @guarded("Sharing the project")
    def share(self, project_id: str) -> None:
        project = self._checked(project_id, ProjectAction.SHARE)
        if project is None:
            return
        role = project.role_of(self.state.session.email).value
        choice = self.prompts.share(self.widget, project.name, shareable_roles(role))
        if choice is None:
            return
        if "@" not in choice.email:
            self.notifier.warning(tr("“{email}” is not an e-mail address.").format(email=choice.email))
            return
        client = self.state.session.client
        submit_call(self.tasks, self.notifier, tr("Mapflow: share project"),
                    lambda _ctx: client.share_project(project.id, choice.email, choice.role),
                    lambda _none: self._changed(tr("Project “{name}” shared with {email} as {role}.").format(
                        name=project.name, email=choice.email, role=choice.role), project.id),
                    lambda error: self._report(error, tr("Sharing the project")))

    def _checked(self, project_id: str, action: ProjectAction) -> Optional[Project]:
        """The project if the user's role allows ``action`` on it; otherwise say why and return None."""
        project = self._find(project_id)
        session = self.state.session
        if project is None or session is None:
            return None
        role = project.role_of(session.email).value
        if not allowed(role, action, is_default=project.is_default):
            self.notifier.warning(why_not(role, action, is_default=project.is_default))
            return None
        return project

    def _changed(self, message: str, select_id: Optional[str]) -> None:
        self.notifier.success(message)
        self.reload(select_id=select_id)

    def _report(self, error: BaseException, context: str) -> None:
        self.notifier.error(tr("{context} failed: {reason}").format(
            context=context, reason=readable_error(error, self.notifier, context)), duration=10)

    def shutdown(self) -> None:
        self._links.disconnect_all()
        self._reload.invalidate()
