# Common range patterns in loops: counting down, stepping, indexes of sequences, pairs.
word = "python"
for i in range(len(word) - 1, -1, -1):
    print(word[i], end="")
print()
for i in range(0, len(word), 2):
    print(word[i:i + 2], end=" ")
print()
for i in range(1, 4):
    print(" " * (3 - i) + "*" * (2 * i - 1))
n = 5
print([[1 if i == j else 0 for j in range(n)] for i in range(3)])
pairs = [(i, j) for i in range(4) for j in range(i + 1, 4)]
print(pairs, len(pairs))
total = 0
for k in range(10, 0, -2):
    total += k
print(total)
print(list(range(ord("a"), ord("f"))), "".join(chr(c) for c in range(ord("a"), ord("f"))))
print([x for x in range(2, 30) if all(x % d for d in range(2, x))])
