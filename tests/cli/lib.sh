# Shared by the CLI's test scripts: a scratch folder, counters, and expect().
# Source it after setting `precis` and `src`; call `finish` last.
# Debian's Python (python3-dask is installed for it), whatever python3 comes first on PATH.
python=/usr/bin/python3
tmp=$(mktemp -d)
cleanups=()
# Commands run at exit, last added first (stop servers, then remove the scratch folder).
at_exit() { cleanups+=("$*"); }
run_cleanups() {
    local i
    for ((i = ${#cleanups[@]} - 1; i >= 0; i--)); do eval "${cleanups[i]}"; done
    rm -rf "$tmp"
}
trap run_cleanups EXIT
passed=0
failed=0

ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "FAIL: $*"; }
# check DESCRIPTION COMMAND...: one assertion, passed when COMMAND succeeds.
check() {
    local what=$1
    shift
    if "$@"; then ok; else bad "$what"; fi
}

# expect STATUS STDERR_PATTERN -- COMMAND...: the exit status, and a pattern stderr must match.
expect() {
    local status=$1 pattern=$2
    shift 3
    "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
    local got=$?
    if [[ $got -ne $status ]]; then
        bad "$* exited $got, expected $status; stderr: $(head -c 300 "$tmp/err")"
    elif [[ -n $pattern ]] && ! grep -qE -- "$pattern" "$tmp/err"; then
        bad "$*: stderr does not match '$pattern': $(head -c 300 "$tmp/err")"
    elif [[ $status -ne 0 && $(wc -l <"$tmp/err") -ne 1 ]]; then
        bad "$*: expected a one-line message, got: $(cat "$tmp/err")"
    else
        ok
    fi
}

# The ids of a JSON Lines file, one a line (ids are the first member of every record).
ids() { sed -E 's/^\{"id":("[^"]*"|[0-9]+).*/\1/' "$1"; }

finish() {
    echo "$passed passed, $failed failed"
    [[ $failed -eq 0 ]]
}
