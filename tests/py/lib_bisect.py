# bisect: searching and inserting in sorted lists, with key=.
import bisect
from bisect import bisect_left, bisect_right, insort, insort_left, insort_right

a = [1, 2, 4, 4, 4, 8, 9]
for x in [0, 1, 3, 4, 5, 9, 10]:
    print(x, bisect_left(a, x), bisect_right(a, x), bisect.bisect(a, x))
print(bisect_left(a, 4, 3), bisect_right(a, 4, 0, 4), bisect_left(a, 4, hi=2))
print(bisect_left([], 1), bisect_right([], 1), bisect_right(a, 4, 5, 2))
print(bisect_right(a, 4, hi=-1), bisect_right(a, 4, lo=1, hi=None))
print(bisect.bisect is bisect_right, bisect.insort is insort_right)

# a classic: grades from scores
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(score) for score in [33, 99, 77, 70, 89, 90, 100]])

# insort keeps the list sorted; equal items go left or right
b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    insort(b, x)
print(b)
pairs = [(1, 'a'), (2, 'b')]
insort_left(pairs, (2, 'a'))
insort_right(pairs, (1, 'z'))
print(pairs)

# key= compares key(item) with x; insort applies the key to x itself
records = [('ann', 21), ('bob', 25), ('cy', 30)]
ages = lambda r: r[1]
print(bisect_left(records, 25, key=ages), bisect_right(records, 25, key=ages))
insort(records, ('dee', 27), key=ages)
insort_left(records, ('eve', 21), key=ages)
print(records)
words = ['a', 'bb', 'ccc']
insort(words, 'zz', key=len)
print(words)

# only < is used
class OnlyLess:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print('lt', self.v, other.v)
        return self.v < other.v
items = [OnlyLess(i) for i in (1, 3, 5)]
print(bisect_left(items, OnlyLess(4)), bisect_right(items, OnlyLess(3)))

# errors
for call in ["bisect_left(a, 1, -1)", "bisect_right(a, 1, 1.0)",
             "bisect_right(a, 1, 0, 'x')", "insort(a, 1, lo=-2)",
             "bisect_left([1, 'a'], 2)", "bisect_right(5, 1)",
             "bisect_right([1], 1, key=len)", "insort((1, 2), 3)"]:
    try:
        print(call, '->', eval(call))
    except Exception as e:
        print(call, '->', type(e).__name__, e)
