"""The garbage collector interface (CPython's gc API) over hotpy's copying collectors
(gvmt's semi-space or generational collector, `--gc`).

hotpy has no reference counting: every unreachable object, in a cycle or not, goes at the
next collection, and collections cannot be paused (the heap needs them to allocate). So:
`collect()` runs a full collection now and returns 0 (a copying collector never visits
the unreachable objects, so it cannot count them); `disable()`/`enable()` only record the
state `isenabled()` reports; the thresholds are recorded, not used (the collector's own
policy decides); `garbage` stays empty (there are no uncollectable objects)."""

import _hotpy

garbage = []
callbacks = []
DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL

_enabled = True
_threshold = (700, 10, 10)
_debug = 0


def collect(generation=2):
    if generation not in (0, 1, 2):
        raise ValueError("invalid generation")
    for callback in callbacks:
        callback("start", {"generation": generation, "collected": 0, "uncollectable": 0})
    _hotpy.collect(generation == 2)
    for callback in callbacks:
        callback("stop", {"generation": generation, "collected": 0, "uncollectable": 0})
    return 0


def enable():
    global _enabled
    _enabled = True


def disable():
    global _enabled
    _enabled = False


def isenabled():
    return _enabled


def get_threshold():
    return _threshold


def set_threshold(threshold0, threshold1=None, threshold2=None):
    global _threshold
    t = list(_threshold)
    t[0] = threshold0
    if threshold1 is not None:
        t[1] = threshold1
    if threshold2 is not None:
        t[2] = threshold2
    _threshold = tuple(t)


def get_count():
    return (0, 0, 0)


def set_debug(flags):
    global _debug
    _debug = flags


def get_debug():
    return _debug


def is_tracked(obj):
    """True for the objects CPython's cycle collector tracks: containers and instances."""
    return not isinstance(obj, (int, float, str, bytes, bool, type(None), range))


def is_finalized(obj):
    return False


def freeze():
    pass


def unfreeze():
    pass


def get_freeze_count():
    return 0


def get_stats():
    """Collections so far: minor ones as generation 0, full ones as generation 2 (the
    semi-space collector's are all full)."""
    minor, full = _hotpy.gc_counts()
    return [{"collections": n, "collected": 0, "uncollectable": 0} for n in (minor, 0, full)]
