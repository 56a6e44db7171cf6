"""Signals (CPython's `_signal`, under `signal`) over hotpy's native handling
(`hotpy/src/signals.rs`, `hotpy/src/modules/signal.rs`).

A signal with a Python handler is marked pending by the process's handler; the main thread
calls the Python handler at its next safepoint (a backward jump or a call), as CPython
does between bytecodes. Handlers run in the main thread only, and only the main thread
may set them. SIGINT starts with `default_int_handler` (KeyboardInterrupt)."""

import _hotpy

SIG_DFL = 0
SIG_IGN = 1
NSIG = 65

for _item in _hotpy.signal_constants().split(","):
    _name, _number = _item.split("=")
    globals()[_name] = int(_number)
del _item, _name, _number
SIGCLD = SIGCHLD
SIGSTKFLT = 16


class ItimerError(OSError):
    pass


def default_int_handler(signalnum, frame, /):
    """The default handler for SIGINT installed by Python: raises KeyboardInterrupt."""
    raise KeyboardInterrupt


# Python handlers by signal number (SIG_DFL/SIG_IGN for the others, as set).
_handlers = {SIGINT: default_int_handler}


def _check(signalnum):
    if not isinstance(signalnum, int):
        raise TypeError(f"'{type(signalnum).__name__}' object cannot be interpreted as an integer")
    if not 1 <= signalnum < NSIG:
        raise ValueError("signal number out of range")
    return int(signalnum)


def signal(signalnum, handler, /):
    """Sets the action for `signalnum`: SIG_DFL, SIG_IGN or a callable `handler(signum,
    frame)`; returns the previous one."""
    signalnum = _check(signalnum)
    if isinstance(handler, int) and handler in (SIG_DFL, SIG_IGN):
        mode = int(handler)
    elif callable(handler):
        mode = 2
    else:
        raise TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, "
                        "or a callable object")
    old = getsignal(signalnum)
    _hotpy.signal_set(signalnum, mode)
    _handlers[signalnum] = handler if mode == 2 else mode
    return old


def getsignal(signalnum, /):
    """The current action for `signalnum`: SIG_DFL, SIG_IGN, a Python handler, or None for
    a handler not set from Python."""
    signalnum = _check(signalnum)
    mode = _hotpy.signal_get(signalnum)
    if mode == 2:
        handler = _handlers.get(signalnum)
        return handler if callable(handler) else None
    return mode


def _dispatch(signalnum):
    """Called by the VM in the main thread for a signal that arrived."""
    handler = _handlers.get(signalnum)
    if callable(handler):
        handler(signalnum, None)


def raise_signal(signalnum, /):
    _hotpy.raise_signal(_check(signalnum))


def strsignal(signalnum, /):
    return _hotpy.strsignal(_check(signalnum))


def valid_signals():
    return set(_hotpy.valid_signals())


def alarm(seconds, /):
    return _hotpy.alarm(seconds)


def pause():
    _hotpy.pause()


def setitimer(which, seconds, interval=0.0, /):
    try:
        return _hotpy.setitimer(int(which), seconds, interval)
    except OSError as e:
        raise ItimerError(*e.args) from None


def getitimer(which, /):
    try:
        return _hotpy.getitimer(int(which))
    except OSError as e:
        raise ItimerError(*e.args) from None


def pthread_sigmask(how, mask, /):
    return set(_hotpy.pthread_sigmask(int(how), [_check(s) for s in mask]))


def set_wakeup_fd(fd, /, *, warn_on_full_buffer=True):
    """From now on, each signal that arrives writes its number as one byte to `fd` (-1:
    none); returns the previous fd."""
    if not isinstance(fd, int):
        raise TypeError(f"'{type(fd).__name__}' object cannot be interpreted as an integer")
    return _hotpy.signal_wakeup_fd(fd)
