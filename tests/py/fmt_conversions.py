# !r !s !a conversions in f-strings and str.format.
s = "café\n"
print(f"{s!r} {s!s} {s!a}")
print(f"{s!r:>12}|{s!a:<15}|")
print("{!r} {!s} {!a}".format(s, s, s))
print(f"{42!r} {3.5!s} {[1, 'x']!r} {None!a}")
class P:
    def __str__(self):
        return "str-P"
    def __repr__(self):
        return "repr-P"
p = P()
print(f"{p} {p!s} {p!r} {p!a}", "{0} {0!r}".format(p))
print(str(p), repr(p), [p], (p,), {1: p})
print(f"{'日本'!a}", ascii("ü"))
print(format(p), "%s %r %a" % (p, p, p))
