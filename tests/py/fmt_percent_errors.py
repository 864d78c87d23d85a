# The errors of % formatting.
tests = [("%d", "x"), ("%d %d", (1,)), ("%s", (1, 2)), ("%z", 1), ("%(k)s", {"j": 1}),
         ("%(k)s", (1,)), ("%c", "ab"), ("%c", 0x110000), ("%x", 1.5), ("%", ()),
         ("%s %s", [1, 2]), ("%.2f", "x"), ("%d", None)]
for fmt, args in tests:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
print("%s" % {"a": 1}, "%d" % True, "%s" % None)
try:
    print(5 % "x")
except TypeError as e:
    print(type(e).__name__, e)
