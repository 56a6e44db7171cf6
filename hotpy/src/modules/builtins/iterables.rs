//! The builtins that consume an iterable: `min`, `max`, `sum`, `any`, `all`, and [`collect`],
//! the one way Rust code takes the items of any iterable (the `list()` and `tuple()`
//! constructors are their types').

use super::one;
use crate::values::{NONE, make_int, py_bool};
use crate::vm::{Error, ThreadState};
use gvmt::rt::Value;

/// The items of any iterable (a snapshot): lists, tuples, strs, dicts (keys), ranges and
/// iterators are all walked with the VM's own iteration.
pub fn collect(vm: &mut ThreadState, iterable: Value) -> Result<Vec<Value>, Error> {
    if let Some(items) = crate::objects::sequence::items(vm, iterable) {
        return Ok(items);
    }
    if let Some(n) = crate::objects::range::length(vm, iterable) {
        crate::values::check_size(vm, n as u128 * 8)?;
    }
    let it = crate::protocols::iteration::get_iter(vm, iterable)?;
    vm.handle_scope(|vm| {
        let hit = vm.mutator().root(it);
        let mut handles = Vec::new();
        let result = loop {
            let it = vm.mutator().get(hit);
            match crate::protocols::iteration::iter_next(vm, it) {
                Ok(v) if v == crate::values::EXHAUSTED => break Ok(()),
                Ok(v) => handles.push(vm.mutator().root(v)),
                Err(e) => break Err(e),
            }
        };
        let items = handles.iter().map(|&h| vm.mutator().get(h)).collect();
        result.map(|()| items)
    })
}

/// The candidates of `min`/`max`: one iterable argument, or several arguments.
fn candidates(vm: &mut ThreadState, name: &str, args: &[Value]) -> Result<Vec<Value>, Error> {
    let items = match args {
        [] => {
            return Err(Error::new(
                "TypeError",
                format!("{name} expected at least 1 argument, got 0"),
            ));
        }
        [one] => collect(vm, *one)?,
        many => many.to_vec(),
    };
    if items.is_empty() {
        return Err(Error::new(
            "ValueError",
            format!("{name}() arg is an empty sequence"),
        ));
    }
    Ok(items)
}

fn extreme(
    vm: &mut ThreadState,
    name: &str,
    args: &[Value],
    kwargs: &[(String, Value)],
    op: i64,
) -> Result<Value, Error> {
    let (mut key, mut default) = (NONE, None);
    for (k, v) in kwargs {
        match k.as_str() {
            "key" => key = *v,
            "default" => default = Some(*v),
            other => {
                return Err(Error::new(
                    "TypeError",
                    format!("'{other}' is an invalid keyword argument for {name}()"),
                ));
            }
        }
    }
    if default.is_some() && args.len() > 1 {
        return Err(Error::new(
            "TypeError",
            format!("Cannot specify a default for {name}() with multiple positional arguments"),
        ));
    }
    vm.handle_scope(|vm| {
        let hk = vm.mutator().root(key);
        let hd = vm.mutator().root(default.unwrap_or(NONE));
        let items = match (candidates(vm, name, args), default) {
            (Err(e), Some(_)) if e.is("ValueError") => {
                return Ok(vm.mutator().get(hd));
            }
            (r, _) => r?,
        };
        // Items and their keys live in handles: comparisons and the key function may collect.
        let items: Vec<_> = items.iter().map(|&v| vm.mutator().root(v)).collect();
        let mut keys = Vec::with_capacity(items.len());
        for &h in &items {
            let (key, v) = (vm.mutator().get(hk), vm.mutator().get(h));
            let k = if key == NONE {
                v
            } else {
                vm.call(key, &[v], &[])?
            };
            keys.push(vm.mutator().root(k));
        }
        let mut best = 0;
        for i in 1..items.len() {
            let (a, b) = (vm.mutator().get(keys[i]), vm.mutator().get(keys[best]));
            if crate::protocols::comparison::compare_bool(vm, op, a, b)? {
                best = i;
            }
        }
        Ok(vm.mutator().get(items[best]))
    })
}

pub(super) fn min(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    extreme(vm, "min", args, kwargs, 0)
}

pub(super) fn max(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    extreme(vm, "max", args, kwargs, 4)
}

pub(super) fn sum(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    if args.is_empty() {
        return Err(Error::new(
            "TypeError",
            "sum() takes at least 1 positional argument (0 given)",
        ));
    }
    let args = &super::by_position("sum", args, kwargs, &["iterable", "start"], 1)?[..];
    let (iterable, start) = match args {
        [i] => (*i, make_int(0)?),
        [i, s] => (*i, *s),
        _ => {
            return Err(Error::new(
                "TypeError",
                format!("sum() takes at most 2 arguments ({} given)", args.len()),
            ));
        }
    };
    // CPython refuses to add up text (quadratic): `join` does it in one pass.
    let text_value =
        crate::objects::class::builtin_subclasses::value_of(vm, start).unwrap_or(start);
    let refused = match crate::values::type_name(vm, text_value) {
        "str" => Some(("strings", "''")),
        "bytes" => Some(("bytes", "b''")),
        "bytearray" => Some(("bytearray", "b''")),
        _ => None,
    };
    if let Some((what, empty)) = refused {
        return Err(Error::new(
            "TypeError",
            format!("sum() can't sum {what} [use {empty}.join(seq) instead]"),
        ));
    }
    vm.handle_scope(|vm| {
        let hs = vm.mutator().root(start);
        let items = collect(vm, iterable);
        let start = vm.mutator().get(hs);
        let items = items?;
        let handles: Vec<_> = items.iter().map(|&v| vm.mutator().root(v)).collect();
        let mut total = start;
        for h in handles {
            let v = vm.mutator().get(h);
            total = crate::values::add_fallback(vm, total, v)?;
        }
        Ok(total)
    })
}

/// Iterates `iterable` one item at a time (so generators are consumed only as far as
/// needed) until `stop(item)` is true; returns whether it stopped early.
fn scan(
    vm: &mut ThreadState,
    iterable: Value,
    stop: fn(&mut ThreadState, Value) -> Result<bool, Error>,
) -> Result<bool, Error> {
    let it = crate::protocols::iteration::get_iter(vm, iterable)?;
    vm.handle_scope(|vm| {
        let hit = vm.mutator().root(it);
        loop {
            let it = vm.mutator().get(hit);
            match crate::protocols::iteration::iter_next(vm, it) {
                Ok(v) if v == crate::values::EXHAUSTED => break Ok(false),
                Ok(v) => match stop(vm, v) {
                    Ok(true) => break Ok(true),
                    Ok(false) => {}
                    Err(e) => break Err(e),
                },
                Err(e) => break Err(e),
            }
        }
    })
}

pub(super) fn any(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    let v = one("any", args, kwargs)?;
    Ok(py_bool(scan(vm, v, crate::values::is_true)?))
}

pub(super) fn all(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    let v = one("all", args, kwargs)?;
    let stopped = scan(vm, v, |vm, x| Ok(!crate::values::is_true(vm, x)?))?;
    Ok(py_bool(!stopped))
}
