print("hp_raise_in_main: about to import a missing module")
import hp_cli_missing_dependency
