#!/usr/bin/env bash
# The whole suite, in tiers (each its own process, so that a crash in one cannot hide the others); every tier runs
# even when an earlier one fails, and the exit code reports any failure. The harness (tests/support/harness.py)
# makes each tier's exit code honest and checks that it leaves no process behind; this script gives the whole run
# its own temp folder and fails if anything is left in it at the end.
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
run "lint" bash scripts/lint.sh
run "tier 1: QGIS-free (unit, api client vs sandbox, sandbox, harness, benchmark self-tests)" \
  $PY -m pytest tests/unit tests/api tests/sandbox tests/harness benchmarks/tests
run "tier 2: PyQGIS (pytest-qgis), plugin load/package, hardening" $PY -m pytest tests/qgis tests/plugin tests/hardening
run "tier 3: UI (dock driven headless against a sandbox)" $PY -m pytest tests/ui
# Qt's per-user runtime folder (XDG_RUNTIME_DIR is unset here) is the only thing a clean run leaves in TMPDIR
left=$(find "$RUN_TMP" -mindepth 1 -maxdepth 1 ! -name 'runtime-*' -printf '  %f\n')
if [[ -n $left ]]; then
  echo "=== temp files left behind by the run ==="; echo "$left"; status=1
fi
if [[ $status -eq 0 ]]; then echo "=== all tiers passed ==="; else echo "=== some tiers FAILED ==="; fi
exit $status
