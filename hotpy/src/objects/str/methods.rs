//! The methods of `str` that take no keyword arguments (`upper`, `split`, `join`, `strip`,
//! `replace`, `startswith`, `find`, `count`, ...), as the method table in `attributes.rs` calls
//! them: the receiver, then the positional arguments.

use crate::protocols::attributes::arity;
use crate::unicode::is_space;
use crate::values::*;
use crate::vm::{Error, ThreadState};
use gvmt::rt::Value;

pub(crate) fn str_upper(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    arity("str.upper", args, 0)?;
    let text = str_value(vm, s).expect("a str").to_uppercase();
    crate::values::new_str(vm, &text)
}

pub(crate) fn str_lower(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    arity("str.lower", args, 0)?;
    let text = str_value(vm, s).expect("a str").to_lowercase();
    crate::values::new_str(vm, &text)
}

pub(crate) fn text(vm: &ThreadState, v: Value, what: &str) -> Result<String, Error> {
    crate::values::str_value_of_any(vm, v).ok_or_else(|| {
        let what = if what.is_empty() {
            "must be str".to_string()
        } else {
            format!("{what} must be str")
        };
        Error::new("TypeError", format!("{what}, not {}", type_name(vm, v)))
    })
}

/// The separator argument of `split`/`rsplit`: None (absent or None: split at whitespace)
/// or a non-empty str.
pub(crate) fn separator(vm: &ThreadState, arg: Option<&Value>) -> Result<Option<String>, Error> {
    let Some(&v) = arg.filter(|&&v| v != crate::values::NONE) else {
        return Ok(None);
    };
    let sep = crate::values::str_value_of_any(vm, v).ok_or_else(|| {
        Error::new(
            "TypeError",
            format!("must be str or None, not {}", type_name(vm, v)),
        )
    })?;
    if sep.is_empty() {
        return Err(Error::new("ValueError", "empty separator"));
    }
    Ok(Some(sep))
}

pub(crate) fn str_split(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    let t = str_value(vm, s).expect("a str");
    if args.len() > 2 {
        return Err(Error::new(
            "TypeError",
            format!("split() takes at most 2 arguments ({} given)", args.len()),
        ));
    }
    let max = match args.get(1) {
        Some(&m) => crate::values::as_int(m).ok_or_else(|| {
            Error::new(
                "TypeError",
                format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name(vm, m)
                ),
            )
        })?,
        None => -1,
    };
    let sep = separator(vm, args.first())?;
    let parts: Vec<String> = match (&sep, max) {
        (Some(sep), m) if m >= 0 => t
            .splitn(m as usize + 1, sep.as_str())
            .map(String::from)
            .collect(),
        (Some(sep), _) => t.split(sep.as_str()).map(String::from).collect(),
        (None, m) if m >= 0 => {
            // Whitespace runs separate; after `m` splits the rest is kept (leading
            // whitespace removed).
            let mut parts = Vec::new();
            let mut rest = t.trim_start_matches(is_space);
            while !rest.is_empty() && (parts.len() as i64) < m {
                match rest.find(is_space) {
                    Some(end) => {
                        parts.push(rest[..end].to_string());
                        rest = rest[end..].trim_start_matches(is_space);
                    }
                    None => {
                        parts.push(rest.to_string());
                        rest = "";
                    }
                }
            }
            if !rest.is_empty() {
                parts.push(rest.to_string());
            }
            parts
        }
        (None, _) => t
            .split(is_space)
            .filter(|part| !part.is_empty())
            .map(String::from)
            .collect(),
    };
    crate::objects::sequence::of_strs(vm, &parts, false)
}

pub(crate) fn str_join(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    arity("str.join", args, 1)?;
    let sep = str_value(vm, s).expect("a str");
    let items = crate::modules::builtins::collect(vm, args[0]);
    let mut parts = Vec::new();
    for (i, item) in items?.into_iter().enumerate() {
        match crate::values::str_value_of_any(vm, item) {
            Some(p) => parts.push(p),
            None => {
                return Err(Error::new(
                    "TypeError",
                    format!(
                        "sequence item {i}: expected str instance, {} found",
                        type_name(vm, item)
                    ),
                ));
            }
        }
    }
    crate::values::new_str(vm, &parts.join(&sep))
}

/// The characters `strip`, `lstrip` and `rstrip` remove: whitespace (CPython's, Unicode's
/// included), or those of the str argument.
pub(crate) enum StripSet {
    Whitespace,
    Chars(Vec<char>),
}

impl StripSet {
    pub(crate) fn contains(&self, c: char) -> bool {
        match self {
            StripSet::Whitespace => is_space(c),
            StripSet::Chars(chars) => chars.contains(&c),
        }
    }
}

pub(crate) fn strip_with(
    vm: &mut ThreadState,
    s: Value,
    args: &[Value],
    name: &str,
    f: fn(&str, &StripSet) -> String,
) -> Result<Value, Error> {
    let t = str_value(vm, s).expect("a str");
    let set = match args {
        [] => StripSet::Whitespace,
        [c] if *c == crate::values::NONE => StripSet::Whitespace,
        [c] => StripSet::Chars(
            crate::values::str_value_of_any(vm, *c)
                .ok_or_else(|| Error::new("TypeError", format!("{name} arg must be None or str")))?
                .chars()
                .collect(),
        ),
        _ => {
            return Err(Error::new(
                "TypeError",
                format!("{name} expected at most 1 argument, got {}", args.len()),
            ));
        }
    };
    let r = f(&t, &set);
    crate::values::new_str(vm, &r)
}

pub(crate) fn str_strip(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    strip_with(vm, s, args, "strip", |t, c| {
        t.trim_matches(|x| c.contains(x)).to_string()
    })
}

pub(crate) fn str_lstrip(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    strip_with(vm, s, args, "lstrip", |t, c| {
        t.trim_start_matches(|x| c.contains(x)).to_string()
    })
}

pub(crate) fn str_rstrip(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    strip_with(vm, s, args, "rstrip", |t, c| {
        t.trim_end_matches(|x| c.contains(x)).to_string()
    })
}

pub(crate) fn str_replace(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    crate::objects::arity_as(crate::objects::ArgConvention::Clinic, "replace", args, 2, 3)?;
    let t = str_value(vm, s).expect("a str");
    let (old, new) = (
        text(vm, args[0], "replace() argument 1")?,
        text(vm, args[1], "replace() argument 2")?,
    );
    let count = args
        .get(2)
        .and_then(|&c| crate::values::as_int(c))
        .unwrap_or(-1);
    let out = if count < 0 {
        t.replace(&old, &new)
    } else {
        t.replacen(&old, &new, count as usize)
    };
    crate::values::new_str(vm, &out)
}

/// The prefixes or suffixes `startswith`/`endswith` test: a str or a tuple of strs.
pub(crate) fn affixes(vm: &ThreadState, v: Value, what: &str) -> Result<Vec<String>, Error> {
    if let Some(t) = crate::values::str_value_of_any(vm, v) {
        return Ok(vec![t]);
    }
    match crate::objects::sequence::items(vm, v) {
        Some(items) if crate::values::is_tuple(vm, v) => items
            .iter()
            .map(|&i| {
                crate::values::str_value_of_any(vm, i).ok_or_else(|| {
                    Error::new(
                        "TypeError",
                        format!(
                            "tuple for {what} must only contain str, not {}",
                            type_name(vm, i)
                        ),
                    )
                })
            })
            .collect(),
        _ => Err(Error::new(
            "TypeError",
            format!(
                "{what} first arg must be str or a tuple of str, not {}",
                type_name(vm, v)
            ),
        )),
    }
}

/// The characters of `t` from `start` to `end` (optional int arguments, negative from the
/// end, clamped), with the offset of the first; None when `start` is past `end`.
/// The start and end arguments of `find`, `count`, `startswith`... are None or ints:
/// CPython's TypeError otherwise.
fn check_bounds(vm: &ThreadState, bounds: &[Value]) -> Result<(), Error> {
    let bad = bounds.iter().any(|&b| {
        b != crate::values::NONE
            && crate::values::as_int(b).is_none()
            && !crate::objects::int::bigint::is_big(vm, b)
    });
    if bad {
        return Err(Error::new(
            "TypeError",
            "slice indices must be integers or None or have an __index__ method",
        ));
    }
    Ok(())
}

pub(crate) fn char_window<'a>(
    vm: &'a ThreadState,
    s: Value,
    start: Option<&Value>,
    end: Option<&Value>,
) -> Option<(&'a str, i64)> {
    let t = crate::values::str_text(vm, s).expect("a str");
    let n = crate::values::str_char_len(vm, s).expect("a str") as i64;
    let bound = |v: Option<&Value>, default: i64| -> i64 {
        // A big int bound is past either end (`check_bounds` let only ints through).
        let v = v.map(|&v| crate::protocols::index::clamped_bound(vm, v));
        match v.and_then(crate::values::as_int) {
            Some(i) if i < 0 => (i + n).max(0),
            Some(i) => i,
            None => default,
        }
    };
    // A start past the end finds nothing, not even '' (CPython's rule).
    let (start, end) = (bound(start, 0), bound(end, n).min(n));
    if start > end {
        return None;
    }
    let from = crate::values::char_offset(vm, s, t, start as usize);
    let to = crate::values::char_offset(vm, s, t, end as usize);
    Some((&t[from..to], start))
}

/// `str.startswith`/`str.endswith(affix, start=None, end=None)`.
pub(crate) fn affix_test(
    vm: &mut ThreadState,
    s: Value,
    args: &[Value],
    method: &str,
    test: fn(&str, &str) -> bool,
) -> Result<Value, Error> {
    crate::objects::arity_as(
        crate::objects::ArgConvention::ParseTuple,
        method,
        args,
        1,
        3,
    )?;
    let options = affixes(vm, args[0], method)?;
    check_bounds(vm, &args[1..])?;
    let Some((window, _)) = char_window(vm, s, args.get(1), args.get(2)) else {
        return Ok(crate::values::FALSE);
    };
    Ok(crate::values::py_bool(
        options.iter().any(|p| test(window, p)),
    ))
}

pub(crate) fn str_startswith(
    vm: &mut ThreadState,
    s: Value,
    args: &[Value],
) -> Result<Value, Error> {
    affix_test(vm, s, args, "startswith", |t, p| t.starts_with(p))
}

pub(crate) fn str_endswith(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    affix_test(vm, s, args, "endswith", |t, p| t.ends_with(p))
}

/// `str.find`, `rfind`, `index` and `rindex(sub, start=None, end=None)`: the character
/// offset of the first (or last) `sub` in the window; -1 or ValueError when absent.
pub(crate) fn str_search(
    vm: &mut ThreadState,
    s: Value,
    args: &[Value],
    method: &str,
    from_right: bool,
    raise: bool,
) -> Result<Value, Error> {
    crate::objects::arity_as(
        crate::objects::ArgConvention::ParseTuple,
        method,
        args,
        1,
        3,
    )?;
    // (CPython's message names no method: "must be str, not int".)
    let sub = text(vm, args[0], "")?;
    check_bounds(vm, &args[1..])?;
    let ascii = crate::values::str_text(vm, s).map(str::len) == crate::values::str_char_len(vm, s);
    let found = char_window(vm, s, args.get(1), args.get(2)).and_then(|(window, start)| {
        let at = if from_right {
            window.rfind(&sub)
        } else {
            window.find(&sub)
        };
        at.map(|b| {
            start
                + if ascii {
                    b
                } else {
                    window[..b].chars().count()
                } as i64
        })
    });
    match found {
        Some(i) => crate::values::make_int(i),
        None if raise => Err(Error::new("ValueError", "substring not found")),
        None => crate::values::make_int(-1),
    }
}

pub(crate) fn str_find(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    str_search(vm, s, args, "find", false, false)
}

pub(crate) fn str_count(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    crate::objects::arity_as(
        crate::objects::ArgConvention::ParseTuple,
        "count",
        args,
        1,
        3,
    )?;
    let sub = text(vm, args[0], "")?;
    check_bounds(vm, &args[1..])?;
    let Some((window, _)) = char_window(vm, s, args.get(1), args.get(2)) else {
        return crate::values::make_int(0);
    };
    let n = if sub.is_empty() {
        window.chars().count() + 1
    } else {
        window.matches(&sub).count()
    };
    crate::values::make_int(n as i64)
}

pub(crate) fn str_isalpha(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    arity("str.isalpha", args, 0)?;
    let t = str_value(vm, s).expect("a str");
    Ok(crate::values::py_bool(
        !t.is_empty() && t.chars().all(crate::unicode::is_alpha),
    ))
}
