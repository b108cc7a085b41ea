"""Previews of found scenes on the map: from the Search tab's Preview (the selected scenes) and from the Imagery
section's Preview when the source is "Imagery search" (the chosen scenes).

A picture preview is downloaded and georeferenced in a task (``layers.scene_preview``); a tile preview is added at
once (QGIS fetches its tiles). A scene already on the map is not fetched again: its layer is shown and reused; one
being fetched is not asked for twice. Mapflow credentials never go to the preview host.
"""
from __future__ import annotations

from typing import Callable, List, Sequence, Set

from qgis.core import QgsProject

from ..api.models import CatalogImage
from ..core.choices import SourceChoice, SourceKind
from ..integration.messages import WARNING, Notifier, Topic, guarded, tr
from ..integration.session_state import SessionState
from ..layers.scene_preview import PreviewError, ScenePreviews, georeference_picture, preview_kind
from ..integration.messages import QT_TRANSLATE_NOOP
from .controller_support import SectionController

MAX_PREVIEWS_AT_ONCE = 10


class ScenePreviewController(SectionController):
    def __init__(self, search_widget, source_widget, state: SessionState, tasks, notifier: Notifier,
                 find_images: Callable[[Sequence[str]], List[CatalogImage]],
                 chosen_images: Callable[[], List[CatalogImage]],
                 project: Callable[[], QgsProject] = QgsProject.instance, parent=None):
        super().__init__(state, tasks, notifier, search_widget, parent)
        self._find_images = find_images
        self._chosen_images = chosen_images
        self._project = project
        self.previews = ScenePreviews(project)
        self._pending: Set[str] = set()
        self.listen(search_widget.preview_requested, self._preview_ids)
        self.listen(source_widget.preview_requested, self._preview_choice)

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Previewing the scenes"))
    def _preview_ids(self, scene_ids: List[str]) -> None:
        self.preview(self._find_images(scene_ids))

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Previewing the scenes"))
    def _preview_choice(self, choice: SourceChoice) -> None:
        if choice.kind != SourceKind.SEARCH:
            return
        images = self._chosen_images()
        if not images:
            self.notifier.warning(tr("Choose scenes in the Search tab first."), topic=Topic.PREVIEW)
            return
        self.preview(images)

    def preview(self, images: Sequence[CatalogImage]) -> None:
        """Show these scenes' quick-looks; already shown or pending ones are not fetched again."""
        images = list(images)
        if len(images) > MAX_PREVIEWS_AT_ONCE:
            self.notifier.info(tr("Showing the previews of the first {count} selected scenes.").format(
                count=MAX_PREVIEWS_AT_ONCE), topic=Topic.PREVIEW)
            images = images[:MAX_PREVIEWS_AT_ONCE]
        without = []
        for image in images:
            existing = self.previews.existing(image.id)
            if existing is not None:
                self._reveal(existing)
                continue
            if image.id in self._pending:
                continue
            kind = preview_kind(image)
            if kind == "tiles":
                self._add_tiles(image)
            elif kind == "picture":
                self._fetch_picture(image)
            else:
                without.append(image.id)
        if without:
            self.notifier.warning(tr("No preview is offered for {ids}.").format(ids=", ".join(without)),
                                  topic=Topic.PREVIEW)

    def _reveal(self, layer) -> None:
        node = self._project().layerTreeRoot().findLayer(layer.id())
        if node is not None:
            node.setItemVisibilityChecked(True)

    def _add_tiles(self, image: CatalogImage) -> None:
        try:
            self.previews.add_tiles(image)
        except PreviewError as error:
            self.notifier.warning(str(error), topic=Topic.PREVIEW)

    def _fetch_picture(self, image: CatalogImage) -> None:
        session = self.state.session
        if session is None:
            return
        client = session.client
        folder = self.previews.new_folder()
        corners = image.footprint_corners

        def run(_ctx):
            # the client sends no Authorization with a preview: its host may be a third party
            picture = client.catalog_preview(image)
            return georeference_picture(picture, corners, folder.name, "preview")

        self._pending.add(image.id)
        self.run_call(tr("Mapflow: preview of {id}").format(id=image.id), run,
                      lambda path: self._fetched(image, path, folder),
                      lambda error: self._failed(image, error, folder),
                      on_cancel=lambda: self._dropped(image, folder))

    def _fetched(self, image: CatalogImage, path, folder) -> None:
        self._pending.discard(image.id)
        if self.previews.existing(image.id) is not None:  # added meanwhile by another request
            folder.cleanup()
            return
        try:
            self.previews.add_picture(image, path, folder)
        except PreviewError as error:
            self.notifier.warning(str(error), topic=Topic.PREVIEW)

    def _failed(self, image: CatalogImage, error: BaseException, folder) -> None:
        self._dropped(image, folder)
        self.notifier.report(error, tr("Previewing a scene"), topic=Topic.PREVIEW, level=WARNING,
                             template=tr("The preview of {id} failed: {reason}"), id=image.id,
                             worded=(PreviewError,), retry=lambda: self.preview([image]), duration=10)

    def _dropped(self, image: CatalogImage, folder) -> None:
        self._pending.discard(image.id)
        folder.cleanup()

    def shutdown(self) -> None:
        super().shutdown()
        self.previews.shutdown()
