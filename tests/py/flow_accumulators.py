# Accumulator loops: running totals, maxima, grouping, and early exits with flags.
temps = [12, 17, 9, 21, 21, 15, 8]
total = 0
running = []
for t in temps:
    total += t
    running.append(total)
print(running, total / len(temps))
best = None
best_day = -1
for day, t in enumerate(temps):
    if best is None or t > best:
        best, best_day = t, day
print(best, best_day)
groups = {"cold": [], "mild": [], "warm": []}
for t in temps:
    key = "cold" if t < 10 else "mild" if t < 18 else "warm"
    groups[key].append(t)
print(groups)
rising = True
for a, b in zip(temps, temps[1:]):
    if b < a:
        rising = False
        break
print("rising" if rising else "not rising", a, b)
streak = longest = 1
for a, b in zip(temps, temps[1:]):
    streak = streak + 1 if b >= a else 1
    longest = max(longest, streak)
print(longest)
product = 1
i = 0
while i < len(temps) and product < 10 ** 6:
    product *= temps[i]
    i += 1
print(product, i)
