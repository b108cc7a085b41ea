"""Models of the chosen project (``workflowDefs``) with their prices; the model and its option choices are
remembered per QGIS project (falling back to the user's last choice)."""
from __future__ import annotations

import json
from typing import Dict, Optional, Tuple

from ..api.models.user import WorkflowDef
from ..core.choices import BlockItem, ChoiceKey, ModelChoice, ModelItem, model_blocks_key
from ..core.formatting import LocalNumber
from ..core.pricing import model_price
from ..integration.messages import Notifier, guarded, tr
from ..integration.project_choices import ChoiceMemory
from ..integration.session_state import Session, SessionState
from ..integration.messages import QT_TRANSLATE_NOOP
from .controller_support import SectionController
from .draft import ModelPick, ProcessingDraft


def model_item(model: WorkflowDef) -> ModelItem:
    return ModelItem(model.id, model.name, model_price(model).price_per_km2(()), tuple(
        BlockItem(b.name, b.display_name, b.optional, b.price) for b in model.blocks))


def price_text(pick: ModelPick) -> str:
    total, base = pick.price_per_km2, pick.base_price_per_km2
    options = total - base
    if options > 0:
        return tr("Model price: {total:g} credits/km² ({base:g} + {options:g} for the options)").format(
            total=LocalNumber(total), base=LocalNumber(base), options=LocalNumber(options))
    return tr("Model price: {total:g} credits/km²").format(total=LocalNumber(total))


class ModelController(SectionController):
    def __init__(self, widget, state: SessionState, draft: ProcessingDraft, notifier: Notifier,
                 memory: ChoiceMemory, parent=None):
        super().__init__(state, None, notifier, widget, parent)
        self.draft = draft
        self.memory = memory
        self._models: Tuple[WorkflowDef, ...] = ()
        self.listen(widget.choice_changed, self._on_choice)
        self.listen(state.changed, self._on_project)
        self.listen(state.project_changed, self._on_project)
        self.listen(memory.restored, lambda: self._on_project(self.state.session))

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Listing the models"))
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
        remembered_name = self.memory.get(ChoiceKey.MODEL)
        current = next((m.id for m in self._models if m.name == remembered_name), "")
        with self.memory.quietly():
            self.widget.set_models([model_item(m) for m in self._models], current, self.remembered_blocks)
        if not self._models:
            self.draft.set_model(None)

    def remembered_blocks(self, model_id: str) -> Dict[str, bool]:
        text = self.memory.get(model_blocks_key(model_id))
        try:
            value = json.loads(text) if text else {}
        except ValueError:  # a hand-edited setting or project entry: forget it rather than fail
            return {}
        return {str(k): bool(v) for k, v in value.items()} if isinstance(value, dict) else {}

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Choosing the model"))
    def choose(self, model_id: Optional[str], model_name: Optional[str], enabled_blocks: Tuple[str, ...] = ()) -> bool:
        """Show this model with these options (a planned search's kept choices); False when the project has no such
        model (the choice stays as it was)."""
        model = next((m for m in self._models if model_id and m.id == model_id), None) or next(
            (m for m in self._models if model_name and m.name == model_name), None)
        if model is None:
            return False
        wanted = {name.lower() for name in enabled_blocks}
        blocks = {b.name: b.name.lower() in wanted for b in model.optional_blocks}
        self.widget.set_models([model_item(m) for m in self._models], model.id,
                               lambda mid: blocks if mid == model.id else self.remembered_blocks(mid))
        return True

    @guarded(QT_TRANSLATE_NOOP("MapflowActions", "Choosing the model"))
    def _on_choice(self, choice: ModelChoice) -> None:
        model = next((m for m in self._models if m.id == choice.model_id), None)
        if model is None:
            self.draft.set_model(None)
            return
        self.memory.remember(ChoiceKey.MODEL, model.name)
        self.memory.remember(model_blocks_key(model.id), json.dumps(choice.enabled_blocks(), sort_keys=True))
        pick = ModelPick(model, tuple(name for name, enabled in choice.blocks if enabled))
        self.widget.set_price_text(price_text(pick))
        self.draft.set_model(pick)
