"""The Preview button: the chosen imagery as a raster layer on the map.

Mapflow credentials never go to a third-party host: a provider preview is its public ``previewUrl``; an own URL
gets the user's imagery login through its own authcfg (never the Mapflow token); a mosaic or image uses the
``rasterLayer.tileUrl`` the Data API reports (tiles are served without authentication, contract section 2.9).
"""
from __future__ import annotations

from typing import Callable, Optional

from qgis.core import QgsProject, QgsRasterLayer

from ..core.choices import SourceChoice, SourceKind
from ..core.source_choice import check_source_url, find_provider
from ..integration.auth import SecretStore
from ..integration.messages import Notifier, Topic, guarded, tr
from ..integration.session_state import SessionState
from ..layers import layer_roles
from ..layers.tiles import xyz_source
from ..integration.messages import QT_TRANSLATE_NOOP
from .controller_support import SectionController

PREVIEW_MAX_ZOOM = 20


def tile_layer_source(template: str, max_zoom: int = PREVIEW_MAX_ZOOM, authcfg: str = "") -> str:
    """A QGIS XYZ source; ``authcfg`` adds the login stored for that URL (QGIS sends it, not us)."""
    source = xyz_source(template, 0, max_zoom)
    return f"{source}&authcfg={authcfg}" if authcfg else source


def own_url_template(url: str, url_type: str) -> str:
    """QGIS's XYZ provider counts rows from the north; TMS rows count from the south, which QGIS spells {-y}."""
    return url.replace("{y}", "{-y}") if url_type.upper() == "TMS" else url


class PreviewController(SectionController):
    def __init__(self, source_widget, state: SessionState, tasks, notifier: Notifier, secrets: SecretStore,
                 project: Callable[[], QgsProject] = QgsProject.instance, parent=None):
        super().__init__(state, tasks, notifier, source_widget, parent)
        self.secrets = secrets
        self._project = project
        self.last_layer: Optional[QgsRasterLayer] = None
        self.listen(source_widget.preview_requested, self.preview)

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Previewing the imagery"))
    def preview(self, choice: SourceChoice) -> None:
        if choice.kind == SourceKind.SEARCH:  # the chosen scenes' quick-looks: ScenePreviewController
            return
        if choice.kind == SourceKind.PROVIDER:
            session = self.state.session
            providers = session.user_status.data_providers if session is not None else ()
            provider = find_provider(providers, choice.provider_name)
            if provider is None or not provider.preview_url:
                self.notifier.warning(tr("This data provider offers no preview."), topic=Topic.PREVIEW)
                return
            self._add(tr("Preview: {name}").format(name=provider.display_name),
                      tile_layer_source(provider.preview_url, provider.preview_url_max_zoom or PREVIEW_MAX_ZOOM))
        elif choice.kind == SourceKind.URL:
            self._preview_url(choice)
        else:
            self._preview_own_imagery(choice)

    def _preview_url(self, choice: SourceChoice) -> None:
        problem = check_source_url(choice.url, choice.url_type)
        if problem:
            self.notifier.warning(problem, topic=Topic.PREVIEW)
            return
        if choice.url_type.upper() == "WMS":
            self.notifier.warning(tr("Preview works for XYZ, TMS and Quadkey URLs; add a WMS service with "
                                     "Layer › Add Layer › Add WMS/WMTS Layer."), topic=Topic.PREVIEW)
            return
        # the login stored for that URL, as QGIS's own authcfg: QGIS sends it, never the Mapflow token
        authcfg = self.secrets.imagery_config_id(choice.url) if (choice.login or choice.password) else ""
        self._add(tr("Preview: {url}").format(url=choice.url),
                  tile_layer_source(own_url_template(choice.url, choice.url_type), authcfg=authcfg))

    def _preview_own_imagery(self, choice: SourceChoice) -> None:
        session = self.state.session
        if session is None or not choice.mosaic_id:
            self.notifier.warning(tr("Choose a mosaic of your imagery first."), topic=Topic.PREVIEW)
            return
        client = session.client
        if choice.image_id:
            fetch = lambda _ctx: client.get_image(choice.image_id)  # noqa: E731 - one-line task bodies
        else:
            fetch = lambda _ctx: client.get_mosaic(choice.mosaic_id)  # noqa: E731
        self.run_call(tr("Mapflow: imagery preview"), fetch, self._add_own,
                      lambda error: self.notifier.report(error, tr("Previewing the imagery"), topic=Topic.PREVIEW,
                                                         template=tr("The preview failed: {reason}"),
                                                         retry=lambda: self.preview(choice)))

    def _add_own(self, item) -> None:
        layer_info = getattr(item, "raster_layer", None)
        name = getattr(item, "filename", None) or getattr(item, "name", "") or item.id
        if layer_info is None or not layer_info.tile_url:
            self.notifier.warning(tr("“{name}” has no imagery tiles yet (an empty mosaic, or still being prepared)."
                                     ).format(name=name), topic=Topic.PREVIEW)
            return
        self._add(tr("Preview: {name}").format(name=name), tile_layer_source(layer_info.tile_url))

    def _add(self, name: str, source: str) -> None:
        layer = QgsRasterLayer(source, name, "wms")
        if not layer.isValid():
            self.notifier.warning(tr("QGIS could not open the preview “{name}”.").format(name=name),
                                  topic=Topic.PREVIEW)
            return
        self._project().addMapLayer(layer_roles.mark(layer, layer_roles.PREVIEW))
        self.last_layer = layer
        self.notifier.info(tr("Added the layer “{name}”.").format(name=name), topic=Topic.PREVIEW)

