"""The parts of `time` that are Python (hotpy): struct_time and the calendar functions on the
C library's (`_hotpy.broken_down`, `mktime`, `strftime`); the native module `time` has
time(), sleep() and the clocks, and takes any other attribute from here."""

import _hotpy
from time import time as _now, perf_counter as _perf_counter

_STRUCT_TM_ITEMS = 11

_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday",
           "tm_yday", "tm_isdst")


class struct_time(tuple):
    """The time value as returned by gmtime(), localtime(), and strptime(): nine fields by
    index and by name, with tm_zone and tm_gmtoff by name only."""

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        if not 9 <= len(seq) <= 11:
            if len(seq) < 9:
                raise TypeError("time.struct_time() takes an at least 9-sequence "
                                "(%d-sequence given)" % len(seq))
            raise TypeError("time.struct_time() takes an at most 11-sequence "
                            "(%d-sequence given)" % len(seq))
        self = tuple.__new__(cls, seq[:9])
        self._extra = seq[9:] + (None,) * (11 - len(seq))
        return self

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: self._extra[0])
    tm_gmtoff = property(lambda self: self._extra[1])

    def __repr__(self):
        return "time.struct_time(%s)" % ", ".join(
            "%s=%r" % (name, value) for name, value in zip(_FIELDS, self))

    def __reduce__(self):
        return struct_time, (tuple(self) + self._extra,)


def _seconds(secs):
    if secs is None:
        return int(_now())
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError("Invalid value NaN (not a number)")
        return int(secs // 1) if secs >= 0 else -int((-secs) // 1)
    if not isinstance(secs, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(secs).__name__)
    return secs


def gmtime(secs=None):
    """The broken-down time in UTC of secs since the epoch (now by default)."""
    return struct_time(_hotpy.broken_down(_seconds(secs), False))


def localtime(secs=None):
    """The broken-down local time of secs since the epoch (now by default)."""
    return struct_time(_hotpy.broken_down(_seconds(secs), True))


def _fields(t, function):
    if t is None:
        return localtime()
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9:
        raise TypeError("%s(): illegal time tuple argument" % function)
    return t


def mktime(t):
    """The seconds since the epoch of a local broken-down time."""
    return _hotpy.mktime(tuple(_fields(t, "mktime")))


def strftime(format, t=None):
    """t (now by default) formatted by the C library's strftime."""
    t = _fields(t, "strftime")
    if not isinstance(format, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(format).__name__)
    if not 1 <= t[1] <= 12 and t[1] != 0:
        raise ValueError("month out of range")
    if not 0 <= t[4] <= 59:
        raise ValueError("minute out of range")
    zone = getattr(t, "tm_zone", None)
    gmtoff = getattr(t, "tm_gmtoff", None)
    if zone is None:
        zone = tzname[t[8] > 0] if t[8] >= 0 else ""
    if gmtoff is None:
        gmtoff = -(altzone if t[8] > 0 else timezone)
    return _hotpy.strftime(format, tuple(t), zone, gmtoff)


_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def asctime(t=None):
    """'Sun Jun 20 23:21:05 1993' for t (now by default)."""
    t = _fields(t, "asctime")
    return "%s %s %2d %02d:%02d:%02d %d" % (_DAYS[t[6] % 7], _MONTHS[(t[1] - 1) % 12], t[2],
                                             t[3], t[4], t[5], t[0])


def ctime(secs=None):
    """asctime(localtime(secs))."""
    return asctime(localtime(secs))


def time_ns():
    return int(_now() * 1e9)


def perf_counter_ns():
    return int(_perf_counter() * 1e9)


monotonic_ns = perf_counter_ns
process_time_ns = perf_counter_ns


def strptime(string, format="%a %b %d %H:%M:%S %Y"):
    import _strptime
    return _strptime._strptime_time(string, format)


def _zone_info():
    # As CPython's init_timezone: the zones of January and July of this year.
    year = gmtime()[0]
    jan = localtime(int(mktime((year, 1, 1, 0, 0, 0, 0, 1, -1))))
    jul = localtime(int(mktime((year, 7, 1, 0, 0, 0, 0, 182, -1))))
    jan_off, jul_off = -jan.tm_gmtoff, -jul.tm_gmtoff
    if jan_off < jul_off:
        # Southern hemisphere: DST in January.
        return jul_off, jan_off, int(jan_off != jul_off), (jul.tm_zone, jan.tm_zone)
    return jan_off, jul_off, int(jan_off != jul_off), (jan.tm_zone, jul.tm_zone)


timezone, altzone, daylight, tzname = _zone_info()


_CLOCKS = {
    "time": ("clock_gettime(CLOCK_REALTIME)", False, True),
    "monotonic": ("clock_gettime(CLOCK_MONOTONIC)", True, False),
    "perf_counter": ("clock_gettime(CLOCK_MONOTONIC)", True, False),
    "process_time": ("clock_gettime(CLOCK_MONOTONIC)", True, False),
}


def get_clock_info(name):
    """How clock `name` is read: `implementation`, `monotonic`, `adjustable`, `resolution`
    (hotpy's `process_time` reads the monotonic clock)."""
    if name not in _CLOCKS:
        raise ValueError("unknown clock")
    from types import SimpleNamespace
    implementation, monotonic, adjustable = _CLOCKS[name]
    return SimpleNamespace(implementation=implementation, monotonic=monotonic,
                           adjustable=adjustable, resolution=1e-09)


import _cfunctions
_cfunctions.mark(globals(), __name__)
del _cfunctions
