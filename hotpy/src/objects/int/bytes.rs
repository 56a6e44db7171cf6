//! Conversions between ints and bytes: `int.from_bytes` (a class method: a subclass gets its
//! own instance) and `int.to_bytes`, with CPython's argument rules and errors.

use crate::values::{as_int, str_value};
use crate::vm::{Error, ThreadState};
use gvmt::rt::Value;
use num_bigint::{BigInt, Sign};

pub(crate) type Kwargs<'a> = &'a [(String, Value)];

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
            return crate::values::is_true(vm, *v);
        }
    }
    Ok(false)
}

/// Refuses keywords other than `allowed`.
pub(crate) fn check_keywords(
    name: &str,
    kwargs: Kwargs<'_>,
    allowed: &[&str],
) -> Result<(), Error> {
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
    crate::objects::class::builtin_types::class_method(
        vm,
        args,
        "from_bytes",
        crate::objects::class::builtin_types::ids::INT,
        |vm, rest| int_from_bytes(vm, rest, kwargs),
    )
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
    let data = match crate::objects::bytes::buffer_value(vm, source) {
        Some(d) => d,
        None => {
            // What `bytes(source)` accepts: an iterable of ints in range(256) (not a str).
            let cannot = |vm: &ThreadState| {
                Error::new(
                    "TypeError",
                    format!(
                        "cannot convert '{}' object to bytes",
                        crate::objects::class::builtin_types::python_type_name(vm, source)
                    ),
                )
            };
            if crate::values::str_value(vm, source).is_some() {
                return Err(cannot(vm));
            }
            let items = match crate::modules::builtins::collect(vm, source) {
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
                    None if crate::values::layout_of(vm, v)
                        == Some(crate::generated::layouts::BigInt::ID) =>
                    {
                        return Err(Error::new("ValueError", "bytes must be in range(0, 256)"));
                    }
                    None => {
                        return Err(Error::new(
                            "TypeError",
                            format!(
                                "'{}' object cannot be interpreted as an integer",
                                crate::objects::class::builtin_types::python_type_name(vm, v)
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
        Some(l) => match crate::objects::size_arg(vm, l)? {
            l if l >= 0 => l as usize,
            _ => {
                return Err(Error::new(
                    "ValueError",
                    "length argument must be non-negative",
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
    // Room first: a huge length is a MemoryError, never an allocation abort.
    crate::values::check_size(vm, length as u128)?;
    let mut out = vec![fill; length - data.len()];
    out.extend_from_slice(&data);
    if !big {
        out.reverse();
    }
    crate::values::check_size(vm, out.len() as u128)?;
    crate::objects::bytes::new_bytes(vm, &out)
}
