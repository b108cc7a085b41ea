"""What the imagery search and an open planned search share: a scene table and a footprint layer whose selections
follow each other, the line that says whether the selected scenes can be processed together, and zooming the map
to scenes."""
from __future__ import annotations

from typing import List, Optional, Sequence

from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject, QgsRectangle

from ..api.models import CatalogImage
from ..core.search_rules import scene_choice_problem
from ..integration.messages import QT_TRANSLATE_NOOP, guarded, tr

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
ZOOM_MARGIN = 0.1  # share of the box added around what the map zooms to


def zoom_canvas(canvas, box: Optional[QgsRectangle], project: QgsProject) -> None:
    """Zoom the map to a box in EPSG:4326 (with a margin)."""
    if box is None or canvas is None:
        return
    target = canvas.mapSettings().destinationCrs()
    if target.isValid() and target != WGS84:
        box = QgsCoordinateTransform(WGS84, target, project).transformBoundingBox(box)
    grown = QgsRectangle(box)
    grown.grow(max(box.width(), box.height()) * ZOOM_MARGIN or 0.001)
    canvas.setExtent(grown)
    canvas.refresh()


class LinkedSceneSelection:
    """Mixed into a section controller that has ``model`` (scenes), ``widget`` (the table and its selection line),
    ``footprints`` (a FootprintLayer), ``canvas``, ``_project`` and ``notifier``."""

    def images_by_id(self, scene_ids: Sequence[str]) -> List[CatalogImage]:
        found = {image.id: image for image in self.model.images()}
        return [found[i] for i in scene_ids if i in found]

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Selecting scenes"))
    def _on_table_selection(self, scene_ids: List[str]) -> None:
        self.footprints.select_scenes(scene_ids)
        self._describe_selection(scene_ids)

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Selecting footprints"))
    def _on_map_selection(self, scene_ids: List[str]) -> None:
        self.widget.select_scenes(scene_ids)
        self._describe_selection(self.widget.selected_scenes())

    def _describe_selection(self, scene_ids: List[str]) -> None:
        if not scene_ids:
            self.widget.set_selection_text(tr("Select scenes in the table or on the map."), False)
            return
        problem = scene_choice_problem(self.images_by_id(scene_ids))
        count = tr("{count} selected.").format(count=len(scene_ids))
        self.widget.set_selection_text(f"{count} {problem.text}" if problem else count, problem is None)

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Zooming to the scenes"))
    def zoom_to(self, scene_ids: List[str]) -> None:
        zoom_canvas(self.canvas, self.footprints.extent_of(scene_ids), self._project())
