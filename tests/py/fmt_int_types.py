# Integer presentation types b c d o x X n and the # form.
n = 2748
print(f"{n:b} {n:o} {n:d} {n:x} {n:X} {n:n}")
print(f"{n:#b} {n:#o} {n:#x} {n:#X}")
print(f"{-n:b} {-n:#x} {-n:o}")
print(f"{65:c} {0x263A:c} {10:c}|")
print(f"{2 ** 70:x} {2 ** 70:,} {-(2 ** 70):_}")
print(f"{n:_b} {n:_x} {n:_o} {n:,d} {n:_d}")
print(f"{0:b} {0:#x} {0:#o} {1:08b} {255:#010b}")
print(f"{True:d} {True:x} {False:b}")
print(format(n, "x"), format(n, "#X"), format(-1, "b"))
print(f"{n:e} {n:f} {n:g} {n:%}")
print(f"{1000000:e} {1000000:g} {123:.2f}")
for spec in ("s", ".2", "z"):
    try:
        print(format(n, spec))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    f"{1.5:d}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{1.5:x}"
except ValueError as e:
    print(type(e).__name__, e)
