# A parser error on a line with non-ASCII text, in a file with no declared
# encoding: CPython reports the byte offset as if it counted characters.
x = 'é' 1
