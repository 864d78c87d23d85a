# random: the real-valued distributions draw as CPython's do, so seeded values match.
import random
random.seed(2024)
print(random.gauss(), random.gauss(10, 2), random.gauss(0, 1))
print(random.normalvariate(), random.normalvariate(5, 0.5), random.lognormvariate(0, 1))
print(random.expovariate(1.5), random.expovariate(0.1))
print(random.gammavariate(0.5, 2), random.gammavariate(1.0, 2), random.gammavariate(4.5, 1))
print(random.betavariate(2, 5), random.betavariate(0.5, 0.5))
print(random.triangular(), random.triangular(0, 10), random.triangular(0, 10, 9), random.triangular(5, 5))
print(random.vonmisesvariate(0, 0), random.vonmisesvariate(1, 4), random.paretovariate(2.5), random.weibullvariate(1, 1.5))
print(random.uniform(-1, 1), random.uniform(5, 5))
r = random.Random(7)
values = [r.gauss(100, 15) for _ in range(1000)]
mean = sum(values) / len(values)
print(round(mean, 6), 90 < mean < 110, min(values) < mean < max(values))
r.seed(3)
print(sorted(round(r.expovariate(2), 12) for _ in range(5)))
