# repr round-trips and formatting precision edge cases.
vals = [0.1, 1 / 3, 2 / 3, 1e-300, 123.456, 9.995, 2.675, 0.125, 1e22, 5e-324]
for v in vals:
    r = repr(v)
    print(r, float(r) == v, f"{v:.2f}", f"{v:.3g}", "%.15g" % v, "%.17g" % v)
print(f"{0.5:.0f} {1.5:.0f} {2.5:.0f} {-0.5:.0f} {-1.5:.0f}")
print(f"{9.995:.2f} {9.9951:.2f} {1.0000000000000002:.16f}")
print(f"{1e16:.0f} {2 ** 60:.0f} {123456789012345678.0:.1f}")
print("%.0f %.0f %.1f %.1f" % (0.5, 1.5, 0.25, 0.35))
print(float(f"{0.1:.17g}") == 0.1, float("%.16g" % 0.1) == 0.1)
