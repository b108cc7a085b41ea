"""The imagery search: filters → ``POST /catalog/meta`` in a task → results table and footprint layer, linked.

- The AOI is the Start tab's (``ProcessingDraft.aoi``, before any cut to scenes). An AOI over the account's
  ``searchAreaLimit`` is refused before asking (and, when the limit is unknown, from the server's code) with an
  offer to plan a search instead: ``plan_search_requested(PlannedSearchIntent)`` for whoever handles planned
  searches; without a handler the offer says where they are.
- The task also builds the footprint features, so the GUI thread only hands 1,000 prepared features to the layer
  in one call and resets the table once (``show_results``).
- Sorting (a header click) and paging query the server again with the last query's filters; changing a filter
  filters the page locally (``apply_local_filters``: greyed, sunk rows and hidden footprints, no request) and says
  when the filters are wider than the last query.
- Table and footprint selections mirror each other without echo loops; the selection is checked against the
  multi-scene rules, and "Use for processing" hands the scenes over (``scenes_chosen``).
- The filters are kept per QGIS project (``ChoiceMemory``).
"""
from __future__ import annotations

import json
from typing import Callable, List, Optional

from qgis.core import QgsProject
from qgis.PyQt.QtCore import QTimer, pyqtSignal

from ..api.errors import MapflowError
from ..api.models import CatalogPage, CatalogSearch, SearchFilters
from ..core.choices import ChoiceKey
from ..core.formatting import format_int, format_km2
from ..core.search_rules import (FailureKind, PlannedSearchIntent, empty_result_text, match_vector, page_range_text,
                                 scene_choice_problem, search_area_refusal, search_failure, wider_hint)
from ..integration.messages import Notifier, Topic, guarded, tr
from ..integration.project_choices import ChoiceMemory
from ..integration.session_state import Session, SessionState
from ..layers.footprints import FootprintLayer, footprint_features, footprint_fields
from ..integration.messages import QT_TRANSLATE_NOOP
from .controller_support import Generation, SectionController
from .draft import ProcessingDraft
from .scene_selection import LinkedSceneSelection
from .scene_table_model import SceneColumn, sort_key
from .search_widget import DEFAULT_PAGE_SIZE, DESC, PAGE_SIZES



class SearchController(LinkedSceneSelection, SectionController):
    scenes_chosen = pyqtSignal(list)  # CatalogImage list: the scenes to process (SceneSourceController.use)
    plan_search_requested = pyqtSignal(object)  # PlannedSearchIntent

    def __init__(self, widget, state: SessionState, draft: ProcessingDraft, tasks, notifier: Notifier,
                 memory: ChoiceMemory, canvas=None, project: Callable[[], QgsProject] = QgsProject.instance,
                 parent=None):
        super().__init__(state, tasks, notifier, widget, parent)
        self.draft = draft
        self.memory = memory
        self.canvas = canvas
        self._project = project
        self.footprints = FootprintLayer(tr("Search footprints"), project)
        self.model = widget.model
        self.page: Optional[CatalogPage] = None
        self.query: Optional[CatalogSearch] = None  # the last query the server answered (or is answering)
        self._query_aoi = None  # the AoiSelection the last query searched
        self._query_filters: Optional[SearchFilters] = None  # the form's filters the last query was made of
        self._aoi_json = None  # (selection, GeoJSON) of the AOI, built once per AOI
        self._matches: List[bool] = []
        self._requests = Generation()
        self._footprint_jobs = Generation()
        self._pending_footprints = None  # (page, features) waiting for the next turn of the event loop
        self._task = None
        self._fields = None
        self.listen(widget.search_requested, self.search)
        self.listen(widget.cancel_requested, self.cancel)
        self.listen(widget.page_requested, self.turn_page)
        self.listen(widget.page_size_changed, self._on_page_size)
        self.listen(widget.sort_requested, self._on_sort)
        self.listen(widget.selection_changed, self._on_table_selection)
        self.listen(widget.zoom_requested, self.zoom_to)
        self.listen(widget.use_requested, self.use)
        self.listen(widget.plan_requested, self.request_plan)
        self.listen(widget.filters.filters_changed, self._on_filters)
        self.listen(self.footprints.selection_changed, self._on_map_selection)
        self.listen(draft.changed, self._on_draft)
        self.listen(state.changed, self._on_session)
        self.listen(memory.restored, self.restore)
        self._on_session(state.session)
        self.restore()

    # --- session, memory, AOI -------------------------------------------------------------------------------
    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Listing the search providers"))
    def _on_session(self, session: Optional[Session]) -> None:
        self.cancel()
        self._show_nothing()
        providers = session.user_status.search_data_providers if session is not None else ()
        with self.memory.quietly():
            self.widget.filters.set_providers([(p.name, p.display_name or p.name) for p in providers])
            self.widget.filters.set_filters(self.remembered_filters())
        self._on_draft()

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Restoring the search filters"))
    def restore(self) -> None:
        with self.memory.quietly():
            self.widget.filters.set_filters(self.remembered_filters())
            size = self.memory.get(ChoiceKey.SEARCH_PAGE_SIZE)
            if size.isdigit() and int(size) in PAGE_SIZES:
                self.widget.set_page_size(int(size))

    def remembered_filters(self) -> SearchFilters:
        text = self.memory.get(ChoiceKey.SEARCH_FILTERS)
        try:
            return SearchFilters.from_json(json.loads(text)) if text else SearchFilters()
        except (ValueError, MapflowError):
            return SearchFilters()

    def _remember(self, filters: SearchFilters) -> None:
        try:
            self.memory.remember(ChoiceKey.SEARCH_FILTERS, json.dumps(filters.to_json(), sort_keys=True))
        except MapflowError:  # a range the server would refuse is not worth keeping
            pass

    def _user_aoi_json(self):
        aoi = self.draft.aoi
        if aoi is None or not aoi.usable:
            return None
        if self._aoi_json is None or self._aoi_json[0] is not aoi:
            self._aoi_json = (aoi, aoi.to_geojson())
        return self._aoi_json[1]

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Showing the search area"))
    def _on_draft(self, *_args) -> None:
        aoi = self.draft.aoi
        if aoi is None or not aoi.usable:
            self.widget.set_aoi_text(tr("Choose an area of interest in the Start tab: the search looks for scenes "
                                        "over it."))
        else:
            self.widget.set_aoi_text(tr("Area of interest: {name}, {area}").format(
                name=aoi.source_name or tr("unnamed"), area=format_km2(aoi.total_area_km2)))
        self._update_hint()

    # --- searching -------------------------------------------------------------------------------------------
    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Searching the imagery"))
    def search(self) -> None:
        """A new search with the current filters, from the first page."""
        session = self.state.session
        if session is None:
            return
        aoi_json = self._user_aoi_json()
        if aoi_json is None:
            self.notifier.warning(tr("Choose an area of interest in the Start tab first."), topic=Topic.SEARCH)
            return
        problem = self.widget.filters.problem()
        if problem:
            self.notifier.warning(problem, topic=Topic.SEARCH)
            return
        filters = self.widget.filters.filters()
        self.widget.set_plan_offer("", False)
        refusal = search_area_refusal(self.draft.aoi.total_area_km2, session.user_status)
        if refusal is not None:
            self._offer_plan(refusal.text, refusal.can_plan)
            self.notifier.warning(refusal.text, topic=Topic.SEARCH)
            return
        column, order = self.widget.sort()
        try:
            query = CatalogSearch.with_filters(aoi_json, filters, limit=self.widget.page_size(), offset=0,
                                               sort_by=sort_key(column), sort_order=order)
            query.to_json()  # refuses what the server would refuse, before anything is sent
        except MapflowError as error:
            self.notifier.warning(str(error), topic=Topic.SEARCH)
            return
        self._query_aoi = self.draft.aoi
        self._query_filters = filters
        self._send(query)

    def _send(self, query: CatalogSearch) -> None:
        session = self.state.session
        if session is None:
            return
        self.cancel()
        number = self._requests.next()
        client = session.client
        if self._fields is None:
            self._fields = footprint_fields()
        fields = self._fields

        def run(ctx):
            page = client.search_catalog(query, is_cancelled=ctx.is_cancelled)
            return page, footprint_features(page.images, fields, ctx.is_cancelled)

        self.query = query
        self.widget.set_busy(True)
        self.widget.set_status(tr("Searching…"))
        self._task = self.run_call(tr("Mapflow: imagery search"), run,
                                   lambda result: self._answered(number, *result),
                                   lambda error: self._failed(number, error),
                                   on_cancel=lambda: self._cancelled(number))

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Stopping the search"))
    def cancel(self) -> None:
        task, self._task = self._task, None
        self._requests.invalidate()
        if task is not None:
            try:
                task.cancel()
            except RuntimeError:  # finished and deleted meanwhile
                pass
            self.widget.set_status(tr("The search was cancelled."))
        self.widget.set_busy(False)

    def _answered(self, number: int, page: CatalogPage, features) -> None:
        if not self._requests.is_current(number):
            return
        self._task = None
        self.widget.set_busy(False)
        self.state.report_server(True)
        self.notifier.clear(Topic.SEARCH)
        self.show_results(page, features)
        if page.total == 0:
            text = empty_result_text(self.query.filters if self.query is not None else SearchFilters())
            self.widget.set_status(text)
            self.notifier.info(text, topic=Topic.SEARCH, duration=10)

    def _cancelled(self, number: int) -> None:
        if self._requests.is_current(number):
            self._task = None
            self.widget.set_busy(False)
            self.widget.set_status(tr("The search was cancelled."))

    def _failed(self, number: int, error: BaseException) -> None:
        if not self._requests.is_current(number):
            return
        self._task = None
        self.widget.set_busy(False)
        session = self.state.session
        aoi_km2 = self._query_aoi.total_area_km2 if self._query_aoi is not None else 0.0
        failure = search_failure(error, aoi_km2, session.user_status if session is not None else None)
        self.widget.set_status(failure.text)
        if failure.kind == FailureKind.AREA_LIMIT:
            self._offer_plan(failure.text, failure.can_plan)
            self.notifier.warning(failure.text, topic=Topic.SEARCH)
            return
        if failure.kind == FailureKind.NETWORK:  # a provider that is down (503 of its own) is not the server
            self.state.report_server(False)
        query = self.query
        self.notifier.report(error, tr("Searching the imagery"), topic=Topic.SEARCH, text=failure.text,
                             retry=(lambda: self._send(query)) if failure.retry and query is not None else None)

    # --- results ---------------------------------------------------------------------------------------------
    def show_results(self, page: CatalogPage, features=None) -> None:
        """Put a page into the table (one reset) and, on the next turn of the event loop, into the footprint layer
        (one provider call), so that the table's first paint and the layer's update are two short stops of the
        GUI thread, not one long one. ``features``: prepared by ``layers.footprints.footprint_features`` in the
        task. The benchmark's entry: the page is fully shown once ``footprints_pending`` is False."""
        self.page = page
        filters = self.widget.filters.filters()
        if self._query_filters is not None and filters == self._query_filters:
            self._matches = [True] * len(page.images)  # the server applied these very filters
        else:  # the form changed while the search ran (or a caller hands a page in): filter locally
            self._matches = match_vector(filters, page.images)
        self.model.set_images(page.images, self._matches)
        self._show_page_text()
        self._update_hint()
        self._on_table_selection([])
        number = self._footprint_jobs.next()
        self._pending_footprints = (page, features)
        QTimer.singleShot(0, lambda: self._show_footprints(number))

    @property
    def footprints_pending(self) -> bool:
        return self._pending_footprints is not None

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Showing the footprints"))
    def _show_footprints(self, number: int) -> None:
        if not self._footprint_jobs.is_current(number) or self._pending_footprints is None:
            return
        page, features = self._pending_footprints
        self._pending_footprints = None
        self.footprints.show(page.images, features, self._matches)  # the matches of now, not of the answer
        self.footprints.select_scenes(self.widget.selected_scenes())

    def apply_local_filters(self, filters: SearchFilters) -> None:
        """Grey and sink the rows and hide the footprints that do not match ``filters``; no request. The
        benchmark's entry for a filter change."""
        if self.page is None:
            return
        matches = match_vector(filters, self.page.images)
        if matches != self._matches:
            self._matches = matches
            self.model.set_matches(matches)
            if self._pending_footprints is None:  # else they are shown with the matches of then
                self.footprints.set_matches(matches)
            self._show_page_text()
        self._update_hint(filters)

    def _show_nothing(self) -> None:
        self.page, self.query, self._matches, self._query_aoi = None, None, [], None
        self._query_filters = None
        self._footprint_jobs.invalidate()
        self._pending_footprints = None
        self.model.clear()
        self.footprints.clear()
        self.widget.set_page("", False, False)
        self.widget.set_hint("")
        self.widget.set_plan_offer("", False)
        self.widget.set_status("")
        self._on_table_selection([])

    def _show_page_text(self) -> None:
        page = self.page
        if page is None:
            return
        text = page_range_text(page.offset, len(page.images), page.total)
        self.widget.set_page(text, page.offset > 0, page.has_more)
        hidden = len(self._matches) - sum(self._matches)
        status = tr("{count} scenes found.").format(count=format_int(page.total))
        if hidden:
            status += " " + tr("{hidden} on this page do not match the filters.").format(hidden=hidden)
        self.widget.set_status(status)

    def _update_hint(self, filters: Optional[SearchFilters] = None) -> None:
        if self.query is None or self.page is None:
            self.widget.set_hint("")
            return
        filters = filters if filters is not None else self.widget.filters.filters()
        aoi_changed = self._query_aoi is not self.draft.aoi and self._user_aoi_json() != self.query.aoi
        self.widget.set_hint(wider_hint(filters, self.query.filters, aoi_changed))

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Filtering the results"))
    def _on_filters(self, filters: SearchFilters) -> None:
        self._remember(filters)
        self.apply_local_filters(filters)

    # --- paging and sorting ------------------------------------------------------------------------------------
    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Turning the page"))
    def turn_page(self, direction: int) -> None:
        if self.query is None or self.page is None:
            return
        limit = self.query.limit
        offset = max(0, self.page.offset + direction * limit)
        if offset >= self.page.total and direction > 0:
            return
        self._requery(offset=offset)

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Sorting the results"))
    def _on_sort(self, column: int, order: str) -> None:
        if self.query is not None:
            self._requery(offset=0, sort_by=sort_key(column), sort_order=order)

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Changing the page size"))
    def _on_page_size(self, size: int) -> None:
        self.memory.remember(ChoiceKey.SEARCH_PAGE_SIZE, size)
        if self.query is not None:
            self._requery(offset=0, limit=size)

    def _requery(self, **changes) -> None:
        """The last query again with another page or order (its filters stay: a page is a page of that search)."""
        query = self.query
        values = {"limit": query.limit, "offset": query.offset, "sort_by": query.sort_by,
                  "sort_order": query.sort_order}
        values.update(changes)
        self._send(CatalogSearch.with_filters(query.aoi, query.filters, **values))

    # --- selection, zoom, use ----------------------------------------------------------------------------------
    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Choosing scenes for processing"))
    def use(self, scene_ids: List[str]) -> None:
        images = self.images_by_id(scene_ids)
        problem = scene_choice_problem(images)
        if problem is not None:
            self.notifier.warning(problem.text, topic=Topic.SEARCH)
            return
        self.scenes_chosen.emit(images)

    # --- planned searches --------------------------------------------------------------------------------------
    def _offer_plan(self, reason: str, can_plan: bool) -> None:
        if not can_plan:
            self.widget.set_plan_offer(reason + " " + tr("A planned search cannot cover it either: its area is "
                                                         "over your planned-search limit. Search a smaller "
                                                         "area."), False)
            return
        if self._plan_handled():
            self.widget.set_plan_offer(reason + " " + tr("A planned search can cover this area: it searches the "
                                                         "archive and keeps looking for new scenes."), True)
        else:
            self.widget.set_plan_offer(reason + " " + tr("Planned searches come in the Processings tab."), False)

    def _plan_handled(self) -> bool:
        try:
            return self.receivers(self.plan_search_requested) > 0
        except (TypeError, RuntimeError):
            return False

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Planning a search"))
    def request_plan(self) -> None:
        """"Plan search…" (or the offer under a refused search): hand the AOI and the filters over."""
        if self.state.session is None:
            return
        aoi_json = self._user_aoi_json()
        if aoi_json is None:
            self.notifier.warning(tr("Choose an area of interest in the Start tab first: a planned search watches "
                                     "it for new scenes."), topic=Topic.SEARCH)
            return
        problem = self.widget.filters.problem()
        if problem:
            self.notifier.warning(problem, topic=Topic.SEARCH)
            return
        if not self._plan_handled():
            self.notifier.info(tr("Planned searches come in the Processings tab."), topic=Topic.SEARCH)
            return
        aoi = self.draft.aoi
        self.plan_search_requested.emit(PlannedSearchIntent(aoi_json, aoi.total_area_km2, aoi.source_name or "",
                                                            self.widget.filters.filters()))

    def shutdown(self) -> None:
        super().shutdown()
        self.cancel()
        self._footprint_jobs.invalidate()
        self._pending_footprints = None
        self.footprints.shutdown()


__all__ = ["DEFAULT_PAGE_SIZE", "DESC", "SceneColumn", "SearchController"]
