#!/usr/bin/env python3
"""Runs the thread benchmarks (benches/programs/threads/*.py, each taking a thread count)
under CPython and under hotpy with each synchronization backend, with 1, 2 and 4 threads,
and prints markdown tables of median wall times, speedups, aborted CPU (stm) and peak RSS.

    python3 benches/threads.py [--runs N] [--threads 1,2,4] [--hotpy PATH]
                               [--only PROGRAM,...] [--json FILE] [--charts DIR]

--json writes the medians to FILE; --charts DIR then draws the SVG charts of
docs/benchmarks.md from them (`cargo run --release -p bench-charts -- FILE DIR`).

Every program prints the same output for any thread count; the script checks it does (and
that hotpy agrees with CPython) before it reports a time. Runs alternate between the
programs' settings so that a burst of noise on this shared machine spreads over all of
them."""
import argparse
import json
import pathlib
import re
import statistics
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
PROGRAMS = sorted((ROOT / "benches" / "programs" / "threads").glob("*.py"))
BACKENDS = ["gil", "locks", "stm"]
ABORTED = re.compile(r"sync: stm: .*?([0-9.]+)% of committed time lost in aborts")


def run(cmd):
    """Wall seconds, peak RSS (KiB), stdout and stderr of one run."""
    done = subprocess.run(["/usr/bin/time", "-f", "%e %M"] + cmd, capture_output=True,
                          text=True, cwd=ROOT)
    if done.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed:\n{done.stderr}")
    lines = done.stderr.strip().splitlines()
    wall, rss = lines[-1].split()
    return float(wall), int(rss), done.stdout, "\n".join(lines[:-1])


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--threads", default="1,2,4")
    ap.add_argument("--hotpy", default=str(ROOT / "target" / "release" / "hotpy"))
    ap.add_argument("--only", default="")
    ap.add_argument("--json")
    ap.add_argument("--charts")
    args = ap.parse_args()
    threads = [int(n) for n in args.threads.split(",")]
    programs = [p for p in PROGRAMS
                if not args.only or p.stem in args.only.split(",")]
    # Every setting: (program, threads, backend or None for CPython).
    settings = [(p, n, b) for p in programs for n in threads for b in [None] + BACKENDS]
    samples = {s: [] for s in settings}
    expected = {}
    for _ in range(args.runs):
        for (p, n, b) in settings:
            rel = str(p.relative_to(ROOT))
            if b is None:
                cmd = [sys.executable, rel, str(n)]
            else:
                cmd = [args.hotpy, "run", f"--sync={b}", "--sync-stats", rel, str(n)]
            wall, rss, out, err = run(cmd)
            want = expected.setdefault(p, out)
            if out != want:
                who = "CPython" if b is None else f"hotpy --sync={b}"
                sys.exit(f"{rel} with {n} threads under {who}: the output differs from "
                         "CPython's on one thread")
            m = ABORTED.search(err)
            samples[(p, n, b)].append((wall, rss, float(m.group(1)) if m else None))
    results = []
    for p in programs:
        for n in threads:
            row = {"program": p.stem, "threads": n, "backends": {}}
            for b in [None] + BACKENDS:
                runs = samples[(p, n, b)]
                aborted = [a for (_, _, a) in runs if a is not None]
                cell = {"seconds": statistics.median(w for (w, _, _) in runs),
                        "rss_kib": max(r for (_, r, _) in runs),
                        "aborted_percent": statistics.median(aborted) if aborted else None}
                if b is None:
                    row["cpython"] = cell
                else:
                    row["backends"][b] = cell
            results.append(row)
    report(results, args.runs)
    if args.json:
        pathlib.Path(args.json).write_text(json.dumps({"runs": args.runs, "results": results},
                                                      indent=1) + "\n")
        if args.charts:
            subprocess.run(["cargo", "run", "--release", "-q", "-p", "bench-charts", "--",
                            args.json, args.charts], cwd=ROOT, check=True)


def report(results, runs):
    """Markdown: times and ratios, then the threads' speedups, aborts and RSS."""
    base = {(r["program"], b): r["backends"][b]["seconds"]
            for r in results for b in BACKENDS if r["threads"] == results[0]["threads"]}
    print(f"Median wall seconds of {runs} runs; ratios against CPython, and against the same "
          "backend on the fewest threads.\n")
    print("| program | threads | CPython s | " + " | ".join(
        f"{b} s | {b}/CPython | {b} speedup" for b in BACKENDS) + " | stm aborted CPU | "
          + " | ".join(f"{b} RSS MiB" for b in BACKENDS) + " |")
    print("|---|---|---|" + "---|---|---|" * len(BACKENDS) + "---|" + "---|" * len(BACKENDS))
    for r in results:
        cpy = r["cpython"]["seconds"]
        cells = [r["program"], str(r["threads"]), f"{cpy:.3f}"]
        for b in BACKENDS:
            t = r["backends"][b]["seconds"]
            cells += [f"{t:.3f}", f"{t / cpy:.2f}x", f"{base[(r['program'], b)] / t:.2f}x"]
        aborted = r["backends"]["stm"]["aborted_percent"]
        cells.append("-" if aborted is None else f"{aborted:.1f}%")
        cells += [f"{r['backends'][b]['rss_kib'] / 1024:.0f}" for b in BACKENDS]
        print("| " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
