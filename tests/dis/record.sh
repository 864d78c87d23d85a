#!/usr/bin/env bash
# Records CPython 3.11's disassembly of each program for tests/dis/run.sh:
#   tests/dis/X.py                 -> tests/dis/X.dis
#   tests/notes/snippets/LNNNN.py  -> tests/dis/notes/LNNNN.dis
# `python3 -m dis X.py` is run in the program's folder, so that code
# objects are named "X.py" as minipy --dis names them; the addresses in
# code object reprs become 0xADDR.  Programs CPython cannot compile are
# skipped.  PYTHONHASHSEED=0 fixes the order of frozensets of strings.
#
#   tests/dis/record.sh [PATTERN]
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PATTERN=${1:-}
export PYTHONHASHSEED=0
norm() { sed -E 's/0x[0-9a-fA-F]+/0xADDR/g'; }

record() { # record PY OUT
    local dir name tmp
    dir=$(dirname "$1"); name=$(basename "$1")
    tmp=$(mktemp)
    if (cd "$dir" && python3 -m dis "$name" >"$tmp" 2>/dev/null); then
        norm <"$tmp" >"$2"
        echo "recorded $2"
    else
        echo "skipped $1 (CPython does not compile it)"
    fi
    rm -f "$tmp"
}

mkdir -p "$ROOT/tests/dis/notes"
for py in "$ROOT"/tests/dis/*.py; do
    [[ "$py" == *"$PATTERN"* ]] || continue
    record "$py" "${py%.py}.dis"
done
for py in "$ROOT"/tests/notes/snippets/*.py; do
    [[ "$py" == *"$PATTERN"* ]] || continue
    name=$(basename "$py" .py)
    record "$py" "$ROOT/tests/dis/notes/$name.dis"
done
