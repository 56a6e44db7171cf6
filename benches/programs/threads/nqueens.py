# N-queens solutions counted by N threads (argv[1], default 1), each taking the first-row
# positions k, k+T, ...: independent work with recursion and lists.
import sys
import threading

N = 10


def solve(row, cols, diag1, diag2):
    if row == N:
        return 1
    count = 0
    for c in range(N):
        if c in cols or (row + c) in diag1 or (row - c) in diag2:
            continue
        cols.add(c)
        diag1.add(row + c)
        diag2.add(row - c)
        count += solve(row + 1, cols, diag1, diag2)
        cols.discard(c)
        diag1.discard(row + c)
        diag2.discard(row - c)
    return count


def worker(first, step, results):
    total = 0
    for c in range(first, N, step):
        for _ in range(6):
            total += solve(1, {c}, {c}, {-c})
    results.append(total)


def main(threads):
    results = []
    ts = [threading.Thread(target=worker, args=(k, threads, results)) for k in range(threads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(sum(results) // 6)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
