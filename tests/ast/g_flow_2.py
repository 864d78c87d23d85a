# break and continue in while and for loops
numbers = [3, 8, -1, 4, 0, 7]
total = 0
for n in numbers:
    if n < 0:
        continue
    if n == 0:
        break
    total += n
print("total", total)

i = 0
while True:
    i += 1
    if i % 2:
        continue
    if i > 8:
        break
    print("even", i)
