"""An open planned search: its header and actions, its scenes (table and footprints linked both ways, as in the
imagery search), its areas on the map (``TemplateAoiEditor``) and its processings grouped per area.

- Opening reads the template, a page of its scenes and its processings in one task (``core.template_service``).
- Scenes: the area filter, sorting and paging ask the server (``template_images``); the filters form greys and
  sinks what does not match at once (``core.search_rules.match_vector``, no request) and then asks the server
  with those filters after typing paused; "Only new" filters the page locally.
- "Process…" hands the chosen scenes, the template's areas they lie over (as the processing's AOI, which the draft
  cuts to their footprints) and the template's kept model over (``process_requested``): the normal Start path
  prices, confirms and starts it through the planned search (``POST /processings/template/{id}/v2``).
- A 404 (someone deleted it) closes the view with a message (``gone``).
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable, Dict, List, Optional, Sequence, Tuple

from qgis.core import QgsProject
from qgis.PyQt.QtCore import QTimer, pyqtSignal

from ..api.errors import MapflowError, NotFoundError
from ..api.models import CatalogImage, CatalogPage, SearchFilters, TemplateDetails, TemplateImagesQuery, \
    TemplateShort
from ..api.models.bodies import SortOrder
from ..core import settings as catalogue
from ..core.choices import ResultsRequest
from ..core.formatting import DATE, format_int, format_km2, format_moment
from ..core.processing_view import format_time, status_label, status_text
from ..core.search_rules import match_vector, page_range_text, scene_choice_problem, set_filter_names
from ..core.template_service import TemplateContent, load_processings, load_template
from ..core.templates import (KeptParams, TemplateAction, action_states, aois_of_images, processing_label,
                              state_label, state_tip, template_state)
from ..integration.messages import Notifier, guarded, tr
from ..integration.session_state import SessionState
from ..layers.aoi import AoiSelection
from ..layers.footprints import FootprintLayer, footprint_features, footprint_fields
from ..layers.template_aois import selection_of_aois
from ..integration.messages import QT_TRANSLATE_NOOP
from .controller_support import Generation, SectionController
from .scene_table_model import sort_key
from .template_actions import TemplateActions, topic_of
from .scene_selection import LinkedSceneSelection
from .template_aoi_editor import TemplateAoiEditor
from .template_dialogs import TemplatePrompts
from .template_view import ALL_AOIS

PAGE_SIZE = 100
FILTER_DELAY_MS = 600  # the server is asked once typing in the filters paused
PROCESSINGS_FOLLOW_MS = 10000  # unfinished processings of the open planned search are read again this often


@dataclass(frozen=True)
class TemplateProcessing:
    """What "Process…" hands to the Start path: scenes a planned search found, its areas as the AOI, and the
    model it keeps for its processings."""

    template_id: str
    template_name: str
    images: Tuple[CatalogImage, ...]
    aoi: AoiSelection
    kept: KeptParams


def _signature(template: TemplateShort) -> tuple:
    """What makes the open view worth reading again (not ``lastCheckedAt``, which moves on every look)."""
    return (template.status, template.is_paused, template.is_archived, template.is_active, template.name,
            template.new_images_count, template.images_count, template.aoi_count, template.active_until,
            template.updated_at)


class TemplateViewController(LinkedSceneSelection, SectionController):
    closed = pyqtSignal()
    changed = pyqtSignal()  # the open planned search changed (seen marks, areas): the list should refresh
    gone = pyqtSignal(str, str)  # id, name: the server answered 404
    process_requested = pyqtSignal(object)  # TemplateProcessing
    load_results_requested = pyqtSignal(object)  # core.choices.ResultsRequest
    preview_requested = pyqtSignal(list)  # CatalogImage list

    def __init__(self, view, state: SessionState, draft, tasks, notifier: Notifier, actions: TemplateActions,
                 prompts: TemplatePrompts, settings=None, canvas=None,
                 project: Optional[Callable[[], QgsProject]] = None, parent=None):
        super().__init__(state, tasks, notifier, view, parent)
        project = project or QgsProject.instance
        self.actions = actions
        self.settings = settings
        self.canvas = canvas
        self._project = project
        self.model = view.model
        self.footprints = FootprintLayer(tr("Planned search footprints"), project)
        self.editor = TemplateAoiEditor(view, state, draft, tasks, notifier, prompts, canvas, project, parent=self)
        self.template: Optional[TemplateShort] = None
        self.details: Optional[TemplateDetails] = None
        self.page: Optional[CatalogPage] = None
        self.processings: Dict[str, object] = {}
        self._query = TemplateImagesQuery(limit=PAGE_SIZE)
        self._matches: List[bool] = []
        self._loads = Generation()
        self._scene_loads = Generation()
        self._processing_loads = Generation()
        self._fields = None
        self._filter_timer = self._single_shot(FILTER_DELAY_MS, self._send_filters)
        self._follow_timer = self._single_shot(PROCESSINGS_FOLLOW_MS, self.refresh_processings)
        self.listen(view.back_requested, self.close)
        self.listen(view.action_requested, self._on_action)
        self.listen(view.aoi_filter_changed, self._on_aoi_filter)
        self.listen(view.new_only_changed, lambda *_: self._apply_local())
        self.listen(view.page_requested, self._on_page)
        self.listen(view.sort_requested, self._on_sort)
        self.listen(view.scene_selection_changed, self._on_table_selection)
        self.listen(view.zoom_requested, self.zoom_to)
        self.listen(view.preview_requested, lambda ids: self.preview_requested.emit(self.images_by_id(ids)))
        self.listen(view.mark_seen_requested, self.mark_seen)
        self.listen(view.mark_all_seen_requested, self.mark_all_seen)
        self.listen(view.process_requested, self.process)
        self.listen(view.load_results_requested, self._load_results)
        self.listen(view.refresh_processings_requested, self.refresh_processings)
        self.listen(view.filters.filters_changed, self._on_filters)
        self.listen(self.footprints.selection_changed, self._on_map_selection)
        self.listen(self.editor.edited, self._on_areas_edited)
        self.listen(state.processings_changed, self._on_processings_changed)

    def _single_shot(self, interval_ms: int, slot) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval_ms)
        timer.timeout.connect(slot)
        return timer

    @property
    def template_id(self) -> Optional[str]:
        return self.template.id if self.template is not None else None

    @property
    def template_name(self) -> str:
        return self.template.name if self.template is not None else ""

    # --- open, close, follow the list ---------------------------------------------------------------------------
    def open(self, template: TemplateShort) -> None:
        same = self.template_id == template.id
        self.template = template
        if not same:
            self.details, self.page, self.processings = None, None, {}
            self._query = TemplateImagesQuery(limit=PAGE_SIZE, sort_by=sort_key(self.widget.sort()[0]),
                                              sort_order=SortOrder(self.widget.sort()[1]))
            self.model.clear()
            self.footprints.clear()
            self.widget.set_aoi_choices([])
            self.widget.set_groups([], {})
            self.widget.set_page("", False, False)
            session = self.state.session
            providers = session.user_status.search_data_providers if session is not None else ()
            self.widget.filters.blockSignals(True)
            try:
                self.widget.filters.set_providers([(p.name, p.display_name or p.name) for p in providers])
                self.widget.filters.set_filters(SearchFilters())
            finally:
                self.widget.filters.blockSignals(False)
            self._on_table_selection([])
        self._show_header(template)
        self.widget.set_status(tr("Reading the planned search…"))
        self.reload()

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Closing the planned search"))
    def close(self) -> None:
        was_open = self.template is not None
        self._loads.invalidate()
        self._scene_loads.invalidate()
        self._processing_loads.invalidate()
        self._filter_timer.stop()
        self._follow_timer.stop()
        self.template, self.details, self.page, self.processings = None, None, None, {}
        self.model.clear()
        self.footprints.remove()
        self.editor.close()
        if was_open:
            self.closed.emit()

    def on_listed(self, template: TemplateShort) -> None:
        """The list's poll saw the open planned search: read it again when something of it changed."""
        if self.template is None or template.id != self.template.id:
            return
        changed = _signature(template) != _signature(self.template)
        self.template = template
        self._show_header(template)
        if changed:
            self.reload()

    def on_changed(self, template: TemplateShort) -> None:
        """An action (pause, rename...) answered with the planned search as it is now."""
        if self.template is not None and template.id == self.template.id:
            self.template = template
            self._show_header(template)
            self.reload()

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Reading the planned search"))
    def reload(self) -> None:
        session = self.state.session
        if session is None or self.template is None:
            return
        number = self._loads.next()
        client, template_id, query = session.client, self.template.id, self._query
        if self._fields is None:
            self._fields = footprint_fields()
        fields = self._fields

        def run(ctx):
            content = load_template(client, template_id, query)
            return content, footprint_features(content.page.images, fields, ctx.is_cancelled)

        self.run_call(tr("Mapflow: read the planned search “{name}”").format(name=self.template.name), run,
                      lambda result: self._loaded(number, *result), lambda error: self._failed(number, error),
                      hidden=True)

    def _loaded(self, number: int, content: TemplateContent, features) -> None:
        if not self._loads.is_current(number) or self.template is None:
            return
        self.state.report_server(True)
        self.details = content.details
        template = content.template
        self.template = template
        self._show_header(template)
        self.widget.set_aoi_choices([(a.id, a.name) for a in template.aois], self.widget.aoi_filter())
        self.editor.show(template)
        self._show_page(content.page, features)
        self._show_processings(content.processings, content.groups)
        self.widget.set_status("")

    def _failed(self, number: int, error: BaseException) -> None:
        if not self._loads.is_current(number) or self.template is None:
            return
        self._call_failed(error, tr("Reading the planned search"))

    def _call_failed(self, error: BaseException, context: str) -> None:
        if isinstance(error, NotFoundError):
            self.gone.emit(self.template.id, self.template.name)
            return
        text = self.notifier.report(error, context, topic=topic_of(self.template.id))
        self.widget.set_status(text, is_error=True)

    # --- header and actions ----------------------------------------------------------------------------------
    def _show_header(self, template: TemplateShort) -> None:
        state = template_state(template)
        until = format_moment(template.active_until.astimezone(), DATE) if template.active_until else "—"
        lines = [tr("Until {date}; last looked {checked}.").format(date=until,
                                                                    checked=format_time(template.last_checked_at))]
        found = template.images_count if template.images_count is not None else "—"
        area = format_km2((template.area or 0) / 1e6)
        lines.append(tr("{count} area(s), {area}; {found} scenes found, {new} new.").format(
            count=template.aoi_count if template.aoi_count is not None else "—", area=area, found=found,
            new=template.new_images_count))
        filters = getattr(template, "filters", None)
        if filters is not None:
            names = set_filter_names(filters)
            lines.append(tr("Filters: {filters}.").format(filters=", ".join(names)) if names
                         else tr("No filters: any scene over the areas."))
        kept = KeptParams.from_json(template.processing_params)
        if not kept.empty:
            lines.append(tr("Its processings use {choices}.").format(choices=kept.describe()))
        self.widget.set_header(template.name, f"{state_label(state)}: {state_tip(template, state)}",
                               "\n".join(lines))
        session = self.state.session
        role = session.role if session is not None and session.project is not None else "readonly"
        email = session.email if session is not None else None
        user_id = getattr(session.user_status, "user_id", None) if session is not None else None
        states = action_states(role, template, email, user_id)
        self.widget.set_action_states(states)
        self.editor.can_edit = states[TemplateAction.EDIT_AOIS].enabled

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Changing the planned search"))
    def _on_action(self, action: TemplateAction) -> None:
        self.actions.run(action, self.template)

    # --- scenes ------------------------------------------------------------------------------------------------
    def _show_page(self, page: CatalogPage, features) -> None:
        self.page = page
        self._matches = self._local_matches(page.images)
        self.model.set_images(page.images, self._matches)
        self.footprints.show(page.images, features, self._matches)
        self._show_page_text()
        self._on_table_selection([])

    def _local_matches(self, images: Sequence[CatalogImage]) -> List[bool]:
        matches = match_vector(self.widget.filters.filters(), images)
        if self.widget.new_only():
            matches = [ok and image.is_new for ok, image in zip(matches, images)]
        return matches

    def _apply_local(self) -> None:
        if self.page is None:
            return
        matches = self._local_matches(self.page.images)
        if matches != self._matches:
            self._matches = matches
            self.model.set_matches(matches)
            self.footprints.set_matches(matches)
            self._show_page_text()

    def _show_page_text(self) -> None:
        page = self.page
        if page is None:
            return
        self.widget.set_page(page_range_text(page.offset, len(page.images), page.total), page.offset > 0,
                             page.has_more)
        new = sum(1 for image in page.images if image.is_new)
        hidden = len(self._matches) - sum(self._matches)
        text = tr("{count} scenes found; {new} new on this page.").format(count=format_int(page.total),
                                                                         new=format_int(new))
        if hidden:
            text += " " + tr("{hidden} on this page do not match the filters.").format(hidden=hidden)
        self.widget.set_status(text)

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Filtering the scenes"))
    def _on_filters(self, _filters: SearchFilters) -> None:
        self._apply_local()
        self._filter_timer.start()

    def _send_filters(self) -> None:
        if self.widget.filters.problem():
            return
        filters = self.widget.filters.filters()
        if filters != (self._query.filters or SearchFilters()):
            self._requery(offset=0, filters=filters)

    def _on_aoi_filter(self, aoi_id: str) -> None:
        self._requery(offset=0, aoi_ids=[aoi_id] if aoi_id != ALL_AOIS else None)

    def _on_page(self, step: int) -> None:
        if self.page is None:
            return
        offset = max(0, self.page.offset + step * self._query.limit)
        if step > 0 and offset >= self.page.total:
            return
        self._requery(offset=offset)

    def _on_sort(self, column: int, order: str) -> None:
        self._requery(offset=0, sort_by=sort_key(column), sort_order=SortOrder(order))

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Reading the scenes"))
    def _requery(self, **changes) -> None:
        session = self.state.session
        if session is None or self.template is None:
            return
        try:
            query = replace(self._query, **changes)
            query.to_json()
        except MapflowError as error:
            self.notifier.warning(str(error), topic=topic_of(self.template.id))
            return
        self._query = query
        number = self._scene_loads.next()
        client, template_id = session.client, self.template.id
        if self._fields is None:
            self._fields = footprint_fields()
        fields = self._fields

        def run(ctx):
            page = client.template_images(template_id, query)
            return page, footprint_features(page.images, fields, ctx.is_cancelled)

        self.widget.set_status(tr("Reading the scenes…"))
        self.run_call(tr("Mapflow: scenes of the planned search"), run,
                      lambda result: self._scenes_read(number, *result),
                      lambda error: self._scenes_failed(number, error), hidden=True)

    def _scenes_read(self, number: int, page: CatalogPage, features) -> None:
        if self._scene_loads.is_current(number) and self.template is not None:
            self._show_page(page, features)

    def _scenes_failed(self, number: int, error: BaseException) -> None:
        if self._scene_loads.is_current(number) and self.template is not None:
            self._call_failed(error, tr("Reading the scenes of the planned search"))

    # --- seen marks ----------------------------------------------------------------------------------------------
    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Marking scenes as seen"))
    def mark_seen(self, scene_ids: List[str]) -> None:
        session = self.state.session
        new = [i for i in scene_ids if any(image.id == i and image.is_new for image in self.model.images())]
        if session is None or self.template is None or not new:
            return
        client, template_id = session.client, self.template.id

        def run(_ctx):
            for scene_id in new:
                client.mark_template_image_seen(template_id, scene_id)

        self._seen_call(run, tr("{count} scene(s) marked as seen.").format(count=len(new)))

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Marking scenes as seen"))
    def mark_all_seen(self) -> None:
        session = self.state.session
        if session is None or self.template is None:
            return
        client, template_id = session.client, self.template.id
        self._seen_call(lambda _ctx: client.mark_all_template_images_seen(template_id),
                        tr("Every scene of “{name}” is marked as seen.").format(name=self.template.name))

    def _seen_call(self, run, success: str) -> None:
        template_id = self.template.id

        def done(_result) -> None:
            if self.template_id != template_id:
                return
            self.notifier.success(success, topic=topic_of(template_id))
            self._requery()
            self.changed.emit()

        def failed(error: BaseException) -> None:
            if self.template_id == template_id:
                self._call_failed(error, tr("Marking scenes as seen"))

        self.run_call(tr("Mapflow: mark scenes as seen"), run, done, failed, can_cancel=False)

    # --- processing the chosen scenes ---------------------------------------------------------------------------
    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Processing the chosen scenes"))
    def process(self, scene_ids: List[str]) -> None:
        details = self.details
        if details is None or self.template is None:
            return
        images = self.images_by_id(scene_ids)
        problem = scene_choice_problem(images)
        if problem is not None:
            self.notifier.warning(problem.text, topic=topic_of(self.template.id))
            return
        template = details.template
        aoi_filter = self.widget.aoi_filter()
        aoi_ids = aois_of_images(template, images, aoi_filter if aoi_filter != ALL_AOIS else None)
        aois = [a for a in template.aois if a.id in aoi_ids]
        label = processing_label(template.name, [a.name for a in aois])
        kept = KeptParams.from_json(template.processing_params)
        self.run_call(tr("Mapflow: the areas of “{name}”").format(name=template.name),
                      lambda _ctx: selection_of_aois(aois, label),
                      lambda selection: self.process_requested.emit(TemplateProcessing(
                          template.id, template.name, tuple(images), selection, kept)), hidden=True)

    # --- processings ---------------------------------------------------------------------------------------------
    def _show_processings(self, processings: Sequence, groups) -> None:
        self.processings = {p.id: p for p in processings}
        texts = {p.id: status_label(p) for p in processings}
        for group in groups:
            for entry in group.entries:
                if entry.id not in texts:
                    texts[entry.id] = status_text(entry.status)
        self.widget.set_groups(groups, texts)
        if any(not entry.is_terminal for group in groups for entry in group.entries):
            self._follow_timer.start()
        else:
            self._follow_timer.stop()

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Reading the processings of the planned search"))
    def refresh_processings(self) -> None:
        session = self.state.session
        if session is None or self.details is None:
            return
        number = self._processing_loads.next()
        client, details = session.client, self.details
        self.run_call(tr("Mapflow: processings of the planned search"), lambda _ctx: load_processings(client, details),
                      lambda result: self._processings_read(number, *result),
                      lambda error: self._processings_failed(number, error), hidden=True)

    def _processings_read(self, number: int, processings, groups) -> None:
        if self._processing_loads.is_current(number) and self.template is not None:
            self._show_processings(processings, groups)

    def _processings_failed(self, number: int, error: BaseException) -> None:
        if self._processing_loads.is_current(number) and self.template is not None:
            if isinstance(error, NotFoundError):
                self.gone.emit(self.template.id, self.template.name)
                return
            self.notifier.log(f"Reading the processings of a planned search failed: {error}")
            self._follow_timer.start()  # try again later, quietly: the list says when the server is away

    def _on_processings_changed(self) -> None:
        if self.template is not None:
            self.refresh_processings()

    def _load_results(self, processing_ids: List[str]) -> None:
        processings = [self.processings[i] for i in processing_ids if i in self.processings]
        if not processings:
            return
        mode = self.settings.get(catalogue.RESULT_LOAD_MODE) if self.settings is not None else "both"
        self.load_results_requested.emit(ResultsRequest(tuple(processings), mode))

    def _on_areas_edited(self) -> None:
        self.changed.emit()
        self.reload()

    def shutdown(self) -> None:
        super().shutdown()
        self._loads.invalidate()
        self._scene_loads.invalidate()
        self._processing_loads.invalidate()
        self._filter_timer.stop()
        self._follow_timer.stop()
        self.editor.shutdown()
        self.footprints.shutdown()


__all__ = ["TemplateProcessing", "TemplateViewController"]
