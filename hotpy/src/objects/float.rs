//! `float`'s home: the constructor (`float(x)`: strs, `__float__`, `__index__`), the methods
//! `hex`, `fromhex`, `conjugate` (and int's `conjugate`/`as_integer_ratio`), and CPython's
//! shortest round-trip repr. Float arithmetic is `protocols/arithmetic.rs`'s (it spans
//! types: int and float operands mix).

use super::arity;
use crate::modules::builtins::no_keywords;
use crate::values as rt;
use crate::values::{as_int, box_float, float_value, str_value, type_name};
use crate::vm::{Error, ThreadState};
use gvmt::rt::Value;

type Kwargs<'a> = &'a [(String, Value)];

fn no_arguments(name: &str, args: &[Value]) -> Result<(), Error> {
    if args.is_empty() {
        return Ok(());
    }
    Err(Error::new(
        "TypeError",
        format!("{name}() takes no arguments ({} given)", args.len()),
    ))
}

/// `x.hex()`: `[-]0x1.<13 hex digits>p<exponent>` (`0x0.` for zero and subnormals).
pub fn hex(vm: &mut ThreadState, x: Value, args: &[Value]) -> Result<Value, Error> {
    no_arguments("float.hex", args)?;
    let f = rt::float_value(vm, x).unwrap_or_default();
    let text = if f.is_nan() {
        "nan".to_string()
    } else if f.is_infinite() {
        if f > 0.0 { "inf" } else { "-inf" }.to_string()
    } else {
        let bits = f.to_bits();
        let sign = if bits >> 63 == 1 { "-" } else { "" };
        let exponent = ((bits >> 52) & 0x7ff) as i64;
        let fraction = bits & ((1 << 52) - 1);
        if exponent == 0 && fraction == 0 {
            format!("{sign}0x0.0p+0")
        } else if exponent == 0 {
            format!("{sign}0x0.{fraction:013x}p-1022")
        } else {
            format!("{sign}0x1.{fraction:013x}p{:+}", exponent - 1023)
        }
    };
    rt::new_str(vm, &text)
}

/// `float.fromhex(s)`: the inverse of `hex` (any number of hex digits, an optional point and
/// an optional binary exponent; `inf`, `nan`).
pub fn fromhex(vm: &mut ThreadState, args: &[Value], _kw: Kwargs<'_>) -> Result<Value, Error> {
    crate::objects::class::builtin_types::class_method(
        vm,
        args,
        "fromhex",
        crate::objects::class::builtin_types::ids::FLOAT,
        float_from_hex,
    )
}

fn float_from_hex(vm: &mut ThreadState, args: &[Value]) -> Result<Value, Error> {
    let text = match args {
        [s] => rt::str_value(vm, *s).ok_or_else(|| {
            Error::new(
                "TypeError",
                format!(
                    "fromhex() argument must be str, not {}",
                    crate::objects::class::builtin_types::python_type_name(vm, *s)
                ),
            )
        })?,
        _ => {
            return Err(Error::new(
                "TypeError",
                format!(
                    "fromhex() takes exactly one argument ({} given)",
                    args.len()
                ),
            ));
        }
    };
    let f = parse_hex(text.trim())
        .ok_or_else(|| Error::new("ValueError", "invalid hexadecimal floating-point string"))??;
    rt::box_float(vm, f)
}

/// A hex float's value; the outer None for bad syntax, the inner error for overflow.
fn parse_hex(s: &str) -> Option<Result<f64, Error>> {
    let (negative, s) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let sign = if negative { -1.0 } else { 1.0 };
    let lower = s.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Some(Ok(sign * f64::INFINITY));
    }
    if lower == "nan" {
        return Some(Ok(f64::NAN));
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (digits, exponent) = match body.split_once('p') {
        Some((d, e)) => (d, e.parse::<i64>().ok()?),
        None => (body, 0),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    if whole.is_empty() && fraction.is_empty() {
        return None;
    }
    // Up to 15 significant hex digits exactly; the rest only scale (their bits are
    // below a double's precision).
    let mut mantissa: u64 = 0;
    let mut scale = exponent;
    let mut significant = 0;
    for (i, c) in whole.chars().chain(fraction.chars()).enumerate() {
        let d = c.to_digit(16)? as u64;
        let in_fraction = i >= whole.len();
        if significant < 15 {
            mantissa = mantissa * 16 + d;
            if mantissa != 0 {
                significant += 1;
            }
            if in_fraction {
                scale -= 4;
            }
        } else if !in_fraction {
            scale += 4;
        }
    }
    // Scaled in two halves: each power of two is a normal double, so the one rounding is
    // the last multiplication's (into a subnormal, or to infinity).
    let scale = scale.clamp(-4000, 4000) as i32;
    let value = mantissa as f64 * 2f64.powi(scale / 2) * 2f64.powi(scale - scale / 2);
    if value.is_infinite() {
        return Some(Err(Error::new(
            "OverflowError",
            "hexadecimal value too large to represent as a float",
        )));
    }
    Some(Ok(sign * value))
}

/// `x.conjugate()` of a real number: itself.
pub fn conjugate(vm: &mut ThreadState, x: Value, args: &[Value]) -> Result<Value, Error> {
    no_arguments("conjugate", args)?;
    if x == rt::TRUE || x == rt::FALSE {
        return rt::make_int((x == rt::TRUE) as i64);
    }
    let _ = vm;
    Ok(x)
}

/// `n.as_integer_ratio()` of an int: `(n, 1)`.
pub fn int_as_integer_ratio(
    vm: &mut ThreadState,
    n: Value,
    args: &[Value],
) -> Result<Value, Error> {
    no_arguments("int.as_integer_ratio", args)?;
    let n = if n == rt::TRUE || n == rt::FALSE {
        rt::make_int((n == rt::TRUE) as i64)?
    } else {
        n
    };
    let one = rt::make_int(1)?;
    crate::objects::sequence::new_tuple(vm, &[n, one])
}

/// `float.as_integer_ratio()`: the exact fraction, in lowest terms.
pub fn float_as_integer_ratio(
    vm: &mut ThreadState,
    f: Value,
    args: &[Value],
) -> Result<Value, Error> {
    arity("as_integer_ratio", args, 0, 0)?;
    let x = rt::float_value(vm, f).unwrap_or(f64::NAN);
    if x.is_nan() {
        return Err(Error::new(
            "ValueError",
            "cannot convert NaN to integer ratio",
        ));
    }
    if x.is_infinite() {
        return Err(Error::new(
            "OverflowError",
            "cannot convert Infinity to integer ratio",
        ));
    }
    // x = mantissa * 2**exponent exactly.
    let bits = x.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i64;
    let mut mantissa = (bits & ((1 << 52) - 1)) as i64;
    let mut exp = if exponent == 0 {
        -1074
    } else {
        mantissa |= 1 << 52;
        exponent - 1075
    };
    if mantissa == 0 {
        // ±0.0 is 0/1.
        exp = 0;
    }
    while mantissa != 0 && mantissa % 2 == 0 && exp < 0 {
        mantissa /= 2;
        exp += 1;
    }
    let sign = if x < 0.0 { -1 } else { 1 };
    let mut numerator = num_bigint::BigInt::from(sign * mantissa);
    let mut denominator = num_bigint::BigInt::from(1);
    if exp > 0 {
        numerator <<= exp as usize;
    } else {
        denominator <<= (-exp) as usize;
    }
    let n = crate::objects::int::bigint::from_big(vm, &numerator)?;
    let (d, n) = vm.handle_scope(|vm| {
        let hn = vm.mutator().root(n);
        let d = crate::objects::int::bigint::from_big(vm, &denominator);
        (d, vm.mutator().get(hn))
    });
    crate::objects::sequence::new_tuple(vm, &[n, d?])
}

pub fn float_is_integer(vm: &mut ThreadState, f: Value, args: &[Value]) -> Result<Value, Error> {
    arity("is_integer", args, 0, 0)?;
    let x = rt::float_value(vm, f).unwrap_or(f64::NAN);
    Ok(rt::py_bool(x.is_finite() && x.fract() == 0.0))
}

/// `repr(f)` for a float: the shortest digits that round-trip, in CPython's notation
/// (exponent form below 1e-4 and from 1e16 up, `inf`, `nan`, `-0.0`).
pub fn repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if f == 0.0 {
        return if f.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    // Rust's `{:e}` gives the shortest round-trip digits: "d.ddddde<exp>". Of the strings
    // that short, CPython (David Gay's algorithm) takes the one nearest the exact value
    // (ties to even): the correctly rounded one, when it round-trips too.
    let mut sci = format!("{:e}", f.abs());
    let length = sci
        .split_once('e')
        .map_or(0, |(m, _)| m.len() - m.contains('.') as usize);
    if length > 1 {
        let nearest = format!("{:.*e}", length - 1, f.abs());
        if nearest.parse::<f64>() == Ok(f.abs()) {
            sci = nearest;
        }
    }
    let (mantissa, exp) = sci.split_once('e').expect("`{:e}` has an exponent");
    let exp: i32 = exp.parse().expect("an integer exponent");
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let sign = if f < 0.0 { "-" } else { "" };
    if (-4..16).contains(&exp) {
        let point = exp + 1; // digits before the decimal point
        let text = if point <= 0 {
            format!("0.{}{}", "0".repeat((-point) as usize), digits)
        } else if point as usize >= digits.len() {
            format!("{}{}.0", digits, "0".repeat(point as usize - digits.len()))
        } else {
            format!(
                "{}.{}",
                &digits[..point as usize],
                &digits[point as usize..]
            )
        };
        format!("{sign}{text}")
    } else {
        let mantissa = if digits.len() == 1 {
            digits
        } else {
            format!("{}.{}", &digits[..1], &digits[1..])
        };
        let esign = if exp < 0 { '-' } else { '+' };
        format!("{sign}{mantissa}e{esign}{:02}", exp.abs())
    }
}

/// `float(v)` for an instance of a class: its `__float__` (which must give a float), else its
/// `__index__`; None when it has neither.
pub(crate) fn float_from_dunders(vm: &mut ThreadState, v: Value) -> Result<Option<Value>, Error> {
    // The class's name is read before the calls (which may collect and move `v`).
    let class = type_name(vm, v);
    vm.handle_scope(|vm| {
        let h = vm.mutator().root(v);
        if let Some(r) = crate::protocols::dunder::call(vm, v, "__float__", &[])? {
            if float_value(vm, r).is_none() {
                return Err(Error::new(
                    "TypeError",
                    format!(
                        "{class}.__float__ returned non-float (type {})",
                        type_name(vm, r)
                    ),
                ));
            }
            return Ok(Some(r));
        }
        let v = vm.mutator().get(h);
        let Some(r) = crate::protocols::dunder::call(vm, v, "__index__", &[])? else {
            return Ok(None);
        };
        let f = match as_int(r) {
            Some(i) => i as f64,
            None => match crate::objects::int::bigint::to_f64(vm, r) {
                Some(f) => f?,
                None => {
                    return Err(Error::new(
                        "TypeError",
                        format!("__index__ returned non-int (type {})", type_name(vm, r)),
                    ));
                }
            },
        };
        box_float(vm, f).map(Some)
    })
}

pub(crate) fn float(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    no_keywords("float", kwargs)?;
    let Some(&v) = args.first() else {
        return box_float(vm, 0.0);
    };
    if let Some(i) = as_int(v) {
        return box_float(vm, i as f64);
    }
    if crate::objects::class::is_instance(vm, v)
        && let Some(r) = float_from_dunders(vm, v)?
    {
        return Ok(r);
    }
    if let Some(f) = float_value(vm, v) {
        return box_float(vm, f);
    }
    if let Some(f) = crate::objects::int::bigint::to_f64(vm, v) {
        return box_float(vm, f?);
    }
    // A str, or the ASCII text of a bytes-like object (its repr in the error).
    let text = match str_value(vm, v) {
        Some(s) => Some((s.clone(), crate::objects::str::repr(&s))),
        None if crate::objects::bytes::is_bytes_like(vm, v) => {
            let data = crate::objects::bytes::value(vm, v).unwrap_or_default();
            let shown = crate::protocols::repr::repr(vm, v)?;
            Some((String::from_utf8_lossy(&data).into_owned(), shown))
        }
        None => None,
    };
    if let Some((s, shown)) = text {
        let t = crate::objects::str::ascii_digits(s.trim()).to_ascii_lowercase();
        let parsed = match t.as_str() {
            "inf" | "+inf" | "infinity" | "+infinity" => Some(f64::INFINITY),
            "-inf" | "-infinity" => Some(f64::NEG_INFINITY),
            "nan" | "+nan" | "-nan" => Some(f64::NAN),
            _ => without_underscores(&t).and_then(|t| t.parse::<f64>().ok()),
        };
        return match parsed {
            Some(f) => box_float(vm, f),
            None => Err(Error::new(
                "ValueError",
                format!("could not convert string to float: {shown}"),
            )),
        };
    }
    Err(Error::new(
        "TypeError",
        format!(
            "float() argument must be a string or a real number, not '{}'",
            type_name(vm, v)
        ),
    ))
}

/// A float literal's text without its underscores, if each stands between two digits
/// (`1_000.5`, `1e1_0`); `None` otherwise (`1__0`, `_1`, `1_.5`).
fn without_underscores(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'_' {
            let before = i > 0 && bytes[i - 1].is_ascii_digit();
            let after = bytes.get(i + 1).is_some_and(|c| c.is_ascii_digit());
            if !(before && after) {
                return None;
            }
        }
    }
    // Rust reads "infinity" and "nan" spellings Python refuses ("+infinity" is handled).
    if text
        .trim_start_matches(['+', '-'])
        .starts_with(|c: char| c.is_ascii_alphabetic())
    {
        return None;
    }
    Some(text.replace('_', ""))
}

/// `f` rounded to a multiple of `10**k` (`round(f, -k)`), halves to even, computed on the
/// exact binary value of `f` as CPython does (`round(1e300, -300)` is `1e+300`).
pub fn round_to_tens(f: f64, k: u32) -> f64 {
    use num_bigint::BigInt;
    use num_integer::Integer;
    if !f.is_finite() || f == 0.0 {
        return f;
    }
    // f = mantissa * 2**exponent exactly.
    let bits = f.abs().to_bits();
    let (raw_exp, frac) = ((bits >> 52) as i32, bits & ((1 << 52) - 1));
    let (mantissa, exponent) = if raw_exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), raw_exp - 1075)
    };
    let mut num = BigInt::from(mantissa);
    let mut den = BigInt::from(10u32).pow(k);
    if exponent >= 0 {
        num <<= exponent as usize;
    } else {
        den <<= (-exponent) as usize;
    }
    let (mut q, r) = num.div_rem(&den);
    let twice: BigInt = r * 2u32;
    if twice > den || (twice == den && q.is_odd()) {
        q += 1u32;
    }
    let text = format!("{}{q}e{k}", if f < 0.0 { "-" } else { "" });
    text.parse().unwrap_or(f)
}

/// `x ** y` for floats, with CPython's errors: ZeroDivisionError for 0.0 to a negative
/// power, OverflowError when finite operands give an infinite result.
pub fn power(vm: &mut ThreadState, x: f64, y: f64) -> Result<Value, Error> {
    if y == 0.0 || x == 1.0 || !x.is_finite() || !y.is_finite() {
        // CPython's special cases (`0.0 ** -inf` is inf, `(-inf) ** 0.5` inf) are C99's pow.
        return box_float(vm, x.powf(y));
    }
    if x == 0.0 && y < 0.0 {
        return Err(Error::new(
            "ZeroDivisionError",
            "0.0 cannot be raised to a negative power",
        ));
    }
    if x < 0.0 && y.is_finite() && y != y.floor() {
        return complex_power(vm, x, y);
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(Error::new(
            "OverflowError",
            "(34, 'Numerical result out of range')",
        ));
    }
    box_float(vm, r)
}

/// CPython's `divmod(x, y)` of floats (`_float_div_mod`): the floor quotient, exact where
/// `floor(x / y)` is not (`1.0 // 0.1` is 9.0), and the remainder with the sign of `y`
/// (zero too: `-0.0 % 1.0` is 0.0). `y` is not zero.
pub fn div_mod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floor = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 { f + 1.0 } else { f }
    } else {
        0.0f64.copysign(x / y)
    };
    (floor, m)
}

/// A negative number to a fractional power is a complex number (CPython's `float_pow`
/// hands it to `complex.__pow__`): `complex(x, 0.0) ** y`, the type being written in Python.
fn complex_power(vm: &mut ThreadState, x: f64, y: f64) -> Result<Value, Error> {
    vm.handle_scope(|vm| {
        let complex = crate::modules::builtin_named_value(vm, "complex")?
            .ok_or_else(|| Error::new("SystemError", "no complex type"))?;
        let hc = vm.mutator().root(complex);
        let re = box_float(vm, x)?;
        let re = vm.mutator().root(re);
        let im = box_float(vm, 0.0)?;
        let im = vm.mutator().root(im);
        let exp = box_float(vm, y)?;
        let exp = vm.mutator().root(exp);
        let complex = vm.mutator().get(hc);
        let (re, im) = (vm.mutator().get(re), vm.mutator().get(im));
        let base = vm.call(complex, &[re, im], &[])?;
        let exp = vm.mutator().get(exp);
        crate::values::binary_generic(vm, 8, base, exp)
    })
}

/// `hash(f)` as CPython computes it: the value modulo the Mersenne prime 2**61 - 1, so that
/// equal ints and floats hash alike (`hash(2.0**63) == hash(2**63)`); infinities hash to
/// ±314159 and NaN to 0.
pub fn hash(f: f64) -> i64 {
    const BITS: u32 = 61;
    const MODULUS: u64 = (1 << BITS) - 1;
    if f.is_nan() {
        return 0;
    }
    if f.is_infinite() {
        return if f > 0.0 { 314_159 } else { -314_159 };
    }
    let (mut m, mut e) = frexp(f.abs());
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (BITS - 28));
        m *= 268_435_456.0; // 2**28
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = e.rem_euclid(BITS as i32) as u32;
    x = ((x << e) & MODULUS) | (x >> (BITS - e));
    let h = if f < 0.0 { -(x as i64) } else { x as i64 };
    if h == -1 { -2 } else { h }
}

/// `(m, e)` with `f == m * 2**e` and `0.5 <= m < 1` (C's frexp) for a finite `f > 0`.
fn frexp(f: f64) -> (f64, i32) {
    if f == 0.0 {
        return (0.0, 0);
    }
    let bits = f.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i32;
    if exponent == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(f * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exponent - 1022)
}

/// `i <=> f` exactly (CPython never rounds the int): `None` if `f` is NaN.
pub fn compare_with_int(i: &num_bigint::BigInt, f: f64) -> Option<std::cmp::Ordering> {
    use std::cmp::Ordering::*;
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Less } else { Greater });
    }
    let whole = f.trunc();
    let whole_int: num_bigint::BigInt =
        num_traits::FromPrimitive::from_f64(whole).expect("a finite float's integral part");
    Some(match i.cmp(&whole_int) {
        Equal if f > whole => Less,
        Equal if f < whole => Greater,
        o => o,
    })
}

#[cfg(test)]
mod tests {
    use super::repr;

    #[test]
    fn floats_print_as_cpython_prints_them() {
        let cases = [
            (0.1 + 0.2, "0.30000000000000004"),
            (1.0, "1.0"),
            (1e16, "1e+16"),
            (1.5e16, "1.5e+16"),
            (123456789012345.6, "123456789012345.6"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (-2.5, "-2.5"),
            (100.0, "100.0"),
            (f64::INFINITY, "inf"),
            (-0.0, "-0.0"),
            (2.0f64.powi(70), "1.1805916207174113e+21"),
        ];
        for (f, want) in cases {
            assert_eq!(repr(f), want, "{f:e}");
        }
    }
}
