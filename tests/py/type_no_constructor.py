# Built-in types whose instances only C makes (iterators, views,
# descriptors) cannot be called, as in CPython: an empty one would crash.
import array
for make in [lambda: type(iter([]))(), lambda: type(iter({}))(), lambda: type(iter(array.array('b')))(),
             lambda: type(len)(), lambda: type(iter(range(3)))(), lambda: type((x for x in []))(),
             lambda: type({}.keys())(), lambda: type(iter(''))(), lambda: type(iter(()))(),
             lambda: type(reversed([]))(), lambda: type(zip)(), lambda: type(map)(),
             lambda: type(sum.__call__)(), lambda: type(int.__add__)(), lambda: type(str.upper)()]:
    try:
        r = make()
        print("made", type(r).__name__)
    except TypeError as e:
        print("TypeError", e)

# object.__new__ refuses them too; types.CellType has its own constructor.
try:
    object.__new__(type(iter([])))
except TypeError as e:
    print("TypeError", e)
import types
c = types.CellType()
try:
    c.cell_contents
except ValueError as e:
    print("ValueError", e)
print(types.CellType([1]).cell_contents)
for args, kw in (((1, 2), {}), ((), {"x": 1})):
    try:
        types.CellType(*args, **kw)
    except TypeError as e:
        print("TypeError", e)
