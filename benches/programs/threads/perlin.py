# Improved Perlin (gradient) noise, 2D and 3D with several octaves, over a grid whose rows are
# split between N threads (argv[1], default 1): independent floating-point work with list
# indexing and small function calls. The permutation table comes from a fixed LCG, so the
# checksum of the quantized noise values is the same for any thread count.
import math
import sys
import threading

WIDTH = 240
HEIGHT = 180
OCTAVES = 4


def permutation(seed):
    # Fisher-Yates shuffle of 0..255 driven by a 31-bit LCG, doubled to avoid wrapping indices.
    p = list(range(256))
    state = seed
    for i in range(255, 0, -1):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        j = state % (i + 1)
        p[i], p[j] = p[j], p[i]
    return p + p


PERM = permutation(2024)


def fade(t):
    return t * t * t * (t * (t * 6.0 - 15.0) + 10.0)


def lerp(t, a, b):
    return a + t * (b - a)


def grad3(h, x, y, z):
    h &= 15
    u = x if h < 8 else y
    if h < 4:
        v = y
    elif h == 12 or h == 14:
        v = x
    else:
        v = z
    return (u if h & 1 == 0 else -u) + (v if h & 2 == 0 else -v)


def grad2(h, x, y):
    h &= 7
    u = x if h < 4 else y
    v = y if h < 4 else x
    return (u if h & 1 == 0 else -u) + (2.0 * v if h & 2 == 0 else -2.0 * v)


def noise3(x, y, z):
    p = PERM
    fx = math.floor(x)
    fy = math.floor(y)
    fz = math.floor(z)
    X = int(fx) & 255
    Y = int(fy) & 255
    Z = int(fz) & 255
    x -= fx
    y -= fy
    z -= fz
    u = fade(x)
    v = fade(y)
    w = fade(z)
    A = p[X] + Y
    AA = p[A] + Z
    AB = p[A + 1] + Z
    B = p[X + 1] + Y
    BA = p[B] + Z
    BB = p[B + 1] + Z
    return lerp(w,
                lerp(v,
                     lerp(u, grad3(p[AA], x, y, z), grad3(p[BA], x - 1, y, z)),
                     lerp(u, grad3(p[AB], x, y - 1, z), grad3(p[BB], x - 1, y - 1, z))),
                lerp(v,
                     lerp(u, grad3(p[AA + 1], x, y, z - 1), grad3(p[BA + 1], x - 1, y, z - 1)),
                     lerp(u, grad3(p[AB + 1], x, y - 1, z - 1),
                          grad3(p[BB + 1], x - 1, y - 1, z - 1))))


def noise2(x, y):
    p = PERM
    fx = math.floor(x)
    fy = math.floor(y)
    X = int(fx) & 255
    Y = int(fy) & 255
    x -= fx
    y -= fy
    u = fade(x)
    v = fade(y)
    A = p[X] + Y
    B = p[X + 1] + Y
    return lerp(v,
                lerp(u, grad2(p[A], x, y), grad2(p[B], x - 1, y)),
                lerp(u, grad2(p[A + 1], x, y - 1), grad2(p[B + 1], x - 1, y - 1)))


def fractal(x, y, z):
    total = 0.0
    amplitude = 1.0
    frequency = 1.0
    for _ in range(OCTAVES):
        total += amplitude * noise3(x * frequency, y * frequency, z * frequency)
        total += 0.5 * amplitude * noise2(x * frequency + 17.3, y * frequency - 4.1)
        amplitude *= 0.5
        frequency *= 2.0
    return total


def rows(first, step, out):
    for j in range(first, HEIGHT, step):
        y = j * 0.0625 - 3.3
        checksum = 0
        positive = 0
        for i in range(WIDTH):
            x = i * 0.0625 + 1.7
            v = fractal(x, y, 0.37 * x - 0.21 * y + 0.5)
            q = round(v * 1000)
            checksum += q
            if q > 0:
                positive += 1
        out.append((j, checksum, positive))


def main(threads):
    out = []
    workers = [threading.Thread(target=rows, args=(k, threads, out)) for k in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    out.sort()
    assert [j for j, _, _ in out] == list(range(HEIGHT))
    digest = 0
    for j, c, _ in out:
        digest = (digest * 1000003 + c) % 2147483647
    print(sum(c for _, c, _ in out), sum(n for _, _, n in out), digest)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
