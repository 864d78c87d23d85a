# startswith and endswith with tuples and start/end positions.
s = "filename.tar.gz"
print(s.startswith("file"), s.startswith("name"), s.startswith("name", 4))
print(s.endswith(".gz"), s.endswith(".tar"), s.endswith(".tar", 0, 12))
print(s.endswith((".zip", ".gz")), s.startswith(("x", "y")), s.startswith(()))
print(s.startswith(""), s.endswith(""), "".startswith(""), "".endswith("a"))
print(s.startswith("f", -100), s.startswith("gz", -2), s.endswith("file", 0, 4))
print(s.startswith("e", 100), "abc".endswith("", 5))
try:
    s.startswith(["file"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.endswith(("a", 1))
except TypeError as e:
    print(type(e).__name__, e)
print("Straße".startswith("Str"), "日本".endswith("本"))
