print("hp_rel.sub.user: body start", __name__, __package__)
from . import sibling                    # from . import submodule
from .sibling import SIB                 # from .module import name
from . import SUB                        # from . import attribute of own package
from ..util import UTIL                  # from ..module import name
from .. import util as util_mod          # from .. import submodule
from .. import TOP                       # from .. import attribute of parent package
from .. import later                     # not yet imported: loads hp_rel.later
from .deep.leaf import DEEP, DEEP_TOP    # from .pkg.module import name
from .deep import leaf as deep_leaf

RESULTS = [sibling.__name__, SIB, SUB, UTIL, util_mod.__name__, TOP, later.LATER,
           DEEP, DEEP_TOP, deep_leaf.__name__]


def lazy():
    # relative import inside a function uses the module's __package__
    from ..util import UTIL as u
    from . import sibling as s
    return u, s.__name__
print("hp_rel.sub.user: body end")
