# bytes: splitlines, translate and maketrans, removeprefix/removesuffix, and int arguments to searches.
print(b"a\nb\r\nc\rd\n".splitlines(), b"a\nb\r\nc\rd\n".splitlines(True), b"".splitlines(), b"\n".splitlines())
print(b"one\x0btwo\x0cthree\x1cfour".splitlines(), bytearray(b"x\ny").splitlines(keepends=True))
table = bytes.maketrans(b"abc", b"xyz")
print(len(table), table[97:100], b"aabbcc".translate(table), b"abcdef".translate(table, b"df"))
print(b"hello".translate(None, b"l"), bytearray(b"hello").translate(None, delete=b"he"), bytearray.maketrans(b"a", b"b")[97])
print(b"prefix-body".removeprefix(b"prefix-"), b"body".removeprefix(b"x"), b"name.txt".removesuffix(b".txt"),
      bytearray(b"abc").removesuffix(b"c"), b"abc".removeprefix(b""), b"abc".removesuffix(b"abcd"))
data = b"banana"
print(data.count(97), data.find(110), data.rfind(110), data.index(98), data.rindex(97), data.count(b"an"), data.count(b""))
print(data.startswith((b"x", b"ba")), data.endswith((b"na",)), data.startswith(b"an", 1), data.endswith(b"an", 0, 5))
print(data.find(b"a", -2), data.find(b"a", 10), data.count(b"a", 2, -1), data.find(b"", 6), data.find(b"", 7))
print(97 in data, 120 in data, b"nan" in data, bytearray(b"an") in data, memoryview(b"ban") in data)
for bad in [lambda: b"abc".translate(b"x"), lambda: b"abc".translate("x"), lambda: bytes.maketrans(b"ab", b"c"),
            lambda: bytes.maketrans("a", "b"), lambda: b"abc".removeprefix("a"), lambda: b"abc".find(300),
            lambda: b"abc".count(-1), lambda: b"abc".startswith(97), lambda: b"abc".startswith((b"a", 97)),
            lambda: b"abc".index(b"z"), lambda: b"abc".find("a"), lambda: b"abc".splitlines("x"),
            lambda: 256 in b"abc", lambda: "a" in b"abc"]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
