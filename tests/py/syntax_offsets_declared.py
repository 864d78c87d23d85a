# What declares a source's encoding to CPython, and so makes the columns of
# its parser's errors count characters: a str source, a coding cookie or a
# UTF-8 BOM in bytes.  A str has neither: a cookie there is a comment, and
# U+FEFF an invalid character.


def show(src):
    try:
        code = compile(src, "<test>", "exec")
    except SyntaxError as e:
        print(type(src).__name__, type(e).__name__, e.msg)
        print("   ", e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
        return
    ns = {}
    exec(code, ns)
    print(type(src).__name__, "ran:", ns.get("x"))


cookie = "# -*- coding: utf-8 -*-\nx = 'é' 1\n"
show(cookie)
show(cookie.encode())

cookie2 = "#!/usr/bin/env python3\n# vim: set fileencoding=utf-8 :\ns = 'é'; f() = 1\n"
show(cookie2)
show(cookie2.encode())

# a cookie on line 3 declares nothing
late = "#\n#\n# coding: utf-8\nx = 'é' 1\n"
show(late)
show(late.encode())

# a BOM in bytes declares UTF-8; the error line comes without it
bom = b"\xef\xbb\xbfx = '\xc3\xa9' 1\n"
show(bom)
show(b"\xef\xbb\xbfs = 1\nx = '\xc3\xa9' 1\n")
show(b"\xef\xbb\xbfx = 2\n")

# in a str, a cookie is only a comment: the text is not re-decoded
show("# coding: latin-1\nx = 'é'\n")
show("# coding: latin-1\nx = 'é' 1\n")
