"""Scenes of an imagery search as the processing's imagery: the "Imagery search" choice of the Imagery section.

``use(images)`` (from the search's "Use for processing", later also from a planned search's results) checks the
multi-scene rules (``core.search_rules``), makes the choice the Imagery section's, and puts a ``SourcePick`` into
the draft whose ``imagerySearch`` params name the scenes and whose footprints make the draft cut the AOI to them
(``ProcessingDraft.processed_aoi``): cost and start then work as for any source. The section shows the scenes,
the price and what the cut takes (lost km² and %); nothing left blocks the start with a clear reason.
"""
from __future__ import annotations

from typing import List, Optional, Sequence

from qgis.PyQt.QtCore import pyqtSignal

from ..api.models import CatalogImage
from ..core.choices import SourceChoice, SourceKind
from ..core.formatting import LocalNumber
from ..core.pricing import provider_price
from ..core.processing_plan import SourcePick
from ..core.search_rules import crop_reasons, scene_choice_problem, scenes_label, search_source
from ..integration.messages import Notifier, Topic, guarded, tr
from ..integration.session_state import Session, SessionState
from ..integration.messages import QT_TRANSLATE_NOOP
from .controller_support import SectionController
from .draft import ProcessingDraft
from .source_controller import find_provider


class SceneSourceController(SectionController):
    search_requested = pyqtSignal()  # the user wants the Search tab (from the Imagery section's button)

    def __init__(self, source_widget, state: SessionState, draft: ProcessingDraft, notifier: Notifier, parent=None):
        super().__init__(state, None, notifier, source_widget, parent)
        self.draft = draft
        self.images: List[CatalogImage] = []
        self.template_id: Optional[str] = None  # the planned search that found the scenes (None: a search)
        self.template_name = ""
        self._pick: Optional[SourcePick] = None
        self._crop_shown = ""  # the crop warning last put in the message bar (not repeated on every change)
        self.listen(source_widget.choice_changed, self._on_choice)
        self.listen(source_widget.search_requested, self.search_requested.emit)
        self.listen(draft.changed, self._on_draft)
        self.listen(state.changed, self._on_session)
        if self.active:  # a remembered "Imagery search" choice, shown before this controller existed
            self.publish()
        else:
            self._show()

    @property
    def active(self) -> bool:
        return self.widget.kind() == SourceKind.SEARCH

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Using the chosen scenes"))
    def use(self, images: Sequence[CatalogImage], template_id: Optional[str] = None, template_name: str = "") -> None:
        """Make these scenes the imagery of the processing (the rules are checked again here). ``template_id``:
        a planned search found them, and the processing is started through it."""
        images = list(images)
        problem = scene_choice_problem(images)
        if problem is not None:
            self.notifier.warning(problem.text, topic=Topic.SEARCH)
            return
        self.images = images
        self.template_id, self.template_name = template_id, template_name
        self._crop_shown = ""
        self.notifier.success(tr("Imagery for the processing: {scenes}.").format(scenes=scenes_label(images)),
                              topic=Topic.SEARCH)
        if self.active:
            self.publish()
        else:
            self.widget.set_kind(SourceKind.SEARCH)  # its choice_changed publishes

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Choosing the imagery"))
    def _on_choice(self, choice: SourceChoice) -> None:
        if choice.kind == SourceKind.SEARCH:
            self.publish()

    def _on_session(self, _session: Optional[Session]) -> None:
        self.images = []
        self.template_id, self.template_name = None, ""
        if self.active:
            self.publish()

    def pick(self) -> SourcePick:
        images = self.images
        if not images:
            return SourcePick(problem=tr("Search the imagery (Search tab) and choose one or more scenes."))
        problem = scene_choice_problem(images)
        if problem is not None:
            return SourcePick(problem=problem.text)
        source = search_source(images)
        session = self.state.session
        providers = session.user_status.search_data_providers if session is not None else ()
        provider = find_provider(providers, source.data_provider)
        label = scenes_label(images)
        if self.template_id:
            label = tr("{scenes}, found by the planned search “{name}”").format(scenes=label, name=self.template_name)
        return SourcePick(source, label, provider, source.zoom,
                          footprints=tuple(image.footprint for image in images), template_id=self.template_id)

    def publish(self) -> None:
        """Put the chosen scenes (or what is missing) into the draft and show them."""
        self._pick = self.pick()
        self.draft.set_source(self._pick)
        self._show()

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Showing the chosen scenes"))
    def _on_draft(self, *_args) -> None:
        if self.active:
            self._show()

    def _show(self) -> None:
        pick = self._pick
        if not self.images or pick is None:
            self.widget.set_search_summary(tr("No scenes chosen yet: find them in the Search tab and press "
                                              "“Use for processing”."))
            if self.active:
                self.widget.set_price_text("")
            return
        crop_text = ""
        if pick.usable and self.draft.source == pick:
            reasons = crop_reasons(self.draft.aoi_crop())
            crop_text = reasons[0].text if reasons else ""
            warning = next((r.text for r in reasons if not r.blocking), "")
            if warning and warning != self._crop_shown:
                self.notifier.warning(warning, topic=Topic.SEARCH)
            self._crop_shown = warning
        self.widget.set_search_summary(tr("Scenes: {scenes}").format(scenes=pick.label) if pick.usable
                                       else pick.problem, crop_text)
        if self.active:
            self.widget.set_price_text(self._price_text(pick))

    @staticmethod
    def _price_text(pick: SourcePick) -> str:
        if pick.provider is None or not pick.usable:
            return ""
        price = provider_price(pick.provider).price_at(pick.zoom)
        text = tr("Imagery: {price:g} credits/km² at zoom {zoom}").format(price=LocalNumber(price), zoom=pick.zoom)
        if pick.provider.min_area_sq_km:
            text += tr("; at least {area:g} km² per processing").format(area=LocalNumber(pick.provider.min_area_sq_km))
        return text
