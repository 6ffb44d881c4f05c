#!/usr/bin/env bash
# Installs what is missing, builds everything, prints the key points of the sample
# article with the native CLI, then serves the demo site on http://127.0.0.1:8080/
# until interrupted.
#   ./demo/run.sh [--no-serve] [--port N]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

serve=1
port=8080
while [[ $# -gt 0 ]]; do
  case $1 in
    --no-serve) serve=0 ;;
    --port) port=$2; shift ;;
    *) echo "usage: ./demo/run.sh [--no-serve] [--port N]" >&2; exit 2 ;;
  esac
  shift
done

./toolchains/install-deps.sh
cmake --preset native >/dev/null
cmake --build --preset native --target precis-cli
echo
echo "Key points of demo/putin-may-g20.en.txt:"
./build/native/precis --format markdown demo/putin-may-g20.en.txt
echo
echo "Building the WebAssembly module and the widget (web/dist/)..."
cmake --preset wasm >/dev/null
cmake --build --preset wasm --target precis-web >/dev/null
echo "web/dist/ is built."
if [[ $serve -eq 1 ]]; then
  exec node demo/serve.mjs --port "$port"
fi
