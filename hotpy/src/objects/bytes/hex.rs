//! `bytes.fromhex` (a class method: a subclass gets its own instance).

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
