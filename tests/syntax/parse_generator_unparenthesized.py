values = [1, 2]
print(sum(x for x in values, 0))
