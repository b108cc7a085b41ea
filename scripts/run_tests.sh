#!/usr/bin/env bash
# The whole suite in two processes side by side: the QGIS-free tier in the background, and the three QGIS tiers
# together (PyQGIS, plugin and hardening, toolbox, UI) in one process as `python -m pytest tests` would run them, so
# that what one QGIS tier leaves behind for the next (the auth-database deadlock was such a case) shows here; then
# the Qt6 tier. Every tier runs even when another fails, and the exit code reports any failure. The harness (tests/support/harness.py) makes each exit code honest and
# checks that nothing is left running; this script gives the whole run its own temp folder and fails if anything is
# left in it at the end.
set -uo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
export HYPOTHESIS_PROFILE=${HYPOTHESIS_PROFILE:-ci}  # derandomized, no deadline (docs/DEVELOPING.md, "Testing")
PY=.venv/bin/python
RUN_TMP=$(mktemp -d "${TMPDIR:-/tmp}/mapflow-make-test-XXXXXX")
trap 'rm -rf "$RUN_TMP"' EXIT
export TMPDIR=$RUN_TMP
status=0
run() {
  local name=$1; shift
  echo "=== $name ==="
  "$@"
  local rc=$?
  if [[ $rc -ne 0 ]]; then echo "=== $name FAILED (exit $rc) ==="; status=1; fi
}
TIER1=(tests/unit tests/api tests/sandbox tests/harness benchmarks/tests)
TIER1_NAME="tier 1: QGIS-free (unit, api client vs sandbox, sandbox, harness, benchmark self-tests)"
# Tier 1 (no plugin in QGIS; a few tests draw sandbox tiles with QGIS) mostly waits on its sandbox: it runs beside
# the QGIS tiers, on the second core, its output kept in a file and shown when it ends; that nearly halves the wall
# time of `make test`. MAPFLOW_TESTS_SERIAL=1 runs it first instead, in the foreground.
if [[ -n ${MAPFLOW_TESTS_SERIAL:-} ]]; then
  run "$TIER1_NAME" $PY -m pytest "${TIER1[@]}"
else
  TIER1_LOG=$(mktemp "${RUN_TMP}.tier1-XXXXXX.log")
  trap 'rm -rf "$RUN_TMP" "$TIER1_LOG"' EXIT
  # its own QGIS profile (pytest-qgis keeps one per xdist worker id): the QGIS tiers change proxy settings and
  # reset the auth database in theirs
  PYTEST_XDIST_WORKER=tier1 $PY -m pytest "${TIER1[@]}" > "$TIER1_LOG" 2>&1 &
  TIER1_PID=$!
  echo "=== $TIER1_NAME: running in the background (pid $TIER1_PID), shown when it ends ==="
fi
run "lint" bash scripts/lint.sh
run "tiers 2 and 3 in one process: PyQGIS (pytest-qgis), plugin load/package, hardening, Processing provider; UI (the dock, headless)" \
  $PY -m pytest tests/qgis tests/plugin tests/hardening tests/processing tests/ui
run "tier 4: Qt6 (PyQt6 forms and widgets, no QGIS)" bash scripts/test_qt6.sh
if [[ -z ${MAPFLOW_TESTS_SERIAL:-} ]]; then
  wait "$TIER1_PID"
  tier1_rc=$?
  echo "=== $TIER1_NAME ==="
  cat "$TIER1_LOG"
  if [[ $tier1_rc -ne 0 ]]; then echo "=== $TIER1_NAME FAILED (exit $tier1_rc) ==="; status=1; fi
fi
# A clean run leaves only fixed-name folders every Qt/QGIS process shares: Qt's runtime folder (XDG_RUNTIME_DIR is
# unset here) and the token cache of QGIS's OAuth2 method
left=$(find "$RUN_TMP" -mindepth 1 -maxdepth 1 ! -name 'runtime-*' ! -name 'oauth2-cache' -printf '  %f\n')
if [[ -n $left ]]; then
  echo "=== temp files left behind by the run ==="; echo "$left"; status=1
fi
if [[ $status -eq 0 ]]; then echo "=== all tiers passed ==="; else echo "=== some tiers FAILED ==="; fi
exit $status
