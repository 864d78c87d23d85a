# bytes % args: every conversion, flags, widths, mappings and CPython's errors.
print(b"%d %i %u %5d|%-5d|%05d|%+d|% d" % (1, 2, 3, 4, 5, 6, 7, 8))
print(b"%x %X %#x %#o %o %e %E %.2f %g %G %%" % (255, 255, 255, 8, 8, 12345.678, 0.5, 2.345, 1e-7, 1e20))
print(b"%s %b %r %a %c %c" % (b"bytes", bytearray(b"ba"), "r\u00e9", [1, "\xff"], 65, b"!"))
print(b"%5s|%-5s|%.2s|%5.1s|%*d|%-*d|%.*f" % (b"ab", b"cd", b"efg", b"hij", 4, 1, 3, 2, 1, 3.14159))
print(b"%(name)s is %(age)d" % {b"name": b"Ann", b"age": 30}, b"%(x)s%(x)s" % {b"x": b"2"})
print(bytearray(b"%s-%s") % (b"a", b"b"), b"no args" % (), b"%s" % (b"one",), b"%s" % b"bare")
print(b"%d" % 3.99, b"%x" % True, b"%.3d" % 7, b"%c" % 0, b"%%%s%%" % b"x", b"%10.4f|" % -3.5)
class WithBytes:
    def __bytes__(self):
        return b"converted"
print(b"[%s]" % WithBytes(), b"%r" % WithBytes.__name__, b"%s" % memoryview(b"mv"))
for fmt, args in [(b"%s", "str"), (b"%s", 5), (b"%d", "1"), (b"%x", 1.5), (b"%c", 256), (b"%c", b"ab"),
                  (b"%c", "a"), (b"%d %d", (1,)), (b"%d", (1, 2)), (b"%z", 1), (b"%", 1), (b"abc", 1),
                  (b"%(a)s", (1,)), (b"%(a", {b"a": 1}), (b"%(b)s", {b"a": 1}), (b"%*d", ("a", 1)),
                  (b"%s %s", b"ab"), (b"x", []), (b"x", {}), (b"%d", None)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
print(5 .__mod__(b"x"), b"x".__rmod__(5))
