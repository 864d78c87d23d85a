# calendar: leap years, monthrange, weekday, names, Calendar iterators,
# TextCalendar month and year text
import calendar
from calendar import Calendar, TextCalendar

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(calendar.isleap(2024), calendar.isleap(1900), calendar.isleap(2000), calendar.isleap(2023))
print(calendar.leapdays(1900, 2024), calendar.leapdays(2024, 2025), calendar.leapdays(2000, 2000))
print(calendar.monthrange(2024, 2), calendar.monthrange(2023, 2), calendar.monthrange(2024, 12))
print(calendar.weekday(2024, 3, 5), calendar.weekday(1, 1, 1), calendar.weekday(10000, 1, 1), calendar.weekday(0, 1, 1))
print(calendar.MONDAY, calendar.SUNDAY, calendar.SATURDAY, calendar.January, calendar.February, calendar.EPOCH)
print(list(calendar.month_name), list(calendar.month_abbr))
print(list(calendar.day_name), list(calendar.day_abbr))
print(calendar.month_name[3], calendar.day_abbr[-1], calendar.month_abbr[1:4], len(calendar.month_name), len(calendar.day_name))
print(calendar.monthcalendar(2024, 3))
print(calendar.firstweekday(), calendar.timegm((2024, 3, 5, 14, 7, 9)), calendar.timegm((1969, 12, 31, 23, 59, 59, 0, 0, 0)))
print(calendar.mdays, calendar.weekheader(2), calendar.weekheader(9))
cal = Calendar()
print(list(cal.iterweekdays()), cal.firstweekday, Calendar(8).firstweekday)
print(list(cal.itermonthdays(2024, 2)))
print(list(cal.itermonthdays2(2024, 9))[:9])
print(list(cal.itermonthdays3(2024, 1))[:3], list(cal.itermonthdays4(2024, 12))[-3:])
print(cal.monthdatescalendar(2024, 2)[0])
print(cal.monthdays2calendar(2023, 10)[-1])
print(cal.yeardayscalendar(2024, 4)[2][3][-1])
sun = Calendar(calendar.SUNDAY)
print(list(sun.iterweekdays()), sun.monthdayscalendar(2024, 6))
tc = TextCalendar()
print(tc.formatmonth(2024, 3))
print(repr(tc.formatmonth(2024, 2, 3, 2)))
tc.prmonth(2021, 2)
TextCalendar(6).prmonth(2024, 9, w=4)
print(tc.formatweek([(1, 0), (2, 1), (0, 2)], 3) + '|')
print(repr(tc.formatday(7, 0, 4)), repr(tc.formatweekday(2, 3)), repr(tc.formatweekday(2, 10)))
print(repr(tc.formatmonthname(2024, 5, 20)), repr(tc.formatmonthname(2024, 5, 20, False)))
print(calendar.month(2024, 7))
print(calendar.calendar(2024))
print(TextCalendar(6).formatyear(2023, 3, 1, 2, 4))
calendar.prcal(1999, m=6)
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.monthcalendar(2024, 3)[0])
calendar.prmonth(2024, 3)
calendar.setfirstweekday(0)
show("monthrange", lambda: calendar.monthrange(2024, 13))
show("monthrange0", lambda: calendar.monthrange(2024, 0))
show("setfirst", lambda: calendar.setfirstweekday(7))
show("formatmonth", lambda: tc.formatmonth(2024, 13))
show("weekday", lambda: calendar.weekday(2024, 2, 30))
show("issub", lambda: (issubclass(calendar.IllegalMonthError, ValueError), calendar.error))
try:
    calendar.monthrange(2024, 14)
except calendar.IllegalMonthError as e:
    print(e.month, str(e))
