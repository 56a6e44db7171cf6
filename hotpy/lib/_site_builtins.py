"""`exit` and `quit`, the builtins CPython's `site` module adds: calling one raises
SystemExit with its argument; its repr says how to leave the interactive prompt."""

import sys


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
