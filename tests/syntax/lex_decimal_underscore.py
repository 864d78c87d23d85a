total = 1_000_
print(total)
