from __future__ import annotations
def f(a: lambda *x, y=1: 0, b: lambda: 1, c: 1e400 + 2j, d: f'{x!r:>{w}}{{}}' = 1) -> a[1:2, ::3]: pass
x: dict[str, list[int]] | None = None
y: (a + b) * -c ** d // ~e < (f if g else h) and not i or j.k(l, *m, n=o, **p)
print(f.__annotations__, __annotations__)
z: {1: 2, **q} | {r} | [s for t in u if v] | (w async for x in y) | {a: b for c in d} | 1 .real | (1,) | () | ... | 'str' | b'b' | u'u' | x[1:2] | x[:] | x[a, *b] | -1
class C:
    m: 'C' = 3
    n: lambda a, /, b=2, *c, d, e=3, **f: await g
