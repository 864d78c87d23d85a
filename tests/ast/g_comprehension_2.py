# Comprehensions with several for and if clauses
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
flat = [x for row in matrix for x in row]
odd_from_big_rows = [x for row in matrix if sum(row) > 6 for x in row if x % 2]
pairs = [(i, j) for i in range(3) for j in range(3) if i < j]
multi_if = [n for n in range(50) if n % 3 == 0 if n % 5 == 0]
triples = [(a, b, c) for a in range(1, 20) for b in range(a, 20)
           for c in range(b, 20) if a * a + b * b == c * c]
print(flat, odd_from_big_rows, pairs, multi_if, triples)
