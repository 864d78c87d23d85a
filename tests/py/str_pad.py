# center, ljust, rjust, zfill with fill characters.
for w in (0, 3, 5, 8, 9):
    print(repr("abc".center(w)), repr("abc".ljust(w)), repr("abc".rjust(w)))
print(repr("abc".center(8, "*")), repr("abcd".center(9, "-")), repr("ab".center(5, ".")))
print(repr("x".ljust(4, "é")), repr("é".rjust(3, "0")))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(5), "".zfill(3), "12345".zfill(3))
print("-".zfill(3), "3.14".zfill(7), "--1".zfill(5))
try:
    "x".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x".ljust("5")
except TypeError as e:
    print(type(e).__name__, e)
