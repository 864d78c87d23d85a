# Multiplication table with nested for loops
size = 5
for row in range(1, size + 1):
    line = ""
    for col in range(1, size + 1):
        line += f"{row * col:4}"
    print(line)

for row in range(3):
    for col in range(3):
        if row == col: continue
        print(row, col)
    else:
        print("row", row, "done")
