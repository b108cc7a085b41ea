"""The "Mapflow" provider of the QGIS Processing toolbox: batch runs, Model Builder models and ``qgis_process``.

A layer beside ``ui``: it may import ``tasks``, ``layers``, ``integration``, ``core`` and ``api``; only
``plugin.py`` imports it. Loading the provider imports Qt and QGIS classes only: the client, ``requests`` and the
rules load when an algorithm runs (``qgis_process`` loads every provider for every command).
"""
