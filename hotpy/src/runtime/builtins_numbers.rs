//! The numeric builtins: `abs`, `int` (with its string parsing), `float`, `bool`, `divmod`,
//! `round`, `hex`/`oct`/`bin`, `chr` and `ord` (named in `builtins::BUILTINS`).

use super::builtins::{no_keywords, one};
use super::{FALSE, NONE, make_int, new_str, type_name};
use super::{as_int, box_float, float_value, py_bool, str_value};
use crate::vm::{Error, ThreadState};
use gvmt::rt::Value;

pub(super) fn abs(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    let v = one("abs", args, kwargs)?;
    if let Some(r) = crate::protocols::dunder::call(vm, v, "__abs__", &[])? {
        return Ok(r);
    }
    if let Some(i) = super::as_int(v) {
        return crate::objects::int::bigint::from_i128(vm, (i as i128).abs());
    }
    if let Some(r) = crate::objects::int::bigint::unary(vm, v, 'a') {
        return r;
    }
    if let Some(f) = super::float_value(vm, v) {
        return super::box_float(vm, f.abs());
    }
    Err(Error::new(
        "TypeError",
        format!("bad operand type for abs(): '{}'", type_name(vm, v)),
    ))
}

pub(super) fn int(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    let mut base = None;
    for (k, v) in kwargs {
        match k.as_str() {
            "base" => base = Some(*v),
            other => {
                return Err(Error::new(
                    "TypeError",
                    format!("'{other}' is an invalid keyword argument for int()"),
                ));
            }
        }
    }
    if args.len() > 2 {
        return Err(Error::new(
            "TypeError",
            format!("int() takes at most 2 arguments ({} given)", args.len()),
        ));
    }
    let Some(&v) = args.first() else {
        return make_int(0);
    };
    if let Some(&b) = args.get(1) {
        base = Some(b);
    }
    if let Some(base) = base {
        let Some(text) = str_value(vm, v) else {
            return Err(Error::new(
                "TypeError",
                "int() can't convert non-string with explicit base",
            ));
        };
        let base = as_int(base).unwrap_or(10);
        return parse_int(vm, &text, base);
    }
    if let Some(i) = as_int(v) {
        return make_int(i);
    }
    if crate::objects::int::bigint::is_big(vm, v) {
        return Ok(v);
    }
    let (converted, v) = vm.handle_scope(|vm| {
        // A class's `__int__`, else `__index__`, else `__trunc__` (CPython 3.11's order).
        let h = vm.mutator().root(v);
        for name in ["__int__", "__index__", "__trunc__"] {
            let v = vm.mutator().get(h);
            match crate::protocols::dunder::call(vm, v, name, &[]) {
                Ok(Some(r))
                    if as_int(r).is_some() || crate::objects::int::bigint::is_big(vm, r) =>
                {
                    return (Ok(Some(r)), v);
                }
                Ok(Some(r)) if name != "__trunc__" => {
                    let e = Error::new(
                        "TypeError",
                        format!("{name} returned non-int (type {})", type_name(vm, r)),
                    );
                    return (Err(e), v);
                }
                Ok(Some(r)) => return (Ok(Some(r)), v),
                Ok(None) => {}
                Err(e) => return (Err(e), v),
            }
        }
        (Ok(None), vm.mutator().get(h))
    });
    if let Some(r) = converted? {
        return Ok(r);
    }
    if let Some(f) = float_value(vm, v) {
        if !f.is_finite() {
            let what = if f.is_nan() {
                "ValueError"
            } else {
                "OverflowError"
            };
            let msg = if f.is_nan() {
                "cannot convert float NaN to integer"
            } else {
                "cannot convert float infinity to integer"
            };
            return Err(Error::new(what, msg));
        }
        return crate::objects::int::bigint::from_f64(vm, f);
    }
    if let Some(s) = str_value(vm, v) {
        return parse_int(vm, &s, 10);
    }
    Err(Error::new(
        "TypeError",
        format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            type_name(vm, v)
        ),
    ))
}

/// `int(text, base)`: optional sign, optional `0x`/`0o`/`0b` prefix (base 0 infers it),
/// underscores between digits.
pub(super) fn parse_int(vm: &mut ThreadState, text: &str, base: i64) -> Result<Value, Error> {
    let invalid = || {
        Error::new(
            "ValueError",
            format!(
                "invalid literal for int() with base {base}: {}",
                super::text::repr_str(text)
            ),
        )
    };
    if base != 0 && !(2..=36).contains(&base) {
        return Err(Error::new(
            "ValueError",
            "int() base must be >= 2 and <= 36, or 0",
        ));
    }
    let t = text.trim();
    let (negative, t) = match t.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let lower = t.to_ascii_lowercase();
    let (base, digits) = match (base, lower.get(..2)) {
        (0 | 16, Some("0x")) => (16, &lower[2..]),
        (0 | 8, Some("0o")) => (8, &lower[2..]),
        (0 | 2, Some("0b")) => (2, &lower[2..]),
        (0, _) => (10, lower.as_str()),
        (b, _) => (b, lower.as_str()),
    };
    let digits = digits.strip_prefix('_').unwrap_or(digits);
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return Err(invalid());
    }
    let clean: String = digits.chars().filter(|&c| c != '_').collect();
    let Some(mut value) = crate::objects::int::bigint::parse(&clean, base as u32) else {
        return Err(invalid());
    };
    if negative {
        value = -value;
    }
    crate::objects::int::bigint::from_big(vm, &value)
}

/// `float(v)` for an instance of a class: its `__float__` (which must give a float), else its
/// `__index__`; None when it has neither.
fn float_from_dunders(vm: &mut ThreadState, v: Value) -> Result<Option<Value>, Error> {
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

pub(super) fn float(
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
    if super::classes::is_instance(vm, v)
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
    if let Some(s) = str_value(vm, v) {
        let t = s.trim().to_ascii_lowercase();
        let parsed = match t.as_str() {
            "inf" | "+inf" | "infinity" => Some(f64::INFINITY),
            "-inf" | "-infinity" => Some(f64::NEG_INFINITY),
            "nan" | "+nan" | "-nan" => Some(f64::NAN),
            _ => t.parse::<f64>().ok(),
        };
        return match parsed {
            Some(f) => box_float(vm, f),
            None => Err(Error::new(
                "ValueError",
                format!(
                    "could not convert string to float: {}",
                    super::text::repr_str(&s)
                ),
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

pub(super) fn bool_(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    no_keywords("bool", kwargs)?;
    match args.first() {
        None => Ok(FALSE),
        Some(&v) => Ok(py_bool(super::is_true(vm, v)?)),
    }
}

pub(super) fn chr(
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

pub(super) fn ord(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    let v = one("ord", args, kwargs)?;
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

pub(super) fn divmod(
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
    if super::as_float(vm, *a).is_none() || super::as_float(vm, *b).is_none() {
        return Err(Error::new(
            "TypeError",
            format!(
                "unsupported operand type(s) for divmod(): '{}' and '{}'",
                type_name(vm, *a),
                type_name(vm, *b)
            ),
        ));
    }
    // `a` and `b` are used after an allocation: root them.
    vm.handle_scope(|vm| {
        let (ha, hb) = (vm.mutator().root(*a), vm.mutator().root(*b));
        let q = super::binary_generic(vm, 2, *a, *b)?;
        let hq = vm.mutator().root(q);
        let (a, b) = (vm.mutator().get(ha), vm.mutator().get(hb));
        let r = super::binary_generic(vm, 6, a, b)?;
        let q = vm.mutator().get(hq);
        crate::objects::sequence::new_tuple(vm, &[q, r])
    })
}

pub(super) fn round(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    no_keywords("round", kwargs)?;
    let (v, digits) = match *args {
        [v] => (v, None),
        [v, d] => {
            // The digits may be an object with `__index__` (`v` itself is no instance here).
            let ([v], [d]) = if super::classes::is_instance(vm, v) {
                ([v], [d])
            } else {
                crate::protocols::index::index_values(vm, [v], [d])?
            };
            (v, if d == NONE { None } else { as_int(d) })
        }
        _ => {
            return Err(Error::new("TypeError", "round() takes at most 2 arguments"));
        }
    };
    // A class's `__round__`, called with `ndigits` only when it is given and not None.
    if super::classes::is_instance(vm, v) {
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
            make_int(r as i64)
        }
        Some(d) if d < -400 => box_float(vm, 0.0f64.copysign(f)),
        Some(d) if d < 0 => {
            let m = 10f64.powi((-d) as i32);
            let q = f / m;
            let r = q.round();
            let r = if (q - q.trunc()).abs() == 0.5 {
                2.0 * (q / 2.0).round()
            } else {
                r
            };
            box_float(vm, r * m)
        }
        // Beyond 17 significant digits a float is already exact.
        Some(d) if d > 340 => box_float(vm, f),
        Some(d) => {
            let text = format!("{:.*}", d as usize, f);
            box_float(vm, text.parse().unwrap_or(f))
        }
    }
}

pub(super) fn radix(
    vm: &mut ThreadState,
    name: &str,
    args: &[Value],
    kwargs: &[(String, Value)],
    prefix: &str,
    digits: fn(u64) -> String,
) -> Result<Value, Error> {
    let v = one(name, args, kwargs)?;
    let v = crate::protocols::index::index_value(vm, v)?;
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

pub(super) fn hex(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    radix(vm, "hex", args, kwargs, "0x", |u| format!("{u:x}"))
}

pub(super) fn bin(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    radix(vm, "bin", args, kwargs, "0b", |u| format!("{u:b}"))
}

pub(super) fn oct(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    radix(vm, "oct", args, kwargs, "0o", |u| format!("{u:o}"))
}
