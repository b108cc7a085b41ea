"""Test-only stand-in for the ``qgis`` package of a QGIS 4 (Qt6) build, for the Qt6 tier.

Only ``qgis.PyQt`` is modelled closely (it re-exports PyQt6 the way QGIS 4's shim does); ``qgis.core`` and
``qgis.gui`` hold a handful of minimal stand-ins for the few classes that ``ui/`` widget modules touch.
Nothing here is shipped, and nothing here is used by the QGIS 3.22 tiers.
"""
