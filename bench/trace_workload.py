"""The program bench/trace_cost.py runs under --trace to measure how fast
the tracer writes: a little of what a learner's program does (loops,
calls, attributes, lists, dicts, strings), sized to about a million
traced instructions (a trace file of about 100 MB).

It is not a bm_*.py benchmark: run.py would time it untraced, where it
takes a few milliseconds."""


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)


def squares(n):
    out = []
    for i in range(n):
        out.append(i * i)
    return out


def count_words(text):
    counts = {}
    for word in text.split():
        counts[word] = counts.get(word, 0) + 1
    return counts


def walk(steps):
    p = Point(0, 0)
    for k in range(steps):
        p = p.moved(k % 3 - 1, 1)
    return p


total = 0
words = {}
for round_ in range(1000):
    total += sum(squares(40))
    words = count_words("the cat and the hat and the bat")
    p = walk(12)
    total += p.x + p.y
print(total, sorted(words.items()))
