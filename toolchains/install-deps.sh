#!/usr/bin/env bash
# Installs what precis builds with, when anything is missing; safe to run again (it
# installs and downloads nothing when all is there). Used by ./demo/run.sh and
# ./tests/run.sh. Everything comes from Debian's registry:
#  - the packages below;
#  - ICU's source package (icu_72.1.orig.tar.gz, for the wasm build), kept in build/deps/;
#  - web/'s npm packages from npm's registry, at the versions web/package-lock.json pins:
#    the browser tests' drivers (playwright-core for Chromium, puppeteer-core for Firefox,
#    selenium-webdriver for WebKit), the bundlers and type checker of the package test.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

packages=(
  cmake ninja-build g++        # the native build (g++ brings the ASan and UBSan runtimes)
  libicu-dev                   # sentence and word breaking, character properties
  libgumbo-dev                 # HTML parsing for web pages (the native front end)
  nlohmann-json3-dev           # JSON in and out
  doctest-dev                  # the C++ unit tests
  libstemmer-dev               # Snowball, for the quality evaluation's --snowball scoring
  emscripten binaryen          # the WebAssembly build (Emscripten 3.1.6)
  icu-devtools                 # icupkg and derb: ICU's rules and suppressions for the wasm build
  nodejs                       # runs the wasm tests and the JavaScript API's tests
  npm                          # fetches web/'s pinned npm packages (web/package-lock.json)
  chromium fonts-dejavu-core   # the browsers the widget's tests run in, and a font for them:
  firefox-esr                  #   Gecko (headless, WebDriver BiDi)
  webkit2gtk-driver xvfb       #   WebKit: WebKitWebDriver and MiniBrowser, which needs an X display
  dpkg-dev                     # apt-get source
  # The worker recipes of README "Archive scale", run by tests/cli/recipes_test.sh:
  parallel                     # GNU parallel, across cores and across hosts
  openssh-server openssh-client iproute2  # the hosts: sshd in network namespaces on loopback
  python3 python3-dask         # a Dask bag through precis processes
  time                         # peak memory in the worker test and tests/bench/worker_scale.sh
)
# --fuzz: also clang and its libFuzzer runtime, for tests/fuzz/run.sh.
if [[ ${1:-} == "--fuzz" ]]; then
  packages+=(clang libclang-rt-14-dev)
fi
icu_tarball=build/deps/icu_72.1.orig.tar.gz

sudo=()
if [[ $(id -u) -ne 0 ]]; then
  sudo=(sudo)
fi
as_root() {
  if [[ ${#sudo[@]} -gt 0 ]] && ! command -v sudo >/dev/null; then
    echo "install-deps: need root or sudo to run: $*" >&2
    exit 1
  fi
  "${sudo[@]}" "$@"
}

missing=()
for p in "${packages[@]}"; do
  # Node.js from elsewhere (NodeSource's nodejs bundles npm) conflicts with Debian's npm.
  [[ $p == npm ]] && command -v npm >/dev/null && continue
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [[ ${#missing[@]} -gt 0 ]]; then
  echo "install-deps: installing ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  # The tests start their own sshd inside network namespaces; the system's SSH server
  # that Debian's package starts and enables under systemd is not wanted.
  if [[ " ${missing[*]} " == *" openssh-server "* && -d /run/systemd/system ]]; then
    as_root systemctl disable --now ssh.service ssh.socket >/dev/null 2>&1 || true
  fi
fi

# ICU's source, from the deb-src twin of the machine's own Debian sources.
if [[ ! -f $icu_tarball ]]; then
  if ! grep -rqs '^Types:.*deb-src\|^deb-src ' /etc/apt/sources.list /etc/apt/sources.list.d/; then
    echo "install-deps: adding a deb-src entry (apt-get source needs it)"
    if [[ -f /etc/apt/sources.list.d/debian.sources ]]; then
      sed 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources |
        as_root tee /etc/apt/sources.list.d/precis-deb-src.sources >/dev/null
    else
      sed -n 's/^deb /deb-src /p' /etc/apt/sources.list | as_root tee /etc/apt/sources.list.d/precis-deb-src.list >/dev/null
    fi
    as_root apt-get update -qq
  fi
  echo "install-deps: fetching ICU 72.1's source package"
  mkdir -p build/deps
  (cd build/deps && apt-get source --download-only -qq icu)
  # The build checks the tarball's sha256 (toolchains/icu-wasm/icu.cmake).
  [[ -f $icu_tarball ]] || { echo "install-deps: apt-get source icu gave no $icu_tarball" >&2; exit 1; }
fi

# npm's registry, at the versions web/package-lock.json pins: the browser drivers
# (playwright-core, puppeteer-core, selenium-webdriver); the bundlers (esbuild, Vite,
# webpack, Rollup), TypeScript, React and Vue that build and type-check the package's test
# app; parse5, the package's HTML parser in Node. Installed again whenever the lock file
# changed since the last install.
if ! cmp -s web/package-lock.json web/node_modules/.precis-installed-lock 2>/dev/null; then
  echo "install-deps: installing web/'s npm packages (web/package-lock.json)"
  (cd web && npm ci --no-audit --no-fund --loglevel=error && cp package-lock.json node_modules/.precis-installed-lock)
fi
