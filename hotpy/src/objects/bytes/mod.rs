//! `bytes`: immutable byte strings (literals, `bytes(...)`, `str.encode`, `decode`, indexing to
//! ints, slicing, iteration, `+`, `*`, comparison, hashing, `in`, `hex`, CPython's repr).

pub mod hex;
pub mod methods;
pub mod transform;

use crate::generated::layouts::{ByteArray, Bytes, MemoryView};
use crate::objects::codecs::{self, Codec};
use crate::values::{as_int, layout_of, make_int, type_name};
use crate::vm::{Error, ThreadState};
use gvmt::rt::{Value, Vm};

type Kwargs<'a> = &'a [(String, Value)];

pub fn is_bytes(vm: &ThreadState, v: Value) -> bool {
    layout_of(vm, v) == Some(Bytes::ID)
}

/// True for bytes and bytearray: what the methods, operators and functions that take "a
/// bytes-like object" accept.
pub fn is_bytes_like(vm: &ThreadState, v: Value) -> bool {
    matches!(layout_of(vm, v), Some(Bytes::ID | ByteArray::ID))
}

/// The contents of a bytes or bytearray object (a copy).
pub fn value(vm: &ThreadState, v: Value) -> Option<Vec<u8>> {
    let ctx = vm.vmctx();
    match layout_of(vm, v)? {
        Bytes::ID => Some(immutable_contents(ctx, v).to_vec()),
        ByteArray::ID => Some(crate::objects::bytearray::contents(ctx, v)),
        MemoryView::ID => crate::objects::memoryview::contents(vm, v),
        _ => None,
    }
}

/// The bytes of an object that exports a buffer of bytes (CPython's buffer protocol, for
/// the functions that read any such object: `join`, `int.from_bytes`, hashing, writing to
/// files and sockets, `bytearray.extend`): bytes, bytearray, memoryview, `array.array` (its
/// items' bytes) and a subclass instance carrying one of these.
pub fn buffer_value(vm: &ThreadState, v: Value) -> Option<Vec<u8>> {
    let v = crate::objects::class::builtin_subclasses::value_of(vm, v).unwrap_or(v);
    if crate::objects::array::is_array(vm, v) {
        return Some(crate::objects::array::contents(vm, v));
    }
    value(vm, v)
}

/// The bytes of a `bytes` object (not of the storage of a bytearray or array, which
/// change), borrowed in place.
fn immutable_contents(ctx: &gvmt::rt::VmCtx, b: Value) -> &[u8] {
    let n = Bytes::nbytes(ctx, b) as usize;
    assert!(
        n <= 8 * Bytes::tail_len(ctx, b),
        "bytes: length past the storage"
    );
    crate::vm::byte_storage::immutable(ctx, b, n)
}

/// The length of a bytes or bytearray object, without copying it.
pub fn length(vm: &ThreadState, v: Value) -> Option<usize> {
    let ctx = vm.vmctx();
    match layout_of(vm, v)? {
        Bytes::ID => Some(Bytes::nbytes(ctx, v) as usize),
        ByteArray::ID => Some(crate::objects::bytearray::len(ctx, v)),
        _ => None,
    }
}

/// The byte at `i` (< its length) of a bytes or bytearray object.
pub fn byte_at(vm: &ThreadState, v: Value, i: usize) -> u8 {
    let ctx = vm.vmctx();
    match layout_of(vm, v) {
        Some(ByteArray::ID) => storage_byte(ctx, ByteArray::storage(ctx, v), i),
        _ => storage_byte(ctx, v, i),
    }
}

/// Byte `i` of the words of Bytes object `b`.
pub(crate) fn storage_byte(ctx: &gvmt::rt::VmCtx, b: Value, i: usize) -> u8 {
    (Bytes::data(ctx, b, i / 8) as u64).to_le_bytes()[i % 8]
}

/// `n` bytes from byte `from` of the words of Bytes object `b` (within its words).
pub(crate) fn read_bytes(ctx: &gvmt::rt::VmCtx, b: Value, from: usize, n: usize) -> Vec<u8> {
    assert!(
        from + n <= 8 * Bytes::tail_len(ctx, b),
        "bytes: read past the storage"
    );
    let mut out = vec![0; n];
    crate::vm::byte_storage::read(ctx, b, from, &mut out);
    out
}

/// Writes `data` at byte `at` of the words of Bytes object `b` (which has room for them).
pub(crate) fn write_bytes(ctx: &gvmt::rt::VmCtx, b: Value, at: usize, data: &[u8]) {
    assert!(
        at + data.len() <= 8 * Bytes::tail_len(ctx, b),
        "bytes: write past the storage"
    );
    crate::vm::byte_storage::write(ctx, b, at, data);
}

/// A new bytes object. May collect.
pub fn new_bytes(vm: &mut ThreadState, data: &[u8]) -> Result<Value, Error> {
    let object = new_storage(vm, data.len())?;
    let ctx = vm.vmctx();
    Bytes::set_nbytes(ctx, object, data.len() as i64);
    // The object is this thread's, unpublished and zeroed: no barrier.
    crate::vm::byte_storage::init(ctx, object, data);
    Ok(object)
}

/// A zeroed Bytes object with words for `capacity` bytes (`nbytes` 0). May collect.
pub(crate) fn new_storage(vm: &mut ThreadState, capacity: usize) -> Result<Value, Error> {
    let words = capacity.div_ceil(8);
    let object = vm.alloc(Bytes::ID, Bytes::size_for(words))?;
    Bytes::set_words(vm.vmctx(), object, words as i64);
    Ok(object)
}

/// A new bytes object, or a bytearray if `bytearray`: the type a method of either returns
/// (`bytearray(b'a').upper()` is a bytearray). May collect.
pub fn new_like(vm: &mut ThreadState, bytearray: bool, data: &[u8]) -> Result<Value, Error> {
    if bytearray {
        crate::objects::bytearray::new_bytearray(vm, data)
    } else {
        new_bytes(vm, data)
    }
}

/// CPython's repr: `b'...'` (double quotes if the data has `'` and no `"`).
pub fn repr(data: &[u8]) -> String {
    quoted(data, false)
}

/// [`repr`]'s `b'...'`; `escape_single` escapes `'` inside double quotes too (bytearray's
/// repr does, as CPython's).
pub(crate) fn quoted(data: &[u8], escape_single: bool) -> String {
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
            b if b as char == quote || (escape_single && b == b'\'') => {
                out.push('\\');
                out.push(b as char);
            }
            0x20..=0x7e => out.push(b as char),
            b => out.push_str(&format!("\\x{b:02x}")),
        }
    }
    out.push(quote);
    out
}

/// `bytes()`, `bytes(n)`, `bytes(iterable of ints)`, `bytes(bytes-like)`,
/// `bytes(str, encoding[, errors])` (the arguments also by keyword: `source`, ...).
pub fn bytes(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    construct(vm, "bytes", args, kwargs)
}

/// What `bytes(...)` makes, as a bytes object (`name`: the constructor, for messages;
/// `bytearray` copies the result).
pub fn construct(
    vm: &mut ThreadState,
    name: &str,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    if args.len() > 3 {
        return Err(Error::new(
            "TypeError",
            format!("{name}() takes at most 3 arguments ({} given)", args.len()),
        ));
    }
    let mut given = [None; 3];
    for (i, &a) in args.iter().enumerate() {
        given[i] = Some(a);
    }
    for (key, v) in kwargs {
        let Some(slot) = ["source", "encoding", "errors"]
            .iter()
            .position(|k| k == key)
        else {
            return Err(Error::new(
                "TypeError",
                format!("'{key}' is an invalid keyword argument for {name}()"),
            ));
        };
        if given[slot].is_some() {
            return Err(Error::new(
                "TypeError",
                format!(
                    "argument for {name}() given by name ('{key}') and position ({})",
                    slot + 1
                ),
            ));
        }
        given[slot] = Some(*v);
    }
    let [source, encoding, errors] = given;
    let Some(source) = source else {
        return match (encoding, errors) {
            (Some(_), _) => Err(Error::new(
                "TypeError",
                "encoding without a string argument",
            )),
            (None, Some(_)) => Err(Error::new("TypeError", "errors without a string argument")),
            (None, None) => new_bytes(vm, &[]),
        };
    };
    if crate::values::str_value(vm, source).is_some() {
        if encoding.is_none() {
            return Err(Error::new(
                "TypeError",
                "string argument without an encoding",
            ));
        }
        let codec: Vec<(String, Value)> = [("encoding", encoding), ("errors", errors)]
            .into_iter()
            .filter_map(|(k, v)| v.map(|v| (k.to_string(), v)))
            .collect();
        return encode_kw(vm, source, &[], &codec);
    }
    if encoding.is_some() {
        return Err(Error::new(
            "TypeError",
            "encoding without a string argument",
        ));
    }
    if errors.is_some() {
        return Err(Error::new("TypeError", "errors without a string argument"));
    }
    let carried = crate::objects::class::builtin_subclasses::value_of(vm, source);
    if let Some(a) = carried
        .or(Some(source))
        .filter(|&a| crate::objects::array::is_array(vm, a))
    {
        // An array's buffer: its items' bytes.
        let data = crate::objects::array::contents(vm, a);
        return new_bytes(vm, &data);
    }
    match source {
        n if as_int(n).is_some() || crate::objects::int::bigint::is_big(vm, n) => {
            // CPython's `PyNumber_AsSsize_t` message for a count past 64 bits.
            let n = crate::objects::size_arg(vm, n).map_err(|e| {
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
        b if is_bytes(vm, b) => Ok(b),
        b if let Some(data) = value(vm, b) => new_bytes(vm, &data),
        obj if crate::protocols::dunder::takes_part(vm, obj) => {
            // `__bytes__` if the class has one, else the items it iterates over.
            let (r, items) = vm.handle_scope(|vm| {
                let h = vm.mutator().root(obj);
                let r = crate::protocols::dunder::call(vm, obj, "__bytes__", &[]);
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
                None => items_or_error(vm, name, items),
            }
        }
        items => items_or_error(vm, name, items),
    }
}

/// [`from_items`], whose "not iterable" is CPython's "cannot convert 'T' object to bytes".
fn items_or_error(vm: &mut ThreadState, name: &str, items: Value) -> Result<Value, Error> {
    let kind = type_name(vm, items);
    from_items(vm, items).map_err(|e| {
        if e.is("TypeError") && e.message().ends_with("is not iterable") {
            Error::new(
                "TypeError",
                format!("cannot convert '{kind}' object to {name}"),
            )
        } else {
            e
        }
    })
}

/// `bytes(iterable)`: the ints 0..256 it gives.
pub(crate) fn from_items(vm: &mut ThreadState, items: Value) -> Result<Value, Error> {
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

/// `b.hex(sep=None, bytes_per_sep=1)`.
pub fn hex(vm: &mut ThreadState, b: Value, args: &[Value]) -> Result<Value, Error> {
    let data = value(vm, b).unwrap_or_default();
    let text = hex::hex_digits(vm, &data, args)?;
    crate::values::new_str(vm, &text)
}

/// `b[i]` (an int) of a bytes or bytearray object.
pub fn subscript(vm: &mut ThreadState, b: Value, index: Value) -> Result<Value, Error> {
    let n = length(vm, b).unwrap_or_default() as i64;
    let Some(i) = as_int(index) else {
        return Err(Error::new(
            "TypeError",
            format!(
                "{} indices must be integers or slices, not {}",
                if is_bytes(vm, b) { "byte" } else { "bytearray" },
                type_name(vm, index)
            ),
        ));
    };
    let at = if i < 0 { i + n } else { i };
    if !(0..n).contains(&at) {
        let what = if is_bytes(vm, b) { "" } else { "bytearray " };
        return Err(Error::new(
            "IndexError",
            format!("{what}index out of range"),
        ));
    }
    make_int(byte_at(vm, b, at as usize) as i64)
}

/// `b[lower:upper:step]`: of the type of `b`.
pub fn slice(
    vm: &mut ThreadState,
    b: Value,
    lower: Value,
    upper: Value,
    step: Value,
) -> Result<Value, Error> {
    // Only the bytes picked are read (a copy of the whole made `data[i:i+6]` over a large
    // buffer cost its length).
    let len = length(vm, b).unwrap_or_default();
    let picked = crate::objects::slice::Picked::of(len, lower, upper, step)?;
    let ctx = vm.vmctx();
    let words = match layout_of(vm, b) {
        Some(ByteArray::ID) => ByteArray::storage(ctx, b),
        _ => b,
    };
    let data: Vec<u8> = match picked.contiguous() {
        Some(range) => read_bytes(ctx, words, range.start, range.len()),
        None => picked
            .positions()
            .map(|i| storage_byte(ctx, words, i))
            .collect(),
    };
    new_like(vm, !is_bytes(vm, b), &data)
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

/// `+`, `*` on bytes and bytearray (the result of the left operand's type, as CPython);
/// `None` when neither operand is one.
pub fn binary(vm: &mut ThreadState, op: char, a: Value, b: Value) -> Option<Result<Value, Error>> {
    match op {
        '+' => {
            let x = value(vm, a)?;
            let Some(y) = value(vm, b) else {
                return Some(Err(Error::new(
                    "TypeError",
                    format!("can't concat {} to {}", type_name(vm, b), type_name(vm, a)),
                )));
            };
            Some(new_like(vm, !is_bytes(vm, a), &[x, y].concat()))
        }
        _ => {
            let (data, n, seq) = match (value(vm, a), value(vm, b)) {
                (Some(d), None) => (d, as_int(b)?, a),
                (None, Some(d)) => (d, as_int(a)?, b),
                _ => return None,
            };
            if let Err(e) = crate::values::check_size(vm, data.len() as u128 * n.max(0) as u128) {
                return Some(Err(e));
            }
            Some(new_like(
                vm,
                !is_bytes(vm, seq),
                &data.repeat(n.max(0) as usize),
            ))
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
