//! Conversions between ints and bytes, and str translation tables: `int.from_bytes`,
//! `int.to_bytes`, `bytes.fromhex`, `str.maketrans` and `str.translate`.
//!
//! Owns: those methods. Must not: know about other methods of these types (`bytes.rs`,
//! `str_methods.rs`).

use super::{NONE, as_int, str_value, type_name};
use crate::vm::{Error, ThreadState};
use gvmt::rt::Value;
use num_bigint::{BigInt, Sign};

type Kwargs<'a> = &'a [(String, Value)];

/// A keyword or positional argument: `args[i]`, else keyword `name`, else None.
fn argument(args: &[Value], kwargs: Kwargs<'_>, i: usize, name: &str) -> Option<Value> {
    args.get(i)
        .copied()
        .or_else(|| kwargs.iter().find(|(k, _)| k == name).map(|(_, v)| *v))
}

/// `byteorder` as `true` for big-endian (its default since 3.11).
fn big_endian(vm: &ThreadState, order: Option<Value>) -> Result<bool, Error> {
    match order.map(|o| str_value(vm, o)) {
        None => Ok(true),
        Some(Some(s)) if s == "big" => Ok(true),
        Some(Some(s)) if s == "little" => Ok(false),
        Some(Some(_)) => Err(Error::new(
            "ValueError",
            "byteorder must be either 'little' or 'big'",
        )),
        Some(None) => Err(Error::new(
            "TypeError",
            "to_bytes() argument 'byteorder' must be str",
        )),
    }
}

fn signed(vm: &mut ThreadState, kwargs: Kwargs<'_>) -> Result<bool, Error> {
    for (k, v) in kwargs {
        if k == "signed" {
            return super::is_true(vm, *v);
        }
    }
    Ok(false)
}

/// Refuses keywords other than `allowed`.
fn check_keywords(name: &str, kwargs: Kwargs<'_>, allowed: &[&str]) -> Result<(), Error> {
    match kwargs.iter().find(|(k, _)| !allowed.contains(&k.as_str())) {
        Some((k, _)) => Err(Error::new(
            "TypeError",
            format!("'{k}' is an invalid keyword argument for {name}()"),
        )),
        None => Ok(()),
    }
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`.
pub fn from_bytes(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    check_keywords("from_bytes", kwargs, &["bytes", "byteorder", "signed"])?;
    super::type_objects::class_method(vm, args, "from_bytes", "int", |vm, rest| {
        int_from_bytes(vm, rest, kwargs)
    })
}

fn int_from_bytes(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let Some(source) = argument(args, kwargs, 0, "bytes") else {
        return Err(Error::new(
            "TypeError",
            "from_bytes() missing required argument 'bytes' (pos 1)",
        ));
    };
    let big = big_endian(vm, argument(args, kwargs, 1, "byteorder"))?;
    let signed = signed(vm, kwargs)?;
    let data = match crate::objects::bytes::value(vm, source) {
        Some(d) => d,
        None => {
            // What `bytes(source)` accepts: an iterable of ints in range(256) (not a str).
            let cannot = |vm: &ThreadState| {
                Error::new(
                    "TypeError",
                    format!(
                        "cannot convert '{}' object to bytes",
                        super::type_objects::python_type_name(vm, source)
                    ),
                )
            };
            if super::str_value(vm, source).is_some() {
                return Err(cannot(vm));
            }
            let items = match super::builtins::collect(vm, source) {
                Ok(items) => items,
                Err(e) if e.is("TypeError") => return Err(cannot(vm)),
                Err(e) => return Err(e),
            };
            let mut out = Vec::with_capacity(items.len());
            for v in items {
                match as_int(v) {
                    Some(i @ 0..=255) => out.push(i as u8),
                    Some(_) => {
                        return Err(Error::new("ValueError", "bytes must be in range(0, 256)"));
                    }
                    None if super::layout_of(vm, v)
                        == Some(crate::generated::layouts::BigInt::ID) =>
                    {
                        return Err(Error::new("ValueError", "bytes must be in range(0, 256)"));
                    }
                    None => {
                        return Err(Error::new(
                            "TypeError",
                            format!(
                                "'{}' object cannot be interpreted as an integer",
                                super::type_objects::python_type_name(vm, v)
                            ),
                        ));
                    }
                }
            }
            out
        }
    };
    let n = match (big, signed) {
        (true, false) => BigInt::from_bytes_be(Sign::Plus, &data),
        (false, false) => BigInt::from_bytes_le(Sign::Plus, &data),
        (true, true) => BigInt::from_signed_bytes_be(&data),
        (false, true) => BigInt::from_signed_bytes_le(&data),
    };
    crate::objects::int::bigint::from_big(vm, &n)
}

/// `n.to_bytes(length=1, byteorder='big', *, signed=False)`.
pub fn to_bytes(
    vm: &mut ThreadState,
    n: Value,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    check_keywords("to_bytes", kwargs, &["length", "byteorder", "signed"])?;
    let length = match argument(args, kwargs, 0, "length") {
        None => 1,
        Some(l) => match as_int(l) {
            Some(l) if l >= 0 => l as usize,
            Some(_) => {
                return Err(Error::new(
                    "ValueError",
                    "length argument must be non-negative",
                ));
            }
            None => {
                return Err(Error::new(
                    "TypeError",
                    format!(
                        "'{}' object cannot be interpreted as an integer",
                        type_name(vm, l)
                    ),
                ));
            }
        },
    };
    let big = big_endian(vm, argument(args, kwargs, 1, "byteorder"))?;
    let signed = signed(vm, kwargs)?;
    let value = crate::objects::int::bigint::to_big(vm, n).unwrap_or_default();
    if !signed && value.sign() == Sign::Minus {
        return Err(Error::new(
            "OverflowError",
            "can't convert negative int to unsigned",
        ));
    }
    let mut data = if signed {
        value.to_signed_bytes_be()
    } else {
        value.to_bytes_be().1
    };
    // The minimal form of 0 is one zero byte; an unsigned value needs no sign byte.
    if value.sign() == Sign::NoSign {
        data.clear();
    }
    if data.len() > length {
        return Err(Error::new("OverflowError", "int too big to convert"));
    }
    let fill = if signed && value.sign() == Sign::Minus {
        0xff
    } else {
        0
    };
    let mut out = vec![fill; length - data.len()];
    out.extend_from_slice(&data);
    if !big {
        out.reverse();
    }
    super::check_size(vm, out.len() as u128)?;
    crate::objects::bytes::new_bytes(vm, &out)
}

/// `bytes.fromhex(string)`: pairs of hex digits, whitespace between pairs ignored.
pub fn fromhex(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    check_keywords("fromhex", kwargs, &[])?;
    super::type_objects::class_method(vm, args, "fromhex", "bytes", bytes_from_hex)
}

fn bytes_from_hex(vm: &mut ThreadState, args: &[Value]) -> Result<Value, Error> {
    let Some(text) = args.first().and_then(|&s| str_value(vm, s)) else {
        return Err(Error::new("TypeError", "fromhex() argument must be str"));
    };
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_whitespace() {
            i += 1;
            continue;
        }
        let digit = |c: char| c.to_digit(16);
        match (digit(chars[i]), chars.get(i + 1).and_then(|&c| digit(c))) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            (Some(_), None) => {
                return Err(Error::new(
                    "ValueError",
                    format!(
                        "non-hexadecimal number found in fromhex() arg at position {}",
                        i + 1
                    ),
                ));
            }
            _ => {
                return Err(Error::new(
                    "ValueError",
                    format!("non-hexadecimal number found in fromhex() arg at position {i}"),
                ));
            }
        }
        i += 2;
    }
    crate::objects::bytes::new_bytes(vm, &out)
}

/// `str.maketrans(x[, y[, z]])`: a dict from code points to code points, strs or None.
pub fn maketrans(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    check_keywords("maketrans", kwargs, &[])?;
    let mut pairs: Vec<(i64, Option<String>)> = Vec::new();
    match args {
        [x] => {
            if !crate::objects::dict::is_dict(vm, *x) {
                return Err(Error::new(
                    "TypeError",
                    "if you give only one argument to maketrans it must be a dict",
                ));
            }
            let entries = crate::objects::dict::entries(vm, *x);
            let mut out = Vec::with_capacity(entries.len());
            for (k, v) in entries {
                let key = match (as_int(k), str_value(vm, k)) {
                    (Some(i), _) => i,
                    (_, Some(s)) if s.chars().count() == 1 => {
                        s.chars().next().unwrap_or('\0') as i64
                    }
                    _ => {
                        return Err(Error::new(
                            "ValueError",
                            "string keys in translate table must be of length 1",
                        ));
                    }
                };
                out.push((key, v));
            }
            return vm.handle_scope(|vm| {
                // The values are held before the dict is made (making it may collect).
                let held: Vec<_> = out
                    .iter()
                    .map(|&(k, v)| (k, vm.mutator().root(v)))
                    .collect();
                let d = crate::objects::dict::new_dict(vm, held.len())?;
                let hd = vm.mutator().root(d);
                for (k, hv) in held {
                    let key = super::make_int(k)?;
                    let (d, v) = (vm.mutator().get(hd), vm.mutator().get(hv));
                    crate::objects::dict::set(vm, d, key, v)?;
                }
                Ok(vm.mutator().get(hd))
            });
        }
        [x, y] | [x, y, _] => {
            let (Some(from), Some(to)) = (str_value(vm, *x), str_value(vm, *y)) else {
                return Err(Error::new(
                    "TypeError",
                    "maketrans() arguments must be strs",
                ));
            };
            if from.chars().count() != to.chars().count() {
                return Err(Error::new(
                    "ValueError",
                    "the first two maketrans arguments must have equal length",
                ));
            }
            for (a, b) in from.chars().zip(to.chars()) {
                pairs.push((a as i64, Some(b.to_string())));
            }
            if let [_, _, z] = args {
                let Some(gone) = str_value(vm, *z) else {
                    return Err(Error::new(
                        "TypeError",
                        "maketrans() argument 3 must be str",
                    ));
                };
                pairs.extend(gone.chars().map(|c| (c as i64, None)));
            }
        }
        _ => {
            return Err(Error::new(
                "TypeError",
                format!("maketrans expected at most 3 arguments, got {}", args.len()),
            ));
        }
    }
    // Values are code points (ints), as CPython's table.
    let d = crate::objects::dict::new_dict(vm, pairs.len())?;
    vm.handle_scope(|vm| {
        let hd = vm.mutator().root(d);
        for (k, v) in pairs {
            let key = super::make_int(k)?;
            let value = match v {
                Some(s) => super::make_int(s.chars().next().unwrap_or('\0') as i64)?,
                None => NONE,
            };
            let d = vm.mutator().get(hd);
            crate::objects::dict::set(vm, d, key, value)?;
        }
        Ok(vm.mutator().get(hd))
    })
}

/// `s.translate(table)`: each character looked up in `table` by code point (a missing key
/// keeps the character; None deletes it; an int or str replaces it).
pub fn translate(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    let [table] = args else {
        return Err(Error::new(
            "TypeError",
            format!(
                "translate() takes exactly one argument ({} given)",
                args.len()
            ),
        ));
    };
    let text = str_value(vm, s).unwrap_or_default();
    let mut out = String::with_capacity(text.len());
    vm.handle_scope(|vm| {
        let ht = vm.mutator().root(*table);
        for c in text.chars() {
            let key = super::make_int(c as i64)?;
            let table = vm.mutator().get(ht);
            let found = match super::sequences::subscript(vm, table, key) {
                Ok(v) => Some(v),
                Err(e) if e.is("LookupError") || e.is("KeyError") || e.is("IndexError") => None,
                Err(e) => return Err(e),
            };
            match found {
                None => out.push(c),
                Some(v) if v == NONE => {}
                Some(v) => match (as_int(v), str_value(vm, v)) {
                    (Some(i), _) => match u32::try_from(i).ok().and_then(char::from_u32) {
                        Some(ch) => out.push(ch),
                        None => {
                            return Err(Error::new(
                                "ValueError",
                                "character mapping must be in range(0x110000)",
                            ));
                        }
                    },
                    (_, Some(r)) => out.push_str(&r),
                    _ => {
                        return Err(Error::new(
                            "TypeError",
                            "character mapping must return integer, None or str",
                        ));
                    }
                },
            }
        }
        Ok(())
    })?;
    super::new_str(vm, &out)
}
