# iter(callable, sentinel) and iterators over changing state.

data = [3, 1, 4, 1, 5, 9, 2, 6]
pos = 0

def read():
    global pos
    pos += 1
    return data[pos - 1] if pos <= len(data) else None

print(list(iter(read, 5)))
print(list(iter(read, None)))

# A callable object works too
class Dice:
    def __init__(self):
        self.rolls = iter([2, 5, 6, 1, 6])
    def __call__(self):
        return next(self.rolls)

print(list(iter(Dice(), 6)))

it = iter(Dice(), 1)
print(type(it).__name__, iter(it) is it)
print(next(it), next(it), next(it))
print(list(it), list(it))

# The sentinel is compared with ==
print(list(iter(iter([1, 2.0, 3, 4]).__next__, 3.0)))

# StopIteration from the callable ends the iteration
def short():
    raise StopIteration

print(list(iter(short, 0)))

# Errors
try:
    iter(42, 0)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(len, 1, 2)
except TypeError as e:
    print("TypeError:", e)

# Reading lines of data chunk by chunk with a lambda
chunks = iter(["ab", "cd", ""])
print("".join(iter(lambda: next(chunks), "")))

# An exception from the callable propagates
def failing():
    raise ValueError("callable failed")

try:
    list(iter(failing, 0))
except ValueError as e:
    print("ValueError:", e)
