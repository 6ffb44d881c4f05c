#!/usr/bin/env bash
# The README's "Archive scale" recipes, run as written (each README code block with a
# "# recipe: NAME" line) on 2,500 records of the project's own articles and pages: each
# must give byte for byte what one precis process gives.
#   recipes_test.sh RECIPE PRECIS SOURCE_DIR
# RECIPE: parallel-cores | parallel-hosts | dask | worker-wrapper
set -u
recipe=$1
precis=$2
src=$3
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# The code block of README.md that holds a line starting with $1, without its fences.
readme_block() {
    awk -v marker="$1" '
        !inside && /^ *```/ { inside = 1; indent = index($0, "`") - 1; n = 0; found = 0; next }
        inside && /^ *```/ { if (found) { for (i = 1; i <= n; i++) print lines[i]; exit } inside = 0; next }
        inside { line = substr($0, indent + 1); lines[++n] = line; if (index(line, marker) == 1) found = 1 }
    ' "$src/README.md"
}
code=$(readme_block "# recipe: $recipe")
[[ $recipe == worker-wrapper ]] && code=$(readme_block "# precis-worker.sh:")
if [[ -z $code ]]; then
    bad "README.md has no block for the recipe '$recipe'"
    finish
    exit
fi

mkdir "$tmp/run"
cd "$tmp/run" || exit 1
export PATH="$(dirname "$precis"):$PATH"
"$python" "$src/tests/cli/articles.py" "$src" 2500 1234 >articles.jsonl
precis --input jsonl --jobs 2 <articles.jsonl >"$tmp/expected.jsonl" 2>/dev/null
check "the reference run has its error record" grep -qx '{"id":"front-page-1234","error":"no article found"}' "$tmp/expected.jsonl"

# run_recipe STATUS: runs the block in bash (Debian's python for dask), expecting STATUS.
run_recipe() {
    local expected=$1 status
    if [[ $recipe == dask ]]; then
        "$python" -c "$code" 2>"$tmp/recipe.err"
    else
        bash -c "$code" 2>"$tmp/recipe.err"
    fi
    status=$?
    check "$recipe: exit status $expected (got $status): $(head -c 500 "$tmp/recipe.err")" test $status -eq "$expected"
}
same_as_one_process() {
    check "$recipe: the output is byte for byte the single-process output" cmp -s "$1" "$tmp/expected.jsonl"
}

case $recipe in
parallel-cores)
    # Three pieces of 1,000 lines; the one with the error record exits 1.
    PARALLEL="--joblog $tmp/joblog" run_recipe 1
    same_as_one_process summaries.jsonl
    check "parallel ran three precis processes" test "$(tail -n +2 "$tmp/joblog" | wc -l)" -eq 3
    check "parallel did not have to grow --block: $(grep -m 1 'parallel: Warning' "$tmp/recipe.err")" \
        test "$(grep -c 'parallel: Warning' "$tmp/recipe.err")" -eq 0
    ;;

parallel-hosts)
    # Two hosts: network namespaces with nothing but their own loopback, each with an
    # sshd of ours on 127.0.0.1:22; the ssh client runs inside the namespace it calls.
    if [[ $(id -u) -ne 0 ]]; then
        bad "parallel-hosts makes network namespaces and runs sshd: it needs root"
        finish
        exit
    fi
    ssh=$tmp/ssh
    mkdir -m 700 "$ssh"
    ssh-keygen -q -t ed25519 -N '' -f "$ssh/host_key"
    ssh-keygen -q -t ed25519 -N '' -f "$ssh/id"
    cp "$ssh/id.pub" "$ssh/authorized_keys"
    echo "127.0.0.1 $(cut -d' ' -f1,2 "$ssh/host_key.pub")" >"$ssh/known_hosts"
    cat >"$ssh/sshd_config" <<EOF
ListenAddress 127.0.0.1:22
HostKey $ssh/host_key
PidFile none
AuthorizedKeysFile $ssh/authorized_keys
StrictModes no
UsePAM no
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin prohibit-password
SetEnv PATH=$(dirname "$precis"):/usr/local/bin:/usr/bin:/bin
LogLevel ERROR
EOF
    cat >"$ssh/config" <<EOF
Host *
  HostName 127.0.0.1
  User $(id -un)
  IdentityFile $ssh/id
  IdentitiesOnly yes
  UserKnownHostsFile $ssh/known_hosts
  StrictHostKeyChecking yes
  BatchMode yes
  LogLevel ERROR
EOF
    # sshd's privilege separation directory (systemd makes it for Debian's service).
    [[ -d /run/sshd ]] || mkdir -m 755 /run/sshd
    HOSTS=
    for host in host1 host2; do
        unshare --net sh -c "ip link set lo up && exec /usr/sbin/sshd -D -e -f '$ssh/sshd_config'" 2>"$tmp/$host.log" &
        pid=$!
        at_exit "kill $pid 2>/dev/null; wait $pid 2>/dev/null"
        login="nsenter --net=/proc/$pid/ns/net ssh -F $ssh/config $host"
        for ((i = 0; i < 100; i++)); do $login true 2>/dev/null && break; sleep 0.1; done
        check "$host answers over ssh inside its namespace: $(cat "$tmp/$host.log")" $login true
        # Two sshds on 127.0.0.1:22 at once: only separate networks allow that.
        check "$host has a network of its own, with one sshd on its loopback" \
            test "$($login 'cat /proc/net/tcp' | grep -c ' 0100007F:0016 00000000:0000 0A ')" -eq 1
        HOSTS+="${HOSTS:+,}1/$login"
    done
    export HOSTS
    PARALLEL="--joblog $tmp/joblog" run_recipe 1
    same_as_one_process summaries.jsonl
    check "both hosts ran pieces: $(tail -n +2 "$tmp/joblog" | cut -f 2 | sort | uniq -c | tr '\n' ';')" \
        test "$(tail -n +2 "$tmp/joblog" | cut -f 2 | sort -u | wc -l)" -eq 2
    ;;

dask)
    run_recipe 0
    check "dask wrote several partitions ($(ls summaries | wc -l))" test "$(ls summaries | wc -l)" -ge 3
    cat summaries/*.jsonl >summaries.jsonl
    same_as_one_process summaries.jsonl
    ;;

worker-wrapper)
    printf '%s\n' "$code" >precis-worker.sh
    sh precis-worker.sh <articles.jsonl >summaries.jsonl 2>"$tmp/recipe.err"
    check "error records pass the wrapper: status 0 (got $?)" test $? -eq 0
    same_as_one_process summaries.jsonl
    sh precis-worker.sh --frobnicate </dev/null >/dev/null 2>&1
    check "a usage error fails it: status 2 (got $?)" test $? -eq 2
    ;;

*)
    bad "unknown recipe '$recipe'"
    ;;
esac
finish
