# SyntaxError.text keeps the line's newline, except: the tokenizer's own
# errors (invalid character, unterminated string, bad number, unmatched
# bracket) cut it; a bracket never closed on an earlier line than the last
# has none; and eval/single sources are not completed with a final newline.
SOURCES = [
    "x = 1 $ 2\n", "x = 1 $ 2", "s = 'abc\n", "s = 'abc", 'x = """abc\n',
    'x = """abc\ndef\n', "x = 'a\\\nb\n", "x = 'abc\ny = 2\n",
    "x = 1_\n", "x = 0b2\n", "x = 1e\n", "x = 09\n", "x = 1__0\n", "x = 0x\n", "0o8\n",
    "x = (1, 2]\n", "x = )\n", "x = (1,\n", "x = (1,", "x = [1,\ny = 2\n",
    "x = (1,\n\n\n", "x = (1,\n# c\n", "x = (1,\n  2,", "(\n", "(\n\n", "x = (\n'''a\nb'''\n",
    "x = €\n", "x = 1\ny = €\n", "x = 'a' 'b\n", "x = f'{\n", "x = 1 +\n", "x = 1 if\n",
    "1.2.3\n", "a b\n", "f(**)\n",
]
for mode in ('exec', 'single', 'eval'):
    for src in SOURCES:
        if mode == 'single' and src == "x = 1\ny = €\n":
            continue  # CPython's "multiple statements" check: not this test's subject
        try:
            compile(src, '<s>', mode)
            print(mode, repr(src), 'compiled')
        except SyntaxError as e:
            print(mode, repr(src), type(e).__name__, e.msg, repr(e.text), e.lineno, e.offset)
