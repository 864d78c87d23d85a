# Printed order of larger sets of ints, including values that collide in small tables.
print({i * 8 for i in range(10)})
print({i * 32 for i in range(6)}, {64, 32, 0, 128})
print(set(range(0, 100, 13)), set(range(100, 0, -13)))
s = set()
for v in [40, 8, 16, 24, 32, 0, 48]:
    s.add(v)
print(s)
s.discard(8)
s.add(56)
print(s)
t = {v * v % 17 for v in range(40)}
print(t)
u = set(range(30)) - set(range(0, 30, 4))
print(u)
w = {2 ** k for k in range(12)}
print(w)
x = {-i for i in range(8)} | {i for i in range(8)}
print(x)
print({1000, 2000, 3000, 4000, 5000}, {999999, 1000000, 1000001})
