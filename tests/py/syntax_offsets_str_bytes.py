# SyntaxError.offset and end_offset when compile(), exec() and eval() get
# the same source as a str or as bytes.  CPython's parser counts columns in
# characters for a str, but for bytes without a declared encoding it takes
# the byte offset for the character offset; its compiler and symbol table
# always count bytes; its tokenizer always counts characters.


def show(label, src, mode="exec"):
    for s in (src, src.encode("utf-8")):
        kind = type(s).__name__
        try:
            if label == "exec":
                exec(s, {})
            elif label == "eval":
                eval(s, {})
            else:
                compile(s, "<test>", mode)
            print(label, kind, "compiled")
        except SyntaxError as e:
            print(label, kind, type(e).__name__, e.msg)
            print("   ", e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))


# errors of the parser
show("compile", "x = 'é' 1\n")
show("compile", "s = 'ü'; f() = 5\n")
show("compile", "s = 'ééé'; del f()\n")
show("compile", "x = 'é'; 1 = 2\n")
show("compile", "x = 'é'; print 1\n")
show("compile", "x = 'éé'; f(a for a in b, c)\n")
show("compile", "x = b'é'\n")
show("compile", "é(**k, *a)\n")
show("compile", "x = 'é'; import a.b as c.d\n")
show("compile", "x = 'é'\ny = 'ü' +* 2\n")
show("compile", "s = 'é'; x = (1 2)\n", "single")
show("exec", "x = 'é' 1\n")
show("exec", "s = 'ü'; f() = 5\n")
show("eval", "'é' + 1 2\n")
show("eval", "  'é' if x\n")

# errors the parser raises for the tokenizer
show("compile", "é = (1,\n")
show("compile", "x = ['é',\ny = (1, 2\n")

# inside an f-string's expression CPython's own sub-parser counts bytes,
# whatever the source was
show("compile", "x = f'{\"é\" b}'\n")
show("compile", "x = 'é'; f'{a b}'\n")
show("compile", "a = 'é'; f'{a}{é b}'\n")
show("compile", "a = 'é'; f'{é!}'\n")

# errors of the compiler and the symbol table: bytes, no text
show("compile", "s = 'é'; return 5\n")
show("compile", "def f():\n    x = 'é'; nonlocal y\n")
show("compile", "s = 'ééé'; [x async for x in y]\n")
show("compile", "def f(é, é): pass\n")
