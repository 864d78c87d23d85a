# Float presentation types e E f F g G % and none, with precision.
vals = [0.0, 1.0, 3.14159, -2.5, 1234.5678, 0.000123, 1e16, 1e-10, 123456789.0, 2.5e-5]
for v in vals:
    print(f"{v} | {v:e} | {v:E} | {v:.2f} | {v:F} | {v:g} | {v:G} | {v:.3} | {v:.1%}")
print(f"{1.5:.0e} {2.5:.0f} {0.5:.0f} {1.25:.1f} {1.35:.1f}")
print(f"{123.456:.1e} {123.456:.10g} {123.456:.2g} {0.0001:.2g} {0.00001:g}")
print(f"{1e15:g} {1e16:g} {1e-4:g} {1e-5:g} {1e6:.6g} {1e6:.7g}")
print(f"{100:.2%} {0.125:%} {-0.5:.0%}")
print(f"{1.0:#g} {1.0:#.3g} {1.0:#.0f} {1.0:#e}")
print(f"{float('inf'):e} {float('-inf'):G} {float('nan'):.2f} {float('nan'):E}")
print(f"{0.1:.30f}")
print(f"{1/3:.17g} {2/3:.16f}")
print(f"{5e-324:g} {1.7976931348623157e308:.3e}")
