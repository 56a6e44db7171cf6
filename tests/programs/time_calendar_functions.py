# time: struct_time (fields by index and name, repr, errors), gmtime/localtime/mktime,
# strftime with the C library's directives, asctime/ctime, the *_ns clocks, time zones;
# datetime's strftime/timetuple on top of them.
import time
import datetime

t = time.gmtime(0)
print(t, t.tm_year, t[0], t.tm_wday, t.tm_yday, t.tm_zone, t.tm_gmtoff, len(t))
print(time.gmtime(1700000000), time.gmtime(-86400 * 365).tm_year, time.gmtime(1.9).tm_sec)
print(time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %w %y %p %%", time.gmtime(1234567890)))
print(time.strftime("%d/%m/%Y", (2024, 2, 29, 0, 0, 0, 3, 60, 0)), repr(time.strftime("", t)))
print(time.asctime(time.gmtime(1234567890)), time.asctime((2001, 1, 5, 3, 4, 5, 4, 5, 0)))
lt = time.localtime(1234567890)
print(time.mktime(lt) == 1234567890.0, type(time.mktime(lt)).__name__,
      lt.tm_gmtoff == -time.timezone or lt.tm_isdst == 1, isinstance(time.tzname, tuple))
print(time.ctime(0) == time.asctime(time.localtime(0)), isinstance(time.time_ns(), int),
      time.perf_counter_ns() >= 0, time.monotonic_ns() >= 0)
s = time.struct_time((2020, 5, 17, 10, 20, 30, 6, 138, 0))
print(s, s.tm_mday, s.tm_zone, tuple(s))
for bad in [lambda: time.struct_time((1, 2)), lambda: time.strftime("%Y", (1, 2)),
            lambda: time.gmtime("x"), lambda: time.asctime(5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
d = datetime.datetime(2024, 1, 2, 3, 4, 5)
print(d.strftime("%Y-%m-%d %H:%M:%S %A"), d.timetuple(), datetime.date(2020, 2, 29).strftime("%j %a"))
print(datetime.datetime.fromtimestamp(0, datetime.timezone.utc), datetime.datetime.utcfromtimestamp(86400))
