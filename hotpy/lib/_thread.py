"""Low-level threads (CPython's _thread): OS threads running Python functions under the
GIL, and locks. The native parts are _hotpy.start_thread, thread_ident, thread_count
and the lock's methods (hotpy/src/modules/thread.rs)."""

import _hotpy

error = RuntimeError
TIMEOUT_MAX = 9223372036.0

_stack_size = 0


class lock:
    """A primitive lock: acquired by one thread at a time, released by any."""

    __slots__ = ("_locked",)

    def __init__(self):
        self._locked = False

    # The methods are native (hotpy/src/modules/thread.rs), as CPython's: one call each.
    acquire = _hotpy.method("_thread.lock.acquire")
    release = _hotpy.method("_thread.lock.release")
    __enter__ = _hotpy.method("_thread.lock.__enter__")
    __exit__ = _hotpy.method("_thread.lock.__exit__")

    def locked(self):
        return self._locked

    acquire_lock = acquire
    release_lock = release
    locked_lock = locked

    def _at_fork_reinit(self):
        self._locked = False

    def __repr__(self):
        state = "locked" if self._locked else "unlocked"
        return "<%s %s.%s object at %s>" % (
            state, type(self).__module__, type(self).__qualname__, hex(id(self)))


LockType = lock


class RLock:
    """A re-entrant lock: the thread holding it may acquire it again."""

    def __init__(self):
        self._block = lock()
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        if self._block.acquire(blocking, timeout):
            self._owner = me
            self._count = 1
            return True
        return False

    __enter__ = acquire

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if not self._count:
            self._owner = None
            self._block.release()

    def __exit__(self, *exc):
        self.release()

    def _is_owned(self):
        return self._owner == get_ident()

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        self._block.release()
        return state

    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state

    def _recursion_count(self):
        return self._count if self._owner == get_ident() else 0

    def __repr__(self):
        state = "locked" if self._block.locked() else "unlocked"
        return "<%s %s.%s object owner=%r count=%d at %s>" % (
            state, type(self).__module__, type(self).__qualname__,
            self._owner, self._count, hex(id(self)))


def allocate_lock():
    return lock()


allocate = allocate_lock


def start_new_thread(function, args, kwargs=None):
    if not callable(function):
        raise TypeError("first arg must be callable")
    if type(args) is not tuple and not isinstance(args, tuple):
        raise TypeError("2nd arg must be a tuple")
    if kwargs is not None and not isinstance(kwargs, dict):
        raise TypeError("optional 3rd arg must be a dictionary")
    return _hotpy.start_thread(function, tuple(args), kwargs)


start_new = start_new_thread


def get_ident():
    return _hotpy.thread_ident()


get_native_id = get_ident


def _count():
    return _hotpy.thread_count()


def stack_size(size=0):
    global _stack_size
    if size != 0 and size < 32768:
        raise ValueError("size not valid: %d bytes" % size)
    old, _stack_size = _stack_size, size
    return old


def daemon_threads_allowed():
    return True


def exit():
    raise SystemExit


exit_thread = exit
