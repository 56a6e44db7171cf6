"""`__debug__` (True: hotpy has no -O), `exit` and `quit`, the builtins CPython's `site` module adds (calling one raises
SystemExit with its argument; its repr says how to leave the interactive prompt), and
the iterator `iter(function, sentinel)` makes."""

import sys

__debug__ = True


class Quitter:
    def __init__(self, name, eof):
        self.name = name
        self.eof = eof

    def __repr__(self):
        return "Use %s() or %s to exit" % (self.name, self.eof)

    def __call__(self, code=None):
        try:
            sys.stdin.close()
        except BaseException:
            pass
        raise SystemExit(code)


Quitter.__module__ = "_sitebuiltins"
exit = Quitter("exit", "Ctrl-D (i.e. EOF)")
quit = Quitter("quit", "Ctrl-D (i.e. EOF)")


class callable_iterator:
    """`iter(function, sentinel)`: calls `function` until it returns `sentinel`."""

    def __init__(self, function, sentinel):
        if not callable(function):
            raise TypeError("iter(v, w): v must be callable")
        self._function = function
        self._sentinel = sentinel

    def __iter__(self):
        return self

    def __next__(self):
        function = self._function
        if function is None:
            raise StopIteration
        value = function()
        if value == self._sentinel:
            self._function = None
            raise StopIteration
        return value

    def __reduce__(self):
        if self._function is None:
            return iter, ((),)
        return iter, (self._function, self._sentinel)


callable_iterator.__module__ = "builtins"
