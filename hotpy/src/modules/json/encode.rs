//! The JSON encoder of CPython's `Modules/_json.c` (`encoder_listencode_obj`, `_dict`,
//! `_list`, `encoder_encode_float`, `py_encode_basestring(_ascii)`): one Python value to JSON
//! text in a Rust `String`, with `default` called for other objects, the `encoder` for strs
//! unless it is one of the two native escapers, cycles found by identity when
//! `check_circular`, and CPython's errors.
//!
//! Every container walked is held in a handle and read again after anything that can run
//! Python code (`default`, a custom `encoder`, a dict subclass's `items`), so a collection
//! there moves nothing under the walk.
//!
//! Owns: writing JSON text. Must not: indent (CPython 3.11's `json` takes its Python encoder
//! when `indent` is given, and so does hotpy).

use crate::values::{FALSE, NONE, TRUE, float_value, int_value, str_text, type_name};
use crate::vm::{Error, ThreadState};
use gvmt::gc::Handle;
use gvmt::rt::Value;

/// How strs are written: CPython's two escapers, or the encoder's own `encoder` callable.
pub enum StrEncoder {
    Ascii,
    Unicode,
    Custom(Handle),
}

/// The encoder's settings (`c_make_encoder`'s arguments).
pub struct Encoder {
    pub check_circular: bool,
    pub default: Handle,
    pub strings: StrEncoder,
    pub key_separator: String,
    pub item_separator: String,
    pub sort_keys: bool,
    pub skipkeys: bool,
    pub allow_nan: bool,
}

const HEX: &[u8; 16] = b"0123456789abcdef";

fn push_u_escape(out: &mut String, unit: u32) {
    out.push_str("\\u");
    for shift in [12, 8, 4, 0] {
        out.push(HEX[((unit >> shift) & 0xf) as usize] as char);
    }
}

/// `py_encode_basestring_ascii`: `s` quoted, every character outside printable ASCII as
/// `\uXXXX` (astral ones as a surrogate pair).
pub fn quote_ascii(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            ' '..='~' => out.push(c),
            _ => {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    push_u_escape(out, *unit as u32);
                }
            }
        }
    }
    out.push('"');
}

/// `py_encode_basestring`: `s` quoted, only `"`, `\` and control characters escaped.
pub fn quote_unicode(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\0'..='\u{1f}' => push_u_escape(out, c as u32),
            _ => out.push(c),
        }
    }
    out.push('"');
}

/// The text of a str or str-subclass instance.
fn text_of(vm: &ThreadState, v: Value) -> Option<String> {
    crate::values::str_value_of_any(vm, v)
}

/// The int value of an int or int-subclass instance (never a bool).
fn int_of(vm: &ThreadState, v: Value) -> Option<Value> {
    if v == TRUE || v == FALSE {
        return None;
    }
    if int_value(v).is_some() || crate::objects::int::bigint::is_big(vm, v) {
        return Some(v);
    }
    crate::objects::class::builtin_subclasses::value_of(vm, v)
        .filter(|&i| i != TRUE && i != FALSE)
        .filter(|&i| int_value(i).is_some() || crate::objects::int::bigint::is_big(vm, i))
}

/// `int.__repr__` of an int value, within the digit limit.
fn int_text(vm: &ThreadState, i: Value) -> Result<String, Error> {
    crate::objects::int::str_digits::check_to_str(vm, i)?;
    Ok(match int_value(i) {
        Some(i) => i.to_string(),
        None => crate::objects::int::bigint::to_string(vm, i).unwrap_or_default(),
    })
}

/// The float value of a float or float-subclass instance.
fn float_of(vm: &ThreadState, v: Value) -> Option<f64> {
    float_value(vm, v).or_else(|| {
        crate::objects::class::builtin_subclasses::value_of(vm, v).and_then(|f| float_value(vm, f))
    })
}

impl Encoder {
    /// `encoder_encode_float`.
    fn float_text(&self, f: f64) -> Result<String, Error> {
        if f.is_finite() {
            return Ok(crate::objects::float::repr(f));
        }
        if !self.allow_nan {
            return Err(Error::new(
                "ValueError",
                "Out of range float values are not JSON compliant",
            ));
        }
        Ok(if f.is_nan() {
            "NaN"
        } else if f > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        }
        .into())
    }

    /// `encoder_encode_string`: a str through the escaper or the custom `encoder`.
    fn string(&self, vm: &mut ThreadState, s: Value, out: &mut String) -> Result<(), Error> {
        match &self.strings {
            StrEncoder::Ascii => quote_ascii(&text_of(vm, s).unwrap_or_default(), out),
            StrEncoder::Unicode => quote_unicode(&text_of(vm, s).unwrap_or_default(), out),
            StrEncoder::Custom(h) => {
                let encoder = vm.mutator().get(*h);
                let encoded = vm.call(encoder, &[s], &[])?;
                match str_text(vm, encoded) {
                    Some(text) => out.push_str(text),
                    None => {
                        return Err(Error::new(
                            "TypeError",
                            format!(
                                "encoder() must return a string, not {}",
                                type_name(vm, encoded)
                            ),
                        ));
                    }
                }
            }
        }
        Ok(())
    }

    /// `encoder_listencode_obj`: `v` as JSON onto `out`; `seen` holds the containers being
    /// written (when checking for cycles).
    pub fn value(
        &self,
        vm: &mut ThreadState,
        v: Value,
        out: &mut String,
        seen: &mut Vec<Handle>,
    ) -> Result<(), Error> {
        match v {
            NONE => out.push_str("null"),
            TRUE => out.push_str("true"),
            FALSE => out.push_str("false"),
            _ if text_of(vm, v).is_some() => self.string(vm, v, out)?,
            _ if int_of(vm, v).is_some() => {
                let i = int_of(vm, v).expect("checked");
                out.push_str(&int_text(vm, i)?);
            }
            _ if float_of(vm, v).is_some() => {
                out.push_str(&self.float_text(float_of(vm, v).expect("checked"))?);
            }
            _ if is_sequence(vm, v) => {
                vm.nested(" while encoding a JSON object", |vm| {
                    self.guarded(vm, v, seen, |vm, h, seen| self.list(vm, h, out, seen))
                })?;
            }
            _ if is_mapping(vm, v) => {
                vm.nested(" while encoding a JSON object", |vm| {
                    self.guarded(vm, v, seen, |vm, h, seen| self.dict(vm, h, out, seen))
                })?;
            }
            _ => {
                vm.nested(" while encoding a JSON object", |vm| {
                    self.guarded(vm, v, seen, |vm, _, seen| {
                        let default = vm.mutator().get(self.default);
                        let h = vm.mutator().root(v);
                        let v = vm.mutator().get(h);
                        let replacement = vm.call(default, &[v], &[])?;
                        self.value(vm, replacement, out, seen)
                    })
                })?;
            }
        }
        Ok(())
    }

    /// Runs `f` with `v` rooted and, when checking for cycles, marked as being written
    /// (CPython's `markers`): "Circular reference detected" if it already is.
    fn guarded(
        &self,
        vm: &mut ThreadState,
        v: Value,
        seen: &mut Vec<Handle>,
        f: impl FnOnce(&mut ThreadState, Handle, &mut Vec<Handle>) -> Result<(), Error>,
    ) -> Result<(), Error> {
        vm.handle_scope(|vm| {
            let h = vm.mutator().root(v);
            if self.check_circular {
                if seen.iter().any(|&s| vm.mutator_ref().get(s) == v) {
                    return Err(Error::new("ValueError", "Circular reference detected"));
                }
                seen.push(h);
            }
            let result = f(vm, h, seen);
            if self.check_circular {
                seen.pop();
            }
            result
        })
    }

    /// `encoder_listencode_list`: a list or tuple (or a subclass's items), read by index.
    fn list(
        &self,
        vm: &mut ThreadState,
        h: Handle,
        out: &mut String,
        seen: &mut Vec<Handle>,
    ) -> Result<(), Error> {
        out.push('[');
        let mut i = 0;
        loop {
            let seq = storage(vm, vm.mutator_ref().get(h));
            let Some(item) = crate::objects::sequence::item_at(vm, seq, i) else {
                break;
            };
            if i > 0 {
                out.push_str(&self.item_separator);
            }
            self.value(vm, item, out, seen)?;
            i += 1;
        }
        out.push(']');
        Ok(())
    }

    /// `encoder_listencode_dict`: a dict's items (a subclass's by its `items()`), sorted by
    /// key when asked, keys made strs as CPython makes them.
    fn dict(
        &self,
        vm: &mut ThreadState,
        h: Handle,
        out: &mut String,
        seen: &mut Vec<Handle>,
    ) -> Result<(), Error> {
        let d = vm.mutator().get(h);
        let pairs = items_of(vm, d)?;
        let mut pairs: Vec<(Handle, Handle)> = pairs
            .into_iter()
            .map(|(k, v)| (vm.mutator().root(k), vm.mutator().root(v)))
            .collect();
        if self.sort_keys {
            pairs = sorted_pairs(vm, pairs)?;
        }
        out.push('{');
        let mut first = true;
        for (hk, hv) in pairs {
            let key = vm.mutator().get(hk);
            let key_text: Option<String> = if text_of(vm, key).is_some() {
                None
            } else if let Some(f) = float_of(vm, key) {
                Some(self.float_text(f)?)
            } else if key == TRUE {
                Some("true".into())
            } else if key == FALSE {
                Some("false".into())
            } else if key == NONE {
                Some("null".into())
            } else if let Some(i) = int_of(vm, key) {
                Some(int_text(vm, i)?)
            } else if self.skipkeys {
                continue;
            } else {
                return Err(Error::new(
                    "TypeError",
                    format!(
                        "keys must be str, int, float, bool or None, not {}",
                        type_name(vm, key)
                    ),
                ));
            };
            if !first {
                out.push_str(&self.item_separator);
            }
            first = false;
            match key_text {
                None => self.string(vm, key, out)?,
                Some(text) => match &self.strings {
                    StrEncoder::Custom(_) => {
                        let s = crate::values::new_str(vm, &text)?;
                        self.string(vm, s, out)?;
                    }
                    // The key texts made here are ASCII: nothing to escape.
                    _ => {
                        out.push('"');
                        out.push_str(&text);
                        out.push('"');
                    }
                },
            }
            out.push_str(&self.key_separator);
            let value = vm.mutator().get(hv);
            self.value(vm, value, out, seen)?;
        }
        out.push('}');
        Ok(())
    }
}

/// The builtin list, tuple or dict behind `v` (itself, or a subclass instance's value).
fn storage(vm: &ThreadState, v: Value) -> Value {
    crate::objects::class::builtin_subclasses::value_of(vm, v).unwrap_or(v)
}

fn is_sequence(vm: &mut ThreadState, v: Value) -> bool {
    let s = storage(vm, v);
    crate::objects::sequence::is_list(vm, s) || crate::values::is_tuple(vm, s)
}

fn is_mapping(vm: &ThreadState, v: Value) -> bool {
    crate::objects::dict::is_dict(vm, storage(vm, v))
}

/// A dict's `(key, value)` pairs: its entries, or a subclass's `items()` (an OrderedDict's
/// order is its own).
fn items_of(vm: &mut ThreadState, d: Value) -> Result<Vec<(Value, Value)>, Error> {
    if crate::objects::dict::is_dict(vm, d) {
        return Ok(crate::objects::dict::entries(vm, d));
    }
    vm.handle_scope(|vm| {
        let hd = vm.mutator().root(d);
        let name = vm.name_str("items")?;
        let d = vm.mutator().get(hd);
        let items = crate::protocols::attributes::get_attr(vm, d, name)?;
        let view = vm.call(items, &[], &[])?;
        let pairs = crate::modules::builtins::collect(vm, view)?;
        let handles: Vec<Handle> = pairs.iter().map(|&p| vm.mutator().root(p)).collect();
        let mut result = Vec::with_capacity(handles.len());
        for h in handles {
            let pair = vm.mutator().get(h);
            match crate::objects::sequence::items(vm, pair).as_deref() {
                Some(&[k, v]) => result.push((k, v)),
                _ => {
                    return Err(Error::new(
                        "ValueError",
                        "items must return tuples of length 2",
                    ));
                }
            }
        }
        // No allocation since the last read: the values are current.
        Ok(result)
    })
}

/// The pairs sorted by key: by text when every key is a str, else as CPython sorts the
/// item tuples (`list.sort`, whose TypeError for mixed keys is CPython's).
fn sorted_pairs(
    vm: &mut ThreadState,
    pairs: Vec<(Handle, Handle)>,
) -> Result<Vec<(Handle, Handle)>, Error> {
    let texts: Option<Vec<String>> = pairs
        .iter()
        .map(|&(k, _)| crate::values::str_value(vm, vm.mutator_ref().get(k)))
        .collect();
    if let Some(texts) = texts {
        let mut order: Vec<usize> = (0..pairs.len()).collect();
        order.sort_by(|&a, &b| texts[a].cmp(&texts[b]));
        return Ok(order.into_iter().map(|i| pairs[i]).collect());
    }
    let mut tuples = Vec::with_capacity(pairs.len());
    for &(hk, hv) in &pairs {
        let pair = [vm.mutator().get(hk), vm.mutator().get(hv)];
        let t = crate::objects::sequence::new_tuple(vm, &pair)?;
        tuples.push(vm.mutator().root(t));
    }
    let values: Vec<Value> = tuples.iter().map(|&h| vm.mutator().get(h)).collect();
    let list = crate::objects::sequence::new_list(vm, &values)?;
    let hl = vm.mutator().root(list);
    crate::objects::list::list_sort(vm, list, &[], &[])?;
    let list = vm.mutator().get(hl);
    let sorted = crate::objects::sequence::items(vm, list).unwrap_or_default();
    let pairs: Vec<(Value, Value)> = sorted
        .into_iter()
        .map(|t| {
            let kv = crate::objects::sequence::items(vm, t).unwrap_or_default();
            (kv[0], kv[1])
        })
        .collect();
    // Rooting allocates nothing: the pairs read above stay current while they are rooted.
    Ok(pairs
        .into_iter()
        .map(|(k, v)| (vm.mutator().root(k), vm.mutator().root(v)))
        .collect())
}
