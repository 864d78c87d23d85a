#!/usr/bin/env python3
"""Records CPython 3.11's symbol tables for tests/unit/test_symtable.c.

For each program below, Python's own symtable module gives every scope's
name, type, line, nested flag, parameters and symbols with their raw flags
(the DEF_* bits and the scope above bit 11); a program it rejects gives the
SyntaxError's message and position.  The C test builds minipy's table for
the same program and prints it the same way.

    python3 tests/unit/gen_symtable_cases.py > tests/unit/symtable_cases.inc
"""
import symtable
import sys

CASES = [
    # locals, globals, builtins
    "x = 1\nprint(x)\n",
    "def f(a, b=1, *args, c, d=2, **kw):\n    e = a + b\n    return e\n",
    "def f(a, /, b, *, c):\n    pass\n",
    "def f():\n    return len(x)\n",
    "import os, os.path as p\nfrom a.b import c as d, e\n",
    "def f():\n    import os.path\n    from . import x\n",
    # global and nonlocal
    "def f():\n    global g\n    g = 1\n",
    "g = 0\ndef f():\n    global g\n    return g\n",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2\n    return g\n",
    "def f():\n    x = 1\n    def g():\n        def h():\n            return x\n        return h\n    return g\n",
    "def f():\n    global x\n    def g():\n        return x\n    return g\n",
    "def f():\n    x = 1\n    def g():\n        global x\n        def h():\n            return x\n",
    # closures and cells
    "def f(a):\n    def g():\n        return a\n    return g\n",
    "def f():\n    x = 1\n    return lambda y: x + y\n",
    "def counter():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n        return n\n    return inc\n",
    # classes
    "class C:\n    x = 1\n    def m(self):\n        return x\n",
    "class C:\n    def m(self):\n        return __class__\n",
    "class C:\n    def m(self):\n        return super().m()\n",
    "def f():\n    x = 1\n    class C:\n        y = x\n        def m(self):\n            return x\n    return C\n",
    "def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x\n",
    "class A:\n    class B:\n        def m(self): return super()\n",
    # name mangling
    "class C:\n    __a = 1\n    def __m(self, __p):\n        self.__x = __p\n        return __a\n    def __dunder__(self):\n        pass\n",
    "class _:\n    __a = 1\n",
    "class __C__:\n    def f(self):\n        __z = 1\n",
    "class C:\n    global __g\n    __g = 1\n",
    "class C:\n    import __mod\n    from x import __y\n",
    # comprehensions
    "xs = [y for y in range(3) if y]\n",
    "def f(n):\n    return {k: v for k in range(n) for v in range(k)}\n",
    "def f(xs):\n    return (x * y for x in xs for y in x)\n",
    "def f():\n    a = 1\n    return [a for _ in range(3)]\n",
    "class C:\n    ys = [1]\n    zs = [y for y in ys]\n    ws = [z for z in range(3) if z in ys]\n",
    "def f():\n    return [[i for i in row] for row in rows]\n",
    "def f(data):\n    if any((total := total + v) > 10 for v in data):\n        return total\n",
    "[(last := i) for i in range(3)]\nprint(last)\n",
    "def f():\n    global g\n    [(g := i) for i in range(3)]\n",
    # generators and async
    "def g():\n    yield 1\n    x = yield from h()\n",
    "async def f():\n    await g()\n    async with a as b:\n        pass\n    async for i in c:\n        pass\n",
    "async def f():\n    return [x async for x in g()]\n",
    "async def f():\n    return [[y async for y in x] for x in g()]\n",
    # annotations
    "x: int = 1\ny: str\n",
    "def f(a: int, *b: str, c: float = 1.0, **d: dict) -> bool:\n    z: int = 2\n    w: list\n",
    "class C:\n    a: int\n    b: 'str' = 'x'\n    self.c: int = 3\n",
    # try, with, del, loops
    "try:\n    pass\nexcept E as e:\n    pass\nfinally:\n    pass\n",
    "with open(f) as (a, b), g() as c.d:\n    del a\n",
    "for i, (j, *k) in x:\n    pass\nelse:\n    pass\nwhile t:\n    break\n",
    "def f():\n    try:\n        pass\n    except* ValueError as eg:\n        del eg\n",
    # lambdas and defaults
    "f = lambda a, b=c, *d, e=g, **h: a + i\n",
    "def f(a=b, *, c=d):\n    def g(e=a):\n        return e\n",
    "@dec(x)\ndef f(): pass\n@dec2\nclass C(Base, metaclass=M): pass\n",
    # walrus, f-strings, subscripts, slices
    "if (n := len(a)) > 10:\n    print(f'{n!r:>{w}}')\n",
    "a[b:c:d] = e[f, g:h]\ndel x.y, z[0]\n",
    "x += 1\ny.z -= 2\nw[0] *= 3\n",
    # deeper nesting
    "def a():\n    def b():\n        def c():\n            return v\n        v = 1\n        return c\n    return b\n",
    "def f(x):\n    def g():\n        x = 2\n        def h():\n            return x\n        return h\n    return g\n",
    "def f():\n    def g():\n        return y\n    y = 1\n    return g\n",
    # interactions of class scopes and free variables
    "def f():\n    a = 1\n    class C:\n        a = 2\n        b = [a for _ in range(1)]\n",
    "def f(x):\n    class C:\n        nonlocal x\n        x = 3\n    return x\n",
    # errors
    "def f():\n    nonlocal x\n",
    "nonlocal x\n",
    "def f(x):\n    global x\n",
    "def f():\n    x = 1\n    global x\n",
    "def f():\n    print(x)\n    global x\n",
    "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n",
    "def f():\n    def g():\n        print(x)\n        nonlocal x\n    x = 1\n",
    "def f(a, b, a):\n    pass\n",
    "lambda a, a: 1\n",
    "def f():\n    global y\n    nonlocal y\n",
    "def f():\n    x: int\n    global x\n",
    "def f():\n    global x\n    x: int = 1\n",
    "def f():\n    from os import *\n",
    "[i := 0 for i in range(3)]\n",
    "[x for x in (y := [1, 2])]\n",
    "class C:\n    [(y := 1) for i in range(3)]\n",
    "[[(j := 0) for i in range(3)] for j in range(3)]\n",
    "def f():\n    [(yield x) for x in y]\n",
    "def f():\n    {(yield) for x in y}\n",
    "def f():\n    {x: (yield) for x in y}\n",
    "def f():\n    ((yield) for x in y)\n",
    "def f():\n    x = 1\n    def g(x):\n        nonlocal x\n",
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
        else:
            out.append(ch)
    return ''.join(out)


def dump(t, depth, out):
    pad = '  ' * depth
    st = t._table
    out.append('%s%s type=%d line=%d nested=%d' % (pad, st.name, st.type, st.lineno, st.nested))
    out.append('%s  varnames: %s' % (pad, ' '.join(st.varnames)))
    for name in sorted(st.symbols):
        out.append('%s  %s %d' % (pad, name, st.symbols[name]))
    for child in t.get_children():
        dump(child, depth + 1, out)


def record(src):
    try:
        t = symtable.symtable(src, 'case.py', 'exec')
    except SyntaxError as e:
        return ['ERROR %s | %s %s %s %s' % (e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)]
    out = []
    dump(t, 0, out)
    return out


def main():
    w = sys.stdout.write
    w('/* Generated by tests/unit/gen_symtable_cases.py from CPython %s: do not edit. */\n'
      % sys.version.split()[0])
    for src in CASES:
        w('{"%s",\n "%s"},\n' % (escape(src), escape('\n'.join(record(src)) + '\n')))


if __name__ == '__main__':
    main()
