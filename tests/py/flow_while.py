# while loops: counters, conditions on collections, break/continue, while True.
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("i", i)
stack = [1, 2, 3]
while stack:
    print("pop", stack.pop())
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
count = 0
while True:
    count += 1
    if count >= 4:
        break
print("count", count)
a, b = 0, 1
fibs = []
while a < 100:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
x = 100
while x:
    x //= 3
print(x)
