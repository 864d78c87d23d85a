# Unpacking from functions and generators
def min_max(items):
    return min(items), max(items)


low, high = min_max([4, 8, 15, 16, 23, 42])
print(low, high)

def pairs():
    yield 1, "a"
    yield 2, "b"


(n1, c1), (n2, c2) = pairs()
print(n1, c1, n2, c2)

key, value = next(iter({"k": "v"}.items()))
first_char, *_ = "hello"
_, second, _ = (10, 20, 30)
print(key, value, first_char, second)
