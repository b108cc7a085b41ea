"""Duplicate a processing: the Start tab filled with its model, options, imagery, AOI and a "(copy)" name.

A task reads the processing again (``GET /processings/{id}/v2`` echoes the request) and its AOIs
(``GET /processings/{id}/aois``); on the GUI thread the AOIs become the memory layer "AOI of <name>" in the
"Mapflow" group, and ``core.duplicate.plan_duplicate`` says what each section should show. The choices go through
``ChoiceMemory.apply`` (every section shows them as it shows a reopened project's), the name through
``ProcessingDraft.suggest_name``. Scenes of an imagery search have no section here yet: ``scenes_chosen`` carries
them (the dock puts them into the draft). The user changes what they want and starts as usual.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, List, Optional

from qgis.core import QgsProject
from qgis.PyQt.QtCore import pyqtSignal

from ..api.models.processing import Processing
from ..api.models.sources import MyImagerySource, UserDefinedSource
from ..core.choices import AoiKind, ChoiceKey
from ..core.duplicate import DuplicatePlan, plan_duplicate
from ..core.processing_view import ActionState
from ..integration.auth import SecretStore
from ..integration.messages import Notifier, guarded, tr
from ..integration.project_choices import ChoiceMemory
from ..integration.session_state import SessionState
from ..layers.result_tree import mapflow_group
from ..integration.messages import QT_TRANSLATE_NOOP
from .controller_support import SectionController
from .draft import ProcessingDraft
from .processing_actions import AoiFeatures, aoi_features, aoi_layer

TOPIC = "duplicate"


@dataclass(frozen=True)
class Original:
    """What the task reads: the processing as the server echoes it, its AOIs, the mosaic of its own images."""

    processing: Processing
    aois: AoiFeatures
    image_mosaic: str = ""


def read_original(client, processing_id: str) -> Original:
    """Worker thread."""
    processing = client.get_processing(processing_id)
    aois = aoi_features(client.processing_aois(processing_id))
    source = processing.params.source
    mosaic = ""
    if isinstance(source, MyImagerySource) and not source.mosaic_id and source.image_ids:
        mosaic = client.get_image(source.image_ids[0]).mosaic_id or ""
    return Original(processing, aois, mosaic)


class DuplicateController(SectionController):
    duplicated = pyqtSignal()  # the Start tab now holds the copy
    scenes_chosen = pyqtSignal(object)  # api ImagerySearchSource: the copy's imagery is scenes of a search

    def __init__(self, widget, state: SessionState, tasks, notifier: Notifier, draft: ProcessingDraft,
                 memory: ChoiceMemory, secrets: SecretStore, selected: Callable[[], List[Processing]],
                 selection_changed, existing_names: Callable[[], List[str]] = list,
                 project: Callable[[], QgsProject] = QgsProject.instance, parent=None):
        super().__init__(state, tasks, notifier, widget, parent)
        self.draft = draft
        self.memory = memory
        self.secrets = secrets
        self._selected = selected
        self._existing_names = existing_names
        self._project = project
        self.last_layer = None
        self.listen(widget.duplicate_requested, self.duplicate_selected)
        self.listen(selection_changed, self.update)
        self.listen(state.changed, self.update)
        self.update()

    def state_for(self, selected: List[Processing]) -> ActionState:
        if self.state.session is None:
            return ActionState(False, tr("Sign in first."))
        if len(selected) != 1:
            return ActionState(False, tr("Select one processing to duplicate."))
        return ActionState(True)

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Showing the Duplicate button"))
    def update(self, *_args) -> None:
        self.widget.set_duplicate_state(self.state_for(self._selected() if self.state.session else []))

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Duplicating a processing"))
    def duplicate_selected(self) -> None:
        selected = self._selected()
        state = self.state_for(selected)
        if not state.enabled:
            self.notifier.warning(state.reason, topic=TOPIC)
            return
        self.duplicate(selected[0])

    def duplicate(self, processing: Processing):
        client = self.state.session.client
        return self.run_call(tr("Mapflow: read “{name}” to duplicate it").format(name=processing.name),
                             lambda _ctx: read_original(client, processing.id), self.fill,
                             lambda error: self.notifier.report(
                                 error, tr("Duplicating a processing"), topic=TOPIC,
                                 template=tr("“{name}” could not be duplicated: {reason}"), name=processing.name,
                                 retry=lambda: self.duplicate(processing)))

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Filling the Start tab with the copy"))
    def fill(self, original: Original) -> Optional[DuplicatePlan]:
        session = self.state.session
        if session is None:
            return None
        processing = original.processing
        models = tuple(session.project.workflow_defs) if session.project is not None else ()
        plan = plan_duplicate(processing, models or tuple(session.user_status.models),
                              session.user_status.data_providers, self._existing_names(), original.image_mosaic)
        choices = dict(plan.choices)
        notes = list(plan.notes)
        if original.aois.features:
            layer = aoi_layer(tr("AOI of {name}").format(name=processing.name), original.aois)
            project = self._project()
            project.addMapLayer(layer, False)
            mapflow_group(project).insertLayer(0, layer)
            self.last_layer = layer
            choices.update({ChoiceKey.AOI_KIND.value: AoiKind.LAYER.value, ChoiceKey.AOI_LAYER.value: layer.id()})
        else:
            notes.append(tr("The AOIs of the original could not be read; choose the area of interest."))
        if original.aois.skipped:
            notes.append(tr("{count} AOI(s) of the original had no readable geometry and were left out.").format(
                count=original.aois.skipped))
        notes.extend(self._login_notes(processing, plan))
        self.memory.apply(choices)
        if plan.search_source is not None:
            self.scenes_chosen.emit(plan.search_source)
        self.draft.suggest_name(plan.name)
        self.notifier.success(tr("The Start tab holds a copy of “{name}” as “{copy}”: change what you want, then "
                                 "start it.").format(name=processing.name, copy=plan.name), topic=TOPIC)
        if notes:
            self.notifier.warning(" ".join(notes), duration=30, topic=f"{TOPIC}:notes")
        self.duplicated.emit()
        return plan

    def _login_notes(self, processing: Processing, plan: DuplicatePlan) -> List[str]:
        source = processing.params.source
        if not plan.raster_login or not isinstance(source, UserDefinedSource):
            return []
        if self.secrets.imagery_config_id(source.url):
            return []  # the Imagery section takes the login and password stored for that URL
        return [tr("The original signed in to its imagery URL as “{login}”; the server never returns the password: "
                   "enter the login and password in the Imagery section.").format(login=plan.raster_login)]
