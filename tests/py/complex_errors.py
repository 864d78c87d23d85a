# Operations complex numbers do not support, and their messages.
z = 1 + 2j
tests = [lambda: int(z), lambda: float(z), lambda: z < 1, lambda: z // 2, lambda: z % 2,
         lambda: divmod(z, 1), lambda: round(z), lambda: complex("1+2j", 1),
         lambda: complex("abc"), lambda: complex(1, "2"), lambda: 0j ** -1, lambda: z / 0,
         lambda: max(1j, 2j), lambda: sorted([2j, 1j]), lambda: abs(complex(1e308, 1e308))]
for t in tests:
    try:
        print("ok:", t())
    except (TypeError, ValueError, ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
print(complex(z), complex(z) is z, complex(2, 0) == 2)
