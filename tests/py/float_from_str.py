# float() from strings, including special values, exponents and underscores.
samples = ["3.14", "  -2.5  ", "+1e3", "1E-3", ".5", "5.", "1_000.5", "inf", "-Infinity",
           "INF", "nan", "-NaN", "1e500", "-1e500", "1e-400", "0x1p3" if False else "12",
           "000.25", "\n7\t", "1_2.3_4e1_0", "-0", "0e0"]
for s in samples:
    print(repr(s), float(s))
print(float(3), float(-2 ** 60), float(True))
print(float(), float(1.5))
print(float("1e-5"), float("-.0"), float(" +inf "))
print(float.fromhex("0x1p3"), float.fromhex("-0x1.8p1"), (3.5).hex())
