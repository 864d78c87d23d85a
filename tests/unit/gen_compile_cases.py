#!/usr/bin/env python3
"""Records what CPython 3.11's compiler makes, for tests/unit/test_compile.c.

For every program of tests/dis/ and the extra ones below, each code object
(the module's, then those among its constants, depth first) is printed
with every attribute the disassembly does not show: names, argument
counts, flags, stack size, constants, co_lines(), co_positions() and the
exception table.  Programs CPython rejects give the exception's type,
message and position instead.

    PYTHONHASHSEED=0 python3 tests/unit/gen_compile_cases.py > tests/unit/compile_cases.inc
"""
import glob
import os
import sys

EXTRA = [
    # positions of calls, attributes and operators over several lines
    "x = (a\n     + b)\ny = obj.meth(\n    1,\n    2)\nz = [\n  f(k)\n  for k in ks\n]\n",
    "def f(a):\n    return a.b.c(\n        d)[e]\n",
    "assert x, 'm'\nwith a as b, c:\n    pass\n",
    "try:\n    f()\nexcept E as e:\n    g(e)\nfinally:\n    h()\n",
    "class C(B, metaclass=M):\n    def __init__(self):\n        super().__init__()\n",
    "async def f():\n    async with a as b:\n        await b\n    async for x in y:\n        yield x\n",
    "def g():\n    x = yield 1\n    yield from h(x)\n",
    "s = f'{a!r:>{w}} and {b=}'\n",
    "y = '%s and %r' % (a, b)\nz = '%-5s|%3.1r|%%' % (a, b)\n",
    "def f(*, a=1, b=[], **k):\n    nonlocal_free = 0\n    return lambda: nonlocal_free\n",
    "import a.b.c as d\nfrom . import (x as y, z)\n",
    "x = 1 if y else 2\nwhile a < b < c:\n    a += 1\n",
    "for i in range(3):\n    try:\n        continue\n    finally:\n        print(i)\n",
    "def f():\n    try:\n        pass\n    except* (A, B) as e:\n        raise\n",
    # compile-time errors (the code generator's and the symbol table's)
    "return 1\n",
    "break\n",
    "def f():\n    continue\n",
    "yield 1\n",
    "await x\n",
    "def f():\n    await x\n",
    "def f():\n    async with a:\n        pass\n",
    "async def f():\n    yield from x\n",
    "async def f():\n    yield 1\n    return 2\n",
    "*a = 1\n",
    "a, *b, *c = d\n",
    "print(*a)\nb = *a\n",
    "f(x=1, x=2)\n",
    "del __debug__\n",
    "__debug__ = 1\n",
    "def f(__debug__): pass\n",
    "f(__debug__=1)\n",
    "try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n",
    "def f():\n    nonlocal x\n",
    "def f():\n    global x\n    x: int\n",
    "for x in y:\n    try:\n        pass\n    except* E:\n        break\n",
    "x = 1\nfrom __future__ import annotations\n",
    "from __future__ import braces\n",
    "from __future__ import nonsense\n",
    "def f():\n    [x async for x in y]\n",
    "from __future__ import annotations\ndef f(x: (yield)): pass\n",
    "from __future__ import annotations\nx: (y := 1)\n",
    "from __future__ import annotations\ndef f() -> await x: pass\n",
    "from __future__ import annotations\nclass C:\n    a: int = 1\n    b: 'C'\ndef g(*a: b) -> c.d[e]: pass\n",
]

# (mode, source): compile(source, 'case.py', mode) for eval and single.
MODES = [
    ('eval', 'a + b * 2\n'),
    ('eval', 'lambda x: x + 1\n'),
    ('eval', '[i for i in range(3)]\n'),
    ('eval', '(yield)\n'),
    ('single', 'x = 1\n'),
    ('single', 'x\n'),
    ('single', '1 + 2\n'),
    ('single', 'print(x)\n'),
    ('single', 'for i in range(3): i\n'),
    ('single', 'if x:\n    x\n    y = x\n'),
    ('single', 'def f():\n    x\n'),
    ('single', 'x: int = 1\n'),
    ('single', 'class C:\n    x\n'),
]


def escape(s):
    out = []
    for ch in s:
        if ch == '\\':
            out.append('\\\\')
        elif ch == '"':
            out.append('\\"')
        elif ch == '\n':
            out.append('\\n')
        elif ord(ch) < 32 or ord(ch) == 127:
            out.append('\\%03o' % ord(ch))
        else:
            out.append(ch)
    return ''.join(out)


def const_repr(c):
    if hasattr(c, 'co_code'):
        return '<code %s>' % c.co_qualname
    return repr(c)


def none(v):
    return '-' if v is None else str(v)


def parse_exception_table(code):
    it = iter(code.co_exceptiontable)
    entries = []

    def varint():
        b = next(it)
        val = b & 63
        while b & 64:
            val <<= 6
            b = next(it)
            val |= b & 63
        return val
    try:
        while True:
            start = varint() * 2
            length = varint() * 2
            target = varint() * 2
            dl = varint()
            entries.append('%d-%d>%d/%d%s' % (start, start + length, target, dl >> 1,
                                                'L' if dl & 1 else ''))
    except StopIteration:
        return entries


def dump(co, out):
    out.append('code %s name=%s first=%d argc=%d posonly=%d kwonly=%d nlocals=%d stack=%d flags=%d'
               % (co.co_qualname, co.co_name, co.co_firstlineno, co.co_argcount,
                  co.co_posonlyargcount, co.co_kwonlyargcount, co.co_nlocals,
                  co.co_stacksize, co.co_flags))
    out.append(' varnames:' + ''.join(' ' + n for n in co.co_varnames))
    out.append(' cellvars:' + ''.join(' ' + n for n in co.co_cellvars))
    out.append(' freevars:' + ''.join(' ' + n for n in co.co_freevars))
    out.append(' names:' + ''.join(' ' + n for n in co.co_names))
    out.append(' consts: ' + ' | '.join(const_repr(c) for c in co.co_consts))
    out.append(' lines:' + ''.join(' %d-%d:%s' % (s, e, none(l)) for s, e, l in co.co_lines()))
    pos = []
    for p in co.co_positions():
        s = ','.join(none(v) for v in p)
        if pos and pos[-1][0] == s:
            pos[-1][1] += 1
        else:
            pos.append([s, 1])
    out.append(' positions:' + ''.join(' %s*%d' % (s, n) for s, n in pos))
    out.append(' exceptions:' + ''.join(' ' + e for e in parse_exception_table(co)))
    for c in co.co_consts:
        if hasattr(c, 'co_code'):
            dump(c, out)


def record(src, mode='exec'):
    try:
        co = compile(src, 'case.py', mode)
    except SyntaxError as e:
        return ['ERROR %s: %s | %s %s %s %s | %d'
                % (type(e).__name__, e.msg, none(e.lineno), none(e.offset), none(e.end_lineno),
                   none(e.end_offset), len(e.args))]
    out = []
    dump(co, out)
    return out


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    sources = []
    for path in sorted(glob.glob(os.path.join(root, 'tests', 'dis', '*.py'))):
        with open(path, encoding='utf-8') as f:
            sources.append(f.read())
    sources += EXTRA
    w = sys.stdout.write
    w('/* Generated by tests/unit/gen_compile_cases.py from CPython %s: do not edit. */\n'
      % sys.version.split()[0])
    for src in sources:
        w('{"exec", "%s",\n "%s"},\n' % (escape(src), escape('\n'.join(record(src)) + '\n')))
    for mode, src in MODES:
        w('{"%s", "%s",\n "%s"},\n' % (mode, escape(src), escape('\n'.join(record(src, mode)) + '\n')))


if __name__ == '__main__':
    main()
