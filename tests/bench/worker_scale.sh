#!/usr/bin/env bash
# Articles per second of precis as a worker, three ways side by side in one run:
#   precis --jobs 1, precis --jobs 2, and GNU parallel with two precis --jobs 1 workers
# (the README's recipe, -j 2). The three alternate for ROUNDS rounds on the same input
# (FILE... concatenated, REPEAT times); each round's output must equal the first
# --jobs 1 output byte for byte. Prints the median articles/s with the slowest and
# fastest round, the median CPU seconds (user + system, all processes), and the peak
# resident memory (for parallel: of its largest process). On a machine shared with
# other work the wall-clock rates move with the load; the CPU seconds much less.
#
#   tests/bench/worker_scale.sh [--rounds N] [--repeat N] [--precis PATH] FILE.jsonl...
set -euo pipefail
rounds=5
repeat=1
precis=build/native/precis
usage() { sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
# count NAME VALUE: VALUE, a whole number of at least 1, or a usage error naming NAME.
count() { [[ $2 =~ ^[1-9][0-9]*$ ]] || { echo "worker_scale.sh: $1 takes a whole number of at least 1, not '$2'" >&2; exit 2; }; echo "$2"; }
while [[ $# -gt 0 ]]; do
  case $1 in
    --rounds|--repeat|--precis) [[ $# -ge 2 ]] || { echo "worker_scale.sh: $1 needs a value" >&2; exit 2; } ;;&
    --rounds) rounds=$(count "$1" "$2"); shift 2 ;;
    --repeat) repeat=$(count "$1" "$2"); shift 2 ;;
    --precis) precis=$2; shift 2 ;;
    -*) echo "worker_scale.sh: unknown option $1" >&2; exit 2 ;;
    *) break ;;
  esac
done
[[ $# -gt 0 ]] || usage
precis=$(realpath "$precis")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for ((r = 0; r < repeat; r++)); do cat "$@"; done >"$tmp/in.jsonl"
articles=$(grep -c . "$tmp/in.jsonl")
names=("precis --jobs 1" "precis --jobs 2" "parallel -j 2 (2 x --jobs 1)")
commands=(
  "$precis --input jsonl --jobs 1"
  "$precis --input jsonl --jobs 2"
  "parallel -j 2 --pipe --keep-order -N 1000 --block 16M $precis --input jsonl --jobs 1"
)
"$precis" --input jsonl --jobs 1 <"$tmp/in.jsonl" >"$tmp/expected.jsonl" || true
echo "input: $* x $repeat = $articles articles, $(($(stat -c %s "$tmp/in.jsonl") / 1000000)) MB; $rounds rounds"

declare -A rates peaks cpus
for ((round = 1; round <= rounds; round++)); do
  for i in "${!commands[@]}"; do
    start=$(date +%s%N)
    /usr/bin/time -f '%M %U %S' -o "$tmp/peak" sh -c "${commands[i]}" <"$tmp/in.jsonl" >"$tmp/out.jsonl" 2>/dev/null || true
    end=$(date +%s%N)
    if ! cmp -s "$tmp/out.jsonl" "$tmp/expected.jsonl"; then
      echo "worker_scale.sh: ${names[i]}: round $round's output differs from precis --jobs 1" >&2
      exit 1
    fi
    rates[$i]+="$(awk -v n="$articles" -v ns=$((end - start)) 'BEGIN { printf "%.0f", n / (ns / 1e9) }') "
    read -r peak user sys < <(tail -n 1 "$tmp/peak")
    peaks[$i]+="$peak "
    cpus[$i]+="$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }') "
  done
done

median() { tr ' ' '\n' <<<"$1" | grep . | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
printf '%-30s %10s %16s %8s %8s  %s\n' "" "articles/s" "(slowest-fastest)" "cpu s" "peak MB" "output"
for i in "${!commands[@]}"; do
  read -r -a r <<<"$(tr ' ' '\n' <<<"${rates[$i]}" | grep . | sort -n | tr '\n' ' ')"
  peak=$(tr ' ' '\n' <<<"${peaks[$i]}" | grep . | sort -n | tail -n 1)
  printf '%-30s %10s %16s %8s %8.1f  %s\n' "${names[i]}" "$(median "${rates[$i]}")" "(${r[0]}-${r[-1]})" "$(median "${cpus[$i]}")" \
    "$(awk -v k="$peak" 'BEGIN { print k / 1024 }')" "equal to --jobs 1, byte for byte"
done
