"""The My imagery actions that reach the map or the Start tab: an image's preview placed on its footprint (small or
large), the download of its original file (a task with progress and Cancel), the extent of the selection as the
area of interest, and a mosaic or image as the imagery of the processing.

Previews come from the Mapflow API (``/rasters/image/{id}/preview/s|l``) with the Mapflow credentials, never from a
preview URL on another host. The AOI and the imagery are chosen through ``ChoiceMemory.apply``: the AOI and Imagery
sections show them as their own choice.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Optional, Sequence

from qgis.core import QgsProject
from qgis.PyQt.QtCore import pyqtSignal

from ..api.models import Image
from ..core.choices import AoiKind, ChoiceKey, SourceKind
from ..core.my_imagery import ImageryAction, Picked
from ..integration.messages import Notifier, Topic, guarded, tr
from ..integration.project_choices import ChoiceMemory
from ..integration.session_state import SessionState
from ..layers.imagery_layers import default_preview_directory, extent_layer, preview_layer
from ..layers.result_tree import mapflow_group
from ..tasks.imagery import preview_file
from ..integration.messages import QT_TRANSLATE_NOOP
from .controller_support import SectionController
from .dialogs_imagery import ImageryPrompts


class MyImageryMapActions(SectionController):
    start_requested = pyqtSignal()  # an AOI or the imagery was chosen: the Start tab should show

    def __init__(self, controller, state: SessionState, tasks, notifier: Notifier, prompts: ImageryPrompts,
                 memory: ChoiceMemory, project: Callable[[], QgsProject] = QgsProject.instance,
                 preview_dir: Optional[Path] = None, parent=None):
        super().__init__(state, tasks, notifier, controller.widget, parent)
        self.controller = controller
        self.prompts = prompts
        self.memory = memory
        self._project = project
        self._preview_dir = preview_dir
        self.last_layer = None
        controller.map_actions = self

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "My imagery"))
    def run(self, action: ImageryAction, picked: Sequence[Picked]) -> None:
        if action is ImageryAction.PREVIEW:
            self.preview(picked[0].image, self.widget.preview_size())
        elif action is ImageryAction.DOWNLOAD:
            image = picked[0].image
            path = self.prompts.download_path(self.widget, image.filename or f"{image.id}.tif")
            if path:
                self.download(image, path)
        elif action is ImageryAction.AOI:
            self.use_as_aoi(picked)
        elif action is ImageryAction.USE:
            self.use_for_processing(picked[0])

    def _add(self, layer) -> None:
        project = self._project()
        project.addMapLayer(layer, False)
        mapflow_group(project).insertLayer(0, layer)
        self.last_layer = layer

    # --- preview ---------------------------------------------------------------------------------------------
    def preview(self, image: Image, size: str = "s"):
        client = self.state.session.client
        directory = self._preview_dir or default_preview_directory()
        name = image.filename or image.id
        label = tr("Preview of {name}").format(name=name) if size == "s" else \
            tr("Large preview of {name}").format(name=name)

        def shown(path: Path) -> None:
            layer = preview_layer(path, label)
            if not layer.isValid():
                self.notifier.error(tr("The preview of {name} could not be shown.").format(name=name),
                                    topic=Topic.PREVIEW)
                return
            self._add(layer)
            self.notifier.clear(Topic.PREVIEW)

        return self.run_call(tr("Mapflow: preview {name}").format(name=name),
                             lambda _ctx: preview_file(client, image, size, directory), shown,
                             lambda error: self.notifier.report(
                                 error, tr("Previewing an image"), topic=Topic.PREVIEW,
                                 template=tr("The preview of {name} could not be shown: {reason}"), name=name,
                                 worded=(ValueError, OSError), retry=lambda: self.preview(image, size)))

    # --- download ----------------------------------------------------------------------------------------------
    def download(self, image: Image, path: str):
        if self.controller.transfer is not None:
            self.notifier.warning(tr("Wait for the running upload or download, or cancel it."), topic=Topic.IMAGERY)
            return None
        client = self.state.session.client
        name = image.filename or image.id

        def run(ctx) -> Path:
            def progress(done: int, total: Optional[int]) -> None:
                if total:
                    ctx.progress(100.0 * done / total)
            return client.download_image(image.id, path, progress=progress, is_cancelled=ctx.is_cancelled)

        def saved(target: Path) -> None:
            self.controller.release_transfer()
            self.notifier.success(tr("{name} was saved to {path}.").format(name=name, path=target),
                                  topic=Topic.IMAGERY)

        def failed(error: BaseException) -> None:
            self.controller.release_transfer()
            self.notifier.report(error, tr("Downloading an image"), topic=Topic.IMAGERY,
                                 template=tr("{name} could not be downloaded: {reason}"), name=name,
                                 retry=lambda: self.download(image, path))

        def cancelled() -> None:
            self.controller.release_transfer()
            self.notifier.info(tr("The download of {name} was cancelled; nothing was saved.").format(name=name),
                               topic=Topic.IMAGERY)

        task = self.run_call(tr("Mapflow: download {name}").format(name=name), run, saved, failed,
                             on_cancel=cancelled)
        self.controller.hold_transfer(task, tr("Downloading"))
        return task

    # --- the Start tab -----------------------------------------------------------------------------------------
    def use_as_aoi(self, picked: Sequence[Picked]):
        footprints = [(p.name, p.footprint) for p in picked if p.footprint]
        name = picked[0].name if len(picked) == 1 else tr("{count} items").format(count=len(footprints))
        layer = extent_layer(tr("Extent of {name}").format(name=name), footprints)
        if layer is None:
            self.notifier.warning(tr("The footprint could not be read."), topic=Topic.IMAGERY)
            return None
        self._add(layer)
        self.memory.apply({ChoiceKey.AOI_KIND.value: AoiKind.LAYER.value, ChoiceKey.AOI_LAYER.value: layer.id()})
        self.notifier.success(tr("The area of interest is now the extent of {name}.").format(name=name),
                              topic=Topic.IMAGERY)
        self.start_requested.emit()
        return layer

    def use_for_processing(self, one: Picked) -> None:
        self.memory.apply({ChoiceKey.SOURCE_KIND.value: SourceKind.MY_IMAGERY.value,
                           ChoiceKey.MOSAIC.value: one.mosaic.id,
                           ChoiceKey.IMAGE.value: one.image.id if one.image is not None else ""})
        self.notifier.success(tr("The imagery of the processing is now {name}.").format(name=one.name),
                              topic=Topic.IMAGERY)
        self.start_requested.emit()
