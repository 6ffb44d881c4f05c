#!/usr/bin/env bash
# Installs what is missing, builds everything and prints the key points of the sample
# article with the native CLI.
#   ./demo/run.sh [--no-serve]
# (The demo site on http://127.0.0.1:8080/ arrives with the web widget; until then there
# is nothing to serve and the script stops after the build, with or without --no-serve.)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

./toolchains/install-deps.sh
cmake --preset native >/dev/null
cmake --build --preset native --target precis-cli
echo
echo "Key points of demo/putin-may-g20.en.txt:"
./build/native/precis --format markdown demo/putin-may-g20.en.txt
echo
echo "Building the WebAssembly module (web/dist/)..."
cmake --preset wasm >/dev/null
cmake --build --preset wasm --target precis-web >/dev/null
echo "web/dist/precis.mjs and precis.wasm are built."
if [[ ${1:-} != "--no-serve" ]]; then
  echo "(No demo site to serve yet: it comes with the web widget.)"
fi
