# date: constructors, range checks, reprs, arithmetic, calendar queries
from datetime import date, timedelta, datetime, MINYEAR, MAXYEAR
import datetime as dt_mod
import copy

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

d = date(2024, 3, 5)
print(repr(d), str(d), d.year, d.month, d.day, MINYEAR, MAXYEAR)
print(repr(date.min), repr(date.max), repr(date.resolution))
print(d.isoformat(), d.ctime(), d.weekday(), d.isoweekday())
print(d.isocalendar(), d.isocalendar().week, tuple(d.isocalendar()))
for y, m, dd in [(2021, 1, 3), (2020, 12, 31), (2026, 12, 31), (2004, 12, 27), (2027, 1, 1), (1, 1, 1), (9999, 12, 31)]:
    x = date(y, m, dd)
    print(x, x.isocalendar(), x.toordinal(), date.fromordinal(x.toordinal()) == x,
          date.fromisocalendar(*x.isocalendar()) == x)
print(d.timetuple())
print(repr(d.replace(day=1)), repr(d.replace(2000, 2)), repr(d.replace(month=12, year=1999)))
print(repr(d + timedelta(days=30)), repr(timedelta(1) + d), repr(d - timedelta(days=65)))
print(repr(d - date(2024, 1, 1)), repr(date(2024, 1, 1) - d))
print(repr(d + timedelta(hours=47)), repr(d - timedelta(hours=1)))
print(d == date(2024, 3, 5), d != date(2024, 3, 5), d < date(2024, 3, 6), d >= date(2025, 1, 1))
print(d == datetime(2024, 3, 5), d != datetime(2024, 3, 5), d == 5, d != 'x')
print(hash(d) == hash(date(2024, 3, 5)), len({d, date(2024, 3, 5), date(2024, 3, 6)}))
print(sorted([date(2024, 1, 2), date(2023, 5, 5), date(2024, 1, 1)]))
print(repr(date.fromordinal(738950)), repr(date.fromisocalendar(2024, 1, 1)))
print(repr(copy.copy(d)), repr(copy.deepcopy(d)), d.__reduce__())
print(format(d, ''), format(d, '%d/%m/%Y'), '{:%A %d %B %Y}'.format(d), f'{d:%j %U %W}')
print(d.strftime('%a %A %b %B %y %Y %m %d %j %U %W %w %H %I %M %S %f %p %z %Z %%'))
print(date(2024, 12, 30).strftime('%U %W %j'), date(2023, 1, 1).strftime('%U %W %j'))
print(d.strftime('%c | %x | %X'))

class MyDate(date):
    def hello(self):
        return 'hello %d' % self.year
m = MyDate(2024, 1, 31)
print(repr(m), m.hello(), type(m + timedelta(1)).__name__, type(m.replace(day=2)).__name__)

show("year0", lambda: date(0, 1, 1))
show("year10000", lambda: date(10000, 1, 1))
show("month13", lambda: date(2024, 13, 1))
show("month0", lambda: date(2024, 0, 1))
show("feb30", lambda: date(2024, 2, 30))
show("feb29", lambda: date(2023, 2, 29))
show("leap", lambda: date(2000, 2, 29))
show("float", lambda: date(2024, 1.0, 1))
show("str", lambda: date('2024', 1, 1))
show("missing", lambda: date(2024))
show("ord0", lambda: date.fromordinal(0))
show("ordbig", lambda: date.fromordinal(3652060))
show("over", lambda: date.max + timedelta(1))
show("under", lambda: date.min - timedelta(1))
show("lt_dt", lambda: date(2024, 1, 1) < datetime(2024, 1, 1))
show("isocal week", lambda: date.fromisocalendar(2024, 53, 1))
show("isocal w53", lambda: date.fromisocalendar(2020, 53, 7))
show("isocal day", lambda: date.fromisocalendar(2024, 5, 0))
show("isocal year", lambda: date.fromisocalendar(10000, 5, 1))
show("fmt", lambda: format(d, 1))
show("strftime", lambda: d.strftime(1))
show("replace", lambda: d.replace(month=2, day=30))
show("has IsoCalendarDate", lambda: hasattr(dt_mod, 'IsoCalendarDate'))
show("all", lambda: dt_mod.__all__)
