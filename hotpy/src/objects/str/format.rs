//! `str.format`: the replacement-field grammar (`{}`, `{0}`, `{name.attr[index]!r:spec}`),
//! nested fields in specs, and the values' `__format__`.

use super::text;
use crate::values::{NONE, make_int, new_str, str_value};
use crate::vm::{Error, ThreadState};
use gvmt::rt::Value;

type Kwargs<'a> = &'a [(String, Value)];

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
            mapping: None,
            next_auto: 0,
            automatic: None,
        };
        format_template(vm, &template, &mut fields, 0)
    });
    new_str(vm, &result?)
}

/// `str.format_map(mapping)`: `str.format(**mapping)` with each name looked up in the
/// mapping as it is used (`mapping[name]`, so a dict subclass's `__missing__` takes part).
pub fn str_format_map(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    let [mapping] = *args else {
        return Err(Error::new(
            "TypeError",
            format!(
                "str.format_map() takes exactly one argument ({} given)",
                args.len()
            ),
        ));
    };
    let template = text(vm, s);
    let result = vm.handle_scope(|vm| {
        let mapping = vm.mutator().root(mapping);
        let mut fields = FieldSource {
            positional: Vec::new(),
            keywords: Vec::new(),
            mapping: Some(mapping),
            next_auto: 0,
            automatic: None,
        };
        format_template(vm, &template, &mut fields, 0)
    });
    new_str(vm, &result?)
}

struct FieldSource {
    positional: Vec<gvmt::gc::Handle>,
    keywords: Vec<(String, gvmt::gc::Handle)>,
    /// `format_map`'s mapping, instead of keywords.
    mapping: Option<gvmt::gc::Handle>,
    next_auto: usize,
    /// Whether fields are numbered automatically (`{}`), by hand (`{0}`), or not yet known:
    /// a template may not mix them.
    automatic: Option<bool>,
}

impl FieldSource {
    fn numbering(&mut self, automatic: bool) -> Result<(), Error> {
        match self.automatic {
            Some(a) if a != automatic => Err(Error::new(
                "ValueError",
                if automatic {
                    "cannot switch from manual field specification to automatic field numbering"
                } else {
                    "cannot switch from automatic field numbering to manual field specification"
                },
            )),
            _ => {
                self.automatic = Some(automatic);
                Ok(())
            }
        }
    }
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
        if i + 1 == chars.len() {
            return Err(Error::new(
                "ValueError",
                "Single '{' encountered in format string",
            ));
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
    // The name runs to the first '!' or ':' outside an index (`{0[a:b]}` has key "a:b").
    let mut in_index = false;
    let name_end = field
        .char_indices()
        .find(|&(_, c)| {
            match c {
                '[' => in_index = true,
                ']' => in_index = false,
                '!' | ':' if !in_index => return true,
                _ => {}
            }
            false
        })
        .map_or(field.len(), |(at, _)| at);
    let name = &field[..name_end];
    let after = &field[name_end..];
    let (conversion, spec) = match after.strip_prefix('!') {
        Some(rest) => match rest.find(':') {
            Some(at) => (Some(&rest[..at]), &rest[at + 1..]),
            None => (Some(rest), ""),
        },
        None => (None, after.strip_prefix(':').unwrap_or("")),
    };
    let end = name.find(['.', '[']).unwrap_or(name.len());
    let (first, rest) = name.split_at(end);
    let mut value = if first.is_empty() {
        fields.numbering(true)?;
        let i = fields.next_auto;
        fields.next_auto += 1;
        positional(vm, fields, i)?
    } else if let Some(i) = digits(first) {
        fields.numbering(false)?;
        positional(vm, fields, i)?
    } else {
        let found = fields.keywords.iter().find(|(k, _)| k == first);
        match (found, fields.mapping) {
            (Some((_, h)), _) => vm.mutator().get(*h),
            (None, Some(mapping)) => {
                let key = new_str(vm, first)?;
                let mapping = vm.mutator().get(mapping);
                crate::objects::sequence::subscript(vm, mapping, key)?
            }
            (None, None) => {
                let key = new_str(vm, first)?;
                return Err(crate::objects::dict::key_error(vm, key));
            }
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
            value = crate::protocols::attributes::get_attr(vm, v, attr?)?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let Some(end) = r.find(']') else {
                return Err(Error::new("ValueError", "Missing ']' in format string"));
            };
            let key = &r[..end];
            let (index, v) = vm.handle_scope(|vm| {
                let hv = vm.mutator().root(value);
                // An index of digits is an int; any other is a str (`[-1]` too).
                let index = match digits(key) {
                    Some(i) => make_int(i as i64),
                    None => new_str(vm, key),
                };
                (index, vm.mutator().get(hv))
            });
            value = crate::objects::sequence::subscript(vm, v, index?)?;
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
        Some("r") => 2,
        Some("a") => 3,
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
    let formatted = crate::protocols::format::format_value(vm, value, spec_value?, conversion)?;
    Ok(str_value(vm, formatted).unwrap_or_default())
}

/// A field name or index of ASCII digits only, as a number.
fn digits(text: &str) -> Option<usize> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

fn positional(vm: &mut ThreadState, fields: &FieldSource, i: usize) -> Result<Value, Error> {
    match fields.positional.get(i) {
        Some(&h) => Ok(vm.mutator().get(h)),
        None if fields.mapping.is_some() => Err(Error::new(
            "ValueError",
            "Format string contains positional fields",
        )),
        None => Err(Error::new(
            "IndexError",
            format!("Replacement index {i} out of range for positional args tuple"),
        )),
    }
}
