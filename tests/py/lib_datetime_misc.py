# datetime corners: keyword constructors, float timedeltas, messages, copying
# tzinfo subclasses and subclasses, more strptime forms
from datetime import *
import datetime as D
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
show("sub kw", lambda: date(year=2024, month=1, day=2))
show("dt kw", lambda: datetime(year=2024, month=1, day=2, hour=3))
show("replace pos", lambda: datetime(2024,1,1).replace(2020, 5))
show("td kw", lambda: timedelta(weeks=-1.5, days=3, microseconds=-1))
show("td big", lambda: timedelta(seconds=86400*10**9))
show("td float us", lambda: timedelta(microseconds=1e-7))
show("td mul float", lambda: timedelta(seconds=1) * 1.0000005)
show("td truediv float", lambda: timedelta(seconds=3) / 1.5)
show("str neg", lambda: str(timedelta(days=-1, seconds=1)))
show("str micro", lambda: str(-timedelta(microseconds=1)))
show("bool time", lambda: bool(time(0)))
show("dt bool", lambda: bool(datetime.min))
show("isoformat sep", lambda: datetime(2024,1,1).isoformat('ab'))
show("isoformat sep2", lambda: datetime(2024,1,1).isoformat(1))
show("timespec type", lambda: time(1).isoformat(1))
show("hash eq", lambda: hash(datetime(2024,1,1)) == hash(datetime(2024,1,1, fold=1)))
show("dt time eq", lambda: datetime(2024,1,1) == time(0))
show("tz eq", lambda: timezone.utc == 1)
show("tz hash", lambda: hash(timezone.utc) == hash(timedelta(0)))
show("fromts str", lambda: datetime.fromtimestamp('1'))
show("fromts nan", lambda: datetime.utcfromtimestamp(float('nan')))
show("fromts big", lambda: datetime.utcfromtimestamp(1e20))
show("date fromts", lambda: date.fromtimestamp(None))
show("timetuple", lambda: datetime(2024,1,1,tzinfo=timezone.utc).timetuple())
show("subclass dt", lambda: type(type('X', (datetime,), {})(2024,1,1) + timedelta(1)).__name__)
show("subclass repr", lambda: repr(type('X', (datetime,), {})(2024,1,1)))
show("date attrs", lambda: (date.min.year, datetime.max.microsecond, time.max.hour))
show("utc attr", lambda: (D.UTC is timezone.utc, D.MINYEAR, D.MAXYEAR))
show("fromisocal", lambda: datetime.fromisocalendar(2024, 1, 1))
show("time fold repr", lambda: repr(datetime(2024,1,1,fold=1)))
show("dt strftime year", lambda: datetime(5, 1, 1).strftime('%Y|%y|%G'))
show("fmt spec", lambda: '{:>12}'.format(date(2024,1,1)))
show("ctime", lambda: datetime(2024,1,1,5,6,7).ctime())
show("tzname utc", lambda: datetime(2024,1,1,tzinfo=timezone.utc).strftime('%Z %z'))
show("bad tzname", lambda: time(1, tzinfo=type('T',(tzinfo,),{'tzname':lambda s,d: 5})()).tzname())
show("dst bad", lambda: datetime(2024,1,1,tzinfo=type('T',(tzinfo,),{'utcoffset':lambda s,d: timedelta(0),'dst':lambda s,d: timedelta(days=2)})()).dst())
show("ordering mixed td", lambda: sorted([timedelta(1), timedelta(0)]))
show("dt min max ops", lambda: datetime.min - timedelta(1))
show("date ordinal float", lambda: date.fromordinal(5.0))
show("neg zero td", lambda: repr(timedelta(seconds=-0.0)))

class Fixed(tzinfo):
    def __init__(self, m=0): self.m = m
    def utcoffset(self, dt): return timedelta(minutes=self.m)
    def __repr__(self): return 'Fixed(%d)' % self.m
x = datetime(2024, 1, 1, tzinfo=Fixed(30))
show("deepcopy tz", lambda: copy.deepcopy(x))
show("copy tz", lambda: copy.copy(Fixed(5)))
show("reduce tz", lambda: Fixed(5).__reduce__()[0].__name__)
class MyDT(datetime):
    pass
show("copy sub", lambda: copy.deepcopy(MyDT(2024,1,2,3)))
show("copy fold", lambda: copy.copy(datetime(2024,1,1,fold=1)).fold)
show("copy time fold", lambda: copy.deepcopy(time(1, fold=1)).fold)
show("copy iso", lambda: copy.copy(date(2024,1,1).isocalendar()))
for s, f in [('Mon, 04 Mar 2024 10:00:00 +0000', '%a, %d %b %Y %H:%M:%S %z'),
             ('2024-03-04 10:00:00.000001 -03:30:15.123456', '%Y-%m-%d %H:%M:%S.%f %z'),
             ('2024-03-04 10 PM', '%Y-%m-%d %I %p'),
             ('1/2/2024', '%m/%d/%Y'), ('12/31/2024 11:59:59 pm', '%m/%d/%Y %I:%M:%S %p'),
             ('2024-060', '%Y-%j'), ('24', '%y'), ('69', '%y'), ('68', '%y'),
             ('2024-03-04T10:00', '%Y-%m-%dT%H:%M'), ('JANUARY 5', '%B %d'), ('Thu', '%a'),
             ('2024 1 0', '%Y %U %w'), ('2024 52 6', '%Y %W %w'), ('2024 53 6', '%Y %U %w'),
             ('1', '%w'), ('7', '%u'),
             ('2024 12', '%Y%m'), ('202412', '%Y%m'), ('2024121', '%Y%m%d'), ('20241231', '%Y%m%d'),
             ('10:5', '%H:%M'), (' 5', '%d'), ('5 ', '%d'), ('5 ', '%d '), ('x 5', 'x%d')]:
    show('strptime %r %r' % (s, f), lambda: datetime.strptime(s, f))
show("date.strptime", lambda: hasattr(date, 'strptime'))
show("time.strptime", lambda: hasattr(time, 'strptime'))

# error messages name CPython's C types ('datetime.date'); subclasses their own
show("td fdiv float", lambda: timedelta(seconds=3) // 1.5)
show("td mod int", lambda: timedelta(seconds=3) % 2)
show("td rfloordiv", lambda: 3 // timedelta(1))
show("td lt", lambda: timedelta(1) < 5)
show("date sub datetime", lambda: date(2024,1,1) - datetime(2024,1,1))
show("dt sub date", lambda: datetime(2024,1,1) - date(2024,1,1))
show("dt+dt", lambda: datetime(2024,1,1) + datetime(2024,1,1))
show("time+td", lambda: time(1) + timedelta(1))
show("tz attr", lambda: timezone.utc.foo)
show("date lt int", lambda: date(2024,1,1) < 3)
class MyDate(date):
    pass
show("subclass name", lambda: MyDate(2024,1,1) + 1)
show("iso attr", lambda: date(2024,1,1).isocalendar().foo)
