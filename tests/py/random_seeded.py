# random: seeded sequences are CPython's, number for number.
import random
random.seed(42)
print([random.randint(0, 10) for _ in range(5)])
print(random.random(), random.uniform(1, 2), random.randrange(100), random.randrange(5, 50, 5))
print(random.choice("abcdefg"), random.choice([10, 20, 30]), random.getrandbits(40), random.getrandbits(100))
deck = list(range(20))
random.shuffle(deck)
print(deck)
print(random.sample(range(1000), 6), random.sample("abcdef", 3), random.sample(range(10), 10))
print(random.choices("xyz", k=6), random.choices("xyz", weights=[5, 1, 1], k=6))
print(random.choices(range(4), cum_weights=[1, 2, 10, 11], k=5), random.randbytes(6))
print(random.sample(["red", "blue"], counts=[4, 2], k=5))
for seed in [0, 1, -7, 2**80 + 3, 3.5, "a string", b"some bytes", bytearray(b"ba"), None]:
    random.seed(seed)
    if seed is not None:
        print(repr(seed), random.random(), random.randrange(10**20))
random.seed("v1", version=1)
print(random.random())
random.seed(5)
state = random.getstate()
first = [random.random() for _ in range(3)]
random.setstate(state)
print(first == [random.random() for _ in range(3)], state[0], len(state[1]), state[2])
r1, r2 = random.Random(99), random.Random(99)
print(r1.random() == r2.random(), r1.randint(1, 6), r2.randint(1, 6), random.Random("x").random())
random.seed(11)
print([random.randrange(3) for _ in range(20)], random.randrange(10**30))
class Dice(random.Random):
    def random(self):
        return 0.75
print(Dice().randrange(10), Dice().choice("abcd"), Dice().uniform(0, 4), Dice().randint(1, 8))
