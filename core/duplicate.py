"""Duplicating a processing: what the Start section should show for a copy of it (QGIS-free).

``get_processing`` echoes the request (model, options, ``params.sourceParams``); :func:`plan_duplicate` turns it
into the choices the dock's sections remember (``core.choices.ChoiceKey``: each section shows them itself), the
name of the copy and the notes the user must read (a model or provider this project or account lacks, a password
the server never echoes, own imagery of several images). The AOI is the processing's own AOIs
(``GET /processings/{id}/aois``), read by the caller.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Dict, Iterable, Optional, Sequence, Tuple

from ..api.i18n import QT_TRANSLATE_NOOP, translate
from ..api.models.processing import Processing
from ..api.models.sources import (DataProviderSource, ImagerySearchSource, MyImagerySource, SourceType,
                                  UserDefinedSource)
from ..api.models.user import DataProvider, WorkflowDef
from .choices import URL_TYPES, ChoiceKey, SourceKind, model_blocks_key

CONTEXT = "MapflowDuplicate"
_COPY_SUFFIX = re.compile(r"\s*\(copy(?: (\d+))?\)$")


def _t(text: str) -> str:
    return translate(text, CONTEXT)


@dataclass(frozen=True)
class DuplicatePlan:
    """What a copy of a processing starts from; ``choices`` are ``ChoiceKey`` values → text."""

    name: str
    model: Optional[WorkflowDef]
    choices: Dict[str, str] = field(default_factory=dict)
    search_source: Optional[ImagerySearchSource] = None  # scenes of an imagery search (no section for them yet)
    raster_login: str = ""  # the login of a custom URL (its password is never echoed)
    notes: Tuple[str, ...] = ()

    @property
    def source_kind(self) -> str:
        return self.choices.get(ChoiceKey.SOURCE_KIND.value, "")


def copy_name(name: str, existing: Iterable[str] = ()) -> str:
    """"Roofs" → "Roofs (copy)"; then "(copy 2)", "(copy 3)"… whichever is free; a copy of a copy counts on."""
    base = _COPY_SUFFIX.sub("", (name or "").strip()) or _t(QT_TRANSLATE_NOOP("MapflowDuplicate", "Processing"))
    taken = {n.strip() for n in existing}
    candidate = f"{base} (copy)"
    number = 1
    while candidate in taken or candidate == (name or "").strip():
        number += 1
        candidate = f"{base} (copy {number})"
    return candidate


def find_model(processing: Processing, models: Sequence[WorkflowDef]) -> Optional[WorkflowDef]:
    """The processing's model among ``models``: by id, else by name (another project's copy of the model)."""
    wanted = processing.workflow_def
    if wanted is None:
        return None
    return next((m for m in models if m.id == wanted.id), None) or \
        next((m for m in models if m.name == wanted.name), None)


def _model_choices(processing: Processing, model: WorkflowDef) -> Dict[str, str]:
    enabled = set(processing.enabled_blocks)
    blocks = {b.name: b.name in enabled for b in model.blocks if b.optional}
    return {ChoiceKey.MODEL.value: model.name, model_blocks_key(model.id): json.dumps(blocks, sort_keys=True)}


def _zoom(value: Optional[int]) -> str:
    return "" if value is None else str(int(value))


def plan_duplicate(processing: Processing, models: Sequence[WorkflowDef], providers: Sequence[DataProvider],
                   existing_names: Iterable[str] = (), image_mosaic: str = "") -> DuplicatePlan:
    """The copy's choices. ``models``: those of the current project; ``providers``: the account's data providers;
    ``image_mosaic``: the mosaic of own images the processing named without a mosaic (the caller looks it up)."""
    notes = []
    choices: Dict[str, str] = {}
    model = find_model(processing, models)
    if model is not None:
        choices.update(_model_choices(processing, model))
    else:
        notes.append(_t(QT_TRANSLATE_NOOP(
            "MapflowDuplicate", "The model “{model}” of the original is not available in this project; choose a "
                                "model.")).format(model=processing.model_name or "?"))
    source = processing.params.source
    search_source = None
    login = ""
    if isinstance(source, DataProviderSource):
        provider = next((p for p in providers if p.name.lower() == source.provider_name.lower()), None)
        if provider is None:
            notes.append(_t(QT_TRANSLATE_NOOP(
                "MapflowDuplicate", "The data provider “{provider}” of the original is not available to your "
                                    "account; choose the imagery.")).format(provider=source.provider_name))
        else:
            choices.update({ChoiceKey.SOURCE_KIND.value: SourceKind.PROVIDER.value,
                            ChoiceKey.PROVIDER.value: provider.name, ChoiceKey.ZOOM.value: _zoom(source.zoom)})
    elif isinstance(source, UserDefinedSource) and source.source_type.value in URL_TYPES:
        choices.update({ChoiceKey.SOURCE_KIND.value: SourceKind.URL.value, ChoiceKey.URL.value: source.url,
                        ChoiceKey.URL_TYPE.value: source.source_type.value,
                        ChoiceKey.URL_ZOOM.value: _zoom(source.zoom)})
        login = source.raster_login or ""
    elif isinstance(source, UserDefinedSource):
        kind = "GeoTIFF" if source.source_type is SourceType.LOCAL else source.source_type.value
        notes.append(_t(QT_TRANSLATE_NOOP(
            "MapflowDuplicate", "The original read its imagery from a {kind} source the dock cannot choose; choose "
                                "the imagery.")).format(kind=kind))
    elif isinstance(source, MyImagerySource):
        mosaic = source.mosaic_id or image_mosaic
        if not mosaic:
            notes.append(_t(QT_TRANSLATE_NOOP(
                "MapflowDuplicate", "The imagery of the original was not found among your imagery; choose the "
                                    "imagery.")))
        else:
            image = source.image_ids[0] if len(source.image_ids) == 1 else ""
            choices.update({ChoiceKey.SOURCE_KIND.value: SourceKind.MY_IMAGERY.value,
                            ChoiceKey.MOSAIC.value: mosaic, ChoiceKey.IMAGE.value: image})
            if len(source.image_ids) > 1:
                notes.append(_t(QT_TRANSLATE_NOOP(
                    "MapflowDuplicate", "The original used {count} images of a mosaic; the copy uses the whole "
                                        "mosaic. Choose one image if you need fewer.")).format(
                    count=len(source.image_ids)))
    elif isinstance(source, ImagerySearchSource) and source.image_ids:
        search_source = source
    else:
        notes.append(_t(QT_TRANSLATE_NOOP(
            "MapflowDuplicate", "The imagery source of the original is not known; choose the imagery.")))
    return DuplicatePlan(name=copy_name(processing.name, existing_names), model=model, choices=choices,
                         search_source=search_source, raster_login=login, notes=tuple(notes))
