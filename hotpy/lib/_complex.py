"""hotpy's `complex`: the builtin complex number type, written in Python over float
arithmetic with CPython's algorithms (Smith-style division, integer powers by repeated
squaring, polar powers otherwise), its repr, hash, parsing and error messages. The
`builtins` module takes `complex` from here; the compiler makes imaginary literals (`2j`)
by calling it. (This file must not contain an imaginary literal.)"""

import math as _math

_HASH_IMAG = 1000003
_HASH_MODULUS = 1 << 64


def _type_name(v):
    return type(v).__name__


def _real_part(v, what):
    """A float from a real number argument of the constructor, or None if `v` is complex."""
    if isinstance(v, complex):
        return None
    if isinstance(v, float):
        return float(v)
    if isinstance(v, int):
        return float(v)
    f = getattr(type(v), "__float__", None)
    if f is not None:
        result = f(v)
        if not isinstance(result, float):
            raise TypeError("%s.__float__ returned non-float (type %s)"
                            % (_type_name(v), _type_name(result)))
        return result
    i = getattr(type(v), "__index__", None)
    if i is not None:
        return float(i(v))
    raise TypeError(what % _type_name(v))


def _parse(text):
    """complex(str): CPython's grammar ([sign] real [sign imag j], or an imaginary part
    alone, optionally in parentheses, with surrounding whitespace and underscores)."""
    s = text.strip()
    if s.startswith("(") and s.endswith(")"):
        s = s[1:-1].strip()
    bad = ValueError("complex() arg is a malformed string")
    if "__" in s or s.startswith("_") or s.endswith("_"):
        raise ValueError("could not convert string to complex: %r" % text)
    if not s:
        raise bad
    if any(c.isspace() for c in s):
        raise bad

    def number(part):
        if part in ("", "+", "-"):
            return float(part + "1")
        if "_" in part:
            pieces = part.replace("e", " ").replace("E", " ").replace(".", " ").split()
            if any(p.startswith("_") or p.endswith("_") for p in pieces):
                raise bad
            part = part.replace("_", "")
        try:
            return float(part)
        except ValueError:
            raise bad from None

    if s[-1] in "jJ":
        body = s[:-1]
        # Split at the last sign that is not an exponent's.
        split = -1
        for i in range(len(body) - 1, 0, -1):
            if body[i] in "+-" and body[i - 1] not in "eE":
                split = i
                break
        if split < 0:
            return 0.0, number(body)
        return number(body[:split]), number(body[split:])
    if s.lower().endswith(("inf", "nan", "infinity")) or s[-1].isdigit() or s[-1] == ".":
        return number(s), 0.0
    raise bad


class complex:
    """Create a complex number from a real part and an optional imaginary part.

This is equivalent to (real + imag*1j) where imag defaults to 0."""

    __slots__ = ("_real", "_imag")

    def __new__(cls, real=0, imag=None):
        if isinstance(real, str):
            if imag is not None:
                raise TypeError("complex() can't take second arg if first is a string")
            re, im = _parse(real)
            return _make(cls, re, im)
        if isinstance(imag, str):
            raise TypeError("complex() second arg can't be a string")
        if cls is complex and type(real) is complex and imag is None:
            return real
        convert = getattr(type(real), "__complex__", None)
        if convert is not None and not isinstance(real, complex):
            value = convert(real)
            if not isinstance(value, complex):
                raise TypeError("__complex__ returned non-complex (type %s)" % _type_name(value))
            real = value
        real_is_complex = isinstance(real, complex)
        if real_is_complex:
            re, real_imag = real._real, real._imag
        else:
            re = _real_part(real, "complex() first argument must be a string or a number, "
                                  "not '%s'")
            real_imag = 0.0
        if imag is None:
            im = real_imag
        elif isinstance(imag, complex):
            re -= imag._imag
            im = imag._real + real_imag if real_is_complex else imag._real
        else:
            im = _real_part(imag, "complex() second argument must be a number, not '%s'")
            if real_is_complex:
                im += real_imag
        return _make(cls, re, im)

    @property
    def real(self):
        """the real part of a complex number"""
        return self._real

    @property
    def imag(self):
        """the imaginary part of a complex number"""
        return self._imag

    def conjugate(self):
        """Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j."""
        return _make(complex, self._real, -self._imag)

    def __getnewargs__(self):
        return (self._real, self._imag)

    def __complex__(self):
        return _make(complex, self._real, self._imag)

    # ----- repr, hash, truth -----

    def __repr__(self):
        re, im = self._real, self._imag
        if re == 0.0 and _math.copysign(1.0, re) == 1.0:
            return _short(im) + "j"
        sign = "-" if (im < 0 or (im == 0.0 and _math.copysign(1.0, im) < 0)) else "+"
        if im != im:
            sign = "+"
        return "(%s%s%sj)" % (_short(re), sign, _short(abs(im)) if im == im else "nan")

    __str__ = __repr__

    def __format__(self, spec):
        if not spec:
            return str(self)
        kind = spec[-1] if spec[-1].isalpha() else ""
        if kind and kind not in "eEfFgGn":
            raise ValueError("Unknown format code '%s' for object of type 'complex'" % kind)
        if "=" in spec.split(".")[0][:2]:
            raise ValueError("'=' alignment flag is not allowed in complex format specifier")
        head = spec[:-1] if kind else spec
        # Split off fill/align/width: they apply to the whole result.
        i = 0
        align = ""
        if len(head) >= 2 and head[1] in "<>^":
            align, i = head[:2], 2
        elif head[:1] in ("<", ">", "^"):
            align, i = head[:1], 1
        sign = ""
        if head[i:i + 1] in ("+", "-", " "):
            sign, i = head[i], i + 1
        alt = ""
        if head[i:i + 1] == "#":
            alt, i = "#", i + 1
        if head[i:i + 1] == "0":
            i += 1
        j = i
        while j < len(head) and head[j].isdigit():
            j += 1
        width = head[i:j]
        rest = head[j:]
        part_kind = kind or "r"
        if part_kind == "r":
            body = repr(self) if not rest else None
            if body is None:
                re = format(self._real, rest + "g")
                im = format(self._imag, "+" + rest + "g")
                body = "(%s%sj)" % (re, im) if self._real or _math.copysign(1, self._real) < 0 \
                    else im.lstrip("+") + "j"
            elif sign == "+" and not body.startswith(("(", "-")):
                body = "+" + body
        else:
            re = format(self._real, sign + alt + rest + part_kind)
            im = format(self._imag, "+" + alt + rest + part_kind)
            body = re + im + "j"
        return format(body, align + width)

    def __hash__(self):
        h = (hash(self._real) + _HASH_IMAG * hash(self._imag)) % _HASH_MODULUS
        if h >= _HASH_MODULUS // 2:
            h -= _HASH_MODULUS
        return -2 if h == -1 else h

    def __bool__(self):
        return self._real != 0.0 or self._imag != 0.0

    # ----- comparison -----

    def __eq__(self, other):
        if isinstance(other, complex):
            return self._real == other._real and self._imag == other._imag
        if isinstance(other, (int, float)):
            return self._imag == 0.0 and self._real == other
        return NotImplemented

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __lt__(self, other):
        return NotImplemented

    __le__ = __gt__ = __ge__ = __lt__

    # ----- arithmetic -----

    def __pos__(self):
        return _make(complex, self._real, self._imag)

    def __neg__(self):
        return _make(complex, -self._real, -self._imag)

    def __abs__(self):
        re, im = self._real, self._imag
        if _math.isinf(re) or _math.isinf(im):
            return _math.inf
        if re != re or im != im:
            return _math.nan
        result = _math.hypot(re, im)
        if _math.isinf(result):
            raise OverflowError("absolute value too large")
        return result

    def __add__(self, other):
        o = _coerce(other)
        if o is None:
            return NotImplemented
        return _make(complex, self._real + o[0], self._imag + o[1])

    __radd__ = __add__

    def __sub__(self, other):
        o = _coerce(other)
        if o is None:
            return NotImplemented
        return _make(complex, self._real - o[0], self._imag - o[1])

    def __rsub__(self, other):
        o = _coerce(other)
        if o is None:
            return NotImplemented
        return _make(complex, o[0] - self._real, o[1] - self._imag)

    def __mul__(self, other):
        o = _coerce(other)
        if o is None:
            return NotImplemented
        return _make(complex, *_mul(self._real, self._imag, o[0], o[1]))

    __rmul__ = __mul__

    def __truediv__(self, other):
        o = _coerce(other)
        if o is None:
            return NotImplemented
        return _make(complex, *_div(self._real, self._imag, o[0], o[1]))

    def __rtruediv__(self, other):
        o = _coerce(other)
        if o is None:
            return NotImplemented
        return _make(complex, *_div(o[0], o[1], self._real, self._imag))

    def __pow__(self, other, modulo=None):
        if modulo is not None:
            raise ValueError("complex modulo")
        o = _coerce(other)
        if o is None:
            return NotImplemented
        return _make(complex, *_pow(self._real, self._imag, o[0], o[1]))

    def __rpow__(self, other, modulo=None):
        if modulo is not None:
            raise ValueError("complex modulo")
        o = _coerce(other)
        if o is None:
            return NotImplemented
        return _make(complex, *_pow(o[0], o[1], self._real, self._imag))

    def __reduce__(self):
        return (complex, (self._real, self._imag))



def _make(cls, re, im):
    z = object.__new__(cls)
    object.__setattr__(z, "_real", re)
    object.__setattr__(z, "_imag", im)
    return z


def _short(x):
    """repr of a float part: no `.0` for integral values (CPython's 'r' format)."""
    text = repr(float(x))
    return text[:-2] if text.endswith(".0") else text


def _coerce(other):
    if isinstance(other, complex):
        return other._real, other._imag
    if isinstance(other, int):
        try:
            return float(other), 0.0
        except OverflowError:
            raise OverflowError("int too large to convert to float") from None
    if isinstance(other, float):
        return other, 0.0
    return None


def _mul(a, b, c, d):
    return a * c - b * d, a * d + b * c


def _div(a, b, c, d):
    """(a+bj) / (c+dj), as CPython's _Py_c_quot."""
    abs_c, abs_d = abs(c), abs(d)
    if abs_c >= abs_d:
        if abs_c == 0.0:
            raise ZeroDivisionError("complex division by zero")
        ratio = d / c
        denom = c + d * ratio
        return (a + b * ratio) / denom, (b - a * ratio) / denom
    if abs_d >= abs_c:
        ratio = c / d
        denom = c * ratio + d
        return (a * ratio + b) / denom, (b * ratio - a) / denom
    return _math.nan, _math.nan


def _pow(a, b, c, d):
    """(a+bj) ** (c+dj), as CPython's complex_pow: integral exponents up to 100 by repeated
    squaring, the rest in polar form; an infinite result from finite parts overflows."""
    try:
        result = _pow_parts(a, b, c, d)
    except OverflowError:
        raise OverflowError("complex exponentiation") from None
    if (_math.isinf(result[0]) or _math.isinf(result[1])) and not (
            _math.isinf(a) or _math.isinf(b) or _math.isinf(c) or _math.isinf(d)):
        raise OverflowError("complex exponentiation")
    return result


def _pow_parts(a, b, c, d):
    if d == 0.0 and c == _math.floor(c) and abs(c) <= 100.0:
        n = int(c)
        if n < 0 and a == 0.0 and b == 0.0:
            raise ZeroDivisionError("0.0 to a negative or complex power")
        result = (1.0, 0.0)
        base = (a, b)
        m = abs(n)
        while m:
            if m & 1:
                result = _mul(result[0], result[1], base[0], base[1])
            base = _mul(base[0], base[1], base[0], base[1])
            m >>= 1
        if n < 0:
            result = _div(1.0, 0.0, result[0], result[1])
        return result
    if c == 0.0 and d == 0.0:
        return 1.0, 0.0
    if a == 0.0 and b == 0.0:
        if d != 0.0 or c < 0.0:
            raise ZeroDivisionError("0.0 to a negative or complex power")
        return 0.0, 0.0
    vabs = _math.hypot(a, b)
    length = vabs ** c
    at = _math.atan2(b, a)
    phase = at * c
    if d != 0.0:
        length /= _math.exp(at * d)
        phase += d * _math.log(vabs)
    return length * _math.cos(phase), length * _math.sin(phase)


complex.__module__ = "builtins"
complex.__qualname__ = "complex"
