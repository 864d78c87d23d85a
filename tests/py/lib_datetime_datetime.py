# datetime and time: reprs, isoformat/timespec, arithmetic, comparisons,
# aware/naive rules, timestamps in UTC, replace/combine, copying
from datetime import date, time, datetime, timedelta, timezone, tzinfo, UTC
import copy

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

dt = datetime(2024, 3, 5, 14, 7, 9, 123456)
print(repr(dt), str(dt), dt.hour, dt.minute, dt.second, dt.microsecond, dt.tzinfo, dt.fold)
print(repr(datetime(2024, 3, 5)), repr(datetime(2024, 3, 5, 1, 2, 3)), repr(datetime(2024, 3, 5, 0, 0, 0, 7)))
print(repr(datetime.min), repr(datetime.max), repr(datetime.resolution))
for spec in ('auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds'):
    print(spec, dt.isoformat(timespec=spec), dt.isoformat(' ', spec), time(1, 2, 3).isoformat(spec))
print(datetime(2024, 3, 5).isoformat(), dt.isoformat(sep='_'), dt.ctime())
print(repr(dt.date()), repr(dt.time()), repr(dt.timetz()), dt.timetuple())
print(dt.utctimetuple(), dt.toordinal(), dt.weekday(), dt.isocalendar())
print(repr(dt + timedelta(days=1, hours=10)), repr(dt - timedelta(microseconds=123457)))
print(repr(dt - datetime(2024, 1, 1)), repr(datetime(2024, 1, 1) - dt))
print(repr(datetime(2024, 2, 28, 23, 59) + timedelta(minutes=1)), repr(datetime(2023, 12, 31, 23) + timedelta(hours=1)))
print(dt == datetime(2024, 3, 5, 14, 7, 9, 123456), dt < datetime(2024, 3, 6), dt > datetime(2024, 3, 5))
print(dt == date(2024, 3, 5), dt != date(2024, 3, 5), dt == 'x')
print(hash(dt) == hash(datetime(2024, 3, 5, 14, 7, 9, 123456)))
print(repr(dt.replace(year=2000, microsecond=0)), repr(dt.replace(tzinfo=timezone.utc)))
print(repr(datetime.combine(date(2024, 1, 2), time(3, 4, 5))))
print(repr(datetime.combine(date(2024, 1, 2), time(3, 4, tzinfo=UTC))))
print(repr(datetime.combine(date(2024, 1, 2), time(3, 4), tzinfo=timezone(timedelta(hours=2)))))
print(repr(copy.copy(dt)), repr(copy.deepcopy(dt)), dt.__reduce__())

# time
t = time(14, 7, 9, 500)
print(repr(t), str(t), repr(time()), repr(time(1, 2, 3)), repr(time(fold=1)))
print(repr(time.min), repr(time.max), repr(time.resolution), bool(time()))
print(t.strftime('%H:%M:%S.%f %I %p|%Y-%m-%d'), format(t, '%H.%M'), format(t, ''))
print(t < time(15), t == time(14, 7, 9, 500), t != time(14), hash(t) == hash(time(14, 7, 9, 500)))
print(repr(t.replace(hour=1)), repr(t.replace(tzinfo=UTC)), t.utcoffset(), t.tzname(), t.dst())
print(repr(copy.copy(t)), repr(copy.deepcopy(time(1, tzinfo=UTC))), t.__reduce__())

# time zones
tz5 = timezone(timedelta(hours=5, minutes=30))
tzny = timezone(-timedelta(hours=5), 'EST')
print(repr(UTC), repr(tz5), repr(tzny), str(tz5), str(tzny), str(UTC))
print(UTC is timezone.utc, timezone(timedelta(0)) is UTC, repr(timezone(timedelta(0), 'UTC')))
print(repr(timezone.min), repr(timezone.max), tz5 == timezone(timedelta(minutes=330)), tz5 == UTC)
print(timezone(timedelta(seconds=-3661, microseconds=5)).tzname(None), timezone(timedelta(hours=-3)).tzname(None))
a = datetime(2024, 3, 5, 12, 0, tzinfo=tz5)
b = datetime(2024, 3, 5, 6, 30, tzinfo=UTC)
print(repr(a), str(a), a.isoformat(), a.utcoffset(), a.tzname(), a.dst())
print(a == b, a - b, hash(a) == hash(b), a.timestamp(), b.timestamp())
print(repr(a.astimezone(UTC)), repr(b.astimezone(tzny)), repr(a.astimezone(tz5)))
print(a.utctimetuple(), a.strftime('%Y-%m-%d %H:%M %z %Z'), datetime(2024, 1, 1).strftime('[%z][%Z]'))
print(datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=-1, seconds=-5))).strftime('%z'))
print(repr(time(1, 2, tzinfo=tz5)), time(1, 2, tzinfo=tz5).isoformat(), time(1, 2, tzinfo=tz5).strftime('%z %Z'))
print(time(12, tzinfo=tz5) < time(12, tzinfo=UTC), time(6, 30, tzinfo=UTC) == time(12, tzinfo=tz5))
print(repr(datetime.fromtimestamp(0, UTC)), repr(datetime.fromtimestamp(1700000000.5, tz5)))
print(repr(datetime.utcfromtimestamp(1700000000)), repr(datetime.utcfromtimestamp(-1.25)))
print(repr(datetime.utcfromtimestamp(0.0000005)), repr(datetime.utcfromtimestamp(0.0000015)))
print(datetime(2024, 3, 5, tzinfo=UTC).timestamp(), datetime(1969, 12, 31, 23, 59, 59, 500000, tzinfo=UTC).timestamp())
print(repr(copy.deepcopy(a)), a.__reduce__(), UTC.__reduce__(), tzny.__reduce__())
print(isinstance(datetime.now(), datetime), isinstance(date.today(), date), datetime.now(UTC).tzinfo is UTC)
print(type(datetime.utcnow()).__name__, datetime.now(tz5).utcoffset())

class Fixed(tzinfo):
    def __init__(self, minutes, name):
        self.off = timedelta(minutes=minutes)
        self.name = name
    def utcoffset(self, dt):
        return self.off
    def tzname(self, dt):
        return self.name
    def dst(self, dt):
        return timedelta(0)
    def __repr__(self):
        return 'Fixed(%r)' % self.name
f = Fixed(-90, 'X')
x = datetime(2024, 6, 1, 12, tzinfo=f)
print(repr(x), x.isoformat(), x.tzname(), x.utcoffset(), x.timetuple().tm_isdst, x.strftime('%z %Z'))
print(repr(x.astimezone(UTC)), repr(b.astimezone(f)), x - b)

class Bad(tzinfo):
    def utcoffset(self, dt):
        return 5
show("bad offset", lambda: datetime(2024, 1, 1, tzinfo=Bad()).utcoffset())
show("abstract", lambda: datetime(2024, 1, 1, tzinfo=tzinfo()).utcoffset())
show("abstract name", lambda: tzinfo().tzname(None))
show("abstract dst", lambda: tzinfo().dst(None))
show("naive-aware sub", lambda: datetime(2024, 1, 1) - b)
show("naive-aware lt", lambda: datetime(2024, 1, 1) < b)
show("naive-aware eq", lambda: datetime(2024, 1, 1) == b)
show("times lt", lambda: time(1) < time(1, tzinfo=UTC))
show("times eq", lambda: time(1) == time(1, tzinfo=UTC))
show("dt<date", lambda: dt < date(2024, 1, 1))
show("hour", lambda: datetime(2024, 1, 1, 24))
show("minute", lambda: time(1, 60))
show("second", lambda: time(1, 1, 60))
show("usec", lambda: time(1, 1, 1, 10**6))
show("fold", lambda: time(fold=2))
show("tzinfo type", lambda: time(1, tzinfo=1))
show("tzinfo type2", lambda: datetime(2024, 1, 1, tzinfo='UTC'))
show("timespec", lambda: dt.isoformat(timespec='x'))
show("over", lambda: datetime.max + timedelta(microseconds=1))
show("tz arg", lambda: timezone(1))
show("tz range", lambda: timezone(timedelta(hours=24)))
show("tz name", lambda: timezone(timedelta(0), 3))
show("tz utcoffset arg", lambda: UTC.utcoffset(3))
show("tz fromutc", lambda: UTC.fromutc(datetime(2024, 1, 1)))
show("tz fromutc2", lambda: UTC.fromutc(5))
show("combine1", lambda: datetime.combine(1, time()))
show("combine2", lambda: datetime.combine(date(2024, 1, 1), 1))
show("astimezone", lambda: dt.astimezone(1))
