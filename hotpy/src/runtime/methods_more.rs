//! More methods of the builtin types (registered in `attributes::METHODS`): `list.sort` and
//! the other list and dict mutators, the str predicates and layout methods, and
//! `str.format`. The receiver and arguments are not roots: methods that run Python code or
//! allocate before using them again root them.

use super::{NONE, TRUE, make_int, new_str, str_value, type_name};
use crate::generated::layouts::{List, Slots};
use crate::vm::{Error, ThreadState};
use gvmt::rt::{Value, Vm};

type Kwargs<'a> = &'a [(String, Value)];

fn arity(name: &str, args: &[Value], min: usize, max: usize) -> Result<(), Error> {
    if args.len() < min || args.len() > max {
        let expected = if min == max {
            format!("exactly {min} argument{}", if min == 1 { "" } else { "s" })
        } else {
            format!("at most {max} arguments")
        };
        return Err(Error::new(
            "TypeError",
            format!("{name}() takes {expected} ({} given)", args.len()),
        ));
    }
    Ok(())
}

fn text(vm: &ThreadState, v: Value) -> String {
    str_value(vm, v).expect("a str receiver")
}

/// `list.sort(key=None, reverse=False)`: sorts in place (through `sorted`).
pub fn list_sort(
    vm: &mut ThreadState,
    list: Value,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    if !args.is_empty() {
        return Err(Error::new(
            "TypeError",
            "sort() takes no positional arguments",
        ));
    }
    vm.handle_scope(|vm| {
        let h = vm.mutator().root(list);
        let sorted = super::builtins_objects::sorted(vm, &[list], kwargs)?;
        let list = vm.mutator().get(h);
        // Take the sorted list's storage.
        let ctx = vm.vmctx();
        List::set_items(ctx, list, List::items(ctx, sorted));
        List::set_length(ctx, list, List::length(ctx, sorted));
        Ok(NONE)
    })
}

pub fn list_remove(vm: &mut ThreadState, list: Value, args: &[Value]) -> Result<Value, Error> {
    arity("list.remove", args, 1, 1)?;
    vm.handle_scope(|vm| {
        let (hl, hx) = (vm.mutator().root(list), vm.mutator().root(args[0]));
        let mut i = 0;
        loop {
            let list = vm.mutator().get(hl);
            let items = super::sequences::items(vm, list).unwrap_or_default();
            let Some(&item) = items.get(i) else {
                return Err(Error::new("ValueError", "list.remove(x): x not in list"));
            };
            let x = vm.mutator().get(hx);
            if item == x || super::compare(vm, 2, item, x)? == TRUE {
                let list = vm.mutator().get(hl);
                remove_at(vm, list, i);
                return Ok(NONE);
            }
            i += 1;
        }
    })
}

/// Removes item `i` of a list, shifting the rest down.
fn remove_at(vm: &mut ThreadState, list: Value, i: usize) {
    use crate::generated::layouts::Array;
    let ctx = vm.vmctx();
    let n = List::length(ctx, list) as usize;
    let array = List::items(ctx, list);
    for j in i..n - 1 {
        Array::set_items(ctx, array, j, Array::items(ctx, array, j + 1));
    }
    Array::set_items(ctx, array, n - 1, NONE);
    List::set_length(ctx, list, n as i64 - 1);
}

pub fn list_clear(vm: &mut ThreadState, list: Value, args: &[Value]) -> Result<Value, Error> {
    arity("list.clear", args, 0, 0)?;
    List::set_length(vm.vmctx(), list, 0);
    Ok(NONE)
}

pub fn seq_copy(vm: &mut ThreadState, seq: Value, args: &[Value]) -> Result<Value, Error> {
    arity("copy", args, 0, 0)?;
    if super::dicts::is_dict(vm, seq) {
        let entries = super::dicts::entries(vm, seq);
        let flat: Vec<Value> = entries.iter().flat_map(|&(k, v)| [k, v]).collect();
        return super::dicts::new_dict_of(vm, &flat);
    }
    let items = super::sequences::items(vm, seq).unwrap_or_default();
    super::sequences::new_list(vm, &items)
}

pub fn dict_pop(vm: &mut ThreadState, d: Value, args: &[Value]) -> Result<Value, Error> {
    arity("pop", args, 1, 2)?;
    let (removed, default, key) = vm.handle_scope(|vm| {
        let default = vm.mutator().root(args.get(1).copied().unwrap_or(NONE));
        let key = vm.mutator().root(args[0]);
        let removed = super::dicts::remove(vm, d, args[0]);
        (removed, vm.mutator().get(default), vm.mutator().get(key))
    });
    match removed? {
        Some(v) => Ok(v),
        None if args.len() == 2 => Ok(default),
        None => Err(super::dicts::key_error(vm, key)),
    }
}

pub fn dict_setdefault(vm: &mut ThreadState, d: Value, args: &[Value]) -> Result<Value, Error> {
    arity("setdefault", args, 1, 2)?;
    let value = args.get(1).copied().unwrap_or(NONE);
    vm.handle_scope(|vm| {
        let handles: Vec<_> = [d, args[0], value]
            .iter()
            .map(|&v| vm.mutator().root(v))
            .collect();
        if let Some(v) = super::dicts::get(vm, d, args[0])? {
            return Ok(v);
        }
        let [d, k, v] = [0, 1, 2].map(|i| vm.mutator().get(handles[i]));
        super::dicts::set(vm, d, k, v)?;
        Ok(vm.mutator().get(handles[2]))
    })
}

pub fn dict_update(
    vm: &mut ThreadState,
    d: Value,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    arity("update", args, 0, 1)?;
    vm.handle_scope(|vm| {
        let hd = vm.mutator().root(d);
        let made = super::builtins_objects::dict(vm, args, kwargs)?;
        let d = vm.mutator().get(hd);
        super::dicts::dict_merge(vm, d, made)?;
        Ok(NONE)
    })
}

pub fn dict_clear(vm: &mut ThreadState, d: Value, args: &[Value]) -> Result<Value, Error> {
    arity("clear", args, 0, 0)?;
    let ctx = vm.vmctx();
    let index = crate::generated::layouts::Dict::index(ctx, d);
    for i in 0..Slots::len(ctx, index) as usize {
        Slots::set_slots(ctx, index, i, -1);
    }
    crate::generated::layouts::Dict::set_used(ctx, d, 0);
    crate::generated::layouts::Dict::set_live(ctx, d, 0);
    Ok(NONE)
}

/// `dict.popitem()`: the last entry, removed.
pub fn dict_popitem(vm: &mut ThreadState, d: Value, args: &[Value]) -> Result<Value, Error> {
    arity("popitem", args, 0, 0)?;
    let Some(&(k, v)) = super::dicts::entries(vm, d).last() else {
        return Err(Error::new("KeyError", "'popitem(): dictionary is empty'"));
    };
    vm.handle_scope(|vm| {
        let hd = vm.mutator().root(d);
        let pair = super::sequences::new_tuple(vm, &[k, v])?;
        let hp = vm.mutator().root(pair);
        let key = super::sequences::items(vm, pair).unwrap_or_default()[0];
        let d = vm.mutator().get(hd);
        super::dicts::remove(vm, d, key)?;
        Ok(vm.mutator().get(hp))
    })
}

/// `float.as_integer_ratio()`: the exact fraction, in lowest terms.
pub fn float_as_integer_ratio(
    vm: &mut ThreadState,
    f: Value,
    args: &[Value],
) -> Result<Value, Error> {
    arity("as_integer_ratio", args, 0, 0)?;
    let x = super::float_value(vm, f).unwrap_or(f64::NAN);
    if x.is_nan() {
        return Err(Error::new(
            "ValueError",
            "cannot convert NaN to integer ratio",
        ));
    }
    if x.is_infinite() {
        return Err(Error::new(
            "OverflowError",
            "cannot convert Infinity to integer ratio",
        ));
    }
    // x = mantissa * 2**exponent exactly.
    let bits = x.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i64;
    let mut mantissa = (bits & ((1 << 52) - 1)) as i64;
    let mut exp = if exponent == 0 {
        -1074
    } else {
        mantissa |= 1 << 52;
        exponent - 1075
    };
    while mantissa != 0 && mantissa % 2 == 0 && exp < 0 {
        mantissa /= 2;
        exp += 1;
    }
    let sign = if x < 0.0 { -1 } else { 1 };
    let mut numerator = num_bigint::BigInt::from(sign * mantissa);
    let mut denominator = num_bigint::BigInt::from(1);
    if exp > 0 {
        numerator <<= exp as usize;
    } else {
        denominator <<= (-exp) as usize;
    }
    let n = super::bigint::from_big(vm, &numerator)?;
    let (d, n) = vm.handle_scope(|vm| {
        let hn = vm.mutator().root(n);
        let d = super::bigint::from_big(vm, &denominator);
        (d, vm.mutator().get(hn))
    });
    super::sequences::new_tuple(vm, &[n, d?])
}

pub fn int_bit_length(vm: &mut ThreadState, i: Value, args: &[Value]) -> Result<Value, Error> {
    arity("bit_length", args, 0, 0)?;
    let b = super::bigint::to_big(vm, i).unwrap_or_default();
    make_int(b.bits() as i64)
}

pub fn float_is_integer(vm: &mut ThreadState, f: Value, args: &[Value]) -> Result<Value, Error> {
    arity("is_integer", args, 0, 0)?;
    let x = super::float_value(vm, f).unwrap_or(f64::NAN);
    Ok(super::py_bool(x.is_finite() && x.fract() == 0.0))
}

pub fn str_expandtabs(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    arity("expandtabs", args, 0, 1)?;
    let size = args
        .first()
        .and_then(|&v| super::as_int(v))
        .unwrap_or(8)
        .max(0) as usize;
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
    Ok(super::py_bool(test(&text(vm, s))))
}

pub fn str_isupper(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    str_predicate(vm, s, args, "isupper", |t| {
        t.chars().any(char::is_alphabetic) && !t.chars().any(char::is_lowercase)
    })
}

pub fn str_islower(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    str_predicate(vm, s, args, "islower", |t| {
        t.chars().any(char::is_alphabetic) && !t.chars().any(char::is_uppercase)
    })
}

pub fn str_isspace(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    str_predicate(vm, s, args, "isspace", |t| {
        !t.is_empty() && t.chars().all(char::is_whitespace)
    })
}

pub fn str_isalnum(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    str_predicate(vm, s, args, "isalnum", |t| {
        !t.is_empty() && t.chars().all(char::is_alphanumeric)
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

pub fn str_title(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    map_text(vm, s, args, "title", |t| {
        let mut out = String::new();
        let mut prev_cased = false;
        for c in t.chars() {
            if prev_cased {
                out.extend(c.to_lowercase());
            } else {
                out.extend(c.to_uppercase());
            }
            prev_cased = c.is_alphabetic();
        }
        out
    })
}

pub fn str_capitalize(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    map_text(vm, s, args, "capitalize", |t| {
        let mut chars = t.chars();
        match chars.next() {
            Some(first) => first
                .to_uppercase()
                .chain(chars.flat_map(char::to_lowercase))
                .collect(),
            None => String::new(),
        }
    })
}

pub fn str_swapcase(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    map_text(vm, s, args, "swapcase", |t| {
        t.chars()
            .flat_map(|c| {
                if c.is_uppercase() {
                    c.to_lowercase().collect::<Vec<_>>()
                } else {
                    c.to_uppercase().collect::<Vec<_>>()
                }
            })
            .collect()
    })
}

/// `center`, `ljust`, `rjust`: pad to a width with a fill char.
fn justify(vm: &mut ThreadState, s: Value, args: &[Value], name: &str) -> Result<Value, Error> {
    arity(name, args, 1, 2)?;
    let width = super::as_int(args[0]).ok_or_else(|| {
        Error::new(
            "TypeError",
            format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(vm, args[0])
            ),
        )
    })?;
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
    super::check_size(vm, width.max(0) as u128 * fill.len_utf8() as u128)?;
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
    arity("zfill", args, 1, 1)?;
    let width = super::as_int(args[0]).unwrap_or(0).max(0) as usize;
    super::check_size(vm, width as u128)?;
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
    arity(
        if from_right {
            "rpartition"
        } else {
            "partition"
        },
        args,
        1,
        1,
    )?;
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
    super::sequences::of_strs(vm, &parts, true)
}

pub fn str_partition(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    partition(vm, s, args, false)
}

pub fn str_rpartition(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    partition(vm, s, args, true)
}

pub fn str_splitlines(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    arity("splitlines", args, 0, 1)?;
    let keep = args.first().is_some_and(|&k| k == TRUE);
    let t = text(vm, s);
    let mut parts = Vec::new();
    let mut current = String::new();
    let mut chars = t.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\n' || c == '\r' {
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
    super::sequences::of_strs(vm, &parts, false)
}

pub fn str_rsplit(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    arity("rsplit", args, 0, 2)?;
    let t = text(vm, s);
    let sep = match args.first() {
        Some(&v) if v != NONE => Some(str_value(vm, v).unwrap_or_default()),
        _ => None,
    };
    let max = args.get(1).and_then(|&m| super::as_int(m)).unwrap_or(-1);
    let mut parts: Vec<String> = match &sep {
        Some(sep) if max >= 0 => t
            .rsplitn(max as usize + 1, sep.as_str())
            .map(String::from)
            .collect(),
        Some(sep) => t.rsplit(sep.as_str()).map(String::from).collect(),
        None => {
            let words: Vec<&str> = t.split_whitespace().collect();
            if max >= 0 && (max as usize) < words.len() {
                // Keep the leading words joined as CPython does (approximately, by spaces).
                let keep = words.len() - max as usize;
                let mut out = vec![words[..keep].join(" ")];
                out.extend(words[keep..].iter().map(|w| w.to_string()));
                out.reverse();
                out
            } else {
                words.iter().rev().map(|w| w.to_string()).collect()
            }
        }
    };
    parts.reverse();
    super::sequences::of_strs(vm, &parts, false)
}

/// `str.format(*args, **kwargs)`: `{}`, `{0}`, `{name}`, `.attr` and `[index]` after the
/// field name, `!r`/`!s`/`!a`, and a format spec (which may itself hold `{}` fields).
pub fn str_format(
    vm: &mut ThreadState,
    s: Value,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let template = text(vm, s);
    let result = vm.handle_scope(|vm| {
        let positional: Vec<_> = args.iter().map(|&v| vm.mutator().root(v)).collect();
        let keywords: Vec<_> = kwargs
            .iter()
            .map(|(k, v)| (k.clone(), vm.mutator().root(*v)))
            .collect();
        let mut fields = FieldSource {
            positional,
            keywords,
            next_auto: 0,
        };
        format_template(vm, &template, &mut fields, 0)
    });
    new_str(vm, &result?)
}

struct FieldSource {
    positional: Vec<gvmt::gc::Handle>,
    keywords: Vec<(String, gvmt::gc::Handle)>,
    next_auto: usize,
}

fn format_template(
    vm: &mut ThreadState,
    template: &str,
    fields: &mut FieldSource,
    depth: usize,
) -> Result<String, Error> {
    if depth > 2 {
        return Err(Error::new("ValueError", "Max string recursion exceeded"));
    }
    let mut out = String::new();
    let chars: Vec<char> = template.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(Error::new(
                "ValueError",
                "Single '}' encountered in format string",
            ));
        }
        if c != '{' {
            out.push(c);
            i += 1;
            continue;
        }
        if chars.get(i + 1) == Some(&'{') {
            out.push('{');
            i += 2;
            continue;
        }
        // A field: up to the matching '}' (nested braces in the spec).
        let mut level = 1;
        let mut j = i + 1;
        while j < chars.len() && level > 0 {
            match chars[j] {
                '{' => level += 1,
                '}' => level -= 1,
                _ => {}
            }
            j += 1;
        }
        if level > 0 {
            return Err(Error::new(
                "ValueError",
                "expected '}' before end of string",
            ));
        }
        let field: String = chars[i + 1..j - 1].iter().collect();
        out.push_str(&format_field(vm, &field, fields, depth)?);
        i = j;
    }
    Ok(out)
}

fn format_field(
    vm: &mut ThreadState,
    field: &str,
    fields: &mut FieldSource,
    depth: usize,
) -> Result<String, Error> {
    let (head, spec) = match field.find(':') {
        Some(at) => (&field[..at], &field[at + 1..]),
        None => (field, ""),
    };
    let (name, conversion) = match head.find('!') {
        Some(at) => (&head[..at], Some(&head[at + 1..])),
        None => (head, None),
    };
    let end = name.find(['.', '[']).unwrap_or(name.len());
    let (first, rest) = name.split_at(end);
    let mut value = if first.is_empty() {
        let i = fields.next_auto;
        fields.next_auto += 1;
        positional(vm, fields, i)?
    } else if let Ok(i) = first.parse::<usize>() {
        positional(vm, fields, i)?
    } else {
        match fields.keywords.iter().find(|(k, _)| k == first) {
            Some((_, h)) => vm.mutator().get(*h),
            None => return Err(Error::new("KeyError", format!("'{first}'"))),
        }
    };
    let mut rest = rest;
    while !rest.is_empty() {
        // Making the attribute name or key may collect: keep `value` in a handle meanwhile.
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            let (attr, v) = vm.handle_scope(|vm| {
                let hv = vm.mutator().root(value);
                let attr = new_str(vm, &r[..end]);
                (attr, vm.mutator().get(hv))
            });
            value = super::attributes::get_attr(vm, v, attr?)?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let Some(end) = r.find(']') else {
                return Err(Error::new("ValueError", "Missing ']' in format string"));
            };
            let key = &r[..end];
            let (index, v) = vm.handle_scope(|vm| {
                let hv = vm.mutator().root(value);
                let index = match key.parse::<i64>() {
                    Ok(i) => make_int(i),
                    Err(_) => new_str(vm, key),
                };
                (index, vm.mutator().get(hv))
            });
            value = super::sequences::subscript(vm, v, index?)?;
            rest = &r[end + 1..];
        } else {
            return Err(Error::new(
                "ValueError",
                "Only '.' or '[' may follow ']' in format field specifier",
            ));
        }
    }
    let spec = if spec.contains('{') {
        // Formatting the nested fields may collect: keep `value` in a handle meanwhile.
        let (spec, v) = vm.handle_scope(|vm| {
            let hv = vm.mutator().root(value);
            let spec = format_template(vm, spec, fields, depth + 1);
            (spec, vm.mutator().get(hv))
        });
        value = v;
        spec?
    } else {
        spec.to_string()
    };
    let conversion = match conversion {
        None => 0,
        Some("s") => 1,
        Some("r") | Some("a") => 2,
        Some(other) => {
            return Err(Error::new(
                "ValueError",
                format!("Unknown conversion specifier {other}"),
            ));
        }
    };
    let (spec_value, value) = vm.handle_scope(|vm| {
        let hv = vm.mutator().root(value);
        let spec_value = if spec.is_empty() {
            Ok(NONE)
        } else {
            new_str(vm, &spec)
        };
        (spec_value, vm.mutator().get(hv))
    });
    let formatted = super::format::format_value(vm, value, spec_value?, conversion)?;
    Ok(str_value(vm, formatted).unwrap_or_default())
}

fn positional(vm: &mut ThreadState, fields: &FieldSource, i: usize) -> Result<Value, Error> {
    match fields.positional.get(i) {
        Some(&h) => Ok(vm.mutator().get(h)),
        None => Err(Error::new(
            "IndexError",
            format!("Replacement index {i} out of range for positional args tuple"),
        )),
    }
}
