# Nested loops: break only leaves the innermost loop; flags and for/else to leave both.
for i in range(3):
    for j in range(3):
        if j == 1:
            break
        print("pair", i, j)
found = None
for i in range(5):
    for j in range(5):
        if i * j == 6:
            found = (i, j)
            break
    if found:
        break
print("found", found)
for i in range(4):
    for j in range(4):
        if (i + j) % 2:
            continue
        if i == j == 2:
            break
    else:
        print("inner loop completed for i =", i)
        continue
    print("inner loop broken for i =", i)
table = []
for r in range(1, 4):
    row = []
    for c in range(1, 4):
        row.append(r * c)
    table.append(row)
print(table)
total = 0
for row in table:
    for v in row:
        if v % 2 == 0:
            continue
        total += v
print("odd sum", total)
