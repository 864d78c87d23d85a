# Loops over ranges with steps, modifying the loop variable, and the loop target types.
for i in range(3):
    print(i, end=" ")
    i = 100
print()
for i in range(0, 20, 6):
    print(i, end=" ")
print()
for i in range(5, -6, -5):
    print(i, end=" ")
print()
for i in range(len("abc")):
    print(i, "abc"[i], end=" | ")
print()
total = 0
for i in range(1, 101):
    total += i
print(total)
squares = []
for i in range(1, 6):
    squares.append(i * i)
print(squares)
print([i for i in range(0)], list(range(3, 3)), list(range(-3)))
for i in range(2):
    for j in range(i, 3):
        print((i, j), end=" ")
print()
