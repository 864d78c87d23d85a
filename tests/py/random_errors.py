# random: CPython's errors for empty ranges, bad arguments and bad seeds.
import random
cases = [
    lambda: random.randrange(0),
    lambda: random.randrange(-3),
    lambda: random.randrange(10, 5),
    lambda: random.randrange(0, 10, 0),
    lambda: random.randrange(0, 10, -1),
    lambda: random.randrange(2.5),
    lambda: random.randrange(1, 7.5),
    lambda: random.randrange(10, step=2),
    lambda: random.randint(5, 1),
    lambda: random.choice([]),
    lambda: random.choice(""),
    lambda: random.sample([1, 2], 3),
    lambda: random.sample([1, 2], -1),
    lambda: random.sample({1, 2, 3}, 2),
    lambda: random.sample([1, 2], 1, counts=[1]),
    lambda: random.sample([1, 2], 1, counts=[0, 0]),
    lambda: random.choices([], k=1),
    lambda: random.choices("ab", 2),
    lambda: random.choices("ab", [1], k=1),
    lambda: random.choices("ab", [0, 0]),
    lambda: random.choices("ab", [1, 1], cum_weights=[1, 2]),
    lambda: random.gammavariate(-1, 1),
    lambda: random.seed([1, 2]),
    lambda: random.seed({}),
    lambda: random.getrandbits(-1),
    lambda: random.setstate((9, (), None)),
    lambda: random.Random().setstate((3, (1, 2), None)),
    lambda: random.randbytes(-1),
]
for case in cases:
    try:
        print(case())
    except Exception as e:
        print(type(e).__name__, e)
print(random.getrandbits(0), random.randrange(1), random.sample([], 0), random.choices("a", k=0))
print(random.SystemRandom().randrange(1), 0 <= random.SystemRandom().random() < 1)
try:
    random.SystemRandom().getstate()
except NotImplementedError as e:
    print(type(e).__name__, e)
