# Run by cases.txt with -m: a syntax error on a line with non-ASCII text
# (columns counted in bytes, as CPython counts them for files).
x = 'é' 1
