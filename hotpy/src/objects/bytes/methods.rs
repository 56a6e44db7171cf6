//! `bytes` methods (construction, `decode`, `hex` and indexing are in `mod.rs`): searching,
//! splitting, joining, stripping, replacing, case and the character-class predicates, on
//! ASCII as CPython's.

use super::new_like;
use crate::values as rt;
use crate::vm::{Error, ThreadState};
use gvmt::rt::Value;

/// True if the receiver is a bytearray: the type of what a method returns.
fn mutable(vm: &ThreadState, b: Value) -> bool {
    crate::objects::bytearray::is_bytearray(vm, b)
}

/// A list (or a tuple if `tuple`) of new bytes objects, or bytearrays if `bytearray`.
fn parts_of(
    vm: &mut ThreadState,
    bytearray: bool,
    parts: &[Vec<u8>],
    tuple: bool,
) -> Result<Value, Error> {
    vm.handle_scope(|vm| {
        let mut held = Vec::with_capacity(parts.len());
        for p in parts {
            let v = new_like(vm, bytearray, p)?;
            held.push(vm.mutator().root(v));
        }
        let values: Vec<Value> = held.iter().map(|&h| vm.mutator().get(h)).collect();
        if tuple {
            crate::objects::sequence::new_tuple(vm, &values)
        } else {
            crate::objects::sequence::new_list(vm, &values)
        }
    })
}

/// The receiver's bytes.
fn data(vm: &ThreadState, b: Value) -> Vec<u8> {
    crate::objects::bytes::value(vm, b).unwrap_or_default()
}

/// A bytes argument (`name` for the TypeError).
fn bytes_arg(vm: &ThreadState, v: Value, name: &str) -> Result<Vec<u8>, Error> {
    crate::objects::bytes::value(vm, v).ok_or_else(|| {
        Error::new(
            "TypeError",
            format!(
                "{name}: a bytes-like object is required, not '{}'",
                crate::objects::class::builtin_types::python_type_name(vm, v)
            ),
        )
    })
}

fn arity(name: &str, args: &[Value], min: usize, max: usize) -> Result<(), Error> {
    if (min..=max).contains(&args.len()) {
        return Ok(());
    }
    Err(Error::new(
        "TypeError",
        if max == 0 {
            format!("bytes.{name}() takes no arguments ({} given)", args.len())
        } else {
            format!(
                "{name}() takes at most {max} arguments ({} given)",
                args.len()
            )
        },
    ))
}

/// The `[start:end]` window of `n` bytes from optional int arguments.
fn window(args: &[Value], n: usize) -> (usize, usize) {
    let clip = |v: Option<&Value>, default: usize| match v.and_then(|&v| rt::as_int(v)) {
        None => default,
        Some(i) if i < 0 => (n as i64 + i).max(0) as usize,
        Some(i) => (i as usize).min(n),
    };
    (clip(args.first(), 0), clip(args.get(1), n))
}

fn find_at(hay: &[u8], needle: &[u8], from_end: bool) -> Option<usize> {
    if needle.len() > hay.len() {
        return None;
    }
    let mut positions = 0..=hay.len() - needle.len();
    if from_end {
        positions
            .rev()
            .find(|&i| &hay[i..i + needle.len()] == needle)
    } else {
        positions.find(|&i| &hay[i..i + needle.len()] == needle)
    }
}

/// The needle of `find`/`index`/`count`: bytes or an int in range(256).
fn needle(vm: &ThreadState, v: Value, name: &str) -> Result<Vec<u8>, Error> {
    if let Some(i) = rt::as_int(v) {
        return u8::try_from(i)
            .map(|b| vec![b])
            .map_err(|_| Error::new("ValueError", "byte must be in range(0, 256)"));
    }
    crate::objects::bytes::value(vm, v).ok_or_else(|| {
        Error::new(
            "TypeError",
            format!(
                "{name} should be integer or bytes-like object, not '{}'",
                crate::objects::class::builtin_types::python_type_name(vm, v)
            ),
        )
    })
}

fn search(
    vm: &mut ThreadState,
    b: Value,
    args: &[Value],
    name: &str,
    from_end: bool,
    raise: bool,
) -> Result<Value, Error> {
    arity(name, args, 1, 3)?;
    let hay = data(vm, b);
    let sub = needle(vm, args[0], "argument")?;
    let (start, end) = window(&args[1..], hay.len());
    let found = (start <= end)
        .then(|| find_at(&hay[start..end], &sub, from_end))
        .flatten()
        .map(|i| i + start);
    match found {
        Some(i) => rt::make_int(i as i64),
        None if raise => Err(Error::new("ValueError", "subsection not found")),
        None => rt::make_int(-1),
    }
}

pub fn find(vm: &mut ThreadState, b: Value, args: &[Value]) -> Result<Value, Error> {
    search(vm, b, args, "find", false, false)
}
pub fn rfind(vm: &mut ThreadState, b: Value, args: &[Value]) -> Result<Value, Error> {
    search(vm, b, args, "rfind", true, false)
}
pub fn index(vm: &mut ThreadState, b: Value, args: &[Value]) -> Result<Value, Error> {
    search(vm, b, args, "index", false, true)
}
pub fn rindex(vm: &mut ThreadState, b: Value, args: &[Value]) -> Result<Value, Error> {
    search(vm, b, args, "rindex", true, true)
}

pub fn count(vm: &mut ThreadState, b: Value, args: &[Value]) -> Result<Value, Error> {
    arity("count", args, 1, 3)?;
    let hay = data(vm, b);
    let sub = needle(vm, args[0], "argument")?;
    let (start, end) = window(&args[1..], hay.len());
    if start > end {
        return rt::make_int(0);
    }
    let hay = &hay[start..end];
    if sub.is_empty() {
        return rt::make_int(hay.len() as i64 + 1);
    }
    let (mut n, mut i) = (0, 0);
    while let Some(at) = find_at(&hay[i..], &sub, false) {
        n += 1;
        i += at + sub.len();
    }
    rt::make_int(n)
}

fn affix(
    vm: &mut ThreadState,
    b: Value,
    args: &[Value],
    name: &str,
    end: bool,
) -> Result<Value, Error> {
    arity(name, args, 1, 3)?;
    let hay = data(vm, b);
    let (start, stop) = window(&args[1..], hay.len());
    let hay = if start <= stop {
        &hay[start..stop]
    } else {
        &[][..]
    };
    let candidates: Vec<Vec<u8>> = match crate::objects::sequence::items(vm, args[0]) {
        Some(items) if rt::layout_of(vm, args[0]) == Some(crate::generated::layouts::Tuple::ID) => {
            items
                .iter()
                .map(|&v| bytes_arg(vm, v, name))
                .collect::<Result<_, _>>()?
        }
        _ => vec![crate::objects::bytes::value(vm, args[0]).ok_or_else(|| {
            Error::new(
                "TypeError",
                format!(
                    "{name} first arg must be bytes or a tuple of bytes, not {}",
                    crate::objects::class::builtin_types::python_type_name(vm, args[0])
                ),
            )
        })?],
    };
    let hit = candidates.iter().any(|c| {
        if end {
            hay.ends_with(c)
        } else {
            hay.starts_with(c)
        }
    });
    Ok(rt::py_bool(hit))
}

pub fn startswith(vm: &mut ThreadState, b: Value, args: &[Value]) -> Result<Value, Error> {
    affix(vm, b, args, "startswith", false)
}
pub fn endswith(vm: &mut ThreadState, b: Value, args: &[Value]) -> Result<Value, Error> {
    affix(vm, b, args, "endswith", true)
}

fn map_bytes(
    vm: &mut ThreadState,
    b: Value,
    args: &[Value],
    name: &str,
    f: fn(&[u8]) -> Vec<u8>,
) -> Result<Value, Error> {
    arity(name, args, 0, 0)?;
    let out = f(&data(vm, b));
    new_like(vm, mutable(vm, b), &out)
}

pub fn upper(vm: &mut ThreadState, b: Value, args: &[Value]) -> Result<Value, Error> {
    map_bytes(vm, b, args, "upper", |d| d.to_ascii_uppercase())
}
pub fn lower(vm: &mut ThreadState, b: Value, args: &[Value]) -> Result<Value, Error> {
    map_bytes(vm, b, args, "lower", |d| d.to_ascii_lowercase())
}
pub fn swapcase(vm: &mut ThreadState, b: Value, args: &[Value]) -> Result<Value, Error> {
    map_bytes(vm, b, args, "swapcase", |d| {
        d.iter()
            .map(|c| {
                if c.is_ascii_uppercase() {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                }
            })
            .collect()
    })
}
pub fn capitalize(vm: &mut ThreadState, b: Value, args: &[Value]) -> Result<Value, Error> {
    map_bytes(vm, b, args, "capitalize", |d| {
        d.iter()
            .enumerate()
            .map(|(i, c)| {
                if i == 0 {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}
pub fn title(vm: &mut ThreadState, b: Value, args: &[Value]) -> Result<Value, Error> {
    map_bytes(vm, b, args, "title", |d| {
        let mut previous_cased = false;
        d.iter()
            .map(|&c| {
                let out = if previous_cased {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                };
                previous_cased = c.is_ascii_alphabetic();
                out
            })
            .collect()
    })
}

fn predicate(
    vm: &mut ThreadState,
    b: Value,
    args: &[Value],
    name: &str,
    test: fn(&[u8]) -> bool,
) -> Result<Value, Error> {
    arity(name, args, 0, 0)?;
    Ok(rt::py_bool(test(&data(vm, b))))
}

pub fn isdigit(vm: &mut ThreadState, b: Value, args: &[Value]) -> Result<Value, Error> {
    predicate(vm, b, args, "isdigit", |d| {
        !d.is_empty() && d.iter().all(u8::is_ascii_digit)
    })
}
pub fn isalpha(vm: &mut ThreadState, b: Value, args: &[Value]) -> Result<Value, Error> {
    predicate(vm, b, args, "isalpha", |d| {
        !d.is_empty() && d.iter().all(u8::is_ascii_alphabetic)
    })
}
pub fn isalnum(vm: &mut ThreadState, b: Value, args: &[Value]) -> Result<Value, Error> {
    predicate(vm, b, args, "isalnum", |d| {
        !d.is_empty() && d.iter().all(u8::is_ascii_alphanumeric)
    })
}
pub fn isspace(vm: &mut ThreadState, b: Value, args: &[Value]) -> Result<Value, Error> {
    predicate(vm, b, args, "isspace", |d| {
        !d.is_empty() && d.iter().all(|c| c.is_ascii_whitespace() || *c == 0x0b)
    })
}
pub fn isupper(vm: &mut ThreadState, b: Value, args: &[Value]) -> Result<Value, Error> {
    predicate(vm, b, args, "isupper", |d| {
        d.iter().any(u8::is_ascii_uppercase) && !d.iter().any(u8::is_ascii_lowercase)
    })
}
pub fn islower(vm: &mut ThreadState, b: Value, args: &[Value]) -> Result<Value, Error> {
    predicate(vm, b, args, "islower", |d| {
        d.iter().any(u8::is_ascii_lowercase) && !d.iter().any(u8::is_ascii_uppercase)
    })
}

/// The bytes `strip` removes: ASCII whitespace, or the argument's bytes.
fn strip_set(vm: &ThreadState, args: &[Value], name: &str) -> Result<Vec<u8>, Error> {
    arity(name, args, 0, 1)?;
    match args.first() {
        None => Ok(b" \t\n\r\x0b\x0c".to_vec()),
        Some(&v) if v == rt::NONE => Ok(b" \t\n\r\x0b\x0c".to_vec()),
        Some(&v) => bytes_arg(vm, v, "a bytes-like object is required"),
    }
}

fn strip_sides(
    vm: &mut ThreadState,
    b: Value,
    args: &[Value],
    name: &str,
    left: bool,
    right: bool,
) -> Result<Value, Error> {
    let set = strip_set(vm, args, name)?;
    let d = data(vm, b);
    let mut start = 0;
    let mut end = d.len();
    if left {
        while start < end && set.contains(&d[start]) {
            start += 1;
        }
    }
    if right {
        while end > start && set.contains(&d[end - 1]) {
            end -= 1;
        }
    }
    new_like(vm, mutable(vm, b), &d[start..end])
}

pub fn strip(vm: &mut ThreadState, b: Value, args: &[Value]) -> Result<Value, Error> {
    strip_sides(vm, b, args, "strip", true, true)
}
pub fn lstrip(vm: &mut ThreadState, b: Value, args: &[Value]) -> Result<Value, Error> {
    strip_sides(vm, b, args, "lstrip", true, false)
}
pub fn rstrip(vm: &mut ThreadState, b: Value, args: &[Value]) -> Result<Value, Error> {
    strip_sides(vm, b, args, "rstrip", false, true)
}

pub fn replace(vm: &mut ThreadState, b: Value, args: &[Value]) -> Result<Value, Error> {
    arity("replace", args, 2, 3)?;
    let d = data(vm, b);
    let old = bytes_arg(vm, args[0], "replace() argument 1")?;
    let new = bytes_arg(vm, args[1], "replace() argument 2")?;
    let limit = args.get(2).and_then(|&v| rt::as_int(v)).filter(|&n| n >= 0);
    let mut out = Vec::with_capacity(d.len());
    let (mut i, mut done) = (0, 0);
    while i <= d.len() {
        if limit.is_some_and(|n| done >= n) {
            break;
        }
        if old.is_empty() {
            out.extend_from_slice(&new);
            if i < d.len() {
                out.push(d[i]);
            }
            i += 1;
            done += 1;
            continue;
        }
        match find_at(&d[i..], &old, false) {
            Some(at) => {
                out.extend_from_slice(&d[i..i + at]);
                out.extend_from_slice(&new);
                i += at + old.len();
                done += 1;
            }
            None => break,
        }
    }
    if i < d.len() {
        out.extend_from_slice(&d[i..]);
    }
    rt::check_size(vm, out.len() as u128)?;
    new_like(vm, mutable(vm, b), &out)
}

/// `b.split(sep=None, maxsplit=-1)` / `rsplit`: by runs of ASCII whitespace, or by `sep`.
fn split_impl(
    vm: &mut ThreadState,
    b: Value,
    args: &[Value],
    from_end: bool,
) -> Result<Value, Error> {
    let like = mutable(vm, b);
    let name = if from_end { "rsplit" } else { "split" };
    arity(name, args, 0, 2)?;
    let d = data(vm, b);
    let sep = match args.first() {
        None => None,
        Some(&v) if v == rt::NONE => None,
        Some(&v) => Some(bytes_arg(vm, v, "a bytes-like object is required")?),
    };
    let max = args.get(1).and_then(|&v| rt::as_int(v)).filter(|&n| n >= 0);
    let mut parts: Vec<Vec<u8>> = Vec::new();
    match sep {
        Some(sep) if sep.is_empty() => return Err(Error::new("ValueError", "empty separator")),
        Some(sep) => {
            let mut rest: &[u8] = &d;
            loop {
                if max.is_some_and(|m| parts.len() as i64 >= m) {
                    break;
                }
                match find_at(rest, &sep, from_end) {
                    Some(at) if from_end => {
                        parts.push(rest[at + sep.len()..].to_vec());
                        rest = &rest[..at];
                    }
                    Some(at) => {
                        parts.push(rest[..at].to_vec());
                        rest = &rest[at + sep.len()..];
                    }
                    None => break,
                }
            }
            parts.push(rest.to_vec());
            if from_end {
                parts.reverse();
            }
        }
        None => {
            let words: Vec<&[u8]> = d
                .split(|c| c.is_ascii_whitespace() || *c == 0x0b)
                .filter(|w| !w.is_empty())
                .collect();
            let limit = max.map_or(words.len(), |m| (m as usize).min(words.len()));
            if limit >= words.len() {
                parts = words.iter().map(|w| w.to_vec()).collect();
            } else if from_end {
                // The leading part keeps its inner whitespace.
                let tail: Vec<Vec<u8>> = words[words.len() - limit..]
                    .iter()
                    .map(|w| w.to_vec())
                    .collect();
                let head_end = {
                    let mut end = d.len();
                    let mut seen = 0;
                    while seen < limit {
                        while end > 0 && d[end - 1].is_ascii_whitespace() {
                            end -= 1;
                        }
                        while end > 0 && !d[end - 1].is_ascii_whitespace() {
                            end -= 1;
                        }
                        seen += 1;
                    }
                    let mut e = end;
                    while e > 0 && d[e - 1].is_ascii_whitespace() {
                        e -= 1;
                    }
                    e
                };
                let start = d.iter().position(|c| !c.is_ascii_whitespace()).unwrap_or(0);
                parts.push(d[start..head_end].to_vec());
                parts.extend(tail);
            } else {
                parts = words[..limit].iter().map(|w| w.to_vec()).collect();
                let mut start = 0;
                for _ in 0..limit {
                    while start < d.len() && d[start].is_ascii_whitespace() {
                        start += 1;
                    }
                    while start < d.len() && !d[start].is_ascii_whitespace() {
                        start += 1;
                    }
                }
                while start < d.len() && d[start].is_ascii_whitespace() {
                    start += 1;
                }
                let end = d.len()
                    - d.iter()
                        .rev()
                        .take_while(|c| c.is_ascii_whitespace())
                        .count();
                if start < end {
                    parts.push(d[start..end].to_vec());
                }
            }
        }
    }
    parts_of(vm, like, &parts, false)
}

pub fn split(vm: &mut ThreadState, b: Value, args: &[Value]) -> Result<Value, Error> {
    split_impl(vm, b, args, false)
}
pub fn rsplit(vm: &mut ThreadState, b: Value, args: &[Value]) -> Result<Value, Error> {
    split_impl(vm, b, args, true)
}

/// `sep.join(iterable)` of bytes.
pub fn join(vm: &mut ThreadState, b: Value, args: &[Value]) -> Result<Value, Error> {
    let like = mutable(vm, b);
    arity("join", args, 1, 1)?;
    let sep = data(vm, b);
    let items = crate::modules::builtins::collect(vm, args[0])?;
    let mut out = Vec::new();
    for (i, &item) in items.iter().enumerate() {
        let Some(part) = crate::objects::bytes::buffer_value(vm, item) else {
            return Err(Error::new(
                "TypeError",
                format!(
                    "sequence item {i}: expected a bytes-like object, {} found",
                    crate::objects::class::builtin_types::python_type_name(vm, item)
                ),
            ));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&part);
        rt::check_size(vm, out.len() as u128)?;
    }
    new_like(vm, like, &out)
}

fn partition_impl(
    vm: &mut ThreadState,
    b: Value,
    args: &[Value],
    from_end: bool,
) -> Result<Value, Error> {
    let like = mutable(vm, b);
    arity(
        if from_end { "rpartition" } else { "partition" },
        args,
        1,
        1,
    )?;
    let d = data(vm, b);
    let sep = bytes_arg(vm, args[0], "a bytes-like object is required")?;
    if sep.is_empty() {
        return Err(Error::new("ValueError", "empty separator"));
    }
    let parts: [Vec<u8>; 3] = match find_at(&d, &sep, from_end) {
        Some(at) => [d[..at].to_vec(), sep.clone(), d[at + sep.len()..].to_vec()],
        None if from_end => [Vec::new(), Vec::new(), d.clone()],
        None => [d.clone(), Vec::new(), Vec::new()],
    };
    parts_of(vm, like, &parts, true)
}

pub fn partition(vm: &mut ThreadState, b: Value, args: &[Value]) -> Result<Value, Error> {
    partition_impl(vm, b, args, false)
}
pub fn rpartition(vm: &mut ThreadState, b: Value, args: &[Value]) -> Result<Value, Error> {
    partition_impl(vm, b, args, true)
}

/// `center`/`ljust`/`rjust` with an optional one-byte fill.
fn pad(
    vm: &mut ThreadState,
    b: Value,
    args: &[Value],
    name: &str,
    left: fn(usize, usize) -> usize,
) -> Result<Value, Error> {
    arity(name, args, 1, 2)?;
    let d = data(vm, b);
    let Some(width) = rt::as_int(args[0]) else {
        return Err(Error::new("TypeError", "an integer is required"));
    };
    let fill = match args.get(1) {
        None => b' ',
        Some(&v) => match crate::objects::bytes::value(vm, v).as_deref() {
            Some(&[c]) => c,
            _ => {
                return Err(Error::new(
                    "TypeError",
                    format!(
                        "{name}() argument 2 must be a byte string of length 1, not {}",
                        crate::objects::class::builtin_types::python_type_name(vm, v)
                    ),
                ));
            }
        },
    };
    let width = width.max(0) as usize;
    if width <= d.len() && !mutable(vm, b) {
        return Ok(b);
    }
    rt::check_size(vm, width as u128)?;
    let width = width.max(d.len());
    let extra = width - d.len();
    let before = left(extra, width);
    let mut out = vec![fill; before];
    out.extend_from_slice(&d);
    out.resize(width, fill);
    new_like(vm, mutable(vm, b), &out)
}

pub fn center(vm: &mut ThreadState, b: Value, args: &[Value]) -> Result<Value, Error> {
    // CPython's split of the padding (the odd byte goes left when the width is odd).
    pad(vm, b, args, "center", |extra, width| {
        extra / 2 + (extra & width & 1)
    })
}
pub fn ljust(vm: &mut ThreadState, b: Value, args: &[Value]) -> Result<Value, Error> {
    pad(vm, b, args, "ljust", |_, _| 0)
}
pub fn rjust(vm: &mut ThreadState, b: Value, args: &[Value]) -> Result<Value, Error> {
    pad(vm, b, args, "rjust", |extra, _| extra)
}

/// `b.splitlines(keepends=False)`: at `\n`, `\r\n` and `\r`.
pub fn splitlines(vm: &mut ThreadState, b: Value, args: &[Value]) -> Result<Value, Error> {
    let like = mutable(vm, b);
    arity("splitlines", args, 0, 1)?;
    let keep = match args.first() {
        Some(&v) => rt::is_true(vm, v)?,
        None => false,
    };
    let d = data(vm, b);
    let mut lines = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < d.len() {
        let end_len = match d[i] {
            b'\r' if d.get(i + 1) == Some(&b'\n') => 2,
            b'\r' | b'\n' => 1,
            _ => 0,
        };
        if end_len > 0 {
            let stop = if keep { i + end_len } else { i };
            lines.push(d[start..stop].to_vec());
            i += end_len;
            start = i;
        } else {
            i += 1;
        }
    }
    if start < d.len() {
        lines.push(d[start..].to_vec());
    }
    parts_of(vm, like, &lines, false)
}

/// `b.split(sep=None, maxsplit=-1)` with keywords.
pub fn split_kw(
    vm: &mut ThreadState,
    b: Value,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    crate::objects::str::split_with_keywords(vm, b, args, kwargs, "split", split)
}

/// `b.rsplit(sep=None, maxsplit=-1)` with keywords.
pub fn rsplit_kw(
    vm: &mut ThreadState,
    b: Value,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    crate::objects::str::split_with_keywords(vm, b, args, kwargs, "rsplit", rsplit)
}
