//! The rest of `math`: inverse hyperbolic functions, `cbrt`, `exp2`, `expm1`, `log1p`, the
//! special functions (`erf`, `erfc` from the C library's libm; `gamma`, `lgamma` by
//! CPython's Lanczos sum, `math_gamma.rs`), the
//! representation of floats (`modf`, `frexp`, `ldexp`, `nextafter`, `ulp`, `remainder`),
//! `isclose` and `dist`, with CPython's domain and range errors.
//!
//! Owns: those functions. Must not: repeat `native`'s argument and error helpers.

use super::native::{args_n, checked, domain_error, number};
use crate::values::{box_float, make_int};
use crate::vm::{Error, ThreadState};
use gvmt::rt::Value;

type Kwargs<'a> = &'a [(String, Value)];

/// The C library's libm, looked up in `libm.so.6` at first use: the same symbols linked
/// statically may be Rust's own ports (compiler-builtins), whose last digits differ from
/// the C library's that CPython calls. Where the library cannot be loaded, the linked ones.
mod libm {
    use std::ffi::CStr;
    use std::sync::OnceLock;

    mod linked {
        unsafe extern "C" {
            pub fn erf(x: f64) -> f64;
            pub fn erfc(x: f64) -> f64;
            pub fn asinh(x: f64) -> f64;
            pub fn acosh(x: f64) -> f64;
            pub fn atanh(x: f64) -> f64;
            pub fn cbrt(x: f64) -> f64;
            pub fn expm1(x: f64) -> f64;
            pub fn log1p(x: f64) -> f64;
            pub fn exp2(x: f64) -> f64;
            pub fn hypot(x: f64, y: f64) -> f64;
            pub fn nextafter(x: f64, y: f64) -> f64;
            pub fn remainder(x: f64, y: f64) -> f64;
        }
    }

    /// The address of `name` in the C library's libm, if it can be loaded.
    fn symbol(name: &CStr) -> Option<usize> {
        static LIBRARY: OnceLock<usize> = OnceLock::new();
        let handle = *LIBRARY.get_or_init(|| {
            // SAFETY: dlopen of the C library's libm, which has no initializers that could
            // interfere with the VM; the handle is kept for the process's life.
            let h =
                unsafe { libc::dlopen(c"libm.so.6".as_ptr(), libc::RTLD_NOW | libc::RTLD_LOCAL) };
            h as usize
        });
        if handle == 0 {
            return None;
        }
        // SAFETY: `handle` is a live library handle and `name` a C string.
        let p = unsafe { libc::dlsym(handle as *mut libc::c_void, name.as_ptr()) };
        (!p.is_null()).then_some(p as usize)
    }

    macro_rules! libm_fns {
        ($($name:ident($($arg:ident),+);)*) => {
            $(
                pub fn $name($($arg: f64),+) -> f64 {
                    static ADDRESS: OnceLock<Option<usize>> = OnceLock::new();
                    let name = concat!(stringify!($name), "\0");
                    let found = *ADDRESS.get_or_init(|| {
                        symbol(CStr::from_bytes_with_nul(name.as_bytes()).expect("a C name"))
                    });
                    match found {
                        // SAFETY: the symbol is libm's function of this name, whose C
                        // signature takes and returns doubles; it is pure.
                        Some(p) => unsafe {
                            let f: unsafe extern "C" fn($(libm_fns!(@f64 $arg)),+) -> f64 =
                                std::mem::transmute(p);
                            f($($arg),+)
                        },
                        // SAFETY: the linked function of the same name and signature.
                        None => unsafe { linked::$name($($arg),+) },
                    }
                }
            )*
        };
        (@f64 $arg:ident) => { f64 };
    }

    libm_fns! {
        erf(x);
        erfc(x);
        asinh(x);
        acosh(x);
        atanh(x);
        cbrt(x);
        expm1(x);
        log1p(x);
        exp2(x);
        hypot(x, y);
        nextafter(x, y);
        remainder(x, y);
    }
}

fn one(vm: &mut ThreadState, name: &str, args: &[Value], kwargs: Kwargs<'_>) -> Result<f64, Error> {
    let [x] = args_n::<1>(name, args, kwargs)?;
    number(vm, x, name)
}

fn two(
    vm: &mut ThreadState,
    name: &str,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<(f64, f64), Error> {
    let [x, y] = args_n::<2>(name, args, kwargs)?;
    Ok((number(vm, x, name)?, number(vm, y, name)?))
}

macro_rules! float_fn {
    ($($name:ident => $f:expr),* $(,)?) => {
        $(
            pub fn $name(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
                let x = one(vm, stringify!($name), args, kwargs)?;
                let f: fn(f64) -> f64 = $f;
                checked(vm, f(x), &[x])
            }
        )*
    };
}

float_fn! {
    acosh => |x| if x < 1.0 { f64::NAN } else { libm::acosh(x) },
    asinh => libm::asinh,
    atanh => |x| if x.abs() >= 1.0 { f64::NAN } else { libm::atanh(x) },
    cbrt => libm::cbrt,
    exp2 => libm::exp2,
    expm1 => libm::expm1,
    log1p => |x| if x <= -1.0 { f64::NAN } else { libm::log1p(x) },
    erf => libm::erf,
    erfc => libm::erfc,
    // CPython's own Lanczos gamma (a NaN for a domain error).
    gamma => |x| super::math_gamma::gamma(x).unwrap_or(f64::NAN),
}

/// `math.lgamma(x)`: log of the absolute value of gamma (CPython's Lanczos sum).
pub fn lgamma(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    let x = one(vm, "lgamma", args, kwargs)?;
    let r = super::math_gamma::lgamma(x).map_err(|()| domain_error())?;
    checked(vm, r, &[x])
}

/// `math.modf(x)`: the fractional and integer parts, both with x's sign.
pub fn modf(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    let x = one(vm, "modf", args, kwargs)?;
    let (frac, int) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else {
        // The fraction keeps x's sign (`modf(-1.0)` is `(-0.0, -1.0)`).
        (x.fract().copysign(x), x.trunc())
    };
    // The first float is rooted while the second is made (which may collect).
    vm.handle_scope(|vm| {
        let frac = box_float(vm, frac)?;
        let hf = vm.mutator().root(frac);
        let int = box_float(vm, int)?;
        let frac = vm.mutator().get(hf);
        crate::objects::sequence::new_tuple(vm, &[frac, int])
    })
}

/// `math.frexp(x)`: `(m, e)` with `x == m * 2**e` and `0.5 <= abs(m) < 1`.
pub fn frexp(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    let x = one(vm, "frexp", args, kwargs)?;
    let (m, e) = if x == 0.0 || !x.is_finite() {
        (x, 0)
    } else {
        let bits = x.to_bits();
        let exp = ((bits >> 52) & 0x7ff) as i64;
        if exp == 0 {
            // Subnormal: scale into the normal range first.
            let y = x * 2f64.powi(64);
            let e = ((y.to_bits() >> 52) & 0x7ff) as i64 - 1022 - 64;
            (x / 2f64.powi((e + 64) as i32) * 2f64.powi(64), e)
        } else {
            let e = exp - 1022;
            (f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52)), e)
        }
    };
    let m = box_float(vm, m)?;
    crate::objects::sequence::new_tuple(vm, &[m, make_int(e)?])
}

/// `math.ldexp(x, i)`: `x * 2**i`.
pub fn ldexp(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    let [x, i] = args_n::<2>("ldexp", args, kwargs)?;
    let x = number(vm, x, "ldexp")?;
    let Some(i) = crate::values::int_value(i) else {
        return Err(Error::new(
            "TypeError",
            "Expected an int as second argument to ldexp.",
        ));
    };
    if x == 0.0 || !x.is_finite() {
        return box_float(vm, x);
    }
    let i = i.clamp(-10_000, 10_000) as i32;
    // In two steps, so that a subnormal result is rounded once.
    let r = if i < -1000 {
        x * 2f64.powi(i + 1000) * 2f64.powi(-1000)
    } else {
        x * 2f64.powi(i)
    };
    if r.is_infinite() {
        return Err(Error::new("OverflowError", "math range error"));
    }
    box_float(vm, r)
}

/// `math.nextafter(x, y)`.
pub fn next_after(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let (x, y) = two(vm, "nextafter", args, kwargs)?;
    box_float(vm, libm::nextafter(x, y))
}

/// `math.remainder(x, y)`: IEEE 754's remainder (the quotient rounded to even).
pub fn ieee_remainder(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let (x, y) = two(vm, "remainder", args, kwargs)?;
    if x.is_nan() || y.is_nan() {
        return box_float(vm, f64::NAN);
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain_error());
    }
    box_float(vm, libm::remainder(x, y))
}

/// `math.ulp(x)`: the value of the least significant bit of x.
pub fn ulp(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    let x = one(vm, "ulp", args, kwargs)?.abs();
    if !x.is_finite() {
        return box_float(vm, x);
    }
    let r = if x == f64::MAX {
        x - libm::nextafter(x, f64::NEG_INFINITY)
    } else {
        libm::nextafter(x, f64::INFINITY) - x
    };
    box_float(vm, r)
}

/// `math.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
pub fn isclose(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    let (a, b) = two(vm, "isclose", args, &[])?;
    let (mut rel, mut abs) = (1e-9, 0.0);
    for (name, v) in kwargs {
        match name.as_str() {
            "rel_tol" => rel = number(vm, *v, "isclose")?,
            "abs_tol" => abs = number(vm, *v, "isclose")?,
            other => {
                return Err(Error::new(
                    "TypeError",
                    format!("'{other}' is an invalid keyword argument for isclose()"),
                ));
            }
        }
    }
    if rel < 0.0 || abs < 0.0 {
        return Err(Error::new("ValueError", "tolerances must be non-negative"));
    }
    let close = if a == b {
        true
    } else if a.is_infinite() || b.is_infinite() {
        false
    } else {
        let diff = (b - a).abs();
        diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs
    };
    Ok(crate::values::py_bool(close))
}

/// `math.dist(p, q)`: the Euclidean distance of two points.
pub fn dist(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    let [p, q] = args_n::<2>("dist", args, kwargs)?;
    let coords = |vm: &mut ThreadState, v: Value, which: &str| -> Result<Vec<f64>, Error> {
        if !crate::values::is_tuple(vm, v) && !crate::values::is_list(vm, v) {
            return Err(Error::new(
                "TypeError",
                format!(
                    "dist(): {which} argument must be a tuple, not {}",
                    crate::values::type_name(vm, v)
                ),
            ));
        }
        let items = crate::objects::sequence::items(vm, v).unwrap_or_default();
        items.iter().map(|&x| number(vm, x, "dist")).collect()
    };
    let (p, q) = (coords(vm, p, "first")?, coords(vm, q, "second")?);
    if p.len() != q.len() {
        return Err(Error::new(
            "ValueError",
            "both points must have the same number of dimensions",
        ));
    }
    let sum: f64 = p.iter().zip(&q).map(|(a, b)| (a - b) * (a - b)).sum();
    box_float(vm, sum.sqrt())
}

/// `_hotpy.float_pack(x, size)`: the IEEE 754 bits of `x` as a float of `size` bytes (8, 4
/// or 2), as an int; OverflowError when it does not fit (CPython's `struct` messages).
pub fn float_pack(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let [x, size] = args_n::<2>("float_pack", args, kwargs)?;
    let x = number(vm, x, "float_pack")?;
    let bits: u64 = match crate::values::int_value(size) {
        Some(8) => x.to_bits(),
        Some(4) => {
            let f = x as f32;
            if f.is_infinite() && x.is_finite() {
                return Err(Error::new(
                    "OverflowError",
                    "float too large to pack with f format",
                ));
            }
            f.to_bits() as u64
        }
        Some(2) => half_bits(x)? as u64,
        _ => return Err(Error::new("ValueError", "float size must be 2, 4 or 8")),
    };
    crate::objects::int::bigint::from_i128(vm, bits as i128)
}

/// `_hotpy.float_unpack(bits, size)`: the float whose IEEE 754 bits (of `size` bytes) are
/// `bits`.
pub fn float_unpack(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let [bits, size] = args_n::<2>("float_unpack", args, kwargs)?;
    let bits = crate::objects::int::bigint::to_big(vm, bits)
        .and_then(|b| num_traits::ToPrimitive::to_u64(&b))
        .ok_or_else(|| Error::new("ValueError", "bad float bits"))?;
    let x = match crate::values::int_value(size) {
        Some(8) => f64::from_bits(bits),
        Some(4) => f32::from_bits(bits as u32) as f64,
        Some(2) => half_value(bits as u16),
        _ => return Err(Error::new("ValueError", "float size must be 2, 4 or 8")),
    };
    box_float(vm, x)
}

/// The binary16 bits of `x`, rounded to nearest even (CPython's `PyFloat_Pack2`).
fn half_bits(x: f64) -> Result<u16, Error> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Ok(sign | 0x7e00);
    }
    let a = x.abs();
    if a.is_infinite() {
        return Ok(sign | 0x7c00);
    }
    if a == 0.0 {
        return Ok(sign);
    }
    // a = m * 2**e with 0.5 <= m < 1.
    let e = a.log2().floor() as i32 + 1;
    let mut e = e;
    let mut m = a / 2f64.powi(e);
    if m >= 1.0 {
        m /= 2.0;
        e += 1;
    } else if m < 0.5 {
        m *= 2.0;
        e -= 1;
    }
    // Normalised: 1.f * 2**(e-1); biased exponent e - 1 + 15.
    let (mut exp, mut frac) = if e - 1 + 15 <= 0 {
        // Subnormal: the value in units of 2**-24.
        (0i32, a * 2f64.powi(24))
    } else {
        (e - 1 + 15, (m * 2.0 - 1.0) * 1024.0)
    };
    let floor = frac.floor();
    let rest = frac - floor;
    frac = floor;
    if rest > 0.5 || (rest == 0.5 && (frac as u32) % 2 == 1) {
        frac += 1.0;
        if exp == 0 && frac >= 1024.0 {
            exp = 1;
            frac -= 1024.0;
        } else if exp > 0 && frac >= 1024.0 {
            exp += 1;
            frac = 0.0;
        }
    }
    if exp >= 31 {
        return Err(Error::new(
            "OverflowError",
            "float too large to pack with e format",
        ));
    }
    Ok(sign | ((exp as u16) << 10) | frac as u16)
}

/// The value of binary16 bits.
fn half_value(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exp = ((h >> 10) & 0x1f) as i32;
    let frac = (h & 0x3ff) as f64;
    sign * match exp {
        0 => frac * 2f64.powi(-24),
        31 if frac == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1.0 + frac / 1024.0) * 2f64.powi(exp - 15),
    }
}

/// The length of a vector of absolute coordinates (`math.hypot`), without overflow or
/// underflow on the way: infinity if any is infinite, else NaN if any is NaN; two
/// coordinates are libm's `hypot` (correctly rounded, as CPython's careful sum nearly
/// always is); more are summed scaled by the largest.
pub(crate) fn euclidean_norm(coordinates: &[f64]) -> f64 {
    if coordinates.iter().any(|x| x.is_infinite()) {
        return f64::INFINITY;
    }
    if coordinates.iter().any(|x| x.is_nan()) {
        return f64::NAN;
    }
    match coordinates {
        [] => 0.0,
        [x] => *x,
        [x, y] => libm::hypot(*x, *y),
        _ => {
            let largest = coordinates.iter().copied().fold(0.0, f64::max);
            if largest == 0.0 {
                return 0.0;
            }
            // Scale by a power of two (exact) so the largest is near 1.
            let exponent = largest.log2().floor() as i32;
            let scale = 2f64.powi(-exponent.clamp(-1000, 1000));
            // The squares summed exactly as double-doubles (fma gives each square's low
            // part), then one Newton correction of the square root.
            let (mut high, mut low) = (0.0f64, 0.0f64);
            for &x in coordinates {
                let x = x * scale;
                let square = x * x;
                let square_low = x.mul_add(x, -square);
                let t = high + square;
                low += if high.abs() >= square {
                    (high - t) + square
                } else {
                    (square - t) + high
                } + square_low;
                high = t;
            }
            let h = (high + low).sqrt();
            let residual = (-h).mul_add(h, high) + low;
            (h + residual / (2.0 * h)) / scale
        }
    }
}
