# Assignment expressions in if, while, comprehensions and calls.
text = "abc123def"
if (n := len(text)) > 5:
    print(f"long text: {n}")
digits = []
i = 0
while (c := text[i]) != "d":
    if c.isdigit():
        digits.append(c)
    i += 1
print(digits, i)
data = [4, 9, 15, 2, 30]
print([y for x in data if (y := x * 2) > 10])
print([(x, sq) for x in range(5) if (sq := x * x) % 2 == 0])
print((total := sum(data)), total / len(data))
print(f"{(w := 10) * 2} {w}")
vals = []
while (v := len(vals)) < 3:
    vals.append(v)
print(vals)
print(text[:k] if (k := text.find("1")) >= 0 else None, k)
