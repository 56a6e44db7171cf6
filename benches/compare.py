#!/usr/bin/env python3
"""Times benches/python/*.py under python3, an earlier hotpy build and this one (JIT off and
on): median of N runs each, a Markdown table of seconds and ratios to python3.

    git worktree add /tmp/base COMMIT
    (cd /tmp/base && CARGO_TARGET_DIR=/tmp/base-target cargo build --release)
    cargo build --release && python3 benches/compare.py [N] [/tmp/base-target/release/hotpy]
"""
import statistics, subprocess, time, sys
progs = ['fib', 'floats', 'generators', 'loops', 'objects']
before = sys.argv[2] if len(sys.argv) > 2 else '/tmp/base-target/release/hotpy'
configs = [
    ('python3', ['python3']),
    ('before', [before, 'run', '--jit=off']),
    ('hotpy', ['./target/release/hotpy', 'run', '--jit=off']),
    ('before jit', [before, 'run', '--jit=on']),
    ('hotpy jit', ['./target/release/hotpy', 'run', '--jit=on']),
]
runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
print('| program | ' + ' | '.join(n for n, _ in configs) + ' |')
print('|---' * (len(configs) + 1) + '|')
for p in progs:
    cells = []; base = None
    for name, cmd in configs:
        ts = []
        for _ in range(runs):
            s = time.perf_counter(); d = subprocess.run(cmd + [f'benches/python/{p}.py'], capture_output=True); ts.append(time.perf_counter() - s)
            assert d.returncode == 0, (cmd, d.stderr[-300:])
        t = statistics.median(ts); base = base or t
        cells.append(f'{t:.3f} s' + ('' if name == 'python3' else f' ({t / base:.2f}x)'))
    print(f'| {p}.py | ' + ' | '.join(cells) + ' |')
