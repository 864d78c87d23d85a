# str.maketrans in its three forms and translate.
t = str.maketrans("abc", "xyz")
print(sorted(t.items()))
print("aabbcc abc".translate(t))
t2 = str.maketrans("abc", "xyz", "d")
print("abcd dcba".translate(t2))
t3 = str.maketrans({"a": "1", "b": None, ord("c"): "33"})
print(sorted(t3.items()))
print("abcabc".translate(t3))
print("hello".translate({ord("l"): "L"}), "hello".translate({}))
print("hello".translate({104: 72, 111: None}))
try:
    str.maketrans("ab", "x")
except ValueError as e:
    print(type(e).__name__, e)
try:
    str.maketrans({"ab": 1})
except ValueError as e:
    print(type(e).__name__, e)
print("café".translate(str.maketrans("é", "e")))
