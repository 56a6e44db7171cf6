#!/usr/bin/env python3
"""Times benches/python/*.py under python3, an earlier hotpy build and this one (JIT off and
on): the median of N runs each of the CPU time (user + system) each run took, a Markdown table
of seconds and ratios to python3. CPU time, not wall time: the machines are shared, and a run
that waits for a core does not count the wait. The runs of the configurations interleave.

    git worktree add /tmp/base COMMIT
    (cd /tmp/base && CARGO_TARGET_DIR=/tmp/base-target cargo build --release)
    cargo build --release && python3 benches/compare.py [N] [/tmp/base-target/release/hotpy]
"""
import resource, statistics, subprocess, sys
progs = ['fib', 'floats', 'generators', 'loops', 'objects', 'scheduler']
before = sys.argv[2] if len(sys.argv) > 2 else '/tmp/base-target/release/hotpy'
configs = [
    ('python3', ['python3']),
    ('before', [before, 'run', '--jit=off']),
    ('hotpy', ['./target/release/hotpy', 'run', '--jit=off']),
    ('before jit', [before, 'run', '--jit=on']),
    ('hotpy jit', ['./target/release/hotpy', 'run', '--jit=on']),
]
runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5


def cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


print('| program | ' + ' | '.join(n for n, _ in configs) + ' |')
print('|---' * (len(configs) + 1) + '|')
for p in progs:
    times = {name: [] for name, _ in configs}
    failed = set()
    for _ in range(runs):
        for name, cmd in configs:
            if name in failed:
                continue
            s = cpu()
            d = subprocess.run(cmd + [f'benches/python/{p}.py'], capture_output=True)
            times[name].append(cpu() - s)
            if d.returncode != 0:
                # An older build may lack what a newer benchmark uses: its cell says so.
                assert name == 'python3' or not name.startswith('hotpy'), (cmd, d.stderr[-300:])
                failed.add(name)
    base = statistics.median(times['python3'])
    cells = []
    for name, _ in configs:
        if name in failed:
            cells.append('fails')
            continue
        t = statistics.median(times[name])
        cells.append(f'{t:.3f} s' + ('' if name == 'python3' else f' ({t / base:.2f}x)'))
    print(f'| {p}.py | ' + ' | '.join(cells) + ' |')
