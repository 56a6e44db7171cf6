"""hotpy's own Python API.

`atomic`: a block that no other thread's `atomic` block interleaves with
(`with hotpy.atomic: x += 1` is an exact read-modify-write). Under --sync=stm it is to run
as one transaction; under the other backends (the only ones built: the GIL) it is one
global re-entrant lock."""

import _thread


class _Atomic:
    __slots__ = ("_lock",)

    def __init__(self):
        self._lock = _thread.RLock()

    def __enter__(self):
        self._lock.acquire()
        return self

    def __exit__(self, *exc):
        self._lock.release()
        return False

    def __repr__(self):
        return "<hotpy.atomic>"


atomic = _Atomic()
