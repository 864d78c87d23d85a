# Sets and tuples: membership, hashing and unpacking
seen = set()
duplicates = []
for word in "the cat and the hat and the bat".split():
    if word in seen:
        duplicates.append(word)
    seen.add(word)
print(sorted(seen), duplicates)

frozen = frozenset({1, 2, 3})
nested_sets = {frozenset({1}), frozenset({1, 2})}
print(2 in frozen, len(nested_sets))
point = 3, 4
x, y = point
print({(x, y): "here", (0, 0): "origin"}[(3, 4)], {*point, *{5}})
