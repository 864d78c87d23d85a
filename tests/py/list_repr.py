# repr of lists: nesting, recursion, strings with quotes, floats.
print([], [[]], [1, "a", 2.5, None, True, [3, ["deep"]]])
print(["it's", 'say "hi"', "\n"], [b"x", 1j])
a = [1, 2]
a.append(a)
print(a, repr(a), str(a))
b = [a, [a]]
print(b)
print(str([1.0, 1e20, -0.0]), repr(["é"]))
print([print] == [print], len(repr([None] * 3)))
d = {"k": [1]}
d["k"].append(d)
print(d)
