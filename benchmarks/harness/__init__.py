"""Shared machinery of the benchmark cases: work folders, processes, headless QGIS, stall ticker, the sandbox."""
