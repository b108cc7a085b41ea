"""Every public method of MapflowClient is called by at least one test against the sandbox.

Not read from the tests' text: tests/support/client_calls.py records each method a ``tests/api/test_sandbox_*``
test (or its fixtures) really called, and this test runs after all of them (``run_last``).
"""
from __future__ import annotations

import pytest

from mapflow_processing.api import MapflowClient
from tests.support.client_calls import RECORD, public_methods


@pytest.mark.run_last
def test_every_client_method_is_exercised_over_http_against_the_sandbox():
    if not RECORD.complete():
        pytest.skip("needs every tests/api/test_sandbox_* test in the same run (run tests/api as a whole)")
    methods = public_methods(MapflowClient)
    assert len(methods) > 30  # the client's surface, not an empty list that passes by itself
    assert RECORD.never_called(methods) == []
