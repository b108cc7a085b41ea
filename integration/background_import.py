"""Imports modules in a worker thread, so the GUI thread paints and answers while Python reads them.

The dock's first show paints its shell and Start tab at once and composes the controllers only when their modules
(api, requests, every section's widgets and forms) are in; importing them takes several hundred milliseconds of
pure Python, which on the GUI thread would freeze QGIS. Python's import locks make a later import of the same
module on the GUI thread wait for the worker's (or do it itself if the worker failed), so nothing is imported
twice or half.
"""
from __future__ import annotations

import importlib
import threading
from typing import Optional, Sequence


class BackgroundImport:
    """Starts importing ``modules`` at once in a daemon thread; ``done()`` says when it has ended."""

    def __init__(self, modules: Sequence[str]):
        self.modules = tuple(modules)
        self.error: Optional[BaseException] = None
        self._finished = threading.Event()
        self._thread = threading.Thread(target=self._run, name="mapflow-processing-import", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            for name in self.modules:
                importlib.import_module(name)
        except BaseException as exc:  # reported by whoever imports again on the GUI thread (same error, real trace)
            self.error = exc
        finally:
            self._finished.set()

    def done(self) -> bool:
        return self._finished.is_set()

    def wait(self, timeout_s: Optional[float] = None) -> bool:
        return self._finished.wait(timeout_s)
