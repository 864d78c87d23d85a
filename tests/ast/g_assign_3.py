# Starred targets collect the rest of a sequence.
numbers = [1, 2, 3, 4, 5, 6]
first, *rest = numbers
*init, last = numbers
head, *middle, tail = numbers
print(first, rest)
print(init, last)
print(head, middle, tail)

[*everything] = range(3)
*stuff, = "abc"
a, b, *c = "xy"
print(everything, stuff, a, b, c)
