# itertools: product, permutations, combinations, with replacement.
from itertools import (product, permutations, combinations,
                       combinations_with_replacement)

print(list(product('ab', range(3))))
print(list(product((0, 1), (0, 1), (0, 1))))
print(list(product('ab', repeat=2)))
print(list(product()), list(product(repeat=3)), list(product('ab', repeat=0)))
print(list(product('ab', [])), list(product([], 'ab')))
print(len(list(product(range(3), range(4), range(2)))))
print(list(product(iter([1, 2]), 'x', repeat=2)))

print(list(permutations('ABC')))
print(list(permutations(range(4), 2)))
print(list(permutations('AB', 0)), list(permutations('AB', 3)))
print(list(permutations([])), list(permutations([], 0)), list(permutations('ab', None)))
print(len(list(permutations(range(5)))), len(list(permutations(range(6), 3))))
print(list(permutations('abc', r=True)))

print(list(combinations('ABCD', 2)))
print(list(combinations(range(4), 3)))
print(list(combinations('ABC', 0)), list(combinations('ABC', 4)), list(combinations([], 0)))
print(len(list(combinations(range(10), 4))))

print(list(combinations_with_replacement('ABC', 2)))
print(list(combinations_with_replacement(range(3), 3)))
print(list(combinations_with_replacement([], 0)), list(combinations_with_replacement([], 2)))
print(list(combinations_with_replacement('AB', 0)))
print(len(list(combinations_with_replacement(range(5), 3))))

# the results are fresh tuples each time
p = product('ab', repeat=2)
first = next(p)
second = next(p)
print(first, second)

for obj in [product(), permutations(''), combinations('', 0),
            combinations_with_replacement('', 0)]:
    print(type(obj).__name__, iter(obj) is obj)

# subclasses keep the behaviour
class Pairs(combinations):
    pass
print(type(Pairs('abc', 2)).__name__, list(Pairs('abc', 2)))
