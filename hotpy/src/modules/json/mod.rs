//! The native part of `_json` (CPython's accelerator for the `json` package, which CPython's
//! own `json/*.py` import when present): the scanner (`decode.rs`) and the encoder
//! (`encode.rs`). `hotpy/lib/_json.py` gives them CPython's names (`scanstring`,
//! `make_scanner`, `make_encoder`, `encode_basestring(_ascii)`) and raises `JSONDecodeError`
//! from the message and position these functions return.
//!
//! Owns: the conversions between Python arguments and the Rust scanner and encoder. Must
//! not: know the `json` package's classes.

mod decode;
mod encode;

use crate::objects::sequence::new_tuple;
use crate::values::{NONE, TRUE, make_int, new_str, str_text, type_name};
use crate::vm::{Error, ThreadState};
use gvmt::rt::Value;

type Kwargs<'a> = &'a [(String, Value)];

/// How deep a document may nest when nothing else limits it: each level is a few Rust
/// frames.
const MAX_NESTING: usize = 100_000;

fn args<const N: usize>(
    name: &str,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<[Value; N], Error> {
    crate::modules::native::args_n::<N>(name, args, kwargs)
}

/// The byte offset of character `index` of `text` (its length past the end).
fn byte_offset(text: &str, index: usize) -> usize {
    if text.is_ascii() {
        return index.min(text.len());
    }
    text.char_indices()
        .nth(index)
        .map_or(text.len(), |(offset, _)| offset)
}

/// The character index of byte `offset` of `text`.
fn char_index(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].chars().count()
}

fn str_arg(vm: &ThreadState, what: &str, v: Value) -> Result<(), Error> {
    if str_text(vm, v).is_none() {
        return Err(Error::new(
            "TypeError",
            format!("{what} must be a string, not {}", type_name(vm, v)),
        ));
    }
    Ok(())
}

fn index_arg(vm: &ThreadState, v: Value) -> Result<usize, Error> {
    let i = crate::objects::size_arg(vm, v)?;
    usize::try_from(i).map_err(|_| Error::new("ValueError", "idx cannot be negative"))
}

/// The failure as what `_json.py` raises: `(None, message, position)`, message None for
/// CPython's StopIteration (no value there); a Python error for the rest.
fn failure(vm: &mut ThreadState, text_of: &str, f: decode::Failure) -> Result<Value, Error> {
    let (message, offset) = match f {
        decode::Failure::NoValue(at) => (None, at),
        decode::Failure::Syntax(message, at) => (Some(message), at),
        decode::Failure::TooDeep(what) => {
            return Err(Error::new(
                "RecursionError",
                format!(
                    "maximum recursion depth exceeded while decoding a JSON {what} from a \
                     unicode string"
                ),
            ));
        }
        decode::Failure::LoneSurrogate(code) => {
            return Err(Error::new(
                "ValueError",
                format!("hotpy strs cannot hold the lone surrogate \\u{code:04x}"),
            ));
        }
    };
    let position = make_int(char_index(text_of, offset) as i64)?;
    let message = match message {
        Some(m) => new_str(vm, m)?,
        None => NONE,
    };
    new_tuple(vm, &[NONE, message, position])
}

/// `_hotpy.json_scanstring(s, end, strict)`: `(text, end)` of the JSON string whose text
/// starts at character `end`, or a failure triple.
pub fn json_scanstring(
    vm: &mut ThreadState,
    a: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let [s, end, strict] = args::<3>("json_scanstring", a, kwargs)?;
    str_arg(vm, "first argument", s)?;
    let strict = strict == TRUE;
    let end = crate::objects::size_arg(vm, end)?;
    let text = str_text(vm, s).expect("checked").to_string();
    let nchars = text.chars().count();
    if end < 0 || end as usize > nchars {
        return Err(Error::new("ValueError", "end is out of bounds"));
    }
    let start = byte_offset(&text, end as usize);
    let parsed = decode::Parser::new(&text, strict, 0).string(start);
    match parsed {
        Ok((value, end)) => {
            let value = new_str(vm, &value)?;
            let h = vm.mutator().root(value);
            let end = make_int(char_index(&text, end) as i64)?;
            let value = vm.mutator().get(h);
            new_tuple(vm, &[value, end])
        }
        Err(f) => failure(vm, &text, f),
    }
}

/// `_hotpy.json_scan(s, idx, strict, object_hook, object_pairs_hook, parse_float,
/// parse_int, parse_constant)`: `(value, end)` of the JSON value at character `idx`, or a
/// failure triple; a None hook (or float/int for the number hooks, which `_json.py` passes
/// as None) is CPython's default.
pub fn json_scan(vm: &mut ThreadState, a: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    let [
        s,
        idx,
        strict,
        object_hook,
        object_pairs_hook,
        parse_float,
        parse_int,
        parse_constant,
    ] = args::<8>("json_scan", a, kwargs)?;
    str_arg(vm, "first argument", s)?;
    let idx = index_arg(vm, idx)?;
    let hook = |v: Value| (v != NONE).then_some(v);
    let hooks = decode::Hooks {
        object_hook: hook(object_hook),
        object_pairs_hook: hook(object_pairs_hook),
        parse_float: hook(parse_float),
        parse_int: hook(parse_int),
        parse_constant: hook(parse_constant),
    };
    let limit = vm
        .interp
        .recursion_limit
        .load(std::sync::atomic::Ordering::Relaxed);
    let depth = limit.saturating_sub(vm.recursion_depth()).min(MAX_NESTING);
    let text = str_text(vm, s).expect("checked").to_string();
    let start = byte_offset(&text, idx);
    let parsed = decode::Parser::new(&text, strict == TRUE, depth).value(start);
    let (node, end) = match parsed {
        Ok(found) => found,
        Err(f) => return failure(vm, &text, f),
    };
    vm.handle_scope(|vm| {
        let hooks = decode::RootedHooks::new(vm, &hooks);
        let value = decode::build(vm, &node, &hooks)?;
        let h = vm.mutator().root(value);
        let end = make_int(char_index(&text, end) as i64)?;
        let value = vm.mutator().get(h);
        new_tuple(vm, &[value, end])
    })
}

/// `_json.encode_basestring_ascii(s)`.
pub fn json_encode_basestring_ascii(
    vm: &mut ThreadState,
    a: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let [s] = args::<1>("encode_basestring_ascii", a, kwargs)?;
    quote_with(vm, s, encode::quote_ascii)
}

/// `_json.encode_basestring(s)`.
pub fn json_encode_basestring(
    vm: &mut ThreadState,
    a: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let [s] = args::<1>("encode_basestring", a, kwargs)?;
    quote_with(vm, s, encode::quote_unicode)
}

fn quote_with(
    vm: &mut ThreadState,
    s: Value,
    quote: fn(&str, &mut String),
) -> Result<Value, Error> {
    let Some(text) = crate::values::str_value_of_any(vm, s) else {
        return Err(Error::new(
            "TypeError",
            format!("first argument must be a string, not {}", type_name(vm, s)),
        ));
    };
    let mut out = String::with_capacity(text.len() + 2);
    quote(&text, &mut out);
    new_str(vm, &out)
}

/// `_hotpy.json_encode(o, check_circular, default, encoder, mode, key_separator,
/// item_separator, sort_keys, skipkeys, allow_nan)`: `o` as JSON text; `mode` 1 and 2 say
/// `encoder` is `encode_basestring_ascii` or `encode_basestring` (0: call it).
pub fn json_encode(vm: &mut ThreadState, a: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    let [
        o,
        check_circular,
        default,
        encoder,
        mode,
        key_separator,
        item_separator,
        sort_keys,
        skipkeys,
        allow_nan,
    ] = args::<10>("json_encode", a, kwargs)?;
    str_arg(vm, "key_separator", key_separator)?;
    str_arg(vm, "item_separator", item_separator)?;
    vm.handle_scope(|vm| {
        let strings = match crate::values::as_int(mode) {
            Some(1) => encode::StrEncoder::Ascii,
            Some(2) => encode::StrEncoder::Unicode,
            _ => encode::StrEncoder::Custom(vm.mutator().root(encoder)),
        };
        let settings = encode::Encoder {
            check_circular: (check_circular == TRUE),
            default: vm.mutator().root(default),
            strings,
            key_separator: str_text(vm, key_separator).expect("checked").to_string(),
            item_separator: str_text(vm, item_separator).expect("checked").to_string(),
            sort_keys: (sort_keys == TRUE),
            skipkeys: (skipkeys == TRUE),
            allow_nan: (allow_nan == TRUE),
        };
        let mut out = String::new();
        settings.value(vm, o, &mut out, &mut Vec::new())?;
        new_str(vm, &out)
    })
}
