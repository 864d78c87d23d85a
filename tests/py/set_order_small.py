# Printed order of sets of small ints built in different orders.
print({3, 1, 2}, {1, 2, 3}, {2, 3, 1})
print(set([5, 4, 3, 2, 1, 0]), set(range(10, 0, -1)))
print({10, 20, 30, 40}, {40, 30, 20, 10}, {7, 8, 9, 15, 16, 17, 31, 32, 33})
print({100, 5, 50, 500, 1000}, {1000, 500, 50, 5, 100})
print({8, 16, 24, 32}, {32, 24, 16, 8}, {9, 1, 17, 25})
s = set()
for i in [12, 4, 9, 1, 33, 0, 7]:
    s.add(i)
print(s)
print(set(range(20)), set(range(0, 60, 7)))
print({i * i for i in range(12)})
print(set([2, 2, 1, 1, 3]), {0}, set())
