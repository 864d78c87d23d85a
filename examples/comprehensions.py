# comprehensions.py: building lists, sets and dicts in one expression.

numbers = range(1, 11)

# [expression for item in iterable if condition]
squares = [n * n for n in numbers]
evens = [n for n in numbers if n % 2 == 0]
print(squares)
print(evens)

# A dict comprehension maps keys to values.
word = "mississippi"
letter_counts = {ch: word.count(ch) for ch in sorted(set(word))}
print(letter_counts)

# Two for clauses work like nested loops.
pairs = [(x, y) for x in range(1, 4) for y in range(x, 4)]
print(pairs)

# A matrix and its transpose.
matrix = [[1, 2, 3], [4, 5, 6]]
transpose = [[row[i] for row in matrix] for i in range(3)]
print(transpose)
