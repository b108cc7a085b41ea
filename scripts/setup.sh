#!/usr/bin/env bash
# Idempotent environment setup: Debian packages (installed when running as root, otherwise the exact command is
# printed), then .venv made from Debian's Python with --system-site-packages (PyQGIS, GDAL, numpy come from Debian)
# and the pinned requirements.
set -euo pipefail
cd "$(dirname "$0")/.."

DEB_PACKAGES=(python3-qgis qgis-providers qgis python3-gdal gdal-bin python3-venv python3-pip xvfb xauth
              x11-utils python3-pyproj pyqt5-dev-tools qttools5-dev-tools imagemagick unzip zip make curl fonts-noto-color-emoji)

missing=()
for pkg in "${DEB_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if ((${#missing[@]})); then
  if [[ $(id -u) -eq 0 ]]; then
    echo "setup: installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "setup: missing Debian packages. Run:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi

if [[ ! -x .venv/bin/python ]] || ! .venv/bin/python -c "import qgis.core" 2>/dev/null; then
  echo "setup: creating .venv (Debian python3 with system site packages)"
  rm -rf .venv
  /usr/bin/python3 -m venv --system-site-packages .venv
fi

stamp=.venv/.requirements-stamp
if [[ ! -f $stamp || requirements/dev.in -nt $stamp || requirements/constraints.txt -nt $stamp ]]; then
  echo "setup: installing pinned Python requirements"
  .venv/bin/python -m pip install -q --disable-pip-version-check -r requirements/dev.in -c requirements/constraints.txt
  touch "$stamp"
fi

# the tests and the demo import the repository as the package `mapflow_processing`
mkdir -p .build/pkg
ln -sfn "$(pwd)" .build/pkg/mapflow_processing
