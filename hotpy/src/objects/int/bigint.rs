//! Arbitrary-precision ints. Ints that fit 63 bits are tagged values; larger ones are `BigInt`
//! heap objects (sign and 64-bit limbs). Every result is normalized, so a value is big only if
//! it does not fit, and equal ints have the same representation kind. Arithmetic on big values
//! goes through `num-bigint`.

use crate::generated::layouts::BigInt as BigLayout;
use crate::values::{FALSE, TRUE, int_value, layout_of, make_int};
use crate::vm::{Error, ThreadState};
use gvmt::rt::{Value, Vm};
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

pub fn is_big(vm: &ThreadState, v: Value) -> bool {
    layout_of(vm, v) == Some(BigLayout::ID)
}

/// The value of an int, bool or big int.
pub fn to_big(vm: &ThreadState, v: Value) -> Option<BigInt> {
    match v {
        TRUE => return Some(BigInt::one()),
        FALSE => return Some(BigInt::zero()),
        _ => {}
    }
    if let Some(i) = int_value(v) {
        return Some(BigInt::from(i));
    }
    if !is_big(vm, v) {
        return None;
    }
    let ctx = vm.vmctx();
    let limbs: Vec<u64> = (0..BigLayout::len(ctx, v) as usize)
        .map(|i| BigLayout::limbs(ctx, v, i) as u64)
        .collect();
    let sign = if BigLayout::sign(ctx, v) < 0 {
        Sign::Minus
    } else {
        Sign::Plus
    };
    let mut digits = Vec::with_capacity(limbs.len() * 2);
    for l in limbs {
        digits.push(l as u32);
        digits.push((l >> 32) as u32);
    }
    Some(BigInt::from_slice(sign, &digits))
}

/// An int value: tagged if it fits 63 bits, else a new big int object.
pub fn from_big(vm: &mut ThreadState, b: &BigInt) -> Result<Value, Error> {
    if let Some(i) = b.to_i64()
        && let Ok(v) = crate::values::make_int(i)
    {
        return Ok(v);
    }
    let (sign, limbs) = b.to_u64_digits();
    let object = vm.alloc(BigLayout::ID, BigLayout::size_for(limbs.len()))?;
    let ctx = vm.vmctx();
    BigLayout::set_sign(ctx, object, if sign == Sign::Minus { -1 } else { 1 });
    BigLayout::set_len(ctx, object, limbs.len() as i64);
    for (i, l) in limbs.into_iter().enumerate() {
        BigLayout::set_limbs(ctx, object, i, l as i64);
    }
    Ok(object)
}

/// An int from an i128 (results of i64 arithmetic that may overflow).
pub fn from_i128(vm: &mut ThreadState, i: i128) -> Result<Value, Error> {
    // A small int needs no big one made first.
    if let Ok(small) = i64::try_from(i)
        && let Ok(v) = crate::values::make_int(small)
    {
        return Ok(v);
    }
    from_big(vm, &BigInt::from(i))
}

/// Parses an int literal or `int(str, base)` text (digits only, after sign and prefix handling
/// by the caller).
pub fn parse(text: &str, base: u32) -> Option<BigInt> {
    BigInt::parse_bytes(text.as_bytes(), base)
}

/// The decimal text of a big int.
pub fn to_string(vm: &ThreadState, v: Value) -> Option<String> {
    is_big(vm, v).then(|| to_big(vm, v).expect("a big int").to_string())
}

/// The float nearest a big int (OverflowError beyond the float range).
pub fn to_f64(vm: &ThreadState, v: Value) -> Option<Result<f64, Error>> {
    if !is_big(vm, v) {
        return None;
    }
    let f = to_big(vm, v)
        .expect("a big int")
        .to_f64()
        .unwrap_or(f64::INFINITY);
    Some(if f.is_finite() {
        Ok(f)
    } else {
        Err(Error::new(
            "OverflowError",
            "int too large to convert to float",
        ))
    })
}

/// CPython's hash of an int: the value modulo 2**61 - 1, with the sign (and -1 becomes -2).
pub fn hash(vm: &ThreadState, v: Value) -> Option<i64> {
    if !is_big(vm, v) {
        return None;
    }
    let b = to_big(vm, v).expect("a big int");
    let modulus = BigInt::from((1u64 << 61) - 1);
    let m = (b.abs() % &modulus).to_i64().expect("below 2**61");
    let h = if b.is_negative() { -m } else { m };
    Some(if h == -1 { -2 } else { h })
}

/// `a <op> b` for ints when either is big or the 63-bit computation overflowed (CPython's
/// operator codes). `None` if an operand is not an int.
pub fn binary(vm: &mut ThreadState, op: i64, a: Value, b: Value) -> Option<Result<Value, Error>> {
    let (x, y) = (to_big(vm, a)?, to_big(vm, b)?);
    Some(big_binary(vm, op, &x, &y))
}

fn big_binary(vm: &mut ThreadState, op: i64, x: &BigInt, y: &BigInt) -> Result<Value, Error> {
    let zero_division = |m: &str| Err(Error::new("ZeroDivisionError", m.to_string()));
    let r = match op {
        0 => x + y,
        10 => x - y,
        5 => x * y,
        2 => {
            if y.is_zero() {
                return zero_division("integer division or modulo by zero");
            }
            x.div_floor(y)
        }
        6 => {
            if y.is_zero() {
                return zero_division("integer modulo by zero");
            }
            x.mod_floor(y)
        }
        11 => {
            if y.is_zero() {
                return zero_division("division by zero");
            }
            return true_divide(vm, x, y);
        }
        8 => {
            if y.is_negative() {
                let (fx, fy) = (
                    x.to_f64().unwrap_or(f64::INFINITY),
                    y.to_f64().unwrap_or(0.0),
                );
                return crate::objects::float::power(vm, fx, fy);
            }
            let Some(e) = y.to_u32() else {
                // A huge exponent: only 0, 1 and -1 have a power that fits.
                let one = BigInt::from(1);
                return if x.is_zero() || x == &one {
                    from_big(vm, x)
                } else if x == &-one {
                    make_int(if y.is_even() { 1 } else { -1 })
                } else {
                    Err(Error::new("MemoryError", ""))
                };
            };
            if x.bits() as u128 * e as u128 > 1 << 32 {
                return Err(Error::new("MemoryError", ""));
            }
            num_traits::pow(x.clone(), e as usize)
        }
        1 => x & y,
        7 => x | y,
        12 => x ^ y,
        3 | 9 => {
            if y.is_negative() {
                return Err(Error::new("ValueError", "negative shift count"));
            }
            let Some(n) = y.to_usize() else {
                // A shift count past any size: right, all bits go (0 or -1); left, only 0
                // stays 0.
                return if op == 9 {
                    make_int(if x.is_negative() { -1 } else { 0 })
                } else if x.is_zero() {
                    make_int(0)
                } else {
                    Err(Error::new("OverflowError", "too many digits in integer"))
                };
            };
            if op == 3 {
                if x.bits() as usize + n > 1 << 32 {
                    return Err(Error::new("MemoryError", ""));
                }
                x << n
            } else {
                // Python's >> floors (toward negative infinity), as num-bigint's does.
                x >> n
            }
        }
        _ => return Err(crate::values::bad_operator(vm, op)),
    };
    from_big(vm, &r)
}

/// `x / y` for ints: the correctly rounded quotient as a float.
fn true_divide(vm: &mut ThreadState, x: &BigInt, y: &BigInt) -> Result<Value, Error> {
    match correctly_rounded_quotient(x, y) {
        Some(q) => crate::values::box_float(vm, q),
        None => Err(Error::new(
            "OverflowError",
            "integer division result too large for a float",
        )),
    }
}

/// `x / y` (`y` not zero) rounded once, to the nearest float, halves to even, as CPython's
/// `long_true_divide`: None when it is too large for a float.
fn correctly_rounded_quotient(x: &BigInt, y: &BigInt) -> Option<f64> {
    let negative = (x.sign() == Sign::Minus) != (y.sign() == Sign::Minus);
    let signed = |q: f64| if negative { -q } else { q };
    let (a, b) = (x.magnitude(), y.magnitude());
    if a.is_zero() {
        return Some(signed(0.0));
    }
    if a.bits() <= 53 && b.bits() <= 53 {
        // Both exact as floats: IEEE division rounds once.
        return Some(signed(a.to_f64()? / b.to_f64()?));
    }
    // 2**(diff - 1) < a / b < 2**(diff + 1). Scale by 2**-shift so the integer quotient has
    // 56 or 57 bits (a subnormal result keeps its last bit 4 places up), and fold the
    // remainder into its lowest bit: rounding it then rounds the exact quotient.
    let diff = a.bits() as i64 - b.bits() as i64;
    let shift = (diff - 56).max(-1078);
    let (n, d) = if shift >= 0 {
        (a.clone(), b << shift as usize)
    } else {
        (a << (-shift) as usize, b.clone())
    };
    let (q, r) = n.div_rem(&d);
    let mut q = q.to_u64()? | u64::from(!r.is_zero());
    let bits = 64 - i64::from(q.leading_zeros());
    // Bits below the float's last one: 53 significant bits, fewer below 2**-1022.
    let top = bits - 1 + shift;
    let drop = if top >= -1022 {
        bits - 53
    } else {
        -1074 - shift
    };
    let half = 1u64 << (drop - 1);
    let rest = q & ((1u64 << drop) - 1);
    q -= rest;
    if rest > half || (rest == half && (q >> drop) & 1 == 1) {
        q += 1 << drop;
    }
    // Exact: q has at most 54 significant bits, and the scaling is by powers of two (in two
    // steps, so that neither overflows or underflows on the way).
    let first = shift / 2;
    let q = q as f64 * 2f64.powi(first as i32) * 2f64.powi((shift - first) as i32);
    q.is_finite().then(|| signed(q))
}

/// Compares two ints when either is big (`None` if one is not an int).
pub fn compare(vm: &ThreadState, a: Value, b: Value) -> Option<std::cmp::Ordering> {
    if !is_big(vm, a) && !is_big(vm, b) {
        return None;
    }
    Some(to_big(vm, a)?.cmp(&to_big(vm, b)?))
}

/// `-v`, `abs(v)`, `~v` of a big int.
pub fn unary(vm: &mut ThreadState, v: Value, op: char) -> Option<Result<Value, Error>> {
    if !is_big(vm, v) {
        return None;
    }
    let b = to_big(vm, v)?;
    let r = match op {
        '-' => -b,
        'a' => b.abs(),
        _ => -b - 1,
    };
    Some(from_big(vm, &r))
}

/// An int from a float's integral value (`int(1e30)`).
pub fn from_f64(vm: &mut ThreadState, f: f64) -> Result<Value, Error> {
    match num_traits::FromPrimitive::from_f64(f.trunc()) {
        Some(b) => from_big(vm, &b),
        None if f.is_nan() => Err(Error::new(
            "ValueError",
            "cannot convert float NaN to integer",
        )),
        None => Err(Error::new(
            "OverflowError",
            "cannot convert float infinity to integer",
        )),
    }
}
