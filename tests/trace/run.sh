#!/bin/sh
# The tracer's tests (make test runs them):
#  1. each golden trace (X.trace, X.lines, X.calls, recorded by record.sh
#     and reviewed by hand) against what minipy prints now;
#  2. --trace on every notes snippet that minipy runs (its stdout and exit
#     status as recorded from CPython): it runs to completion, the program
#     prints the same, and the trace is not empty;
#  3. the JSON form of each golden program against the documented fields
#     of the Online Python Tutor format (check_json.sh);
#  4. minipy's exec of minipy-trace for --trace.
#   tests/trace/run.sh MINIPY [PATTERN]
MINIPY=${1:?usage: tests/trace/run.sh MINIPY [PATTERN]}
PATTERN=${2:-}
case $MINIPY in /*) ;; *) MINIPY=$PWD/$MINIPY ;; esac
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
failed() { fail=$((fail + 1)); echo "FAIL $*"; }

for t in tests/trace/*.trace tests/trace/*.lines tests/trace/*.calls; do
    [ -e "$t" ] || continue
    case $t in *"$PATTERN"*) ;; *) continue ;; esac
    base=${t%.*} form=${t##*.}
    opt=--trace; [ "$form" = trace ] || opt=--trace=$form
    (cd tests/trace && "$MINIPY" $opt --trace-out "$tmp/got" "$(basename "$base").py" \
        >/dev/null 2>"$tmp/err")
    grep -v '^# ' "$t" > "$tmp/want"
    if cmp -s "$tmp/want" "$tmp/got" && ! grep -q 'still alive\|Sanitizer\|runtime error' "$tmp/err"; then
        pass=$((pass + 1))
    else
        failed "$t"
        diff "$tmp/want" "$tmp/got" | head -10
        head -5 "$tmp/err"
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
    (cd "$(dirname "$py")" && timeout 120 "$MINIPY" --trace --trace-out "$tmp/trace" \
        "$(basename "$py")" >"$tmp/out2" 2>"$tmp/err2" </dev/null)
    rc2=$?
    if [ "$rc2" = "$rc1" ] && cmp -s "$tmp/out1" "$tmp/out2" && { [ -s "$tmp/trace" ] || [ "$rc1" != 0 ]; } &&
       ! grep -q 'still alive\|Sanitizer\|runtime error' "$tmp/err2"; then
        pass=$((pass + 1))
    else
        failed "--trace $py (status $rc2, wanted $rc1)"
        diff "$tmp/out1" "$tmp/out2" | head -5
        grep -m3 'still alive\|Sanitizer\|runtime error' "$tmp/err2"
    fi
done

# 4. --trace runs in minipy-trace, beside minipy (the build with the
#    count hooks): minipy execs it, and says so when it is missing.
prog='import sys; print(sys.executable.rsplit("/", 1)[1])'
got=$("$MINIPY" --trace --trace-out "$tmp/t" -c "$prog" 2>&1)
if [ "$got" = minipy-trace ] && [ -s "$tmp/t" ]; then pass=$((pass + 1)); else failed "--trace ran in: $got"; fi
got=$("$MINIPY" -c "$prog" 2>&1)
if [ "$got" = "$(basename "$MINIPY")" ]; then pass=$((pass + 1)); else failed "minipy ran in: $got"; fi
mkdir "$tmp/alone" && cp "$MINIPY" "$tmp/alone/minipy"
"$tmp/alone/minipy" --trace -c 'print(1)' >"$tmp/out" 2>"$tmp/err"
rc=$?
if [ "$rc" = 2 ] && [ ! -s "$tmp/out" ] && grep -q "alone/minipy-trace, which cannot be run" "$tmp/err"; then
    pass=$((pass + 1))
else
    failed "--trace without minipy-trace (status $rc)"; cat "$tmp/err"
fi

if [ -x tests/trace/check_json.sh ]; then
    tests/trace/check_json.sh "$MINIPY" "$PATTERN" > "$tmp/json" 2>&1
    tail -n +1 "$tmp/json" | grep -v '^[0-9]* passed' 
    p=$(sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\1/p' "$tmp/json")
    f=$(sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\2/p' "$tmp/json")
    pass=$((pass + ${p:-0})) fail=$((fail + ${f:-1}))
fi

echo "trace: $pass passed, $fail failed"
[ "$fail" = 0 ]
