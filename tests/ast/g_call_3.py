# A generator expression as the only argument needs no extra parentheses
numbers = [3, 1, 4, 1, 5, 9, 2, 6]
print(sum(n * n for n in numbers))
print(max(n for n in numbers if n % 2))
print(any(n > 8 for n in numbers), all(n > 0 for n in numbers))
print(sorted((n for n in numbers), reverse=True))
print(", ".join(str(n) for n in numbers[:3]))
print(dict((n, n * 2) for n in range(3)))
print(list(x for x in "ab" for _ in range(2)))
print(set(x % 3 for x in numbers))
