# Searching nested loops with break and flags
grid = [
    [1, 4, 7],
    [2, 5, 8],
    [3, 6, 9],
]
target = 6
found = None
for r, row in enumerate(grid):
    for c, cell in enumerate(row):
        if cell == target:
            found = (r, c)
            break
    if found:
        break
print("found at", found)

for word in ["apple", "kiwi", "banana"]:
    if len(word) < 5: continue
    print(word)
