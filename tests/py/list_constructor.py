# list() from every kind of iterable, and sorted()/reversed() results.
print(list(), list("abc"), list((1, 2)), list(range(3)), list({1: "a", 2: "b"}))
print(list({"k": 1}.items()), list(b"AB"), list(x * 2 for x in range(3)))
print(list(map(str, [1, 2])), list(zip([1, 2], "ab")), list(enumerate("xy")))
print(list(reversed([1, 2, 3])), list(reversed("ab")), list(iter([7])))
a = [1, 2]
b = list(a)
print(a == b, a is b)
try:
    list(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(type(sorted((2, 1))).__name__, type(reversed([1])).__name__)
print(list(list(list([1]))), [*"hi", *range(2)])
