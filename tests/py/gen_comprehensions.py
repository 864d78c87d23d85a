# Comprehensions and generator expressions: laziness, scope, nesting.

gen = (print("  evaluating", x) or x * x for x in range(3))
print("created:", type(gen).__name__)
print(repr(gen).startswith("<generator object <genexpr> at 0x"))
print(next(gen))
print(list(gen))

# The first iterable is evaluated at once, the rest lazily
def source(name, n):
    print("  source", name)
    return range(n)

g = (x + y for x in source("outer", 2) for y in source("inner", 2))
print("before iterating")
print(list(g))

# Comprehension variables do not leak
x = "outer x"
squares = [x * x for x in range(4)]
print(squares, x)

# Class bodies: only the first iterable sees class names
class C:
    n = 3
    values = [i for i in range(n)]
    try:
        pairs = [(i, n) for i in range(2)]
    except NameError as e:
        error = str(e)

print(C.values, C.error)

# All four kinds, nested and with conditions
print([(i, j) for i in range(3) for j in range(i) if (i + j) % 2])
print({k: v for k, v in zip("abc", range(3)) if v})
print(sorted({c.upper() for c in "hello"}))
print(sum(i for i in range(10) if i % 3 == 0))
print([[j for j in range(i)] for i in range(4)])

# A generator expression as the only argument needs no parentheses
print(max(len(w) for w in ["a", "abc", "ab"]))
print(sorted((w for w in ["b", "a"]), reverse=True))

# Closures in comprehensions capture the loop variable by cell
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])

# The walrus binds in the enclosing scope
values = [y := 10, y + 1]
print(values, y)
print([last := n for n in range(3)], last)

# Generator expressions close their iterables when dropped half-way
def noisy():
    try:
        yield 1
        yield 2
    finally:
        print("  noisy closed")

ge = (v for v in noisy())
print(next(ge))
del ge
print("after del")

# Errors surface when the generator runs, not when it is made
bad = (1 / z for z in [1, 0])
print(next(bad))
try:
    next(bad)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    (a for a in 5)
except TypeError as e:
    print("TypeError:", e)
