#!/usr/bin/env bash
# Installs what is missing, builds everything and runs every test: the native build,
# then the same tests under AddressSanitizer and UndefinedBehaviorSanitizer.
# Exit status 0 only if all pass.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

./toolchains/install-deps.sh
for preset in native sanitize; do
  echo "== $preset: configure, build, test"
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset"
  ctest --preset "$preset"
done
