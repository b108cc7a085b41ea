"""The actions on selected processings: load results, AOIs, rate, restart, rename, move, delete.

Each action is checked against the user's role and the processings' statuses (core.processing_view.action_state)
again when it runs, asks its question through :class:`Prompts`, runs its calls in one CallTask and reports the
outcome with the API's readable message. Anything that changed the list emits ``processings_changed``.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import AbstractSet, Callable, List, Optional, Sequence, Tuple

from osgeo import ogr
from qgis.core import QgsFeature, QgsGeometry, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QObject, pyqtSignal

from ..api.errors import MapflowError
from ..api.models.processing import Aoi, Processing
from ..core.processing_view import ListAction, action_state
from ..core.roles import ProjectAction, allowed
from ..integration.messages import Notifier, Topic, guarded, tr
from ..integration.session_state import SessionState
from ..integration.task_registry import TaskRegistry
from ..layers import layer_roles
from ..tasks.call_task import CallTask
from ..integration.messages import QT_TRANSLATE_NOOP
from .controller_support import submit_call
from .dialogs import Prompts, RateChoice

# the fields of the AOI layer, in the order aoi_features() fills them (contract 6.4)
AOI_LAYER_URI = ("MultiPolygon?crs=EPSG:4326&field=id:string&field=status:string&field=percent:integer"
                 "&field=area:double&field=messages:string")


@dataclass(frozen=True)
class BatchOutcome:
    """Per-processing result of an action on several processings."""

    done: Tuple[Processing, ...] = ()
    failed: Tuple[Tuple[Processing, str], ...] = ()  # (processing, readable reason)


@dataclass(frozen=True)
class AoiFeatures:
    features: List[QgsFeature] = field(default_factory=list)
    skipped: int = 0  # AOIs whose geometry could not be read


def run_for_each(processings: Sequence[Processing], call: Callable[[Processing], object], ctx=None) -> BatchOutcome:
    """Call ``call`` for each processing; an API error stops only that one. Runs in the worker thread."""
    done, failed = [], []
    for number, processing in enumerate(processings):
        if ctx is not None and ctx.is_cancelled():
            break
        try:
            call(processing)
            done.append(processing)
        except MapflowError as error:
            failed.append((processing, str(error)))
        if ctx is not None:
            ctx.progress(100.0 * (number + 1) / len(processings))
    return BatchOutcome(tuple(done), tuple(failed))


def geometry_from_geojson(geometry: Optional[dict]) -> Optional[QgsGeometry]:
    if not geometry:
        return None
    try:
        ogr_geometry = ogr.CreateGeometryFromJson(json.dumps(geometry))
    except (RuntimeError, TypeError, ValueError):  # GDAL raises here when its exceptions are switched on
        return None
    if ogr_geometry is None:
        return None
    result = QgsGeometry()
    result.fromWkb(bytes(ogr_geometry.ExportToIsoWkb()))
    if result.isNull():
        return None
    result.convertToMultiType()
    return result


def aoi_features(aois: Sequence[Aoi]) -> AoiFeatures:
    """Features for the AOI layer (QgsFeature is a value type: safe to build in the worker thread)."""
    features, skipped = [], 0
    for aoi in aois:
        geometry = geometry_from_geojson(aoi.geometry)
        if geometry is None:
            skipped += 1
            continue
        feature = QgsFeature()
        feature.setGeometry(geometry)
        feature.setAttributes([aoi.id, aoi.status.value, aoi.percent_completed,
                               float(aoi.area) if aoi.area is not None else None,
                               "\n".join(m.text for m in aoi.messages)])
        features.append(feature)
    return AoiFeatures(features, skipped)


def aoi_layer(name: str, content: AoiFeatures) -> QgsVectorLayer:
    """A memory layer of a processing's AOIs (GUI thread)."""
    layer = QgsVectorLayer(AOI_LAYER_URI, name, "memory")
    layer.dataProvider().addFeatures(content.features)
    layer.updateExtents()
    return layer


class ProcessingActions(QObject):
    load_results_requested = pyqtSignal(list)  # [Processing]
    restarted = pyqtSignal(list)  # [processing id]: running again, so their end is news even if it comes fast

    def __init__(self, parent_widget, state: SessionState, tasks: TaskRegistry, notifier: Notifier,
                 prompts: Prompts, selected: Callable[[], List[Processing]],
                 loading: Callable[[], AbstractSet[str]] = frozenset, parent=None):
        super().__init__(parent)
        self._loading = loading
        self.parent_widget = parent_widget
        self.state = state
        self.tasks = tasks
        self.notifier = notifier
        self.prompts = prompts
        self._selected = selected

    # --- entry point from the buttons ------------------------------------------------------------------------
    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Processing action"))
    def run(self, action: ListAction) -> None:
        selected = self._selected()
        if not self._allowed(action, selected):
            return
        if action is ListAction.LOAD_RESULTS:
            self.load_results(selected)
        elif action is ListAction.AOIS:
            self.load_aois(selected[0])
        elif action is ListAction.RESTART:
            self.restart(selected)
        elif action is ListAction.RENAME:
            name = self.prompts.new_name(self.parent_widget, selected[0].name)
            if name:
                self.rename(selected[0], name)
        elif action is ListAction.DELETE:
            if self.prompts.confirm_delete(self.parent_widget, [p.name for p in selected]):
                self.delete(selected)
        elif action is ListAction.MOVE:
            self.ask_move(selected)
        elif action is ListAction.RATE:
            current = selected[0].rating
            choice = self.prompts.rating(self.parent_widget, selected[0].name,
                                         RateChoice(current.rating, current.feedback or "")
                                         if current is not None and current.rating else None)
            if choice is not None:
                self.rate(selected[0], choice)

    def _allowed(self, action: ListAction, processings: Sequence[Processing]) -> bool:
        """The check again at run time: the selection or the role may have changed since the buttons were set."""
        session = self.state.session
        if session is None:
            self.notifier.warning(tr("Sign in first."))
            return False
        state = action_state(action, session.role, processings, self._loading())
        if not state.enabled:
            self.notifier.warning(state.reason, topic=Topic.PROCESSINGS)
        return state.enabled

    def _client(self):
        return self.state.session.client

    def _submit(self, description: str, func, on_success, failure_context: str,
                 retry: Optional[Callable[[], object]] = None) -> CallTask:
        def on_error(error: BaseException) -> None:
            self.notifier.report(error, description, topic=Topic.PROCESSINGS, template=tr("{context}: {reason}"),
                                 context=failure_context, retry=retry)

        return submit_call(self.tasks, self.notifier, description, func, on_success, on_error)

    def _report_batch(self, outcome: BatchOutcome, done_text: str, failed_text: str) -> None:
        self.notifier.clear(Topic.PROCESSINGS)
        if outcome.done:
            names = ", ".join(p.name for p in outcome.done)
            self.notifier.success(done_text.format(count=len(outcome.done), names=names))
        for processing, reason in outcome.failed:
            self.notifier.error(failed_text.format(name=processing.name, reason=reason),
                                topic=f"{Topic.PROCESSINGS}:{processing.id}")
        self.state.processings_changed.emit()

    # --- the actions (callable directly with the answers, e.g. from tests) ------------------------------------
    def load_results(self, processings: Sequence[Processing]) -> None:
        if self._allowed(ListAction.LOAD_RESULTS, processings):
            self.load_results_requested.emit(list(processings))

    def load_aois(self, processing: Processing) -> Optional[CallTask]:
        if not self._allowed(ListAction.AOIS, [processing]):
            return None
        client = self._client()

        def added(content: AoiFeatures) -> None:
            layer = aoi_layer(tr("{name} AOIs").format(name=processing.name), content)
            QgsProject.instance().addMapLayer(layer_roles.mark(layer, layer_roles.AOIS, processing.id))
            if content.skipped:
                self.notifier.warning(tr("{count} AOI(s) of '{name}' had no readable geometry and were left out."
                                         ).format(count=content.skipped, name=processing.name))

        return self._submit(tr("Load AOIs of {name}").format(name=processing.name),
                            lambda _ctx: aoi_features(client.processing_aois(processing.id)), added,
                            tr("Could not load the AOIs of '{name}'").format(name=processing.name),
                            retry=lambda: self.load_aois(processing))

    def rename(self, processing: Processing, new_name: str) -> Optional[CallTask]:
        if not self._allowed(ListAction.RENAME, [processing]):
            return None
        client = self._client()

        def renamed(result: Processing) -> None:
            self.notifier.success(tr("Renamed '{old}' to '{new}'.").format(old=processing.name, new=result.name))
            self.state.processings_changed.emit()

        return self._submit(tr("Rename processing"),
                            lambda _ctx: client.rename_processing(processing.id, new_name,
                                                                  processing.description or ""),
                            renamed, tr("Could not rename '{name}'").format(name=processing.name),
                            retry=lambda: self.rename(processing, new_name))

    def restart(self, processings: Sequence[Processing]) -> Optional[CallTask]:
        if not self._allowed(ListAction.RESTART, processings):
            return None
        client = self._client()
        return self._submit(
            tr("Restart processings"),
            lambda ctx: run_for_each(processings, lambda p: client.restart_processing(p.id), ctx),
            lambda outcome: self._after_restart(outcome), tr("Could not restart the processings"),
            retry=lambda: self.restart(processings))

    def _after_restart(self, outcome: BatchOutcome) -> None:
        self.restarted.emit([p.id for p in outcome.done])
        self._report_batch(outcome, tr("Restarted: {names}."), tr("Could not restart '{name}': {reason}"))

    def delete(self, processings: Sequence[Processing]) -> Optional[CallTask]:
        """Deletes without asking; :meth:`run` asks first."""
        if not self._allowed(ListAction.DELETE, processings):
            return None
        client = self._client()
        return self._submit(
            tr("Delete processings"),
            lambda ctx: run_for_each(processings, lambda p: client.delete_processing(p.id), ctx),
            lambda outcome: self._report_batch(outcome, tr("Deleted {count} processing(s)."),
                                               tr("Could not delete '{name}': {reason}")),
            tr("Could not delete the processings"))

    def ask_move(self, processings: Sequence[Processing]) -> Optional[CallTask]:
        """Find the projects the user may add processings to, ask which, then move."""
        if not self._allowed(ListAction.MOVE, processings):
            return None
        session = self.state.session
        client, email, current_id = session.client, session.email, session.project.id

        def chosen(projects) -> None:
            choices = [(p.id, p.name + (tr(" (default)") if p.is_default else "")) for p in projects
                       if p.id != current_id and allowed(p.role_of(email).value, ProjectAction.RUN)]
            if not choices:
                self.notifier.info(tr("There is no other project you can move processings to."))
                return
            target = self.prompts.pick_project(self.parent_widget, choices)
            if target:
                self.move(processings, target)

        return self._submit(tr("List projects"), lambda _ctx: client.list_projects(), chosen,
                            tr("Could not list your projects"), retry=lambda: self.ask_move(processings))

    def move(self, processings: Sequence[Processing], project_id: str) -> Optional[CallTask]:
        if not self._allowed(ListAction.MOVE, processings):
            return None
        client = self._client()
        return self._submit(
            tr("Move processings"),
            lambda ctx: run_for_each(processings, lambda p: client.move_processing(p.id, project_id), ctx),
            lambda outcome: self._report_batch(outcome, tr("Moved {count} processing(s)."),
                                               tr("Could not move '{name}': {reason}")),
            tr("Could not move the processings"))

    def rate(self, processing: Processing, choice: RateChoice) -> Optional[CallTask]:
        if not self._allowed(ListAction.RATE, [processing]):
            return None
        client = self._client()

        def rated(_result) -> None:
            self.notifier.success(tr("Thank you: '{name}' rated {rating} of 5.").format(
                name=processing.name, rating=choice.rating))
            self.state.processings_changed.emit()

        return self._submit(tr("Rate processing"),
                            lambda _ctx: client.rate_processing(processing.id, choice.rating, choice.feedback),
                            rated, tr("Could not rate '{name}'").format(name=processing.name),
                            retry=lambda: self.rate(processing, choice))
