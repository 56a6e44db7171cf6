import sys

config = {"name": "demo", "level": 3}
required = ["name", "level", "mode"]

def check(cfg):
    for key in required:
        if key not in cfg:
            sys.exit(f"fatal: missing config key {key!r}")
        print(key, "=", cfg[key])

check(config)
print("not reached")
