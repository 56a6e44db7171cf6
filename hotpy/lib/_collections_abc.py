"""CPython's private name for collections.abc (os, locale, typing and others import it):
hotpy's collections.abc, every name of it, private ones included (`_check_methods`)."""

from collections import abc as _abc

globals().update({name: value for name, value in vars(_abc).items()
                  if not (name.startswith("__") and name.endswith("__")) or name == "__all__"})
del _abc
