"""Loading a result GeoPackage when Processing adds outputs to the project: one layer per table (polygons, lines,
points), each named and given the plugin's QML style for its model by a layer post-processor.

Processing would load the destination path as one layer (the first table, with its default style). When it is
going to load it (``willLoadLayerOnCompletion``), that entry is replaced by one entry per table with the same
project and output name, each carrying a ``ResultStyler``.
"""
from __future__ import annotations

from typing import List, Sequence

from qgis.core import QgsProcessingContext, QgsProcessingLayerPostProcessorInterface, QgsVectorLayer

from ..integration.messages import tr

# The context takes the post-processors over, but the Python side of each must outlive the run: kept here
# (a few small objects per run).
_ALIVE: List["ResultStyler"] = []
_KEEP_AT_MOST = 256


class ResultStyler(QgsProcessingLayerPostProcessorInterface):
    def __init__(self, style_name: str, layer_name: str):
        super().__init__()
        self.style_name = style_name
        self.layer_name = layer_name

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 - QGIS API
        if not isinstance(layer, QgsVectorLayer):
            return
        from ..layers.styles import apply_style

        layer.setName(self.layer_name)
        problem = apply_style(layer, self.style_name)
        if problem and feedback is not None:
            feedback.pushWarning(problem)


def _keep(styler: ResultStyler) -> ResultStyler:
    _ALIVE.append(styler)
    del _ALIVE[:-_KEEP_AT_MOST]
    return styler


def result_layer_names(processing_names: Sequence[str], families: Sequence[str]) -> List[str]:
    from ..layers.results import geopackage_layer_name

    if len(processing_names) == 1:
        base = processing_names[0]
    else:
        base = tr("Mapflow results ({count} processings)").format(count=len(processing_names))
    return [geopackage_layer_name(base, family, len(families)) for family in families]


def load_per_table(context: QgsProcessingContext, chosen: str, path: str, merged, workflow_names: Sequence[str],
                   processing_names: Sequence[str]) -> int:
    """Replace the load of the output ``chosen`` (written as ``path``) by one styled layer per table of ``path``;
    returns how many layers will be loaded."""
    if not context.willLoadLayerOnCompletion(chosen):
        return 0
    from ..layers.styles import DEFAULT, file_style_name, model_key_for_workflow

    details = context.layerToLoadOnCompletionDetails(chosen)
    project, output_name = details.project, details.outputName
    pending = context.layersToLoadOnCompletion()
    pending.pop(chosen, None)
    context.setLayersToLoadOnCompletion(pending)
    keys = {model_key_for_workflow(name) for name in workflow_names}
    model_key = keys.pop() if len(keys) == 1 else DEFAULT
    names = result_layer_names(processing_names, [layer.table for layer in merged.layers])
    for layer, name in zip(merged.layers, names):
        entry = QgsProcessingContext.LayerDetails(name, project, output_name)
        entry.setPostProcessor(_keep(ResultStyler(file_style_name(model_key, layer.table, layer.field_names), name)))
        context.addLayerToLoadOnCompletion(f"{path}|layername={layer.table}", entry)
    return len(merged.layers)
