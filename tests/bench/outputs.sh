#!/usr/bin/env bash
# outputs.sh PRECIS DATA OUT: writes what PRECIS prints with --format jsonl --explain for
# every article of the evaluation data in DATA into the folder OUT, one file per input:
#   DATA/*.jsonl, DATA/sbd/*.jsonl, DATA/ner/*.jsonl   (lines with a "text" field; those
#       of sbd/ and ner/ also without their "lang", since many name languages precis
#       refuses, so that every text is summarized)
#   DATA/readability-pages/*/source.html, DATA/web-pages/*/source.html   (--input html)
# and each run's standard error and exit status. Two builds print the same bytes when
# `diff -r OUT1 OUT2` is empty: the proof an output-preserving change needs.
set -euo pipefail
if [ $# -ne 3 ]; then
  echo "usage: $0 PRECIS DATA OUT" >&2
  exit 2
fi
precis=$1 data=$2 out=$3
mkdir -p "$out"

run() {  # run NAME ARGS...: stdout to OUT/NAME, stderr and status to OUT/NAME.err
  local name=$1 status=0
  shift
  "$precis" --jobs 1 --format jsonl --explain "$@" >"$out/$name" 2>"$out/$name.err" || status=$?
  echo "exit $status" >>"$out/$name.err"
}

for f in "$data"/*.jsonl "$data"/sbd/*.jsonl "$data"/ner/*.jsonl; do
  [ -e "$f" ] || continue
  grep -q '"text"' "$f" || continue
  name="$(basename "$(dirname "$f")")-$(basename "$f")"
  run "$name" "$f"
  case "$f" in
    */sbd/* | */ner/*)
      python3 -c 'import json, sys
for line in sys.stdin:
    if line.strip():
        j = json.loads(line)
        j.pop("lang", None)
        print(json.dumps(j, ensure_ascii=False))' <"$f" >"$out/input-$name"
      run "auto-$name" "$out/input-$name"
      rm "$out/input-$name"
      ;;
  esac
done
for set in readability-pages web-pages; do
  [ -d "$data/$set" ] || continue
  : >"$out/$set.jsonl"
  : >"$out/$set.err"
  for page in "$data/$set"/*/source.html; do
    status=0
    "$precis" --format jsonl --explain --input html "$page" >>"$out/$set.jsonl" 2>>"$out/$set.err" || status=$?
    echo "$(basename "$(dirname "$page")") exit $status" >>"$out/$set.err"
  done
done
