#!/usr/bin/env bash
# The Qt6 tier: make .venv-qt6 if needed, then run tests/qt6 with it (its own pytest.ini, so the QGIS tiers'
# conftest and plugins stay out). Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup_qt6.sh
QT_QPA_PLATFORM=offscreen exec .venv-qt6/bin/python -m pytest -c tests/qt6/pytest.ini tests/qt6 "$@"
