# Importing the main script by its file name runs it again as a separate module.
print("hp_attr_reimport_main: importing imports_attrs")
import imports_attrs
print("hp_attr_reimport_main: got", imports_attrs.__name__, imports_attrs.MARK)
