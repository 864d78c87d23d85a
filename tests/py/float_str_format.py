# str(), format() and f-strings of floats.
x = 3.14159265358979
print(str(x), f"{x}", f"{x:.2f}", f"{x:10.3f}|", f"{x:e}", f"{x:g}")
print(format(1e16, ""), format(1e16, "g"), format(1e-5, ""), format(1.0, ""))
print(f"{0.1:.20f}", f"{2.5:.0f}", f"{3.5:.0f}", f"{-0.0:.1f}")
print(f"{1234567.891:,.2f}", f"{1234567.891:_.1f}")
print(f"{0.000012345:g}", f"{123456789.0:g}", f"{1e100:g}", f"{100.0:g}")
print(f"{float('inf'):f}", f"{float('nan'):F}", f"{float('-inf'):e}")
print(f"{1.5:%}", f"{0.25:.1%}")
print("%.3f" % x, "%e" % x, "%g" % x, "%10.4f|" % x, "%-10.2f|" % x)
print(str(1.0), str(10.0), str(1e5), str(123456.0))
