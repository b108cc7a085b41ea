"""The project picker: choose (remembered), create, rename, delete (confirmed; never the default), share.

The buttons follow the user's role in the chosen project (the widget disables them with a tooltip); the controller
checks the same rules again before any request, so a stale button can never send a forbidden call.
"""
from __future__ import annotations

from typing import Optional, Tuple

from ..api.models import Project
from ..core import settings as catalogue
from ..core.choices import ProjectItem
from ..core.roles import ROLES, ProjectAction, allowed, normalise_role, why_not
from ..integration.messages import Notifier, Topic, guarded, tr
from ..integration.session_state import Session, SessionState
from ..integration.settings_store import SettingsStore
from ..integration.messages import QT_TRANSLATE_NOOP
from .controller_support import Generation, SectionController
from .dialogs_start import StartPrompts


def project_item(project: Project, email: str) -> ProjectItem:
    return ProjectItem(project.id, project.name, project.is_default, project.role_of(email).value)


def shareable_roles(own_role: str) -> Tuple[str, ...]:
    """A maintainer may share up to maintainer; an owner may give any role (contract section 3.7)."""
    own = normalise_role(own_role)
    return tuple(role for role in ROLES if ROLES.index(role) <= ROLES.index(own))


class ProjectController(SectionController):
    def __init__(self, widget, state: SessionState, tasks, notifier: Notifier, settings: SettingsStore,
                 prompts: StartPrompts, parent=None):
        super().__init__(state, tasks, notifier, widget, parent)
        self.settings = settings
        self.prompts = prompts
        self._projects: Tuple[Project, ...] = ()
        self._reload = Generation()
        self.listen(widget.project_selected, self.choose)
        self.listen(widget.create_requested, self.create)
        self.listen(widget.rename_requested, self.rename)
        self.listen(widget.delete_requested, self.delete)
        self.listen(widget.share_requested, self.share)
        self.listen(state.changed, self._on_session)

    @property
    def projects(self) -> Tuple[Project, ...]:
        return self._projects

    # --- filling ---------------------------------------------------------------------------------------------
    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Listing the projects"))
    def _on_session(self, session: Optional[Session]) -> None:
        self._reload.invalidate()
        if session is None:
            self._projects = ()
            self.widget.set_projects([])
            return
        listed = tuple(session.projects) or ((session.project,) if session.project else ())
        self._show(listed, session.project.id if session.project else "")
        if session.project is not None:
            self.settings.set(catalogue.LAST_PROJECT_ID, session.project.id)

    def _show(self, projects: Tuple[Project, ...], current_id: str) -> None:
        self._projects = projects
        self.state.set_projects(projects)
        email = self.state.session.email if self.state.session else ""
        self.widget.set_projects([project_item(p, email) for p in projects], current_id)

    def reload(self, select_id: Optional[str] = None) -> None:
        """Ask for the project list again, then show ``select_id`` (or keep the current project)."""
        session = self.state.session
        if session is None:
            return
        number = self._reload.next()
        client = session.client
        self.run_call(tr("Mapflow: list projects"), lambda _ctx: tuple(client.list_projects()),
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
    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Choosing the project"))
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
    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Creating a project"))
    def create(self) -> None:
        session = self.state.session
        if session is None:
            return
        name = self.prompts.project_name(self.widget, tr("New project"))
        if not name:
            return
        client = session.client
        self.run_call(tr("Mapflow: create project"), lambda _ctx: client.create_project(name),
                    self._created, lambda error: self._report(error, tr("Creating the project")))

    def _created(self, project: Project) -> None:
        self.notifier.success(tr("Project “{name}” created.").format(name=project.name))
        self.reload(select_id=project.id)

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Renaming the project"))
    def rename(self, project_id: str) -> None:
        project = self._checked(project_id, ProjectAction.RENAME_PROJECT)
        if project is None:
            return
        name = self.prompts.project_name(self.widget, tr("Rename project"), project.name)
        if not name or name == project.name:
            return
        client = self.state.session.client
        self.run_call(tr("Mapflow: rename project"),
                    lambda _ctx: client.update_project(project.id, name=name),
                    lambda renamed: self._changed(tr("Project renamed to “{name}”.").format(name=renamed.name),
                                                  renamed.id),
                    lambda error: self._report(error, tr("Renaming the project")))

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Deleting the project"))
    def delete(self, project_id: str) -> None:
        project = self._checked(project_id, ProjectAction.DELETE_PROJECT)
        if project is None or not self.prompts.confirm_project_delete(self.widget, project.name):
            return
        client = self.state.session.client
        self.run_call(tr("Mapflow: delete project"),
                    lambda _ctx: client.delete_project(project.id),
                    lambda _none: self._deleted(project),
                    lambda error: self._report(error, tr("Deleting the project")))

    def _deleted(self, project: Project) -> None:
        default = next((p for p in self._projects if p.is_default), None)
        self._changed(tr("Project “{name}” deleted.").format(name=project.name), default.id if default else None)

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Sharing the project"))
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
        self.run_call(tr("Mapflow: share project"),
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
        self.notifier.clear(Topic.PROJECTS)
        self.notifier.success(message)
        self.reload(select_id=select_id)

    def _report(self, error: BaseException, context: str) -> None:
        self.notifier.report(error, context, topic=Topic.PROJECTS,
                             template=tr("{context} failed: {reason}"), context=context)

    def shutdown(self) -> None:
        super().shutdown()
        self._reload.invalidate()
