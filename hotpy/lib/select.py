"""Waiting for I/O (CPython's `select`): `select.select` and `poll` objects, over one native
wait (`_hotpy.poll`, `hotpy/src/modules/select.rs`: ppoll(2) with the GIL released, signal
handlers run and the wait resumed when a signal interrupts it). No `epoll`, `devpoll` or
`kqueue`: `selectors.DefaultSelector` is the `PollSelector`."""

import _hotpy

error = OSError

globals().update(dict(_hotpy.select_constants()))

_READ = POLLIN | POLLHUP | POLLERR
_WRITE = POLLOUT | POLLERR
_EXCEPT = POLLPRI


def _fileno(obj):
    if isinstance(obj, int):
        fd = int(obj)
    else:
        try:
            method = obj.fileno
        except AttributeError:
            raise TypeError("argument must be an int, or have a fileno() method.") from None
        fd = method()
        if not isinstance(fd, int):
            raise TypeError("fileno() returned a non-integer")
        fd = int(fd)
    if fd < 0:
        raise ValueError("file descriptor cannot be a negative integer (%d)" % fd)
    return fd


def _seconds(timeout):
    if timeout is None:
        return None
    if not isinstance(timeout, (int, float)):
        try:
            timeout = timeout.__float__()
        except AttributeError:
            raise TypeError("timeout must be a float or None") from None
    if timeout != timeout:
        raise ValueError("Invalid value NaN (not a number)")
    if timeout < 0:
        raise ValueError("timeout must be non-negative")
    return float(timeout)


def select(rlist, wlist, xlist, timeout=None, /):
    """Waits until some of the objects (ints or objects with fileno()) are ready: readable
    (rlist), writable (wlist) or with an exceptional condition (xlist), or `timeout`
    seconds pass (None: no limit). The three lists of those ready."""
    seconds = _seconds(timeout)
    groups = []
    wanted = {}
    for objects, mask in ((rlist, _READ), (wlist, _WRITE), (xlist, _EXCEPT)):
        pairs = [(obj, _fileno(obj)) for obj in objects]
        groups.append((pairs, mask))
        for _, fd in pairs:
            wanted[fd] = wanted.get(fd, 0) | (POLLIN if mask == _READ else
                                              POLLOUT if mask == _WRITE else POLLPRI)
    fds = list(wanted)
    events = {}
    for fd, revents in _hotpy.poll(fds, [wanted[fd] for fd in fds], seconds):
        if revents & POLLNVAL:
            raise OSError(9, "Bad file descriptor")
        events[fd] = revents
    result = []
    for pairs, mask in groups:
        result.append([obj for obj, fd in pairs if events.get(fd, 0) & mask])
    return tuple(result)


def _mask(eventmask):
    if not isinstance(eventmask, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(eventmask).__name__)
    eventmask = int(eventmask)
    if eventmask < 0:
        raise OverflowError("can't convert negative int to unsigned")
    if eventmask > 0xFFFF:
        raise OverflowError("Python int too large for C unsigned short")
    return int(eventmask)


class poll:
    """A set of descriptors and the events to wait for on each (poll(2))."""

    def __init__(self):
        self._fds = {}
        self._polling = False

    def register(self, fd, eventmask=POLLIN | POLLPRI | POLLOUT, /):
        self._fds[_fileno(fd)] = _mask(eventmask)

    def modify(self, fd, eventmask, /):
        fd = _fileno(fd)
        if fd not in self._fds:
            raise FileNotFoundError(2, "No such file or directory")
        self._fds[fd] = _mask(eventmask)

    def unregister(self, fd, /):
        fd = _fileno(fd)
        if fd not in self._fds:
            raise KeyError(fd)
        del self._fds[fd]

    def poll(self, timeout=None, /):
        """The `(fd, events)` of the registered descriptors ready within `timeout`
        milliseconds (None or negative: no limit)."""
        if timeout is not None:
            if not isinstance(timeout, (int, float)):
                try:
                    timeout = timeout.__index__()
                except AttributeError:
                    raise TypeError("'%s' object cannot be interpreted as an integer"
                                    % type(timeout).__name__) from None
            timeout = None if timeout < 0 else timeout / 1000
        if self._polling:
            raise RuntimeError("concurrent poll() invocation")
        fds = list(self._fds)
        self._polling = True
        try:
            return _hotpy.poll(fds, [self._fds[fd] for fd in fds], timeout)
        finally:
            self._polling = False
