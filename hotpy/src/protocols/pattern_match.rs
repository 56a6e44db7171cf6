//! Structural pattern matching (`match`): what the MATCH_* instructions ask of a subject,
//! as CPython's ceval does: whether it is a sequence or a mapping for a pattern, its
//! attributes for a class pattern (`__match_args__`), the values of a mapping pattern's keys
//! (through the mapping's `get`), and the rest of a mapping (`**rest`).
//!
//! Owns: those checks and their errors. Must not: compile patterns (the compiler's
//! `compiler/patterns.rs` does) or bind names.

use crate::modules::builtins::object_functions::rooted;
use crate::values::{FALSE, NONE, TRUE, py_bool};
use crate::vm::{Error, ThreadState};
use gvmt::rt::Value;

/// What a type's MRO says a subject is for sequence and mapping patterns (CPython's
/// `Py_TPFLAGS_SEQUENCE`/`Py_TPFLAGS_MAPPING`, set on these builtin types and inherited).
#[derive(PartialEq)]
enum Kind {
    Sequence,
    Mapping,
    Neither,
}

/// The kind the first builtin type in `subject`'s MRO decides, if one does.
fn builtin_kind(vm: &mut ThreadState, subject: Value) -> Result<Option<Kind>, Error> {
    let cls = crate::modules::builtins::object_functions::type_(vm, &[subject], &[])?;
    for c in crate::objects::class::mro(vm, cls) {
        let Some(name) = crate::objects::class::builtin_types::builtin_type_name(vm, c) else {
            continue;
        };
        return Ok(Some(match name {
            "list" | "tuple" | "range" | "memoryview" => Kind::Sequence,
            "dict" | "mappingproxy" => Kind::Mapping,
            "object" => continue,
            _ => Kind::Neither,
        }));
    }
    Ok(None)
}

/// Whether `subject` is an instance of `collections.abc.<abc>` (a class derived from it or
/// registered with it), when that module has been imported (it cannot be otherwise).
fn is_abc_instance(vm: &mut ThreadState, subject: Value, abc: &str) -> Result<bool, Error> {
    rooted(vm, &[subject], |vm, h| {
        let name = crate::values::new_str(vm, abc)?;
        let hn = vm.mutator().root(name);
        let Some(module) = crate::modules::modules_get(vm, "collections.abc")? else {
            return Ok(false);
        };
        let name = vm.mutator().get(hn);
        let class = match crate::protocols::attributes::get_attr(vm, module, name) {
            Ok(c) => c,
            Err(e) if e.is("AttributeError") => return Ok(false),
            Err(e) => return Err(e),
        };
        let subject = vm.mutator().get(h[0]);
        let r = crate::protocols::type_checks::isinstance(vm, &[subject, class], &[])?;
        Ok(r == TRUE)
    })
}

fn is_kind(vm: &mut ThreadState, subject: Value, kind: Kind) -> Result<Value, Error> {
    let abc = match kind {
        Kind::Sequence => "Sequence",
        _ => "Mapping",
    };
    Ok(py_bool(match builtin_kind(vm, subject)? {
        Some(k) if k != Kind::Neither => k == kind,
        Some(_) => false,
        None => is_abc_instance(vm, subject, abc)?,
    }))
}

/// MATCH_SEQUENCE: True if `subject` can match a sequence pattern (a list, tuple, range or
/// a `collections.abc.Sequence`; never a str, bytes or bytearray).
pub fn match_sequence(vm: &mut ThreadState, subject: Value) -> Result<Value, Error> {
    is_kind(vm, subject, Kind::Sequence)
}

/// MATCH_MAPPING: True if `subject` can match a mapping pattern (a dict or a
/// `collections.abc.Mapping`).
pub fn match_mapping(vm: &mut ThreadState, subject: Value) -> Result<Value, Error> {
    is_kind(vm, subject, Kind::Mapping)
}

/// GET_LEN: `len(subject)`.
pub fn get_len(vm: &mut ThreadState, subject: Value) -> Result<Value, Error> {
    crate::modules::builtins::len(vm, &[subject], &[])
}

/// The builtin types whose instances match a single positional sub-pattern themselves
/// (`case int(x)`), and their subclasses (CPython's `_Py_TPFLAGS_MATCH_SELF`).
const MATCH_SELF: &[&str] = &[
    "bool",
    "bytearray",
    "bytes",
    "dict",
    "float",
    "frozenset",
    "int",
    "list",
    "set",
    "str",
    "tuple",
];

/// MATCH_CLASS: for `case cls(p1, ..., pn, k1=q1, ...)` (`count` positional sub-patterns,
/// keyword names `names`, a tuple), a tuple of the subject's attributes the sub-patterns
/// match (named by `cls.__match_args__`, then the keywords); None if `subject` is not an
/// instance of `cls` or lacks one of them.
pub fn match_class(
    vm: &mut ThreadState,
    subject: Value,
    cls: Value,
    count: i64,
    names: Value,
) -> Result<Value, Error> {
    if !crate::objects::class::is_class(vm, cls) {
        return Err(Error::new(
            "TypeError",
            "called match pattern must be a type",
        ));
    }
    rooted(vm, &[subject, cls, names], |vm, h| {
        let r = crate::protocols::type_checks::isinstance(vm, &[subject, cls], &[])?;
        if r == FALSE {
            return Ok(NONE);
        }
        let count = count as usize;
        let cls = vm.mutator().get(h[1]);
        let type_name = crate::objects::class::class_name(vm, cls).to_string();
        let accepts = |n: usize| {
            Error::new(
                "TypeError",
                format!(
                    "{type_name}() accepts {n} positional sub-pattern{} ({count} given)",
                    if n == 1 { "" } else { "s" }
                ),
            )
        };
        // The attribute names, positional ones first; None: the subject itself.
        let mut attrs: Vec<Option<String>> = vec![];
        if count > 0 {
            let key = crate::values::new_str(vm, "__match_args__")?;
            let cls = vm.mutator().get(h[1]);
            let match_args = match crate::protocols::attributes::get_attr(vm, cls, key) {
                Ok(m) => Some(m),
                Err(e) if e.is("AttributeError") => None,
                Err(e) => return Err(e),
            };
            match match_args {
                Some(m) => {
                    if !crate::values::is_tuple(vm, m) {
                        return Err(Error::new(
                            "TypeError",
                            format!(
                                "{type_name}.__match_args__ must be a tuple (got {})",
                                crate::objects::class::builtin_types::python_type_name(vm, m)
                            ),
                        ));
                    }
                    let items = crate::objects::sequence::items(vm, m).unwrap_or_default();
                    if count > items.len() {
                        return Err(accepts(items.len()));
                    }
                    for &item in &items[..count] {
                        match crate::values::str_value(vm, item) {
                            Some(s) => attrs.push(Some(s)),
                            None => {
                                return Err(Error::new(
                                    "TypeError",
                                    format!(
                                        "__match_args__ elements must be strings (got {})",
                                        crate::objects::class::builtin_types::python_type_name(
                                            vm, item
                                        )
                                    ),
                                ));
                            }
                        }
                    }
                }
                None => {
                    let cls = vm.mutator().get(h[1]);
                    let matches_self = crate::objects::class::mro(vm, cls).into_iter().any(|c| {
                        crate::objects::class::builtin_types::builtin_type_name(vm, c)
                            .is_some_and(|n| MATCH_SELF.contains(&n))
                    });
                    if !matches_self {
                        return Err(accepts(0));
                    }
                    if count > 1 {
                        return Err(accepts(1));
                    }
                    attrs.push(None);
                }
            }
        }
        let names = vm.mutator().get(h[2]);
        for name in crate::objects::sequence::items(vm, names).unwrap_or_default() {
            attrs.push(crate::values::str_value(vm, name));
        }
        for (i, a) in attrs.iter().enumerate() {
            if let Some(a) = a
                && attrs[..i].iter().any(|b| b.as_deref() == Some(a))
            {
                return Err(Error::new(
                    "TypeError",
                    format!("{type_name}() got multiple sub-patterns for attribute '{a}'"),
                ));
            }
        }
        vm.handle_scope(|vm| {
            let mut found = vec![];
            for a in &attrs {
                let subject = vm.mutator().get(h[0]);
                let v = match a {
                    None => subject,
                    Some(name) => {
                        let key = crate::values::new_str(vm, name)?;
                        let subject = vm.mutator().get(h[0]);
                        match crate::protocols::attributes::get_attr(vm, subject, key) {
                            Ok(v) => v,
                            Err(e) if e.is("AttributeError") => return Ok(NONE),
                            Err(e) => return Err(e),
                        }
                    }
                };
                found.push(vm.mutator().root(v));
            }
            let values: Vec<Value> = found.iter().map(|&f| vm.mutator().get(f)).collect();
            crate::objects::sequence::new_tuple(vm, &values)
        })
    })
}

/// MATCH_KEYS: the values of `keys` (a tuple) in mapping `subject`, as a tuple, looked up
/// with `subject.get(key, marker)`; None if one is missing. A key given twice is a
/// ValueError.
pub fn match_keys(vm: &mut ThreadState, subject: Value, keys: Value) -> Result<Value, Error> {
    let keys = crate::objects::sequence::items(vm, keys).unwrap_or_default();
    if keys.is_empty() {
        return crate::objects::sequence::new_tuple(vm, &[]);
    }
    let mut held = vec![subject];
    held.extend(&keys);
    rooted(vm, &held, |vm, h| {
        let name = crate::values::new_str(vm, "get")?;
        let subject = vm.mutator().get(h[0]);
        let get = crate::protocols::attributes::get_attr(vm, subject, name)?;
        let hg = vm.mutator().root(get);
        // A fresh object no mapping can hold: the "missing" marker.
        let object = crate::objects::exception::object_class(vm)?;
        let marker = vm.call(object, &[], &[])?;
        let hm = vm.mutator().root(marker);
        let seen = crate::objects::set::new_set(vm, &[], false)?;
        let hs = vm.mutator().root(seen);
        let mut found = vec![];
        for &hk in &h[1..] {
            let (seen, key) = (vm.mutator().get(hs), vm.mutator().get(hk));
            if crate::objects::set::contains(vm, seen, key)? {
                let shown = crate::protocols::repr::repr(vm, key)?;
                return Err(Error::new(
                    "ValueError",
                    format!("mapping pattern checks duplicate key ({shown})"),
                ));
            }
            let (seen, key) = (vm.mutator().get(hs), vm.mutator().get(hk));
            crate::objects::set::add(vm, seen, &[key])?;
            let (get, key, marker) = (
                vm.mutator().get(hg),
                vm.mutator().get(hk),
                vm.mutator().get(hm),
            );
            let v = vm.call(get, &[key, marker], &[])?;
            if v == vm.mutator().get(hm) {
                return Ok(NONE);
            }
            found.push(vm.mutator().root(v));
        }
        let values: Vec<Value> = found.iter().map(|&f| vm.mutator().get(f)).collect();
        crate::objects::sequence::new_tuple(vm, &values)
    })
}

/// COPY_DICT_WITHOUT_KEYS: `**rest` of a mapping pattern, a new dict of `subject`'s items
/// but `keys` (a tuple).
pub fn dict_without_keys(
    vm: &mut ThreadState,
    subject: Value,
    keys: Value,
) -> Result<Value, Error> {
    rooted(vm, &[subject, keys], |vm, h| {
        let rest = crate::objects::dict::new_dict(vm, 0)?;
        let hr = vm.mutator().root(rest);
        let subject = vm.mutator().get(h[0]);
        crate::objects::dict::dict_merge(vm, rest, subject)?;
        let count = crate::objects::sequence::len(vm, vm.mutator_ref().get(h[1])).unwrap_or(0);
        for i in 0..count {
            // Each time from the tuple: removing may run `__eq__` and collect.
            let keys = vm.mutator().get(h[1]);
            let key = crate::objects::sequence::items(vm, keys).unwrap_or_default()[i];
            let rest = vm.mutator().get(hr);
            crate::objects::dict::remove(vm, rest, key)?;
        }
        Ok(vm.mutator().get(hr))
    })
}
