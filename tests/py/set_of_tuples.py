# Sets of tuples: coordinates, visited sets, sorted output for stable printing.
visited = set()
pos = (0, 0)
for move in "RRULLDDR":
    dx, dy = {"R": (1, 0), "L": (-1, 0), "U": (0, 1), "D": (0, -1)}[move]
    pos = (pos[0] + dx, pos[1] + dy)
    visited.add(pos)
print(len(visited), sorted(visited))
print((0, 0) in visited, (5, 5) in visited)
a = {(1, 2), (3, 4)}
b = {(3, 4), (5, 6)}
print(sorted(a | b), a & b, sorted(a ^ b))
pairs = {(min(x, y), max(x, y)) for x in range(3) for y in range(3) if x != y}
print(sorted(pairs))
print({(1, 2), (1, 2.0)}, len({(1,), (1.0,), (True,)}))
