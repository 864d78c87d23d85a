#!/bin/sh
# The JSON and HTML forms of --trace (make test runs them):
#  1. each program here: its trace against the golden X.json (minipy's own
#     output, recorded by record.sh and reviewed by hand), and against the
#     documented fields of Online Python Tutor's trace format (validate.c,
#     built here with the C compiler);
#  2. --trace=json on every notes snippet that minipy runs as CPython does:
#     the run completes, prints the same and ends with the same status,
#     and its trace validates;
#  3. --trace=html of each program here: the page is valid as the
#     validator reads it, and the trace inside is the golden one.
#   tests/trace_json/run.sh MINIPY [PATTERN]
MINIPY=${1:?usage: tests/trace_json/run.sh MINIPY [PATTERN]}
PATTERN=${2:-}
case $MINIPY in /*) ;; *) MINIPY=$PWD/$MINIPY ;; esac
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
failed() { fail=$((fail + 1)); echo "FAIL $*"; }
bad_err() { grep -q 'still alive\|Sanitizer\|runtime error' "$1"; }

${CC:-cc} -std=c11 -O1 -Wall -o "$tmp/validate" tests/trace_json/validate.c || {
    echo "trace_json: cannot build the validator"; exit 1; }

# The goldens are recorded with this limit (limit.py reaches it).
LIMIT=60

for py in tests/trace_json/*.py; do
    case $py in *"$PATTERN"*) ;; *) continue ;; esac
    name=$(basename "$py" .py)
    (cd tests/trace_json && "$MINIPY" --trace=json --trace-limit $LIMIT --trace-out "$tmp/got" \
        "$name.py" >/dev/null 2>"$tmp/err")
    if cmp -s "tests/trace_json/$name.json" "$tmp/got" && "$tmp/validate" "$tmp/got" >"$tmp/v" &&
       ! bad_err "$tmp/err"; then
        pass=$((pass + 1))
    else
        failed "--trace=json $py"
        diff "tests/trace_json/$name.json" "$tmp/got" | head -c 1500
        head -5 "$tmp/v" "$tmp/err"
    fi
    (cd tests/trace_json && "$MINIPY" --trace=html --trace-limit $LIMIT "$name.py" \
        >"$tmp/page.html" 2>"$tmp/err")
    sed -n '/^<script id="trace-data"/,/^<\/script>/p' "$tmp/page.html" |
        sed '1s/^<script id="trace-data" type="application\/json">//; $d' >"$tmp/inside"
    if "$tmp/validate" --html "$tmp/page.html" >"$tmp/v" &&
       cmp -s "tests/trace_json/$name.json" "$tmp/inside" && ! bad_err "$tmp/err"; then
        pass=$((pass + 1))
    else
        failed "--trace=html $py"
        head -5 "$tmp/v" "$tmp/err"
    fi
done

for py in tests/notes/snippets/*.py; do
    [ -e "$py" ] || continue
    case $py in *"$PATTERN"*) ;; *) continue ;; esac
    x=${py%.py}
    want_rc=$(cat "$x.rc" 2>/dev/null || echo 0)
    (cd "$(dirname "$py")" && timeout 60 "$MINIPY" "$(basename "$py")" >"$tmp/out1" 2>/dev/null </dev/null)
    rc1=$?
    # Only the snippets minipy runs as CPython does.
    [ "$rc1" = "$want_rc" ] && cmp -s "$tmp/out1" "$x.out" || continue
    (cd "$(dirname "$py")" && timeout 120 "$MINIPY" --trace=json --trace-limit 0 \
        --trace-out "$tmp/trace.json" "$(basename "$py")" >"$tmp/out2" 2>"$tmp/err2" </dev/null)
    rc2=$?
    if [ "$rc2" = "$rc1" ] && cmp -s "$tmp/out1" "$tmp/out2" &&
       "$tmp/validate" "$tmp/trace.json" >"$tmp/v" && ! bad_err "$tmp/err2"; then
        pass=$((pass + 1))
    else
        failed "--trace=json $py (status $rc2, wanted $rc1)"
        diff "$tmp/out1" "$tmp/out2" | head -5
        head -5 "$tmp/v"
        grep -m3 'still alive\|Sanitizer\|runtime error' "$tmp/err2"
    fi
done

echo "trace_json: $pass passed, $fail failed"
[ "$fail" = 0 ]
