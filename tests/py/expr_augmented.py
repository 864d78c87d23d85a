# Augmented assignment on every type: in-place for mutables, rebinding for immutables.
n = 10
n += 1; n -= 2; n *= 3; n //= 2; n %= 7; n **= 2; print(n)
f = 1.5
f += 1; f *= 2; f /= 4; f -= 0.25; print(f)
s = "ab"
s += "cd"; s *= 2; print(s)
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)
lst = [1]
alias = lst
lst += [2]
lst *= 2
print(lst, alias, lst is alias)
lst += "xy"
print(lst)
st = {1, 2}
st_alias = st
st |= {3}; st &= {1, 3, 4}; st -= {1}; st ^= {5}
print(st, st is st_alias)
d = {"a": 1}
d |= {"b": 2}
print(d)
b = b"x"
b += b"y"
ba = bytearray(b"x")
ba += b"y"
print(b, ba)
m = [[0, 0], [0, 0]]
m[1][0] += 5
print(m)
obj = {"count": 0}
for _ in range(3):
    obj["count"] += 1
print(obj)
i = 6
i &= 3; print(i)
i |= 8; print(i)
i ^= 1; print(i)
i <<= 2; print(i)
i >>= 3; print(i)
