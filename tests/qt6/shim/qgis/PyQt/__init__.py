"""``qgis.PyQt`` of a QGIS 4 build: the PyQt6 modules, with the compatibility additions QGIS 4 makes."""
