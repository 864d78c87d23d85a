# iter(callable, sentinel) stops when the callable returns the sentinel.
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
data = [3, 1, 4, 0, 5, 9]
pos = [0]
def read():
    v = data[pos[0]]
    pos[0] += 1
    return v
for v in iter(read, 0):
    print("got", v)
print(pos[0])
chunks = iter(["ab", "cd", "", "ef"])
print(list(iter(lambda: next(chunks), "")))
it = iter(int, 1)
print(next(it), next(it))
try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__, e)
print(type(iter(tick, 0)).__name__)
