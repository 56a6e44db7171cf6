from ..elsewhere import thing
