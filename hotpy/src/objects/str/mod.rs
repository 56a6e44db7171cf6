//! `str`'s home: here `str()` (the constructor), the repr, the methods with keyword arguments or Unicode rules (prefix and suffix
//! removal, case folding and mapping, the character-class predicates CPython defines by
//! Unicode category, justification, partition, `splitlines`, `rsplit`); `methods.rs` the
//! positional-only ones (`split`, `join`, `strip`, `find`, ...); `format.rs` `str.format`.

pub mod char_index;
pub mod format;
pub mod methods;
pub mod translate;

use super::{arity, text};
use crate::unicode::{self, is_space};
use crate::values::{self as rt, TRUE, new_str, str_value, type_name};
use crate::vm::{Error, ThreadState};
use gvmt::rt::Value;

/// `s[a:b:c]`: the picked characters, read in place (a short slice of a long str costs its
/// own length, whatever the text).
pub fn slice(
    vm: &mut ThreadState,
    s: Value,
    picked: crate::objects::slice::Picked,
) -> Result<Value, Error> {
    let text = rt::str_text(vm, s).expect("a str");
    let out: String = match picked.contiguous() {
        Some(range) => {
            let from = rt::char_offset(vm, s, text, range.start);
            let to = rt::char_offset(vm, s, text, range.end);
            text[from..to].to_owned()
        }
        None if rt::str_char_len(vm, s) == Some(text.len()) => picked
            .positions()
            .map(|i| text.as_bytes()[i] as char)
            .collect(),
        None => {
            let chars: Vec<char> = text.chars().collect();
            picked.positions().map(|i| chars[i]).collect()
        }
    };
    new_str(vm, &out)
}

/// The receiver's text and its one str argument.
fn with_str_argument(
    vm: &ThreadState,
    s: Value,
    args: &[Value],
    name: &str,
) -> Result<(String, String), Error> {
    super::arity_as(super::ArgConvention::OneArg("str"), name, args, 1, 1)?;
    let [a] = args else {
        unreachable!("one argument, checked");
    };
    let Some(arg) = rt::str_value(vm, *a) else {
        return Err(Error::new(
            "TypeError",
            format!(
                "{name}() argument must be str, not {}",
                crate::objects::class::builtin_types::python_type_name(vm, *a)
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

/// `s.casefold()`: the full case folds (`ß` -> `ss`, `ﬁ` -> `fi`, final sigma -> sigma).
pub fn casefold(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    if !args.is_empty() {
        return Err(Error::new(
            "TypeError",
            format!("str.casefold() takes no arguments ({} given)", args.len()),
        ));
    }
    let text = rt::str_value(vm, s).unwrap_or_default();
    let mut folded = String::with_capacity(text.len());
    for c in text.chars() {
        unicode::push_fold(&mut folded, c);
    }
    rt::new_str(vm, &folded)
}

pub fn isdecimal(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    str_predicate(vm, s, args, "str.isdecimal", |t| {
        !t.is_empty() && t.chars().all(|c| unicode::decimal(c).is_some())
    })
}

pub fn isnumeric(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    str_predicate(vm, s, args, "str.isnumeric", |t| {
        !t.is_empty() && t.chars().all(|c| unicode::numeric(c).is_some())
    })
}

/// `s.isdigit()`: decimal digits of any script, and the superscript, subscript and circled
/// digits (Unicode's Numeric_Type=Digit).
pub fn isdigit(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    str_predicate(vm, s, args, "str.isdigit", |t| {
        !t.is_empty() && t.chars().all(|c| unicode::digit(c).is_some())
    })
}

/// The value of a non-ASCII decimal digit (Unicode category Nd: `'٣'` is 3), which `int()`
/// and `float()` read like ASCII digits.
pub fn other_decimal_value(c: char) -> Option<u32> {
    if c.is_ascii() {
        return None;
    }
    unicode::decimal(c)
}

/// `text` with its non-ASCII decimal digits replaced by ASCII ones (`'٣٤'` -> `"34"`).
pub fn ascii_digits(text: &str) -> std::borrow::Cow<'_, str> {
    if text.is_ascii() {
        return std::borrow::Cow::Borrowed(text);
    }
    text.chars()
        .map(|c| match other_decimal_value(c) {
            Some(d) => char::from_digit(d, 10).expect("a digit"),
            None => c,
        })
        .collect()
}

pub fn isprintable(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    str_predicate(vm, s, args, "str.isprintable", |t| {
        t.chars().all(is_printable)
    })
}

pub fn isidentifier(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    str_predicate(vm, s, args, "str.isidentifier", |t| {
        let mut chars = t.chars();
        chars.next().is_some_and(unicode::is_id_start) && chars.all(unicode::is_id_continue)
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
            if c.is_uppercase() || unicode::category(c) == "Lt" {
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
                "{name}() takes at most {} argument{} ({} given)",
                params.len(),
                if params.len() == 1 { "" } else { "s" },
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
    split_with_keywords(
        vm,
        s,
        args,
        kwargs,
        "split",
        crate::objects::str::methods::str_split,
    )
}

/// `s.rsplit(sep=None, maxsplit=-1)` with keywords.
pub fn rsplit(
    vm: &mut ThreadState,
    s: Value,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    split_with_keywords(
        vm,
        s,
        args,
        kwargs,
        "rsplit",
        crate::objects::str::str_rsplit,
    )
}

/// `split`/`rsplit`'s keywords made positional for `method` (bytes' too).
pub(crate) fn split_with_keywords(
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
    let method = if crate::values::str_value(vm, s).is_some() {
        crate::objects::str::str_splitlines
    } else {
        crate::objects::bytes::methods::splitlines
    };
    method(vm, s, &full)
}

/// `s.expandtabs(tabsize=8)` with keywords.
pub fn expandtabs(
    vm: &mut ThreadState,
    s: Value,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    let args = crate::modules::builtins::by_position("expandtabs", args, kwargs, &["tabsize"], 0)?;
    str_expandtabs(vm, s, &args)
}

pub fn str_expandtabs(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    arity("expandtabs", args, 0, 1)?;
    let size = match args.first() {
        Some(&v) => super::size_arg(vm, v)?,
        None => 8,
    };
    // CPython's tab size is a C int.
    if size > i32::MAX as i64 {
        return Err(Error::new(
            "OverflowError",
            "Python int too large to convert to C int",
        ));
    }
    let size = size.max(0) as usize;
    let mut out = String::new();
    let mut column = 0;
    for c in text(vm, s).chars() {
        match c {
            '\t' => {
                let pad = if size == 0 { 0 } else { size - column % size };
                out.push_str(&" ".repeat(pad));
                column += pad;
            }
            '\n' | '\r' => {
                out.push(c);
                column = 0;
            }
            c => {
                out.push(c);
                column += 1;
            }
        }
    }
    new_str(vm, &out)
}

/// The str predicates: true if the str is non-empty and every char passes.
pub fn str_predicate(
    vm: &mut ThreadState,
    s: Value,
    args: &[Value],
    name: &str,
    test: fn(&str) -> bool,
) -> Result<Value, Error> {
    arity(name, args, 0, 0)?;
    Ok(rt::py_bool(test(&text(vm, s))))
}

/// `s.isupper()`: some upper case character, none lower or title case (uncased letters
/// such as CJK ideographs count for neither).
pub fn str_isupper(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    str_predicate(vm, s, args, "isupper", |t| {
        t.chars().any(char::is_uppercase)
            && !t
                .chars()
                .any(|c| c.is_lowercase() || unicode::category(c) == "Lt")
    })
}

/// `s.islower()`: some lower case character, none upper or title case.
pub fn str_islower(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    str_predicate(vm, s, args, "islower", |t| {
        t.chars().any(char::is_lowercase)
            && !t
                .chars()
                .any(|c| c.is_uppercase() || unicode::category(c) == "Lt")
    })
}

pub fn str_isspace(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    str_predicate(vm, s, args, "isspace", |t| {
        !t.is_empty() && t.chars().all(is_space)
    })
}

pub fn str_isalnum(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    str_predicate(vm, s, args, "isalnum", |t| {
        !t.is_empty()
            && t.chars()
                .all(|c| unicode::is_alpha(c) || unicode::numeric(c).is_some())
    })
}

fn map_text(
    vm: &mut ThreadState,
    s: Value,
    args: &[Value],
    name: &str,
    f: fn(&str) -> String,
) -> Result<Value, Error> {
    arity(name, args, 0, 0)?;
    let t = f(&text(vm, s));
    new_str(vm, &t)
}

/// `s.title()`: each word's first cased character in title case, the rest lower case
/// (CPython's `do_title`: a word starts after any character that is not cased).
pub fn str_title(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    map_text(vm, s, args, "title", |t| {
        let chars: Vec<char> = t.chars().collect();
        let mut out = String::with_capacity(t.len());
        let mut previous_cased = false;
        for (i, &c) in chars.iter().enumerate() {
            if previous_cased {
                unicode::push_lower_at(&mut out, &chars, i);
            } else {
                unicode::push_title(&mut out, c);
            }
            previous_cased = unicode::is_cased(c);
        }
        out
    })
}

/// `s.capitalize()`: the first character in title case, the rest lower case.
pub fn str_capitalize(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    map_text(vm, s, args, "capitalize", |t| {
        let chars: Vec<char> = t.chars().collect();
        let mut out = String::with_capacity(t.len());
        for (i, &c) in chars.iter().enumerate() {
            if i == 0 {
                unicode::push_title(&mut out, c);
            } else {
                unicode::push_lower_at(&mut out, &chars, i);
            }
        }
        out
    })
}

/// `s.swapcase()`: upper case characters lowered, lower case ones raised.
pub fn str_swapcase(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    map_text(vm, s, args, "swapcase", |t| {
        let chars: Vec<char> = t.chars().collect();
        let mut out = String::with_capacity(t.len());
        for (i, &c) in chars.iter().enumerate() {
            if c.is_uppercase() {
                unicode::push_lower_at(&mut out, &chars, i);
            } else if c.is_lowercase() {
                out.extend(c.to_uppercase());
            } else {
                out.push(c);
            }
        }
        out
    })
}

/// `center`, `ljust`, `rjust`: pad to a width with a fill char.
fn justify(vm: &mut ThreadState, s: Value, args: &[Value], name: &str) -> Result<Value, Error> {
    super::arity_as(super::ArgConvention::Clinic, name, args, 1, 2)?;
    let width = super::size_arg(vm, args[0])?;
    let fill = match args.get(1) {
        Some(&f) => {
            let f = str_value(vm, f).unwrap_or_default();
            let mut chars = f.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => c,
                _ => {
                    return Err(Error::new(
                        "TypeError",
                        "The fill character must be exactly one character long",
                    ));
                }
            }
        }
        None => ' ',
    };
    let t = text(vm, s);
    let len = t.chars().count() as i64;
    rt::check_size(vm, width.max(0) as u128 * fill.len_utf8() as u128)?;
    let pad = (width - len).max(0) as usize;
    let fill_str = |n: usize| fill.to_string().repeat(n);
    let out = match name {
        "ljust" => format!("{t}{}", fill_str(pad)),
        "rjust" => format!("{}{t}", fill_str(pad)),
        _ => {
            // CPython's centring: the extra char goes left when the width is odd.
            let left = pad / 2 + (pad & width as usize & 1);
            format!("{}{t}{}", fill_str(left), fill_str(pad - left))
        }
    };
    new_str(vm, &out)
}

pub fn str_center(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    justify(vm, s, args, "center")
}

pub fn str_ljust(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    justify(vm, s, args, "ljust")
}

pub fn str_rjust(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    justify(vm, s, args, "rjust")
}

pub fn str_zfill(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    super::arity_as(super::ArgConvention::OneArg("str"), "zfill", args, 1, 1)?;
    let width = super::size_arg(vm, args[0])?.max(0) as usize;
    rt::check_size(vm, width as u128)?;
    let t = text(vm, s);
    let len = t.chars().count();
    let out = if len >= width {
        t
    } else {
        let (sign, digits) = match t.chars().next() {
            Some(c @ ('+' | '-')) => (c.to_string(), t[1..].to_string()),
            _ => (String::new(), t.clone()),
        };
        format!("{sign}{}{digits}", "0".repeat(width - len))
    };
    new_str(vm, &out)
}

/// `partition` / `rpartition`: a 3-tuple.
fn partition(
    vm: &mut ThreadState,
    s: Value,
    args: &[Value],
    from_right: bool,
) -> Result<Value, Error> {
    let name = if from_right {
        "rpartition"
    } else {
        "partition"
    };
    super::arity_as(super::ArgConvention::OneArg("str"), name, args, 1, 1)?;
    let t = text(vm, s);
    let sep = str_value(vm, args[0]).ok_or_else(|| {
        Error::new(
            "TypeError",
            format!("must be str, not {}", type_name(vm, args[0])),
        )
    })?;
    if sep.is_empty() {
        return Err(Error::new("ValueError", "empty separator"));
    }
    let found = if from_right {
        t.rfind(&sep)
    } else {
        t.find(&sep)
    };
    let parts = match found {
        Some(at) => [
            t[..at].to_string(),
            sep.clone(),
            t[at + sep.len()..].to_string(),
        ],
        None if from_right => [String::new(), String::new(), t],
        None => [t, String::new(), String::new()],
    };
    crate::objects::sequence::of_strs(vm, &parts, true)
}

pub fn str_partition(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    partition(vm, s, args, false)
}

pub fn str_rpartition(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    partition(vm, s, args, true)
}

/// The characters `str.splitlines` ends lines at (CPython's line boundaries).
fn is_line_boundary(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// CPython's printable characters (`str.isprintable`, and what `repr` leaves unescaped).
pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    unicode::is_printable(c)
}

pub fn str_splitlines(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    arity("splitlines", args, 0, 1)?;
    // CPython's `bool(accept={int})`: any int, nonzero keeps the ends.
    let keep = match args.first() {
        None => false,
        Some(&k) if k == TRUE || k == crate::values::FALSE => k == TRUE,
        Some(&k) => match crate::values::as_int(k) {
            Some(i) => i != 0,
            None if crate::objects::int::bigint::is_big(vm, k) => true,
            None => return Err(crate::protocols::index::not_an_integer(vm, k)),
        },
    };
    let t = text(vm, s);
    let mut parts = Vec::new();
    let mut current = String::new();
    let mut chars = t.chars().peekable();
    while let Some(c) = chars.next() {
        if is_line_boundary(c) {
            let mut end = c.to_string();
            if c == '\r' && chars.peek() == Some(&'\n') {
                chars.next();
                end.push('\n');
            }
            if keep {
                current.push_str(&end);
            }
            parts.push(std::mem::take(&mut current));
        } else {
            current.push(c);
        }
    }
    if !current.is_empty() {
        parts.push(current);
    }
    crate::objects::sequence::of_strs(vm, &parts, false)
}

pub fn str_rsplit(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    arity("rsplit", args, 0, 2)?;
    let t = text(vm, s);
    let sep = methods::separator(vm, args.first())?;
    let max = match args.get(1) {
        Some(&m) => rt::as_int(m).ok_or_else(|| {
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
    let max = if max < 0 { usize::MAX } else { max as usize };
    let mut parts: Vec<String> = match &sep {
        Some(sep) => t
            .rsplitn(max.saturating_add(1), sep.as_str())
            .map(String::from)
            .collect(),
        None => rsplit_whitespace(&t, max),
    };
    parts.reverse();
    crate::objects::sequence::of_strs(vm, &parts, false)
}

/// CPython's `rsplit()` without a separator: words from the right, at most `max` splits; the
/// rest (its leading whitespace kept, its trailing whitespace dropped) is the first part.
/// The parts come last first.
fn rsplit_whitespace(t: &str, max: usize) -> Vec<String> {
    let space = is_space;
    let mut parts = vec![];
    let mut rest = t;
    loop {
        let trimmed = rest.trim_end_matches(space);
        if trimmed.is_empty() {
            break;
        }
        if parts.len() == max {
            parts.push(trimmed.to_string());
            break;
        }
        let start = trimmed.rfind(space).map_or(0, |i| {
            i + trimmed[i..].chars().next().map_or(1, char::len_utf8)
        });
        parts.push(trimmed[start..].to_string());
        rest = &trimmed[..start];
    }
    parts
}

/// `repr` of a str: single quotes unless the text has a single quote and no double quote.
pub fn repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::new();
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) => out.push(c),
            c => out.push_str(&match c as u32 {
                n @ 0..=0xff => format!("\\x{n:02x}"),
                n @ 0x100..=0xffff => format!("\\u{n:04x}"),
                n => format!("\\U{n:08x}"),
            }),
        }
    }
    out.push(quote);
    out
}

/// `str(object='')` and `str(object=b'', encoding='utf-8', errors='strict')`.
pub(crate) fn str(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    const PARAMETERS: [&str; 3] = ["object", "encoding", "errors"];
    if args.len() > 3 {
        return Err(Error::new(
            "TypeError",
            format!("str() takes at most 3 arguments ({} given)", args.len()),
        ));
    }
    let mut given: [Option<Value>; 3] = [None; 3];
    for (i, &a) in args.iter().enumerate() {
        given[i] = Some(a);
    }
    for (k, v) in kwargs {
        let Some(i) = PARAMETERS.iter().position(|p| p == k) else {
            return Err(Error::new(
                "TypeError",
                format!("'{k}' is an invalid keyword argument for str()"),
            ));
        };
        if given[i].replace(*v).is_some() {
            return Err(Error::new(
                "TypeError",
                format!(
                    "argument for str() given by name ('{k}') and position ({})",
                    i + 1
                ),
            ));
        }
    }
    for (i, p) in PARAMETERS.iter().enumerate().skip(1) {
        if let Some(v) = given[i]
            && str_value(vm, v).is_none()
        {
            return Err(Error::new(
                "TypeError",
                format!(
                    "str() argument '{p}' must be str, not {}",
                    crate::objects::class::builtin_types::python_type_name(vm, v)
                ),
            ));
        }
    }
    let Some(v) = given[0] else {
        return new_str(vm, "");
    };
    if given[1].is_none() && given[2].is_none() {
        let text = crate::protocols::repr::str(vm, v)?;
        return new_str(vm, &text);
    }
    if str_value(vm, v).is_some() {
        return Err(Error::new("TypeError", "decoding str is not supported"));
    }
    if !crate::objects::bytes::is_bytes_like(vm, v) {
        return Err(Error::new(
            "TypeError",
            format!(
                "decoding to str: need a bytes-like object, {} found",
                crate::objects::class::builtin_types::python_type_name(vm, v)
            ),
        ));
    }
    let mut codec_args: Vec<(String, Value)> = Vec::new();
    if let Some(e) = given[1] {
        codec_args.push(("encoding".into(), e));
    }
    if let Some(e) = given[2] {
        codec_args.push(("errors".into(), e));
    }
    crate::objects::bytes::decode_kw(vm, v, &[], &codec_args)
}
