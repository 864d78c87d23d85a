#!/bin/sh
# Records what CPython 3.11 does for each command line of cases.txt:
# expected.txt gets, per case, its stdout, exit status and last stderr line
# (with the interpreter's own path replaced by INTERP).
#   tests/cli/record.sh [PYTHON]
cd "$(dirname "$0")"
PY=${1:-python3}
sh ./run.sh --record "$PY" > expected.txt
