#!/usr/bin/env bash
# The test runner: checks minipy against CPython 3.11's recorded behaviour.
#
#   tests/run.sh BUILD/minipy [PATTERN]
#
# For every X.py under tests/ and examples/ (or only those whose path
# contains PATTERN):
#   X.ast            `minipy --ast X.py` must print exactly this, exit 0.
#   X.out/.err/.rc   `minipy X.py`, run in X's folder, must print X.out on
#                    stdout (hex addresses aside) and exit with status 0
#                    exactly when X.rc is 0; when X.rc is not 0 the last
#                    line of stderr must equal X.err's.  Under tests/syntax/
#                    all of stderr must match.
# tests/pending.txt names the runs that are known not to pass yet: they are
# run and reported as pending, never counted as failures, and a pending
# test that passes is reported so that it can be taken off the list.
# All these files were recorded from CPython by tests/record.py.

set -u
MINIPY=$(realpath "$1")
PATTERN=${2:-}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
TIMEOUT=${MINIPY_TEST_TIMEOUT:-30}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export PYTHONHASHSEED=0

pending_list=$(grep -v '^#' tests/pending.txt 2>/dev/null | sed '/^\s*$/d')
is_pending() { grep -qxF "$1" <<<"$pending_list"; }

norm() { sed -E 's/0x[0-9a-fA-F]+/0xADDR/g'; }
# Programs whose output CPython itself does not repeat exactly (as
# ../shared/notes/README.md says of the notes): wall-clock figures are free
# in the first, and threads print in the order the OS runs them in the
# second.
FUZZY_TESTS="tests/notes/snippets/L0902.py"
UNORDERED_TESTS="tests/notes/fixed/L0821.py"
compare_out() { # compare_out TEST GOT WANT
    case " $FUZZY_TESTS " in *" $1 "*)
        [ "$(norm <"$2" | sed -E 's/[0-9]+\.[0-9]+(e-?[0-9]+)?/F/g')" = \
          "$(norm <"$3" | sed -E 's/[0-9]+\.[0-9]+(e-?[0-9]+)?/F/g')" ]; return ;;
    esac
    case " $UNORDERED_TESTS " in *" $1 "*)
        [ "$(norm <"$2" | sort)" = "$(norm <"$3" | sort)" ]; return ;;
    esac
    [ "$(norm <"$2")" = "$(norm <"$3")" ]
}
last_line() { grep -v '^\s*$' | tail -n 1; }

# check_ast X.py: prints one result line.
check_ast() {
    local py=$1 want=${1%.py}.ast got rc
    got=$(timeout "$TIMEOUT" "$MINIPY" --ast "$py" 2>/tmp/minipy-ast-err.$$; echo "rc=$?")
    rc=${got##*rc=}
    got=${got%rc=*}
    if [ "$rc" = 0 ] && [ "$got" = "$(cat "$want")"$'\n' ]; then
        echo "PASS ast $py"
    else
        echo "FAIL ast $py (exit $rc: $(head -c 300 /tmp/minipy-ast-err.$$ | tail -n 1))"
    fi
    rm -f /tmp/minipy-ast-err.$$
}

# check_run X.py: prints one result line.
check_run() {
    local py=$1 base=${1%.py} dir name out err rc want_rc ok=1 why=""
    dir=$(dirname "$py")
    name=$(basename "$py")
    out=$(mktemp)
    err=$(mktemp)
    (cd "$dir" && timeout "$TIMEOUT" "$MINIPY" "$name" >"$out" 2>"$err" </dev/null)
    rc=$?
    # Tracebacks name the script by its absolute path; the recordings have
    # the folder taken off, as ../shared/notes/README.md describes.
    sed -i "s|$ROOT/$dir/||g" "$err"
    want_rc=$(cat "$base.rc")
    if ! compare_out "$py" "$out" "$base.out"; then
        ok=0; why="stdout differs"
    elif [ "$rc" -ge 124 ] && [ "$rc" -ne "$want_rc" ]; then
        ok=0; why="exit $rc (crash or timeout)"
    elif { [ "$rc" = 0 ] && [ "$want_rc" != 0 ]; } || { [ "$rc" != 0 ] && [ "$want_rc" = 0 ]; }; then
        ok=0; why="exit $rc, want $want_rc"
    elif [[ "$py" == tests/syntax/* ]]; then
        if [ "$(cat "$err")" != "$(cat "$base.err")" ]; then
            ok=0; why="stderr differs: $(tail -n 1 "$err")"
        fi
    elif [ "$want_rc" != 0 ] && [ "$(last_line <"$err" | norm)" != "$(last_line <"$base.err" | norm)" ]; then
        ok=0; why="error line: $(last_line <"$err" | head -c 200)"
    fi
    if grep -q 'ERROR: AddressSanitizer\|runtime error:\|ERROR: LeakSanitizer' "$err"; then
        ok=0; why="sanitizer: $(grep -m1 'ERROR\|runtime error' "$err" | head -c 200)"
    fi
    rm -f "$out" "$err"
    if is_pending "$py"; then
        if [ $ok = 1 ]; then echo "FIXED run $py (passes now: take it off tests/pending.txt)"
        else echo "PENDING run $py ($why)"; fi
    elif [ $ok = 1 ]; then
        echo "PASS run $py"
    else
        echo "FAIL run $py ($why)"
    fi
}
export -f check_ast check_run norm last_line is_pending compare_out
export MINIPY TIMEOUT pending_list FUZZY_TESTS UNORDERED_TESTS ROOT

# The test programs: everything under tests/ and examples/ but the tools
# that live beside them (tests/*.py, the unit tests' generators) and the
# programs that tests/trace_json and tests/html run with their own runners.
list_tests() {
    find tests examples -name '*.py' -not -path '*/unit/*' -not -regex 'tests/[^/]*\.py' \
        -not -path 'tests/bad_input/*' -not -path 'tests/trace_json/*' \
        -not -path 'tests/html/*' | sort | grep -F -- "$PATTERN"
}

results=$(
    list_tests | while read -r py; do
        b=${py%.py}
        [ -f "$b.ast" ] && echo "ast $py"
        [ -f "$b.rc" ] && echo "run $py"
        [ -f "$b.ast" ] || [ -f "$b.rc" ] || [[ "$py" == */lib/* ]] || echo "none $py"
    done | xargs -P "$(nproc)" -I{} bash -c '
        set -- {}
        case $1 in
          ast) check_ast "$2" ;;
          run) check_run "$2" ;;
          none) echo "FAIL none $2 (no recorded .ast or .rc: run tests/record.py)" ;;
        esac'
)

echo "$results" | grep -v '^PASS' | sort
pass=$(grep -c '^PASS' <<<"$results")
fail=$(grep -c '^FAIL' <<<"$results")
pend=$(grep -c '^PENDING' <<<"$results")
fixed=$(grep -c '^FIXED' <<<"$results")
echo "tests: $pass passed, $fail failed, $pend pending, $fixed fixed"
[ "$fail" = 0 ]
