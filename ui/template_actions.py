"""What the user does to one planned search, from the list or from its open view: pause, resume, restart, rename,
move the end date, delete (after a confirmation). Each runs one call in a task; the answer is announced and handed
on (``updated``, ``deleted``); a planned search the server no longer knows (404) comes out as ``gone``.

Inputs are checked with the core rules before anything is sent (a name over 64 characters is refused with the
reason and the old name kept)."""
from __future__ import annotations

from typing import Callable, Optional

from qgis.PyQt.QtCore import pyqtSignal

from ..api.errors import NotFoundError
from ..api.models import TemplateShort, TemplateUpdate
from ..core.formatting import DATE, format_moment
from ..core.templates import TemplateAction, end_date_problem, end_of_day, latest_end_day, name_problem
from ..integration.messages import Notifier, guarded, tr
from ..integration.session_state import SessionState
from ..integration.messages import QT_TRANSLATE_NOOP
from .controller_support import SectionController
from .template_dialogs import TemplatePrompts


def topic_of(template_id: str) -> str:
    """The message-bar topic of one planned search: its news and failures replace each other."""
    return f"template:{template_id}"


class TemplateActions(SectionController):
    updated = pyqtSignal(object)  # Template or TemplateShort as the server answered
    deleted = pyqtSignal(str)  # template id
    gone = pyqtSignal(str, str)  # template id, name: the server answered 404

    def __init__(self, state: SessionState, tasks, notifier: Notifier, prompts: TemplatePrompts,
                 parent_widget: Callable[[], object], parent=None):
        super().__init__(state, tasks, notifier, None, parent)
        self.prompts = prompts
        self._parent_widget = parent_widget
        self.busy = set()  # ids of planned searches with a call running: no second action meanwhile

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Changing the planned search"))
    def run(self, action: TemplateAction, template: Optional[TemplateShort]) -> None:
        session = self.state.session
        if session is None or template is None or template.id in self.busy:
            return
        handlers = {TemplateAction.PAUSE: self._pause, TemplateAction.RESUME: self._resume,
                    TemplateAction.RESTART: self._restart, TemplateAction.RENAME: self._rename,
                    TemplateAction.EXTEND: self._extend, TemplateAction.DELETE: self._delete}
        handler = handlers.get(action)
        if handler is not None:
            handler(session.client, template)

    # --- the actions ---------------------------------------------------------------------------------------------
    def _pause(self, client, template: TemplateShort) -> None:
        self._call(template, tr("Pausing the planned search"), lambda: client.pause_template(template.id).template,
                   tr("Planned search “{name}” paused.").format(name=template.name))

    def _resume(self, client, template: TemplateShort) -> None:
        self._call(template, tr("Resuming the planned search"),
                   lambda: client.resume_template(template.id).template,
                   tr("Planned search “{name}” resumed: it also looks at what was published while it was paused.")
                   .format(name=template.name))

    def _restart(self, client, template: TemplateShort) -> None:
        self._call(template, tr("Restarting the planned search"),
                   lambda: client.restart_template(template.id).template,
                   tr("Planned search “{name}” restarted.").format(name=template.name))

    def _rename(self, client, template: TemplateShort) -> None:
        name = self.prompts.text(self._parent_widget(), tr("Rename planned search"), tr("New name:"), template.name)
        if name is None or name == template.name:
            return
        problem = name_problem(name)
        if problem:
            self.notifier.warning(problem, topic=topic_of(template.id))
            return
        self._call(template, tr("Renaming the planned search"),
                   lambda: client.update_template(template.id, TemplateUpdate(name=name)),
                   tr("Planned search renamed to “{name}”.").format(name=name))

    def _extend(self, client, template: TemplateShort) -> None:
        current = template.active_until.astimezone().date() if template.active_until else None
        day = self.prompts.end_date(self._parent_widget(), current, latest_end_day())
        if day is None:
            return
        moment = end_of_day(day)
        problem = end_date_problem(moment)
        if problem:
            self.notifier.warning(problem, topic=topic_of(template.id))
            return
        self._call(template, tr("Changing the end date of the planned search"),
                   lambda: client.update_template(template.id, TemplateUpdate(active_until=moment)),
                   tr("Planned search “{name}” now looks for new scenes until {day}.").format(
                       name=template.name, day=format_moment(day, DATE)))

    def _delete(self, client, template: TemplateShort) -> None:
        question = tr("Delete the planned search “{name}”? It stops looking for scenes and its areas and found scenes "
                      "are gone; the processings started from it stay in the project.").format(name=template.name)
        if not self.prompts.confirm(self._parent_widget(), tr("Delete planned search"), question):
            return

        def deleted(_result) -> None:
            self.notifier.success(tr("Planned search “{name}” deleted.").format(name=template.name),
                                  topic=topic_of(template.id))
            self.deleted.emit(template.id)

        self._call(template, tr("Deleting the planned search"), lambda: client.delete_template(template.id), "",
                   on_done=deleted, gone_is_done=True)

    # --- one call ----------------------------------------------------------------------------------------------
    def _call(self, template: TemplateShort, context: str, call: Callable[[], object], success: str,
              on_done: Optional[Callable[[object], None]] = None, gone_is_done: bool = False) -> None:
        self.busy.add(template.id)

        def done(result) -> None:
            self.busy.discard(template.id)
            self.state.report_server(True)
            if on_done is not None:
                on_done(result)
                return
            if success:
                self.notifier.success(success, topic=topic_of(template.id))
            self.updated.emit(result)

        def failed(error: BaseException) -> None:
            self.busy.discard(template.id)
            if isinstance(error, NotFoundError):
                if gone_is_done:  # deleted meanwhile by someone else: what the user wanted
                    done(None)
                else:
                    self.gone.emit(template.id, template.name)
                return
            self.notifier.report(error, context, topic=topic_of(template.id),
                                 template=tr("{context} “{name}” failed: {{reason}}").format(context=context,
                                                                                           name=template.name))

        self.run_call(tr("Mapflow: {context}").format(context=context), lambda _ctx: call(), done, failed,
                      can_cancel=False)


__all__ = ["TemplateActions", "topic_of"]
