def stats(values):
    n = len(values)
    if n == 0:
        raise ValueError("empty")
    total = 0
    lo = hi = values[0]
    for v in values:
        total += v
        if v < lo:
            lo = v
        elif v > hi:
            hi = v
    mean = total / n
    var = sum((v - mean) ** 2 for v in values) / n
    return {"n": n, "mean": mean, "var": var, "lo": lo, "hi": hi}
print(stats([1, 2, 3, 4]))
