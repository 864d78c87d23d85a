rows = [[1], [2]]
flat = [*row for row in rows]
