# Iterating over starred and tuple expressions
evens = [0, 2, 4]
odds = [1, 3]
for n in *evens, *odds:
    print(n, end=" ")
print()

for n in 1, 2, 3:
    print(n)

for word in "a b c".split(), "d e".split():
    print(word)

for item in [*evens, 99, *odds][::-1]:
    print(item)
