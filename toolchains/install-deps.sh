#!/usr/bin/env bash
# Installs the Debian 12 packages precis builds with, when any is missing; safe to run
# again (it installs nothing when all are there). Used by ./demo/run.sh and ./tests/run.sh.
set -euo pipefail

packages=(
  cmake ninja-build g++        # the build (g++ brings the ASan and UBSan runtimes)
  libicu-dev                   # sentence and word breaking, character properties
  nlohmann-json3-dev           # JSON in and out
  doctest-dev                  # the unit tests
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

sudo=()
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo=(sudo)
fi
echo "install-deps: installing ${missing[*]}"
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
