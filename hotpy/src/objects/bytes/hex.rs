//! `bytes.fromhex` (a class method: a subclass gets its own instance) and the `hex()` of
//! bytes, bytearray and memoryview.

use crate::objects::int::bytes::{Kwargs, check_keywords};
use crate::values::str_value;
use crate::vm::{Error, ThreadState};
use gvmt::rt::Value;

/// `bytes.fromhex(string)`: pairs of hex digits, whitespace between pairs ignored.
pub fn fromhex(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    check_keywords("fromhex", kwargs, &[])?;
    crate::objects::class::builtin_types::class_method(
        vm,
        args,
        "fromhex",
        crate::objects::class::builtin_types::ids::BYTES,
        bytes_from_hex,
    )
}

/// `bytearray.fromhex(string)`.
pub fn bytearray_fromhex(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    check_keywords("fromhex", kwargs, &[])?;
    crate::objects::class::builtin_types::class_method(
        vm,
        args,
        "fromhex",
        crate::objects::class::builtin_types::ids::BYTEARRAY,
        |vm, args| {
            let made = bytes_from_hex(vm, args)?;
            let data = crate::objects::bytes::value(vm, made).unwrap_or_default();
            crate::objects::bytearray::new_bytearray(vm, &data)
        },
    )
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

/// The text of `x.hex(sep=None, bytes_per_sep=1)` of `data` (`args` positional): two hex
/// digits a byte, with `sep` (one ASCII character, str or bytes) between groups of
/// `bytes_per_sep` bytes counted from the right (from the left when it is negative).
pub fn hex_digits(vm: &mut ThreadState, data: &[u8], args: &[Value]) -> Result<String, Error> {
    if args.len() > 2 {
        return Err(Error::new(
            "TypeError",
            format!("hex() takes at most 2 arguments ({} given)", args.len()),
        ));
    }
    let sep = match args.first() {
        None => None,
        Some(&s) if s == crate::values::NONE => None,
        Some(&s) => {
            let text = match str_value(vm, s) {
                Some(t) if t.chars().count() == 1 && !t.is_ascii() => {
                    return Err(Error::new("ValueError", "sep must be ASCII."));
                }
                Some(t) => t.into_bytes(),
                None => match crate::objects::bytes::value(vm, s) {
                    Some(b) => b,
                    None => {
                        return Err(Error::new(
                            "TypeError",
                            format!(
                                "object of type '{}' has no len()",
                                crate::values::type_name(vm, s)
                            ),
                        ));
                    }
                },
            };
            if text.len() != 1 {
                return Err(Error::new("ValueError", "sep must be length 1."));
            }
            if !text[0].is_ascii() {
                return Err(Error::new("ValueError", "sep must be ASCII."));
            }
            Some(text[0] as char)
        }
    };
    let group = match args.get(1) {
        None => 1,
        Some(&g) => crate::protocols::index::clamped_index(vm, g)?,
    };
    let mut text = String::with_capacity(data.len() * 3);
    let Some(sep) = sep.filter(|_| group != 0) else {
        for b in data {
            text.push_str(&format!("{b:02x}"));
        }
        return Ok(text);
    };
    let width = group.unsigned_abs().min(data.len().max(1) as u64) as usize;
    // Where the first group ends: groups are whole from the right for a positive size.
    let offset = if group > 0 { data.len() % width } else { 0 };
    for (i, b) in data.iter().enumerate() {
        if i > 0 && (i + width - offset).is_multiple_of(width) {
            text.push(sep);
        }
        text.push_str(&format!("{b:02x}"));
    }
    Ok(text)
}
