#!/bin/sh
# The page of --trace=html in a browser (make test runs this): minipy
# writes the page for aliasing.py, headless Chromium opens it at a step
# (the address's #step=N, and &press=... to click the page's own buttons),
# and the DOM it ends with must show what the trace says at that step:
#   step 7:  line 4 is the current line, in grow's frame; the list that
#            nums, alias and items share is one object with "rc 3", reached
#            by four arrows; the bytecode marks LOAD_GLOBAL as current;
#   step 10, then Forward, Forward, Back: step 11, with "n is 3" printed;
#   the last step, then First, Last, Back, Forward: the program's markup
#            ("</script><img ...>") is shown as text, never as elements.
# Chromium comes with `make deps`; without it the test fails.
#   tests/html/run.sh MINIPY
MINIPY=${1:?usage: tests/html/run.sh MINIPY}
case $MINIPY in /*) ;; *) MINIPY=$PWD/$MINIPY ;; esac
cd "$(dirname "$0")"
CHROMIUM=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || command -v google-chrome)}
if [ -z "$CHROMIUM" ]; then
    echo "FAIL tests/html: no chromium on the PATH (make deps installs it)"
    echo "html: 0 passed, 1 failed"
    exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0

"$MINIPY" --trace=html aliasing.py >"$tmp/page.html" 2>"$tmp/err"
if [ $? != 0 ] || grep -q 'still alive\|Sanitizer\|runtime error' "$tmp/err"; then
    echo "FAIL --trace=html aliasing.py"
    head -5 "$tmp/err"
    echo "html: 0 passed, 1 failed"
    exit 1
fi

# The DOM of the page at the address's fragment, after its script ran.
dom() {
    "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-background-networking \
        --disable-component-update --disable-sync --no-first-run --disable-extensions \
        --user-data-dir="$tmp/profile" --virtual-time-budget=1000 \
        --dump-dom "file://$tmp/page.html#$1" 2>/dev/null
}

# check NAME FILE PATTERN [absent]: the dumped DOM has (or has not) PATTERN.
check() {
    if grep -Eq -- "$3" "$2"; then found=1; else found=0; fi
    if [ "$found" = "${4:-1}" ]; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL html $1: ${4:+no }'$3' expected in the page"
    fi
}

dom "step=7" >"$tmp/step7"
check "step 7" "$tmp/step7" 'id="status" data-step="7" data-event="step_line" data-line="4"'
check "current line" "$tmp/step7" '<li class="line current" data-line="4" id="current-line">'
check "frame" "$tmp/step7" '<div class="frame highlighted"><div class="frame-head"><span class="frame-name">grow</span>'
check "refcount" "$tmp/step7" '<span class="kind">list</span><span class="object-id">#[0-9]+</span><span class="refcount"[^>]*>rc 3</span>'
check "list items" "$tmp/step7" '<div class="val"><span class="prim num">3</span></div>'
check "arrows" "$tmp/step7" '(<path [^>]*class="arrow"[^>]*>.*){4}'
check "bytecode" "$tmp/step7" 'id="current-instruction"><td class="lineno">4</td><td class="marker">--&gt;</td><td class="offset">[0-9]+</td><td class="text">LOAD_GLOBAL'
check "no output yet" "$tmp/step7" '<pre id="stdout"></pre>'

dom "step=10&press=next,next,prev" >"$tmp/back"
check "forward and back" "$tmp/back" 'id="status" data-step="11" data-event="step_line" data-line="11"'
check "output so far" "$tmp/back" '<pre id="stdout">n is 3
</pre>'

dom "step=12&press=first,last,prev,next" >"$tmp/last"
check "last step" "$tmp/last" 'id="status" data-step="12" data-event="return"'
check "escaped output" "$tmp/last" '&lt;/script&gt;&lt;img src=x onerror=alert\(1\)&gt;'
check "escaped value" "$tmp/last" "<span class=\"prim str\">'&lt;/script&gt;&lt;img src=x onerror=alert\(1\)&gt;'</span>"
check "no markup from the program" "$tmp/last" '<img' 0

echo "html: $pass passed, $fail failed"
[ "$fail" = 0 ]
