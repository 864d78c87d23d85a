# str.join over lists, tuples, generators, strings; errors for non-strings.
print(",".join(["a", "b", "c"]), "".join(["x", "y"]), " - ".join(("1", "2")))
print("-".join("abc"), "+".join([]), "+".join(["only"]))
print(", ".join(str(i) for i in range(5)))
print("\n".join(["line1", "line2"]))
print("ab".join(["1", "2", "3"]))
d = {"k1": 1, "k2": 2}
print("/".join(d))
try:
    ",".join([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ",".join(["a", None])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ",".join(5)
except TypeError as e:
    print(type(e).__name__, e)
print(repr("".join([])), "é".join(["a", "b"]))
