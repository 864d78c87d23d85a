#!/usr/bin/env python3
"""Records CPython 3.11's tokens and tokenizer errors for test_lexer.c.

    python3 tests/unit/gen_lexer_cases.py > tests/unit/lexer_cases.inc

For each source below: when `python3 file.py` fails with an error of the
tokenizer, the error as the SyntaxError shows it (type, message, line,
1-based character offset (at most just after the text), text); otherwise (the source compiles, or the
parser refuses it) the tokens, as CPython's parser
sees them: the tokenize module's tokens with byte columns, without NL and
COMMENT, and with the C tokenizer's positions for NEWLINE (from a comment
before it to the newline), DEDENT and ENDMARKER at the end of the file (at
the end of the last line).  Sources where the tokenize module and the C
tokenizer part ways (a backslash at the start of a line, blank last lines
without a newline, names with combining marks) are left out of the token
cases; their behaviour is checked through errors.  CPython's NOTEQUAL
spelled '<>' is minipy's ERRORTOKEN '<>' (see grammar/lexer.re).
"""
import io
import keyword
import os
import subprocess
import sys
import tempfile
import token as T
import tokenize

HOOK = '''
import sys
def hook(t, v, tb):
    if isinstance(v, SyntaxError):
        print(repr((t.__name__, v.msg, v.lineno, v.offset, v.text)), file=sys.stderr)
    else:
        sys.__excepthook__(t, v, tb)
sys.excepthook = hook
'''

TOKENIZER_MSGS = (
    'invalid decimal', 'invalid hexadecimal', 'invalid octal', 'invalid binary',
    'invalid digit', 'leading zeros', 'invalid imaginary', 'unterminated',
    'invalid character', 'invalid non-printable', 'unmatched', 'does not match',
    'was never closed', 'too many nested', 'unexpected EOF',
    'unexpected character after line', 'inconsistent use of tabs',
    'unindent does not match', 'too many levels', 'null bytes', 'Non-UTF-8',
    'encoding problem')

CASES = [
    # indentation
    ('nested blocks', b'if a:\n    if b:\n        x = 1\n    y = 2\nz = 3\n'),
    ('dedent several', b'def f():\n  for x in y:\n    if x:\n      pass\nprint(f)\n'),
    ('dedent at end', b'class A:\n    def f(self):\n        return 1\n'),
    ('blank and comment lines', b'if a:\n\n    # c\n        # deeper\n    x = 1\n\n# out\n    y = 2\n'),
    ('comment after code', b'x = 1  # one\nif x:  # c\n    pass\n'),
    ('tabs', b'if a:\n\tif b:\n\t\tx = 1\n\ty = 2\n'),
    ('tab equals 8 spaces', b'if a:\n\tif b:\n\t    x\n'),
    ('continuation line', b'x = 1 + \\\n    2\nif x and \\\n   y:\n    pass\n'),
    ('brackets spanning lines', b'x = (1,\n  2,\n      3)\ny = [\n]\nz = {1:\n2}\n'),
    ('missing final newline', b'if a:\n    x = 1'),
    ('missing final newline after comment', b'x = 1  # c'),
    ('comment-only last line', b'x = 1\n# c'),
    ('crlf', b'if a:\r\n    x = 1\r\n\r\ny = 2\r\n'),
    ('lone cr', b'if a:\r    x = 1\ry = 2\r'),
    ('form feed', b'if a:\n\x0c    x = 1\n    \x0cy = 2\n'),
    ('empty file', b''),
    ('only newlines', b'\n\n\n'),
    ('only comment', b'# just a comment\n'),
    ('semicolons', b'x = 1; y = 2;\n'),
    ('one-line body', b'if x: y = 1\nelse: pass\n'),
    ('indent inside brackets ignored', b'f(1,\n        2,\n  3)\n'),
    ('bom', b'\xef\xbb\xbfx = 1\n'),
    ('coding cookie', b'# -*- coding: utf-8 -*-\nx = 1\n'),
    ('latin-1 cookie', b'# coding: latin-1\nx = "\xe9t\xe9"\n'),
    # strings
    ('string prefixes', b"a = r'x', u'x', R'x', U'x', f'x', F'x', b'x', B'x'\n"),
    ('two-letter prefixes', b"a = br'x', Br'x', bR'x', BR'x', rb'x', rB'x', Rb'x', RB'x'\n"
                            b"b = fr'x', Fr'x', fR'x', FR'x', rf'x', rF'x', Rf'x', RF'x'\n"),
    ('double quotes', b'a = "x", r"\\d", b"y", f"{a}"\n'),
    ('triple quotes', b"a = '''x\ny''' + \"\"\"z\n\n\"\"\"\nb = 1\n"),
    ('escaped quotes', b"a = 'it\\'s' \"say \\\"hi\\\"\" '\\\\'\n"),
    ('escaped newline', b"a = 'one\\\ntwo'\nb = 2\n"),
    ('empty strings', b"a = '' \"\" '''''' \"\"\"\"\"\"\n"),
    ('quotes in triple', b"a = '''it's \"x\" ''y'' '''\n"),
    ('adjacent strings', b"a = ('a' 'b'\n     'c')\n"),
    ('not prefixes', b"a = ub'x'\n"),
    ('string then name', b"a = 'x'if y else'z'\n"),
    ('non-ascii in string', b"a = '\xc3\xa9\xe2\x82\xac' + 1\n"),
    ('fstring', b"a = f'{x!r:>{w}}' + rf'{y}\\d'\n"),
    # numbers
    ('integers', b'a = 0, 1, 10, 1_000, 0_0, 00, 0x1F, 0X_ff, 0o17, 0O_7, 0b101, 0B_1\n'),
    ('floats', b'a = 1., .5, 1.5, 1e10, 1E-3, 1.5e+3, 1_0.0_1e-1_0, 0.0, 00.5, 09.5\n'),
    ('imaginary', b'a = 1j, 1.5J, .5j, 1e3j, 0j, 007j, 1_0j\n'),
    ('number then keyword', b'a = 1if b else 2\nc = 0x1for\n'),
    ('number dot', b'a = 1..real\nb = 1 .real\n'),
    ('ellipsis and dots', b'a = ...\nfrom .. import b\nfrom ... import c\n'),
    # operators
    ('operators', b'a = b + c - d * e / f // g % h ** i @ j\n'
                  b'a = b << c >> d & e | f ^ ~g\n'
                  b'a = b < c > d <= e >= f == g != h\n'),
    ('augmented', b'a += 1; a -= 1; a *= 1; a /= 1; a //= 1; a %= 1; a **= 1\n'
                  b'a @= 1; a &= 1; a |= 1; a ^= 1; a <<= 1; a >>= 1\n'),
    ('arrows and walrus', b'def f(a) -> int:\n    if (n := a):\n        return n\n'),
    ('brackets', b'a = [1, (2, {3: 4})][0]\n'),
    ('error tokens', b'a $ b ? c ! d ` e\n'),
    ('old notequal', b'a <> b\n'),
    # keywords and names
    ('keywords', b'False None True and as assert async await break class continue def del elif\n'
                 b'else except finally for from global if import in is lambda nonlocal not\n'
                 b'or pass raise return try while with yield\n'),
    ('soft keywords', b'match = case = _ = type\n'),
    ('names like keywords', b'iff = ifx = Ture = none = _if = if_ = True_\n'),
    ('non-ascii names', b'\xc3\xa9t\xc3\xa9 = \xe5\x90\x8d\xe5\x89\x8d + _\xce\xb1\xce\xb2\n'),
    # errors: numbers
    ('e decimal underscore', b'x = 1_\n'),
    ('e decimal double underscore', b'x = 1__0\n'),
    ('e hex empty', b'x = 0x\n'),
    ('e hex bad digit', b'x = 0x1g\n'),
    ('e octal digit', b'x = 0o18\n'),
    ('e octal empty', b'x = 0o\n'),
    ('e binary digit', b'x = 0b12\n'),
    ('e binary letter', b'x = 0b1a\n'),
    ('e leading zeros', b'x = 0008\n'),
    ('e leading zeros underscore', b'x = 00_0_1\n'),
    ('e exponent', b'x = 1e\n'),
    ('e exponent sign', b'x = 1e+\n'),
    ('e letters', b'x = 1abc\n'),
    ('e imaginary', b'x = 1.5j2\n'),
    ('e float letters', b'x = 1.x\n'),
    ('e number non-ascii after', b'x = 1\xe2\x82\xac\n'),
    # errors: strings
    ('e unterminated', b"x = 'abc\n"),
    ('e unterminated prefix', b"x = rb'abc\n"),
    ('e unterminated at eof', b"x = 'abc"),
    ('e unterminated escaped newline', b"x = 'a\\\nb\ny = 2\n"),
    ('e unterminated triple', b"y = 1\nx = f'''abc\n\ndef\n\n\n"),
    ('e unterminated triple at eof', b'x = """abc\ndef'),
    # errors: characters
    ('e invalid character', b'x = a\xe2\x82\xacb\n'),
    ('e invalid character alone', b'x = \xe2\x82\xac\n'),
    ('e emoji', b'x = \xf0\x9f\x98\x80\n'),
    ('e non-printable', b'x\xc2\xa0= 1\n'),
    ('e control character', b'x = a\x01b\n'),
    ('e combining start', b'x = \xcc\x81a\n'),
    # errors: brackets
    ('e unmatched', b'x = 1)\n'),
    ('e unmatched brace', b'x = }\n'),
    ('e mismatch', b'x = (1, [2, 3)\n'),
    ('e mismatch other line', b'x = (1, [2,\n3)\n'),
    ('e never closed', b'x = (1,\n2\n'),
    ('e never closed inner', b'x = [(1,\n2]\n'),
    ('e never closed non-ascii', b'\xc3\xa9 = (\n'),
    ('e too many nested', b'x = ' + b'(' * 201 + b')' * 201 + b'\n'),
    # errors: continuation
    ('e eof after backslash', b'x = 1 + \\\n'),
    ('e eof after backslash no newline', b'x = 1 + \\'),
    ('e eof after backslash at bol', b'x = 1\n  \\\n'),
    ('e char after backslash', b'x = 1 + \\ y\n'),
    ('e char after backslash second line', b'x = 1 + \\\n  y \\ z\n'),
    ('e backslash in brackets at eof', b'x = (1 + \\\n'),
    # errors: indentation
    ('e unindent', b'if x:\n        y\n    z\n'),
    ('e unindent non-ascii', b'if x:\n        y\n  \xc3\xa9 = 1\n'),
    ('e tab after spaces', b'if x:\n    y\n\tz\n'),
    ('e spaces after tab', b'if x:\n\ty\n        z\n'),
    ('e tab space mix', b'if x:\n  \ty\n\tz\n'),
    ('e too deep', b''.join(b' ' * i + b'if 1:\n' for i in range(100)) + b' ' * 100 + b'pass\n'),
    # errors: input
    ('e null byte', b'if x:\n    y = 2 \x00 3\n'),
    ('e null byte later', b"x = 1 2\nif y:\n    y = 2 \x00 3\n"),
    ('e tokenizer error before null', b"x = 'abc\ny = 2 \x00\n"),
    ('e non-utf8', b"x = 1\ny = 'ab\xff'\n"),
    ('e surrogate', b"x = '\xed\xa0\x80'\n"),
    ('e overlong', b"x = '\xc0\x80'\n"),
    ('e encoding unknown', b'# coding: foo\nx = 1\n'),
    ('e encoding ascii', b"# coding: ascii\nx = '\xe9'\n"),
    ('e encoding with bom', b'\xef\xbb\xbf# coding: latin-1\nx = 1\n'),
    ('e bom error', b'\xef\xbb\xbfx = 1_\n'),
    ('e bom never closed', b'\xef\xbb\xbfx = (\n'),
    ('e latin-1 error', b'# -*- coding: latin-1 -*-\n\xe9 = (\n'),
    ('e crlf', b'x = 1\r\ny = 1_\r\n'),
    ('e crlf unterminated', b"x = 'a\\\r\nb\r\n"),
]

KEYWORDS = set(keyword.kwlist)


def python_error(src):
    """The SyntaxError `python3 file.py` shows for src, or None."""
    with tempfile.TemporaryDirectory() as d:
        with open(os.path.join(d, 'sitecustomize.py'), 'w') as f:
            f.write(HOOK)
        with open(os.path.join(d, 'case.py'), 'wb') as f:
            f.write(src)
        env = dict(os.environ, PYTHONPATH=d, PYTHONIOENCODING='utf-8')
        p = subprocess.run([sys.executable, '-W', 'ignore', 'case.py'], cwd=d,
                           env=env, capture_output=True)
    for line in p.stderr.decode('utf-8', 'replace').split('\n'):
        if line.startswith("('"):
            kind, msg, lineno, offset, text = eval(line)
            return kind, msg.replace(d + '/', ''), lineno, offset, text
    return None  # it ran, or failed at run time


def c_tokens(src):
    """The tokens CPython's parser sees (see the module's docstring)."""
    enc, _ = tokenize.detect_encoding(io.BytesIO(src).readline)
    text = src.decode('utf-8-sig' if enc == 'utf-8-sig' else enc)
    lines = text.replace('\r\n', '\n').replace('\r', '\n').split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    nlines = len(lines)
    eof = (max(nlines, 1), len(lines[-1].encode()) if lines else 0)

    def col(line, c):
        return len(lines[line - 1][:c].encode()) if line - 1 < len(lines) else c

    data = text.replace('\r\n', '\n').replace('\r', '\n')
    out, comment = [], None
    for tk in tokenize.generate_tokens(io.StringIO(data).readline):
        kind = T.tok_name[tk.exact_type]
        (l, c), (el, ec) = tk.start, tk.end
        if tk.type == T.NL:
            comment = None
            continue
        if tk.type == T.COMMENT:
            comment = tk
            continue
        if tk.type == T.ERRORTOKEN and tk.string.isspace():
            continue  # the tokenize module's, before an unknown character
        if (kind == 'GREATER' and out and out[-1][0] == 'LESS' and
                out[-1][3:5] == (l, col(l, c))):
            # C's tokenizer reads '<>' as one NOTEQUAL its parser refuses;
            # minipy gives it as an ERRORTOKEN
            out[-1] = ('ERRORTOKEN',) + out[-1][1:3] + (l, col(l, ec), '<>')
            continue
        if tk.type == T.NEWLINE:
            s = col(l, c)
            if comment is not None and comment.start[0] == l:
                s = col(l, comment.start[1])
            text_ = lines[l - 1].encode()[s:col(l, c)].decode()
            out.append(('NEWLINE', l, s, l, col(l, c), text_))
        elif tk.type in (T.DEDENT, T.ENDMARKER) and l > nlines:
            out.append((kind, eof[0], eof[1], eof[0], eof[1], ''))
        else:
            if kind == 'NAME' and tk.string in KEYWORDS:
                kind = tk.string.upper()
            out.append((kind, l, col(l, c), el, col(el, ec), tk.string))
        comment = None
    return out


def c_string(b):
    """b as the body of a C string literal."""
    out = []
    for i, x in enumerate(b):
        ch = chr(x)
        if ch in '"\\':
            out.append('\\' + ch)
        elif 0x20 <= x < 0x7F:
            # a hex escape must not run into a following hex digit
            if out and out[-1].startswith('\\x') and ch in '0123456789abcdefABCDEF':
                out.append('""')
            out.append(ch)
        elif ch == '\n':
            out.append('\\n')
        else:
            out.append('\\x%02x' % x)
    return ''.join(out)


def expected(src):
    err = python_error(src)
    if err and any(m in err[1] for m in TOKENIZER_MSGS):
        kind, msg, lineno, offset, text = err
        text = (text or '').rstrip('\n')
        # an offset past the end shows the caret just after the text, where
        # mp_syntax_error can put it
        offset = min(offset or 0, len(text) + 1)
        return '!%s|%s|%s|%s|%s' % (kind, msg, lineno or 0, offset or 0, text)
    # it compiles, or the parser refuses it: the lexer gives the tokens
    lines = ['%s %d,%d-%d,%d %s' % t for t in c_tokens(src)]
    return '\n'.join(lines)


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit('run this under CPython 3.11')
    print('/* Generated by tests/unit/gen_lexer_cases.py from CPython %s: do not edit. */'
          % sys.version.split()[0])
    for label, src in CASES:
        exp = expected(src)
        print('{"%s", "%s", %d,\n "%s"},' % (c_string(label.encode()), c_string(src), len(src),
                                            c_string(exp.encode('utf-8'))))


main()
