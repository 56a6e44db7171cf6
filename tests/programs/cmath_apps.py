"""cmath in use: roots of quadratics, a radix-2 FFT of a short signal (checked against
the direct DFT), Mandelbrot membership on a coarse grid, roots of unity, the cube roots
of a complex number, and an RC low-pass filter's frequency response."""
import cmath
import math


def quadratic_roots(a, b, c):
    """Both roots of a*x**2 + b*x + c, avoiding cancellation: q = -(b + d)/2 with the sign
    of the discriminant's root d chosen so that b and d do not cancel."""
    b = complex(b)
    d = cmath.sqrt(b * b - 4 * a * c)
    if (b.conjugate() * d).real < 0:
        d = -d
    q = -(b + d) / 2
    return q / a, c / q


print("quadratic roots")
for coeffs in [(1, -3, 2), (1, 2, 5), (1, 0, 1), (2, 1, 3), (1, -2, 1), (1, 1e8, 1),
               (1j, 2, 1 - 1j), (3, 4 + 2j, -5j)]:
    r1, r2 = quadratic_roots(*coeffs)
    a, b, c = coeffs
    residual = max(abs(a * r * r + b * r + c) for r in (r1, r2))
    print("  %r: %r %r  small residual: %s" % (coeffs, r1, r2, residual < 1e-6 * max(1, abs(b) ** 2)))


def fft(xs):
    """Recursive radix-2 Cooley-Tukey FFT (len(xs) a power of two)."""
    n = len(xs)
    if n == 1:
        return list(xs)
    even, odd = fft(xs[0::2]), fft(xs[1::2])
    out = [0j] * n
    for k in range(n // 2):
        t = cmath.exp(-2j * cmath.pi * k / n) * odd[k]
        out[k] = even[k] + t
        out[k + n // 2] = even[k] - t
    return out


def dft(xs):
    n = len(xs)
    return [sum(x * cmath.rect(1, -2 * math.pi * k * j / n) for j, x in enumerate(xs))
            for k in range(n)]


print("FFT of a 16-sample signal: 3 cycles (amplitude 2) + 5 cycles (amplitude 0.5) + offset 1")
signal = [1 + 2 * math.cos(2 * math.pi * 3 * t / 16) + 0.5 * math.sin(2 * math.pi * 5 * t / 16)
          for t in range(16)]
spectrum = fft(signal)
direct = dft(signal)
for k, (f, d) in enumerate(zip(spectrum, direct)):
    mag, ph = cmath.polar(f)
    print("  bin %2d: |X|=%8.4f phase=%7.4f  %r  matches DFT: %s"
          % (k, mag, ph if mag > 1e-9 else 0.0, f, cmath.isclose(f, d, abs_tol=1e-9)))
back = [x.conjugate() / 16 for x in fft([y.conjugate() for y in spectrum])]
print("  inverse FFT recovers the signal:",
      all(cmath.isclose(b, s, abs_tol=1e-12) for b, s in zip(back, signal)))
print("  first samples back:", back[:3])


def mandelbrot_escape(c, limit=60):
    z = 0j
    for i in range(limit):
        z = z * z + c
        if abs(z) > 2:
            return i
    return limit


print("Mandelbrot set (# inside, digits = escape iteration / 6)")
for row in range(-10, 11, 2):
    line = ""
    for col in range(-40, 21):
        n = mandelbrot_escape(complex(col / 20, row / 10))
        line += "#" if n == 60 else str(n // 6)
    print("  " + line)

print("roots of unity and cube roots")
for n in (3, 5, 8):
    roots = [cmath.exp(2j * cmath.pi * k / n) for k in range(n)]
    print("  n=%d: %s" % (n, ", ".join("%.6f%+.6fj" % (r.real, r.imag) for r in roots)))
    print("    sum ~ 0: %s, each root**n ~ 1: %s" % (
        cmath.isclose(sum(roots), 0, abs_tol=1e-12),
        all(cmath.isclose(r ** n, 1) for r in roots)))
w = -8 + 8j
principal = cmath.exp(cmath.log(w) / 3)
for k in range(3):
    r = principal * cmath.rect(1, 2 * math.pi * k / 3)
    print("  cube root %d of %r: %r  cubed: %r" % (k, w, r, r ** 3))

print("RC low-pass filter, R=1k, C=1u: H(f) = 1 / (1 + 2j*pi*f*R*C)")
for f in (10, 100, 159.15494309189535, 1000, 10000):
    h = 1 / (1 + 2j * cmath.pi * f * 1e3 * 1e-6)
    gain_db = 20 * math.log10(abs(h))
    print("  f=%10.3f Hz: gain %7.3f dB, phase %8.3f deg, log10(H)=%r"
          % (f, gain_db, math.degrees(cmath.phase(h)), cmath.log10(h)))
