# array.array: CPython's errors for bad typecodes, values out of range and misuse.
from array import array
cases = [
    lambda: array("z"),
    lambda: array("ii"),
    lambda: array(5),
    lambda: array(),
    lambda: array("i", [1], 2),
    lambda: array("i", initializer=[1]),
    lambda: array("b", [128]),
    lambda: array("b", [-129]),
    lambda: array("B", [256]),
    lambda: array("B", [-1]),
    lambda: array("h", [2**15]),
    lambda: array("H", [-1]),
    lambda: array("i", [2**31]),
    lambda: array("I", [-1]),
    lambda: array("I", [2**32]),
    lambda: array("l", [2**63]),
    lambda: array("L", [2**64]),
    lambda: array("q", [2**64]),
    lambda: array("Q", [-5]),
    lambda: array("i", [1.5]),
    lambda: array("i", ["1"]),
    lambda: array("d", ["x"]),
    lambda: array("u", ["ab"]),
    lambda: array("u", [1]),
    lambda: array("i", "text"),
    lambda: array("i", array("u", "x")),
    lambda: array("i", b"abc"),
    lambda: array("i", 5),
    lambda: array("i", [1]) + [2],
    lambda: array("i", [1]) + array("d", [2]),
    lambda: array("i", [1]).extend(array("h", [1])),
    lambda: array("i", [1]).extend(3),
    lambda: array("i", [1])[5],
    lambda: array("i", [1])["x"],
    lambda: array("i", [1]).index(5),
    lambda: array("i", [1]).remove(5),
    lambda: array("i").pop(),
    lambda: array("i", [1]).pop(3),
    lambda: array("i", [1]).frombytes("x"),
    lambda: array("i", [1]).frombytes(b"abc"),
    lambda: array("i", [1]).fromlist((1, 2)),
    lambda: array("i", [1]).tounicode(),
    lambda: array("i", [1]).fromunicode("x"),
    lambda: array("u", "x").fromunicode(5),
    lambda: hash(array("i")),
    lambda: array("i", [1]) < [1],
    lambda: array("i", [1]) * 1.5,
    lambda: array("i", [1]).insert(1.0, 2),
    lambda: array("i", [1]).fromfile(b"", 1),
]
for case in cases:
    try:
        print(case())
    except Exception as e:
        print(type(e).__name__, e)
a = array("i", [1, 2, 3])
for op in ["a[5] = 1", "del a[5]", "a[0] = 'x'", "a[0:1] = [1]", "a[::2] = array('i', [1])",
           "a[0:1] = array('d', [1])", "a += [1]", "a += array('b')", "a.fromlist([4, 'x'])"]:
    try:
        exec(op)
    except Exception as e:
        print(op, "->", type(e).__name__, e)
print(a)
