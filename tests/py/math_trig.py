# sin, cos, tan and their inverses; degrees/radians; results rounded where libm may differ.
import math
print(math.sin(0), math.cos(0), math.tan(0))
print(math.sin(math.pi / 2), math.cos(math.pi), math.sin(math.pi / 6))
print(round(math.sin(math.pi), 12), round(math.cos(math.pi / 2), 12))
print(math.asin(1), math.acos(1), math.atan(1), math.atan2(1, 1), math.atan2(-1, -1))
print(math.degrees(math.pi), math.radians(180), math.degrees(1))
print(round(math.tan(math.pi / 4), 12), round(math.sin(1), 12), round(math.cos(1), 12))
print(math.sinh(0), math.cosh(0), math.tanh(0), round(math.tanh(1), 12))
for f in (math.asin, math.acos):
    try:
        f(2)
    except ValueError as e:
        print(f.__name__, type(e).__name__, e)
try:
    math.sin(math.inf)
except ValueError as e:
    print(type(e).__name__, e)
print(math.atan(math.inf), math.atan2(0.0, -0.0), math.atan2(-0.0, -1.0))
