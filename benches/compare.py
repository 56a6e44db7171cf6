#!/usr/bin/env python3
"""Compares hotpy builds on benches/python/*.py: the CPU time (user + system) of each
program under python3 and under each build, median of N alternating runs (alternating, so
that a noisy shared machine slows every build alike), with the ratio to python3.

    python3 benches/compare.py OLD/hotpy,NEW/hotpy [program ...] [--runs N]

A build to compare against is made in a worktree, e.g.
    git worktree add /tmp/base REV && CARGO_TARGET_DIR=/tmp/base_target \\
        cargo build --release --manifest-path /tmp/base/Cargo.toml
"""
import pathlib
import resource
import statistics
import subprocess
import sys

PROGRAMS = pathlib.Path(__file__).resolve().parent / "python"


def cpu_seconds(cmd):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True, cwd=PROGRAMS)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main():
    args = sys.argv[1:]
    runs = 5
    if "--runs" in args:
        at = args.index("--runs")
        runs = int(args[at + 1])
        del args[at : at + 2]
    if not args:
        sys.exit(__doc__)
    builds = [str(pathlib.Path(b).resolve()) for b in args[0].split(",")]
    programs = args[1:] or sorted(p.stem for p in PROGRAMS.glob("*.py"))
    for program in programs:
        times = {b: [] for b in ["python3"] + builds}
        for _ in range(runs):
            for b in times:
                cmd = [sys.executable] if b == "python3" else [b, "run"]
                times[b].append(cpu_seconds(cmd + [program + ".py"]))
        py = statistics.median(times["python3"])
        cells = [f"{program}", f"python3 {py:.3f} s"]
        for b in builds:
            t = statistics.median(times[b])
            cells.append(f"{b}: {t:.3f} s ({t / py:.2f}x)")
        print(" | ".join(cells), flush=True)


if __name__ == "__main__":
    main()
