"""Traceback and frame objects for an exception's `__traceback__` (and `sys.exc_info()[2]`),
made from the frames hotpy records as the exception passes them (file, line, function).

They carry what the `traceback`, `logging` and `unittest` modules read: `tb_frame`,
`tb_lineno`, `tb_next`, `tb_lasti` (0, with the frame's code giving the span of the
instruction it was at as its one `co_positions()` entry, so reports underline it with
carets as CPython's do; -1 where no span is known),
and frames with `f_code` (`co_filename`, `co_name`...), `f_lineno`, `f_globals`, `f_locals`
and `f_back`. hotpy's frames live in its heap and are not Python objects: these are
snapshots, and a frame's locals are not kept (an empty dict); its globals are its module's
namespace (in a traceback: the loaded module whose `__file__` is the frame's file, so
`unittest` can leave its own frames out of its reports)."""


class code:
    __slots__ = ("co_filename", "co_name", "co_qualname", "co_firstlineno", "_position")

    def __init__(self, filename, name, firstlineno, position=None):
        self.co_filename = filename
        self.co_name = name
        self.co_qualname = name
        self.co_firstlineno = firstlineno
        # The span of the one instruction this snapshot's frame was at (its `f_lasti` is 0).
        self._position = position

    def co_positions(self):
        return iter(() if self._position is None else (self._position,))

    def co_lines(self):
        return iter(())

    def __repr__(self):
        return f'<code object {self.co_name}, file "{self.co_filename}", line {self.co_firstlineno}>'


class frame:
    __slots__ = ("f_code", "f_lineno", "f_back", "f_globals", "f_locals", "f_builtins")
    f_lasti = -1
    f_trace = None

    def __init__(self, code, lineno, back, globals=None):
        self.f_code = code
        self.f_lineno = lineno
        self.f_back = back
        self.f_globals = {} if globals is None else globals
        self.f_locals = {}
        self.f_builtins = {}

    def clear(self):
        pass

    def __repr__(self):
        c = self.f_code
        return f"<frame, file '{c.co_filename}', line {self.f_lineno}, code {c.co_name}>"


class traceback:
    __slots__ = ("tb_frame", "tb_lineno", "tb_next", "tb_lasti")

    def __init__(self, tb_next, tb_frame, tb_lasti, tb_lineno):
        self.tb_next = tb_next
        self.tb_frame = tb_frame
        self.tb_lasti = tb_lasti
        self.tb_lineno = tb_lineno


def _module_globals(filename, found):
    """The namespace of the loaded module whose file is `filename` (a frame's globals: its
    code's module), or None (`found` caches the answers of one traceback)."""
    if filename not in found:
        import sys
        found[filename] = None
        for module in list(sys.modules.values()):
            if getattr(module, "__file__", None) == filename:
                found[filename] = module.__dict__
                break
    return found[filename]


def build(entries):
    """The traceback chain for `entries`, (filename, line, function) outermost first."""
    frames = []
    back = None
    found = {}
    for filename, line, function, position in entries:
        globals = _module_globals(filename, found)
        back = frame(code(filename, function, line, position), line, back, globals)
        frames.append(back)
    tb = None
    for f in reversed(frames):
        tb = traceback(tb, f, -1 if f.f_code._position is None else 0, f.f_lineno)
    return tb


for _t in (code, frame, traceback):
    _t.__module__ = "builtins"
del _t
