"""Integer loops: while and for loops over small ints, comparisons,
arithmetic, and a sieve over a list of flags."""


def collatz_steps(limit):
    # The longest Collatz chain below limit.
    best, best_n = 0, 0
    for n in range(1, limit):
        steps = 0
        x = n
        while x != 1:
            if x % 2 == 0:
                x = x // 2
            else:
                x = 3 * x + 1
            steps += 1
        if steps > best:
            best, best_n = steps, n
    return best_n, best


def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
        i += 1
    count = 0
    for f in flags:
        if f:
            count += 1
    return count


def digit_sums(n):
    total = 0
    for i in range(n):
        while i:
            total += i % 10
            i //= 10
    return total


def main():
    print("collatz:", collatz_steps(100000))
    print("primes below 1000000:", sieve(1000000))
    print("digit sums:", digit_sums(600000))
    acc = 0
    for i in range(1200000):
        acc = (acc * 31 + i) & 0xFFFFFFF
    print("hash:", acc)


main()
