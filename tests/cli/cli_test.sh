#!/usr/bin/env bash
# The precis CLI as a user meets it: every exit code with its message, formats, stdin,
# several files, and a jsonl batch with a bad line. Usage: cli_test.sh PRECIS SOURCE_DIR
set -u
precis=$1
src=$2
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
sample=$src/demo/putin-may-g20.en.txt

# Success, and what comes out.
expect 0 '' -- "$precis" "$sample"
[[ $(wc -l <"$tmp/out") -eq 3 ]] && ok || bad "text format should print 3 lines"
grep -q '^At the meeting with the Prime Minister' "$tmp/out" && ok || bad "the lead sentence should be chosen"
expect 0 '' -- "$precis" --format markdown --length medium "$sample"
[[ $(grep -c '^- ' "$tmp/out") -eq 5 ]] && ok || bad "markdown medium should print 5 bullets"
expect 0 '' -- "$precis" --format json --explain "$sample"
grep -q '"schema": "precis/1"' "$tmp/out" && grep -q '"explain"' "$tmp/out" && ok || bad "json with --explain"
expect 0 '' -- "$precis" --skip-lead "$sample"
[[ $(wc -l <"$tmp/out") -eq 3 ]] && ! grep -q '^At the meeting with the Prime Minister' "$tmp/out" && ok || bad "--skip-lead leaves the lead paragraph out"
expect 2 "option '--skip-lead' takes no value" -- "$precis" --skip-lead=yes "$sample"
expect 0 '' -- "$precis" --format=json --type=headline "$sample"
grep -q '"type": "headline"' "$tmp/out" && ok || bad "--type=headline"
# html: the widget's box; the hostile page's markup payloads come out escaped, as text.
expect 0 '' -- "$precis" --format html "$src/demo/site/articles/hostile.html"
grep -q '^<precis-summary data-precis-ssr="" type="key-points"><template shadowrootmode="open">' "$tmp/out" &&
  [[ $(grep -o 'class="point"' "$tmp/out" | wc -l) -eq 3 ]] && grep -q '&lt;img src=x onerror=' "$tmp/out" &&
  ! grep -q '<img\|<script' "$tmp/out" && ok || bad "html format should print the box, escaped"
expect 2 "jsonl input gives json or jsonl" -- "$precis" --input jsonl --format html "$sample"
expect 0 '' -- "$precis" -n 1 --max-chars 200 "$sample"
[[ $(wc -l <"$tmp/out") -le 1 && $(wc -m <"$tmp/out") -le 201 ]] && ok || bad "-n 1 --max-chars 200"
"$precis" <"$sample" >"$tmp/stdin" 2>&1 && "$precis" - <"$sample" >"$tmp/dash" 2>&1 && "$precis" "$sample" >"$tmp/file" 2>&1
cmp -s "$tmp/stdin" "$tmp/file" && cmp -s "$tmp/dash" "$tmp/file" && ok || bad "stdin, - and a file should give the same summary"
expect 0 '' -- "$precis" "$sample" "$src/tests/corpus/kremlin-briefing.ru/article.txt"
[[ $(grep -c '^==> ' "$tmp/out") -eq 2 ]] && ok || bad "several files get a header each"
expect 0 '' -- "$precis" --extract "$sample"
[[ $(head -n 1 "$tmp/out") == "In London told the British version of the first meeting of Putin and may" ]] && ok || bad "--extract prints the title first"
[[ $(grep -c . "$tmp/out") -eq 9 ]] && ok || bad "--extract prints the title and 8 paragraphs"
expect 0 '' -- "$precis" --help
grep -q -- '--max-chars' "$tmp/out" && grep -q -- '--skip-lead' "$tmp/out" && grep -q -- '-n, --sentences N' "$tmp/out" && ok || bad "--help lists the options"
expect 0 '' -- "$precis" --version
grep -qE '^precis [0-9]+\.[0-9]+\.[0-9]+$' "$tmp/out" && ok || bad "--version"

# Usage errors: exit 2, one line, a pointer to --help.
expect 2 "unknown option '--frobnicate'.*--help" -- "$precis" --frobnicate "$sample"
expect 2 "--type: 'essay' is not one of" -- "$precis" --type essay "$sample"
expect 2 "--length" -- "$precis" --length huge "$sample"
expect 2 "--lang: 'xx'" -- "$precis" --lang xx "$sample"
expect 2 "-n: 'abc'" -- "$precis" -n abc "$sample"
expect 2 "--max-chars" -- "$precis" --max-chars 0 "$sample"
expect 2 "--jobs" -- "$precis" --jobs 0 "$sample"
expect 2 "needs a value" -- "$precis" --title
expect 2 "jsonl input gives json or jsonl" -- "$precis" --input jsonl --format text "$sample"
# Found before any file is read: the file before the jsonl one is not summarized first.
printf '{"text": "One sentence here. Another one there."}\n' >"$tmp/one.jsonl"
expect 2 "jsonl input gives json or jsonl" -- "$precis" --format text "$sample" "$tmp/one.jsonl" "$sample"
[[ ! -s "$tmp/out" ]] && ok || bad "a usage error comes before any output"
expect 2 "'18446744073709551616' is not a whole number from 1 to 18446744073709551615" -- "$precis" --max-bytes 18446744073709551616 "$sample"

# Input errors: exit 1, "precis: FILE: reason".
expect 1 "^precis: $tmp/missing.txt: No such file or directory$" -- "$precis" "$tmp/missing.txt"
expect 1 "is a directory" -- "$precis" "$tmp"
printf 'Good text then \xff bad byte.' >"$tmp/bad-utf8.txt"
expect 1 "^precis: $tmp/bad-utf8.txt: invalid UTF-8 at byte 15$" -- "$precis" "$tmp/bad-utf8.txt"
printf 'Text with a \0 NUL byte.' >"$tmp/nul.txt"
expect 1 "NUL byte at byte 12" -- "$precis" "$tmp/nul.txt"
yes 'The quick brown fox jumps over the lazy dog again and again.' | head -c 20000000 >"$tmp/big.txt"
expect 1 "input is 20000000 bytes, over the limit of 8388608 bytes" -- "$precis" "$tmp/big.txt"
expect 1 "over the limit of 100 bytes" -- "$precis" --max-bytes 100 "$sample"
# A text limit so large that four times it (the page limit) does not fit a size_t.
expect 0 '' -- "$precis" --max-bytes 4611686018427387904 "$sample"
expect 0 '' -- "$precis" --max-bytes 4611686018427387904 "$src/demo/site/articles/g20.html"
[[ $(wc -l <"$tmp/out") -eq 3 ]] && ok || bad "a page under a huge limit is summarized"
: >"$tmp/empty.txt"
expect 1 "^precis: -: Is a directory$" -- sh -c '"$1" <"$2"' sh "$precis" "$tmp"
expect 1 "^precis: $tmp/empty.txt: nothing to summarize$" -- "$precis" "$tmp/empty.txt"
printf ' \n\t\n  \n' >"$tmp/blank.txt"
expect 1 "nothing to summarize" -- "$precis" "$tmp/blank.txt"
# A failing file does not stop the others.
expect 1 "missing.txt" -- "$precis" "$tmp/missing.txt" "$sample"
[[ $(grep -c '^==> ' "$tmp/out") -eq 1 ]] && ok || bad "the good file is still summarized"

# A jsonl batch: 1,000 articles, line 500 malformed, two workers.
for i in $(seq 1 1000); do
    if [[ $i -eq 500 ]]; then
        echo '{"id": 500, "text": "this line is cut off'
    else
        echo "{\"id\": $i, \"text\": \"Report number $i was published on Monday. It covers $i towns in the north. Officials said the findings were clear. Residents will be consulted in May.\"}"
    fi
done >"$tmp/batch.jsonl"
expect 1 "1 of 1000 lines could not be summarized" -- "$precis" --jobs 2 "$tmp/batch.jsonl"
[[ $(wc -l <"$tmp/out") -eq 1000 ]] && ok || bad "1000 output lines expected, got $(wc -l <"$tmp/out")"
[[ $(grep -c '"error"' "$tmp/out") -eq 1 ]] && ok || bad "exactly one error record"
[[ $(sed -n 500p "$tmp/out") == '{"id":500,"error":"not valid JSON"}' ]] && ok || bad "line 500 is its error record: $(sed -n 500p "$tmp/out")"
grep -o '^{"id":[0-9]*' "$tmp/out" | cut -d: -f2 | cmp -s - <(seq 1 1000) && ok || bad "every id comes back, in input order"
grep -q '^{"id":1,"schema":"precis/1"' "$tmp/out" && ok || bad "results carry their id first"
# Lines without an id get their line number; bad fields are error records; blank lines are skipped.
printf '{"text": "One sentence here. Another one there."}\n\n{"id": "x", "text": 5}\n{"id": "y", "text": "Hi there.", "lang": "xx"}\n' >"$tmp/small.jsonl"
expect 1 "" -- "$precis" "$tmp/small.jsonl"
[[ $(sed -n 1p "$tmp/out") == '{"id":1,'* ]] && ok || bad "the line number stands in for a missing id"
grep -q '"id":"x"' "$tmp/out" && grep -q 'no \\"text\\" or \\"html\\" string' "$tmp/out" && ok || bad "a non-string text is an error record"
grep -q '"id":"y"' "$tmp/out" && grep -q "lang: 'xx'" "$tmp/out" && ok || bad "a bad lang is an error record"
[[ $(wc -l <"$tmp/out") -eq 3 ]] && ok || bad "blank lines are skipped"
# Ids come back byte for byte as the line wrote them: numbers a double cannot hold, escapes.
printf '%s\n' '{"id": 100000000000000000000000, "text": "One sentence here. Another one there."}' \
    '{"id": 1.50, "text": 5}' '{"id": "\u00e9\/x", "text": 5}' '{"id": {"a" : [1, 2E0]}, "text": 5}' >"$tmp/ids.jsonl"
expect 1 "3 of 4 lines" -- "$precis" "$tmp/ids.jsonl"
[[ $(cut -d, -f1 "$tmp/out" | head -3 | tr '\n' ' ') == '{"id":100000000000000000000000 {"id":1.50 {"id":"\u00e9\/x" ' ]] &&
  grep -q '^{"id":{"a" : \[1, 2E0\]},"error"' "$tmp/out" && ok || bad "ids as written: $(cat "$tmp/out")"

# Line breaks inside a sentence: one space each, CRLF included.
printf 'The cat sat on the mat and\r\nthe dog slept by the door. It was late at night and nobody was awake.\n' >"$tmp/crlf.txt"
expect 0 '' -- "$precis" "$tmp/crlf.txt"
grep -qx 'The cat sat on the mat and the dog slept by the door.' "$tmp/out" && ok || bad "CRLF in a sentence: $(cat "$tmp/out")"
expect 0 '' -- "$precis" --format markdown "$tmp/crlf.txt"
grep -qx -- '- The cat sat on the mat and the dog slept by the door.' "$tmp/out" && ok || bad "CRLF in markdown: $(cat "$tmp/out")"

# A page in UTF-16 (with its byte order mark) is told from text as a UTF-8 page is.
$python -c 'import sys; sys.stdout.buffer.write(open(sys.argv[1], encoding="utf-8").read().encode("utf-16"))' \
    "$src/demo/site/articles/g20.html" >"$tmp/utf16.html"
expect 0 '' -- "$precis" "$tmp/utf16.html"
"$precis" "$src/demo/site/articles/g20.html" | cmp -s - "$tmp/out" && ok || bad "a UTF-16 page gives the UTF-8 page's summary"

finish
