//! The native part of `zlib` (`hotpy/lib/zlib.py` has the module's functions, its
//! Compress/Decompress objects and `zlib.error`): zlib streams held by id, checksums.
//!
//! A failing zlib call returns CPython's message as a str (`"Error -3 while decompressing
//! data: incorrect header check"`) for the Python side to raise as `zlib.error`; bad
//! initialization options are ValueError and lack of memory MemoryError, as in CPython.
//!
//! Owns: the stream registry and the conversions. Must not: call zlib (that is
//! `stream.rs`'s).

mod stream;

use super::native::args_n;
use super::native_states::Registry;
use crate::objects::bytes::{buffer_value, new_bytes};
use crate::values::{NONE, TRUE, as_int, make_int, new_str, type_name};
use crate::vm::{Error, ThreadState};
use gvmt::rt::Value;
use std::ffi::c_int;
use stream::{Stream, ZError};

type Kwargs<'a> = &'a [(String, Value)];

static STREAMS: Registry<Stream> = Registry::new();

fn data_arg(vm: &ThreadState, v: Value) -> Result<Vec<u8>, Error> {
    buffer_value(vm, v).ok_or_else(|| {
        Error::new(
            "TypeError",
            format!(
                "a bytes-like object is required, not '{}'",
                type_name(vm, v)
            ),
        )
    })
}

fn int_arg(v: Value, what: &str) -> Result<i64, Error> {
    as_int(v).ok_or_else(|| Error::new("TypeError", format!("{what} must be an integer")))
}

fn c_int_arg(v: Value, what: &str) -> Result<c_int, Error> {
    let n = int_arg(v, what)?;
    c_int::try_from(n)
        .map_err(|_| Error::new("OverflowError", "Python int too large to convert to C int"))
}

fn id_arg(v: Value) -> Result<i64, Error> {
    int_arg(v, "stream id")
}

fn freed() -> Error {
    Error::new("ValueError", "zlib stream already freed")
}

/// CPython's text for a zlib failure during `context` ("while compressing data").
fn message(error: &ZError, context: &str) -> String {
    let detail = if error.code == libz_sys::Z_VERSION_ERROR {
        Some("library version mismatch".to_string())
    } else {
        error.message.clone().or_else(|| {
            match error.code {
                libz_sys::Z_BUF_ERROR => Some("incomplete or truncated stream"),
                libz_sys::Z_STREAM_ERROR => Some("inconsistent stream state"),
                libz_sys::Z_DATA_ERROR => Some("invalid input data"),
                _ => None,
            }
            .map(String::from)
        })
    };
    match detail {
        Some(detail) => format!("Error {} {context}: {detail}", error.code),
        None => format!("Error {} {context}", error.code),
    }
}

/// A new stream's id, or the init failure as CPython raises it.
fn created(vm: &mut ThreadState, made: Result<Stream, ZError>, what: &str) -> Result<Value, Error> {
    match made {
        Ok(stream) => make_int(STREAMS.add(stream)),
        Err(e) if e.code == libz_sys::Z_MEM_ERROR => Err(Error::new(
            "MemoryError",
            format!("Can't allocate memory for {what} object"),
        )),
        Err(e) if e.code == libz_sys::Z_STREAM_ERROR => {
            Err(Error::new("ValueError", "Invalid initialization option"))
        }
        Err(e) => new_str(vm, &message(&e, &format!("while creating {what} object"))),
    }
}

fn optional_dict(vm: &ThreadState, v: Value) -> Result<Option<Vec<u8>>, Error> {
    if v == NONE {
        Ok(None)
    } else {
        data_arg(vm, v).map(Some)
    }
}

/// `_hotpy.zlib_deflater(level, method, wbits, memLevel, strategy, zdict)`: a stream id.
pub fn zlib_deflater(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let [level, method, wbits, mem_level, strategy, zdict] =
        args_n::<6>("zlib_deflater", args, kwargs)?;
    let level = c_int_arg(level, "level")?;
    let method = c_int_arg(method, "method")?;
    let wbits = c_int_arg(wbits, "wbits")?;
    let mem_level = c_int_arg(mem_level, "memLevel")?;
    let strategy = c_int_arg(strategy, "strategy")?;
    let zdict = optional_dict(vm, zdict)?;
    vm.irreversible()?;
    let made = Stream::deflater(level, method, wbits, mem_level, strategy, zdict.as_deref());
    created(vm, made, "compression")
}

/// `_hotpy.zlib_inflater(wbits, zdict)`: a stream id.
pub fn zlib_inflater(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let [wbits, zdict] = args_n::<2>("zlib_inflater", args, kwargs)?;
    let wbits = c_int_arg(wbits, "wbits")?;
    let zdict = optional_dict(vm, zdict)?;
    vm.irreversible()?;
    created(
        vm,
        Stream::inflater(wbits, zdict.as_deref()),
        "decompression",
    )
}

/// `_hotpy.zlib_deflate(id, data, mode)`: the compressed bytes, or the failure's message.
pub fn zlib_deflate(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let [id, data, mode] = args_n::<3>("zlib_deflate", args, kwargs)?;
    let id = id_arg(id)?;
    let data = data_arg(vm, data)?;
    let mode = c_int_arg(mode, "mode")?;
    vm.irreversible()?;
    match STREAMS
        .with(id, |s| s.deflate(&data, mode))
        .ok_or_else(freed)?
    {
        Ok(out) => new_bytes(vm, &out),
        Err(e) => {
            let context = if mode == libz_sys::Z_NO_FLUSH {
                "while compressing data"
            } else {
                "while flushing"
            };
            new_str(vm, &message(&e, context))
        }
    }
}

/// `_hotpy.zlib_inflate(id, data, max_length, finish)`: the decompressed bytes (at most
/// `max_length`, 0: all), or the failure's message.
pub fn zlib_inflate(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let [id, data, max_length, finish] = args_n::<4>("zlib_inflate", args, kwargs)?;
    let id = id_arg(id)?;
    let data = data_arg(vm, data)?;
    let max_length = usize::try_from(int_arg(max_length, "max_length")?).unwrap_or(0);
    let finish = finish == TRUE;
    vm.irreversible()?;
    match STREAMS
        .with(id, |s| s.inflate(&data, max_length, finish))
        .ok_or_else(freed)?
    {
        Ok(out) => new_bytes(vm, &out),
        Err(e) => new_str(vm, &message(&e, "while decompressing data")),
    }
}

/// `_hotpy.zlib_inflate_status(id)`: `2 * unconsumed + eof` after the last inflate.
pub fn zlib_inflate_status(
    _vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let [id] = args_n::<1>("zlib_inflate_status", args, kwargs)?;
    let id = id_arg(id)?;
    let (unconsumed, eof) = STREAMS
        .with(id, |s| (s.unconsumed, s.eof))
        .ok_or_else(freed)?;
    make_int(2 * unconsumed as i64 + eof as i64)
}

/// `_hotpy.zlib_copy(id)`: a copy's id, or the failure's message.
pub fn zlib_copy(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    let [id] = args_n::<1>("zlib_copy", args, kwargs)?;
    let id = id_arg(id)?;
    vm.irreversible()?;
    match STREAMS.with(id, |s| s.copy()).ok_or_else(freed)? {
        Ok(copy) => make_int(STREAMS.add(copy)),
        Err(e) if e.code == libz_sys::Z_MEM_ERROR => Err(Error::new(
            "MemoryError",
            "Can't allocate memory for compression object",
        )),
        Err(e) => new_str(vm, &message(&e, "while copying compression object")),
    }
}

/// `_hotpy.zlib_free(id)`.
pub fn zlib_free(
    _vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let [id] = args_n::<1>("zlib_free", args, kwargs)?;
    STREAMS.remove(id_arg(id)?);
    Ok(NONE)
}

fn checksum(
    vm: &mut ThreadState,
    name: &str,
    args: &[Value],
    kwargs: Kwargs<'_>,
    f: fn(u32, &[u8]) -> u32,
) -> Result<Value, Error> {
    let [data, start] = args_n::<2>(name, args, kwargs)?;
    let data = data_arg(vm, data)?;
    // The Python side has taken the start value modulo 2**32.
    let start = int_arg(start, "value")? as u32;
    make_int(f(start, &data) as i64)
}

/// `_hotpy.zlib_crc32(data, value)`.
pub fn zlib_crc32(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    checksum(vm, "crc32", args, kwargs, stream::crc32)
}

/// `_hotpy.zlib_adler32(data, value)`.
pub fn zlib_adler32(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    checksum(vm, "adler32", args, kwargs, stream::adler32)
}

/// `_hotpy.zlib_version()`: the linked zlib's version.
pub fn zlib_version(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    args_n::<0>("zlib_version", args, kwargs)?;
    new_str(vm, &stream::version())
}
