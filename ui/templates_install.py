"""Puts the planned searches into the dock: the list first in the Processings tab (above whatever the tab holds),
the open planned search as a second page of that tab, and the wires to the other sections:

- the search's ``plan_search_requested`` ("Plan search…", and the offer when an AOI is too large to search at once);
- "Process…" of an open planned search: its kept model to the Model section, its areas to the AOI section (held
  until the user picks another source), its scenes to the Imagery section as the source (started through the
  planned search), and the Start tab shows, where cost and confirmation work as for any processing;
- "Load results" to the results loader, "Preview" to the scene previews.

Every wire is made with the templates controller's ``listen``, so its ``shutdown`` undoes them.
"""
from __future__ import annotations

from qgis.PyQt.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from ..integration.messages import guarded
from .fitting import scrolled
from ..integration.messages import QT_TRANSLATE_NOOP
from .template_dialogs import TemplatePrompts
from .template_view import TemplateView
from .template_view_controller import TemplateProcessing
from .templates_controller import TemplatesController
from .templates_list_widget import TemplatesListWidget


def _wrap_tab(dock, list_widget: TemplatesListWidget, view: TemplateView) -> QStackedWidget:
    """Page 0: the planned searches, then what the Processings tab held; page 1: the open planned search."""
    layout = dock.processingsTabLayout
    lists = QWidget()
    column = QVBoxLayout(lists)
    column.setContentsMargins(0, 0, 0, 0)
    column.addWidget(list_widget)
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            column.addWidget(widget)
        else:
            column.addItem(item)
    pages = QStackedWidget(dock.processingsTab)
    pages.addWidget(lists)
    # the open planned search scrolls in a narrow dock instead of widening it (its action rows are long)
    pages.addWidget(scrolled(view, pages))
    layout.addWidget(pages)
    return pages


def install_templates(dock_controller, prompts=None, policy=None) -> TemplatesController:
    """Build the planned-search section into ``dock_controller``'s dock (after its other sections)."""
    dc = dock_controller
    dock = dc.dock
    list_widget = TemplatesListWidget()
    view = TemplateView()
    pages = _wrap_tab(dock, list_widget, view)
    options = {} if policy is None else {"policy": policy}
    controller = TemplatesController(list_widget, view, pages, dc.state, dc.draft, dc.tasks, dc.notifier,
                                     dc.settings, dc.iface.mapCanvas(), dc.project_getter,
                                     prompts or TemplatePrompts(), **options)
    controller.listen(dc.search.plan_search_requested, controller.plan)
    controller.listen(controller.show_requested, guarded(QT_TRANSLATE_NOOP(
            "MapflowActions", "Showing the planned searches"), lambda: dc.notifier)(
        lambda: dock.tabs.setCurrentWidget(dock.processingsTab)))
    controller.listen(controller.view.load_results_requested, dc.results.load)
    controller.listen(controller.view.preview_requested, dc.scene_previews.preview)

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Processing the scenes of a planned search"), lambda: dc.notifier)
    def process(request: TemplateProcessing) -> None:
        _process(dc, request)

    controller.listen(controller.view.process_requested, process)
    controller.listen(dc.processings_widget.refresh_requested, controller.refresh)
    return controller


def _process(dc, request: TemplateProcessing) -> None:
    """The Start path for scenes of a planned search (see the module's docstring)."""
    if not request.kept.empty:
        dc.models.choose(request.kept.model_id, request.kept.model_name, request.kept.enabled_blocks)
    dc.aoi.use_area(request.aoi)
    dc.scene_source.use(list(request.images), request.template_id, request.template_name)
    if dc.scene_source.images == list(request.images):
        dc.dock.tabs.setCurrentWidget(dc.dock.startTab)


__all__ = ["install_templates"]
