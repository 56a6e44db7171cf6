# e2e: not under GC stress
# time.strptime (CPython's _strptime on hotpy's time module): directives, defaults, the
# struct_time it gives, and the errors for bad input.
import time


def show(*args):
    try:
        t = time.strptime(*args)
        print(tuple(t), t.tm_zone, t.tm_gmtoff)
    except Exception as e:
        print(type(e).__name__ + ":", e)


show("2024-03-05 12:34:56", "%Y-%m-%d %H:%M:%S")
show("Tue Mar  5 12:34:56 2024")
show("Thu Feb 29 00:00:00 2024")
show("05/03/24", "%d/%m/%y")
show("1999", "%Y")
show("69", "%y")
show("68", "%y")
show("7 PM", "%I %p")
show("12 am", "%I %p")
show("100", "%j")
show("2023 100", "%Y %j")
show("2024 10 1", "%Y %U %w")
show("2024 10 1", "%Y %W %w")
show("2024-W10-3", "%G-W%V-%u")
show("March 7 2021", "%B %d %Y")
show("mon jan 01 2018", "%a %b %d %Y")
show("Monday, January 01 2018", "%A, %B %d %Y")
show("12:00:00 +0530", "%H:%M:%S %z")
show("12:00:00 -08:00", "%H:%M:%S %z")
show("12:00:00 Z", "%H:%M:%S %z")
show("12:00:00 UTC", "%H:%M:%S %Z")
show("12:00:00 GMT", "%H:%M:%S %Z")
show("10:20:30.123456", "%H:%M:%S.%f")
show("  2024  ", " %Y ")
show("2024-3-5", "%Y-%m-%d")
show("61", "%S")
show("23:59:60", "%H:%M:%S")
show("0", "%w")
show("7", "%u")
show("50%", "%d%%")
show("31/12/1999 23:59", "%d/%m/%Y %H:%M")

print("-- errors")
show("2024-13-01", "%Y-%m-%d")
show("2024-03-05 extra", "%Y-%m-%d")
show("nonsense", "%Y")
show("2024", "%Q")
show("2024", "%")
show(2024, "%Y")
show("2024", 5)
show("25:00", "%H:%M")
show("", "%Y")

print("-- struct_time")
t = time.strptime("2020-01-02 03:04:05", "%Y-%m-%d %H:%M:%S")
print(type(t).__name__, len(t), t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec)
print(t.tm_wday, t.tm_yday, t.tm_isdst, t[:3], t[-1])
print(t == time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, -1)))
print(t)
print(time.strftime("%Y/%m/%d %H-%M-%S", t), time.asctime(t))
earlier = time.strptime("Jun 15 2021", "%b %d %Y")
later = time.strptime("Jun 16 2021", "%b %d %Y")
print(earlier < later, later.tm_yday - earlier.tm_yday)
for text in ("2021-01-01", "2021-12-31", "2020-12-31", "2024-07-04"):
    parsed = time.strptime(text, "%Y-%m-%d")
    print(text, parsed.tm_wday, parsed.tm_yday, time.strftime("%A %B", parsed))
