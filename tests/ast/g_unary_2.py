# Unary minus with literals, calls and attributes
import math

points = [(-1, -2), (+3, -4)]
print(abs(-7), -math.pi, -abs(-3), -len("four"))
print([-x for x in range(3)], -points[0][1], ~points[1][1])
print(-1j, -1e3, -0x10, -0o7, -0b1)
print(not [], not {}, not None, not -1)
