"""hotpy's own Python API.

`atomic`: a block that no other thread's `atomic` block interleaves with
(`with hotpy.atomic: x += 1` is an exact read-modify-write). Under --sync=stm it runs as
one transaction (no atomicity breakpoint inside it: it commits whole or aborts and runs
again); under the other backends it is one global re-entrant lock."""

import _hotpy
import _thread


class _Atomic:
    __slots__ = ("_lock",)

    def __init__(self):
        self._lock = _thread.RLock()

    def __enter__(self):
        if not _hotpy.stm_atomic(True):
            self._lock.acquire()
        return self

    def __exit__(self, *exc):
        if not _hotpy.stm_atomic(False):
            self._lock.release()
        return False

    def __repr__(self):
        return "<hotpy.atomic>"


atomic = _Atomic()
