# next() on exhausted iterators of different kinds; StopIteration details.
its = [iter([]), iter(""), iter(()), iter({}), iter(range(0)), iter(set()), map(str, []),
       zip(), filter(None, []), enumerate([]), reversed([])]
for it in its:
    print(type(it).__name__, next(it, "empty"))
it = iter([1])
next(it)
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args, e.value, repr(str(e)))
e = StopIteration(42)
print(e.value, e.args, str(e))
try:
    next(5)
except TypeError as ex:
    print(type(ex).__name__, ex)
