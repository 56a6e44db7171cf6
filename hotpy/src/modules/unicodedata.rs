//! The native part of `unicodedata` (`hotpy/lib/unicodedata.py` checks the arguments and
//! raises CPython's errors): one character's property, name look-ups and normalization,
//! answered by [`crate::unicode`].
//!
//! Owns: turning those answers into Python values. Must not: hold a property table itself.

use super::native::{args_n, text_arg};
use crate::unicode::{self, Form};
use crate::values::{self, NONE, as_int, box_float, make_int, new_str};
use crate::vm::{Error, ThreadState};
use gvmt::rt::Value;

type Kwargs<'a> = &'a [(String, Value)];

/// The one character of `v` (the Python side has checked it is a 1-character str).
fn one_char(vm: &ThreadState, v: Value, what: &str) -> Result<char, Error> {
    let text = text_arg(vm, v, what)?;
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(Error::new(
            "TypeError",
            format!("{what} argument must be a unicode character, not str"),
        )),
    }
}

/// `_hotpy.unicode_property(ch, which)`: property number `which` of `ch` (0 category,
/// 1 bidirectional, 2 combining, 3 east_asian_width, 4 mirrored, 5 decimal, 6 digit,
/// 7 numeric, 8 decomposition); None where the character has no such value.
pub fn unicode_property(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let [ch, which] = args_n::<2>("unicode_property", args, kwargs)?;
    let c = one_char(vm, ch, "unicode_property()")?;
    let digit = |d: Option<u32>| d.map_or(Ok(NONE), |d| make_int(d as i64));
    Ok(match as_int(which) {
        Some(0) => new_str(vm, unicode::category(c))?,
        Some(1) => new_str(vm, unicode::bidirectional(c))?,
        Some(2) => make_int(unicode::combining(c) as i64)?,
        Some(3) => new_str(vm, unicode::east_asian_width(c))?,
        Some(4) => make_int(unicode::mirrored(c) as i64)?,
        Some(5) => digit(unicode::decimal(c))?,
        Some(6) => digit(unicode::digit(c))?,
        Some(7) => match unicode::numeric(c) {
            Some(n) => box_float(vm, n)?,
            None => NONE,
        },
        Some(8) => new_str(vm, unicode::decomposition(c))?,
        _ => return Err(Error::new("ValueError", "no such unicode property")),
    })
}

/// `_hotpy.unicode_name(ch)`: the character's name, or None.
pub fn unicode_name(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let [ch] = args_n::<1>("unicode_name", args, kwargs)?;
    match unicode::name(one_char(vm, ch, "name()")?) {
        Some(name) => new_str(vm, &name),
        None => Ok(NONE),
    }
}

/// `_hotpy.unicode_lookup(name)`: the character so named, or None.
pub fn unicode_lookup(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let [name] = args_n::<1>("unicode_lookup", args, kwargs)?;
    let name = text_arg(vm, name, "lookup() argument")?;
    match unicode::lookup(&name) {
        Some(c) => new_str(vm, c.encode_utf8(&mut [0; 4])),
        None => Ok(NONE),
    }
}

fn form_and_text(vm: &ThreadState, args: [Value; 2], what: &str) -> Result<(Form, String), Error> {
    let form = text_arg(vm, args[0], &format!("{what}() argument 1"))?;
    let text = text_arg(vm, args[1], &format!("{what}() argument 2"))?;
    let form =
        Form::parse(&form).ok_or_else(|| Error::new("ValueError", "invalid normalization form"))?;
    Ok((form, text))
}

/// `_hotpy.unicode_normalize(form, text)`.
pub fn unicode_normalize(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let args = args_n::<2>("normalize", args, kwargs)?;
    let (form, text) = form_and_text(vm, args, "normalize")?;
    if unicode::is_normalized(form, &text) {
        // CPython returns the same object when nothing changes.
        return Ok(args[1]);
    }
    new_str(vm, &unicode::normalize(form, &text))
}

/// `_hotpy.unicode_is_normalized(form, text)`.
pub fn unicode_is_normalized(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let args = args_n::<2>("is_normalized", args, kwargs)?;
    let (form, text) = form_and_text(vm, args, "is_normalized")?;
    Ok(values::py_bool(unicode::is_normalized(form, &text)))
}
