#!/usr/bin/env bash
# `update`: refresh i18n/*.ts from the Python sources and .ui forms (existing translations are kept).
set -euo pipefail
cd "$(dirname "$0")/.."
LANGS=(ru es pt zh)
sources=$(git ls-files -co --exclude-standard '*.py' '*.ui' 2>/dev/null | grep -E '^(__init__|plugin)\.py$|^(api|core|integration|layers|tasks|ui|processing_provider)/' || true)
[[ -n $sources ]] || sources=$(find __init__.py plugin.py api core integration layers tasks ui processing_provider -name '*.py' -o -name '*.ui')
for lang in "${LANGS[@]}"; do
  pylupdate5 -noobsolete $sources -ts "i18n/mapflow_processing_${lang}.ts"
done
echo "updated: $(ls i18n/*.ts)"
