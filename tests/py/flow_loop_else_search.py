# Search loops with else, while with a sentinel, and early exit with return.
def first_negative(rows):
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v < 0:
                return r, c
    return None
print(first_negative([[1, 2], [3, -4], [-5, 6]]), first_negative([[1]]))
def index_of(seq, target):
    i = 0
    while i < len(seq):
        if seq[i] == target:
            break
        i += 1
    else:
        return -1
    return i
print(index_of("hello", "l"), index_of("hello", "z"), index_of("", "a"))
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(48, 18), gcd(17, 5), gcd(0, 9))
def digits(n):
    out = []
    while True:
        n, d = divmod(n, 10)
        out.append(d)
        if n == 0:
            break
    return out[::-1]
print(digits(9051), digits(0))
