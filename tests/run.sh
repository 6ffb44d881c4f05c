#!/usr/bin/env bash
# Installs what is missing, builds everything and runs every test:
#   native       the C++ tests, the CLI, packaging
#   sanitize     the same under AddressSanitizer and UndefinedBehaviorSanitizer
#   wasm         the C++ tests compiled to WebAssembly, under Node; web/dist/precis.{mjs,wasm}
#   tsan         the concurrency test under ThreadSanitizer
#   JavaScript   the JS API's tests (Node's test runner) against web/dist, and the npm
#                package: packed, installed in a fresh app, type-checked, built by each bundler
#   browsers     the widget in Chromium, Firefox and WebKit (./tests/browsers.sh ENGINE,
#                web/test/browser.test.mjs; screenshots in build/browser-artifacts/)
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
echo "== JavaScript API (node $(node --version))"
js_tests=()  # every JS test but the browser suite, which runs per engine below
for t in web/test/*.test.mjs; do [[ $t == */browser.test.mjs ]] || js_tests+=("$t"); done
node --test "${js_tests[@]}"
# Every engine runs even when one fails; the run fails if any did.
failed=()
for engine in chromium firefox webkit; do
  echo "== the widget in $engine"
  ./tests/browsers.sh "$engine" || failed+=("$engine")
done
if [[ ${#failed[@]} -gt 0 ]]; then
  echo "browser tests failed in: ${failed[*]}" >&2
  exit 1
fi
