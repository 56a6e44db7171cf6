#!/usr/bin/env python3
"""Generates the expected output of every program in tests/programs (and of the multi-file
import programs tests/imports/imports_*.py) with CPython.

For each NAME.py it writes NAME.expected: JSON with the program's stdout, the last line of its
stderr (the exception line, or empty), and its exit status. Run from anywhere:

    python3 tests/gen_expected.py            # every program
    python3 tests/gen_expected.py NAME.py    # some (in tests/programs)

The harness (tests/e2e.rs) runs each program under hotpy and compares.
"""
import json
import os
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
PROGRAMS = ROOT / "tests" / "programs"
IMPORTS = ROOT / "tests" / "imports"


def expected(program: pathlib.Path) -> dict:
    rel = program.relative_to(ROOT)
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    env.pop("PYTHONPATH", None)
    done = subprocess.run([sys.executable, str(rel)], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, env=env)
    lines = done.stderr.strip().splitlines()
    return {"stdout": done.stdout, "stderr_last": lines[-1] if lines else "", "status": done.returncode}


def main() -> None:
    if sys.version_info[:2] != (3, 11):
        sys.exit(f"gen_expected.py: CPython 3.11 is the oracle, this is {sys.version.split()[0]}")
    names = sys.argv[1:]
    programs = ([PROGRAMS / n for n in names] if names
                else sorted(PROGRAMS.glob("*.py")) + sorted(IMPORTS.glob("imports_*.py")))
    for p in programs:
        out = p.with_suffix(".expected")
        out.write_text(json.dumps(expected(p), indent=1, ensure_ascii=False) + "\n")
        print(f"wrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
