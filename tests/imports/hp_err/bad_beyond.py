print("hp_err.bad_beyond: body")
from .. import something
