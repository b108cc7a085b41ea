"""Which ``MapflowClient`` methods the sandbox tests of the api tier really called (pytest plugin).

While the tests of ``tests/api/test_sandbox_*.py`` run (setup, call and teardown), every public method of the
client records that it was called; a call made from inside another client method does not count, so a method is
"exercised" only when a test (or its fixture) called it itself, over HTTP, against the sandbox.
``tests/api/test_method_coverage.py`` reads the record after every other test (marker ``run_last``).
"""
from __future__ import annotations

import functools
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Set

import pytest

API_TESTS = Path(__file__).resolve().parents[1] / "api"
SANDBOX_TEST_PREFIX = "test_sandbox_"


@dataclass
class ClientCalls:
    calls: Dict[str, Set[str]] = field(default_factory=dict)  # method name -> node ids of the tests that called it
    selected: Set[str] = field(default_factory=set)  # sandbox tests of the api tier in this run
    deselected: Set[str] = field(default_factory=set)
    current: Optional[str] = None

    def complete(self) -> bool:
        """Every sandbox test of the api tier is in this run: the record is the whole story (a skipped or failed
        test that was the only caller of a method leaves that method uncalled, which the check reports)."""
        return bool(self.selected) and not self.deselected

    def never_called(self, methods: List[str]) -> List[str]:
        return sorted(name for name in methods if not self.calls.get(name))


RECORD = ClientCalls()
_thread = threading.local()
_originals: Dict[str, object] = {}


def public_methods(client_class) -> List[str]:
    return sorted(name for name in dir(client_class)
                  if not name.startswith("_") and callable(getattr(client_class, name)) and name != "close")


def _is_sandbox_test(item) -> bool:
    path = Path(str(item.path))
    return path.parent == API_TESTS and path.name.startswith(SANDBOX_TEST_PREFIX)


def _recorded(name: str, method):
    @functools.wraps(method)
    def wrapper(*args, **kwargs):
        outermost = not getattr(_thread, "inside", False)
        if outermost and RECORD.current is not None:
            RECORD.calls.setdefault(name, set()).add(RECORD.current)
        _thread.inside = True
        try:
            return method(*args, **kwargs)
        finally:
            if outermost:
                _thread.inside = False
    return wrapper


def pytest_collection_modifyitems(session, config, items) -> None:
    RECORD.selected.update(item.nodeid for item in items if _is_sandbox_test(item))


def pytest_deselected(items) -> None:
    RECORD.deselected.update(item.nodeid for item in items if _is_sandbox_test(item))


def pytest_sessionstart(session) -> None:
    from mapflow_processing.api import MapflowClient

    for name in public_methods(MapflowClient):
        _originals[name] = MapflowClient.__dict__.get(name)  # None: inherited from an endpoint group
        setattr(MapflowClient, name, _recorded(name, getattr(MapflowClient, name)))


def pytest_sessionfinish(session) -> None:
    from mapflow_processing.api import MapflowClient

    for name, original in _originals.items():
        if original is None:
            delattr(MapflowClient, name)
        else:
            setattr(MapflowClient, name, original)
    _originals.clear()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item, nextitem):
    RECORD.current = item.nodeid if _is_sandbox_test(item) else None
    try:
        return (yield)
    finally:
        RECORD.current = None
