#!/usr/bin/env bash
# Lint as the QGIS plugins site checks uploads (bandit, detect-secrets, flake8 with flake8-qgis), plus ruff on
# everything. The shipped code is what goes into the zip.
set -uo pipefail
cd "$(dirname "$0")/.."
SHIPPED=(__init__.py plugin.py api core integration layers tasks ui processing_provider)
status=0
step() { echo "--- $1"; shift; "$@" || status=1; }
step "ruff (all Python)" .venv/bin/ruff check --quiet .
step "layers (imports follow docs/DEVELOPING.md)" .venv/bin/python scripts/check_layers.py
# QGS1xx: QGIS plugin rules; QGS4xx: Qt6/QGIS 4 readiness. QGS105 (iface as argument) is ignored: the plugin passes
# iface explicitly so that tests can give a real-widget interface. QGS2xx are experimental.
step "flake8-qgis (shipped code)" .venv/bin/flake8 --select=QGS1,QGS4 --extend-ignore=QGS105 "${SHIPPED[@]}"
step "qt6-check (Qt5-only constructs in the shipped code)" .venv/bin/python scripts/qt6_check.py
# Bandit and flake8 with the plugins site's own rule lists (scripts/plugin_scan.py): every severity of the site's
# enabled Bandit tests (B105 and B110 are LOW and still block an upload); `make package` output is scanned whole by
# tests/plugin/test_plugins_site_scan.py.
step "bandit (shipped code, plugins-site tests)" .venv/bin/bandit -q -r -t "$(.venv/bin/python scripts/plugin_scan.py --bandit-tests)" "${SHIPPED[@]}"
step "flake8 (shipped code, plugins-site codes)" .venv/bin/flake8 --max-line-length=120 --select="$(.venv/bin/python scripts/plugin_scan.py --flake8-select)" "${SHIPPED[@]}"
secrets=$(.venv/bin/detect-secrets scan $(git ls-files "${SHIPPED[@]}" 2>/dev/null || find "${SHIPPED[@]}" -type f) \
  | .venv/bin/python -c "import json,sys; r=json.load(sys.stdin)['results']; print('\n'.join(f'{f}: {s[\"type\"]} line {s[\"line_number\"]}' for f, l in r.items() for s in l))")
echo "--- detect-secrets (shipped code)"
if [[ -n $secrets ]]; then echo "possible secrets:"; echo "$secrets"; status=1; fi
exit $status
