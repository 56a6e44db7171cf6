#!/usr/bin/env python3
"""Times benches/python/*.py under python3 and hotpy (JIT off and on, both collectors):
median of N runs each, printed as a Markdown table of seconds and ratios to python3.

    cargo build --release && python3 benches/run.py [N]
"""
import pathlib
import statistics
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
HOTPY = ROOT / "target" / "release" / "hotpy"
CONFIGS = [
    ("python3", [sys.executable]),
    ("hotpy semispace", [str(HOTPY), "run", "--gc=semispace", "--jit=off"]),
    ("hotpy semispace jit", [str(HOTPY), "run", "--gc=semispace", "--jit=on"]),
    ("hotpy generational jit", [str(HOTPY), "run", "--gc=generational", "--jit=on"]),
]


def median_time(cmd, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(cmd, capture_output=True, text=True)
        times.append(time.perf_counter() - start)
        if done.returncode != 0:
            sys.exit(f"{' '.join(cmd)} failed:\n{done.stderr}")
    return statistics.median(times)


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    programs = sorted((ROOT / "benches" / "python").glob("*.py"))
    print("| program | " + " | ".join(name for name, _ in CONFIGS) + " |")
    print("|---" * (len(CONFIGS) + 1) + "|")
    for p in programs:
        base = None
        cells = []
        for name, cmd in CONFIGS:
            t = median_time(cmd + [str(p)], runs)
            base = base or t
            cells.append(f"{t:.3f} s" + ("" if name == "python3" else f" ({t / base:.2f}x)"))
        print(f"| {p.name} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
