# Error messages from set operations.
s = {1, 2}
tests = [lambda: s.remove(3), lambda: set().pop(), lambda: s.add({}), lambda: {[]},
         lambda: set(5), lambda: s - [1], lambda: s.update(3), lambda: s[0],
         lambda: frozenset().pop, lambda: set(1, 2), lambda: s ^ 1]
for t in tests:
    try:
        print(t())
    except (KeyError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
print(len(s))
