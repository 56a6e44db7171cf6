//! `bytes`: immutable byte strings (literals, `bytes(...)`, `str.encode`, `decode`, indexing to
//! ints, slicing, iteration, `+`, `*`, comparison, hashing, `in`, `hex`, CPython's repr).

pub mod hex;
pub mod methods;

use crate::generated::layouts::Bytes;
use crate::objects::codecs::{self, Codec};
use crate::values::{as_int, layout_of, make_int, type_name};
use crate::vm::{Error, ThreadState};
use gvmt::rt::{Value, Vm};

type Kwargs<'a> = &'a [(String, Value)];

pub fn is_bytes(vm: &ThreadState, v: Value) -> bool {
    layout_of(vm, v) == Some(Bytes::ID)
}

/// The contents of a bytes object.
pub fn value(vm: &ThreadState, v: Value) -> Option<Vec<u8>> {
    if !is_bytes(vm, v) {
        return None;
    }
    let ctx = vm.vmctx();
    let n = Bytes::nbytes(ctx, v) as usize;
    let mut out = Vec::with_capacity(n);
    for i in 0..Bytes::words(ctx, v) as usize {
        out.extend((Bytes::data(ctx, v, i) as u64).to_le_bytes());
    }
    out.truncate(n);
    Some(out)
}

/// A new bytes object. May collect.
pub fn new_bytes(vm: &mut ThreadState, data: &[u8]) -> Result<Value, Error> {
    let words = data.len().div_ceil(8);
    let object = vm.alloc(Bytes::ID, Bytes::size_for(words))?;
    let ctx = vm.vmctx();
    Bytes::set_nbytes(ctx, object, data.len() as i64);
    Bytes::set_words(ctx, object, words as i64);
    for (i, chunk) in data.chunks(8).enumerate() {
        let mut word = [0u8; 8];
        word[..chunk.len()].copy_from_slice(chunk);
        Bytes::set_data(ctx, object, i, i64::from_le_bytes(word));
    }
    Ok(object)
}

/// CPython's repr: `b'...'` (double quotes if the data has `'` and no `"`).
pub fn repr(data: &[u8]) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = format!("b{quote}");
    for &b in data {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            b if b as char == quote => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7e => out.push(b as char),
            b => out.push_str(&format!("\\x{b:02x}")),
        }
    }
    out.push(quote);
    out
}

/// `bytes()`, `bytes(n)`, `bytes(iterable of ints)`, `bytes(str, encoding)`.
pub fn bytes(vm: &mut ThreadState, args: &[Value], _kwargs: Kwargs<'_>) -> Result<Value, Error> {
    match args {
        [] => new_bytes(vm, &[]),
        [s, ..] if crate::values::str_value(vm, *s).is_some() => {
            if args.len() < 2 {
                return Err(Error::new(
                    "TypeError",
                    "string argument without an encoding",
                ));
            }
            let text = crate::values::str_value(vm, *s).unwrap_or_default();
            new_bytes(vm, text.as_bytes())
        }
        [n] if as_int(*n).is_some() || crate::objects::int::bigint::is_big(vm, *n) => {
            // CPython's `PyNumber_AsSsize_t` message for a count past 64 bits.
            let n = crate::objects::size_arg(vm, *n).map_err(|e| {
                if e.is("OverflowError") {
                    Error::new(
                        "OverflowError",
                        "cannot fit 'int' into an index-sized integer",
                    )
                } else {
                    e
                }
            })?;
            if n < 0 {
                return Err(Error::new("ValueError", "negative count"));
            }
            crate::values::check_size(vm, n as u128)?;
            new_bytes(vm, &vec![0; n as usize])
        }
        [b] if is_bytes(vm, *b) => Ok(*b),
        [obj] if crate::protocols::dunder::takes_part(vm, *obj) => {
            // `__bytes__` if the class has one, else the items it iterates over.
            let (r, items) = vm.handle_scope(|vm| {
                let h = vm.mutator().root(*obj);
                let r = crate::protocols::dunder::call(vm, *obj, "__bytes__", &[]);
                (r, vm.mutator().get(h))
            });
            match r? {
                Some(r) if is_bytes(vm, r) => Ok(r),
                Some(r) => Err(Error::new(
                    "TypeError",
                    format!(
                        "__bytes__ returned non-bytes (type {})",
                        crate::values::type_name(vm, r)
                    ),
                )),
                None => from_items(vm, items),
            }
        }
        [items] => from_items(vm, *items),
        _ => Err(Error::new(
            "TypeError",
            format!("bytes() takes at most 3 arguments ({} given)", args.len()),
        )),
    }
}

/// `bytes(iterable)`: the ints 0..256 it gives.
fn from_items(vm: &mut ThreadState, items: Value) -> Result<Value, Error> {
    let values = crate::modules::builtins::collect(vm, items)?;
    let values = if values
        .iter()
        .any(|&v| crate::objects::class::is_instance(vm, v))
    {
        // Items with `__index__` stand for their ints.
        vm.handle_scope(|vm| {
            let handles: Vec<_> = values.iter().map(|&v| vm.mutator().root(v)).collect();
            for &h in &handles {
                let v = vm.mutator().get(h);
                let i = crate::protocols::index::index_value(vm, v)?;
                vm.mutator().set(h, i);
            }
            Ok::<_, Error>(
                handles
                    .iter()
                    .map(|&h| vm.mutator().get(h))
                    .collect::<Vec<_>>(),
            )
        })?
    } else {
        values
    };
    let mut data = Vec::with_capacity(values.len());
    for v in values {
        match as_int(v) {
            Some(i @ 0..=255) => data.push(i as u8),
            Some(_) => {
                return Err(Error::new("ValueError", "bytes must be in range(0, 256)"));
            }
            None => {
                return Err(Error::new(
                    "TypeError",
                    format!(
                        "'{}' object cannot be interpreted as an integer",
                        type_name(vm, v)
                    ),
                ));
            }
        }
    }
    new_bytes(vm, &data)
}

/// The `(encoding, errors)` of `encode`/`decode`, positional or by keyword.
fn codec_args(
    vm: &ThreadState,
    what: &str,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<(String, String), Error> {
    if args.len() > 2 {
        return Err(Error::new(
            "TypeError",
            format!("{what}() takes at most 2 arguments ({} given)", args.len()),
        ));
    }
    let mut given = [args.first().copied(), args.get(1).copied()];
    for (name, v) in kwargs {
        let slot = match name.as_str() {
            "encoding" => 0,
            "errors" => 1,
            _ => {
                return Err(Error::new(
                    "TypeError",
                    format!("'{name}' is an invalid keyword argument for {what}()"),
                ));
            }
        };
        if given[slot].is_some() {
            return Err(Error::new(
                "TypeError",
                format!(
                    "argument for {what}() given by name ('{name}') and position ({})",
                    slot + 1
                ),
            ));
        }
        given[slot] = Some(*v);
    }
    let text = |i: usize, default: &str| -> Result<String, Error> {
        match given[i] {
            None => Ok(default.to_string()),
            Some(v) => crate::values::str_value(vm, v).ok_or_else(|| {
                Error::new(
                    "TypeError",
                    format!(
                        "{what}() argument '{}' must be str, not {}",
                        ["encoding", "errors"][i],
                        type_name(vm, v)
                    ),
                )
            }),
        }
    };
    Ok((text(0, "utf-8")?, text(1, "strict")?))
}

/// The native codec and handler for `encoding` and `errors`, if hotpy has both natively
/// (else `_codecs` does the work: the `encodings` package's codecs, the program's error
/// handlers).
fn native_codec(encoding: &str, errors: &str) -> Option<Codec> {
    let handler_known = codecs::Handler::lookup(errors).is_ok();
    Codec::lookup(encoding).ok().filter(|_| handler_known)
}

/// `str.encode` or `bytes.decode` (`function`: `_text_encode`, `_text_decode`) through
/// hotpy's `_codecs` module.
fn python_codec(
    vm: &mut ThreadState,
    function: &str,
    object: Value,
    encoding: &str,
    errors: &str,
) -> Result<Value, Error> {
    vm.handle_scope(|vm| {
        let ho = vm.mutator().root(object);
        let name = crate::values::new_str(vm, function)?;
        let hn = vm.mutator().root(name);
        let module = crate::modules::import_absolute(vm, "_codecs")?;
        let name = vm.mutator().get(hn);
        let f = crate::protocols::attributes::get_attr(vm, module, name)?;
        let hf = vm.mutator().root(f);
        let encoding = crate::values::new_str(vm, encoding)?;
        let he = vm.mutator().root(encoding);
        let errors = crate::values::new_str(vm, errors)?;
        let [f, object, encoding] = [hf, ho, he].map(|h| vm.mutator().get(h));
        vm.call(f, &[object, encoding, errors], &[])
    })
}

/// `b.decode(encoding='utf-8', errors='strict')` (also `str(b, encoding, errors)`).
pub fn decode(vm: &mut ThreadState, b: Value, args: &[Value]) -> Result<Value, Error> {
    decode_kw(vm, b, args, &[])
}

pub fn decode_kw(
    vm: &mut ThreadState,
    b: Value,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let (encoding, errors) = codec_args(vm, "decode", args, kwargs)?;
    let Some(codec) = native_codec(&encoding, &errors) else {
        return python_codec(vm, "_text_decode", b, &encoding, &errors);
    };
    let data = value(vm, b).unwrap_or_default();
    let text = codecs::decode(&data, codec, &errors).map_err(|e| codec_error(vm, e, b))?;
    crate::values::new_str(vm, &text)
}

/// `s.encode(encoding='utf-8', errors='strict')`.
pub fn encode(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    encode_kw(vm, s, args, &[])
}

pub fn encode_kw(
    vm: &mut ThreadState,
    s: Value,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let (encoding, errors) = codec_args(vm, "encode", args, kwargs)?;
    let Some(codec) = native_codec(&encoding, &errors) else {
        return python_codec(vm, "_text_encode", s, &encoding, &errors);
    };
    let text = crate::values::str_value(vm, s).unwrap_or_default();
    let data = codecs::encode(&text, codec, &errors).map_err(|e| codec_error(vm, e, s))?;
    new_bytes(vm, &data)
}

/// The exception for a codec's failure on `object` (the str or bytes being coded): a
/// UnicodeEncodeError or UnicodeDecodeError with CPython's args `(encoding, object, start,
/// end, reason)`.
pub fn codec_error(vm: &mut ThreadState, e: codecs::CodecError, object: Value) -> Error {
    let f = match e {
        codecs::CodecError::Other(e) => return e,
        codecs::CodecError::Unicode(f) => f,
    };
    let kind = if f.decoding {
        "UnicodeDecodeError"
    } else {
        "UnicodeEncodeError"
    };
    let made = vm.handle_scope(|vm| {
        let ho = vm.mutator().root(object);
        let encoding = crate::values::new_str(vm, f.encoding)?;
        let he = vm.mutator().root(encoding);
        let reason = crate::values::new_str(vm, &f.reason)?;
        let hr = vm.mutator().root(reason);
        // (Small ints: immediates, nothing to root.)
        let start = crate::values::make_int(f.start as i64)?;
        let end = crate::values::make_int(f.end as i64)?;
        let [encoding, object, reason] = [he, ho, hr].map(|h| vm.mutator().get(h));
        Ok::<_, Error>([encoding, object, start, end, reason])
    });
    match made {
        Ok(args) => crate::objects::exception::error_with_args(vm, kind, &args),
        Err(e) => e,
    }
}

/// `b.hex()`.
pub fn hex(vm: &mut ThreadState, b: Value, _args: &[Value]) -> Result<Value, Error> {
    let data = value(vm, b).unwrap_or_default();
    let text: String = data.iter().map(|b| format!("{b:02x}")).collect();
    crate::values::new_str(vm, &text)
}

/// `b[i]` (an int) or a slice of `b`.
pub fn subscript(vm: &mut ThreadState, b: Value, index: Value) -> Result<Value, Error> {
    let data = value(vm, b).unwrap_or_default();
    let Some(i) = as_int(index) else {
        return Err(Error::new(
            "TypeError",
            format!(
                "byte indices must be integers or slices, not {}",
                type_name(vm, index)
            ),
        ));
    };
    let at = if i < 0 { i + data.len() as i64 } else { i };
    match data.get(at.max(-1) as usize).filter(|_| at >= 0) {
        Some(&byte) => make_int(byte as i64),
        None => Err(Error::new("IndexError", "index out of range")),
    }
}

/// `b[lower:upper:step]`.
pub fn slice(
    vm: &mut ThreadState,
    b: Value,
    lower: Value,
    upper: Value,
    step: Value,
) -> Result<Value, Error> {
    let data = value(vm, b).unwrap_or_default();
    let picked: Vec<u8> = crate::objects::sequence::slice_indices(data.len(), lower, upper, step)?
        .into_iter()
        .map(|i| data[i])
        .collect();
    new_bytes(vm, &picked)
}

/// A list of the byte values (iteration).
pub fn ints(vm: &mut ThreadState, b: Value) -> Result<Value, Error> {
    let data = value(vm, b).unwrap_or_default();
    let items: Vec<Value> = data
        .iter()
        .map(|&x| make_int(x as i64))
        .collect::<Result<_, _>>()?;
    crate::objects::sequence::new_list(vm, &items)
}

/// `+`, `*` on bytes; `None` when neither operand is bytes.
pub fn binary(vm: &mut ThreadState, op: char, a: Value, b: Value) -> Option<Result<Value, Error>> {
    match op {
        '+' => {
            let (x, y) = (value(vm, a)?, value(vm, b)?);
            Some(new_bytes(vm, &[x, y].concat()))
        }
        _ => {
            let (data, n) = match (value(vm, a), value(vm, b)) {
                (Some(d), None) => (d, as_int(b)?),
                (None, Some(d)) => (d, as_int(a)?),
                _ => return None,
            };
            if let Err(e) = crate::values::check_size(vm, data.len() as u128 * n.max(0) as u128) {
                return Some(Err(e));
            }
            Some(new_bytes(vm, &data.repeat(n.max(0) as usize)))
        }
    }
}

/// `x in b`: a byte value or a sub-sequence.
pub fn contains(vm: &ThreadState, b: Value, x: Value) -> Result<bool, Error> {
    let data = value(vm, b).unwrap_or_default();
    if let Some(i) = as_int(x) {
        if !(0..=255).contains(&i) {
            return Err(Error::new("ValueError", "byte must be in range(0, 256)"));
        }
        return Ok(data.contains(&(i as u8)));
    }
    match value(vm, x) {
        Some(sub) => Ok(sub.is_empty() || data.windows(sub.len()).any(|w| w == sub.as_slice())),
        None => Err(Error::new(
            "TypeError",
            format!(
                "a bytes-like object is required, not '{}'",
                type_name(vm, x)
            ),
        )),
    }
}
