# Augmented assignment: targets may be parenthesized, values may be tuples
score = 10
(score) += 5
((score)) *= 2
history = []
history += 1, 2
history += (*range(2),)
matrix = [[1, 2], [3, 4]]
(matrix[0][1]) -= 1
matrix[1][0] //= 2


class Stats:
    runs = 0


(Stats.runs) += 1
Stats.runs |= 4
print(score, history, matrix, Stats.runs)
