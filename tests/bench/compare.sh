#!/usr/bin/env bash
# compare.sh REV FILE.jsonl [--lines N] [--rounds R]: the speed of HEAD against REV (a
# commit, a branch, HEAD~1), both built from their commits (not the work tree) with the
# native preset, on the same articles in one run:
#   instructions  callgrind's count for the first N lines of FILE (default 100), whole
#                 process, `precis --jobs 1 --format jsonl`, per article; repeatable on
#                 a noisy machine
#   wall time     the whole FILE through the same command, R rounds (default 5) taking
#                 turns, REV then HEAD; the median of each, as articles per second
#   outputs       whether the two print the same bytes for the whole FILE
# and the ratio REV / HEAD of each (above 1: HEAD is faster). Builds are kept in
# build/compare/COMMIT/ and reused.
set -euo pipefail

usage() { echo "usage: $0 REV FILE.jsonl [--lines N] [--rounds R]" >&2; exit 2; }
[ $# -ge 2 ] || usage
rev=$1 file=$2
shift 2
# FILE is named from where the command was run; the work happens at the repository's top.
case $file in /*) ;; *) file=$PWD/$file ;; esac
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

lines=100 rounds=5
while [ $# -gt 0 ]; do
  case $1 in
    --lines) lines=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    *) usage ;;
  esac
done
[ -r "$file" ] || { echo "$0: $file: cannot read" >&2; exit 2; }
command -v valgrind >/dev/null || { echo "$0: needs valgrind (apt-get install valgrind)" >&2; exit 2; }

# build COMMIT: prints the path of that commit's precis, built once.
build() {
  local sha dir
  sha=$(git rev-parse --verify "$1^{commit}")
  dir=build/compare/$sha
  if [ ! -x "$dir/src/build/native/precis" ]; then
    rm -rf "$dir" && mkdir -p "$dir/src"
    git archive "$sha" | tar -x -C "$dir/src"
    (cd "$dir/src" && cmake --preset native >/dev/null && cmake --build --preset native --target precis-cli >/dev/null) >&2
  fi
  echo "$dir/src/build/native/precis"
}

# Both commits resolved once, now: a branch that moves during the run is still named by
# the commit that was built.
rev_sha=$(git rev-parse --verify "$rev^{commit}") head_sha=$(git rev-parse --verify "HEAD^{commit}")
echo "building $rev and HEAD" >&2
base=$(build "$rev_sha")
head=$(build "$head_sha")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
awk -v n="$lines" 'NF && k++ < n' "$file" >"$tmp/sample.jsonl"
sample=$(wc -l <"$tmp/sample.jsonl")
articles=$(grep -cv '^[[:space:]]*$' "$file")

instructions() {  # instructions PRECIS: callgrind's total over the sample
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$1" --jobs 1 --format jsonl "$tmp/sample.jsonl" \
    2>&1 >/dev/null | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
seconds() {  # seconds PRECIS: wall time of the whole file
  local start end
  start=$(date +%s%N)
  "$1" --jobs 1 --format jsonl "$file" >/dev/null || true
  end=$(date +%s%N)
  echo "$(( (end - start) / 1000 ))"  # microseconds
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

echo "instructions: $sample articles under callgrind" >&2
ir_base=$(instructions "$base")
ir_head=$(instructions "$head")
echo "wall time: $rounds rounds of $articles articles" >&2
: >"$tmp/base.t"
: >"$tmp/head.t"
for _ in $(seq "$rounds"); do
  seconds "$base" >>"$tmp/base.t"
  seconds "$head" >>"$tmp/head.t"
done
t_base=$(median <"$tmp/base.t")
t_head=$(median <"$tmp/head.t")
"$base" --jobs 1 --format jsonl "$file" >"$tmp/base.out" 2>/dev/null || true
"$head" --jobs 1 --format jsonl "$file" >"$tmp/head.out" 2>/dev/null || true

awk -v rev="$rev (${rev_sha:0:7})" -v head="HEAD (${head_sha:0:7})" \
    -v n="$sample" -v a="$articles" -v ib="$ir_base" -v ih="$ir_head" -v tb="$t_base" -v th="$t_head" \
    -v base_t="$(tr '\n' ' ' <"$tmp/base.t")" -v head_t="$(tr '\n' ' ' <"$tmp/head.t")" 'BEGIN {
  printf "%-28s %22s %22s %8s\n", "", rev, head, "ratio"
  printf "%-28s %22.0f %22.0f %8.2f\n", "instructions per article", ib / n, ih / n, ib / ih
  printf "%-28s %22.0f %22.0f %8.2f\n", "articles/s (median wall)", a / (tb / 1e6), a / (th / 1e6), tb / th
  printf "wall microseconds per round: %s: %s; HEAD: %s\n", rev, base_t, head_t
}'
if cmp -s "$tmp/base.out" "$tmp/head.out"; then echo "outputs: identical"; else echo "outputs: DIFFERENT"; fi
