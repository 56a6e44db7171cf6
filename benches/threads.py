#!/usr/bin/env python3
"""Runs the thread benchmarks (benches/programs/threads/*.py, each taking a thread count)
under CPython and under hotpy with each synchronization backend built, with 1, 2 and 4
threads, and prints a markdown table of median wall times and peak RSS.

    python3 benches/threads.py [RUNS] [HOTPY]      # defaults: 5, target/release/hotpy

Every program prints the same output for any thread count; the script checks it does (and
that hotpy agrees with CPython) before it reports a time."""
import pathlib
import statistics
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
PROGRAMS = sorted((ROOT / "benches" / "programs" / "threads").glob("*.py"))
BACKENDS = ["gil", "locks"]  # the ones built (docs/sync.md)
THREADS = [1, 2, 4]


def run(cmd):
    """Wall seconds, peak RSS (KiB) and stdout of one run."""
    done = subprocess.run(["/usr/bin/time", "-f", "%e %M"] + cmd, capture_output=True,
                          text=True, cwd=ROOT)
    if done.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed:\n{done.stderr}")
    wall, rss = done.stderr.strip().splitlines()[-1].split()
    return float(wall), int(rss), done.stdout


def measure(cmd, runs):
    results = [run(cmd) for _ in range(runs)]
    outputs = {r[2] for r in results}
    if len(outputs) != 1:
        sys.exit(f"{' '.join(cmd)}: the output differs between runs")
    return (statistics.median(r[0] for r in results), max(r[1] for r in results),
            outputs.pop())


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    hotpy = sys.argv[2] if len(sys.argv) > 2 else str(ROOT / "target" / "release" / "hotpy")
    print("| program | threads | CPython s | " +
          " | ".join(f"hotpy {b} s | {b} / CPython | {b} speedup vs 1 thread | {b} RSS MiB"
                     for b in BACKENDS) + " |")
    print("|---|---|---|" + "---|---|---|---|" * len(BACKENDS))
    for program in PROGRAMS:
        rel = str(program.relative_to(ROOT))
        base = {}
        expected = None
        for n in THREADS:
            cpy, _, out = measure([sys.executable, rel, str(n)], runs)
            expected = expected or out
            if out != expected:
                sys.exit(f"{rel}: CPython's output depends on the thread count")
            cells = [program.stem, str(n), f"{cpy:.3f}"]
            for b in BACKENDS:
                t, rss, out = measure([hotpy, "run", f"--sync={b}", rel, str(n)], runs)
                if out != expected:
                    sys.exit(f"{rel} with {n} threads under --sync={b}: output differs from CPython's")
                base.setdefault(b, t)
                cells += [f"{t:.3f}", f"{t / cpy:.2f}x", f"{base[b] / t:.2f}x", f"{rss / 1024:.0f}"]
            print("| " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
