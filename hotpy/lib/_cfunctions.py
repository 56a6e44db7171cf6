"""Marks the public functions of a hotpy library module that stands for a CPython C module
(`time`, `struct`, `binascii`, ...) as builtin functions (`_hotpy.builtin_function`): as
CPython's C functions, they are not bound as methods when found on a class
(`logging.Formatter.converter = time.localtime`), and their type and repr are a builtin's."""
import _hotpy


def mark(namespace, module_name):
    for name, value in list(namespace.items()):
        if (not name.startswith("_") and type(value) is _function
                and value.__module__ == module_name):
            namespace[name] = _hotpy.builtin_function(value)


def _f():
    pass


_function = type(_f)
