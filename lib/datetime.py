"""Concrete date/time and related types.

minipy's version of CPython 3.11's datetime module, written in Python.  It keeps
CPython's behaviour: the same constructors and range checks, reprs, str forms,
arithmetic, comparisons, hashing and error messages as the C module _datetime.
"""

import time as _time
import math as _math

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059          # date.max.toordinal()
_MAX_DELTA_DAYS = 999999999

# Days in each month of a non-leap year (index 0 unused), and the number of days
# before the first of each month.
_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_dbm = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_dbm)
    _dbm += _dim
del _dbm, _dim

_MONTHNAMES = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun",
               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_DAYNAMES = [None, "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


# ---- calendar arithmetic (proleptic Gregorian; 0001-01-01 is ordinal 1) ----------

def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


# Lengths of the 400-, 100- and 4-year cycles, in days.
_DI400Y = _days_before_year(401)
_DI100Y = _days_before_year(101)
_DI4Y = _days_before_year(5)


def _ord2ymd(n):
    """The (year, month, day) of ordinal n."""
    n -= 1
    n400, n = divmod(n, _DI400Y)
    year = n400 * 400 + 1
    n100, n = divmod(n, _DI100Y)
    n4, n = divmod(n, _DI4Y)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        # The last day of a 4- or 400-year cycle: Dec 31 of the year before.
        return year - 1, 12, 31
    leapyear = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5          # an estimate, at most one too large
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leapyear)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leapyear)
    return year, month, n - preceding + 1


def _iso_week1_monday(year):
    """The ordinal of the Monday of ISO week 1 of year."""
    first = _ymd2ord(year, 1, 1)
    first_weekday = (first + 6) % 7
    week1monday = first - first_weekday
    if first_weekday > 3:           # Jan 1 is Fri..Sun: week 1 starts later
        week1monday += 7
    return week1monday


def _build_struct_time(y, m, d, hh, mm, ss, dstflag):
    wday = (_ymd2ord(y, m, d) + 6) % 7
    dnum = _days_before_month(y, m) + d
    return _time.struct_time((y, m, d, hh, mm, ss, wday, dnum, dstflag))


# ---- argument checks with the C module's messages -------------------------------

def _index(value):
    """value as an int, as the C module's "i" argument conversion does."""
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    try:
        meth = type(value).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__) from None
    return meth(value)


def _check_date_fields(year, month, day):
    year = _index(year)
    month = _index(month)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _index(hour)
    minute = _index(minute)
    second = _index(second)
    microsecond = _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    fold = _index(fold)
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo_arg(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass,"
                        " not type '%s'" % type(tz).__name__)


def _type_name(obj):
    """The type's name as the C module prints it: 'datetime.date' for its own
    types, the bare class name for subclasses defined elsewhere."""
    cls = type(obj)
    if cls.__module__ == __name__:
        return "datetime." + cls.__name__
    return cls.__name__


def _check_utc_offset(name, offset):
    """Validate what a tzinfo's utcoffset() or dst() returned."""
    if offset is None:
        return
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(offset).__name__))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between "
                         "-timedelta(hours=24) and timedelta(hours=24).")


def _cmperror(x, y):
    raise TypeError("can't compare %s to %s" % (_type_name(x), _type_name(y)))


def _cmp(x, y):
    return 0 if x == y else 1 if x > y else -1


def _divide_and_round(a, b):
    """a / b rounded to the nearest int, halves to even."""
    q, r = divmod(a, b)
    r *= 2
    greater_than_half = r > b if b > 0 else r < b
    if greater_than_half or (r == b and q % 2 == 1):
        q += 1
    return q


# ---- formatting helpers -----------------------------------------------------------

def _format_time(hh, mm, ss, us, timespec="auto", argnum=1):
    if not isinstance(timespec, str):
        raise TypeError("isoformat() argument %d must be str, not %s"
                        % (argnum, type(timespec).__name__))
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    elif timespec == "milliseconds":
        us //= 1000
    if timespec == "hours":
        return "%02d" % hh
    if timespec == "minutes":
        return "%02d:%02d" % (hh, mm)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hh, mm, ss, us)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hh, mm, ss, us)
    raise ValueError("Unknown timespec value")


def _format_offset(off, sep=":"):
    """'+HH:MM[:SS[.ffffff]]' for a utcoffset; '' for None."""
    if off is None:
        return ""
    sign = "+"
    if off.days < 0:
        sign = "-"
        off = -off
    hh, rest = divmod(off, timedelta(hours=1))
    mm, rest = divmod(rest, timedelta(minutes=1))
    s = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if rest.seconds or rest.microseconds:
        s += "%s%02d" % (sep, rest.seconds)
        if rest.microseconds:
            s += ".%06d" % rest.microseconds
    return s


def _wrap_strftime(obj, fmt, timetuple):
    """Expand %f, %z and %Z (which time.strftime cannot know), then let
    time.strftime do the rest."""
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s"
                        % type(fmt).__name__)
    parts = []
    i, n = 0, len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != "%" or i == n:
            parts.append(ch)
            continue
        ch = fmt[i]
        i += 1
        if ch == "f":
            parts.append("%06d" % getattr(obj, "microsecond", 0))
        elif ch == "z":
            off = obj.utcoffset() if hasattr(obj, "utcoffset") else None
            parts.append(_format_offset(off, ""))
        elif ch == "Z":
            name = obj.tzname() if hasattr(obj, "tzname") else None
            if name is not None:
                if not isinstance(name, str):
                    raise TypeError("tzinfo.tzname() must return None or a string,"
                                    " not '%s'" % type(name).__name__)
                parts.append(name.replace("%", "%%"))
        else:
            parts.append("%" + ch)
    return _time.strftime("".join(parts), timetuple)


# ---- ISO 8601 parsing (the forms CPython 3.11's fromisoformat accepts) ---------------

def _digits(s, pos, count):
    """The int of s[pos:pos+count], which must be ASCII digits."""
    part = s[pos:pos + count]
    if len(part) != count or not all("0" <= c <= "9" for c in part):
        raise ValueError
    return int(part)


def _parse_isoformat_date(s):
    """(year, month, day) of a 'YYYY-MM-DD', 'YYYYMMDD', 'YYYY-Www[-D]' or
    'YYYYWww[D]' string; raises a bare ValueError otherwise."""
    year = _digits(s, 0, 4)
    n = len(s)
    has_sep = n > 4 and s[4] == "-"
    pos = 5 if has_sep else 4
    if pos < n and s[pos] == "W":
        week = _digits(s, pos + 1, 2)
        pos += 3
        weekday = 1
        if pos < n:
            if has_sep:
                if s[pos] != "-":
                    raise ValueError
                pos += 1
            weekday = _digits(s, pos, 1)
            pos += 1
        if pos != n:
            raise ValueError
        return _isocalendar_to_ymd(year, week, weekday)
    month = _digits(s, pos, 2)
    pos += 2
    if has_sep:
        if pos >= n or s[pos] != "-":
            raise ValueError
        pos += 1
    day = _digits(s, pos, 2)
    if pos + 2 != n:
        raise ValueError
    return year, month, day


def _isocalendar_to_ymd(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("Year is out of range: %d" % year)
    if not 0 < week < 53:
        # Week 53 exists only in years starting on a Thursday, or leap years
        # starting on a Wednesday.
        first_weekday = _ymd2ord(year, 1, 1) % 7
        if not (week == 53 and (first_weekday == 4
                                or (first_weekday == 3 and _is_leap(year)))):
            raise ValueError("Invalid week: %d" % week)
    if not 0 < day < 8:
        raise ValueError("Invalid day: %d (range is [1, 7])" % day)
    ordinal = _iso_week1_monday(year) + (week - 1) * 7 + day - 1
    return _ord2ymd(ordinal)


def _parse_hh_mm_ss_ff(s):
    """[hour, minute, second, microsecond] of 'HH[:MM[:SS[.fff[fff]]]]' or its
    basic form 'HH[MM[SS[.ffffff]]]'."""
    n = len(s)
    comps = [0, 0, 0, 0]
    pos = 0
    has_sep = None
    for i in range(3):
        comps[i] = _digits(s, pos, 2)
        pos += 2
        if pos >= n or i == 2:
            break
        c = s[pos]
        if has_sep is None:
            has_sep = c == ":"
        if has_sep:
            if c != ":":
                break
            pos += 1
    if pos < n:
        if s[pos] not in ".,":
            raise ValueError
        pos += 1
        frac = s[pos:]
        if not frac or not all("0" <= c <= "9" for c in frac):
            raise ValueError
        # Digits past the sixth are dropped, as CPython does.
        comps[3] = int((frac + "00000")[:6])
    return comps


def _parse_isoformat_time(s):
    """[hour, minute, second, microsecond, tzinfo] of a time with an optional
    'Z' or [+-]HH[:MM[:SS[.ffffff]]] suffix."""
    tz_pos = len(s)
    for i, c in enumerate(s):
        if c in "+-Z":
            tz_pos = i
            break
    time_part = s[:tz_pos]
    if not time_part:
        raise ValueError
    comps = _parse_hh_mm_ss_ff(time_part)
    tz = None
    if tz_pos < len(s):
        tzstr = s[tz_pos + 1:]
        if s[tz_pos] == "Z":
            if tzstr:
                raise ValueError
            tz = timezone.utc
        else:
            if len(tzstr) not in (2, 4, 5) and len(tzstr) < 8:
                raise ValueError
            h, m, sec, us = _parse_hh_mm_ss_ff(tzstr)
            td = timedelta(hours=h, minutes=m, seconds=sec, microseconds=us)
            if s[tz_pos] == "-":
                td = -td
            tz = timezone(td)
    comps.append(tz)
    return comps


def _check_isoformat_arg(s):
    if not isinstance(s, str):
        raise TypeError("fromisoformat: argument must be str")


# ---- timedelta ----------------------------------------------------------------------

def _accum(tag, sofar, num, factor, leftover):
    """Add num * factor microseconds to sofar exactly, keeping a float's
    fraction of a microsecond in leftover (as the C module does)."""
    if isinstance(num, int):
        return sofar + num * factor, leftover
    if isinstance(num, float):
        frac, whole = _math.modf(num)
        total = sofar + int(whole) * factor
        if frac == 0.0:
            return total, leftover
        frac, whole = _math.modf(frac * factor)
        return total + int(whole), leftover + frac
    raise TypeError("unsupported type for timedelta %s component: %s"
                    % (tag, type(num).__name__))


class timedelta:
    """Difference between two datetime values.

timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)

All arguments are optional and default to 0.
Arguments may be integers or floats, and may be positive or negative."""

    __minipy_tp_name__ = 'datetime.timedelta'  # CPython's tp_name, for error messages

    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        us, leftover = 0, 0.0
        us, leftover = _accum("microseconds", us, microseconds, 1, leftover)
        us, leftover = _accum("milliseconds", us, milliseconds, 1000, leftover)
        us, leftover = _accum("seconds", us, seconds, 1000000, leftover)
        us, leftover = _accum("minutes", us, minutes, 60000000, leftover)
        us, leftover = _accum("hours", us, hours, 3600000000, leftover)
        us, leftover = _accum("days", us, days, 86400000000, leftover)
        us, leftover = _accum("weeks", us, weeks, 604800000000, leftover)
        if leftover:
            # Round the fraction half to even, judged on the whole sum.
            whole = round(leftover)
            if abs(whole - leftover) == 0.5:
                odd = us & 1
                whole = 2.0 * round((leftover + odd) * 0.5) - odd
            us += int(whole)
        return cls._from_microseconds(us)

    @classmethod
    def _from_microseconds(cls, us):
        seconds, us = divmod(us, 1000000)
        days, seconds = divmod(seconds, 86400)
        if abs(days) > _MAX_DELTA_DAYS:
            raise OverflowError("days=%d; must have magnitude <= %d"
                                % (days, _MAX_DELTA_DAYS))
        self = object.__new__(cls)
        self._days = days
        self._seconds = seconds
        self._microseconds = us
        self._hashcode = -1
        return self

    def _to_microseconds(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    @property
    def days(self):
        """Number of days."""
        return self._days

    @property
    def seconds(self):
        """Number of seconds (>= 0 and less than 1 day)."""
        return self._seconds

    @property
    def microseconds(self):
        """Number of microseconds (>= 0 and less than 1 second)."""
        return self._microseconds

    def total_seconds(self):
        """Total seconds in the duration."""
        return self._to_microseconds() / 10**6

    def __repr__(self):
        args = []
        if self._days:
            args.append("days=%d" % self._days)
        if self._seconds:
            args.append("seconds=%d" % self._seconds)
        if self._microseconds:
            args.append("microseconds=%d" % self._microseconds)
        return "%s(%s)" % (_type_name(self), ", ".join(args) or "0")

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            plural = "" if abs(self._days) == 1 else "s"
            s = "%d day%s, " % (self._days, plural) + s
        if self._microseconds:
            s += ".%06d" % self._microseconds
        return s

    # Arithmetic.  Everything is done on whole microseconds, exactly.

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds()
                                                + other._to_microseconds())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds()
                                                - other._to_microseconds())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_microseconds(-self._to_microseconds())

    def __pos__(self):
        return timedelta._from_microseconds(self._to_microseconds())

    def __abs__(self):
        return -self if self._days < 0 else +self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_microseconds(self._to_microseconds() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_microseconds(
                _divide_and_round(self._to_microseconds() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if not isinstance(other, (int, timedelta)):
            return NotImplemented
        us = self._to_microseconds()
        if isinstance(other, timedelta):
            div = other._to_microseconds()
            if div == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return us // div
        if other == 0:
            raise ZeroDivisionError("integer division or modulo by zero")
        return timedelta._from_microseconds(us // other)

    def __truediv__(self, other):
        if not isinstance(other, (int, float, timedelta)):
            return NotImplemented
        us = self._to_microseconds()
        if isinstance(other, timedelta):
            div = other._to_microseconds()
            if div == 0:
                raise ZeroDivisionError("division by zero")
            return us / div
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_microseconds(_divide_and_round(us, other))
        a, b = other.as_integer_ratio()
        if a == 0:
            raise ZeroDivisionError("integer division or modulo by zero")
        return timedelta._from_microseconds(_divide_and_round(b * us, a))

    def __mod__(self, other):
        if isinstance(other, timedelta):
            div = other._to_microseconds()
            if div == 0:
                raise ZeroDivisionError("integer modulo by zero")
            return timedelta._from_microseconds(self._to_microseconds() % div)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            div = other._to_microseconds()
            if div == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            q, r = divmod(self._to_microseconds(), div)
            return q, timedelta._from_microseconds(r)
        return NotImplemented

    # Comparisons: only between timedeltas; == with anything else is False.

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._key() != other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), self._key())

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


timedelta.min = timedelta(-_MAX_DELTA_DAYS)
timedelta.max = timedelta(days=_MAX_DELTA_DAYS, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# ---- date -----------------------------------------------------------------------------

def _check_state(state, size):
    return isinstance(state, bytes) and len(state) == size


class date:
    """date(year, month, day) --> date object"""

    __minipy_tp_name__ = 'datetime.date'  # CPython's tp_name, for error messages

    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, year, month=None, day=None):
        if month is None and _check_state(year, 4) and 1 <= year[2] <= 12:
            # Unpickling: the state bytes made by __reduce__.
            self = object.__new__(cls)
            self._year = year[0] * 256 + year[1]
            self._month = year[2]
            self._day = year[3]
            self._hashcode = -1
            return self
        if month is None or day is None:
            missing = "month" if month is None else "day"
            pos = 2 if month is None else 3
            raise TypeError("function missing required argument '%s' (pos %d)"
                            % (missing, pos))
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    # Other constructors.

    @classmethod
    def fromtimestamp(cls, t):
        "Construct a date from a POSIX timestamp (like time.time())."
        y, m, d = _time.localtime(_round_timestamp(t)[0])[:3]
        return cls(y, m, d)

    @classmethod
    def today(cls):
        "Construct a date from time.time()."
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        """Construct a date from a proleptic Gregorian ordinal.

January 1 of year 1 is day 1.  Only the year, month and day are
non-zero in the result."""
        n = _index(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAXORDINAL:
            raise ValueError("year %d is out of range" % _ord2ymd(n)[0])
        return cls(*_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        """Construct a date from a string in ISO 8601 format."""
        _check_isoformat_arg(date_string)
        if len(date_string) not in (7, 8, 10):
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        try:
            ymd = _parse_isoformat_date(date_string)
        except ValueError:
            raise ValueError("Invalid isoformat string: %r" % (date_string,)) from None
        return cls(*ymd)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """Construct a date from the ISO year, week number and weekday.

This is the inverse of the date.isocalendar() function"""
        return cls(*_isocalendar_to_ymd(_index(year), _index(week), _index(day)))

    # Conversions to string.

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_type_name(self), self._year, self._month,
                                   self._day)

    def ctime(self):
        "Return ctime() style string."
        weekday = self.toordinal() % 7 or 7
        return "%s %s %2d 00:00:00 %04d" % (_DAYNAMES[weekday],
                                            _MONTHNAMES[self._month],
                                            self._day, self._year)

    def strftime(self, format):
        "format -> strftime() style string."
        return _wrap_strftime(self, format, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def isoformat(self):
        """Return string in ISO 8601 format, YYYY-MM-DD."""
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    # Read-only field accessors.

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def timetuple(self):
        "Return time tuple, compatible with time.localtime()."
        return _build_struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        """Return proleptic Gregorian ordinal for the year, month and day.

January 1 of year 1 is day 1.  Only the year, month and day values
contribute to the result."""
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        """Return date with new specified fields."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    # Comparisons between dates; a date is never equal to a datetime.

    def _cmpkey(self, other):
        if isinstance(other, date) and not isinstance(other, datetime) \
                and not isinstance(self, datetime):
            return _cmp((self._year, self._month, self._day),
                        (other._year, other._month, other._day))
        return None

    def __eq__(self, other):
        c = self._cmpkey(other)
        return NotImplemented if c is None else c == 0

    def __ne__(self, other):
        c = self._cmpkey(other)
        return NotImplemented if c is None else c != 0

    def __le__(self, other):
        c = self._cmpkey(other)
        return NotImplemented if c is None else c <= 0

    def __lt__(self, other):
        c = self._cmpkey(other)
        return NotImplemented if c is None else c < 0

    def __ge__(self, other):
        c = self._cmpkey(other)
        return NotImplemented if c is None else c >= 0

    def __gt__(self, other):
        c = self._cmpkey(other)
        return NotImplemented if c is None else c > 0

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._getstate())
        return self._hashcode

    # Arithmetic with timedelta, and date - date.

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= _MAXORDINAL:
                return type(self)(*_ord2ymd(o))
            raise OverflowError("date value out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def weekday(self):
        "Return day of the week, where Monday == 0 ... Sunday == 6."
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        "Return day of the week, where Monday == 1 ... Sunday == 7."
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        """Return a named tuple containing ISO year, week number, and weekday."""
        year = self._year
        week1monday = _iso_week1_monday(year)
        today = _ymd2ord(self._year, self._month, self._day)
        week, day = divmod(today - week1monday, 7)
        if week < 0:
            year -= 1
            week1monday = _iso_week1_monday(year)
            week, day = divmod(today - week1monday, 7)
        elif week >= 52 and today >= _iso_week1_monday(year + 1):
            year += 1
            week = 0
        return _IsoCalendarDate(year, week + 1, day + 1)

    # Pickling and copying.

    def _getstate(self):
        yhi, ylo = divmod(self._year, 256)
        return bytes([yhi, ylo, self._month, self._day])

    def __reduce__(self):
        return (type(self), (self._getstate(),))

    def __reduce_ex__(self, protocol):
        return self.__reduce__()


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class IsoCalendarDate(tuple):
    """The named tuple date.isocalendar() returns."""

    __minipy_tp_name__ = 'datetime.IsoCalendarDate'  # CPython's tp_name, for error messages

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        # Pickles as a plain tuple, as CPython's does.
        return (tuple, (tuple(self),))

    def __repr__(self):
        return ("datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)"
                % (self[0], self[1], self[2]))


# Reachable only through date.isocalendar(), as in CPython: not a module name.
_IsoCalendarDate = IsoCalendarDate
del IsoCalendarDate


# ---- tzinfo ----------------------------------------------------------------------------

class tzinfo:
    """Abstract base class for time zone info objects."""

    __minipy_tp_name__ = 'datetime.tzinfo'  # CPython's tp_name, for error messages

    __slots__ = ()

    def tzname(self, dt):
        "datetime -> string name of time zone."
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        "datetime -> timedelta showing offset from UTC, negative values indicating West of UTC"
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        "datetime -> DST offset as timedelta positive east of UTC."
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        "datetime in UTC -> datetime in local time."
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        dtoff = dt.utcoffset()
        if dtoff is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dtdst = dt.dst()
        if dtdst is None:
            raise ValueError("fromutc: non-None dst() result required")
        delta = dtoff - dtdst
        if delta:
            dt += delta
            dtdst = dt.dst()
            if dtdst is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent results;"
                                 " cannot convert")
        return dt + dtdst

    def __reduce__(self):
        getinitargs = getattr(self, "__getinitargs__", None)
        args = getinitargs() if getinitargs else ()
        getstate = getattr(self, "__getstate__", None)
        if getstate is not None:
            state = getstate()
        else:
            state = getattr(self, "__dict__", None) or None
        return (type(self), args, state)

    def __reduce_ex__(self, protocol):
        return self.__reduce__()


# ---- time ------------------------------------------------------------------------------

def _call_tzinfo(tz, name, dt):
    """tz.utcoffset(dt) or tz.dst(dt), checked; None when tz is None."""
    if tz is None:
        return None
    offset = getattr(tz, name)(dt)
    _check_utc_offset(name, offset)
    return offset


def _call_tzname(tz, dt):
    if tz is None:
        return None
    name = tz.tzname(dt)
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                        % type(name).__name__)
    return name


def _tz_repr_suffix(s, tz, fold):
    """Add ', tzinfo=...' and ', fold=1' before the closing parenthesis."""
    if tz is not None:
        s = s[:-1] + ", tzinfo=%r)" % (tz,)
    if fold:
        s = s[:-1] + ", fold=1)"
    return s


class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object

All arguments are optional. tzinfo may be None, or an instance of
a tzinfo subclass. The remaining arguments may be ints.
"""

    __minipy_tp_name__ = 'datetime.time'  # CPython's tp_name, for error messages

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo",
                 "_hashcode", "_fold")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None,
                *, fold=0):
        if _check_state(hour, 6) and (hour[0] & 0x7F) < 24:
            # Unpickling; the second argument is then the tzinfo.
            self = object.__new__(cls)
            self._setstate(hour, minute or None)
            self._hashcode = -1
            return self
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    # Comparisons: naive with naive, aware with aware (through UTC).

    def _cmp(self, other, allow_mixed=False):
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            base_compare = myoff == otoff
        if base_compare:
            return _cmp((self._hour, self._minute, self._second, self._microsecond),
                        (other._hour, other._minute, other._second,
                         other._microsecond))
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2               # any non-zero: not equal
            raise TypeError("can't compare offset-naive and offset-aware times")
        myhhmm = self._hour * 60 + self._minute - myoff // timedelta(minutes=1)
        othhmm = other._hour * 60 + other._minute - otoff // timedelta(minutes=1)
        return _cmp((myhhmm, self._second, self._microsecond),
                    (othhmm, other._second, other._microsecond))

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmp(other, allow_mixed=True) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            return self._cmp(other, allow_mixed=True) != 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp(other) <= 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp(other) < 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp(other) >= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp(other) > 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            # fold never changes the hash: t and t.replace(fold=1) are equal.
            t = self.replace(fold=0) if self._fold else self
            tzoff = t.utcoffset()
            if not tzoff:
                self._hashcode = hash(t._getstate()[0])
            else:
                h, m = divmod(timedelta(hours=self._hour, minutes=self._minute)
                              - tzoff, timedelta(hours=1))
                m //= timedelta(minutes=1)
                if 0 <= h < 24:
                    self._hashcode = hash(time(h, m, self._second,
                                               self._microsecond))
                else:
                    self._hashcode = hash((h, m, self._second, self._microsecond))
        return self._hashcode

    # Conversions to string.

    def __repr__(self):
        if self._microsecond:
            s = "%s(%d, %d, %d, %d)" % (_type_name(self), self._hour, self._minute,
                                        self._second, self._microsecond)
        elif self._second:
            s = "%s(%d, %d, %d)" % (_type_name(self), self._hour, self._minute,
                                    self._second)
        else:
            s = "%s(%d, %d)" % (_type_name(self), self._hour, self._minute)
        return _tz_repr_suffix(s, self._tzinfo, self._fold)

    def isoformat(self, timespec="auto"):
        """Return string in ISO 8601 format, [HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].

The optional argument timespec specifies the number of additional terms
of the time to include. Valid options are 'auto', 'hours', 'minutes',
'seconds', 'milliseconds' and 'microseconds'.
"""
        s = _format_time(self._hour, self._minute, self._second,
                         self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat()

    @classmethod
    def fromisoformat(cls, time_string):
        """string -> time from a string in ISO 8601 format"""
        _check_isoformat_arg(time_string)
        s = time_string
        if s.startswith("T"):
            # 3.11 allows the 'T' prefix of a bare time.
            s = s[1:]
        try:
            comps = _parse_isoformat_time(s)
        except ValueError:
            raise ValueError("Invalid isoformat string: %r" % (time_string,)) from None
        return cls(*comps)

    def strftime(self, format):
        """format -> strftime() style string."""
        # The date part is 1900-01-01, as in CPython.
        timetuple = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _wrap_strftime(self, format, timetuple)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    # Time zone queries; a time passes None to its tzinfo.

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        return _call_tzinfo(self._tzinfo, "utcoffset", None)

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        return _call_tzname(self._tzinfo, None)

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        return _call_tzinfo(self._tzinfo, "dst", None)

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        """Return time with new specified fields."""
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    # Pickling and copying: the fold bit rides on the hour byte.

    def _getstate(self, protocol=3):
        us2, us3 = divmod(self._microsecond, 256)
        us1, us2 = divmod(us2, 256)
        h = self._hour
        if self._fold and protocol > 3:
            h += 128
        basestate = bytes([h, self._minute, self._second, us1, us2, us3])
        if self._tzinfo is None:
            return (basestate,)
        return (basestate, self._tzinfo)

    def _setstate(self, string, tzinfo):
        _check_tzinfo_arg(tzinfo)
        h, self._minute, self._second, us1, us2, us3 = string
        if h > 127:
            self._fold = 1
            self._hour = h - 128
        else:
            self._fold = 0
            self._hour = h
        self._microsecond = (((us1 << 8) | us2) << 8) | us3
        self._tzinfo = tzinfo

    def __reduce_ex__(self, protocol):
        return (type(self), self._getstate(protocol))

    def __reduce__(self):
        return self.__reduce_ex__(2)


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ---- datetime ----------------------------------------------------------------------------

def _round_timestamp(t):
    """(whole seconds, microseconds) of a POSIX timestamp, the microseconds
    rounded half to even, as the C module does."""
    if isinstance(t, float):
        if t != t:
            raise ValueError("Invalid value NaN (not a number)")
        if t in (float("inf"), float("-inf")):
            raise OverflowError("cannot convert float infinity to integer")
        frac, whole = _math.modf(t)
        us = round(frac * 1e6)
        whole = int(whole)
        if us >= 1000000:
            whole += 1
            us -= 1000000
        elif us < 0:
            whole -= 1
            us += 1000000
        return whole, us
    if isinstance(t, int):
        return int(t), 0
    if hasattr(type(t), "__float__"):
        return _round_timestamp(float(t))
    raise TypeError("'%s' object cannot be interpreted as an integer"
                    % type(t).__name__)


def _local_timezone(t):
    """The fixed-offset timezone of the local time at POSIX time t."""
    lt = _time.localtime(t)
    return timezone(timedelta(seconds=lt.tm_gmtoff), lt.tm_zone)


class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])

The year, month and day arguments are required. tzinfo may be None, or an
instance of a tzinfo subclass. The remaining arguments may be ints.
"""

    __minipy_tp_name__ = 'datetime.datetime'  # CPython's tp_name, for error messages

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        if _check_state(year, 10) and 1 <= (year[2] & 0x7F) <= 12:
            # Unpickling; the second argument is then the tzinfo.
            self = object.__new__(cls)
            self._setstate(year, month)
            self._hashcode = -1
            return self
        if month is None or day is None:
            missing = "month" if month is None else "day"
            pos = 2 if month is None else 3
            raise TypeError("function missing required argument '%s' (pos %d)"
                            % (missing, pos))
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    # Other constructors.

    @classmethod
    def _fromtimestamp(cls, t, utc, tz):
        whole, us = _round_timestamp(t)
        converter = _time.gmtime if utc else _time.localtime
        y, m, d, hh, mm, ss = converter(whole)[:6]
        ss = min(ss, 59)            # leap seconds are clamped
        result = cls(y, m, d, hh, mm, ss, us, tz)
        if tz is None and not utc:
            # Detect the second of two equal wall times (PEP 495): look a day
            # back for a transition that would repeat this wall time.
            max_fold_seconds = 24 * 3600
            y, m, d, hh, mm, ss = converter(whole - max_fold_seconds)[:6]
            probe1 = cls(y, m, d, hh, mm, ss, us, tz)
            trans = result - probe1 - timedelta(0, max_fold_seconds)
            if trans.days < 0:
                y, m, d, hh, mm, ss = converter(whole + trans // timedelta(0, 1))[:6]
                probe2 = cls(y, m, d, hh, mm, ss, us, tz)
                if probe2 == result:
                    result._fold = 1
        elif tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """timestamp[, tz] -> tz's local time from POSIX timestamp."""
        _check_tzinfo_arg(tz)
        return cls._fromtimestamp(t, tz is not None, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        """Construct a naive UTC datetime from a POSIX timestamp."""
        return cls._fromtimestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        "Returns new datetime object representing current time local to tz."
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        "Return a new datetime representing UTC day and time."
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        "date, time -> datetime with same date and time fields"
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute,
                   time.second, time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """string -> datetime from a string in most ISO 8601 formats"""
        _check_isoformat_arg(date_string)
        s = date_string
        bad = "Invalid isoformat string: %r" % (date_string,)
        if len(s) < 7:
            raise ValueError(bad)
        # Where the date part ends: 'YYYY-MM-DD' is 10 characters, 'YYYYMMDD' 8,
        # 'YYYY-Www-D' 10, 'YYYYWwwD' 8, 'YYYY-Www' 8, 'YYYYWww' 7.
        try:
            date_end = _find_isoformat_date_end(s)
            ymd = _parse_isoformat_date(s[:date_end])
        except ValueError:
            raise ValueError(bad) from None
        rest = s[date_end + 1:]
        if len(s) > date_end:
            if not rest:
                raise ValueError(bad)
            try:
                comps = _parse_isoformat_time(rest)
            except ValueError:
                raise ValueError(bad) from None
        else:
            comps = [0, 0, 0, 0, None]
        return cls(*(list(ymd) + comps))

    # Conversions.

    def timetuple(self):
        "Return time tuple, compatible with time.localtime()."
        dst = self.dst()
        if dst is None:
            dst = -1
        elif dst:
            dst = 1
        else:
            dst = 0
        return _build_struct_time(self._year, self._month, self._day,
                                  self._hour, self._minute, self._second, dst)

    def _mktime(self):
        """The POSIX time of this naive local time (PEP 495's algorithm: the
        local clock is probed on both sides of a possible transition)."""
        epoch = datetime(1970, 1, 1)
        max_fold_seconds = 24 * 3600
        t = (self - epoch) // timedelta(0, 1)

        def local(u):
            y, m, d, hh, mm, ss = _time.localtime(u)[:6]
            return (datetime(y, m, d, hh, mm, ss) - epoch) // timedelta(0, 1)

        a = local(t) - t
        u1 = t - a
        t1 = local(u1)
        if t1 == t:
            # Found one solution; a different one may exist on the other
            # side of a fold.
            u2 = u1 + (-max_fold_seconds, max_fold_seconds)[self._fold]
            b = local(u2) - u2
            if a == b:
                return u1
        else:
            b = t1 - u1
        u2 = t - b
        t2 = local(u2)
        if t2 == t:
            return u2
        if t1 == t:
            return u1
        # In a gap: choose by fold.
        return (max, min)[self._fold](u1, u2)

    def timestamp(self):
        "Return POSIX timestamp as float"
        if self._tzinfo is None:
            s = self._mktime()
            return s + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def utctimetuple(self):
        "Return UTC time tuple, compatible with time.localtime()."
        offset = self.utcoffset()
        if offset:
            self -= offset
        y, m, d = self._year, self._month, self._day
        hh, mm, ss = self._hour, self._minute, self._second
        return _build_struct_time(y, m, d, hh, mm, ss, 0)

    def date(self):
        "Return date object with same year, month and day."
        return date(self._year, self._month, self._day)

    def time(self):
        "Return time object with same time but with tzinfo=None."
        return time(self._hour, self._minute, self._second, self._microsecond,
                    fold=self._fold)

    def timetz(self):
        "Return time object with same time and tzinfo."
        return time(self._hour, self._minute, self._second, self._microsecond,
                    self._tzinfo, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None,
                second=None, microsecond=None, tzinfo=True, *, fold=None):
        """Return datetime with new specified fields."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(year, month, day, hour, minute, second, microsecond,
                          tzinfo, fold=fold)

    def _local_timezone(self):
        if self._tzinfo is None:
            ts = self._mktime()
        else:
            ts = (self - _EPOCH) // timedelta(seconds=1)
        return _local_timezone(ts)

    def astimezone(self, tz=None):
        """tz -> convert to local time in new timezone tz"""
        if tz is None:
            tz = self._local_timezone()
        elif not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be None or of a tzinfo "
                            "subclass, not type '%s'" % type(tz).__name__)
        mytz = self._tzinfo
        if mytz is None:
            mytz = self._local_timezone()
            myoffset = mytz.utcoffset(self)
        else:
            myoffset = mytz.utcoffset(self)
            if myoffset is None:
                mytz = self.replace(tzinfo=None)._local_timezone()
                myoffset = mytz.utcoffset(self)
        if tz is mytz:
            return self
        # Convert self to UTC, then attach the new time zone.
        utc = (self - myoffset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    # Ways to produce a string.

    def ctime(self):
        "Return ctime() style string."
        weekday = self.toordinal() % 7 or 7
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _DAYNAMES[weekday], _MONTHNAMES[self._month], self._day,
            self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep="T", timespec="auto"):
        """[sep] -> string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].
sep is used to separate the year from the time, and defaults to 'T'.
The optional argument timespec specifies the number of additional terms
of the time to include. Valid options are 'auto', 'hours', 'minutes',
'seconds', 'milliseconds' and 'microseconds'.
"""
        if not isinstance(sep, str) or len(sep) != 1:
            if isinstance(sep, str):
                raise TypeError("isoformat() argument 1 must be a unicode "
                                "character, not str")
            raise TypeError("isoformat() argument 1 must be a unicode character,"
                            " not %s" % type(sep).__name__)
        s = ("%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep)
             + _format_time(self._hour, self._minute, self._second,
                            self._microsecond, timespec, 2))
        return s + _format_offset(self.utcoffset())

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute,
                  self._second, self._microsecond]
        if fields[-1] == 0:
            del fields[-1]
            if fields[-1] == 0:
                del fields[-1]
        s = "%s(%s)" % (_type_name(self), ", ".join(map(str, fields)))
        return _tz_repr_suffix(s, self._tzinfo, self._fold)

    def __str__(self):
        "Convert to string, for str()."
        return self.isoformat(sep=" ")

    @classmethod
    def strptime(cls, date_string, format):
        "string, format -> new datetime parsed from a string (like time.strptime())."
        return _strptime_datetime(cls, date_string, format)

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        return _call_tzinfo(self._tzinfo, "utcoffset", self)

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        return _call_tzname(self._tzinfo, self)

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        return _call_tzinfo(self._tzinfo, "dst", self)

    # Comparisons: naive with naive, aware with aware (through UTC); never
    # equal to a date, and not ordered against one.

    def _cmp(self, other, allow_mixed=False):
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            # An offset that depends on fold makes an inter-zone comparison
            # of the wall times meaningless: such datetimes are never equal.
            if allow_mixed:
                if myoff != self.replace(fold=not self._fold).utcoffset():
                    return 2
                if otoff != other.replace(fold=not other._fold).utcoffset():
                    return 2
            base_compare = myoff == otoff
        if base_compare:
            return _cmp((self._year, self._month, self._day, self._hour,
                         self._minute, self._second, self._microsecond),
                        (other._year, other._month, other._day, other._hour,
                         other._minute, other._second, other._microsecond))
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        diff = self - other
        if diff.days < 0:
            return -1
        return 1 if diff else 0

    def _compare(self, other, op):
        if isinstance(other, datetime):
            c = self._cmp(other, allow_mixed=op in ("eq", "ne"))
            return {"eq": c == 0, "ne": c != 0, "lt": c < 0, "le": c <= 0,
                    "gt": c > 0, "ge": c >= 0}[op]
        if isinstance(other, date):
            if op == "eq":
                return False
            if op == "ne":
                return True
            _cmperror(self, other)
        return NotImplemented

    def __eq__(self, other):
        return self._compare(other, "eq")

    def __ne__(self, other):
        return self._compare(other, "ne")

    def __le__(self, other):
        return self._compare(other, "le")

    def __lt__(self, other):
        return self._compare(other, "lt")

    def __ge__(self, other):
        return self._compare(other, "ge")

    def __gt__(self, other):
        return self._compare(other, "gt")

    # Arithmetic.

    def __add__(self, other):
        "Add a datetime and a timedelta."
        if not isinstance(other, timedelta):
            return NotImplemented
        delta = timedelta(self.toordinal(), hours=self._hour, minutes=self._minute,
                          seconds=self._second, microseconds=self._microsecond)
        delta += other
        hour, rem = divmod(delta.seconds, 3600)
        minute, second = divmod(rem, 60)
        if 0 < delta.days <= _MAXORDINAL:
            return type(self).combine(date.fromordinal(delta.days),
                                      time(hour, minute, second,
                                           delta.microseconds,
                                           tzinfo=self._tzinfo))
        raise OverflowError("date value out of range")

    __radd__ = __add__

    def __sub__(self, other):
        "Subtract two datetimes, or a datetime and a timedelta."
        if not isinstance(other, datetime):
            if isinstance(other, timedelta):
                return self + -other
            return NotImplemented
        days1 = self.toordinal()
        days2 = other.toordinal()
        secs1 = self._second + self._minute * 60 + self._hour * 3600
        secs2 = other._second + other._minute * 60 + other._hour * 3600
        base = timedelta(days1 - days2, secs1 - secs2,
                         self._microsecond - other._microsecond)
        if self._tzinfo is other._tzinfo:
            return base
        myoff = self.utcoffset()
        otoff = other.utcoffset()
        if myoff == otoff:
            return base
        if myoff is None or otoff is None:
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        return base + otoff - myoff

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            tzoff = t.utcoffset()
            if tzoff is None:
                self._hashcode = hash(t._getstate()[0])
            else:
                days = _ymd2ord(self._year, self._month, self._day)
                seconds = self._hour * 3600 + self._minute * 60 + self._second
                self._hashcode = hash(timedelta(days, seconds, self._microsecond)
                                      - tzoff)
        return self._hashcode

    # Pickling and copying: the fold bit rides on the month byte.

    def _getstate(self, protocol=3):
        yhi, ylo = divmod(self._year, 256)
        us2, us3 = divmod(self._microsecond, 256)
        us1, us2 = divmod(us2, 256)
        m = self._month
        if self._fold and protocol > 3:
            m += 128
        basestate = bytes([yhi, ylo, m, self._day, self._hour, self._minute,
                           self._second, us1, us2, us3])
        if self._tzinfo is None:
            return (basestate,)
        return (basestate, self._tzinfo)

    def _setstate(self, string, tzinfo):
        _check_tzinfo_arg(tzinfo)
        (yhi, ylo, m, self._day, self._hour, self._minute, self._second,
         us1, us2, us3) = string
        if m > 127:
            self._fold = 1
            self._month = m - 128
        else:
            self._fold = 0
            self._month = m
        self._year = yhi * 256 + ylo
        self._microsecond = (((us1 << 8) | us2) << 8) | us3
        self._tzinfo = tzinfo

    def __reduce_ex__(self, protocol):
        return (type(self), self._getstate(protocol))

    def __reduce__(self):
        return self.__reduce_ex__(2)


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)

# datetime's methods named date and time hide the classes inside its body.
_date_class = date
_time_class = time


def _find_isoformat_date_end(s):
    """Where the date part of a datetime.fromisoformat() string ends."""
    n = len(s)
    if n >= 8 and s[4] == "-" and s[5] == "W":
        # 'YYYY-Www' or 'YYYY-Www-D'
        if n >= 10 and s[8] == "-":
            return 10
        return 8
    if s[4] == "W":
        # 'YYYYWww' or 'YYYYWwwD'
        if n >= 8 and "0" <= s[7] <= "9":
            return 8
        return 7
    if s[4] == "-":
        return 10
    return 8


# ---- timezone --------------------------------------------------------------------------

class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""

    __minipy_tp_name__ = 'datetime.timezone'  # CPython's tp_name, for error messages

    __slots__ = ("_offset", "_name")

    # Sentinel meaning "no name given" (None is not a valid name).
    _Omitted = object()

    def __new__(cls, offset, name=_Omitted):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, "
                            "not %s" % type(offset).__name__)
        if name is cls._Omitted:
            if not offset and cls is timezone and _UTC_SINGLETON is not None:
                return _UTC_SINGLETON
            name = None
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s"
                            % type(name).__name__)
        if not cls._minoffset <= offset <= cls._maxoffset:
            raise ValueError("offset must be a timedelta strictly between "
                             "-timedelta(hours=24) and timedelta(hours=24), "
                             "not %r." % (offset,))
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        """pickle support"""
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        return (type(self), self.__getinitargs__(), None)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is self.utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return "%s(%r)" % (_type_name(self), self._offset)
        return "%s(%r, %r)" % (_type_name(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def _check_dt(self, name, dt):
        if not (dt is None or isinstance(dt, datetime)):
            raise TypeError("%s(dt) argument must be a datetime instance or None,"
                            " not %s" % (name, type(dt).__name__))

    def utcoffset(self, dt):
        """Return fixed offset."""
        self._check_dt("utcoffset", dt)
        return self._offset

    def tzname(self, dt):
        """If name is specified when timezone is created, returns the name.  Otherwise returns offset as 'UTC(+|-)HH:MM'."""
        self._check_dt("tzname", dt)
        if self._name is None:
            return self._name_from_offset(self._offset)
        return self._name

    def dst(self, dt):
        """Return None."""
        self._check_dt("dst", dt)
        return None

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    _maxoffset = timedelta(hours=24, microseconds=-1)
    _minoffset = -_maxoffset

    @staticmethod
    def _name_from_offset(delta):
        if not delta:
            return "UTC"
        return "UTC" + _format_offset(delta)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_UTC_SINGLETON = None
_UTC_SINGLETON = timezone._create(timedelta(0))
UTC = timezone.utc = _UTC_SINGLETON
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


# ---- strptime ---------------------------------------------------------------------------
# A hand-written matcher with the semantics of CPython's _strptime regular
# expressions: each directive offers its alternatives in the regex's order and
# the matcher backtracks into the next one when the rest of the format fails.

_FULL_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday",
              "saturday", "sunday"]
_FULL_MONTHS = ["january", "february", "march", "april", "may", "june", "july",
                "august", "september", "october", "november", "december"]

# Numeric directives: the (digit count, minimum, maximum) alternatives, in the
# order the regex tries them.
_NUMERIC = {
    "d": ((2, 1, 31), (1, 1, 9)),
    "H": ((2, 0, 23), (1, 0, 9)),
    "I": ((2, 1, 12), (1, 1, 9)),
    "m": ((2, 1, 12), (1, 1, 9)),
    "M": ((2, 0, 59), (1, 0, 9)),
    "S": ((2, 0, 61), (1, 0, 9)),
    "j": ((3, 1, 366), (2, 10, 99), (2, 1, 9), (1, 1, 9)),
    "y": ((2, 0, 99),),
    "Y": ((4, 0, 9999),),
    "G": ((4, 0, 9999),),
    "f": ((6, 0, 999999), (5, 0, 99999), (4, 0, 9999), (3, 0, 999),
          (2, 0, 99), (1, 0, 9)),
    "U": ((2, 0, 53), (1, 0, 9)),
    "W": ((2, 0, 53), (1, 0, 9)),
    "V": ((2, 1, 53), (1, 1, 9)),
    "w": ((1, 0, 6),),
    "u": ((1, 1, 7),),
}

# Locale-dependent composite directives, in the C locale.
_COMPOSITE = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S",
              "D": "%m/%d/%y", "T": "%H:%M:%S", "R": "%H:%M"}


def _names_for(directive):
    """The lower-case names a name directive accepts, longest first."""
    if directive == "a":
        names = [d[:3] for d in _FULL_DAYS]
    elif directive == "A":
        names = list(_FULL_DAYS)
    elif directive == "b":
        names = [m[:3] for m in _FULL_MONTHS]
    elif directive == "B":
        names = list(_FULL_MONTHS)
    elif directive == "p":
        names = ["am", "pm"]
    else:  # Z
        names = ["utc", "gmt"] + [n.lower() for n in _time.tzname]
    return sorted(set(names), key=len, reverse=True)


def _compile_format(fmt):
    """The format as a list of ('lit', text), ('ws',) and ('dir', letter)."""
    items = []
    i, n = 0, len(fmt)
    while i < n:
        c = fmt[i]
        if c == "%":
            if i + 1 >= n:
                raise ValueError("stray %% in format '%s'" % fmt)
            d = fmt[i + 1]
            i += 2
            if d in _COMPOSITE:
                items.extend(_compile_format(_COMPOSITE[d]))
            elif d == "%":
                items.append(("lit", "%"))
            elif d in _NUMERIC or d in "aAbBpZz":
                items.append(("dir", d))
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, fmt))
        elif c.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            items.append(("ws",))
        else:
            items.append(("lit", c))
            i += 1
    return items


def _match_z(s, pos):
    """End positions a %z may take at s[pos:]: 'Z', or [+-]HH[:]MM with
    optional [:]SS[.ffffff]."""
    if pos < len(s) and s[pos] == "Z":
        return [pos + 1]
    if pos >= len(s) or s[pos] not in "+-":
        return []
    p = pos + 1

    def two(p):
        return p + 2 <= len(s) and s[p:p + 2].isdigit() and s[p:p + 2].isascii()

    if not two(p):
        return []
    p += 2
    if p < len(s) and s[p] == ":":
        p += 1
    if not two(p):
        return []
    p += 2
    ends = [p]
    q = p
    if q < len(s) and s[q] == ":":
        q += 1
    if two(q):
        q += 2
        ends.insert(0, q)
        if q < len(s) and s[q] == ".":
            r = q + 1
            while r < len(s) and r - q - 1 < 6 and "0" <= s[r] <= "9":
                r += 1
            if r - q - 1 == 6:
                ends.insert(0, r)
    return ends


def _match(items, k, s, pos, found):
    """Match items[k:] against s[pos:]; on success return the end position
    (found holds the directives' texts), else None."""
    if k == len(items):
        return pos
    item = items[k]
    kind = item[0]
    if kind == "lit":
        text = item[1]
        if s[pos:pos + len(text)].lower() == text.lower():
            return _match(items, k + 1, s, pos + len(text), found)
        return None
    if kind == "ws":
        # \s+ is greedy: try the longest run first.
        end = pos
        while end < len(s) and s[end].isspace():
            end += 1
        while end > pos:
            r = _match(items, k + 1, s, end, found)
            if r is not None:
                return r
            end -= 1
        return None
    d = item[1]
    candidates = []
    if d in _NUMERIC:
        for count, lo, hi in _NUMERIC[d]:
            text = s[pos:pos + count]
            if len(text) == count and text.isdigit() and text.isascii() \
                    and lo <= int(text) <= hi:
                candidates.append(pos + count)
        if d == "d" and s[pos:pos + 1] == " ":
            # '%d' also takes a space-padded day, ' 5'.
            text = s[pos + 1:pos + 2]
            if text.isdigit() and text.isascii() and text != "0":
                candidates.append(pos + 2)
    elif d == "z":
        candidates = _match_z(s, pos)
    else:
        low = s[pos:].lower()
        candidates = [pos + len(name) for name in _names_for(d)
                      if low.startswith(name)]
    for end in candidates:
        old = found.get(d)
        found[d] = s[pos:end]
        r = _match(items, k + 1, s, end, found)
        if r is not None:
            return r
        if old is None:
            del found[d]
        else:
            found[d] = old
    return None


def _strptime(data_string, format):
    """(year, month, day, hour, minute, second, microsecond, gmtoff,
    gmtoff_fraction, tzname) parsed from data_string."""
    for index, arg in enumerate((data_string, format)):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument %d must be str, not %s"
                            % (index + 1, type(arg).__name__))
    items = _compile_format(format)
    found = {}
    end = None
    # Like re.match: the match starts at 0 but need not reach the end.
    end = _match(items, 0, data_string, 0, found)
    if end is None:
        raise ValueError("time data %r does not match format %r"
                         % (data_string, format))
    if end != len(data_string):
        raise ValueError("unconverted data remains: %s" % data_string[end:])

    year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tzname = None
    gmtoff = None
    gmtoff_fraction = 0
    iso_year = iso_week = None
    week_of_year = None
    week_of_year_start = None
    weekday = julian = None
    for d, text in found.items():
        if d == "y":
            year = int(text)
            year += 2000 if year <= 68 else 1900
        elif d == "Y":
            year = int(text)
        elif d == "G":
            iso_year = int(text)
        elif d == "m":
            month = int(text)
        elif d == "B":
            month = _FULL_MONTHS.index(text.lower()) + 1
        elif d == "b":
            month = [m[:3] for m in _FULL_MONTHS].index(text.lower()) + 1
        elif d == "d":
            day = int(text)
        elif d == "H":
            hour = int(text)
        elif d == "I":
            hour = int(text)
            ampm = found.get("p", "").lower()
            if ampm in ("", "am"):
                if hour == 12:
                    hour = 0
            elif ampm == "pm":
                if hour != 12:
                    hour += 12
        elif d == "M":
            minute = int(text)
        elif d == "S":
            second = int(text)
        elif d == "f":
            fraction = int(text + "0" * (6 - len(text)))
        elif d == "A":
            weekday = _FULL_DAYS.index(text.lower())
        elif d == "a":
            weekday = [x[:3] for x in _FULL_DAYS].index(text.lower())
        elif d == "w":
            weekday = (int(text) - 1) % 7
        elif d == "u":
            weekday = int(text) - 1
        elif d == "j":
            julian = int(text)
        elif d in ("U", "W"):
            week_of_year = int(text)
            week_of_year_start = 6 if d == "U" else 0
        elif d == "V":
            iso_week = int(text)
        elif d == "z":
            if text == "Z":
                gmtoff = 0
            else:
                body = text[1:].replace(":", "")
                hours = int(body[0:2])
                minutes = int(body[2:4])
                seconds = int(body[4:6] or 0)
                gmtoff = (hours * 60 + minutes) * 60 + seconds
                frac = body[7:]
                gmtoff_fraction = int(frac + "0" * (6 - len(frac))) if frac else 0
                if text.startswith("-"):
                    gmtoff = -gmtoff
                    gmtoff_fraction = -gmtoff_fraction
        elif d == "Z":
            tzname = text

    # ISO week directives need each other (as CPython checks).
    if iso_year is not None:
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible "
                             "with ISO year directive '%G'. Use '%Y' instead.")
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO "
                             "week directive '%V' and a weekday directive "
                             "('%A', '%a', '%w', or '%u').")
    elif iso_week is not None:
        if year is None or weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO "
                             "year directive '%G' and a weekday directive "
                             "('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year "
                         "directive '%Y'. Use the ISO year '%G' instead.")

    leap_year_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904                # a leap year, so Feb 29 is computable
        leap_year_fix = True
    elif year is None:
        year = 1900

    if julian is None and weekday is not None:
        if week_of_year is not None:
            # Day of the year from the week number and weekday.
            first_weekday = date(year, 1, 1).weekday()
            if week_of_year_start == 0:
                first_weekday = first_weekday
                week_0_length = (7 - first_weekday) % 7
                days_to_week = (weekday - 0) % 7
            else:
                first_weekday = (first_weekday + 1) % 7
                week_0_length = (7 - first_weekday) % 7
                days_to_week = (weekday + 1) % 7
            if week_of_year == 0:
                julian = 1 + days_to_week - first_weekday
            else:
                julian = week_0_length + 7 * (week_of_year - 1) + 1 + days_to_week
        elif iso_year is not None:
            y, m, dd = _isocalendar_to_ymd(iso_year, iso_week, weekday + 1)
            year = y
            julian = _ymd2ord(y, m, dd) - _ymd2ord(y, 1, 1) + 1
    if julian is not None:
        o = julian - 1 + _ymd2ord(year, 1, 1)
        if o < 1:
            raise ValueError("year 0 is out of range")
        year, month, day = _ord2ymd(o)
    if leap_year_fix:
        year = 1900
    return (year, month, day, hour, minute, second, fraction, gmtoff,
            gmtoff_fraction, tzname)


def _strptime_datetime(cls, data_string, format):
    (year, month, day, hour, minute, second, fraction, gmtoff, gmtoff_fraction,
     tzname) = _strptime(data_string, format)
    args = [year, month, day, hour, minute, second, fraction]
    if gmtoff is not None:
        tzdelta = timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
        if tzname:
            tz = timezone(tzdelta, tzname)
        else:
            tz = timezone(tzdelta)
        args.append(tz)
    return cls(*args)
