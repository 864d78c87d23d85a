# complex values as dict keys, in sets and lists, sorted by a key.
vals = [3 + 4j, 1j, -2 + 0j, 0.5 - 0.5j, 1 + 1j]
print(sorted(vals, key=abs))
print(sorted(vals, key=lambda z: (z.real, z.imag)))
d = {1j: "i", 2: "two", 2 + 0j: "complex two"}
print(d, len(d))
print(1j in d, 2j in d, {1 + 0j, 1, 1.0, True})
print(max(vals, key=abs), min(vals, key=lambda z: z.imag))
print([z.real for z in vals], [z.imag for z in vals])
print(sum(vals), [round(abs(z), 3) for z in vals])
print(str(vals), repr(vals[0]), f"{vals[0]}")
roots = [complex(round((1j ** (k / 2)).real, 12), round((1j ** (k / 2)).imag, 12)) for k in range(4)]
print(roots)
