# Assignments with expressions on the right
import math

radius = 2.5
area = math.pi * radius ** 2
circumference = 2 * math.pi * radius
label = "big" if area > 10 else "small"
names = sorted(["bob", "alice", "carol"], key=len, reverse=True)
square = lambda n: n * n
nothing = None
flags = True, False
empty = ()
quotient, remainder = divmod(17, 5)
print(area, circumference, label, names, square(4), nothing, flags, empty)
print(quotient, remainder)
