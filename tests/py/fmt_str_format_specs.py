# str.format with format specs and conversions on every field kind.
print("{:>8}|{:<8}|{:^8}|".format(1, 2.5, "s"))
print("{0:+d} {0:x} {0:#o} {0:08.3f}".format(42))
print("{a:,} {b:.1%} {c!r:>5}".format(a=1234567, b=0.256, c="z"))
print("{0[x]:>4} {1[1]:<4}|".format({"x": 7}, [8, 9]))
print("{:e} {:G} {:.3g}".format(1234.5, 1e-7, 2.0 / 3))
print("{:c}{:c}{:c}".format(80, 121, 33))
print("{:*^15,.2f}".format(12345.678))
print("{!s:>5} {!r:<5}|".format(1, "a"))
print("{0:{fill}{align}{width}}".format("mid", fill="~", align="^", width=9))
print("{}".format(0.1 + 0.2), "{:}".format(0.1 + 0.2), "{:.17}".format(0.1))
print("{:g} {:g} {:g}".format(1e5, 1e6, 1e-4))
print("{:>>5}|{:<<5}|{:^^5}".format(1, 2, 3))
try:
    "{!x}".format(1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    "{0.nosuch}".format(1)
except AttributeError as e:
    print(type(e).__name__, e)
