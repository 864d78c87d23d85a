#!/bin/sh
# Records the golden traces of tests/trace_json: for each X.py, X.json, the
# trace of `minipy --trace=json --trace-limit 60` made by the minipy given
# (default build/minipy; run from the top folder).  They are minipy's own
# output (CPython has no such thing): after recording, read each new or
# changed file against its program and check it by hand before committing
# it (tests/trace_json/validate.c checks the format, not the facts).
#   tests/trace_json/record.sh [MINIPY] [NAME...]
set -eu
MINIPY=${1:-build/minipy}
case $MINIPY in /*) ;; *) MINIPY=$PWD/$MINIPY ;; esac
cd "$(dirname "$0")"
[ $# -gt 0 ] && shift
names=${*:-$(ls *.py | sed 's/\.py$//')}
for name in $names; do
    "$MINIPY" --trace=json --trace-limit 60 --trace-out "$name.json.tmp" "$name.py" \
        >/dev/null 2>&1 || true
    mv "$name.json.tmp" "$name.json"
done
