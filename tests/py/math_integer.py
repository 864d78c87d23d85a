# Integer functions of math: gcd, lcm, factorial, comb, perm, isqrt, prod.
import math
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(), math.gcd(12, 18, 27))
print(math.gcd(2 ** 100, 6 ** 50), math.lcm(4, 6), math.lcm(3, 5, 7), math.lcm())
print(math.factorial(0), math.factorial(5), math.factorial(20), math.factorial(25))
print(math.comb(5, 2), math.comb(10, 0), math.comb(10, 11), math.comb(60, 30))
print(math.perm(5, 2), math.perm(5), math.perm(5, 6), math.perm(20, 10))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10 ** 40 + 1))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 4]), math.prod(range(1, 11), start=2))
for f, args in ((math.factorial, (-1,)), (math.factorial, (2.5,)), (math.comb, (-1, 2)),
                (math.perm, (3, -1)), (math.isqrt, (-4,)), (math.gcd, (1.5, 2))):
    try:
        f(*args)
    except (ValueError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
