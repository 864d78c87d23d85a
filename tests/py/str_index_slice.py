# Indexing and slicing of strings, with negative indices and extended steps.
s = "abcdefghij"
print(s[0], s[-1], s[5], s[-10])
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[:], s[5:2], s[-100:100])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2], s[-2:-8:-3], s[2:8:-1])
print(s[None:None:None], s[3:None], s[slice(1, 4)], s[slice(None, None, -3)])
print(repr(s[10:]), repr(s[5:5]), repr(""[:]))
for i in (10, -11, 100):
    try:
        s[i]
    except IndexError as e:
        print(type(e).__name__, e)
try:
    s["1"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s[1] = "x"
except TypeError as e:
    print(type(e).__name__, e)
print(s[True], s[-True], s[1.0 if False else 1])
