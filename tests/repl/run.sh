#!/bin/sh
# The REPL through a pseudo-terminal: script(1) (util-linux) runs minipy on
# a pty and types the input below; the screen must show each line of
# X.expect in order (other lines, such as the terminal's echo, may come
# between).  Each session is X.input (shell printf text; a line "SLEEP"
# waits a second, so that Ctrl-C lands inside a running loop).
#   tests/repl/run.sh MINIPY
MINIPY=${1:?usage: tests/repl/run.sh MINIPY}
case $MINIPY in /*) ;; *) MINIPY=$PWD/$MINIPY ;; esac
cd "$(dirname "$0")"
if ! command -v script >/dev/null; then
    echo "repl: script(1) is missing (util-linux)"; echo "repl: 0 passed, 1 failed"; exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
for input in *.input; do
    name=${input%.input}
    args=$(cat "$name.args" 2>/dev/null)
    while IFS= read -r line; do
        if [ "$line" = SLEEP ]; then sleep 2; else printf "$line"; sleep 0.2; fi
    done < "$input" | HOME=$tmp TERM=dumb timeout 30 script -qfec "$MINIPY $args" /dev/null \
        > "$tmp/raw" 2>&1
    tr -d '\r' < "$tmp/raw" > "$tmp/screen"
    # Every expected line, in order.
    if awk 'NR == FNR { want[n++] = $0; next }
            k < n && index($0, want[k]) { k++ }
            END { if (k < n) { print "missing: " want[k]; exit 1 } }' \
            "$name.expect" "$tmp/screen" &&
       ! grep -q 'still alive\|Sanitizer\|runtime error' "$tmp/screen"; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL repl $name; the screen was:"
        cat "$tmp/screen"
    fi
done
echo "repl: $pass passed, $fail failed"
[ "$fail" = 0 ]
