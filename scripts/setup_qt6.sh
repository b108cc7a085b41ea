#!/usr/bin/env bash
# The Qt6 tier's venv, idempotent: .venv-qt6 from Debian's Python 3.11 *without* system site packages (PyQt5 and
# QGIS 3.22 must not be importable there), with PyQt6 and the rest of requirements/qt6.in pinned by
# requirements/constraints.txt. Qt6's wheels bring Qt itself; the few system libraries they load come from Debian.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=.venv-qt6
DEB_PACKAGES=(python3-venv libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0)

missing=()
for pkg in "${DEB_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if ((${#missing[@]})); then
  if [[ $(id -u) -eq 0 ]]; then
    echo "setup-qt6: installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "setup-qt6: missing Debian packages. Run:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi

if [[ ! -x $VENV/bin/python ]] || ! $VENV/bin/python -c "import sys" 2>/dev/null; then
  echo "setup-qt6: creating $VENV (Debian python3, no system site packages)"
  rm -rf "$VENV"
  /usr/bin/python3 -m venv "$VENV"
fi

stamp=$VENV/.requirements-stamp
if [[ ! -f $stamp || requirements/qt6.in -nt $stamp || requirements/constraints.txt -nt $stamp ]] \
    || ! $VENV/bin/python -c "import PyQt6.QtWidgets" 2>/dev/null; then
  echo "setup-qt6: installing pinned PyQt6 and test requirements"
  $VENV/bin/python -m pip install -q --disable-pip-version-check -r requirements/qt6.in -c requirements/constraints.txt
  touch "$stamp"
fi
