"""The area of interest from its five sources, kept up to date and handed to the draft.

A polygon layer (all or selected features: follows edits and selection changes), a polygon drawn with the draw
tool into the temporary "Mapflow AOI" layer, the current map extent (follows the canvas, debounced), a vector
file, or a layer's extent. What each source gives is captured on the GUI thread (``layers.aoi.input_from_*``);
reading, reprojection to EPSG:4326, repair and geodesic areas (``build_aoi``) run in a task. Only the answer to
the newest request is applied; an older task still running is cancelled.
"""
from __future__ import annotations

from typing import Callable, Optional

from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QTimer

from ..core.account import AccountLimits
from ..core.aoi_rules import note_reason, validate
from ..core.choices import AOI_KIND_ORDER, AoiChoice, AoiKind, ChoiceKey
from ..core.formatting import format_km2
from ..integration.connections import SignalConnections
from ..integration.messages import Notifier, guarded, tr
from ..integration.project_choices import ChoiceMemory
from ..layers.aoi import AoiOrigin, AoiSelection, aoi_from_file, build_aoi, input_from_extent, input_from_layer, \
    input_from_layer_extent
from ..layers import layer_roles
from ..layers.aoi_geometry import AoiBuildCancelled
from ..layers.draw_tool import PolygonDrawTool, find_aoi_layer, put_in_aoi_layer
from ..integration.messages import QT_TRANSLATE_NOOP
from .controller_support import Generation, SectionController
from .draft import ProcessingDraft

EXTENT_DEBOUNCE_MS = 400  # panning and zooming send bursts of extent changes
EDIT_COALESCE_MS = 50  # one rebuild for the several signals a single edit emits
LAYER_SIGNALS = ("geometryChanged", "featureAdded", "featuresDeleted", "dataChanged", "afterRollBack")


def summary_text(selection: AoiSelection) -> str:
    if selection.usable:
        parts = len(selection.parts)
        return tr("{area} in {parts} part(s), from {source}").format(
            area=format_km2(selection.total_area_km2), parts=parts, source=selection.source_name or tr("the map"))
    reasons = validate(selection.summary(), AccountLimits(max_aois=None))
    return reasons[0].text if reasons else tr("No area chosen.")


def notes_text(selection: AoiSelection) -> str:
    return "\n".join(note_reason(note).text for note in selection.notes if note.count > 0)


class AoiController(SectionController):
    def __init__(self, widget, draft: ProcessingDraft, canvas, tasks, notifier: Notifier, memory: ChoiceMemory,
                 project: Callable[[], QgsProject] = QgsProject.instance, parent=None):
        super().__init__(None, tasks, notifier, widget, parent)
        self.draft = draft
        self.canvas = canvas
        self.memory = memory
        self._project = project
        self._builds = Generation()
        self._running = None  # the CallTask of the newest build
        self._followed = SignalConnections()  # the current source's layer or canvas
        self._drawing = SignalConnections()
        self._draw_tool: Optional[PolygonDrawTool] = None
        self._given = False  # an AOI another section handed over is shown; the chosen source is not followed
        self._previous_tool = None  # the map tool to give back when drawing ends
        self._soon = self._single_shot(EDIT_COALESCE_MS)
        self._extent_timer = self._single_shot(EXTENT_DEBOUNCE_MS)
        self.listen(widget.choice_changed, self.reload_source)
        self.listen(widget.refresh_requested, self.rebuild)
        self.listen(widget.draw_toggled, self.set_drawing)
        self.listen(widget.plugin_layers_toggled, self._exclude_plugin_layers)
        self.listen(memory.restored, self.restore)
        self.listen(project().layersAdded, self._exclude_plugin_layers)
        self._exclude_plugin_layers()

    def _single_shot(self, interval_ms: int) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval_ms)
        timer.timeout.connect(self.rebuild)
        return timer

    @property
    def draw_tool(self) -> Optional[PolygonDrawTool]:
        return self._draw_tool

    # --- the choice, remembered per QGIS project ---------------------------------------------------------------
    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Restoring the area of interest"))
    def restore(self) -> None:
        """Show the AOI source remembered for this QGIS project (or the last one) and read it."""
        kinds = {kind.value: kind for kind in AOI_KIND_ORDER}
        kind = kinds.get(self.memory.get(ChoiceKey.AOI_KIND))
        if kind is None:
            self.reload_source()
            return
        layer_id = self.memory.get(ChoiceKey.AOI_LAYER)
        layer = self._project().mapLayer(layer_id) if layer_id else None
        choice = AoiChoice(kind, layer_id or None, self.memory.get(ChoiceKey.AOI_FILE) or None)
        with self.memory.quietly():
            if layer_roles.is_plugin_output(layer):  # picked on purpose before: keep offering such layers
                self.widget.set_plugin_layers_shown(True)
                self._exclude_plugin_layers()
            self.widget.set_choice(choice, layer)

    def _remember(self, choice: AoiChoice) -> None:
        self.memory.remember(ChoiceKey.AOI_KIND, choice.kind.value)
        if choice.layer_id:
            self.memory.remember(ChoiceKey.AOI_LAYER, choice.layer_id)
        if choice.file_path:
            self.memory.remember(ChoiceKey.AOI_FILE, choice.file_path)

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Listing the layers for the area of interest"))
    def _exclude_plugin_layers(self, *_args) -> None:
        """The plugin's results, imagery and footprints are no AOI sources unless the user asks for them; a review's
        corrections never are."""
        self.widget.set_excluded_layers(layer_roles.not_offered_as_aoi(self._project(),
                                                                       self.widget.plugin_layers_shown()))

    # --- following the source ----------------------------------------------------------------------------------
    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Choosing the area of interest"))
    def reload_source(self, choice: Optional[AoiChoice] = None) -> None:
        """Follow the chosen source (its layer, the canvas) and read it."""
        if choice is not None:
            self._remember(choice)
        self._given = False
        self._follow()
        self.rebuild()

    def _follow(self) -> None:
        """Listen to what the chosen source depends on, and to nothing else."""
        self._followed.disconnect_all()
        kind = self.widget.kind()
        if kind == AoiKind.EXTENT:
            self._followed.connect(self.canvas.extentsChanged, self._extent_changed)
            self._followed.connect(self.canvas.destinationCrsChanged, self._extent_changed)
            return
        layer = self._source_layer()
        if layer is None:
            return
        if isinstance(layer, QgsVectorLayer) and kind != AoiKind.LAYER_EXTENT:
            for name in LAYER_SIGNALS:
                self._followed.connect(getattr(layer, name), self._layer_changed)
            if kind == AoiKind.SELECTION:
                self._followed.connect(layer.selectionChanged, self._layer_changed)
        else:
            self._followed.connect(layer.dataChanged, self._layer_changed)

    # layer and canvas signals carry arguments (feature ids...) that must never reach QTimer.start(msec)
    def _layer_changed(self, *_args) -> None:
        self._soon.start()

    def _extent_changed(self, *_args) -> None:
        self._extent_timer.start()

    def _source_layer(self):
        kind = self.widget.kind()
        if kind == AoiKind.DRAWN:
            return find_aoi_layer(self._project())
        choice = self.widget.choice()
        return self._project().mapLayer(choice.layer_id) if choice.layer_id else None

    # --- an AOI handed over --------------------------------------------------------------------------------------
    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Using the given area of interest"))
    def use_area(self, selection: AoiSelection) -> None:
        """Show and use an AOI another section built (the areas of a planned search for its processing). The chosen
        source is no longer followed (panning the map does not replace it) until the user picks a source again or
        presses Refresh."""
        self._builds.invalidate()
        if self._running is not None:
            try:
                self._running.cancel()
            except RuntimeError:
                pass
            self._running = None
        self._followed.disconnect_all()
        self._soon.stop()
        self._extent_timer.stop()
        self._given = True
        self.widget.set_summary(summary_text(selection), notes_text(selection))
        self.draft.set_aoi(selection)

    # --- building ----------------------------------------------------------------------------------------------
    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Reading the area of interest"))
    def rebuild(self) -> None:
        """Read the chosen source again (in a task) and hand the result to the draft."""
        if self._given:  # Refresh after a handed-over AOI: back to the chosen source
            self._given = False
            self._follow()
        number = self._builds.next()
        if self._running is not None:
            try:
                self._running.cancel()
            except RuntimeError:  # finished and deleted meanwhile
                pass
            self._running = None
        job = self._job()
        if job is None:
            self.draft.set_aoi(None)
            return
        self.draft.set_aoi_busy(True)
        self.widget.set_summary(tr("Reading the area of interest…"))
        self._running = self.run_call(tr("Mapflow: read the area of interest"), job,
                                      lambda selection: self._built(number, selection),
                                      lambda error: self._failed(number, error), hidden=True,
                                      on_cancel=lambda: self._cancelled(number))

    def _job(self):
        """The worker-thread part for the chosen source, or None (after saying what is missing)."""
        kind = self.widget.kind()
        context = self._project().transformContext()
        if kind == AoiKind.FILE:
            path = self.widget.choice().file_path
            if not path:
                self.widget.set_summary(tr("Choose a vector file with the area of interest."))
                return None
            return lambda ctx: _quietly_cancelled(lambda: aoi_from_file(path, context, is_cancelled=ctx.is_cancelled))
        if kind == AoiKind.EXTENT:
            aoi_input = input_from_extent(self.canvas.extent(), self.canvas.mapSettings().destinationCrs(), context,
                                          tr("the map extent"))
        else:
            layer = self._source_layer()
            if layer is None:
                self.widget.set_summary(tr("Click Draw, then click on the map to draw the area of interest.")
                                        if kind == AoiKind.DRAWN else tr("Choose a layer."))
                return None
            if kind == AoiKind.LAYER_EXTENT:
                aoi_input = input_from_layer_extent(layer, context)
            else:
                aoi_input = input_from_layer(layer, kind == AoiKind.SELECTION, context)
                if kind == AoiKind.DRAWN:
                    aoi_input.origin, aoi_input.source_name = AoiOrigin.DRAWN, tr("the drawn polygon")
        return lambda ctx: _quietly_cancelled(lambda: build_aoi(aoi_input, ctx.is_cancelled))

    def _built(self, number: int, selection: Optional[AoiSelection]) -> None:
        if not self._builds.is_current(number) or selection is None:
            return
        self._running = None
        self.widget.set_summary(summary_text(selection), notes_text(selection))
        self.draft.set_aoi(selection)

    def _cancelled(self, number: int) -> None:
        """Cancelled from the task manager (a newer read cancels the older one too: then nothing to say)."""
        if not self._builds.is_current(number):
            return
        self._running = None
        self.widget.set_summary(tr("Reading the area of interest was cancelled; press Update to read it again."))
        self.draft.set_aoi(None)

    def _failed(self, number: int, error: BaseException) -> None:
        if not self._builds.is_current(number):
            return
        self._running = None
        text = self.notifier.describe(error, tr("Reading the area of interest"))
        self.widget.set_summary(tr("The area of interest could not be read: {reason}").format(reason=text))
        self.draft.set_aoi(None)

    # --- drawing -----------------------------------------------------------------------------------------------
    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Drawing the area of interest"))
    def set_drawing(self, drawing: bool) -> None:
        if drawing:
            if self._draw_tool is None:
                self._draw_tool = PolygonDrawTool(self.canvas)
            tool = self._draw_tool
            if self.canvas.mapTool() is not tool:
                self._previous_tool = self.canvas.mapTool()
            self._drawing.connect(tool.polygon_drawn, self._on_drawn)
            self._drawing.connect(tool.drawing_rejected, self.notifier.warning)
            self._drawing.connect(tool.drawing_cancelled, self._stop_drawing)
            self.canvas.setMapTool(tool)
            # another map tool chosen from the toolbar ends the drawing
            self._drawing.connect(self.canvas.mapToolSet, self._on_map_tool_set)
        else:
            self._stop_drawing()

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Drawing the area of interest"))
    def _on_map_tool_set(self, new_tool, _old_tool=None) -> None:
        if new_tool is not self._draw_tool:
            self._previous_tool = None  # the user chose another tool: keep it
            self._stop_drawing()

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Drawing the area of interest"))
    def _stop_drawing(self) -> None:
        self._drawing.disconnect_all()
        if self._draw_tool is not None and self.canvas.mapTool() is self._draw_tool:
            self.canvas.unsetMapTool(self._draw_tool)
            previous, self._previous_tool = self._previous_tool, None
            try:
                if previous is not None:
                    self.canvas.setMapTool(previous)  # back to the pan or whatever tool was active
            except RuntimeError:  # that tool was deleted meanwhile
                pass
        self.widget.set_drawing(False)

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Keeping the drawn polygon"))
    def _on_drawn(self, geometry, crs) -> None:
        put_in_aoi_layer(geometry, crs, self._project())
        self._stop_drawing()
        self._follow()  # the AOI layer may have just been created
        self.rebuild()

    def shutdown(self) -> None:
        super().shutdown()
        self._builds.invalidate()
        self._soon.stop()
        self._extent_timer.stop()
        self._followed.disconnect_all()
        self._stop_drawing()
        if self._draw_tool is not None:
            self._draw_tool.deleteLater()
            self._draw_tool = None


def _quietly_cancelled(build):
    """A cancelled build ends with None: a newer one has replaced it."""
    try:
        return build()
    except AoiBuildCancelled:
        return None
