import sys as _sys_private
import hp_once
from hp_once import COUNT as once_count
PUBLIC = "public"
_private = "private"


def func():
    return "func"


class Klass:
    pass
