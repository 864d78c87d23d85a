# local time through time.tzset(): fromtimestamp, timestamp, astimezone, folds
import os, time
os.environ['TZ'] = 'America/New_York'
time.tzset()
from datetime import date, datetime, timedelta, timezone

print(repr(datetime.fromtimestamp(0)), repr(date.fromtimestamp(86400 * 365)))
print(repr(datetime.fromtimestamp(1700000000.25)))
print(datetime(2024, 3, 5, 12).timestamp(), datetime(2024, 7, 5, 12).timestamp())
# the repeated hour on 2024-11-03 and the skipped one on 2024-03-10
print(datetime(2024, 11, 3, 1, 30).timestamp(), datetime(2024, 11, 3, 1, 30, fold=1).timestamp())
print(datetime(2024, 3, 10, 2, 30).timestamp(), datetime(2024, 3, 10, 2, 30, fold=1).timestamp())
for ts in (1730611800, 1730615400):
    d = datetime.fromtimestamp(ts)
    print(repr(d), d.fold)
a = datetime(2024, 1, 15, 9, 30).astimezone()
print(repr(a), a.tzname(), a.utcoffset())
b = datetime(2024, 7, 15, 9, 30).astimezone()
print(repr(b), b.tzname())
u = datetime(2024, 7, 15, 13, 30, tzinfo=timezone.utc)
print(repr(u.astimezone()), repr(u.astimezone().astimezone(timezone.utc)))
print(repr(datetime.fromtimestamp(1700000000, timezone.utc).astimezone()))
print(time.strftime('%Y-%m-%d %H:%M:%S %Z', time.localtime(1700000000)))
print(datetime(2024, 7, 15, 9, 30).timetuple().tm_isdst, a.timetuple().tm_isdst)
