# The , and _ grouping options with ints, floats, widths and other bases.
for n in (0, 999, 1000, -1234567, 10 ** 12, 2 ** 64):
    print(f"{n:,} {n:_} {n:>20,} {n:020,}")
print(f"{1234567.891:,} {1234567.891:,.2f} {-9876543.21:_.1f} {1e20:,.0f}")
print(f"{0xDEADBEEF:_x} {0b1111111100000000:_b} {0o7777777:_o}")
print(f"{1234.5:010,.1f} {1234:08,}")
print(format(123456789, ","), format(123456789.123, ",.3f"), format(1e6, ","))
try:
    format(1234, ",x")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1234, ",_")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format("abc", ",")
except ValueError as e:
    print(type(e).__name__, e)
