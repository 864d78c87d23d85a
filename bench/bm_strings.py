"""String building: concatenation, join, f-strings, formatting, and the
common str methods (split, replace, upper, find)."""


def build_concat(n):
    s = ""
    for i in range(n):
        s += str(i % 10)
    return s


def build_join(n):
    parts = []
    for i in range(n):
        parts.append(f"{i}:{i * i % 97}")
    return ",".join(parts)


def methods(text, rounds):
    total = 0
    for r in range(rounds):
        words = text.split()
        for w in words:
            u = w.upper()
            if u.startswith("T"):
                total += len(u)
            total += w.find("e")
        total += len(text.replace("the", "THE"))
    return total


def formatting(n):
    out = []
    for i in range(n):
        out.append("%d-%s-%05.2f" % (i, "x" * (i % 5), i / 7))
        out.append("{}|{:>6}".format(i, i % 13))
    return len("".join(out))


def main():
    s = build_concat(1200000)
    print("concat:", len(s), s[-20:])
    j = build_join(600000)
    print("join:", len(j), j[:30])
    text = "the quick brown fox jumps over the lazy dog and then the end " * 20
    print("methods:", methods(text, 3600))
    print("formatting:", formatting(360000))


main()
