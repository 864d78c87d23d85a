#!/usr/bin/env python3
"""Records CPython 3.11's trees, positions and syntax errors for test_parser.c.

    python3 tests/unit/gen_parser_cases.py > tests/unit/parser_cases.inc

- DUMP_CASES: ast.dump(ast.parse(src)), and ast.dump of mode 'eval' and
  'single' parses.
- POS_CASES: every node with a position, in preorder (the walk test_parser.c
  does), as "Kind line:col-end_line:end_col" lines.
- ERROR_CASES: the SyntaxError `python3 file.py` reports (its type, message,
  line and offsets as the traceback shows them), with the offsets turned into
  0-based UTF-8 byte columns as minipy's mp_syntax_error holds them: -1 for
  CPython's offset 0 (no caret), and an end of -1 for CPython's end_offset
  0 or none, -2 for its -1.
"""
import ast
import os
import subprocess
import sys
import tempfile

HOOK = '''
import sys
def hook(t, v, tb):
    if isinstance(v, SyntaxError):
        print(repr((t.__name__, v.msg, v.lineno, v.offset, v.end_lineno, v.end_offset)),
              file=sys.stderr)
    else:
        sys.__excepthook__(t, v, tb)
sys.excepthook = hook
'''

DUMP_CASES = [
    ('exec', 'a < b <= c != d'),
    ('exec', 'not a in b\na is not b\na not in b'),
    ('exec', 'a or b or c and d and e'),
    ('exec', '(a or b) or c'),
    ('exec', '-2 ** -1 * 3\nawait_ = x ** -y'),
    ('exec', 'x = 1_000 + 0x_1F + 0o17 + 0b1 + 00 + 1.5e3 + 2j + 1e400'),
    ('exec', 'x = y = z = 1'),
    ('exec', 'a, *b, (c, d) = [e, *f] = g'),
    ('exec', 'x: int\n(y): int = 1\na.b: T = 2\nc[0]: T'),
    ('exec', 'x += 1\nx **= yield\ny //= 2'),
    ('exec', 'del a, (b), [c, d], e.f, g[h],'),
    ('exec', 'a[1:2, ::3]\na[1:]\na[:]\na[::]\na[x]\na[x,]\na[*b]\na[()]\na[b:=1]'),
    ('exec', 'f(a, *b, c=1, *d, **e)\nf(x for x in y)\nf()'),
    ('exec', 'lambda: 0\nlambda a, /, b=1, *c, d, e=2, **f: 0\nlambda *, a: 0'),
    ('exec', 'def f(a, /, b: int = 1, *args: *Ts, c, d=2, **kw) -> None: pass'),
    ('exec', 'async def f():\n    async with a as b, c:\n        await x\n    async for i in y: pass\n    return [i async for i in y]'),
    ('exec', '@a.b(c)\n@d\nclass C(B, metaclass=M, *bs, **kw):\n    x = 1'),
    ('exec', 'if a: pass\nelif b: pass\nelif c: pass\nelse: pass'),
    ('exec', 'while x:\n    break\nelse:\n    continue'),
    ('exec', 'for a, in b: pass\nelse: pass'),
    ('exec', 'try:\n    pass\nexcept (A, B) as e:\n    pass\nexcept C:\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass'),
    ('exec', 'try:\n    pass\nexcept* A:\n    pass'),
    ('exec', 'with (a as b, c as d,):\n    pass\nwith (a, b):\n    pass\nwith (a, b) as c:\n    pass\nwith (a):\n    pass\nwith ():\n    pass'),
    ('exec', 'with (yield_ := f()):\n    pass\nwith (x for x in y):\n    pass'),
    ('exec', 'import a.b.c as d, e\nfrom . import x\nfrom ..a import (b as c, d,)\nfrom ...a import *\nfrom .... import y'),
    ('exec', 'global a, b\nnonlocal c\nassert x, "m"\nraise\nraise E\nraise E from F'),
    ('exec', 'return\nreturn *a, b\nyield\nyield from x\nx = yield a, b'),
    ('exec', '[x for x in y if a if b for z in w]\n{x for x in y}\n{k: v for k, v in d}\n(x for x in y)'),
    ('exec', '[]\n[a, *b]\n()\n(a,)\n{}\n{a: b, **c}\n{a, *b}\n{**a}'),
    ('exec', 'x = a if b else c if d else e'),
    ('exec', 'if (n := len(a)) > 10: pass\n[y := f(x), y**2]'),
    ('exec', 'print(...)\nx = None, True, False'),
    ('exec', 'x = "a" "b"\ny = b"c" b"d"\nz = f"{a!r:>{w}}" "e"'),
    ('exec', 'if x: a; b;\nclass C: pass; pass'),
    ('exec', 'x = (\n    1,\n    2,\n)\ny = [1,\n     2]'),
    ('exec', 'a = b \\\n    + c'),
    ('exec', 'match = 1\ncase = match\n_ = case'),
    ('exec', 'f(*a)(**b)[c].d'),
    ('eval', 'a + b'),
    ('eval', 'a, b,'),
    ('single', 'x = 1'),
    ('single', 'if x:\n    pass\n'),
    ('single', 'x = 1; y = 2'),
    ('exec', 'match = 1\ncase = match\nmatch(case).match[_] = _\ndef match(case, _): pass'),
    ('exec', 'match x:\n    case [a, *_] | (b, *c,) | {1: d, **e} | C(f, g=h) if f > 0:\n        pass\n    case 1 | -2 | 3+4j | -5-6j | "s" | None | True | False | a.b.c | _:\n        pass'),
]

POS_CASES = [
    'x = (a) + (b)\ny = ((a, b), [c, d], {e: f}, {g})\nz = (yield)',
    'def f(a, b: int = 1, /, c=2, *args: "x", d, e: int = 3, **kw) -> (int):\n    return (a), b,',
    '@dec\n@dec2(1)(2)\nclass C(B, metaclass=M, *bases, **kws):\n    x: int = (1)\n    (y): int\n    a.b: int = 2',
    'async def g(self):\n    async with a as (b, c), d as e:\n        await (x)\n    async for i, in y: pass\n    return [i async for i in y if i if not i]',
    'lambda: 0\nlambda x, /, y=1, *z, w, **k: (x, y)\nf(x for x in y)\nf((x for x in y), *a, b=1, **c)',
    'a[1:2, ::3, 4:]\na[()]\na[1,]\na[*b]\na[b:=1]',
    'if (n := 10) > 5: pass\nwhile (x) or (y) and not z: pass\nfor (a, b) in ((1, 2),): pass',
    'with (open(f) as g, open(h) as i): pass\nwith (a, b): pass\nwith (a, b) as c: pass',
    'try:\n    pass\nexcept (A, B) as e:\n    pass\nexcept C:\n    pass\nelse:\n    pass\nfinally:\n    pass',
    'import a.b.c as d, e\nfrom ..x.y import (a as b, c,)\nfrom . import *\ndel (a), [b, c], d.e, f[g]',
    'x = a if b else (c if d else e)\nx = -1 ** -(2)\nx = {**a, "b": 1}\nprint(*(a), sep=(" "))',
    'x = f"a{b!r:>{c}}d" "e" f\'{g=}\'\nx = 1_000.5j\nx = a < b <= (c) != d',
    'if a:\n    pass\nelif b:\n    pass\nelif c: pass\nelse:\n    pass\nif a: b; c;\nclass D: pass; x = 1;',
    'match a, *b,:\n    case ((1 | 2) as x) | [y, *_] if y:\n        pass\n    case {"k": (z), **r} | C(1, k=(2)) | D.E(a=[b, c,]):\n        pass\n    case -1 | 1-2j | -3+4j | a.b | ():\n        pass',
    'match (x):\n    case (a), (b):\n        pass\n    case *c, d,:\n        pass\nmatch(x)\ncase = 1',
]

ERROR_CASES = [
    'if x y:\n  pass\n',
    'if x\n  pass\n',
    'if x = 1:\n pass\n',
    'while x\n pass\n',
    'for x in y\n  pass\n',
    'class A\n  pass\n',
    'def f()\n  pass\n',
    'def f:\n pass\n',
    'def f() x:\n pass\n',
    'def f(x)-> return x\n',
    'try x:\n pass\n',
    'if x:\n pass\nelse if y:\n pass\n',
    'x = (1 2)\n',
    'f(a b)\n',
    'print(1 2)\n',
    "{'a': 1 'b': 2}\n",
    'try:\n  pass\nx = 1\n',
    'try:\n pass\n',
    'if x:\npass\n',
    'if x:\n',
    'def f():\nreturn 1\n',
    'class A:\n\nclass B:\n  pass\n',
    'for x in y:\n  pass\nelse:\nz\n',
    '  x = 1\n',
    'if x:\n  pass\n    y = 2\n',
    'x = 1 +\n',
    'print "hi"\n',
    'print x, y\n',
    'x = a if b\n',
    '[x = 1]\n',
    'if f() = 1:\n  pass\n',
    'f() = 1\n',
    'x = f() = 1\n',
    '1 = x\n',
    'a, f() = 1, 2\n',
    '[a, 1] = x\n',
    'None = 1\n',
    'x = yield = 1\n',
    'f() += 1\n',
    'a, b += 1\n',
    'a, b: int\n',
    'f(): int\n',
    'del f()\n',
    'del *a\n',
    'for f() in x: pass\n',
    'with a as 1: pass\n',
    '(a.b := 1)\n',
    '(*a) = 1\n',
    'f(a.b=1)\n',
    'f(True=1)\n',
    'f(a=1, b)\n',
    'f(**a, b)\n',
    'f(**a, *b)\n',
    'f(a for a in b, c)\n',
    'f(a=1 for x in y)\n',
    'def f(*): pass\n',
    'def f(x, y=1, z):\n pass\n',
    'lambda *: 0\n',
    'def f(a=):\n pass\n',
    'def f((a)):\n pass\n',
    'def f(**k, a): pass\n',
    'def f(/, a): pass\n',
    'x = {1: 2, 3}\n',
    'x = {1: *a}\n',
    '[*a for a in b]\n',
    '[a, b for a, b in c]\n',
    'try:\n pass\nexcept A, B:\n pass\n',
    'try:\n pass\nexcept*:\n pass\n',
    'from a import b,\n',
    'x = [1, 2\n',
    'x = (1 2\n',
    'x = = 1\ns = "abc\n',
    'x ==== 2\n',
    'else:\n pass\n',
    'x = 1 $ 2\n',
    'match x\n    case 1:\n        pass\n',
    'match x:\n    case 1\n        pass\n',
    'match x:\n    case 1:\n    pass\n',
    'match x:\n    case x as _:\n        pass\n',
    'match x:\n    case x as (y):\n        pass\n',
    'match x:\n    case C(a=1, b, d, c=2, e):\n        pass\n',
    'match x:\n    case 1 + 2:\n        pass\n',
    'match x:\n    case -1j - 2j:\n        pass\n',
    'f"{a b}"\n',
    'x = f"{*a}"\n',
]


SINGLE_ERRORS = [
    'x = 1\ny = 2\n',
    'if x:\n    pass\ny = 1\n',
]


def c_string(s):
    out = '"'
    for ch in s.encode('utf-8'):
        c = chr(ch)
        if c == '"':
            out += '\\"'
        elif c == '\\':
            out += '\\\\'
        elif c == '\n':
            out += '\\n'
        elif 32 <= ch < 127:
            out += c
        else:
            out += '\\%03o' % ch
    return out + '"'


def walk(n, out):
    if isinstance(n, (ast.expr, ast.stmt, ast.arg, ast.keyword, ast.alias, ast.excepthandler,
                      ast.pattern)):
        out.append('%s %d:%d-%d:%d' % (type(n).__name__, n.lineno, n.col_offset,
                                       n.end_lineno, n.end_col_offset))
    if isinstance(n, ast.Dict):
        order = [k for k in n.keys if k is not None] + n.values
    elif isinstance(n, ast.arguments):
        order = n.posonlyargs + n.args + ([n.vararg] if n.vararg else []) + n.kwonlyargs + \
            [d for d in n.kw_defaults if d is not None] + ([n.kwarg] if n.kwarg else []) + n.defaults
    elif isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)):
        order = [n.args] + n.body + n.decorator_list + ([n.returns] if n.returns else [])
    elif isinstance(n, ast.ClassDef):
        order = n.bases + n.keywords + n.body + n.decorator_list
    else:
        order = []
        for f in n._fields:
            v = getattr(n, f)
            if isinstance(v, list):
                order += [x for x in v if isinstance(x, ast.AST)]
            elif isinstance(v, ast.AST):
                order.append(v)
    for x in order:
        walk(x, out)


def byte_col(line, offset):
    """A 1-based character offset into line as a 0-based byte column."""
    if offset is None or offset <= 0:
        return -1
    return len(line[:offset - 1].encode('utf-8'))


def run_error(src, hookdir):
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, 'case.py')
        with open(path, 'w', encoding='utf-8') as f:
            f.write(src)
        env = dict(os.environ, PYTHONPATH=hookdir)
        p = subprocess.run([sys.executable, path], capture_output=True, env=env, text=True)
    kind, msg, line, off, end_line, end_off = eval(p.stderr.strip().splitlines()[-1])
    lines = src.split('\n')
    text = lines[line - 1] if line <= len(lines) else ''
    col = byte_col(text, off)
    if end_off == -1:
        end = -2
    elif end_off is None or end_off <= 0:
        end = -1
    else:
        end_text = lines[end_line - 1] if end_line <= len(lines) else ''
        end = byte_col(end_text, end_off)
    return kind, msg, line, col, end_line or line, end


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit('gen_parser_cases.py must run under CPython 3.11')
    print('/* Generated by tests/unit/gen_parser_cases.py from CPython %s: do not edit. */'
          % sys.version.split()[0])
    print('static const struct dump_case { const char *mode, *src, *dump; } dump_cases[] = {')
    for mode, src in DUMP_CASES:
        print('    {%s,\n     %s,\n     %s},' % (c_string(mode), c_string(src),
                                              c_string(ast.dump(ast.parse(src, mode=mode)))))
    print('};\n')
    print('static const struct pos_case { const char *src, *pos; } pos_cases[] = {')
    for src in POS_CASES:
        out = []
        for s in ast.parse(src).body:
            walk(s, out)
        print('    {%s,\n     %s},' % (c_string(src), c_string('\n'.join(out) + '\n')))
    print('};\n')
    print('static const struct error_case {\n    const char *src, *kind, *msg;\n'
          '    int line, col, end_line, end_col;\n} error_cases[] = {')
    with tempfile.TemporaryDirectory() as hookdir:
        with open(os.path.join(hookdir, 'sitecustomize.py'), 'w') as f:
            f.write(HOOK)
        for src in ERROR_CASES:
            kind, msg, line, col, end_line, end = run_error(src, hookdir)
            print('    {%s, %s, %s, %d, %d, %d, %d},' % (c_string(src), c_string(kind),
                                                    c_string(msg), line, col, end_line, end))
    print('};\n')
    print('/* mode \'single\': compile(src, "case.py", "single") */')
    print('static const struct single_error { const char *src, *msg; int line, col; } single_errors[] = {')
    for src in SINGLE_ERRORS:
        try:
            compile(src, 'case.py', 'single')
            raise SystemExit('compiles: %r' % src)
        except SyntaxError as e:
            print('    {%s, %s, %d, %d},' % (c_string(src), c_string(e.msg), e.lineno,
                                           byte_col(src.split('\n')[e.lineno - 1], e.offset)))
    print('};')


main()
