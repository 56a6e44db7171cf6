//! Attribute access. For now: the methods of builtin types, as bound methods.

use crate::generated::layouts::{BoundMethod, List};
use crate::objects::str::methods::*;
use crate::objects::{
    dict::methods as D, float as F, int as I, list as L, str as S, str::format as SF,
};
use crate::runtime::{layout_of, str_value, type_name};
use crate::vm::{Error, ThreadState};
use gvmt::rt::{Value, Vm};

/// Methods that take keyword arguments: `(type, name, function)`.
pub const KEYWORD_METHODS: &[(&str, &str, KeywordMethod)] = &[
    ("list", "sort", L::list_sort),
    ("dict", "update", D::dict_update),
    ("int", "to_bytes", crate::objects::int::bytes::to_bytes),
    ("str", "format", SF::str_format),
    ("str", "split", crate::objects::str::split),
    ("str", "rsplit", crate::objects::str::rsplit),
    ("str", "splitlines", crate::objects::str::splitlines),
];

pub type KeywordMethod =
    fn(&mut ThreadState, Value, &[Value], &[(String, Value)]) -> Result<Value, Error>;

/// A method of a builtin type: `(type, name, function)`.
pub type Method = fn(&mut ThreadState, Value, &[Value]) -> Result<Value, Error>;

pub const METHODS: &[(&str, &str, Method)] = &[
    ("list", "append", list_append),
    ("list", "pop", list_pop),
    ("list", "extend", list_extend),
    ("list", "insert", list_insert),
    ("list", "index", list_index),
    ("list", "count", seq_count),
    ("list", "reverse", list_reverse),
    ("tuple", "count", seq_count),
    ("tuple", "index", list_index),
    ("dict", "get", dict_get),
    ("dict", "keys", dict_keys),
    ("dict", "values", dict_values),
    ("dict", "items", dict_items),
    ("str", "split", str_split),
    ("str", "join", str_join),
    ("str", "strip", str_strip),
    ("str", "lstrip", str_lstrip),
    ("str", "rstrip", str_rstrip),
    ("str", "replace", str_replace),
    ("str", "startswith", str_startswith),
    ("str", "endswith", str_endswith),
    ("str", "find", str_find),
    ("str", "count", str_count),
    ("str", "isdigit", crate::objects::str::isdigit),
    ("str", "isalpha", str_isalpha),
    ("str", "upper", str_upper),
    ("str", "lower", str_lower),
    ("list", "sort", |vm, r, a| L::list_sort(vm, r, a, &[])),
    ("list", "remove", L::list_remove),
    ("list", "clear", L::list_clear),
    ("list", "copy", L::seq_copy),
    ("dict", "pop", D::dict_pop),
    ("dict", "setdefault", D::dict_setdefault),
    ("dict", "update", |vm, r, a| D::dict_update(vm, r, a, &[])),
    ("dict", "copy", L::seq_copy),
    ("dict", "clear", D::dict_clear),
    ("str", "isupper", S::str_isupper),
    ("str", "islower", S::str_islower),
    ("str", "isspace", S::str_isspace),
    ("str", "isalnum", S::str_isalnum),
    ("str", "title", S::str_title),
    ("str", "capitalize", S::str_capitalize),
    ("str", "swapcase", S::str_swapcase),
    ("str", "center", S::str_center),
    ("str", "ljust", S::str_ljust),
    ("str", "rjust", S::str_rjust),
    ("str", "zfill", S::str_zfill),
    ("str", "partition", S::str_partition),
    ("str", "rpartition", S::str_rpartition),
    ("str", "splitlines", S::str_splitlines),
    ("str", "rsplit", S::str_rsplit),
    ("str", "index", |vm, s, a| {
        str_search(vm, s, a, "index", false, true)
    }),
    ("str", "rindex", |vm, s, a| {
        str_search(vm, s, a, "rindex", true, true)
    }),
    ("str", "rfind", |vm, s, a| {
        str_search(vm, s, a, "rfind", true, false)
    }),
    ("str", "format", |vm, r, a| SF::str_format(vm, r, a, &[])),
    ("generator", "send", crate::interp::generators::send),
    (
        "generator",
        "__next__",
        crate::interp::generators::next_method,
    ),
    (
        "list_iterator",
        "__next__",
        crate::protocols::iteration::next_method,
    ),
    (
        "list_iterator",
        "__iter__",
        crate::protocols::iteration::iter_method,
    ),
    (
        "tuple_iterator",
        "__next__",
        crate::protocols::iteration::next_method,
    ),
    (
        "tuple_iterator",
        "__iter__",
        crate::protocols::iteration::iter_method,
    ),
    (
        "range_iterator",
        "__next__",
        crate::protocols::iteration::next_method,
    ),
    (
        "range_iterator",
        "__iter__",
        crate::protocols::iteration::iter_method,
    ),
    (
        "str_ascii_iterator",
        "__next__",
        crate::protocols::iteration::next_method,
    ),
    (
        "str_ascii_iterator",
        "__iter__",
        crate::protocols::iteration::iter_method,
    ),
    (
        "enumerate",
        "__next__",
        crate::protocols::iteration::next_method,
    ),
    (
        "enumerate",
        "__iter__",
        crate::protocols::iteration::iter_method,
    ),
    ("zip", "__next__", crate::protocols::iteration::next_method),
    ("zip", "__iter__", crate::protocols::iteration::iter_method),
    ("map", "__next__", crate::protocols::iteration::next_method),
    ("map", "__iter__", crate::protocols::iteration::iter_method),
    (
        "filter",
        "__next__",
        crate::protocols::iteration::next_method,
    ),
    (
        "filter",
        "__iter__",
        crate::protocols::iteration::iter_method,
    ),
    (
        "generator",
        "__iter__",
        crate::protocols::iteration::iter_method,
    ),
    ("generator", "throw", crate::interp::generators::throw),
    ("generator", "close", crate::interp::generators::close),
    ("set", "union", crate::objects::set::union),
    ("set", "intersection", crate::objects::set::intersection),
    ("set", "difference", crate::objects::set::difference),
    (
        "set",
        "symmetric_difference",
        crate::objects::set::symmetric_difference,
    ),
    ("set", "issubset", crate::objects::set::issubset),
    ("set", "issuperset", crate::objects::set::issuperset),
    ("set", "isdisjoint", crate::objects::set::isdisjoint),
    ("set", "copy", crate::objects::set::copy),
    ("frozenset", "union", crate::objects::set::union),
    (
        "frozenset",
        "intersection",
        crate::objects::set::intersection,
    ),
    ("frozenset", "difference", crate::objects::set::difference),
    (
        "frozenset",
        "symmetric_difference",
        crate::objects::set::symmetric_difference,
    ),
    ("frozenset", "issubset", crate::objects::set::issubset),
    ("frozenset", "issuperset", crate::objects::set::issuperset),
    ("frozenset", "isdisjoint", crate::objects::set::isdisjoint),
    ("frozenset", "copy", crate::objects::set::copy),
    ("set", "add", crate::objects::set::add),
    (
        "set",
        "symmetric_difference_update",
        crate::objects::set::symmetric_difference_update,
    ),
    ("set", "remove", crate::objects::set::remove),
    ("set", "discard", crate::objects::set::discard),
    ("set", "pop", crate::objects::set::pop),
    ("set", "clear", crate::objects::set::clear),
    ("set", "update", crate::objects::set::update),
    (
        "set",
        "intersection_update",
        crate::objects::set::intersection_update,
    ),
    (
        "set",
        "difference_update",
        crate::objects::set::difference_update,
    ),
    ("dict", "popitem", D::dict_popitem),
    ("int", "bit_length", I::int_bit_length),
    ("int", "bit_count", I::int_bit_count),
    ("float", "is_integer", F::float_is_integer),
    ("str", "expandtabs", S::str_expandtabs),
    ("slice", "indices", crate::objects::slice::indices),
    ("bytes", "decode", crate::objects::bytes::decode),
    ("bytes", "hex", crate::objects::bytes::hex),
    ("str", "encode", crate::objects::bytes::encode),
    ("float", "as_integer_ratio", F::float_as_integer_ratio),
    (
        "property",
        "setter",
        crate::runtime::builtin_descriptors::property_setter,
    ),
    (
        "property",
        "getter",
        crate::runtime::builtin_descriptors::property_getter,
    ),
    (
        "int",
        "to_bytes",
        crate::runtime::builtin_descriptors::int_to_bytes,
    ),
    (
        "str",
        "translate",
        crate::objects::str::translate::translate,
    ),
    ("str", "removeprefix", crate::objects::str::removeprefix),
    ("str", "removesuffix", crate::objects::str::removesuffix),
    ("str", "casefold", crate::objects::str::casefold),
    ("str", "isdecimal", crate::objects::str::isdecimal),
    ("str", "isnumeric", crate::objects::str::isnumeric),
    ("str", "isprintable", crate::objects::str::isprintable),
    ("str", "isidentifier", crate::objects::str::isidentifier),
    ("str", "isascii", crate::objects::str::isascii),
    ("str", "istitle", crate::objects::str::istitle),
    ("bytes", "find", crate::objects::bytes::methods::find),
    ("bytes", "rfind", crate::objects::bytes::methods::rfind),
    ("bytes", "index", crate::objects::bytes::methods::index),
    ("bytes", "rindex", crate::objects::bytes::methods::rindex),
    ("bytes", "count", crate::objects::bytes::methods::count),
    (
        "bytes",
        "startswith",
        crate::objects::bytes::methods::startswith,
    ),
    (
        "bytes",
        "endswith",
        crate::objects::bytes::methods::endswith,
    ),
    ("bytes", "upper", crate::objects::bytes::methods::upper),
    ("bytes", "lower", crate::objects::bytes::methods::lower),
    (
        "bytes",
        "swapcase",
        crate::objects::bytes::methods::swapcase,
    ),
    (
        "bytes",
        "capitalize",
        crate::objects::bytes::methods::capitalize,
    ),
    ("bytes", "title", crate::objects::bytes::methods::title),
    ("bytes", "isdigit", crate::objects::bytes::methods::isdigit),
    ("bytes", "isalpha", crate::objects::bytes::methods::isalpha),
    ("bytes", "isalnum", crate::objects::bytes::methods::isalnum),
    ("bytes", "isspace", crate::objects::bytes::methods::isspace),
    ("bytes", "isupper", crate::objects::bytes::methods::isupper),
    ("bytes", "islower", crate::objects::bytes::methods::islower),
    ("bytes", "strip", crate::objects::bytes::methods::strip),
    ("bytes", "lstrip", crate::objects::bytes::methods::lstrip),
    ("bytes", "rstrip", crate::objects::bytes::methods::rstrip),
    ("bytes", "replace", crate::objects::bytes::methods::replace),
    ("bytes", "split", crate::objects::bytes::methods::split),
    ("bytes", "rsplit", crate::objects::bytes::methods::rsplit),
    ("bytes", "join", crate::objects::bytes::methods::join),
    (
        "bytes",
        "partition",
        crate::objects::bytes::methods::partition,
    ),
    (
        "bytes",
        "rpartition",
        crate::objects::bytes::methods::rpartition,
    ),
    ("bytes", "center", crate::objects::bytes::methods::center),
    ("bytes", "ljust", crate::objects::bytes::methods::ljust),
    ("bytes", "rjust", crate::objects::bytes::methods::rjust),
    (
        "bytes",
        "splitlines",
        crate::objects::bytes::methods::splitlines,
    ),
    ("float", "hex", crate::objects::float::hex),
    ("float", "conjugate", crate::objects::float::conjugate),
    ("int", "conjugate", crate::objects::float::conjugate),
    (
        "int",
        "as_integer_ratio",
        crate::objects::float::int_as_integer_ratio,
    ),
    ("range", "index", crate::objects::range::index),
    ("range", "count", crate::objects::range::count),
    (
        "property",
        "deleter",
        crate::runtime::builtin_descriptors::property_deleter,
    ),
    (
        "property",
        "__get__",
        crate::runtime::builtin_descriptors::descriptor_get,
    ),
    (
        "property",
        "__set__",
        crate::runtime::builtin_descriptors::property_set,
    ),
    (
        "function",
        "__get__",
        crate::runtime::builtin_descriptors::descriptor_get,
    ),
    (
        "staticmethod",
        "__get__",
        crate::runtime::builtin_descriptors::descriptor_get,
    ),
    (
        "classmethod",
        "__get__",
        crate::runtime::builtin_descriptors::descriptor_get,
    ),
    (
        "member_descriptor",
        "__get__",
        crate::runtime::builtin_descriptors::descriptor_get,
    ),
    (
        "member_descriptor",
        "__set__",
        crate::runtime::builtin_descriptors::member_set,
    ),
    (
        "getset_descriptor",
        "__get__",
        crate::runtime::builtin_descriptors::descriptor_get,
    ),
    (
        "getset_descriptor",
        "__set__",
        crate::runtime::builtin_descriptors::member_set,
    ),
];

/// The attribute dict of a function (made on first use).
pub fn function_dict(vm: &mut ThreadState, f: Value) -> Result<Value, Error> {
    use crate::generated::layouts::Function;
    let attrs = Function::attrs(vm.vmctx(), f);
    if attrs != crate::runtime::NONE {
        return Ok(attrs);
    }
    let (d, f) = vm.handle_scope(|vm| {
        let h = vm.mutator().root(f);
        let d = crate::objects::dict::new_dict(vm, 0);
        (d, vm.mutator().get(h))
    });
    let d = d?;
    Function::set_attrs(vm.vmctx(), f, d);
    Ok(d)
}

pub fn get_attr(vm: &mut ThreadState, object: Value, name: Value) -> Result<Value, Error> {
    let name_value = name;
    if crate::modules::is_module(vm, object) {
        return crate::modules::get_attr(vm, object, name);
    }
    if crate::runtime::classes::is_instance(vm, object)
        && !crate::runtime::str_is(vm, name, "__dict__")
    {
        // The common case first: no other kind of object is looked at.
        let found = crate::runtime::classes::get_attr(vm, object, name)?;
        return Ok(found.expect("instances have attributes or raise"));
    }
    if crate::runtime::classes::is_instance(vm, object)
        && crate::runtime::str_is(vm, name, "__dict__")
    {
        let cls = crate::runtime::classes::class_of(vm, object);
        if crate::runtime::descriptors::flags(vm, cls) & crate::runtime::descriptors::NO_DICT != 0 {
            return Err(crate::runtime::descriptors::no_attribute(
                vm, cls, "__dict__",
            ));
        }
    }
    if crate::runtime::classes::is_instance(vm, object)
        && crate::runtime::str_is(vm, name, "__dict__")
        && let Some(d) = crate::runtime::classes::attribute_dict(vm, object)?
    {
        return Ok(d);
    }
    if let Some(v) = crate::runtime::classes::get_attr(vm, object, name)? {
        return Ok(v);
    }
    if layout_of(vm, object) == Some(crate::generated::layouts::Function::ID) {
        // A function's own attributes come before its type's.
        let attrs = crate::generated::layouts::Function::attrs(vm.vmctx(), object);
        if attrs != crate::runtime::NONE
            && let Some(v) = crate::objects::dict::get(vm, attrs, name_value)?
        {
            return Ok(v);
        }
    }
    if let Some(v) = crate::runtime::type_objects::value_attribute(vm, object, name_value)? {
        return Ok(v);
    }
    if layout_of(vm, object) == Some(crate::generated::layouts::Method::ID) {
        // A bound method reads its function's other attributes (`m.__name__`, `m.__doc__`).
        let (function, _) = crate::runtime::classes::unbind(vm, object);
        return get_attr(vm, function, name_value);
    }
    let name = str_value(vm, name).expect("attribute names are str constants");
    let kind = crate::runtime::type_objects::python_type_name(vm, object);
    Err(Error::new(
        "AttributeError",
        format!("'{kind}' object has no attribute '{name}'"),
    ))
}

/// Calls a bound method.
pub fn call_method(
    vm: &mut ThreadState,
    bound: Value,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    let ctx = vm.vmctx();
    let (id, receiver) = (
        BoundMethod::id(ctx, bound) as usize,
        BoundMethod::receiver(ctx, bound),
    );
    let (t, n, f) = METHODS[id];
    let (receiver, args) = if receiver == crate::runtime::UNBOUND {
        // An unbound builtin method: the first argument is the receiver.
        // An instance of a class deriving from the type gives the value it carries.
        let split = args.split_first().map(|(&r, rest)| {
            (
                crate::runtime::builtin_subclasses::value_of(vm, r).unwrap_or(r),
                rest,
            )
        });
        match split {
            Some((r, rest))
                if type_name(vm, r) == t || (t == "int" && type_name(vm, r) == "bool") =>
            {
                (r, rest)
            }
            Some(_) => {
                return Err(Error::new(
                    "TypeError",
                    format!(
                        "descriptor '{n}' for '{t}' objects doesn't apply to a '{}' object",
                        type_name(vm, args[0])
                    ),
                ));
            }
            None => {
                return Err(Error::new(
                    "TypeError",
                    format!("unbound method {t}.{n}() needs an argument"),
                ));
            }
        }
    } else {
        (receiver, args)
    };
    if kwargs.is_empty()
        && let Some(positions) = index_positions(t, n)
        && positions.iter().any(|&p| {
            args.get(p)
                .is_some_and(|&a| crate::runtime::classes::is_instance(vm, a))
        })
    {
        // Positions, counts and widths given as objects with `__index__`.
        let (converted, receiver) = vm.handle_scope(|vm| {
            let hr = vm.mutator().root(receiver);
            let handles: Vec<_> = args.iter().map(|&a| vm.mutator().root(a)).collect();
            for &p in positions {
                if let Some(&h) = handles.get(p) {
                    let v = vm.mutator().get(h);
                    match crate::protocols::index::index_value(vm, v) {
                        Ok(i) => vm.mutator().set(h, i),
                        Err(e) => return (Err(e), vm.mutator().get(hr)),
                    }
                }
            }
            let all: Vec<Value> = handles.iter().map(|&h| vm.mutator().get(h)).collect();
            (Ok(all), vm.mutator().get(hr))
        });
        return f(vm, receiver, &converted?);
    }
    if kwargs.is_empty() {
        return f(vm, receiver, args);
    }
    call_with_keywords(vm, t, n, receiver, args, kwargs)
}

/// The argument positions of builtin method `t.n` that CPython takes as ints through
/// `__index__` (start/end positions, widths, counts).
fn index_positions(t: &str, n: &str) -> Option<&'static [usize]> {
    match (t, n) {
        ("str" | "bytes", "find" | "rfind" | "index" | "rindex" | "count") => Some(&[1, 2]),
        ("str" | "bytes", "startswith" | "endswith") => Some(&[1, 2]),
        ("str", "center" | "ljust" | "rjust" | "zfill" | "expandtabs") => Some(&[0]),
        ("str" | "bytes", "split" | "rsplit") => Some(&[1]),
        ("str" | "bytes", "replace") => Some(&[2]),
        ("list" | "tuple", "index") => Some(&[1, 2]),
        _ => None,
    }
}

/// A builtin method called with keywords (only those in `KEYWORD_METHODS` take any).
fn call_with_keywords(
    vm: &mut ThreadState,
    t: &str,
    n: &str,
    receiver: Value,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    match KEYWORD_METHODS
        .iter()
        .find(|(kt, kn, _)| *kt == t && *kn == n)
    {
        Some((_, _, kf)) => kf(vm, receiver, args, kwargs),
        None => Err(Error::new(
            "TypeError",
            format!("{t}.{n}() takes no keyword arguments"),
        )),
    }
}

pub fn method_name(vm: &ThreadState, bound: Value) -> String {
    let (t, n, _) = METHODS[BoundMethod::id(vm.vmctx(), bound) as usize];
    format!("{t}.{n}")
}

pub(crate) fn arity(name: &str, args: &[Value], n: usize) -> Result<(), Error> {
    if args.len() == n {
        return Ok(());
    }
    let msg = match n {
        0 => format!("{name}() takes no arguments ({} given)", args.len()),
        1 => format!("{name}() takes exactly one argument ({} given)", args.len()),
        _ => format!("{name}() takes {n} arguments ({} given)", args.len()),
    };
    Err(Error::new("TypeError", msg))
}

fn list_append(vm: &mut ThreadState, list: Value, args: &[Value]) -> Result<Value, Error> {
    arity("list.append", args, 1)?;
    debug_assert_eq!(layout_of(vm, list), Some(List::ID));
    crate::objects::sequence::append(vm, list, args[0])?;
    Ok(crate::runtime::NONE)
}

fn list_pop(vm: &mut ThreadState, list: Value, args: &[Value]) -> Result<Value, Error> {
    match args {
        [] => crate::objects::sequence::pop(vm, list),
        [index] => {
            let ([list], [index]) = crate::protocols::index::index_values(vm, [list], [*index])?;
            crate::objects::sequence::pop_at(vm, list, index)
        }
        _ => Err(Error::new(
            "TypeError",
            format!("pop expected at most 1 argument, got {}", args.len()),
        )),
    }
}

fn dict_get(vm: &mut ThreadState, d: Value, args: &[Value]) -> Result<Value, Error> {
    let (key, default) = match args {
        [k] => (*k, crate::runtime::NONE),
        [k, d] => (*k, *d),
        _ => {
            return Err(Error::new(
                "TypeError",
                format!("get expected at most 2 arguments, got {}", args.len()),
            ));
        }
    };
    // The key's `__hash__`/`__eq__` may collect: the default is rooted across the lookup.
    let (found, default) = vm.handle_scope(|vm| {
        let h = vm.mutator().root(default);
        let found = crate::objects::dict::get(vm, d, key);
        (found, vm.mutator().get(h))
    });
    Ok(found?.unwrap_or(default))
}

fn list_extend(vm: &mut ThreadState, list: Value, args: &[Value]) -> Result<Value, Error> {
    arity("list.extend", args, 1)?;
    vm.handle_scope(|vm| {
        let hl = vm.mutator().root(list);
        let items = crate::runtime::builtins::collect(vm, args[0]);
        let handles: Vec<_> = items?.iter().map(|&v| vm.mutator().root(v)).collect();
        for h in handles {
            let (list, v) = (vm.mutator().get(hl), vm.mutator().get(h));
            crate::objects::sequence::append(vm, list, v)?;
        }
        Ok(crate::runtime::NONE)
    })
}

fn list_insert(vm: &mut ThreadState, list: Value, args: &[Value]) -> Result<Value, Error> {
    arity("list.insert", args, 2)?;
    let ([list, item], [at]) =
        crate::protocols::index::index_values(vm, [list, args[1]], [args[0]])?;
    let len = crate::objects::sequence::len(vm, list).expect("a list") as i64;
    let at = crate::runtime::as_int(at)
        .ok_or_else(|| Error::new("TypeError", "an integer is required"))?;
    let at = if at < 0 {
        (at + len).max(0)
    } else {
        at.min(len)
    } as usize;
    crate::objects::sequence::insert_at(vm, list, at, item)?;
    Ok(crate::runtime::NONE)
}

fn list_index(vm: &mut ThreadState, seq: Value, args: &[Value]) -> Result<Value, Error> {
    if args.is_empty() || args.len() > 3 {
        return Err(Error::new(
            "TypeError",
            format!("index expected at least 1 argument, got {}", args.len()),
        ));
    }
    // `start` and `stop` as slice bounds would be: negatives count from the end, then clamped.
    let len = crate::objects::sequence::len(vm, seq).unwrap_or(0) as i64;
    let bound = |v: Option<&Value>, default: i64| -> Result<i64, Error> {
        match v {
            None => Ok(default),
            Some(&v) => {
                let i = crate::runtime::as_int(v).ok_or_else(|| {
                    Error::new(
                        "TypeError",
                        "slice indices must be integers or have an __index__ method",
                    )
                })?;
                Ok(if i < 0 { (i + len).max(0) } else { i.min(len) })
            }
        }
    };
    let (start, stop) = (bound(args.get(1), 0)?, bound(args.get(2), len)?);
    let mut at = None;
    let (searched, seq, x) = vm.handle_scope(|vm| {
        let (hs, hx) = (vm.mutator().root(seq), vm.mutator().root(args[0]));
        let searched = crate::objects::sequence::each_equal(vm, seq, args[0], |i| {
            if (i as i64) < start {
                return true;
            }
            if (i as i64) < stop {
                at = Some(i);
            }
            false
        });
        (searched, vm.mutator().get(hs), vm.mutator().get(hx))
    });
    searched?;
    if let Some(i) = at {
        return crate::runtime::make_int(i as i64);
    }
    if crate::runtime::is_list(vm, seq) {
        let shown = crate::runtime::text::repr_of(vm, x);
        return Err(Error::new("ValueError", format!("{shown} is not in list")));
    }
    Err(Error::new("ValueError", "tuple.index(x): x not in tuple"))
}

fn seq_count(vm: &mut ThreadState, seq: Value, args: &[Value]) -> Result<Value, Error> {
    arity("count", args, 1)?;
    let mut n = 0;
    crate::objects::sequence::each_equal(vm, seq, args[0], |_| {
        n += 1;
        true
    })?;
    crate::runtime::make_int(n)
}

fn list_reverse(vm: &mut ThreadState, list: Value, args: &[Value]) -> Result<Value, Error> {
    arity("list.reverse", args, 0)?;
    let items = crate::objects::sequence::items(vm, list).expect("a list");
    for (i, v) in items.into_iter().rev().enumerate() {
        let index = crate::runtime::make_int(i as i64)?;
        crate::objects::sequence::store_subscript(vm, list, index, v)?;
    }
    Ok(crate::runtime::NONE)
}

/// `dict.keys()`, `values()`, `items()` return lists for now (CPython returns views, whose
/// repr differs; iteration is the same).
fn dict_keys(vm: &mut ThreadState, d: Value, args: &[Value]) -> Result<Value, Error> {
    arity("dict.keys", args, 0)?;
    crate::objects::dict_views::new_view(vm, d, crate::objects::dict_views::KEYS)
}

fn dict_values(vm: &mut ThreadState, d: Value, args: &[Value]) -> Result<Value, Error> {
    arity("dict.values", args, 0)?;
    crate::objects::dict_views::new_view(vm, d, crate::objects::dict_views::VALUES)
}

fn dict_items(vm: &mut ThreadState, d: Value, args: &[Value]) -> Result<Value, Error> {
    arity("dict.items", args, 0)?;
    crate::objects::dict_views::new_view(vm, d, crate::objects::dict_views::ITEMS)
}
