"""Models of the chosen project (``workflowDefs``) with their prices; the option choices are remembered per model."""
from __future__ import annotations

import json
from typing import Dict, Optional, Tuple

from qgis.PyQt.QtCore import QObject

from ..api.models.user import WorkflowDef
from ..core import settings as catalogue
from ..core.choices import BlockItem, ModelChoice, ModelItem
from ..core.settings import SettingSpec
from ..integration.messages import Notifier, guarded, tr
from ..integration.session_state import Session, SessionState
from ..integration.settings_store import SettingsStore
from .controller_support import SignalConnections
from .draft import ModelPick, ProcessingDraft

# Per model: {"<block name>": true|false} as JSON text (QgsSettings keeps plain values best).
BLOCKS_GROUP = catalogue.MODEL_BLOCKS_GROUP


def blocks_spec(model_id: str) -> SettingSpec:
    safe = "".join(c for c in model_id if c.isalnum() or c in "-_") or "unknown"
    return SettingSpec(f"{BLOCKS_GROUP}/{safe}", str, "")


def model_item(model: WorkflowDef) -> ModelItem:
    return ModelItem(model.id, model.name, model.base_price, tuple(
        BlockItem(b.name, b.display_name, b.optional, b.price) for b in model.blocks))


def price_text(pick: ModelPick) -> str:
    options = pick.price_per_km2 - pick.model.base_price
    if options > 0:
        return tr("Model price: {total:g} credits/km² ({base:g} + {options:g} for the options)").format(
            total=pick.price_per_km2, base=pick.model.base_price, options=options)
    return tr("Model price: {total:g} credits/km²").format(total=pick.price_per_km2)


class ModelController(QObject):
    def __init__(self, widget, state: SessionState, draft: ProcessingDraft, notifier: Notifier,
                 settings: SettingsStore, parent=None):
        super().__init__(parent)
        self._links = SignalConnections()  # undone by shutdown(): widgets may outlive us briefly
        self.widget = widget
        self.state = state
        self.draft = draft
        self.notifier = notifier
        self.settings = settings
        self._models: Tuple[WorkflowDef, ...] = ()
        self._links.connect(widget.choice_changed, self._on_choice)
        self._links.connect(state.changed, self._on_project)
        self._links.connect(state.project_changed, self._on_project)

    @guarded("Listing the models")
    def _on_project(self, session: Optional[Session]) -> None:
        if session is None:
            self._models = ()
            self.widget.set_models([])
            self.widget.set_price_text("")
            self.draft.set_model(None)
            return
        models = tuple(session.project.workflow_defs) if session.project is not None else ()
        self._models = models or tuple(session.user_status.models)
        if not self._models:
            self.widget.set_price_text(tr("This project has no models; ask Mapflow support to link one."))
        remembered_name = self.settings.get(catalogue.LAST_MODEL_NAME)
        current = next((m.id for m in self._models if m.name == remembered_name), "")
        self.widget.set_models([model_item(m) for m in self._models], current, self.remembered_blocks)
        if not self._models:
            self.draft.set_model(None)

    def remembered_blocks(self, model_id: str) -> Dict[str, bool]:
        text = self.settings.get(blocks_spec(model_id))
        try:
            value = json.loads(text) if text else {}
        except ValueError:  # a hand-edited setting: forget it rather than fail
            return {}
        return {str(k): bool(v) for k, v in value.items()} if isinstance(value, dict) else {}

    @guarded("Choosing the model")
    def _on_choice(self, choice: ModelChoice) -> None:
        model = next((m for m in self._models if m.id == choice.model_id), None)
        if model is None:
            self.draft.set_model(None)
            return
        blocks = choice.enabled_blocks()
        self.settings.set(catalogue.LAST_MODEL_NAME, model.name)
        self.settings.set(blocks_spec(model.id), json.dumps(blocks, sort_keys=True))
        pick = ModelPick(model, tuple(name for name, enabled in choice.blocks if enabled))
        self.widget.set_price_text(price_text(pick))
        self.draft.set_model(pick)

    def shutdown(self) -> None:
        self._links.disconnect_all()
