# String comparison is by code point; `in` checks substrings.
print("abc" < "abd", "abc" < "ab", "" < "a", "Z" < "a", "a" < "B")
print("apple" == "apple", "apple" != "Apple", "a" <= "a", "b" >= "c")
print(sorted(["banana", "Apple", "cherry", "apple", "Banana", "_x", "1"]))
print(max("hello"), min("hello"), max(["aa", "b"]), min(["aa", "b"]))
print("é" > "e", "\u00e9" == "é", "a" * 3 == "aaa")
print("ell" in "hello", "" in "", "hello" in "ell", "x" not in "abc")
print(sorted(["é", "e", "f", "z", "ü"]))
print("abc".__lt__("abd"), "abc".__eq__(1))
try:
    "a" < 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in "abc"
except TypeError as e:
    print(type(e).__name__, e)
