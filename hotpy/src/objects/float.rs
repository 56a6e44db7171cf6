//! `float` methods (the first to move into the type's home; the rest are still in
//! `runtime/`): `hex`, `fromhex`, `conjugate`, and int's `conjugate`/`as_integer_ratio`.

use super::arity;
use crate::runtime as rt;
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
    rt::type_objects::class_method(
        vm,
        args,
        "fromhex",
        rt::type_objects::ids::FLOAT,
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
                    rt::type_objects::python_type_name(vm, *s)
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
