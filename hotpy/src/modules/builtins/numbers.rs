//! The numeric builtins: `abs`, `bool`, `divmod`, `round`, `hex`/`oct`/`bin`, `chr` and `ord`
//! (named in `builtins::BUILTINS`; the `int` and `float` constructors are their types').

use super::{no_keywords, one};
use crate::values::{FALSE, NONE, make_int, new_str, type_name};
use crate::values::{as_int, box_float, float_value, py_bool, str_value};
use crate::vm::{Error, ThreadState};
use gvmt::rt::Value;

pub(crate) fn abs(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    let v = one("abs", args, kwargs)?;
    if let Some(r) = crate::protocols::dunder::call(vm, v, "__abs__", &[])? {
        return Ok(r);
    }
    if let Some(i) = crate::values::as_int(v) {
        return crate::objects::int::bigint::from_i128(vm, (i as i128).abs());
    }
    if let Some(r) = crate::objects::int::bigint::unary(vm, v, 'a') {
        return r;
    }
    if let Some(f) = crate::values::float_value(vm, v) {
        return crate::values::box_float(vm, f.abs());
    }
    Err(Error::new(
        "TypeError",
        format!("bad operand type for abs(): '{}'", type_name(vm, v)),
    ))
}

pub(crate) fn bool_(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    no_keywords("bool", kwargs)?;
    match args.first() {
        None => Ok(FALSE),
        Some(&v) => Ok(py_bool(crate::values::is_true(vm, v)?)),
    }
}

pub(crate) fn chr(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    let v = one("chr", args, kwargs)?;
    let i = as_int(v).ok_or_else(|| {
        Error::new(
            "TypeError",
            format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(vm, v)
            ),
        )
    })?;
    let c = u32::try_from(i)
        .ok()
        .and_then(char::from_u32)
        .ok_or_else(|| Error::new("ValueError", "chr() arg not in range(0x110000)"))?;
    new_str(vm, &c.to_string())
}

pub(crate) fn ord(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    let v = one("ord", args, kwargs)?;
    let v = crate::objects::class::builtin_subclasses::value_of(vm, v).unwrap_or(v);
    if crate::objects::bytes::is_bytes_like(vm, v) {
        // A bytes or bytearray of one byte: its value.
        let data = crate::objects::bytes::value(vm, v).unwrap_or_default();
        return match data[..] {
            [b] => make_int(b as i64),
            _ => Err(Error::new(
                "TypeError",
                format!(
                    "ord() expected a character, but string of length {} found",
                    data.len()
                ),
            )),
        };
    }
    let s = str_value(vm, v).ok_or_else(|| {
        Error::new(
            "TypeError",
            format!(
                "ord() expected string of length 1, but {} found",
                type_name(vm, v)
            ),
        )
    })?;
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => make_int(c as i64),
        _ => Err(Error::new(
            "TypeError",
            format!(
                "ord() expected a character, but string of length {} found",
                s.chars().count()
            ),
        )),
    }
}

pub(crate) fn divmod(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    no_keywords("divmod", kwargs)?;
    let [a, b] = args else {
        return Err(Error::new(
            "TypeError",
            format!("divmod expected 2 arguments, got {}", args.len()),
        ));
    };
    // A class's `__divmod__` or the other operand's `__rdivmod__` (no composition of `//`
    // and `%` for them, as in CPython).
    if let Some(r) =
        crate::protocols::dunder::binary_operator(vm, *a, *b, crate::protocols::operators::DIVMOD)?
    {
        return Ok(r);
    }
    if crate::values::as_float(vm, *a).is_none() || crate::values::as_float(vm, *b).is_none() {
        return Err(Error::new(
            "TypeError",
            format!(
                "unsupported operand type(s) for divmod(): '{}' and '{}'",
                type_name(vm, *a),
                type_name(vm, *b)
            ),
        ));
    }
    let is_float = |v: Value| crate::values::float_value(vm, v).is_some();
    if (is_float(*a) || is_float(*b)) && crate::values::as_float(vm, *b) == Some(0.0) {
        return Err(Error::new("ZeroDivisionError", "float divmod()"));
    }
    // `a` and `b` are used after an allocation: root them.
    vm.handle_scope(|vm| {
        let (ha, hb) = (vm.mutator().root(*a), vm.mutator().root(*b));
        let q = crate::values::binary_generic(vm, 2, *a, *b)?;
        let hq = vm.mutator().root(q);
        let (a, b) = (vm.mutator().get(ha), vm.mutator().get(hb));
        let r = crate::values::binary_generic(vm, 6, a, b)?;
        let q = vm.mutator().get(hq);
        crate::objects::sequence::new_tuple(vm, &[q, r])
    })
}

pub(crate) fn round(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    let args = &super::by_position("round", args, kwargs, &["number", "ndigits"], 1)?[..];
    let (v, digits) = match *args {
        [v] => (v, None),
        [v, d] => {
            // The digits may be an object with `__index__` (`v` itself is no instance here).
            let ([v], [d]) = if crate::objects::class::is_instance(vm, v) {
                ([v], [d])
            } else {
                crate::protocols::index::index_values(vm, [v], [d])?
            };
            let digits = if d == NONE {
                None
            } else {
                Some(crate::protocols::index::clamped_index(vm, d)?)
            };
            (v, digits)
        }
        _ => {
            return Err(Error::new("TypeError", "round() takes at most 2 arguments"));
        }
    };
    // A class's `__round__`, called with `ndigits` only when it is given and not None.
    if crate::objects::class::is_instance(vm, v) {
        let extra: Vec<Value> = args
            .get(1)
            .copied()
            .filter(|&d| d != NONE)
            .into_iter()
            .collect();
        if let Some(r) = crate::protocols::dunder::call(vm, v, "__round__", &extra)? {
            return Ok(r);
        }
    }
    if let Some(i) = as_int(v) {
        return match digits {
            Some(d) if d < 0 => {
                // Round to a multiple of 10**-d, halves to even.
                let m = 10i128.checked_pow((-d) as u32).unwrap_or(i128::MAX);
                let (q, r) = ((i as i128).div_euclid(m), (i as i128).rem_euclid(m));
                let q = if 2 * r > m || (2 * r == m && q % 2 != 0) {
                    q + 1
                } else {
                    q
                };
                crate::objects::int::bigint::from_i128(vm, q.saturating_mul(m))
            }
            _ => make_int(i),
        };
    }
    if let Some(big) = crate::objects::int::bigint::to_big(vm, v) {
        // A big int: itself, or rounded to a multiple of 10**-d, halves to even.
        let d = match digits {
            Some(d) if d < 0 => d,
            _ => return Ok(v),
        };
        let m = num_bigint::BigInt::from(10).pow(d.unsigned_abs().min(100_000) as u32);
        let (q, r) = num_integer::Integer::div_mod_floor(&big, &m);
        let twice: num_bigint::BigInt = &r * 2;
        let odd = num_integer::Integer::is_odd(&q);
        let q = if twice > m || (twice == m && odd) {
            q + 1
        } else {
            q
        };
        return crate::objects::int::bigint::from_big(vm, &(q * m));
    }
    let f = float_value(vm, v).ok_or_else(|| {
        Error::new(
            "TypeError",
            format!("type {} doesn't define __round__ method", type_name(vm, v)),
        )
    })?;
    match digits {
        None => {
            // Round half to even, as Python does.
            let r = f.round();
            let r = if (f - f.trunc()).abs() == 0.5 {
                2.0 * (f / 2.0).round()
            } else {
                r
            };
            // NaN and infinities are errors; a big result is a big int.
            crate::objects::int::bigint::from_f64(vm, r)
        }
        // `round(x, n)` of NaN or an infinity is itself.
        Some(_) if !f.is_finite() => box_float(vm, f),
        Some(d) if d < -400 => box_float(vm, 0.0f64.copysign(f)),
        Some(d) if d < 0 => box_float(vm, crate::objects::float::round_to_tens(f, (-d) as u32)),
        // Beyond 17 significant digits a float is already exact.
        Some(d) if d > 340 => box_float(vm, f),
        Some(d) => {
            let text = format!("{:.*}", d as usize, f);
            box_float(vm, text.parse().unwrap_or(f))
        }
    }
}

pub(crate) fn radix(
    vm: &mut ThreadState,
    name: &str,
    args: &[Value],
    kwargs: &[(String, Value)],
    prefix: &str,
    digits: fn(u64) -> String,
) -> Result<Value, Error> {
    let v = one(name, args, kwargs)?;
    let v = crate::protocols::index::index_value(vm, v)?;
    if let Some(big) = crate::objects::int::bigint::to_big(vm, v) {
        let base = match prefix {
            "0x" => 16,
            "0b" => 2,
            _ => 8,
        };
        let sign = if big.sign() == num_bigint::Sign::Minus {
            "-"
        } else {
            ""
        };
        let text = big.magnitude().to_str_radix(base);
        return new_str(vm, &format!("{sign}{prefix}{text}"));
    }
    let i = as_int(v).ok_or_else(|| {
        Error::new(
            "TypeError",
            format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(vm, v)
            ),
        )
    })?;
    let sign = if i < 0 { "-" } else { "" };
    new_str(vm, &format!("{sign}{prefix}{}", digits(i.unsigned_abs())))
}

pub(crate) fn hex(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    radix(vm, "hex", args, kwargs, "0x", |u| format!("{u:x}"))
}

pub(crate) fn bin(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    radix(vm, "bin", args, kwargs, "0b", |u| format!("{u:b}"))
}

pub(crate) fn oct(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    radix(vm, "oct", args, kwargs, "0o", |u| format!("{u:o}"))
}
