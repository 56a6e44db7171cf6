"""Functions to run when the interpreter exits (CPython's `atexit`): the VM calls
`_run_exitfuncs()` after the main program and `threading`'s shutdown, last registered first."""

import _hotpy

_callbacks = []


def register(func, *args, **kwargs):
    """Register a function to be executed upon normal program termination."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func):
    """Unregister an exit function which was previously registered using atexit.register."""
    _callbacks[:] = [entry for entry in _callbacks if entry[0] != func]


def _clear():
    """Clear the list of previously registered exit functions."""
    _callbacks.clear()


def _ncallbacks():
    """Return the number of registered exit functions."""
    return len(_callbacks)


def _run_exitfuncs():
    """Run all registered exit functions, last registered first. An exception in one is
    reported and the rest still run."""
    while _callbacks:
        func, args, kwargs = _callbacks.pop()
        try:
            func(*args, **kwargs)
        except BaseException as e:
            _hotpy.print_exception(e, f"Exception ignored in atexit callback: {func!r}\n", 1)
