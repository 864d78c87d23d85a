# statistics: averages, medians, modes, quantiles, variance and stdev; exact
# results (sums are done with Fractions) and StatisticsError.
import statistics
from statistics import (mean, fmean, median, median_low, median_high, median_grouped,
                        mode, multimode, quantiles, variance, pvariance, stdev, pstdev,
                        StatisticsError)
from fractions import Fraction as F

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(issubclass(StatisticsError, ValueError))
ints = [1, 2, 3, 4, 4]
floats = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
fracs = [F(1, 2), F(3, 4), F(5, 4), F(-1, 3)]

# mean: exact, in the data's type.
print(mean(ints), mean([1, 2, 3]), mean([-1.0, 2.5, 3.25, 5.75]), mean(floats))
print(repr(mean(fracs)), repr(mean([F(3, 7), F(1, 21), F(5, 3), F(1, 3)])))
print(mean([0.1] * 10), sum([0.1] * 10) / 10, mean([1e20, 1.0, -1e20]))
print(mean([1, 2.5]), repr(mean([1, F(1, 2)])), repr(mean([True, False, True])))
print(mean(iter([1, 2, 3, 4])), mean(range(1, 101)), mean((x * x for x in range(5))))
print(mean([float("inf"), 1.0]), mean([float("nan"), 1.0]), mean([float("inf"), float("-inf")]))
attempt(lambda: mean([]))
attempt(lambda: mean(["a", "b"]))
attempt(lambda: mean([F(1, 2), 0.5, "x"]))
attempt(lambda: mean([1, 1j]))

# fmean.
print(fmean([3.5, 4.0, 5.25]), fmean(ints), fmean(iter([1, 2, 3])), fmean([0.1] * 10))
print(fmean([1, 2, 3], weights=[0.25, 0.25, 0.5]), fmean([85, 92, 83, 91], [0.2, 0.2, 0.3, 0.3]))
print(fmean(iter([1, 2]), weights=iter([1, 3])))
attempt(lambda: fmean([]))
attempt(lambda: fmean(iter([])))
attempt(lambda: fmean([1, 2], weights=[1]))
attempt(lambda: fmean([1, 2], weights=[1, -1]))
attempt(lambda: fmean(["a"]))

# medians.
print(median([1, 3, 5]), median([1, 3, 5, 7]), median([5, 1, 3, 2]), median([2.5]), repr(median(fracs)))
print(median_low([1, 3, 5]), median_low([1, 3, 5, 7]), median_high([1, 3, 5]), median_high([1, 3, 5, 7]))
print(median(["b", "a", "c"]), median_low(["b", "a", "c", "d"]), median_high(iter([4, 1, 2])))
print(median_grouped([52, 52, 53, 54]), median_grouped([1, 3, 3, 5, 7]), median_grouped([1, 3, 3, 5, 7], interval=2))
print(median_grouped([25, 35, 35, 45]), median_grouped([1.5, 2.5, 2.5, 3.5], 1), median_grouped([F(1, 2), F(3, 2)]))
attempt(lambda: median([]))
attempt(lambda: median_low([]))
attempt(lambda: median_high([]))
attempt(lambda: median_grouped([]))
attempt(lambda: median_grouped(["a", "b"]))
attempt(lambda: median([1, "a"]))

# mode and multimode.
print(mode([1, 1, 2, 3, 3, 3, 3, 4]), mode(["red", "blue", "blue", "red", "green", "red", "red"]))
print(mode([1, 2, 2, 1]), mode("aabbc"), mode([(1, 2), (1, 2), (3,)]), mode(iter([4.5])))
print(multimode("aabbbbbbbbcc"), multimode("aabbbbccddddeeffffgg"), multimode(""), multimode([3, 1, 2]))
attempt(lambda: mode([]))
attempt(lambda: mode([[1], [1]]))

# quantiles.
data = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129,
        106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95,
        103, 107, 101, 81, 109, 104]
print([round(q, 1) for q in quantiles(data, n=10)])
print(quantiles([1, 2, 3, 4, 5]), quantiles([1, 2, 3, 4, 5], method="inclusive"))
print(quantiles([1, 2]), quantiles([1, 2], n=1), quantiles([1, 2, 3], n=2), quantiles(range(10), n=3))
print(quantiles([F(1), F(2), F(4)], n=4), quantiles([1.5, 2.5, 10.0], n=5, method="inclusive"))
attempt(lambda: quantiles([1, 2], n=0))
attempt(lambda: quantiles([1]))
attempt(lambda: quantiles([1, 2], method="median"))
attempt(lambda: quantiles([1, 2], 4))

# variance, pvariance, stdev, pstdev.
print(variance(floats), pvariance(floats), stdev(floats), pstdev(floats))
print(variance(ints), pvariance(ints), stdev(ints), pstdev(ints))
print(variance([1, 2, 3, 4]), pvariance([1, 2, 3, 4]), variance([2, 4]), pvariance([7]))
print(repr(variance(fracs)), repr(pvariance(fracs)), stdev(fracs), pstdev(fracs))
print(variance([F(1, 6), F(1, 2), F(5, 3)]), pvariance([F(1, 4), F(5, 4), F(1, 2)]))
print(stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(variance(floats, mean(floats)), pvariance(floats, mu=mean(floats)), stdev(ints, 2.8), pstdev(ints, 3))
print(variance([0.1] * 5), stdev([1e9 + 0.1, 1e9 + 0.2, 1e9 + 0.3]))
attempt(lambda: pvariance([1e300, -1e300]))
print(variance(iter([1, 2, 3, 4])), stdev(x / 3 for x in range(10)), pstdev(range(100)))
print(variance([True, False, True]), variance([1, 2.5, F(1, 2)]), pvariance([5, 5, 5]), stdev([5, 5]))
print(variance([float("inf"), 1.0]), pvariance([float("nan"), 1.0]))
attempt(lambda: variance([1]))
attempt(lambda: pvariance([]))
attempt(lambda: stdev([1]))
attempt(lambda: pstdev([]))
attempt(lambda: variance(["a", "b"]))
attempt(lambda: stdev([1.0, float("inf")]))
