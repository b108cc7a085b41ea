"""The areas of an open planned search, edited on the map: add (draw one, or take the Start tab's AOI), rename,
redraw, delete; the areas table and the AOI layer select each other.

The map follows the server, never the other way round: a drawn polygon is only a sketch (the draw tool's rubber
band) until the server accepted it; then the layer shows the server's answer. A refusal or a failure mid-edit
leaves the layer as it was and says why, so the map never shows an edit the server did not make. One edit at a time.
Drawn polygons are cleaned, reprojected and measured like any AOI (in a task), and checked against the account's
planned-search area limit before anything is sent.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Callable, List, Optional, Tuple

from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsProject
from qgis.PyQt.QtCore import pyqtSignal

from ..api.errors import NotFoundError
from ..api.models import NewTemplateAoi, Template
from ..core.formatting import format_km2
from ..core.templates import aoi_name_problem, aois_problem
from ..integration.connections import SignalConnections
from ..integration.messages import Notifier, guarded, tr
from ..layers.draw_tool import PolygonDrawTool
from ..layers.template_aois import DrawnArea, TemplateAoiLayer, area_of_drawing
from ..integration.messages import QT_TRANSLATE_NOOP
from .controller_support import SectionController
from .scene_selection import zoom_canvas
from .template_actions import topic_of
from .template_dialogs import TemplatePrompts, names_text
from .template_view import ADD_BY_DRAWING



class TemplateAoiEditor(SectionController):
    edited = pyqtSignal()  # the server changed the areas: the scenes and processings are worth reading again

    def __init__(self, view, state, draft, tasks, notifier: Notifier, prompts: TemplatePrompts, canvas=None,
                 project: Callable[[], QgsProject] = QgsProject.instance, parent=None):
        super().__init__(state, tasks, notifier, view, parent)
        self.draft = draft
        self.prompts = prompts
        self.canvas = canvas
        self._project = project
        self.layer = TemplateAoiLayer(project, parent=self)
        self.template: Optional[Template] = None
        self.can_edit = False
        self.pending = ""  # what is being saved; no second edit meanwhile
        self._draw_tool: Optional[PolygonDrawTool] = None
        self._drawing = SignalConnections()
        self._previous_tool = None
        self._purpose: Tuple[str, Optional[str]] = ("", None)  # ("add" | "redraw", AOI id)
        self.listen(view.add_aoi_requested, self.add)
        self.listen(view.rename_aoi_requested, self.rename)
        self.listen(view.redraw_aoi_requested, self.redraw)
        self.listen(view.delete_aois_requested, self.delete)
        self.listen(view.zoom_aois_requested, self.zoom_to)
        self.listen(view.aoi_selection_changed, self.layer.select_aois)
        self.listen(self.layer.selection_changed, view.select_aois)

    # --- showing -----------------------------------------------------------------------------------------------
    def show(self, template: Template) -> None:
        self.template = template
        self.layer.show(template, tr("Planned search areas: {name}").format(name=template.name))
        self._show_rows()

    def _show_rows(self) -> None:
        template = self.template
        if template is None:
            self.widget.set_aois([])
            return
        names = self.layer.names()
        self.widget.set_aois([(a.id, names.get(a.id, a.name), (a.area or 0) / 1e6, a.has_new_images,
                               len(a.processings)) for a in template.aois])

    def close(self) -> None:
        self._stop_drawing()
        self.template = None
        self.pending = ""
        self.layer.remove()
        self.widget.set_aois([])
        self.widget.set_aoi_status("")

    def _client(self):
        session = self.state.session
        return session.client if session is not None else None

    def _ready(self) -> bool:
        if self.template is None or self._client() is None:
            return False
        if not self.can_edit:
            return False
        if self.pending:
            self.notifier.warning(tr("Wait until the change of the areas is saved ({what}).").format(
                what=self.pending), topic=topic_of(self.template.id))
            return False
        return True

    # --- add ---------------------------------------------------------------------------------------------------
    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Adding an area"))
    def add(self, mode: str) -> None:
        if not self._ready():
            return
        if mode == ADD_BY_DRAWING:
            self._start_drawing("add", None)
            return
        aoi = self.draft.aoi
        if aoi is None or not aoi.usable:
            self.notifier.warning(tr("Choose an area of interest in the Start tab first."),
                                  topic=topic_of(self.template.id))
            return
        self._checked_add(DrawnArea(aoi.to_geojson(), aoi.total_area_km2), aoi.source_name or "")

    def _checked_add(self, area: DrawnArea, suggested: str) -> None:
        template = self.template
        problem = self._area_problem(area, replacing=None)
        if problem:
            self.notifier.warning(problem, topic=topic_of(template.id))
            self.widget.set_aoi_status(problem, is_error=True)
            return
        default = suggested or tr("Area {number}").format(number=len(template.aois) + 1)
        name = self.prompts.text(self.widget, tr("New area"), tr("Name of the area:"), default[:64])
        if name is None:
            return
        problem = aoi_name_problem(name) if name else None
        if problem:
            self.notifier.warning(problem, topic=topic_of(template.id))
            return
        client, template_id = self._client(), template.id

        def call(_ctx):
            client.add_template_aois(template_id, [NewTemplateAoi(area.geojson, name or None)])
            return client.get_template(template_id).template

        self._save(tr("adding “{name}”").format(name=name or default), call, self._added)

    def _added(self, template: Template) -> None:
        self.show(template)
        self.widget.set_aoi_status(tr("Area added; the planned search searches it now."))

    # --- rename ------------------------------------------------------------------------------------------------
    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Renaming an area"))
    def rename(self, aoi_id: str) -> None:
        if not self._ready():
            return
        aoi = self.template.aoi(aoi_id)
        if aoi is None:
            return
        name = self.prompts.text(self.widget, tr("Rename area"), tr("New name:"), aoi.name)
        if not name or name == aoi.name:
            return
        problem = aoi_name_problem(name)
        if problem:
            self.notifier.warning(problem, topic=topic_of(self.template.id))
            return
        client, template_id = self._client(), self.template.id
        self._save(tr("renaming “{name}”").format(name=aoi.name),
                   lambda _ctx: client.update_template_aoi(template_id, aoi_id, name=name), self._changed)

    def _changed(self, aoi) -> None:
        template = self.template
        if template is None:
            return
        aois = tuple(aoi if a.id == aoi.id else a for a in template.aois)
        self.template = _with_aois(template, aois)
        self.layer.set_aoi(aoi)
        self._show_rows()
        self.widget.set_aoi_status(tr("Area “{name}” saved.").format(name=aoi.name))

    # --- redraw ------------------------------------------------------------------------------------------------
    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Redrawing an area"))
    def redraw(self, aoi_id: str) -> None:
        if self._ready() and self.template.aoi(aoi_id) is not None:
            self._start_drawing("redraw", aoi_id)

    def _checked_redraw(self, aoi_id: str, area: DrawnArea) -> None:
        template = self.template
        aoi = template.aoi(aoi_id) if template is not None else None
        if aoi is None:
            return
        problem = self._area_problem(area, replacing=aoi_id)
        if problem:
            self.notifier.warning(problem, topic=topic_of(template.id))
            self.widget.set_aoi_status(problem, is_error=True)
            return
        client, template_id = self._client(), template.id
        self._save(tr("redrawing “{name}”").format(name=aoi.name),
                   lambda _ctx: client.update_template_aoi(template_id, aoi_id, geometry=area.geojson),
                   lambda answer: self._redrawn(answer))

    def _redrawn(self, aoi) -> None:
        self._changed(aoi)
        self.widget.set_aoi_status(tr("Area “{name}” redrawn; the planned search searches it again.").format(
            name=aoi.name))

    # --- delete ------------------------------------------------------------------------------------------------
    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Deleting areas"))
    def delete(self, aoi_ids: List[str]) -> None:
        if not aoi_ids or not self._ready():
            return
        template = self.template
        names = [a.name for a in template.aois if a.id in aoi_ids]
        if len(set(aoi_ids)) >= len(template.aois):
            self.notifier.warning(tr("A planned search keeps at least one area; delete the planned search instead."),
                                  topic=topic_of(template.id))
            return
        question = tr("Delete {count} area(s) of the planned search? Their found scenes go with them.").format(
            count=len(names))
        if not self.prompts.confirm(self.widget, tr("Delete areas"), f"{question}\n\n{names_text(names)}"):
            return
        client, template_id, ids = self._client(), template.id, list(aoi_ids)
        self._save(tr("deleting {count} area(s)").format(count=len(ids)),
                   lambda _ctx: client.delete_template_aois(template_id, ids), lambda result: self._deleted(ids))

    def _deleted(self, aoi_ids: List[str]) -> None:
        template = self.template
        if template is None:
            return
        self.template = _with_aois(template, tuple(a for a in template.aois if a.id not in aoi_ids))
        self.layer.remove_aois(aoi_ids)
        self._show_rows()
        self.widget.set_aoi_status(tr("{count} area(s) deleted.").format(count=len(aoi_ids)))

    # --- checks and the call ------------------------------------------------------------------------------------
    def _area_problem(self, area: DrawnArea, replacing: Optional[str]) -> Optional[str]:
        if area.geojson is None or area.area_km2 <= 0:
            return tr("The drawn area is empty or not a valid polygon: draw a polygon with an area.")
        others = [a for a in self.template.aois if a.id != replacing]
        existing_km2 = sum((a.area or 0) for a in others) / 1e6
        session = self.state.session
        limit = getattr(session.user_status, "template_area_limit", None) if session is not None else None
        return aois_problem([area.area_km2], limit, existing_km2, len(others))

    def _save(self, what: str, call, on_done) -> None:
        template_id = self.template.id
        self.pending = what
        self.widget.set_aoi_status(tr("Saving: {what}…").format(what=what))

        def done(result) -> None:
            self.pending = ""
            if self.template is None or self.template.id != template_id:
                return  # the view moved on meanwhile
            self.state.report_server(True)
            on_done(result)
            self.edited.emit()

        def failed(error: BaseException) -> None:
            self.pending = ""
            if self.template is None or self.template.id != template_id:
                return
            if isinstance(error, NotFoundError):  # the area or the planned search went meanwhile: read it again
                self.notifier.warning(tr("The area or its planned search no longer exists; reading the planned "
                                         "search again."), topic=topic_of(template_id))
                self.edited.emit()
                return
            text = self.notifier.report(error, tr("Changing the areas"), topic=topic_of(template_id),
                                        template=tr("The areas were not changed ({what}): {{reason}}").format(
                                            what=what))
            self.widget.set_aoi_status(text, is_error=True)
            self._show_rows()  # the table and the map stay as the server has them

        self.run_call(tr("Mapflow: planned search areas ({what})").format(what=what), call, done, failed,
                      can_cancel=False)

    # --- drawing -------------------------------------------------------------------------------------------------
    def _start_drawing(self, purpose: str, aoi_id: Optional[str]) -> None:
        if self.canvas is None:
            return
        if self._draw_tool is None:
            self._draw_tool = PolygonDrawTool(self.canvas)
        tool = self._draw_tool
        self._drawing.disconnect_all()
        self._purpose = (purpose, aoi_id)
        if self.canvas.mapTool() is not tool:
            self._previous_tool = self.canvas.mapTool()
        self._drawing.connect(tool.polygon_drawn, self._on_drawn)
        self._drawing.connect(tool.drawing_rejected, lambda text: self.notifier.warning(text))
        self._drawing.connect(tool.drawing_cancelled, self._stop_drawing)
        self.canvas.setMapTool(tool)
        self._drawing.connect(self.canvas.mapToolSet, self._on_map_tool_set)
        self.widget.set_aoi_status(tr("Click on the map to draw the area; right-click or double-click to finish, "
                                      "Esc to cancel."))

    @property
    def draw_tool(self) -> Optional[PolygonDrawTool]:
        return self._draw_tool

    def _on_map_tool_set(self, new_tool, _old_tool=None) -> None:
        if new_tool is not self._draw_tool:
            self._previous_tool = None
            self._stop_drawing()

    def _stop_drawing(self) -> None:
        self._drawing.disconnect_all()
        if self._draw_tool is not None and self.canvas is not None and self.canvas.mapTool() is self._draw_tool:
            self.canvas.unsetMapTool(self._draw_tool)
            previous, self._previous_tool = self._previous_tool, None
            try:
                if previous is not None:
                    self.canvas.setMapTool(previous)
            except RuntimeError:
                pass

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Keeping the drawn area"))
    def _on_drawn(self, geometry: QgsGeometry, crs: QgsCoordinateReferenceSystem) -> None:
        purpose, aoi_id = self._purpose
        self._stop_drawing()
        if self.template is None:
            return
        context = self._project().transformContext()
        self.widget.set_aoi_status(tr("Measuring the drawn area…"))
        self.run_call(tr("Mapflow: measure the drawn area"),
                      lambda _ctx: area_of_drawing(geometry, crs, context),
                      lambda area: self._measured(purpose, aoi_id, area), hidden=True)

    def _measured(self, purpose: str, aoi_id: Optional[str], area: DrawnArea) -> None:
        if self.template is None:
            return
        self.widget.set_aoi_status(tr("Drawn: {area}.").format(area=format_km2(area.area_km2)))
        if purpose == "add":
            self._checked_add(area, "")
        elif aoi_id is not None:
            self._checked_redraw(aoi_id, area)

    # --- zoom --------------------------------------------------------------------------------------------------
    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Zooming to the areas"))
    def zoom_to(self, aoi_ids: List[str]) -> None:
        box = self.layer.extent_of(aoi_ids)
        zoom_canvas(self.canvas, box, self._project())

    def shutdown(self) -> None:
        super().shutdown()
        self._stop_drawing()
        self.layer.shutdown()
        if self._draw_tool is not None:
            self._draw_tool.deleteLater()
            self._draw_tool = None


def _with_aois(template: Template, aois) -> Template:
    return replace(template, aois=tuple(aois), aoi_count=len(aois))


__all__ = ["TemplateAoiEditor"]
