#!/usr/bin/env bash
# Bad input never crashes minipy.
#
#   tests/bad_input.sh BUILD/minipy
#
# tests/bad_input/generate.sh writes the inputs into a temporary folder:
# 100,000 nested brackets, a 50 MB literal, 10 MB of lines, 1000 levels of
# indentation, random bytes (tests/bad_input/random.bin, committed), bad
# UTF-8, NUL bytes, lone surrogates, literals left open at the end.
# minipy reads each with --tokens and with --ast, and must exit as CPython
# 3.11 does (status 0 or 1; a crash, a timeout or a sanitizer report is a
# failure) with the last line of stderr CPython printed, which
# tests/bad_input/record.sh recorded in tests/bad_input/expected.txt.

set -u
if [ $# -ne 1 ]; then
    echo "usage: $0 PATH/TO/minipy" >&2
    exit 2
fi
MINIPY=$(realpath "$1")
HERE=$(cd "$(dirname "$0")" && pwd)
TIMEOUT=${MINIPY_TEST_TIMEOUT:-120}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$HERE/bad_input/generate.sh" "$tmp" || { echo "FAIL bad_input: generate.sh"; exit 1; }

pass=0
fail=0
while IFS=$'\t' read -r name want_rc want_last; do
    for mode in --tokens --ast; do
        rc=0
        (cd "$tmp" && timeout "$TIMEOUT" "$MINIPY" "$mode" "$name.py" \
            </dev/null >/dev/null 2>"$tmp/stderr") || rc=$?
        last=$(grep -v '^\s*$' "$tmp/stderr" | tail -n 1)
        why=""
        if grep -q 'ERROR: AddressSanitizer\|runtime error:\|ERROR: LeakSanitizer' "$tmp/stderr"; then
            why="sanitizer: $(grep -m1 'ERROR\|runtime error' "$tmp/stderr" | head -c 200)"
        elif [ "$rc" -ge 124 ]; then
            why="exit $rc (crash or timeout)"
        elif [ "$rc" != "$want_rc" ]; then
            why="exit $rc, want $want_rc: $(head -c 200 <<<"$last")"
        elif [ "$last" != "$want_last" ]; then
            why="last line: $(head -c 200 <<<"$last")"
        fi
        if [ -z "$why" ]; then
            pass=$((pass + 1))
        else
            fail=$((fail + 1))
            echo "FAIL bad_input $name $mode ($why)"
        fi
    done
done <"$HERE/bad_input/expected.txt"

echo "bad input: $pass passed, $fail failed"
[ "$fail" = 0 ]
