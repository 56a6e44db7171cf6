print("hp_star_noall_pkg.unloaded: body (must not be imported by *)")
