#!/usr/bin/env bash
# Writes the bad inputs of tests/bad_input.sh into the folder $1, one
# NAME.py each (the names are those of expected.txt).  Deterministic:
# random.py is a copy of the committed random.bin.
set -eu
out=$1
here=$(cd "$(dirname "$0")" && pwd)
cd "$out"

# brackets: 100,000 open, 100,000 closing, then one of each kind nested
head -c 100000 /dev/zero | tr '\0' '(' > parens_open.py
echo >> parens_open.py
head -c 100000 /dev/zero | tr '\0' ')' > parens_close.py
echo >> parens_close.py
for i in $(seq 70); do printf '([{'; done > parens_mixed.py
echo >> parens_mixed.py

# 50 MB: one string literal over 800,000 lines, then an error on the last line
{
    printf "s = '''"
    yes '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef' | head -n 806000
    printf "'''\nt = len(s) + 1_\n"
} > big_string.py

# 10 MB of short statements, then an error
{
    seq 0 499999 | sed 's/.*/x = & + 1  # a comment/'
    printf 'y = 0o8\n'
} > many_lines.py

# 1000 levels of indentation
awk 'BEGIN { for (i = 0; i < 1000; i++) printf "%*sif x:\n", i, ""; printf "%*spass\n", 1000, "" }' > indent_1000.py

cp "$here/random.bin" random.py
# the same bytes as characters the lexer cares about (64 of them, 4 times)
alphabet=' \n\t\f\r()[]{}:;,.=+*/%<>!$?@~#\\'"'"'"rbfu0123456789xojeE_abcdefgXY'
LC_ALL=C tr '\000-\377' "$alphabet$alphabet$alphabet$alphabet" < "$here/random.bin" > random_text.py
printf "x = 1\nprint('caf\xe9')\n" > bad_utf8.py
printf 'x = 1\ny = 2 \x00 + 3\n' > nul.py
printf 'x = 1\n\x00' > nul_alone.py
printf "s = '\xed\xa0\x80'\n" > surrogate.py
printf "s = '\xed\xa0\x80\xed\xb0\x80'\n" > surrogate_pair.py
printf "x = 1\nprint('abc" > unterminated_eof.py
printf 'x = """abc\n\n' > unterminated_triple_eof.py
printf '\\' > backslash_alone.py
printf '\xef\xbb\xbf' > bom_only.py
printf '' > empty.py
printf '\r\r\n\r' > only_newlines.py
printf '# coding: unknown-codec\n' > bad_cookie.py
