#!/usr/bin/env bash
# Records what CPython 3.11 does with each input of generate.sh into
# expected.txt: NAME, exit status and the last line of stderr, tab-separated.
#   tests/bad_input/record.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
python3 -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' ||
    { echo "record.sh must run under CPython 3.11" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$here/generate.sh" "$tmp"
cd "$tmp"
for f in $(ls *.py | sort); do
    rc=0
    PYTHONHASHSEED=0 timeout 120 python3 -W ignore "$f" </dev/null >/dev/null 2>stderr || rc=$?
    # python3 names the file by its absolute path in some messages
    last=$(grep -v '^\s*$' stderr | tail -n 1 | sed "s#$tmp/##g" || true)
    printf '%s\t%s\t%s\n' "${f%.py}" "$rc" "$last"
done > "$here/expected.txt"
