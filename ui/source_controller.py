"""The imagery source: a data provider at a zoom, the user's own tile/WMS URL (with an optional login kept in the
QGIS authentication database), or own imagery (a mosaic or one image, see ``imagery_controller``).

It turns the source widget's ``SourceChoice`` into the draft's ``SourcePick`` (API source params, or the reason
the choice cannot be used yet) and shows the imagery price.
"""
from __future__ import annotations

from typing import Optional, Tuple

from ..api.models.user import DataProvider
from ..core.choices import SOURCE_KIND_ORDER, ChoiceKey, ProviderItem, SourceChoice, SourceKind
from ..core.formatting import LocalNumber
from ..core.pricing import provider_price
from ..core.source_choice import find_provider, pick_source
from ..integration.auth import AuthError, SecretStore
from ..integration.messages import Notifier, Topic, guarded, tr
from ..integration.project_choices import ChoiceMemory
from ..integration.session_state import Session, SessionState
from ..integration.messages import QT_TRANSLATE_NOOP
from .controller_support import SectionController
from .draft import ProcessingDraft, SourcePick


def provider_item(provider: DataProvider) -> ProviderItem:
    return ProviderItem(provider.name, provider.display_name,
                        tuple(sorted((p.zoom, p.price_sq_km) for p in provider.prices)), provider.min_area_sq_km)


def _int_or_none(text: str) -> Optional[int]:
    try:
        return int(text) if text else None
    except ValueError:
        return None


class SourceController(SectionController):
    def __init__(self, widget, state: SessionState, draft: ProcessingDraft, notifier: Notifier,
                 memory: ChoiceMemory, secrets: SecretStore, parent=None):
        super().__init__(state, None, notifier, widget, parent)
        self.draft = draft
        self.memory = memory
        self.secrets = secrets
        self._providers: Tuple[DataProvider, ...] = ()
        self._saved_login: Optional[tuple] = None  # (url, login, password) last written to the auth database
        self.listen(widget.choice_changed, self._on_choice)
        self.listen(widget.urlEdit.editingFinished, self._fill_stored_login)
        self.listen(state.changed, self._on_session)
        self.listen(memory.restored, self.restore)
        self.restore()

    @property
    def providers(self) -> Tuple[DataProvider, ...]:
        return self._providers

    def provider(self, name: Optional[str]) -> Optional[DataProvider]:
        return find_provider(self._providers, name)

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Listing the data providers"))
    def _on_session(self, session: Optional[Session]) -> None:
        self._providers = tuple(session.user_status.data_providers) if session is not None else ()
        with self.memory.quietly():
            self.widget.set_providers([provider_item(p) for p in self._providers],
                                      self.memory.get(ChoiceKey.PROVIDER))
            if session is not None:
                self.widget.set_choice(self.remembered_choice())
        if session is None:
            self.draft.set_source(None)

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Restoring the imagery choice"))
    def restore(self) -> None:
        """Show the choice remembered for this QGIS project (or the last one)."""
        choice = self.remembered_choice()
        with self.memory.quietly():
            if choice.kind == SourceKind.URL:
                self._show_stored_login(choice.url)
            self.widget.set_choice(choice)

    def _show_stored_login(self, url: str) -> None:
        """A restored URL comes with the login stored for it (the server never echoes a password), or none."""
        stored = None
        if url and self.secrets.imagery_config_id(url):
            try:
                stored = self.secrets.load_imagery_login(url)
            except AuthError as error:
                self.notifier.warning(str(error), topic=Topic.IMAGERY)
        self.widget.loginEdit.setText(stored.login if stored is not None else "")
        self.widget.passwordEdit.setText(stored.password if stored is not None else "")
        self._saved_login = (url, stored.login, stored.password) if stored is not None else None

    def remembered_choice(self) -> SourceChoice:
        get = self.memory.get
        kinds = {kind.value: kind for kind in SOURCE_KIND_ORDER}
        kind = kinds.get(get(ChoiceKey.SOURCE_KIND), SourceKind.PROVIDER)
        zoom = _int_or_none(get(ChoiceKey.URL_ZOOM if kind == SourceKind.URL else ChoiceKey.ZOOM))
        return SourceChoice(kind, provider_name=get(ChoiceKey.PROVIDER) or None, zoom=zoom, url=get(ChoiceKey.URL),
                            url_type=get(ChoiceKey.URL_TYPE) or "XYZ", mosaic_id=get(ChoiceKey.MOSAIC) or None,
                            image_id=get(ChoiceKey.IMAGE) or None)

    def _remember(self, choice: SourceChoice, pick: SourcePick) -> None:
        remember = self.memory.remember
        remember(ChoiceKey.SOURCE_KIND, choice.kind.value)
        if choice.kind == SourceKind.PROVIDER and pick.provider is not None:
            remember(ChoiceKey.PROVIDER, pick.provider.name)
            remember(ChoiceKey.ZOOM, "" if choice.zoom is None else choice.zoom)
        elif choice.kind == SourceKind.URL:
            remember(ChoiceKey.URL, choice.url)
            remember(ChoiceKey.URL_TYPE, choice.url_type)
            remember(ChoiceKey.URL_ZOOM, "" if choice.zoom is None else choice.zoom)
        elif choice.mosaic_id:
            remember(ChoiceKey.MOSAIC, choice.mosaic_id)
            remember(ChoiceKey.IMAGE, choice.image_id or "")

    # --- choice → draft ----------------------------------------------------------------------------------------
    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Choosing the imagery"))
    def _on_choice(self, choice: SourceChoice) -> None:
        if choice.kind == SourceKind.SEARCH:  # scenes of the imagery search: SceneSourceController's part
            self.memory.remember(ChoiceKey.SOURCE_KIND, choice.kind.value)
            self.widget.set_url_check("")
            return
        pick = self.pick_for(choice)
        self.widget.set_url_check(pick.problem if choice.kind == SourceKind.URL else "")
        self.widget.set_price_text(self._price_text(pick))
        self._remember(choice, pick)
        if choice.kind == SourceKind.URL and not pick.problem:
            self._keep_login(choice)
        self.draft.set_source(pick)

    def pick_for(self, choice: SourceChoice) -> SourcePick:
        return pick_source(choice, self._providers)

    def _price_text(self, pick: SourcePick) -> str:
        if pick.provider is not None:
            price = provider_price(pick.provider).price_at(pick.zoom)
            text = tr("Imagery: {price:g} credits/km² at zoom {zoom}").format(price=LocalNumber(price), zoom=pick.zoom)
            if pick.provider.min_area_sq_km:
                text += tr("; at least {area:g} km² per processing").format(
                    area=LocalNumber(pick.provider.min_area_sq_km))
            return text
        if pick.usable:
            return tr("Imagery: no data charge for your own imagery.")
        return ""

    # --- imagery logins ----------------------------------------------------------------------------------------
    def _keep_login(self, choice: SourceChoice) -> None:
        """The login of an own URL goes into the QGIS authentication database (once per change)."""
        key = (choice.url, choice.login, choice.password)
        if key == self._saved_login or not (choice.login or choice.password):
            return
        try:
            self.secrets.save_imagery_login(choice.url, choice.login, choice.password)
            self._saved_login = key
        except AuthError as error:
            self.notifier.warning(tr("The imagery login could not be stored: {reason}").format(reason=error),
                                  topic=Topic.IMAGERY)

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Reading the stored imagery login"))
    def _fill_stored_login(self) -> None:
        url = self.widget.urlEdit.text().strip()
        if not url or self.widget.loginEdit.text() or self.widget.passwordEdit.text():
            return
        try:
            stored = self.secrets.load_imagery_login(url)
        except AuthError as error:
            self.notifier.warning(str(error), topic=Topic.IMAGERY)
            return
        if stored is not None:
            self.widget.loginEdit.setText(stored.login)
            self.widget.passwordEdit.setText(stored.password)
            self._saved_login = (url, stored.login, stored.password)
            self._on_choice(self.widget.choice())

