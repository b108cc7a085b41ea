#!/usr/bin/env bash
# The whole suite, in tiers; every tier runs even when an earlier one fails, and the exit code reports any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
PY=.venv/bin/python
status=0
run() {
  local name=$1; shift
  echo "=== $name ==="
  "$@"
  local rc=$?
  if [[ $rc -ne 0 ]]; then echo "=== $name FAILED (exit $rc) ==="; status=1; fi
}
run "lint" bash scripts/lint.sh
run "tier 1: QGIS-free (unit, api client vs sandbox, sandbox, benchmark self-tests)" $PY -m pytest tests/unit tests/api tests/sandbox benchmarks/tests
run "tier 2: PyQGIS (pytest-qgis), plugin load/package, hardening, Processing provider" $PY -m pytest tests/qgis tests/plugin tests/hardening tests/processing
run "tier 3: UI (dock driven headless against a sandbox)" $PY -m pytest tests/ui
run "tier 4: Qt6 (PyQt6 forms and widgets, no QGIS)" bash scripts/test_qt6.sh
if [[ $status -eq 0 ]]; then echo "=== all tiers passed ==="; else echo "=== some tiers FAILED ==="; fi
exit $status
