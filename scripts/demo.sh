#!/usr/bin/env bash
# `make demo`: start the sandbox with the demo account, then QGIS with the plugin connected to it.
# With a display: QGIS opens for you (close it to stop the sandbox). Without one (or DEMO_HEADLESS=1): the scripted
# workflow runs in the real QGIS desktop under Xvfb and writes demo-output/screenshot.png and result.gpkg.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${DEMO_OUTPUT:-demo-output}
PORT=${DEMO_PORT:-8765}
HOST=127.0.0.1
DATA="$OUT/sandbox-data"
PROFILES="$OUT/qgis-profiles"
PLUGIN_LINK_DIR=.build/demo-plugins
HEADLESS=1
[[ -n ${DISPLAY:-} && -z ${DEMO_HEADLESS:-} && -z ${CI:-} ]] && HEADLESS=
mkdir -p "$OUT" "$PLUGIN_LINK_DIR"
rm -rf "$PROFILES"
# the scripted run starts from an empty server every time; an interactive one keeps its account and processings
[[ -n $HEADLESS ]] && rm -rf "$DATA"
ln -sfn "$(pwd)" "$PLUGIN_LINK_DIR/mapflow_processing"

say() { printf '[demo %s] %s\n' "$(date +%H:%M:%S)" "$*"; }

if curl -s -o /dev/null "http://$HOST:$PORT/rest/version" 2>/dev/null; then
  echo "Port $PORT is already serving something; stop it or run with DEMO_PORT=<free port>." >&2
  exit 1
fi
say "starting the sandbox on http://$HOST:$PORT/rest (data in $DATA)"
.venv/bin/python -m sandbox serve --host "$HOST" --port "$PORT" --data-dir "$DATA" --demo > "$OUT/sandbox.log" 2>&1 &
SANDBOX_PID=$!
cleanup() {
  # a timed-out xvfb-run can leave its QGIS behind: end the one that uses this demo's profile folder
  pkill -f -- "--profiles-path $PROFILES" 2>/dev/null || true
  say "stopping the sandbox"
  kill $SANDBOX_PID 2>/dev/null || true
  wait $SANDBOX_PID 2>/dev/null || true
}
trap cleanup EXIT
for _ in $(seq 1 100); do
  if curl -sf -o /dev/null "http://$HOST:$PORT/rest/version" && [[ -s $DATA/demo-token.txt ]]; then break; fi
  kill -0 $SANDBOX_PID 2>/dev/null || { cat "$OUT/sandbox.log"; echo "the sandbox did not start" >&2; exit 1; }
  sleep 0.2
done
say "sandbox ready; demo token in $DATA/demo-token.txt"

export MAPFLOW_DEMO_URL="http://$HOST:$PORT/rest"
export MAPFLOW_DEMO_TOKEN_FILE="$DATA/demo-token.txt"
export MAPFLOW_DEMO_OUTPUT="$(cd "$OUT" && pwd)"
export QGIS_PLUGINPATH="$(cd "$PLUGIN_LINK_DIR" && pwd)"
QGIS_ARGS=(--nologo --noversioncheck --profiles-path "$PROFILES")

if [[ -z $HEADLESS ]]; then
  say "opening QGIS with the plugin connected to the sandbox (close QGIS to stop the sandbox)"
  export MAPFLOW_DEMO_MODE=interactive
  qgis "${QGIS_ARGS[@]}" --code scripts/demo_workflow.py
else
  say "no display: running the scripted workflow in QGIS under Xvfb"
  export MAPFLOW_DEMO_MODE=headless
  rm -f "$OUT/screenshot.png" "$OUT/result.gpkg" "$OUT/demo-status.txt" "$OUT"/watchdog-*.png
  timeout --kill-after=10 600 xvfb-run -a -s "-screen 0 1680x1050x24" qgis "${QGIS_ARGS[@]}" \
    --code scripts/demo_workflow.py 2>"$OUT/qgis-stderr.log" | tee "$OUT/demo.log" || true
  status=$(cat "$OUT/demo-status.txt" 2>/dev/null || echo "QGIS exited before the workflow finished")
  if [[ $status != OK ]]; then
    say "demo FAILED: $status (see $OUT/demo.log and $OUT/qgis-stderr.log)"
    exit 1
  fi
  say "done: $OUT/screenshot.png and $OUT/result.gpkg"
fi
