"""Where result layers go in the layer tree: a "Mapflow" group at the top, one sub-group per processing name.

GUI thread only. The "Mapflow" group is created once, at the top; if the user moved it, it stays where it is.
"""
from __future__ import annotations

from typing import Optional, Sequence

from qgis.core import QgsLayerTree, QgsLayerTreeGroup, QgsMapLayer, QgsProject

MAPFLOW_GROUP_NAME = "Mapflow"


def _child_group(parent: QgsLayerTreeGroup, name: str) -> Optional[QgsLayerTreeGroup]:
    """A direct child group by name (``findGroup`` would also match a same-named group deeper down)."""
    for child in parent.children():
        if QgsLayerTree.isGroup(child) and child.name() == name:
            return child
    return None


def mapflow_group(project: QgsProject) -> QgsLayerTreeGroup:
    root = project.layerTreeRoot()
    return _child_group(root, MAPFLOW_GROUP_NAME) or root.insertGroup(0, MAPFLOW_GROUP_NAME)


def processing_group(project: QgsProject, processing_name: str) -> QgsLayerTreeGroup:
    """The sub-group of one processing; a new one goes on top, so the latest results are seen first."""
    parent = mapflow_group(project)
    return _child_group(parent, processing_name) or parent.insertGroup(0, processing_name)


def add_to_processing_group(project: QgsProject, processing_name: str,
                            layers_top_to_bottom: Sequence[QgsMapLayer]) -> QgsLayerTreeGroup:
    """Register the layers with the project and place them, in the given order, at the top of the sub-group."""
    group = processing_group(project, processing_name)
    for position, layer in enumerate(layers_top_to_bottom):
        project.addMapLayer(layer, False)  # False: we choose the tree position ourselves
        group.insertLayer(position, layer)
    return group
