//! The bytes and bytearray methods that rewrite bytes one by one or pad them: `translate`
//! and the static `maketrans`, `expandtabs`, `zfill`, `removeprefix`/`removesuffix`, and the
//! predicates `isascii`/`istitle` (on ASCII, as CPython's).

use super::new_like;
use crate::objects::arity;
use crate::objects::int::bytes::{Kwargs, check_keywords};
use crate::values as rt;
use crate::vm::{Error, ThreadState};
use gvmt::rt::Value;

/// The receiver's bytes and whether it is a bytearray (the type of the result).
fn receiver(vm: &ThreadState, b: Value) -> (Vec<u8>, bool) {
    (
        super::value(vm, b).unwrap_or_default(),
        crate::objects::bytearray::is_bytearray(vm, b),
    )
}

/// A bytes-like argument: CPython's "a bytes-like object is required, not 'T'".
fn bytes_like(vm: &ThreadState, v: Value) -> Result<Vec<u8>, Error> {
    super::value(vm, v).ok_or_else(|| {
        Error::new(
            "TypeError",
            format!(
                "a bytes-like object is required, not '{}'",
                crate::objects::class::builtin_types::python_type_name(vm, v)
            ),
        )
    })
}

/// `bytes.maketrans(from, to)`: the 256-byte table mapping each byte of `from` to the byte
/// at the same place in `to`.
pub fn maketrans(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    check_keywords("maketrans", kwargs, &[])?;
    // Called on the class (`bytes.maketrans`) or an instance: the class is not passed.
    let [from, to] = args else {
        return Err(Error::new(
            "TypeError",
            format!("maketrans expected 2 arguments, got {}", args.len()),
        ));
    };
    let (from, to) = (bytes_like(vm, *from)?, bytes_like(vm, *to)?);
    if from.len() != to.len() {
        return Err(Error::new(
            "ValueError",
            "maketrans arguments must have same length",
        ));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (f, t) in from.into_iter().zip(to) {
        table[f as usize] = t;
    }
    super::new_bytes(vm, &table)
}

/// `b.translate(table, /, delete=b'')`: each byte not in `delete` mapped through `table`
/// (None: kept as it is).
pub fn translate(vm: &mut ThreadState, b: Value, args: &[Value]) -> Result<Value, Error> {
    arity("translate", args, 1, 2)?;
    let (data, like) = receiver(vm, b);
    let table = match args[0] {
        rt::NONE => None,
        t => {
            let table = bytes_like(vm, t)?;
            if table.len() != 256 {
                return Err(Error::new(
                    "ValueError",
                    "translation table must be 256 characters long",
                ));
            }
            Some(table)
        }
    };
    let delete = match args.get(1) {
        Some(&d) => bytes_like(vm, d)?,
        None => Vec::new(),
    };
    let out: Vec<u8> = data
        .into_iter()
        .filter(|c| !delete.contains(c))
        .map(|c| table.as_ref().map_or(c, |t| t[c as usize]))
        .collect();
    new_like(vm, like, &out)
}

/// `translate` with `delete` given by keyword.
pub fn translate_kw(
    vm: &mut ThreadState,
    b: Value,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    let full = crate::objects::str::keyword_args(
        "translate",
        args,
        kwargs,
        &["table", "delete"],
        &[rt::NONE, rt::NONE],
    )?;
    // `delete` not given: nothing deleted (None is not a valid `delete`).
    let given = args.len() > 1 || kwargs.iter().any(|(k, _)| k == "delete");
    translate(vm, b, if given { &full } else { &full[..1] })
}

/// `b.expandtabs(tabsize=8)`: tabs to spaces up to the next multiple of `tabsize` columns
/// (a newline or carriage return starts a new line).
pub fn expandtabs(vm: &mut ThreadState, b: Value, args: &[Value]) -> Result<Value, Error> {
    arity("expandtabs", args, 0, 1)?;
    let size = match args.first() {
        Some(&v) => crate::objects::size_arg(vm, v)?.max(0) as usize,
        None => 8,
    };
    let (data, like) = receiver(vm, b);
    let mut out = Vec::with_capacity(data.len());
    let mut column = 0usize;
    for c in data {
        match c {
            b'\t' if size > 0 => {
                let spaces = size - column % size;
                rt::check_size(vm, (out.len() + spaces) as u128)?;
                out.resize(out.len() + spaces, b' ');
                column += spaces;
            }
            b'\t' => {}
            b'\n' | b'\r' => {
                out.push(c);
                column = 0;
            }
            _ => {
                out.push(c);
                column += 1;
            }
        }
    }
    new_like(vm, like, &out)
}

/// `b.zfill(width)`: zeros on the left (after a leading sign) up to `width` bytes.
pub fn zfill(vm: &mut ThreadState, b: Value, args: &[Value]) -> Result<Value, Error> {
    arity("zfill", args, 1, 1)?;
    let width = crate::objects::size_arg(vm, args[0])?.max(0) as usize;
    let (data, like) = receiver(vm, b);
    if width <= data.len() {
        return if like {
            new_like(vm, like, &data)
        } else {
            Ok(b)
        };
    }
    rt::check_size(vm, width as u128)?;
    let signed = matches!(data.first(), Some(b'+' | b'-')) as usize;
    let mut out = data[..signed].to_vec();
    out.resize(width - data.len() + signed, b'0');
    out.extend_from_slice(&data[signed..]);
    new_like(vm, like, &out)
}

fn remove_affix(
    vm: &mut ThreadState,
    b: Value,
    args: &[Value],
    prefix: bool,
) -> Result<Value, Error> {
    arity(
        if prefix {
            "removeprefix"
        } else {
            "removesuffix"
        },
        args,
        1,
        1,
    )?;
    let affix = bytes_like(vm, args[0])?;
    let (data, like) = receiver(vm, b);
    let kept = if prefix {
        data.strip_prefix(affix.as_slice())
    } else {
        data.strip_suffix(affix.as_slice())
    };
    match kept {
        Some(rest) => new_like(vm, like, rest),
        None if like => new_like(vm, like, &data),
        None => Ok(b),
    }
}

/// `b.removeprefix(prefix)`.
pub fn removeprefix(vm: &mut ThreadState, b: Value, args: &[Value]) -> Result<Value, Error> {
    remove_affix(vm, b, args, true)
}

/// `b.removesuffix(suffix)`.
pub fn removesuffix(vm: &mut ThreadState, b: Value, args: &[Value]) -> Result<Value, Error> {
    remove_affix(vm, b, args, false)
}

/// `b.isascii()`.
pub fn isascii(vm: &mut ThreadState, b: Value, args: &[Value]) -> Result<Value, Error> {
    arity("isascii", args, 0, 0)?;
    Ok(rt::py_bool(receiver(vm, b).0.is_ascii()))
}

/// `b.istitle()`: cased runs start with an uppercase letter and go on in lowercase, and
/// there is at least one cased byte.
pub fn istitle(vm: &mut ThreadState, b: Value, args: &[Value]) -> Result<Value, Error> {
    arity("istitle", args, 0, 0)?;
    let (mut cased, mut previous_cased) = (false, false);
    for c in receiver(vm, b).0 {
        if c.is_ascii_uppercase() {
            if previous_cased {
                return Ok(rt::FALSE);
            }
            (cased, previous_cased) = (true, true);
        } else if c.is_ascii_lowercase() {
            if !previous_cased {
                return Ok(rt::FALSE);
            }
            (cased, previous_cased) = (true, true);
        } else {
            previous_cased = false;
        }
    }
    Ok(rt::py_bool(cased))
}
