# nonlocal: a counter kept in a closure
def make_counter():
    count = 0

    def tick():
        nonlocal count
        count += 1
        return count

    return tick


def make_stats():
    total, n = 0, 0

    def add(x):
        nonlocal total, n
        total += x
        n += 1
        return total / n

    return add


tick = make_counter()
tick(); tick()
average = make_stats()
print(tick(), average(4), average(8))
