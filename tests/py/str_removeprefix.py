# removeprefix and removesuffix versus strip.
print("test_file.py".removeprefix("test_"), "test_file.py".removesuffix(".py"))
print("file.py".removeprefix("test_"), "file.py".removesuffix(".txt"))
print("aaab".removeprefix("a"), "aaab".lstrip("a"))
print("".removeprefix("x"), "x".removeprefix(""), "x".removesuffix("x"))
print("abcabc".removesuffix("abc").removesuffix("abc"))
try:
    "x".removeprefix(None)
except TypeError as e:
    print(type(e).__name__, e)
s = "prefix"
print(s.removeprefix("pre") is not s, s.removeprefix("zzz") == s)
print("émile".removeprefix("é"), "naïve".removesuffix("ïve"))
print(repr("x".removesuffix("xx")))
