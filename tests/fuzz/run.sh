#!/usr/bin/env bash
# Runs every fuzz target (or the ones named) for SECONDS each (default 60), with
# AddressSanitizer and UndefinedBehaviorSanitizer, seeded from the project's articles
# and pages and from tests/fuzz/regressions/<target>/. Installs clang when missing.
#   ./tests/fuzz/run.sh [--jobs N] [SECONDS] [summarize|jsonl|record|options|html|page|words|sentences ...]
# A crash is written to tests/fuzz/regressions/<target>/: fix it and commit the input,
# which every build then replays (ctest: fuzz-regressions-<target>). Exit 1 on a finding.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

jobs=1
if [[ ${1:-} == "--jobs" ]]; then jobs=$2; shift 2; fi
seconds=${1:-60}
shift || true
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(summarize jsonl record options html page words sentences)

./toolchains/install-deps.sh --fuzz
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target "${targets[@]/#/precis-fuzz-}"

# Seeds: the golden articles, the demo article and pages, and the regression inputs.
seed_dir=build/fuzz/seeds
rm -rf "$seed_dir"
for t in "${targets[@]}"; do
  mkdir -p "$seed_dir/$t"
  cp tests/fuzz/regressions/"$t"/* "$seed_dir/$t/" 2>/dev/null || true
  case $t in
    summarize) for f in tests/corpus/*/article.txt demo/*.txt; do cp "$f" "$seed_dir/$t/$(basename "$(dirname "$f")")-$(basename "$f")"; done ;;
    html) cp demo/site/*.html demo/site/articles/*.html "$seed_dir/$t/" ;;
    jsonl) for f in tests/corpus/*/article.txt; do
             node -e 'const fs=require("fs");process.stdout.write(JSON.stringify({id:1,text:fs.readFileSync(process.argv[1],"utf8")})+"\n")' "$f" \
               >"$seed_dir/$t/$(basename "$(dirname "$f")").jsonl"
           done ;;
    record) cp tests/fuzz/regressions/jsonl/* "$seed_dir/$t/" ;;
    options) printf '{"type":"tldr"}' >"$seed_dir/$t/type.json"; printf '{"sentences":3,"max_chars":200}' >"$seed_dir/$t/counts.json" ;;
    page) ;;  # the wire format has no files of its own: the regression inputs seed it
    words) for f in tests/corpus/*/article.txt; do
             { printf '\0'; cat "$f"; } >"$seed_dir/$t/$(basename "$(dirname "$f")").txt"
           done ;;
    sentences) for f in tests/corpus/*/article.txt; do  # as they are, in each language
             for l in 0 1 2 3 4 5; do { printf "\\x0$l"; cat "$f"; } >"$seed_dir/$t/$(basename "$(dirname "$f")")-$l.txt"; done
           done ;;
  esac
done

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
status=0
run() {
  local t=$1 log=build/fuzz/$1.log
  mkdir -p "build/fuzz/corpus/$t"
  if ! build/fuzz/fuzz/precis-fuzz-"$t" -max_total_time="$seconds" -max_len=65536 -timeout=20 -rss_limit_mb=4096 \
       -print_final_stats=1 -artifact_prefix="tests/fuzz/regressions/$t/" \
       "build/fuzz/corpus/$t" "$seed_dir/$t" >"$log" 2>&1; then
    echo "$t: FINDING (see $log and tests/fuzz/regressions/$t/)"
    return 1
  fi
  local execs cov
  execs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
  cov=$(grep -o 'cov: [0-9]* ft: [0-9]*' "$log" | tail -1 || echo '?')
  echo "$t: no finding in ${seconds} s: $execs executions, $cov"
}
pids=()
names=()
for t in "${targets[@]}"; do
  run "$t" &
  pids+=($!)
  names+=("$t")
  if [[ ${#pids[@]} -ge $jobs ]]; then
    wait "${pids[0]}" || status=1
    pids=("${pids[@]:1}")
  fi
done
for p in "${pids[@]}"; do wait "$p" || status=1; done
exit $status
