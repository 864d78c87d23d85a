# Slices whose bounds are expressions
data = list(range(20))
n = 4
print(data[n:n * 2])
print(data[n - 1:-n:n // 2])
print(data[len(data) // 2:])
print(data[:max(1, n)])
print(data[::(-1 if n else 1)])
print(data[(start := 2):start + 3])
print(data[slice(1, 3)], data[data[1]:data[3]])
lo, hi = 5, 10
window = data[lo:hi]
data[lo:hi] = []
print(window, data)
