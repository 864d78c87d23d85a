#!/usr/bin/env bash
# Checks `minipy --dis` against CPython 3.11's recorded disassemblies
# (tests/dis/record.sh made them):
#
#   tests/dis/run.sh BUILD/minipy [PATTERN]
#
# Each tests/dis/X.py must disassemble to X.dis, and each notes snippet
# tests/notes/snippets/LNNNN.py with a recording to tests/dis/notes/LNNNN.dis,
# hex addresses aside.  Prints one PASS/FAIL line per program (with the
# first differing line), then a summary; exits 1 if anything failed.
set -u
MINIPY=$(realpath "$1")
PATTERN=${2:-}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
TIMEOUT=${MINIPY_TEST_TIMEOUT:-30}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export PYTHONHASHSEED=0
norm() { sed -E 's/0x[0-9a-fA-F]+/0xADDR/g'; }
pass=0 fail=0

check() { # check PY WANT
    local dir name got err rc first
    dir=$(dirname "$1"); name=$(basename "$1")
    got=$(mktemp); err=$(mktemp)
    (cd "$dir" && timeout "$TIMEOUT" "$MINIPY" --dis "$name" >"$got" 2>"$err")
    rc=$?
    norm <"$got" >"$got.n"
    if [ $rc = 0 ] && cmp -s "$got.n" "$2" && ! grep -q 'Sanitizer\|runtime error:\|objects still alive' "$err"; then
        echo "PASS dis $1"
        pass=$((pass + 1))
    else
        first=$(diff "$2" "$got.n" | grep -m1 '^[<>]')
        echo "FAIL dis $1 (exit $rc: ${first:-$(head -c 200 "$err")})"
        fail=$((fail + 1))
    fi
    rm -f "$got" "$got.n" "$err"
}

cd "$ROOT"
for py in tests/dis/*.py; do
    [[ "$py" == *"$PATTERN"* ]] || continue
    [ -f "${py%.py}.dis" ] && check "$py" "${py%.py}.dis"
done
for want in tests/dis/notes/*.dis; do
    name=$(basename "$want" .dis)
    py=tests/notes/snippets/$name.py
    [[ "$py" == *"$PATTERN"* ]] || continue
    [ -f "$py" ] && check "$py" "$want"
done
echo "dis: $pass passed, $fail failed"
[ $fail = 0 ]
