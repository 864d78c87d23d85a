# timedelta: normalisation, repr/str, arithmetic, comparisons, errors
from datetime import timedelta
import copy

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

td = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5)
print(repr(td), str(td), td.days, td.seconds, td.microseconds)
print(repr(timedelta()), str(timedelta()))
print(repr(timedelta(-1)), str(timedelta(-1)))
print(repr(timedelta(seconds=-1)), str(timedelta(seconds=-1)))
print(str(timedelta(days=2, microseconds=1)), str(timedelta(days=-2, seconds=5)))
print(repr(timedelta(weeks=1, milliseconds=1500)))
print(repr(timedelta(days=1.5)), repr(timedelta(seconds=0.5e-6)), repr(timedelta(seconds=1.5e-6)))
print(repr(timedelta(hours=-1.25)), repr(timedelta(minutes=0.1)))
print(repr(timedelta(microseconds=-0.5)), repr(timedelta(microseconds=2.5)))
print(td.total_seconds(), timedelta(microseconds=-1).total_seconds())
print(repr(timedelta.min), repr(timedelta.max), repr(timedelta.resolution))
print(repr(td + td), repr(td - td), repr(-td), repr(+td), repr(abs(-td)))
print(repr(td * 2), repr(2 * td), repr(td * 0.5), repr(td * -1.1))
print(repr(td / 2), repr(td / 3), repr(td / 0.25), td / timedelta(hours=1))
print(repr(td // 3), td // timedelta(hours=1), repr(td % timedelta(hours=5)))
print(divmod(td, timedelta(hours=5)))
print(repr(timedelta(microseconds=5) / 2), repr(timedelta(microseconds=7) / 2))
print(td == timedelta(1, 7384, 5), td != td, td < td * 2, td >= td, td == 1, td != 'x')
print(bool(timedelta()), bool(timedelta(microseconds=1)))
print(hash(td) == hash(timedelta(seconds=td.total_seconds())))
print(sorted([timedelta(3), timedelta(-1), timedelta(hours=5)]))
print(copy.copy(td) == td, copy.deepcopy(td) == td)
show("overflow", lambda: timedelta(days=10**9))
show("overflow2", lambda: timedelta.max + timedelta(microseconds=1))
show("badtype", lambda: timedelta(days='1'))
show("badtype2", lambda: timedelta(seconds=[]))
show("div0", lambda: td / 0)
show("fdiv0", lambda: td // 0)
show("tddiv0", lambda: td / timedelta(0))
show("tdfdiv0", lambda: td // timedelta(0))
show("mod0", lambda: td % timedelta(0))
show("nan", lambda: td * float('nan'))
show("inf", lambda: timedelta(days=float('inf')))
