# fromisoformat (3.11 forms), strptime by hand, strftime round trips
from datetime import date, time, datetime, timedelta, timezone

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for s in ['2024-03-05', '20240305', '2024-W10-2', '2024W102', '2024-W10', '2024W10',
          '2024-3-5', '2024-03-05T', '24-03-05', '2024-13-01', '2024-02-30', '', '2024/03/05']:
    show('date ' + s, lambda: date.fromisoformat(s))
for s in ['2024-03-05T14:07:09', '2024-03-05 14:07', '2024-03-05T14', '2024-03-05T140709',
          '2024-03-05T14:07:09.123', '2024-03-05T14:07:09.123456789', '2024-03-05T14:07:09,5',
          '2024-03-05T14:07:09Z', '2024-03-05T14:07:09+05:30', '2024-03-05T14:07:09-0800',
          '2024-03-05T14:07:09+05', '2024-03-05T14:07:09+05:30:15.5', '20240305T140709Z',
          '2024-W10-2T10:00', '2024-03-05x10:00', '2024-03-05', '2024-03-05T25:00',
          '2024-03-05T14:7', '2024-03-05T14:07:09+5', '2024-03-05T14:07:09.', '2024-03-05T14:07:60']:
    show('datetime ' + s, lambda: datetime.fromisoformat(s))
for s in ['14:07:09', '14:07', '14', '140709', 'T14:07', '14:07:09.5', '14:07:09.123456+01:00',
          '14:07:09Z', '24:00', '14:07:09+', 'x', '1:02']:
    show('time ' + s, lambda: time.fromisoformat(s))
show('type', lambda: date.fromisoformat(20240305))
show('type2', lambda: datetime.fromisoformat(b'2024-03-05'))
dt = datetime(2024, 3, 5, 14, 7, 9, 120000, tzinfo=timezone(timedelta(hours=-3)))
print(datetime.fromisoformat(dt.isoformat()) == dt, repr(datetime.fromisoformat(str(dt))))

cases = [
    ('2024-03-05 14:07:09', '%Y-%m-%d %H:%M:%S'),
    ('05/03/24', '%d/%m/%y'),
    ('5/3/70', '%d/%m/%y'),
    ('20240305', '%Y%m%d'),
    ('2024305', '%Y%m%d'),
    ('March 5, 2024', '%B %d, %Y'),
    ('mar 5 2024', '%b %d %Y'),
    ('Tuesday, 05 March 2024', '%A, %d %B %Y'),
    ('Tue Mar  5 14:07:09 2024', '%c'),
    ('03/05/24', '%x'),
    ('14:07:09', '%X'),
    ('2:07 PM', '%I:%M %p'),
    ('12:30 am', '%I:%M %p'),
    ('12:30 PM', '%I:%M %p'),
    ('12:30', '%I:%M'),
    ('14:07:09.5', '%H:%M:%S.%f'),
    ('14:07:09.123456', '%H:%M:%S.%f'),
    ('2024-03-05T14:07:09+0530', '%Y-%m-%dT%H:%M:%S%z'),
    ('2024-03-05T14:07:09-05:00', '%Y-%m-%dT%H:%M:%S%z'),
    ('2024-03-05T14:07:09Z', '%Y-%m-%dT%H:%M:%S%z'),
    ('2024-03-05 14:07 UTC', '%Y-%m-%d %H:%M %Z'),
    ('2024-03-05 +0100 UTC', '%Y-%m-%d %z %Z'),
    ('2024 065', '%Y %j'),
    ('2024 10 2', '%Y %W %w'),
    ('2024 10 Tue', '%Y %U %a'),
    ('2024 00 Mon', '%Y %W %a'),
    ('100%', '%j%%'),
    ('  2024   3', '%Y %m'),
    ('2024   3', '%Y %m'),
    ('Feb 29', '%b %d'),
    ('2023 Feb 29', '%Y %b %d'),
    ('2024-03-05x', '%Y-%m-%d'),
    ('2024-3-32', '%Y-%m-%d'),
    ('99', '%Y'),
    ('2024', '%Q'),
    ('2024', '%Y%'),
    ('14h', '%Hh'),
    ('14H', '%Hh'),
    ('', ''),
    ('2024 10 2', '%G %V %u'),
    ('2024 10', '%Y %V'),
]
for s, f in cases:
    show('strptime %r %r' % (s, f), lambda: datetime.strptime(s, f))
show('strptime type', lambda: datetime.strptime('2024', 2024))
show('strptime type1', lambda: datetime.strptime(2024, '%Y'))
d = datetime(2024, 3, 5, 14, 7, 9, 5)
fmt = '%Y-%m-%d %H:%M:%S.%f'
print(datetime.strptime(d.strftime(fmt), fmt) == d)
for y in (1, 999, 1000, 9999):
    print(date(y, 1, 1).strftime('%Y-%m-%d'), datetime(y, 12, 31).isoformat())
