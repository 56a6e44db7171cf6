print("hp_err.imports_missing: body")
import hp_err.mod
import hp_definitely_missing_dep
