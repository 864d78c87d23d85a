# Reading "input" until a sentinel with the walrus operator
lines = iter(["alpha", "beta", "", "gamma"])

while (line := next(lines, None)) is not None:
    if not line:
        continue
    print(line.upper())

data = [5, 3, 8]
while data and (top := data.pop()) > 4:
    print("big", top)
else:
    print("stopped")
