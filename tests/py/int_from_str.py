# int() from strings: whitespace, signs, underscores, default base 10.
samples = ["0", "42", "-42", "+42", "  7  ", "\t-3\n", "1_000_000", "007",
           "000", "-0", "123456789012345678901234567890",
           "-9_9"]
for s in samples:
    v = int(s)
    print(repr(s), v, type(v).__name__)
print(int("12", 10), int("-1_2", 10))
print(int(), int(0), int(-5), int(True))
print(int("  +0  "))
