# Equality and ordering across types: what compares and what raises.
print(1 == 1.0 == (1 + 0j), 1 == "1", [] == (), [1] == [1.0], (1,) == [1])
print(None == None, None == 0, None == False, False == 0, "" == False)
print({1: 2} == {1: 2.0}, {1, 2} == frozenset([1, 2]), b"a" == "a", range(2) == [0, 1])
for a, b in [(1, "a"), ([1], (1,)), (None, None), ({}, {}), (1j, 2j), (set(), [])]:
    try:
        print(a < b)
    except TypeError as e:
        print(type(e).__name__, e)
print({1} < {1, 2}, {1, 2} > {1}, {1} <= {1}, {1} < {2})
print("abc" < "abd", [1, 2] < [1, 2, 3], (1, "a") < (1, "b"), (2,) > (1, "z"))
print(1 < 2.5, 2.5 < 3, True < 2, False < True, -1 < False)
