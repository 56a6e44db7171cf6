#!/usr/bin/env python3
"""Regenerates cli_cases.txt (command-line import cases: -m, PYTHONPATH, -c) with CPython 3.11.

Run from anywhere: python3 tests/imports/gen_cli_cases.py

Each case is a shell command line run with `sh -c` from the repository root, with {hotpy}
standing for the interpreter (python3 here). The output format is described at the top of
cli_cases.txt.
"""
import os
import pathlib
import shutil
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent.parent
PP = "PYTHONPATH=tests/imports/pp"

# (command, substring the stderr must contain, or None)
CASES = [
    (f"{PP} {{hotpy}} -m hp_runme arg1 -x --flag", None),
    (f"{PP} {{hotpy}} -m hp_runme", None),
    (f"{PP} {{hotpy}} -m hp_pkg_main a b", None),
    (f"{PP} {{hotpy}} -m hp_clipkg.tool t1", None),
    (f"{PP} {{hotpy}} -m hp_clipkg",
     "No module named hp_clipkg.__main__; 'hp_clipkg' is a package and cannot be directly executed"),
    (f"{PP} {{hotpy}} -m hp_clipkg.nope", "No module named hp_clipkg.nope"),
    ("{hotpy} -m hp_runme", "No module named hp_runme"),
    (f"{PP} {{hotpy}} -m hp_exit3", None),
    (f"{PP} {{hotpy}} -m hp_raise_in_main",
     "ModuleNotFoundError: No module named 'hp_cli_missing_dependency'"),
    (f"{PP} {{hotpy}} tests/imports/cli/hp_cli_script.py q", None),
    (f"{PP}:tests/imports/pp2 {{hotpy}} tests/imports/cli/hp_cli_script.py", None),
    (f"{PP} {{hotpy}} -c \"import sys, hp_pp_helper; print(repr(sys.path[0]), hp_pp_helper.HELP)\"", None),
    (f"{PP} {{hotpy}} -c \"import hp_runme\"", None),
]

HEADER = """\
# Command-line import cases, expected results produced by CPython 3.11 (gen_cli_cases.py).
# Each case:
#   === cmd: <shell command line>     run with `sh -c` from the repository root, {hotpy}
#                                     replaced by the hotpy binary
#   --- status: <exit status>
#   --- stderr_contains: <text>       optional, may repeat: stderr must contain the text
#   --- stdout                        every following line up to the next `=== cmd:` (or
#                                     the end of the file) is a stdout line, each ending "\\n"
# Lines starting with '#' before the first case are comments.
"""


def main() -> None:
    if sys.version_info[:2] != (3, 11):
        sys.exit(f"gen_cli_cases.py: CPython 3.11 is the oracle, this is {sys.version.split()[0]}")
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    env.pop("PYTHONPATH", None)
    out = [HEADER]
    for cmd, err in CASES:
        shell = cmd.replace("{hotpy}", sys.executable)
        done = subprocess.run(["sh", "-c", shell], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
        if err is not None and err not in done.stderr:
            sys.exit(f"{cmd}: stderr lacks {err!r}:\n{done.stderr}")
        if err is None and done.returncode == 0 and done.stderr:
            sys.exit(f"{cmd}: unexpected stderr:\n{done.stderr}")
        assert done.stdout == "" or done.stdout.endswith("\n")
        assert not any(line.startswith(("=== cmd:", "--- ")) for line in done.stdout.splitlines())
        out.append(f"=== cmd: {cmd}\n--- status: {done.returncode}\n")
        if err is not None:
            out.append(f"--- stderr_contains: {err}\n")
        out.append("--- stdout\n" + done.stdout)
    (HERE / "cli_cases.txt").write_text("".join(out))
    for d in HERE.rglob("__pycache__"):
        shutil.rmtree(d)
    print(f"wrote {len(CASES)} cases to {(HERE / 'cli_cases.txt').relative_to(ROOT)}")


if __name__ == "__main__":
    main()
