population = 8__000_000
print(population)
