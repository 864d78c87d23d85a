"""Dict and list work: counting, grouping, sorting, comprehensions,
slicing and membership tests."""


def word_counts(n):
    words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
    counts = {}
    for i in range(n):
        w = words[(i * 7 + i // 3) % len(words)]
        counts[w] = counts.get(w, 0) + 1
    return sorted(counts.items())


def grouping(n):
    groups = {}
    for i in range(n):
        key = i % 101
        if key in groups:
            groups[key].append(i)
        else:
            groups[key] = [i]
    return sum(len(v) for v in groups.values()), max(groups[7])


def list_work(n):
    data = [(i * 7919) % 10007 for i in range(n)]
    data.sort()
    evens = [x for x in data if x % 2 == 0]
    squares = {x: x * x for x in evens[:1000]}
    total = 0
    for i in range(0, len(data) - 1, 2):
        total += data[i + 1] - data[i]
    rev = data[::-1]
    return len(evens), len(squares), total, rev[0], data.index(5000)


def tuple_keys(n):
    grid = {}
    for x in range(n):
        for y in range(40):
            grid[(x, y)] = x * y
    s = 0
    for x in range(n):
        for y in range(40):
            s += grid[(x, y)]
    return s, len(grid)


def main():
    print("counts:", word_counts(1200000))
    print("grouping:", grouping(800000))
    print("lists:", list_work(800000))
    print("tuple keys:", tuple_keys(12000))


main()
