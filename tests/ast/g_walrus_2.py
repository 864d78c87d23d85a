# The walrus operator in comprehensions
def slow_square(x):
    return x * x


values = [1, 2, 3, 4, 5]
big = [y for x in values if (y := slow_square(x)) > 5]
pairs = [(x, y) for x in values if (y := x % 3)]
running = [total := 0] + [total := total + v for v in values]
found = any((hit := v) > 3 for v in values)
print(big, pairs, running, total, found, hit)
