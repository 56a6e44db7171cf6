import sys

config = {"name": "demo", "level": 3}
for key in ["name", "level", "mode"]:
    if key not in config:
        sys.exit(f"fatal: missing config key {key!r}")
    print(key, "=", config[key])
