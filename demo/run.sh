#!/usr/bin/env bash
# Installs what is missing, builds precis and prints the key points of the sample article.
#   ./demo/run.sh [--no-serve]
# (The demo site on http://127.0.0.1:8080/ arrives with the web widget; until then there
# is nothing to serve and the script stops after printing, with or without --no-serve.)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

./toolchains/install-deps.sh
cmake --preset native >/dev/null
cmake --build --preset native --target precis-cli
echo
echo "Key points of demo/putin-may-g20.en.txt:"
./build/native/precis --format markdown demo/putin-may-g20.en.txt
if [[ ${1:-} != "--no-serve" ]]; then
  echo
  echo "(No demo site to serve yet: it comes with the web widget.)"
fi
