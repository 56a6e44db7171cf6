//! `format()` and f-string fields: the format-spec mini-language
//! (`[[fill]align][sign][0][width][,][.precision][type]`) for strs, ints and floats.

use crate::objects::float::repr as float_repr;
use crate::values::{NONE, float_value, str_value};
use crate::vm::{Error, ThreadState};
use gvmt::rt::Value;

/// `format(v, spec)` after a conversion (0 none, 1 `str`, 2 `repr`): an f-string field.
pub fn format_value(
    vm: &mut ThreadState,
    v: Value,
    spec: Value,
    conversion: i64,
) -> Result<Value, Error> {
    let spec = if spec == NONE {
        String::new()
    } else {
        str_value(vm, spec).unwrap_or_default()
    };
    let v = if conversion == 0 && crate::objects::class::is_instance(vm, v) {
        let (custom, v) = vm.handle_scope(|vm| {
            let h = vm.mutator().root(v);
            let custom = crate::values::new_str(vm, &spec).and_then(|spec_value| {
                let v = vm.mutator().get(h);
                crate::protocols::dunder::call(vm, v, "__format__", &[spec_value])
            });
            // The lookup may have collected: read `v` again.
            (custom, vm.mutator().get(h))
        });
        if let Some(r) = custom? {
            return Ok(r);
        }
        v
    } else {
        v
    };
    let text = match conversion {
        1 => format_str(&crate::protocols::repr::str(vm, v)?, &spec)?,
        2 => format_str(&crate::protocols::repr::repr(vm, v)?, &spec)?,
        3 => format_str(
            &crate::modules::builtins::object_functions::ascii_repr(vm, v)?,
            &spec,
        )?,
        _ => format_spec(vm, v, &spec)?,
    };
    crate::values::new_str(vm, &text)
}

/// Concatenates strs (the parts of an f-string).
pub fn join_strs(vm: &mut ThreadState, parts: gvmt::rt::Values) -> Result<Value, Error> {
    let mut out = String::new();
    for i in 0..parts.len() {
        let part = parts.get(gvmt::rt::Vm::vmctx(vm), i);
        out.push_str(&str_value(vm, part).unwrap_or_default());
    }
    crate::values::new_str(vm, &out)
}

/// A parsed format spec: `[[fill]align][sign][0][width][,][.precision][type]`.
struct Spec {
    fill: char,
    /// A fill character was written (else the `0` flag makes it '0').
    fill_given: bool,
    /// `z`: negative zero shows as zero.
    no_negative_zero: bool,
    align: Option<char>,
    sign: char,
    zero: bool,
    width: usize,
    /// `#`: the alternate form (`0x` prefixes, kept trailing zeros).
    alternate: bool,
    grouping: bool,
    /// `,` or `_`.
    separator: char,
    precision: Option<usize>,
    kind: Option<char>,
}

/// The spec of a value of type `type_name` (for CPython's messages).
fn parse_spec(spec: &str, type_name: &str) -> Result<Spec, Error> {
    let bad = || {
        Error::new(
            "ValueError",
            format!("Invalid format specifier '{spec}' for object of type '{type_name}'"),
        )
    };
    let chars: Vec<char> = spec.chars().collect();
    let mut i = 0;
    let mut s = Spec {
        fill: ' ',
        fill_given: false,
        no_negative_zero: false,
        align: None,
        sign: '-',
        zero: false,
        width: 0,
        alternate: false,
        grouping: false,
        separator: ',',
        precision: None,
        kind: None,
    };
    let is_align = |c: char| matches!(c, '<' | '>' | '^' | '=');
    if chars.len() >= 2 && is_align(chars[1]) {
        s.fill = chars[0];
        s.fill_given = true;
        s.align = Some(chars[1]);
        i = 2;
    } else if !chars.is_empty() && is_align(chars[0]) {
        s.align = Some(chars[0]);
        i = 1;
    }
    if i < chars.len() && matches!(chars[i], '+' | '-' | ' ') {
        s.sign = chars[i];
        i += 1;
    }
    if i < chars.len() && chars[i] == 'z' {
        s.no_negative_zero = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '#' {
        s.alternate = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '0' {
        s.zero = true;
        i += 1;
    }
    let start = i;
    while i < chars.len() && chars[i].is_ascii_digit() {
        i += 1;
    }
    if i > start {
        s.width = chars[start..i]
            .iter()
            .collect::<String>()
            .parse()
            .map_err(|_| bad())?;
    }
    if i < chars.len() && matches!(chars[i], ',' | '_') {
        s.grouping = true;
        s.separator = chars[i];
        i += 1;
    }
    if s.separator == ','
        && s.grouping
        && let Some(&k) = chars.get(i..).and_then(|rest| rest.last())
        && "bcoxXn".contains(k)
        && !chars[i..].contains(&'.')
    {
        // CPython allows only '_' to group binary, octal and hex digits.
        return Err(Error::new(
            "ValueError",
            format!("Cannot specify ',' with '{k}'."),
        ));
    }
    if i < chars.len() && chars[i] == '.' {
        i += 1;
        let start = i;
        while i < chars.len() && chars[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return Err(Error::new(
                "ValueError",
                "Format specifier missing precision",
            ));
        }
        s.precision = Some(
            chars[start..i]
                .iter()
                .collect::<String>()
                .parse()
                .map_err(|_| bad())?,
        );
    }
    // What is left is the type: one character at most.
    match chars.len() - i {
        0 => {}
        1 => s.kind = Some(chars[i]),
        _ => return Err(bad()),
    }
    check_sizes(s.width, s.precision.unwrap_or(0))?;
    Ok(s)
}

/// Digits with a separator every `every` digits from the right.
fn group(digits: &str, separator: char, every: usize) -> String {
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(every) {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

/// Python's general format (`g`): `precision` significant digits, fixed or exponent notation
/// by the exponent, trailing zeros removed unless `alternate`.
fn general(f: f64, precision: usize, upper: bool, alternate: bool) -> String {
    general_form(f, precision, upper, alternate, false)
}

/// [`general`], or with `add_dot_0` the form a float takes with a precision and no type
/// (CPython's Py_DTSF_ADD_DOT_0): fixed notation only while it has room for a `.0`, which
/// it then always shows.
fn general_form(f: f64, precision: usize, upper: bool, alternate: bool, add_dot_0: bool) -> String {
    if !f.is_finite() {
        let t = if f.is_nan() { "nan" } else { "inf" };
        return if upper {
            t.to_uppercase()
        } else {
            t.to_string()
        };
    }
    let p = precision.max(1);
    let t = format!("{:.*e}", p - 1, f);
    let (_, e) = t.split_once('e').expect("exponent");
    let exp: i32 = e.parse().expect("exponent digits");
    let strip = |s: String| {
        if alternate && !s.contains('.') {
            // The alternate form always has a decimal point.
            s + "."
        } else if alternate || !s.contains('.') {
            s
        } else {
            s.trim_end_matches('0').trim_end_matches('.').to_string()
        }
    };
    let limit = if add_dot_0 { p as i32 - 1 } else { p as i32 };
    if -4 <= exp && exp < limit {
        let fixed = strip(format!("{:.*}", (p as i32 - 1 - exp).max(0) as usize, f));
        if add_dot_0 && !fixed.contains('.') {
            format!("{fixed}.0")
        } else {
            fixed
        }
    } else {
        let (m, _) = t.split_once('e').expect("exponent");
        let m = strip(m.to_string());
        let e = if upper { 'E' } else { 'e' };
        format!("{m}{e}{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs())
    }
}

/// Pads `body` (with its sign already split off) to the spec's width.
fn pad(s: &Spec, sign: &str, body: &str, default_align: char) -> String {
    let len = sign.chars().count() + body.chars().count();
    if len >= s.width {
        return format!("{sign}{body}");
    }
    let fill_n = s.width - len;
    let fill = if s.zero && !s.fill_given { '0' } else { s.fill };
    let align = match s.align {
        Some(a) => a,
        // Zero padding goes after the sign of numbers; a str is still left-aligned.
        None if s.zero && default_align != '<' => '=',
        None => default_align,
    };
    let fill_str = |n: usize| fill.to_string().repeat(n);
    match align {
        '<' => format!("{sign}{body}{}", fill_str(fill_n)),
        '^' => format!(
            "{}{sign}{body}{}",
            fill_str(fill_n / 2),
            fill_str(fill_n - fill_n / 2)
        ),
        '=' => format!("{sign}{}{body}", fill_str(fill_n)),
        _ => format!("{}{sign}{body}", fill_str(fill_n)),
    }
}

/// The bytes `%s`/`%b` inserts, as latin-1 text: a bytes-like object's, or `__bytes__()`'s.
fn bytes_text(vm: &mut ThreadState, v: Value) -> Result<String, Error> {
    let data = match crate::objects::bytes::value(vm, v) {
        Some(data) => data,
        None => {
            let made = match crate::protocols::dunder::call(vm, v, "__bytes__", &[])? {
                Some(b) => crate::objects::bytes::value(vm, b),
                None => None,
            };
            made.ok_or_else(|| {
                Error::new(
                    "TypeError",
                    format!(
                        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                        crate::values::type_name(vm, v)
                    ),
                )
            })?
        }
    };
    Ok(data.iter().map(|&b| b as char).collect())
}

fn format_str(text: &str, spec: &str) -> Result<String, Error> {
    let s = parse_spec(spec, "str")?;
    if s.no_negative_zero && matches!(s.kind, None | Some('s')) {
        return Err(Error::new(
            "ValueError",
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if !matches!(s.kind, None | Some('s')) {
        return Err(Error::new(
            "ValueError",
            format!(
                "Unknown format code '{}' for object of type 'str'",
                s.kind.unwrap_or(' ')
            ),
        ));
    }
    let refused = if s.grouping {
        Some(format!("Cannot specify '{}' with 's'.", s.separator))
    } else if s.align == Some('=') {
        Some("'=' alignment not allowed in string format specifier".to_string())
    } else if s.sign != '-' {
        Some("Sign not allowed in string format specifier".to_string())
    } else if s.alternate {
        Some("Alternate form (#) not allowed in string format specifier".to_string())
    } else {
        None
    };
    if let Some(message) = refused {
        return Err(Error::new("ValueError", message));
    }
    let body: String = match s.precision {
        Some(p) => text.chars().take(p).collect(),
        None => text.to_string(),
    };
    Ok(pad(&s, "", &body, '<'))
}

fn format_spec(vm: &mut ThreadState, v: Value, spec: &str) -> Result<String, Error> {
    if spec.is_empty() {
        return crate::protocols::repr::str(vm, v);
    }
    if let Some(text) = str_value(vm, v) {
        return format_str(&text, spec);
    }
    let s = parse_spec(spec, crate::values::type_name(vm, v))?;
    let int = crate::objects::int::bigint::to_big(vm, v);
    let float = float_value(vm, v);
    let sign_of = |negative: bool| match (negative, s.sign) {
        (true, _) => "-",
        (false, '+') => "+",
        (false, ' ') => " ",
        _ => "",
    };
    if let Some(i) = int
        .as_ref()
        .filter(|_| !matches!(s.kind, Some('f' | 'F' | 'e' | 'E' | '%' | 'g' | 'G')))
    {
        if s.precision.is_some() {
            return Err(Error::new(
                "ValueError",
                "Precision not allowed in integer format specifier",
            ));
        }
        if let Some(c) = s.kind.filter(|c| !"bcdnoxX".contains(*c)) {
            return Err(Error::new(
                "ValueError",
                format!(
                    "Unknown format code '{c}' for object of type '{}'",
                    crate::values::type_name(vm, v)
                ),
            ));
        }
        if s.no_negative_zero {
            return Err(Error::new(
                "ValueError",
                "Negative zero coercion (z) not allowed in integer format specifier",
            ));
        }
        if s.kind == Some('c') {
            if s.sign != '-' {
                return Err(Error::new(
                    "ValueError",
                    "Sign not allowed with integer format specifier 'c'",
                ));
            }
            if s.alternate {
                return Err(Error::new(
                    "ValueError",
                    "Alternate form (#) not allowed with integer format specifier 'c'",
                ));
            }
            let c = num_traits::ToPrimitive::to_u32(i)
                .and_then(char::from_u32)
                .ok_or_else(|| Error::new("OverflowError", "%c arg not in range(0x110000)"))?;
            return Ok(pad(&s, "", &c.to_string(), '>'));
        }
        if matches!(s.kind, None | Some('d' | 'n')) {
            crate::objects::int::str_digits::check_to_str(vm, v)?;
        }
        let magnitude = i.magnitude();
        let digits = match s.kind {
            None | Some('d' | 'n') => magnitude.to_string(),
            Some('x') => magnitude.to_str_radix(16),
            Some('X') => magnitude.to_str_radix(16).to_uppercase(),
            Some('o') => magnitude.to_str_radix(8),
            Some('b') => magnitude.to_str_radix(2),
            Some(c) => {
                return Err(Error::new(
                    "ValueError",
                    format!("Unknown format code '{c}' for object of type 'int'"),
                ));
            }
        };
        let every = if matches!(s.kind, Some('x' | 'X' | 'o' | 'b')) {
            4
        } else {
            3
        };
        let prefix_len = sign_of(i.sign() == num_bigint::Sign::Minus).len()
            + if s.alternate && s.kind.is_some_and(|k| "xXob".contains(k)) {
                2
            } else {
                0
            };
        let digits = grouped_digits(&s, digits, every, prefix_len);
        // The alternate form's prefix goes with the sign: zero padding comes after both.
        let prefix = match (s.alternate, s.kind) {
            (true, Some('x')) => "0x",
            (true, Some('X')) => "0X",
            (true, Some('o')) => "0o",
            (true, Some('b')) => "0b",
            _ => "",
        };
        let sign = sign_of(i.sign() == num_bigint::Sign::Minus);
        return Ok(pad(&s, &format!("{sign}{prefix}"), &digits, '>'));
    }
    let f = match (float, int) {
        (Some(f), _) => f,
        (None, Some(i)) => num_traits::ToPrimitive::to_f64(&i).unwrap_or(f64::INFINITY),
        _ => {
            return Err(Error::new(
                "TypeError",
                format!(
                    "unsupported format string passed to {}.__format__",
                    crate::values::type_name(vm, v)
                ),
            ));
        }
    };
    let precision = s.precision.unwrap_or(6);
    if let Some(c) = s.kind.filter(|c| !"eEfFgGn%".contains(*c)) {
        // Also for inf and nan, which have no digits to check.
        return Err(Error::new(
            "ValueError",
            format!(
                "Unknown format code '{c}' for object of type '{}'",
                crate::values::type_name(vm, v)
            ),
        ));
    }
    let body = match s.kind {
        _ if !f.is_finite() => {
            let text = if f.is_nan() { "nan" } else { "inf" };
            let upper = matches!(s.kind, Some('F' | 'E' | 'G'));
            let text = if upper {
                text.to_uppercase()
            } else {
                text.into()
            };
            if s.kind == Some('%') {
                format!("{text}%")
            } else {
                text
            }
        }
        Some('f' | 'F') => {
            let t = format!("{:.*}", precision, f.abs());
            if s.alternate && precision == 0 {
                format!("{t}.")
            } else {
                t
            }
        }
        Some(c @ ('e' | 'E')) => {
            let t = format!("{:.*e}", precision, f.abs());
            let (m, e) = t.split_once('e').expect("exponent");
            let e: i32 = e.parse().expect("exponent digits");
            let dot = if s.alternate && precision == 0 {
                "."
            } else {
                ""
            };
            format!("{m}{dot}{c}{}{:02}", if e < 0 { '-' } else { '+' }, e.abs())
        }
        Some('n') => general(f.abs(), precision, false, s.alternate),
        Some('%') => format!("{:.*}%", precision, f.abs() * 100.0),
        Some(c @ ('g' | 'G')) => general(f.abs(), precision, c == 'G', s.alternate),
        None if s.precision.is_none() => float_repr(f.abs()),
        None => general_form(f.abs(), precision, false, s.alternate, true),
        Some(c) => {
            return Err(Error::new(
                "ValueError",
                format!(
                    "Unknown format code '{c}' for object of type '{}'",
                    crate::values::type_name(vm, v)
                ),
            ));
        }
    };
    let negative = f.is_sign_negative() && !f.is_nan();
    // `z`: a value that rounds to zero shows no minus sign.
    let negative =
        negative && !(s.no_negative_zero && body.chars().all(|c| !c.is_ascii_digit() || c == '0'));
    let sign = sign_of(negative);
    let body = if s.grouping {
        let (int_part, rest) = body.split_at(body.find(['.', 'e', 'E', '%']).unwrap_or(body.len()));
        let rest_len = rest.chars().count();
        format!(
            "{}{rest}",
            grouped_digits(&s, int_part.to_string(), 3, sign.len() + rest_len)
        )
    } else {
        body
    };
    Ok(pad(&s, sign, &body, '>'))
}

/// `digits` with the spec's group separators; when zeros pad the number, the padding is
/// grouped too (`'{:08,}'` of 1234 is `0,001,234`): `other` counts the sign, prefix and
/// fraction that share the width.
fn grouped_digits(s: &Spec, digits: String, every: usize, other: usize) -> String {
    if !s.grouping {
        return digits;
    }
    let zero_padded = s.zero && !s.fill_given && matches!(s.align, None | Some('='));
    let mut digits = digits;
    loop {
        let grouped = group(&digits, s.separator, every);
        if !zero_padded || grouped.chars().count() + other >= s.width {
            return grouped;
        }
        digits.insert(0, '0');
    }
}

/// `template % args`: printf-style formatting (`%s %r %a %d %i %f %e %x %o %c %%`, with
/// flags, width and precision). `args` is a tuple of values or a single value.
/// The TypeError of a `%` conversion given a value that is not a number, as CPython's.
fn not_a_number(vm: &ThreadState, kind: char, v: Value) -> Error {
    let t = crate::values::type_name(vm, v);
    Error::new(
        "TypeError",
        match kind {
            'f' | 'F' | 'e' | 'E' | 'g' | 'G' => format!("must be real number, not {t}"),
            'x' | 'X' | 'o' => format!("%{kind} format: an integer is required, not {t}"),
            _ => format!("%{kind} format: a real number is required, not {t}"),
        },
    )
}

pub fn percent(vm: &mut ThreadState, template: &str, args: Value) -> Result<String, Error> {
    percent_of(vm, template, args, false)
}

/// `bytes % args` (PEP 461): `template` is the bytes as latin-1 text, and so is the result.
/// `%s`/`%b` take bytes-like objects (or `__bytes__`), `%r`/`%a` give `ascii()`, `%c` an int
/// below 256 or one byte; a mapping's keys are bytes.
pub fn bytes_percent(vm: &mut ThreadState, template: &[u8], args: Value) -> Result<Vec<u8>, Error> {
    let text: String = template.iter().map(|&b| b as char).collect();
    let out = percent_of(vm, &text, args, true)?;
    Ok(out.chars().map(|c| c as u32 as u8).collect())
}

fn percent_of(
    vm: &mut ThreadState,
    template: &str,
    args: Value,
    bytes: bool,
) -> Result<String, Error> {
    // A tuple, or an instance of a tuple subclass (its tuple value), gives the arguments.
    let tuple = match crate::objects::class::builtin_subclasses::value_of(vm, args) {
        Some(v) if crate::values::is_tuple(vm, v) => v,
        _ => args,
    };
    let values = match crate::objects::sequence::items(vm, tuple) {
        Some(items) if crate::values::is_tuple(vm, tuple) => items,
        _ => vec![args],
    };
    // `str`/`repr` of one value may run Python code and collect: keep the rest rooted.
    vm.handle_scope(|vm| {
        let handles: Vec<_> = values.iter().map(|&v| vm.mutator().root(v)).collect();
        let mapping = is_mapping_argument(vm, args).then(|| handles[0]);
        percent_rooted(vm, template, &handles, mapping, bytes)
    })
}

/// CPython's test for `%` taking its argument as the mapping of `%(name)s` lookups: one with
/// `__getitem__` that is neither a tuple nor a str (a dict, a dict subclass, a `UserDict`,
/// a list too: `"x" % [1]` is 'x').
fn is_mapping_argument(vm: &mut ThreadState, args: Value) -> bool {
    use crate::objects::class::builtin_types::{ids as T, type_index};
    let value = crate::objects::class::builtin_subclasses::value_of(vm, args).unwrap_or(args);
    if crate::values::is_tuple(vm, value) || crate::values::str_text(vm, value).is_some() {
        return false;
    }
    // The builtin types first: the method lookup below may collect (`value` is then stale).
    if matches!(
        type_index(vm, value),
        Some(T::DICT | T::LIST | T::BYTES | T::BYTEARRAY | T::RANGE | T::MEMORYVIEW)
    ) {
        return true;
    }
    crate::objects::class::is_instance(vm, args)
        && crate::protocols::dunder::method(vm, args, "__getitem__").is_ok_and(|m| m.is_some())
}

fn percent_rooted(
    vm: &mut ThreadState,
    template: &str,
    handles: &[gvmt::gc::Handle],
    mapping: Option<gvmt::gc::Handle>,
    bytes: bool,
) -> Result<String, Error> {
    let mut next = handles.iter().copied();
    let mut used_mapping = false;
    let mut positional_done = false;
    let mut out = String::new();
    let mut chars = template.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        // `%(name)s` takes the value from a mapping.
        let mut named = None;
        if chars.peek() == Some(&'(') {
            chars.next();
            let name: String = chars.by_ref().take_while(|&c| c != ')').collect();
            named = Some(name);
        }
        let mut spec = String::new();
        while let Some(&f) = chars.peek() {
            if "-+ #0".contains(f) || f.is_ascii_digit() || f == '.' {
                spec.push(f);
                chars.next();
            } else if "hlL".contains(f) {
                // C's length modifiers, which CPython accepts and ignores.
                chars.next();
            } else if f == '*' {
                // The width (or, after '.', the precision) is the next argument.
                chars.next();
                let Some(v) = next.next().map(|h| vm.mutator().get(h)) else {
                    return Err(Error::new(
                        "TypeError",
                        "not enough arguments for format string",
                    ));
                };
                if crate::objects::int::bigint::to_big(vm, v).is_none() {
                    return Err(Error::new("TypeError", "* wants int"));
                }
                let n = crate::objects::size_arg(vm, v)?;
                if spec.ends_with('.') {
                    spec.push_str(&n.max(0).to_string());
                } else {
                    // A negative width pads on the right, as the '-' flag does.
                    if n < 0 {
                        spec.insert(0, '-');
                    }
                    spec.push_str(&n.unsigned_abs().to_string());
                }
            } else {
                break;
            }
        }
        let Some(kind) = chars.next() else {
            return Err(Error::new("ValueError", "incomplete format"));
        };
        if kind == '%' {
            out.push('%');
            continue;
        }
        let v = match (&named, mapping) {
            (Some(name), Some(m)) => {
                used_mapping = true;
                let key = if bytes {
                    let raw: Vec<u8> = name.chars().map(|c| c as u32 as u8).collect();
                    crate::objects::bytes::new_bytes(vm, &raw)?
                } else {
                    crate::values::new_str(vm, name)?
                };
                let d = vm.mutator().get(m);
                // After a lookup CPython has no positional argument left.
                positional_done = true;
                if crate::objects::dict::is_dict(vm, d) {
                    let hk = vm.mutator().root(key);
                    match crate::objects::dict::get(vm, d, key)? {
                        Some(v) => v,
                        None => {
                            let key = vm.mutator().get(hk);
                            return Err(crate::objects::dict::key_error(vm, key));
                        }
                    }
                } else {
                    crate::objects::sequence::subscript(vm, d, key)?
                }
            }
            (Some(_), None) => {
                return Err(Error::new("TypeError", "format requires a mapping"));
            }
            (None, _) => match next
                .next()
                .filter(|_| !positional_done)
                .map(|h| vm.mutator().get(h))
            {
                Some(v) => v,
                None => {
                    return Err(Error::new(
                        "TypeError",
                        "not enough arguments for format string",
                    ));
                }
            },
        };
        // An object for a number conversion: `%d` takes what `int()` makes of it, `%x`/`%o`/
        // `%c` its `__index__`, `%f`/`%e`/`%g` its `__float__` (a value this loop holds only
        // until the next argument, which the handles keep).
        let v = if crate::objects::class::is_instance(vm, v) {
            match kind {
                'd' | 'i' | 'u' => crate::objects::int::construct::int(vm, &[v], &[])?,
                'x' | 'X' | 'o' | 'c' => crate::protocols::index::index_value(vm, v)?,
                'f' | 'F' | 'e' | 'E' | 'g' | 'G' => {
                    match crate::protocols::dunder::call(vm, v, "__float__", &[])? {
                        Some(f) => f,
                        None => match crate::protocols::dunder::call(vm, v, "__index__", &[])? {
                            Some(i) => i,
                            None => return Err(not_a_number(vm, kind, v)),
                        },
                    }
                }
                _ => v,
            }
        } else {
            let number = crate::values::as_int(v).is_some()
                || crate::values::float_value(vm, v).is_some()
                || crate::objects::int::bigint::is_big(vm, v);
            if !number && "dioxXufFeEgG".contains(kind) {
                return Err(not_a_number(vm, kind, v));
            }
            v
        };
        let left = spec.starts_with('-');
        // Flags are the characters before the width.
        let flag_part: String = spec.chars().take_while(|c| "-+ #0".contains(*c)).collect();
        // As a format spec's `[sign][#][0]`: `-` overrides `0`, `+` overrides ` `, and `#`
        // (the alternate form) applies to the number kinds that have one.
        let sign = if flag_part.contains('+') {
            "+"
        } else if flag_part.contains(' ') {
            " "
        } else {
            ""
        };
        let alternate = if flag_part.contains('#') && "xXoeEfFgG".contains(kind) {
            "#"
        } else {
            ""
        };
        let zero = if flag_part.contains('0') && !left {
            "0"
        } else {
            ""
        };
        let flags = format!("{sign}{alternate}{zero}");
        let digits = spec.trim_start_matches(['-', '+', ' ', '#', '0']);
        let mapped = match kind {
            's' | 'r' | 'a' => format!("{}s", if left { "<" } else { ">" }),
            'b' if bytes => format!("{}s", if left { "<" } else { ">" }),
            'd' | 'i' | 'u' => format!("{}{}d", if left { "<" } else { "" }, flags),
            'f' | 'F' | 'e' | 'E' | 'g' | 'G' | 'x' | 'X' | 'o' => {
                format!("{}{}{}", if left { "<" } else { "" }, flags, kind)
            }
            'c' => String::new(),
            other => {
                let index = template.chars().count() - chars.clone().count() - 1;
                return Err(Error::new(
                    "ValueError",
                    format!(
                        "unsupported format character '{other}' (0x{:x}) at index {index}",
                        other as u32
                    ),
                ));
            }
        };
        let piece = match kind {
            's' | 'b' if bytes => {
                format_str(&bytes_text(vm, v)?, &format!("{}{digits}", &mapped[..1]))?
            }
            's' => format_str(
                &crate::protocols::repr::str(vm, v)?,
                &format!("{}{digits}", &mapped[..1]),
            )?,
            'r' if !bytes => format_str(
                &crate::protocols::repr::repr(vm, v)?,
                &format!("{}{digits}", &mapped[..1]),
            )?,
            'r' | 'a' => format_str(
                &crate::modules::builtins::object_functions::ascii_repr(vm, v)?,
                &format!("{}{digits}", &mapped[..1]),
            )?,
            'c' if bytes => match (
                crate::values::as_int(v),
                crate::objects::bytes::value(vm, v),
            ) {
                (Some(i), _) if (0..256).contains(&i) => (i as u8 as char).to_string(),
                (Some(_), _) => {
                    return Err(Error::new("OverflowError", "%c arg not in range(256)"));
                }
                (_, Some(b)) if b.len() == 1 => (b[0] as char).to_string(),
                _ => {
                    return Err(Error::new(
                        "TypeError",
                        "%c requires an integer in range(256) or a single byte",
                    ));
                }
            },
            'c' => match (crate::values::as_int(v), str_value(vm, v)) {
                (Some(i), _) => u32::try_from(i)
                    .ok()
                    .and_then(char::from_u32)
                    .map(String::from)
                    .ok_or_else(|| Error::new("OverflowError", "%c arg not in range(0x110000)"))?,
                (_, Some(s)) if s.chars().count() == 1 => s,
                _ => return Err(Error::new("TypeError", "%c requires int or char")),
            },
            'd' | 'i' | 'u' => {
                let int = match (crate::values::as_int(v), float_value(vm, v)) {
                    _ if crate::objects::int::bigint::is_big(vm, v) => v,
                    (Some(_), _) => v,
                    // NaN and infinities are errors, as int(); a big float a big int.
                    (None, Some(f)) => crate::objects::int::bigint::from_f64(vm, f)?,
                    _ => {
                        return Err(Error::new(
                            "TypeError",
                            format!(
                                "%{kind} format: a real number is required, not {}",
                                crate::values::type_name(vm, v)
                            ),
                        ));
                    }
                };
                let raw = format_spec(vm, int, "d")?;
                percent_integer(&raw, "", &flag_part, digits)?
            }
            'x' | 'X' | 'o' if crate::objects::int::bigint::to_big(vm, v).is_none() => {
                return Err(Error::new(
                    "TypeError",
                    format!(
                        "%{kind} format: an integer is required, not {}",
                        crate::values::type_name(vm, v)
                    ),
                ));
            }
            'x' | 'X' | 'o' => {
                let raw = format_spec(vm, v, &kind.to_string())?;
                let prefix = match kind {
                    _ if !flag_part.contains('#') => "",
                    'x' => "0x",
                    'X' => "0X",
                    _ => "0o",
                };
                percent_integer(&raw, prefix, &flag_part, digits)?
            }
            _ => {
                let spec = format!("{}{}{}{}", if left { "<" } else { "" }, flags, digits, kind);
                format_spec(vm, v, &spec)?
            }
        };
        let piece = if kind == 'c' {
            // Padded to the width with spaces (never zeros); a precision is ignored.
            let width: usize = digits.split('.').next().unwrap_or("").parse().unwrap_or(0);
            check_sizes(width, 0)?;
            let pad = " ".repeat(width.saturating_sub(piece.chars().count()));
            if left { piece + &pad } else { pad + &piece }
        } else {
            piece
        };
        out.push_str(&piece);
    }
    if next.next().is_some() && !used_mapping && mapping.is_none() {
        return Err(Error::new(
            "TypeError",
            if bytes {
                "not all arguments converted during bytes formatting"
            } else {
                "not all arguments converted during string formatting"
            },
        ));
    }
    Ok(out)
}

/// A `%d`/`%x`/`%o` conversion of an int whose plain digits (with a `-` for a negative one)
/// are `raw`, as CPython's printf-style formatting does: the precision is the least number
/// of digits (zeros in front), then the sign and `prefix` (`0x` for `#`), then the width,
/// padded on the right for `-`, with zeros after the prefix for `0`, else with spaces.
fn percent_integer(
    raw: &str,
    prefix: &str,
    flags: &str,
    width_precision: &str,
) -> Result<String, Error> {
    let (negative, magnitude) = match raw.strip_prefix('-') {
        Some(m) => (true, m),
        None => (false, raw),
    };
    let mut parts = width_precision.splitn(2, '.');
    let width: usize = parts.next().unwrap_or("").parse().unwrap_or(0);
    let precision: usize = parts.next().map_or(0, |p| p.parse().unwrap_or(0));
    check_sizes(width, precision)?;
    let sign = if negative {
        "-"
    } else if flags.contains('+') {
        "+"
    } else if flags.contains(' ') {
        " "
    } else {
        ""
    };
    let zeros = precision.saturating_sub(magnitude.len());
    let body = format!("{}{magnitude}", "0".repeat(zeros));
    let len = sign.len() + prefix.len() + body.len();
    let pad = width.saturating_sub(len);
    Ok(if flags.contains('-') {
        format!("{sign}{prefix}{body}{}", " ".repeat(pad))
    } else if flags.contains('0') {
        format!("{sign}{prefix}{}{body}", "0".repeat(pad))
    } else {
        format!("{}{sign}{prefix}{body}", " ".repeat(pad))
    })
}

/// Widths and precisions this large are out of memory before they are useful (and would
/// abort the process in Rust's formatting): MemoryError.
fn check_sizes(width: usize, precision: usize) -> Result<(), Error> {
    if width > 1 << 30 || precision > 1 << 20 {
        return Err(Error::new("MemoryError", ""));
    }
    Ok(())
}
