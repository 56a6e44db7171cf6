print("hp_import_err_in_body: body")
from hp_err.mod import not_present
