#!/usr/bin/env bash
# The widget's browser suite (web/test/browser.test.mjs) in one engine:
#   ./tests/browsers.sh chromium|firefox|webkit
# Needs web/dist (the wasm preset), build/native/precis and the browsers and npm packages
# of ./toolchains/install-deps.sh. Prints Node's test report, then the one line
# "browsers: ENGINE: N passed, M failed[, K skipped]"; exits non-zero if any test failed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

engine=${1:-}
case $engine in
  chromium|firefox|webkit) ;;
  *) echo "usage: ./tests/browsers.sh chromium|firefox|webkit" >&2; exit 2 ;;
esac

tap=$(mktemp)
trap 'rm -f "$tap"' EXIT
status=0
PRECIS_ENGINE=$engine node --test --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=tap --test-reporter-destination="$tap" web/test/browser.test.mjs || status=$?
count() { sed -n "s/^# $1 \([0-9]*\)$/\1/p" "$tap" | tail -1; }
passed=$(count pass)
fails=$(count fail)
cancelled=$(count cancelled)
failed=$(( ${fails:-0} + ${cancelled:-0} ))  # a test cut short (timed out) has failed
skipped=$(count skipped)
line="${passed:-0} passed, $failed failed"
[[ ${skipped:-0} -gt 0 ]] && line+=", $skipped skipped"
echo "$engine: $line"
exit $status
