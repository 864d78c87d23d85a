r = a + b - c * d / e // f % g ** h
r = a @ b
r = a << b >> c & d | e ^ f
r = -a, +a, ~a, not a
r = a < b, a <= b, a == b, a != b, a > b, a >= b
r = a is b, a is not b, a in b, a not in b
r = a < b < c
r = a < b < c < d
r = not (a is b)
r = not (a in b)
r = not (a == b)
