"""Mathematical functions for complex numbers: hotpy's `cmath`, in pure Python.

This reproduces CPython's cmath module (Modules/cmathmodule.c) result for result:

* the same numerically careful formulas: a scaled, hypot-based square root; Kahan's
  formulas for the inverse functions, built on that square root, which give the right
  branch cuts and signs of zero; rewrites near overflow and underflow;
* the C99 Annex G special values when a part is infinite or a NaN, as 7x7 tables indexed
  by the kind of the real and imaginary parts (see `_table`);
* `ValueError: math domain error` and `OverflowError: math range error` where CPython
  raises them;
* CPython's argument conversion: complex, float, int, or an object with `__complex__`,
  `__float__` or `__index__`.

The work is done on pairs of floats: the `_`-prefixed helpers take and return
`(re, im)`, and the public functions build a `complex` only at the end. The real
functions come from `math` (named with an `_r` suffix here), except two that are written
out because hotpy's `math` versions are not bit-identical to the C library's, which
CPython's cmath calls: `_hypot` (glibc 2.35+'s hypot; hotpy's math.hypot is a plain
sqrt(x*x + y*y)) and `_asinh` (glibc's asinh; hotpy's is Rust's). With those, results
match CPython 3.11 on Linux/glibc bit for bit.
"""

import math as _math


pi = _math.pi
e = _math.e
tau = _math.tau
inf = _math.inf
nan = _math.nan
infj = complex(0.0, inf)
nanj = complex(0.0, nan)

_sqrt_r, _log_r, _log1p_r, _exp_r = _math.sqrt, _math.log, _math.log1p, _math.exp
_cos_r, _sin_r, _tan_r = _math.cos, _math.sin, _math.tan
_cosh_r, _sinh_r, _tanh_r = _math.cosh, _math.sinh, _math.tanh
_atan2, _copysign, _ldexp = _math.atan2, _math.copysign, _math.ldexp
_isfinite, _isinf = _math.isfinite, _math.isinf

_LN2 = 0.6931471805599453
_LN10 = 2.302585092994046
_DBL_MIN = 2.2250738585072014e-308
_LARGE = 1.7976931348623157e308 / 4.0      # beyond this, squaring may overflow
_SQRT_LARGE = _sqrt_r(_LARGE)
_LOG_LARGE = _log_r(_LARGE)                # beyond this, exp and cosh may overflow
_SQRT_DBL_MIN = _sqrt_r(_DBL_MIN)
_MISSING = object()


def _domain_error():
    return ValueError("math domain error")


def _range_error():
    return OverflowError("math range error")


# ----- the C library functions hotpy's math does not match bit for bit -----

def _hypot_kernel(ax, ay):
    """sqrt(ax*ax + ay*ay) for ax >= ay > 0 with squares in range, corrected for the
    rounding of the first square root (Borges' algorithm, as glibc)."""
    h = _sqrt_r(ax * ax + ay * ay)
    if h <= 2.0 * ay:
        delta = h - ay
        t1 = ax * (2.0 * delta - ax)
        t2 = (delta - 2.0 * (ax - ay)) * delta
    else:
        delta = h - ax
        t1 = 2.0 * delta * (ax - 2.0 * ay)
        t2 = (4.0 * delta - ay) * ay + delta * delta
    return h - (t1 + t2) / (2.0 * h)


_HYPOT_BIG = 2.0 ** 511       # above this, squares may overflow: scale by 2**-600
_HYPOT_TINY = 2.0 ** -459     # below this, squares may underflow: scale by 2**600
_HYPOT_SCALE = 2.0 ** -600
_HYPOT_EPS = 2.0 ** -54       # a part this much smaller than the other is negligible


def _hypot(x, y):
    """glibc's hypot: sqrt(x*x + y*y) without intermediate overflow or underflow."""
    if _isinf(x) or _isinf(y):
        return inf
    if x != x or y != y:
        return nan
    x, y = abs(x), abs(y)
    ax, ay = (y, x) if x < y else (x, y)
    if ax > _HYPOT_BIG:
        if ay <= ax * _HYPOT_EPS:
            return ax + ay
        return _hypot_kernel(ax * _HYPOT_SCALE, ay * _HYPOT_SCALE) / _HYPOT_SCALE
    if ay < _HYPOT_TINY:
        if ax >= ay / _HYPOT_EPS:
            return ax + ay
        return _hypot_kernel(ax / _HYPOT_SCALE, ay / _HYPOT_SCALE) * _HYPOT_SCALE
    if ay <= ax * _HYPOT_EPS:
        return ax + ay
    return _hypot_kernel(ax, ay)


# glibc's asinh picks its formula by comparing the top 32 bits of |x| with those of
# 2**-28, 2**28 and 2.0; as comparisons of whole doubles these become:
_ASINH_TINY = 2.0 ** -28
_ASINH_HUGE = 2.0 ** 28 + 2.0 ** 8
_ASINH_TWO = 2.0 + 2.0 ** -19


def _asinh(x):
    """glibc's real asinh (fdlibm's algorithm)."""
    xa = abs(x)
    if xa < _ASINH_TINY or not _isfinite(x):
        return x
    if xa >= _ASINH_HUGE:
        w = _log_r(xa) + _LN2
    elif xa >= _ASINH_TWO:
        w = _log_r(2.0 * xa + 1.0 / (_sqrt_r(xa * xa + 1.0) + xa))
    else:
        t = xa * xa
        w = _log1p_r(xa + t / (1.0 + _sqrt_r(1.0 + t)))
    return _copysign(w, x)


# ----- special values -----

_CODES = {"N": nan, "0": 0.0, "z": -0.0, "I": inf, "J": -inf, "P": pi, "Q": -pi,
          "H": pi / 2, "h": -pi / 2, "F": pi / 4, "f": -pi / 4, "T": 0.75 * pi,
          "t": -0.75 * pi, "1": 1.0, "m": -1.0, ".": nan}


def _table(*rows):
    """A special-value table: rows by the kind of the real part, columns by the kind of
    the imaginary part, in the order -inf, negative, -0, +0, positive, +inf, nan (see
    `_kind`). Each entry is two letters for the result's real and imaginary parts: N nan,
    0 / z +0 / -0, I / J +inf / -inf, P / Q +pi / -pi, H / h +-pi/2, F / f +-pi/4,
    T / t +-3pi/4, 1 / m +1 / -1. `..` marks entries not taken from the table (both
    parts finite, computed by formula, or an error)."""
    return [[(_CODES[entry[0]], _CODES[entry[1]]) for entry in row.split()] for row in rows]


def _kind(x):
    """The index of x's row or column in a special-value table."""
    if x != x:
        return 6
    if x == 0.0:
        return 3 if _copysign(1.0, x) > 0.0 else 2
    if _isinf(x):
        return 5 if x > 0.0 else 0
    return 4 if x > 0.0 else 1


def _special(table, x, y):
    return table[_kind(x)][_kind(y)]


_ACOS_SPECIAL = _table(
    "TI PI PI PJ PJ TJ NI", "HI .. .. .. .. HJ NN", "HI .. .. .. .. HJ HN",
    "HI .. .. .. .. HJ HN", "HI .. .. .. .. HJ NN", "FI 0I 0I 0J 0J FJ NI",
    "NI NN NN NN NN NJ NN")
_ACOSH_SPECIAL = _table(
    "It IQ IQ IP IP IT IN", "Ih .. .. .. .. IH NN", "Ih .. .. .. .. IH NN",
    "Ih .. .. .. .. IH NN", "Ih .. .. .. .. IH NN", "If Iz Iz I0 I0 IF IN",
    "IN NN NN NN NN IN NN")
_ASINH_SPECIAL = _table(
    "Jf Jz Jz J0 J0 JF JN", "Jh .. .. .. .. JH NN", "Jh .. .. .. .. JH NN",
    "Ih .. .. .. .. IH NN", "Ih .. .. .. .. IH NN", "If Iz Iz I0 I0 IF IN",
    "IN NN Nz N0 NN IN NN")
_ATANH_SPECIAL = _table(
    "zh zh zh zH zH zH zN", "zh .. .. .. .. zH NN", "zh .. .. .. .. zH zN",
    "0h .. .. .. .. 0H 0N", "0h .. .. .. .. 0H NN", "0h 0h 0h 0H 0H 0H 0N",
    "0h NN NN NN NN 0H NN")
_LOG_SPECIAL = _table(
    "It IQ IQ IP IP IT IN", "Ih .. .. .. .. IH NN", "Ih .. .. .. .. IH NN",
    "Ih .. .. .. .. IH NN", "Ih .. .. .. .. IH NN", "If Iz Iz I0 I0 IF IN",
    "IN NN NN NN NN IN NN")
_SQRT_SPECIAL = _table(
    "IJ 0J 0J 0I 0I II NI", "IJ .. .. .. .. II NN", "IJ .. .. .. .. II NN",
    "IJ .. .. .. .. II NN", "IJ .. .. .. .. II NN", "IJ Iz Iz I0 I0 II IN",
    "IJ NN NN NN NN II NN")
_COSH_SPECIAL = _table(
    ".. .. I0 Iz .. .. IN", ".. .. .. .. .. .. NN", ".. .. .. .. .. .. N0",
    ".. .. .. .. .. .. N0", ".. .. .. .. .. .. NN", ".. .. Iz I0 .. .. IN",
    "NN NN N0 N0 NN NN NN")
_SINH_SPECIAL = _table(
    ".. .. Jz J0 .. .. IN", ".. .. .. .. .. .. NN", ".. .. .. .. .. .. 0N",
    ".. .. .. .. .. .. 0N", ".. .. .. .. .. .. NN", ".. .. Iz I0 .. .. IN",
    "NN NN Nz N0 NN NN NN")
_EXP_SPECIAL = _table(
    "00 .. 0z 00 .. 00 00", ".. .. .. .. .. .. NN", ".. .. .. .. .. .. NN",
    ".. .. .. .. .. .. NN", ".. .. .. .. .. .. NN", ".. .. Iz I0 .. .. IN",
    "NN NN Nz N0 NN NN NN")
_TANH_SPECIAL = _table(
    "m0 .. mz m0 .. m0 m0", ".. .. .. .. .. .. NN", ".. .. .. .. .. .. NN",
    ".. .. .. .. .. .. NN", ".. .. .. .. .. .. NN", "10 .. 1z 10 .. 10 10",
    "NN NN Nz N0 NN NN NN")
_RECT_SPECIAL = _table(
    ".. .. J0 Jz .. .. IN", ".. .. .. .. .. .. NN", "00 .. .. .. .. 00 00",
    "00 .. .. .. .. 00 00", ".. .. .. .. .. .. NN", ".. .. Iz I0 .. .. IN",
    "NN NN N0 N0 NN NN NN")


# ----- arguments -----

def _type_name(v):
    return type(v).__name__


def _int_to_float(n):
    try:
        return float(int(n))
    except OverflowError:
        raise OverflowError("int too large to convert to float") from None


def _real_arg(x):
    """A real argument as a float, as CPython's PyFloat_AsDouble: a float, or the result
    of __float__ (which must be a float), or else of __index__."""
    if type(x) is float:
        return x
    if isinstance(x, float):
        return float.__float__(x)
    if type(x) is int or type(x) is bool:
        return _int_to_float(x)
    convert = getattr(type(x), "__float__", None)
    if convert is not None:
        result = convert(x)
        if not isinstance(result, float):
            raise TypeError("%s.__float__ returned non-float (type %s)"
                            % (_type_name(x), _type_name(result)))
        return float.__float__(result)
    index = getattr(type(x), "__index__", None)
    if index is not None:
        result = index(x)
        if not isinstance(result, int):
            raise TypeError("__index__ returned non-int (type %s)" % _type_name(result))
        return _int_to_float(result)
    raise TypeError("must be real number, not %s" % _type_name(x))


def _parts(z):
    """A complex argument as (real, imag) floats, as CPython's PyComplex_AsCComplex: a
    complex, or the result of __complex__ (which must be a complex), or a real number."""
    if isinstance(z, complex):
        return z.real, z.imag
    if type(z) is float:
        return z, 0.0
    convert = getattr(type(z), "__complex__", None)
    if convert is not None:
        result = convert(z)
        if not isinstance(result, complex):
            raise TypeError("__complex__ returned non-complex (type %s)"
                            % _type_name(result))
        return result.real, result.imag
    return _real_arg(z), 0.0


def _abs(x, y):
    """abs(x + yj), inf if a part is infinite, nan if one is a NaN."""
    if _isinf(x) or _isinf(y):
        return inf
    if x != x or y != y:
        return nan
    return _hypot(x, y)


def _quot(a, b, c, d):
    """(a+bj) / (c+dj) as CPython's _Py_c_quot, but None when dividing by zero."""
    abs_c, abs_d = abs(c), abs(d)
    if abs_c >= abs_d:
        if abs_c == 0.0:
            return None
        ratio = d / c
        denom = c + d * ratio
        return (a + b * ratio) / denom, (b - a * ratio) / denom
    if abs_d >= abs_c:
        ratio = c / d
        denom = c * ratio + d
        return (a * ratio + b) / denom, (b * ratio - a) / denom
    return nan, nan


# ----- the functions on (re, im) pairs -----

def _sqrt(x, y):
    if not (_isfinite(x) and _isfinite(y)):
        return _special(_SQRT_SPECIAL, x, y)
    if x == 0.0 and y == 0.0:
        return 0.0, y
    ax, ay = abs(x), abs(y)
    if ax < _DBL_MIN and ay < _DBL_MIN:
        # hypot(ax, ay) may be subnormal: scale up by 2**53 first.
        ax = _ldexp(ax, 53)
        s = _ldexp(_sqrt_r(ax + _hypot(ax, _ldexp(ay, 53))), -27)
    else:
        ax /= 8.0
        s = 2.0 * _sqrt_r(ax + _hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if x >= 0.0:
        return s, _copysign(d, y)
    return d, _copysign(s, y)


def _log(x, y):
    """The natural logarithm, and whether it is a domain error (log of zero)."""
    if not (_isfinite(x) and _isfinite(y)):
        return _special(_LOG_SPECIAL, x, y), False
    ax, ay = abs(x), abs(y)
    if ax > _LARGE or ay > _LARGE:
        re = _log_r(_hypot(ax / 2.0, ay / 2.0)) + _LN2
    elif ax < _DBL_MIN and ay < _DBL_MIN:
        if ax > 0.0 or ay > 0.0:
            # hypot(ax, ay) may be subnormal: scale up by 2**53 first.
            re = _log_r(_hypot(_ldexp(ax, 53), _ldexp(ay, 53))) - 53 * _LN2
        else:
            return (-inf, _atan2(y, x)), True
    else:
        h = _hypot(ax, ay)
        if 0.71 <= h <= 1.73:
            big, small = (ax, ay) if ax > ay else (ay, ax)
            re = _log1p_r((big - 1.0) * (big + 1.0) + small * small) / 2.0
        else:
            re = _log_r(h)
    return (re, _atan2(y, x)), False


def _exp(x, y):
    if not (_isfinite(x) and _isfinite(y)):
        if _isinf(x) and _isfinite(y) and y != 0.0:
            if x > 0.0:
                result = _copysign(inf, _cos_r(y)), _copysign(inf, _sin_r(y))
            else:
                result = _copysign(0.0, _cos_r(y)), _copysign(0.0, _sin_r(y))
        else:
            result = _special(_EXP_SPECIAL, x, y)
        if _isinf(y) and (_isfinite(x) or x == inf):
            raise _domain_error()
        return result
    if x > _LOG_LARGE:
        scale = _exp_r(x - 1.0)      # an OverflowError here is cmath's too
        re, im = scale * _cos_r(y) * e, scale * _sin_r(y) * e
    else:
        scale = _exp_r(x)
        re, im = scale * _cos_r(y), scale * _sin_r(y)
    if _isinf(re) or _isinf(im):
        raise _range_error()
    return re, im


def _cosh(x, y):
    if not (_isfinite(x) and _isfinite(y)):
        if _isinf(x) and _isfinite(y) and y != 0.0:
            re = _copysign(inf, _cos_r(y))
            im = _copysign(inf, _sin_r(y))
            result = (re, im) if x > 0.0 else (re, -im)
        else:
            result = _special(_COSH_SPECIAL, x, y)
        if _isinf(y) and x == x:
            raise _domain_error()
        return result
    if abs(x) > _LOG_LARGE:
        # cosh(x) overflows where cosh(x + yj) may not: use cosh(x - 1) * e.
        x1 = x - _copysign(1.0, x)
        re, im = _cos_r(y) * _cosh_r(x1) * e, _sin_r(y) * _sinh_r(x1) * e
    else:
        re, im = _cos_r(y) * _cosh_r(x), _sin_r(y) * _sinh_r(x)
    if _isinf(re) or _isinf(im):
        raise _range_error()
    return re, im


def _sinh(x, y):
    if not (_isfinite(x) and _isfinite(y)):
        if _isinf(x) and _isfinite(y) and y != 0.0:
            re = _copysign(inf, _cos_r(y))
            im = _copysign(inf, _sin_r(y))
            result = (re, im) if x > 0.0 else (-re, im)
        else:
            result = _special(_SINH_SPECIAL, x, y)
        if _isinf(y) and x == x:
            raise _domain_error()
        return result
    if abs(x) > _LOG_LARGE:
        x1 = x - _copysign(1.0, x)
        re, im = _cos_r(y) * _sinh_r(x1) * e, _sin_r(y) * _cosh_r(x1) * e
    else:
        re, im = _cos_r(y) * _sinh_r(x), _sin_r(y) * _cosh_r(x)
    if _isinf(re) or _isinf(im):
        raise _range_error()
    return re, im


def _tanh(x, y):
    if not (_isfinite(x) and _isfinite(y)):
        if _isinf(x) and _isfinite(y) and y != 0.0:
            result = _copysign(1.0, x), _copysign(0.0, 2.0 * _sin_r(y) * _cos_r(y))
        else:
            result = _special(_TANH_SPECIAL, x, y)
        if _isinf(y) and _isfinite(x):
            raise _domain_error()
        return result
    if abs(x) > _LOG_LARGE:
        return _copysign(1.0, x), 4.0 * _sin_r(y) * _cos_r(y) * _exp_r(-2.0 * abs(x))
    tx = _tanh_r(x)
    ty = _tan_r(y)
    cx = 1.0 / _cosh_r(x)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx


def _acos(x, y):
    if not (_isfinite(x) and _isfinite(y)):
        return _special(_ACOS_SPECIAL, x, y)
    if abs(x) > _LARGE or abs(y) > _LARGE:
        re = _atan2(abs(y), x)
        log_abs = _log_r(_hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0
        im = -_copysign(log_abs, y) if x < 0.0 else _copysign(log_abs, -y)
        return re, im
    s1r, s1i = _sqrt(1.0 - x, -y)
    s2r, s2i = _sqrt(1.0 + x, y)
    return 2.0 * _atan2(s1r, s2r), _asinh(s2r * s1i - s2i * s1r)


def _acosh(x, y):
    if not (_isfinite(x) and _isfinite(y)):
        return _special(_ACOSH_SPECIAL, x, y)
    if abs(x) > _LARGE or abs(y) > _LARGE:
        return _log_r(_hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, _atan2(y, x)
    s1r, s1i = _sqrt(x - 1.0, y)
    s2r, s2i = _sqrt(x + 1.0, y)
    return _asinh(s1r * s2r + s1i * s2i), 2.0 * _atan2(s1i, s2r)


def _asinh_c(x, y):
    if not (_isfinite(x) and _isfinite(y)):
        return _special(_ASINH_SPECIAL, x, y)
    if abs(x) > _LARGE or abs(y) > _LARGE:
        log_abs = _log_r(_hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0
        re = _copysign(log_abs, x) if y >= 0.0 else -_copysign(log_abs, -x)
        return re, _atan2(y, abs(x))
    s1r, s1i = _sqrt(1.0 + y, -x)
    s2r, s2i = _sqrt(1.0 - y, x)
    return _asinh(s1r * s2i - s2r * s1i), _atan2(y, s1r * s2r - s1i * s2i)


def _atanh(x, y):
    if not (_isfinite(x) and _isfinite(y)):
        return _special(_ATANH_SPECIAL, x, y)
    if x < 0.0:
        # atanh(z) = -atanh(-z)
        re, im = _atanh(-x, -y)
        return -re, -im
    ay = abs(y)
    if x > _SQRT_LARGE or ay > _SQRT_LARGE:
        # For large z, atanh(z) ~ 1/z +- pi/2 j.
        h = _hypot(x / 2.0, y / 2.0)
        return x / 4.0 / h / h, -_copysign(pi / 2.0, -y)
    if x == 1.0 and ay < _SQRT_DBL_MIN:
        if ay == 0.0:
            raise _domain_error()
        return (-_log_r(_sqrt_r(ay) / _sqrt_r(_hypot(ay, 2.0))),
                _copysign(_atan2(2.0, -ay) / 2.0, y))
    one_minus = 1.0 - x
    re = _log1p_r(4.0 * x / (one_minus * one_minus + ay * ay)) / 4.0
    im = -_atan2(-2.0 * y, one_minus * (1.0 + x) - ay * ay) / 2.0
    return re, im


# ----- the module's functions -----

def sqrt(z, /):
    """Return the square root of z."""
    return complex(*_sqrt(*_parts(z)))


def exp(z, /):
    """Return the exponential value e**z."""
    return complex(*_exp(*_parts(z)))


def log(z, base=_MISSING, /):
    """log(z[, base]) -> the logarithm of z to the given base.

If the base is not specified, returns the natural logarithm (base e) of z."""
    x, y = _parts(z)
    (re, im), error = _log(x, y)
    if base is not _MISSING:
        base_re, base_im = _parts(base)
        # As CPython: only the base's logarithm decides the domain error.
        (log_base_re, log_base_im), error = _log(base_re, base_im)
        quotient = _quot(re, im, log_base_re, log_base_im)
        if quotient is None:
            raise _domain_error()
        re, im = quotient
    if error:
        raise _domain_error()
    return complex(re, im)


def log10(z, /):
    """Return the base-10 logarithm of z."""
    (re, im), error = _log(*_parts(z))
    if error:
        raise _domain_error()
    return complex(re / _LN10, im / _LN10)


def acos(z, /):
    """Return the arc cosine of z."""
    return complex(*_acos(*_parts(z)))


def acosh(z, /):
    """Return the inverse hyperbolic cosine of z."""
    return complex(*_acosh(*_parts(z)))


def asin(z, /):
    """Return the arc sine of z."""
    x, y = _parts(z)
    re, im = _asinh_c(-y, x)       # asin(z) = -i asinh(iz)
    return complex(im, -re)


def asinh(z, /):
    """Return the inverse hyperbolic sine of z."""
    return complex(*_asinh_c(*_parts(z)))


def atan(z, /):
    """Return the arc tangent of z."""
    x, y = _parts(z)
    re, im = _atanh(-y, x)         # atan(z) = -i atanh(iz)
    return complex(im, -re)


def atanh(z, /):
    """Return the inverse hyperbolic tangent of z."""
    return complex(*_atanh(*_parts(z)))


def cos(z, /):
    """Return the cosine of z."""
    x, y = _parts(z)
    return complex(*_cosh(-y, x))  # cos(z) = cosh(iz)


def cosh(z, /):
    """Return the hyperbolic cosine of z."""
    return complex(*_cosh(*_parts(z)))


def sin(z, /):
    """Return the sine of z."""
    x, y = _parts(z)
    re, im = _sinh(-y, x)          # sin(z) = -i sinh(iz)
    return complex(im, -re)


def sinh(z, /):
    """Return the hyperbolic sine of z."""
    return complex(*_sinh(*_parts(z)))


def tan(z, /):
    """Return the tangent of z."""
    x, y = _parts(z)
    re, im = _tanh(-y, x)          # tan(z) = -i tanh(iz)
    return complex(im, -re)


def tanh(z, /):
    """Return the hyperbolic tangent of z."""
    return complex(*_tanh(*_parts(z)))


def phase(z, /):
    """Return argument, also known as the phase angle, of a complex."""
    x, y = _parts(z)
    phi = _atan2(y, x)
    if phi == 0.0 and y != 0.0 and _isfinite(x):
        # CPython reports the C library's underflow to zero (glibc sets ERANGE).
        raise _range_error()
    return phi


def polar(z, /):
    """Convert a complex from rectangular coordinates to polar coordinates.

r is the distance from 0 and phi the phase angle."""
    x, y = _parts(z)
    phi = _atan2(y, x)
    r = _abs(x, y)
    if _isinf(r) and _isfinite(x) and _isfinite(y):
        raise _range_error()
    return r, phi


def rect(r, phi, /):
    """Convert from polar coordinates to rectangular coordinates."""
    r, phi = _real_arg(r), _real_arg(phi)
    if not (_isfinite(r) and _isfinite(phi)):
        if _isinf(r) and _isfinite(phi) and phi != 0.0:
            re = _copysign(inf, _cos_r(phi))
            im = _copysign(inf, _sin_r(phi))
            result = (re, im) if r > 0.0 else (-re, -im)
        else:
            result = _special(_RECT_SPECIAL, r, phi)
        if r != 0.0 and r == r and _isinf(phi):
            raise _domain_error()
        return complex(*result)
    if phi == 0.0:
        return complex(r, r * phi)     # exact, keeping the sign of a zero phi
    return complex(r * _cos_r(phi), r * _sin_r(phi))


def isfinite(z, /):
    """Return True if both the real and imaginary parts of z are finite, else False."""
    x, y = _parts(z)
    return _isfinite(x) and _isfinite(y)


def isinf(z, /):
    """Checks if the real or imaginary part of z is infinite."""
    x, y = _parts(z)
    return _isinf(x) or _isinf(y)


def isnan(z, /):
    """Checks if the real or imaginary part of z not a number (NaN)."""
    x, y = _parts(z)
    return x != x or y != y


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    """Determine whether two complex numbers are close in value.

  rel_tol
    maximum difference for being considered "close", relative to the
    magnitude of the input values
  abs_tol
    maximum difference for being considered "close", regardless of the
    magnitude of the input values

Return True if a is close in value to b, and False otherwise.

For the values to be considered close, the difference between them must be
smaller than at least one of the tolerances.

-inf, inf and NaN behave similarly to the IEEE 754 Standard. That is, NaN is
not close to anything, even itself. inf and -inf are only close to themselves."""
    ax, ay = _parts(a)
    bx, by = _parts(b)
    rel_tol, abs_tol = _real_arg(rel_tol), _real_arg(abs_tol)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError("tolerances must be non-negative")
    if ax == bx and ay == by:
        return True
    if _isinf(ax) or _isinf(ay) or _isinf(bx) or _isinf(by):
        return False
    diff = _abs(ax - bx, ay - by)
    return (diff <= rel_tol * _abs(bx, by) or diff <= rel_tol * _abs(ax, ay)
            or diff <= abs_tol)
