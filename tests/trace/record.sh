#!/bin/sh
# Records the golden traces of tests/trace: for each X.py, X.trace
# (--trace), X.lines (--trace=lines) and X.calls (--trace=calls), made by
# the minipy given (default build/minipy; run from the top folder).  These are minipy's own output
# (CPython has no such thing): after recording, read each new or changed
# file against its program and check it by hand before committing it; the
# header that this script writes says so.
#   tests/trace/record.sh [MINIPY] [NAME...]
set -eu
MINIPY=${1:-build/minipy}
case $MINIPY in /*) ;; *) MINIPY=$PWD/$MINIPY ;; esac
cd "$(dirname "$0")"
[ $# -gt 0 ] && shift
names=${*:-$(ls *.py | sed 's/\.py$//')}
for name in $names; do
    for form in trace lines calls; do
        opt=--trace; [ $form = trace ] || opt=--trace=$form
        {
            echo "# minipy $opt $name.py: recorded by tests/trace/record.sh, minipy's own output,"
            echo "# reviewed by hand for correctness when recorded (see README.md, Tests)."
            "$MINIPY" $opt --trace-out "$name.$form.raw" "$name.py" >/dev/null 2>&1 || true
            cat "$name.$form.raw"
        } > "$name.$form.tmp"
        rm -f "$name.$form.raw"
        mv "$name.$form.tmp" "$name.$form"
    done
done
