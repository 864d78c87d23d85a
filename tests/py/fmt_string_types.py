# String formatting: s type, precision truncation, width with non-ASCII.
s = "hello world"
print(f"[{s:s}] [{s:.5}] [{s:.5s}] [{s:10.3}] [{s:>10.3}] [{s:^9.1}]")
print(f"[{'':5}] [{'':.0}] [{s:.0}] [{s:.100}]")
print(f"[{'naïve':.3}] [{'日本語テキスト':^11.4}]")
for spec in ("d", "x", "f", ",", "+", "=", "#"):
    try:
        print(format(s, spec))
    except ValueError as e:
        print(spec, type(e).__name__, e)
print(format("x", ""), format("x", "<1"), repr(format("", "")))
print(format(None, ""), format([1, 2], ""), format((1,), ""))
try:
    format((1,), ">8")
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(None, ">5")
except TypeError as e:
    print(type(e).__name__, e)
