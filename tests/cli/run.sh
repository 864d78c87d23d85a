#!/bin/sh
# The command line against CPython's recorded behaviour (expected.txt, made
# by record.sh): for every case of cases.txt, stdout, the exit status and
# the last line of stderr (all of it for a case marked full:, the last N
# lines for tailN:) must be CPython's.
#   tests/cli/run.sh MINIPY        (or: run.sh --record PYTHON)
record=0
if [ "$1" = --record ]; then record=1; shift; fi
INTERP=$1
case $INTERP in /*) ;; */*) INTERP=$PWD/$INTERP ;; esac
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
stdin=""
: > "$tmp/got"
while IFS= read -r line; do
    case $line in
        '#'*|'') continue ;;
        stdin:*) stdin=${line#stdin:}; continue ;;
    esac
    keep=1
    case $line in
        full:*) keep=all; line=${line#full:} ;;
        tail[0-9]:*) keep=${line%%:*}; keep=${keep#tail}; line=${line#tail[0-9]:} ;;
    esac
    printf '%b' "$stdin" > "$tmp/in"
    stdin=""
    eval "set -- $line"
    PYTHONDONTWRITEBYTECODE=1 "$INTERP" "$@" < "$tmp/in" > "$tmp/out" 2> "$tmp/err"
    rc=$?
    {
        echo "== $line"
        sed "s|$PWD/||g" "$tmp/out"
        echo "rc=$rc"
        # "python3: can't open file": the interpreter's name is its own.
        if [ $keep = all ]; then
            sed "s|$PWD/||g" "$tmp/err"
        else
            grep -v '^\s*$' "$tmp/err" | tail -n $keep |
                sed -E "s|^[^ ]*(python3[0-9.]*\|minipy): |INTERP: |; s|$PWD/||g"
        fi
    } >> "$tmp/got"
done < cases.txt
if [ $record = 1 ]; then cat "$tmp/got"; exit 0; fi
if diff expected.txt "$tmp/got"; then
    echo "cli: all cases as CPython"
else
    echo "cli: differs from CPython (above: < CPython, > minipy)"
    exit 1
fi
