#!/usr/bin/env bash
# Installs what is missing, builds everything and runs every test:
#   native       the C++ tests, the CLI, packaging
#   sanitize     the same under AddressSanitizer and UndefinedBehaviorSanitizer
#   wasm         the C++ tests compiled to WebAssembly, under Node; web/dist/precis.{mjs,wasm}
#   tsan         the concurrency test under ThreadSanitizer
#   JavaScript   the JS API's tests (Node's test runner) against web/dist, the widget in
#                Chromium (screenshots in build/browser-artifacts/), and the npm package:
#                packed, installed in a fresh app, type-checked, built by each bundler
# Exit status 0 only if all pass.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

./toolchains/install-deps.sh
for preset in native sanitize wasm; do
  echo "== $preset: configure, build, test"
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset"
  ctest --preset "$preset"
done
echo "== tsan: one Summarizer shared by threads, under ThreadSanitizer"
cmake --preset tsan >/dev/null
cmake --build --preset tsan --target precis-concurrency-test
ctest --preset tsan -R '^concurrency$'
echo "== JavaScript API and the widget in the browser (node $(node --version))"
node --test web/test/*.test.mjs
