# for/else and while/else: else runs only when the loop was not broken.
def find(seq, target):
    for i, v in enumerate(seq):
        if v == target:
            print("found at", i)
            break
    else:
        print("not found")
find([1, 2, 3], 2)
find([1, 2, 3], 9)
find([], 1)
for i in range(3):
    pass
else:
    print("else after complete loop, i =", i)
for i in range(3):
    continue
else:
    print("continue does not skip else")
n = 10
while n > 0:
    n -= 3
else:
    print("while else, n =", n)
n = 10
while n > 0:
    if n == 4:
        break
    n -= 3
else:
    print("never")
print("broke at", n)
def primes(limit):
    out = []
    for cand in range(2, limit):
        for d in range(2, int(cand ** 0.5) + 1):
            if cand % d == 0:
                break
        else:
            out.append(cand)
    return out
print(primes(40))
