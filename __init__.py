"""Mapflow Processing: QGIS plugin entry point. Imports nothing from QGIS at module import time."""


def classFactory(iface):  # noqa: N802 - the name QGIS looks for
    from .plugin import MapflowProcessingPlugin

    return MapflowProcessingPlugin(iface)
