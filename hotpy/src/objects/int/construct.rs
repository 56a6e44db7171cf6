//! `int(x=0)` and `int(x, base=10)`: the constructor, through `__int__`, `__index__` and
//! `__trunc__`, and CPython's parsing of int literals in strs and bytes (signs, underscores,
//! whitespace, prefixes with base 0).

use crate::values::{as_int, float_value, make_int, str_value, type_name};
use crate::vm::{Error, ThreadState};
use gvmt::rt::Value;
pub(crate) fn int(
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
        let Some(text) = str_value(vm, v).or_else(|| bytes_text(vm, v)) else {
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
                    // A bool result is its int (CPython warns, then converts).
                    let r = match r {
                        crate::values::TRUE => crate::values::make_int(1).expect("small"),
                        crate::values::FALSE => crate::values::make_int(0).expect("small"),
                        r => r,
                    };
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
    if let Some(s) = str_value(vm, v).or_else(|| bytes_text(vm, v)) {
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

/// The text of a bytes or bytearray argument (its bytes as Latin-1: a non-ASCII byte is
/// never a digit).
fn bytes_text(vm: &ThreadState, v: Value) -> Option<String> {
    if !crate::objects::bytes::is_bytes_like(vm, v) {
        return None;
    }
    crate::objects::bytes::value(vm, v).map(|raw| raw.iter().map(|&b| b as char).collect())
}

/// `int(text, base)`: optional sign, optional `0x`/`0o`/`0b` prefix (base 0 infers it),
/// underscores between digits.
pub(crate) fn parse_int(vm: &mut ThreadState, text: &str, base: i64) -> Result<Value, Error> {
    let invalid = || {
        Error::new(
            "ValueError",
            format!(
                "invalid literal for int() with base {base}: {}",
                crate::objects::str::repr(text)
            ),
        )
    };
    if base != 0 && !(2..=36).contains(&base) {
        return Err(Error::new(
            "ValueError",
            "int() base must be >= 2 and <= 36, or 0",
        ));
    }
    let t = crate::objects::str::ascii_digits(text.trim());
    let t = t.as_ref();
    let (negative, t) = match t.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    if t.starts_with(['+', '-']) {
        // One sign only (`int('+-1')`).
        return Err(invalid());
    }
    let lower = t.to_ascii_lowercase();
    let (given, prefixed, digits) = match (base, lower.get(..2)) {
        (0 | 16, Some("0x")) => (base, 16, Some(&lower[2..])),
        (0 | 8, Some("0o")) => (base, 8, Some(&lower[2..])),
        (0 | 2, Some("0b")) => (base, 2, Some(&lower[2..])),
        (0, _) => (0, 10, None),
        (b, _) => (b, b, None),
    };
    let base = prefixed;
    // An underscore may follow a base prefix (`0x_1f`), never start the digits otherwise.
    let digits = match digits {
        Some(d) => d.strip_prefix('_').unwrap_or(d),
        None => lower.as_str(),
    };
    // Base 0 reads a literal as the compiler does: no leading zeros on a nonzero decimal.
    if given == 0
        && base == 10
        && digits.starts_with('0')
        && digits.chars().any(|c| c != '0' && c != '_')
    {
        return Err(invalid());
    }
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return Err(invalid());
    }
    let clean: String = digits.chars().filter(|&c| c != '_').collect();
    crate::objects::int::str_digits::check_from_str(vm, clean.len(), base as u32)?;
    let Some(mut value) = crate::objects::int::bigint::parse(&clean, base as u32) else {
        return Err(invalid());
    };
    if negative {
        value = -value;
    }
    crate::objects::int::bigint::from_big(vm, &value)
}
