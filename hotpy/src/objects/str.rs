//! `str` methods (the first to move into the type's home; the rest are still in
//! `runtime/str_methods.rs` and `runtime/methods_more.rs`): prefix and suffix removal,
//! case folding and the character-class predicates CPython defines by Unicode category.

use crate::runtime::{self as rt, methods_more::str_predicate};
use crate::vm::{Error, ThreadState};
use gvmt::rt::Value;

/// The receiver's text and its one str argument.
fn with_str_argument(
    vm: &ThreadState,
    s: Value,
    args: &[Value],
    name: &str,
) -> Result<(String, String), Error> {
    let [a] = args else {
        return Err(Error::new(
            "TypeError",
            format!("{name}() takes exactly one argument ({} given)", args.len()),
        ));
    };
    let Some(arg) = rt::str_value(vm, *a) else {
        return Err(Error::new(
            "TypeError",
            format!(
                "{name}() argument must be str, not {}",
                rt::type_objects::python_type_name(vm, *a)
            ),
        ));
    };
    Ok((rt::str_value(vm, s).unwrap_or_default(), arg))
}

pub fn removeprefix(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    let (text, prefix) = with_str_argument(vm, s, args, "removeprefix")?;
    match text.strip_prefix(prefix.as_str()) {
        Some(rest) => rt::new_str(vm, rest),
        None => Ok(s),
    }
}

pub fn removesuffix(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    let (text, suffix) = with_str_argument(vm, s, args, "removesuffix")?;
    match text.strip_suffix(suffix.as_str()) {
        Some(rest) if !suffix.is_empty() => rt::new_str(vm, rest),
        _ => Ok(s),
    }
}

/// `s.casefold()`: lower case with the full folds of the characters whose fold is not their
/// lower case (`ß` folds to `ss`, final sigma to sigma).
pub fn casefold(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    if !args.is_empty() {
        return Err(Error::new(
            "TypeError",
            format!("str.casefold() takes no arguments ({} given)", args.len()),
        ));
    }
    let text = rt::str_value(vm, s).unwrap_or_default();
    let folded: String = text
        .chars()
        .flat_map(|c| match c {
            'ß' | 'ẞ' => "ss".chars().collect::<Vec<_>>(),
            'ς' => vec!['σ'],
            'ſ' => vec!['s'],
            c => c.to_lowercase().collect(),
        })
        .collect();
    rt::new_str(vm, &folded)
}

pub fn isdecimal(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    str_predicate(vm, s, args, "str.isdecimal", |t| {
        !t.is_empty() && t.chars().all(|c| c.is_ascii_digit() || is_other_decimal(c))
    })
}

pub fn isnumeric(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    str_predicate(vm, s, args, "str.isnumeric", |t| {
        !t.is_empty() && t.chars().all(char::is_numeric)
    })
}

/// `s.isdigit()`: decimal digits of any script, and the superscript, subscript and circled
/// digits (Unicode's Numeric_Type=Digit).
pub fn isdigit(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    str_predicate(vm, s, args, "str.isdigit", |t| {
        !t.is_empty()
            && t.chars().all(|c| {
                c.is_ascii_digit()
                    || is_other_decimal(c)
                    || matches!(c, '\u{b2}' | '\u{b3}' | '\u{b9}' | '\u{2070}' | '\u{2074}'..='\u{2079}' | '\u{2080}'..='\u{2089}' | '\u{2460}'..='\u{2468}')
            })
    })
}

/// Decimal digits of scripts other than ASCII (Unicode category Nd), which `to_digit` does
/// not know: the common blocks of ten.
fn is_other_decimal(c: char) -> bool {
    const ZEROS: &[u32] = &[
        0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6,
        0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0xFF10,
    ];
    let c = c as u32;
    ZEROS.iter().any(|&z| (z..z + 10).contains(&c))
}

pub fn isprintable(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    str_predicate(vm, s, args, "str.isprintable", |t| {
        t.chars().all(|c| {
            c == ' '
                || !(c.is_control() || c.is_whitespace() || ('\u{2028}'..='\u{2029}').contains(&c))
        })
    })
}

pub fn isidentifier(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    str_predicate(vm, s, args, "str.isidentifier", |t| {
        let mut chars = t.chars();
        chars.next().is_some_and(|c| c == '_' || c.is_alphabetic())
            && chars.all(|c| c == '_' || c.is_alphanumeric())
    })
}

pub fn isascii(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    str_predicate(vm, s, args, "str.isascii", |t| t.is_ascii())
}

/// `s.istitle()`: uppercase letters only after uncased characters, lowercase only after
/// cased ones, and at least one cased character.
pub fn istitle(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    str_predicate(vm, s, args, "str.istitle", |t| {
        let (mut cased, mut previous_cased) = (false, false);
        for c in t.chars() {
            if c.is_uppercase() {
                if previous_cased {
                    return false;
                }
                previous_cased = true;
                cased = true;
            } else if c.is_lowercase() {
                if !previous_cased {
                    return false;
                }
                previous_cased = true;
                cased = true;
            } else {
                previous_cased = false;
            }
        }
        cased
    })
}

/// Positional arguments from `args` and keywords named by `params` (in order), each
/// missing one after the given ones filled from `defaults`; a TypeError for an unknown or
/// repeated keyword.
pub fn keyword_args(
    name: &str,
    args: &[Value],
    kwargs: &[(String, Value)],
    params: &[&str],
    defaults: &[Value],
) -> Result<Vec<Value>, Error> {
    if args.len() > params.len() {
        return Err(Error::new(
            "TypeError",
            format!(
                "{name}() takes at most {} arguments ({} given)",
                params.len(),
                args.len()
            ),
        ));
    }
    let mut out: Vec<Option<Value>> = args.iter().map(|&a| Some(a)).collect();
    out.resize(params.len(), None);
    for (k, v) in kwargs {
        let Some(i) = params.iter().position(|p| p == k) else {
            return Err(Error::new(
                "TypeError",
                format!("'{k}' is an invalid keyword argument for {name}()"),
            ));
        };
        if out[i].is_some() {
            return Err(Error::new(
                "TypeError",
                format!(
                    "argument for {name}() given by name ('{k}') and position ({})",
                    i + 1
                ),
            ));
        }
        out[i] = Some(*v);
    }
    let last = out.iter().rposition(Option::is_some).map_or(0, |i| i + 1);
    Ok(out[..last]
        .iter()
        .zip(defaults)
        .map(|(v, &d)| v.unwrap_or(d))
        .collect())
}

/// `s.split(sep=None, maxsplit=-1)` with keywords.
pub fn split(
    vm: &mut ThreadState,
    s: Value,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    split_with_keywords(vm, s, args, kwargs, "split", rt::str_methods::str_split)
}

/// `s.rsplit(sep=None, maxsplit=-1)` with keywords.
pub fn rsplit(
    vm: &mut ThreadState,
    s: Value,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    split_with_keywords(vm, s, args, kwargs, "rsplit", rt::methods_more::str_rsplit)
}

/// `split`/`rsplit`'s keywords made positional for `method`.
fn split_with_keywords(
    vm: &mut ThreadState,
    s: Value,
    args: &[Value],
    kwargs: &[(String, Value)],
    name: &str,
    method: fn(&mut ThreadState, Value, &[Value]) -> Result<Value, Error>,
) -> Result<Value, Error> {
    let defaults = [rt::NONE, rt::make_int(-1)?];
    let full = keyword_args(name, args, kwargs, &["sep", "maxsplit"], &defaults)?;
    method(vm, s, &full)
}

/// `s.splitlines(keepends=False)` with keywords.
pub fn splitlines(
    vm: &mut ThreadState,
    s: Value,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    let full = keyword_args("splitlines", args, kwargs, &["keepends"], &[rt::FALSE])?;
    rt::methods_more::str_splitlines(vm, s, &full)
}
