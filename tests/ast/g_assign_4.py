# Nested targets: unpack structures inside structures.
record = ("Ada", (1815, 12, 10), ["math", "poetry"])
name, (year, month, day), [first_topic, second_topic] = record
print(name, year, month, day, first_topic, second_topic)

pairs = [(1, ("one", "I")), (2, ("two", "II"))]
for number, (word, roman) in pairs:
    print(number, word, roman)

(a, [b, (c, *d)]), e = (1, [2, (3, 4, 5)]), 6
print(a, b, c, d, e)
((x, y), z) = ((1, 2), 3)
