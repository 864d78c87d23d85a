# splitlines with every kind of line boundary and keepends.
s = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028eleven\u2029end"
print(s.splitlines())
print(len(s.splitlines()))
print("a\nb\n".splitlines(), "a\nb\n".split("\n"))
print("a\nb\n".splitlines(True), "a\r\n\r\nb".splitlines(keepends=True))
print("".splitlines(), "\n".splitlines(), "\n\n".splitlines(), "x".splitlines())
print("trailing\r".splitlines(True), "\r\n".splitlines(True))
for i, line in enumerate("x\ny\r\nz".splitlines(), 1):
    print(i, repr(line))
