#!/usr/bin/env bash
# precis as a worker under a batch engine (README "Archive scale"): JSON Lines in, one
# line out per line in, in order, each written as soon as it is ready; memory bounded
# by the lines in flight; closed output, full disk and SIGTERM handled as documented.
# Usage: worker_test.sh PRECIS SOURCE_DIR
set -u
precis=$1
src=$2
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

total=600
"$python" "$src/tests/cli/articles.py" "$src" $total 300 >"$tmp/articles.jsonl"
input_ids() { sed -E 's/^\{"id": ("[^"]*").*/\1/' "$1"; }

# --- One output line per input line, in input order; error records as for files.
"$precis" --input jsonl --jobs 1 - <"$tmp/articles.jsonl" >"$tmp/one.jsonl" 2>"$tmp/err"
status=$?
check "a line without an article gives status 1 (got $status)" test $status -eq 1
check "stderr counts the error record: $(cat "$tmp/err")" \
    grep -qx 'precis: -: 1 of 600 lines could not be summarized (see their "error" records)' "$tmp/err"
check "line 300 is its error record: $(sed -n 300p "$tmp/one.jsonl")" \
    test "$(sed -n 300p "$tmp/one.jsonl")" = '{"id":"front-page-300","error":"no article found"}'
check "one output line per input line, in input order" cmp -s <(ids "$tmp/one.jsonl") <(input_ids "$tmp/articles.jsonl")
"$precis" --input jsonl --jobs 2 - <"$tmp/articles.jsonl" >"$tmp/two.jsonl" 2>/dev/null
check "--jobs 2 prints exactly the bytes --jobs 1 prints" cmp -s "$tmp/one.jsonl" "$tmp/two.jsonl"
"$precis" --input jsonl --jobs 7 - <"$tmp/articles.jsonl" >"$tmp/seven.jsonl" 2>/dev/null
check "--jobs 7 on two cores too" cmp -s "$tmp/one.jsonl" "$tmp/seven.jsonl"

# --- {"id", "html"} records: the same result as the page summarized as a file.
for page in wind-farm kazan-metro.ru; do
    "$precis" --format jsonl "$src/demo/site/articles/$page.html" >"$tmp/page.json"
    grep -m 1 "^{\"id\":\"$page-" "$tmp/one.jsonl" | sed -E 's/^\{"id":"[^"]*",/{/' >"$tmp/record.json"
    check "the html record of $page gives the page's result" cmp -s "$tmp/page.json" "$tmp/record.json"
done

# --- Flushed as it goes: each result arrives while the input is still open.
mkfifo "$tmp/to-worker" "$tmp/from-worker"
"$precis" --input jsonl --jobs 2 - <"$tmp/to-worker" >"$tmp/from-worker" 2>"$tmp/worker.err" &
worker=$!
at_exit "kill $worker 2>/dev/null"
exec 3>"$tmp/to-worker" 4<"$tmp/from-worker"
for n in 1 2 3; do
    sed -n ${n}p "$tmp/articles.jsonl" >&3
    got=
    read -r -t 60 got <&4
    check "result $n arrives before more input is sent: got '${got:0:60}'" \
        test "$got" = "$(sed -n ${n}p "$tmp/one.jsonl")"
done
# --- SIGTERM while waiting for input: stops at once, says where it stopped.
kill -TERM $worker
wait $worker
status=$?
exec 3>&- 4<&-
check "SIGTERM gives status 143 (got $status)" test $status -eq 143
check "SIGTERM's message: $(cat "$tmp/worker.err")" \
    grep -qx 'precis: -: stopped by SIGTERM after line 3; the lines after it were not read' "$tmp/worker.err"

# --- SIGTERM with lines in flight: they are finished and written, nothing after them.
# 6,000 lines (16 MB) are more than the 8 MiB two workers may hold in flight.
many=6000
"$python" "$src/tests/cli/articles.py" "$src" $many >"$tmp/many.jsonl"
mkfifo "$tmp/feed"
"$precis" --input jsonl --jobs 2 - <"$tmp/feed" >"$tmp/term.jsonl" 2>"$tmp/term.err" &
worker=$!
at_exit "kill $worker 2>/dev/null"
exec 5>"$tmp/feed"
cat "$tmp/many.jsonl" >&5 &
feeder=$!
for ((i = 0; i < 600; i++)); do [[ -s $tmp/term.jsonl ]] && break; sleep 0.1; done
kill -TERM $worker
wait $worker
status=$?
exec 5>&-
kill $feeder 2>/dev/null
wait $feeder 2>/dev/null
written=$(wc -l <"$tmp/term.jsonl")
check "SIGTERM in flight gives status 143 (got $status)" test $status -eq 143
check "stopped early ($written of $many lines written)" test "$written" -ge 1 -a "$written" -lt $many
check "the message names the last line written: $(cat "$tmp/term.err")" \
    grep -qx "precis: -: stopped by SIGTERM after line $written; the lines after it were not read" "$tmp/term.err"
check "the lines written are whole and are the first $written results" \
    cmp -s "$tmp/term.jsonl" <(head -n "$written" "$tmp/many.jsonl" | "$precis" --input jsonl --jobs 2 -)

# --- A second SIGTERM ends precis at once, without finishing the articles in flight
# (two long ones: the one being summarized and the one read after it).
"$python" -c '
import json, sys
text = open(sys.argv[1], encoding="utf-8").read()
body = text.split("\n\n", 1)[1]
for n in (1, 2):
    print(json.dumps({"id": n, "text": body * (7_000_000 // len(body))}))' "$src/demo/putin-may-g20.en.txt" >"$tmp/long.jsonl"
rm -f "$tmp/feed" && mkfifo "$tmp/feed"
"$precis" --input jsonl --jobs 1 - <"$tmp/feed" >"$tmp/twice.jsonl" 2>"$tmp/twice.err" &
worker=$!
at_exit "kill $worker 2>/dev/null"
exec 5>"$tmp/feed"
cat "$tmp/long.jsonl" >&5
# Wait until it has spent 0.1 s of CPU on the first article (about a tenth of the work).
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; }
for ((i = 0; i < 600; i++)); do (($(cpu_ticks $worker) >= 10)) && break; sleep 0.02; done
kill -TERM $worker
sleep 0.1
kill -TERM $worker
wait $worker
status=$?
exec 5>&-
check "two SIGTERMs: status 143 (got $status)" test $status -eq 143
check "two SIGTERMs: ended before the article was done (no output, no message)" \
    test ! -s "$tmp/twice.jsonl" -a ! -s "$tmp/twice.err"

# --- A closed standard output ends precis quietly, as SIGPIPE does, even when the
# parent ignores SIGPIPE (precis then sees EPIPE and must not go on summarizing).
for parent in default ignore; do
    (
        [[ $parent == ignore ]] && trap '' PIPE
        "$precis" --input jsonl --jobs 2 - <"$tmp/articles.jsonl" 2>"$tmp/pipe.err" | head -n 1 >/dev/null
        echo "${PIPESTATUS[0]}" >"$tmp/pipe.status"
    )
    check "closed output, SIGPIPE $parent: status 141 (got $(cat "$tmp/pipe.status"))" \
        test "$(cat "$tmp/pipe.status")" -eq 141
    check "closed output, SIGPIPE $parent: nothing on stderr: $(cat "$tmp/pipe.err")" test ! -s "$tmp/pipe.err"
done

# --- Any other write error is an error, not a silent success.
"$precis" "$tmp/articles.jsonl" >/dev/full 2>"$tmp/full.err"
status=$?
check "a full disk gives status 1 (got $status)" test $status -eq 1
check "a full disk is reported: $(cat "$tmp/full.err")" \
    grep -qx 'precis: standard output: No space left on device' "$tmp/full.err"
"$precis" "$src/demo/putin-may-g20.en.txt" >/dev/full 2>"$tmp/full.err"
check "a full disk is reported for text output too" \
    grep -qx 'precis: standard output: No space left on device' "$tmp/full.err"

# --- Memory is bounded by the lines in flight, not by the length of the input: 100
# lines of 1 MB take no more than 20 (each is read whole, then rejected: no "text").
# ASan's quarantine would keep freed lines resident; it is turned down for this.
lines_of_1mb() {
    "$python" -c '
import sys
pad = "x" * 1_000_000
for i in range(int(sys.argv[1])):
    sys.stdout.write("{\"id\": %d, \"text\": 5, \"pad\": \"%s\"}\n" % (i + 1, pad))' "$1"
}
peak_kb() {
    lines_of_1mb "$1" | ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}quarantine_size_mb=1 \
        /usr/bin/time -f %M -o "$tmp/peak" "$precis" --input jsonl --jobs 2 - >"$tmp/big.jsonl" 2>/dev/null
    [[ $(wc -l <"$tmp/big.jsonl") -eq $1 ]] || echo "FAIL: $1 lines of 1 MB gave $(wc -l <"$tmp/big.jsonl") lines" >&2
    tail -n 1 "$tmp/peak"
}
few=$(peak_kb 20)
many=$(peak_kb 100)
check "100 lines of 1 MB: peak $many KB, within 16 MB of 20 lines' $few KB" test $((many - few)) -lt 16384

# --- A line over the limit is an error record, read past without being stored.
{
    echo '{"id": "before", "text": "One sentence here. Another one there."}'
    printf '{"id": "huge", "text": "%s"}\n' "$(head -c 100000 /dev/zero | tr '\0' a)"
    echo '{"id": "after", "text": "One sentence here. Another one there."}'
} >"$tmp/huge.jsonl"
"$precis" --max-bytes 1000 "$tmp/huge.jsonl" >"$tmp/out" 2>/dev/null
check "the over-long line is an error record: $(sed -n 2p "$tmp/out" | head -c 100)" \
    test "$(sed -n 2p "$tmp/out")" = '{"id":2,"error":"line is 100026 bytes, over the limit"}'
check "the lines around it are summarized" test "$(ids "$tmp/out" | tr '\n' ' ')" = '"before" 2 "after" '

finish
