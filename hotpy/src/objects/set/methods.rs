//! The methods of `set` and `frozenset` (`add`, `pop`, `union`, `issubset`, ...): argument
//! checking around the table operations in `super` and the algebra in `super::algebra`.

use super::algebra::{combine, combine_in_place, copy_of, from_iterable, take_table};
use super::{
    DUMMY, EMPTY, MIN_SIZE, add_value, discard_value, is_frozen, is_set, len, new_table, subset,
    view,
};
use crate::generated::layouts::{Array, Set, Slots};
use crate::values::{FALSE, NONE, TRUE, py_bool};
use crate::vm::{Error, ThreadState};
use gvmt::gc::Handle;
use gvmt::rt::{Value, Vm};

fn mutable(vm: &ThreadState, s: Value, method: &str) -> Result<(), Error> {
    if is_frozen(vm, s) {
        return Err(Error::new(
            "AttributeError",
            format!("'frozenset' object has no attribute '{method}'"),
        ));
    }
    Ok(())
}

fn one_arg(name: &str, args: &[Value]) -> Result<Value, Error> {
    match args {
        [v] => Ok(*v),
        _ => Err(Error::new(
            "TypeError",
            format!(
                "set.{name}() takes exactly one argument ({} given)",
                args.len()
            ),
        )),
    }
}

pub fn add(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    mutable(vm, s, "add")?;
    let v = one_arg("add", args)?;
    add_value(vm, s, v)?;
    Ok(NONE)
}

pub fn remove(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    mutable(vm, s, "remove")?;
    let v = one_arg("remove", args)?;
    let (removed, v) = vm.handle_scope(|vm| {
        let hv = vm.mutator().root(v);
        let removed = discard_value(vm, s, v);
        (removed, vm.mutator().get(hv))
    });
    if removed? {
        Ok(NONE)
    } else {
        Err(crate::objects::dict::key_error(vm, v))
    }
}

pub fn discard(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    mutable(vm, s, "discard")?;
    let v = one_arg("discard", args)?;
    discard_value(vm, s, v)?;
    Ok(NONE)
}

/// `s.pop()`: from the "finger" on, as CPython.
pub fn pop(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    mutable(vm, s, "pop")?;
    if !args.is_empty() {
        return Err(Error::new("TypeError", "set.pop() takes no arguments"));
    }
    vm.with_write_lock(s, [], |vm, s, []| pop_locked(vm, s))
}

/// CPython's `KeyError('message')` (its str and report show the message's repr).
pub fn message_key_error(vm: &mut ThreadState, message: &str) -> Error {
    match crate::values::new_str(vm, message) {
        Ok(text) => crate::objects::dict::key_error(vm, text),
        Err(e) => e,
    }
}

fn pop_locked(vm: &mut ThreadState, s: Value) -> Result<Value, Error> {
    if len(vm, s) == 0 {
        return Err(message_key_error(vm, "pop from an empty set"));
    }
    let ctx = vm.vmctx();
    let (keys, hashes, size) = view(ctx, s);
    let mask = size - 1;
    let mut i = Set::finger(ctx, s) as usize & mask;
    while matches!(Array::items(ctx, keys, i), EMPTY | DUMMY) {
        i = (i + 1) & mask;
    }
    let key = Array::items(ctx, keys, i);
    Array::set_items(ctx, keys, i, DUMMY);
    Slots::set_slots(ctx, hashes, i, -1);
    Set::set_used(ctx, s, Set::used(ctx, s) - 1);
    Set::set_finger(ctx, s, i as i64 + 1);
    Ok(key)
}

pub fn clear(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    mutable(vm, s, "clear")?;
    if !args.is_empty() {
        return Err(Error::new("TypeError", "set.clear() takes no arguments"));
    }
    let result = vm.handle_scope(|vm| {
        let hs = vm.mutator().root(s);
        vm.write_locked(hs, |vm| new_table(vm, hs, MIN_SIZE))
    });
    result.map(|()| NONE)
}

/// `s.copy()` (a frozenset's copy is itself, as in CPython).
pub fn copy(vm: &mut ThreadState, s: Value, _args: &[Value]) -> Result<Value, Error> {
    if is_frozen(vm, s) {
        return Ok(s);
    }
    copy_of(vm, s)
}

/// Runs `start` on `s` for the first result, then `step` with a handle on the running
/// result and each argument in turn (the arguments stay rooted throughout).
fn each_arg(
    vm: &mut ThreadState,
    s: Value,
    args: &[Value],
    start: impl FnOnce(&mut ThreadState, Value) -> Result<Value, Error>,
    mut step: impl FnMut(&mut ThreadState, Handle, Value) -> Result<(), Error>,
) -> Result<Value, Error> {
    vm.handle_scope(|vm| {
        let handles: Vec<Handle> = args.iter().map(|&a| vm.mutator().root(a)).collect();
        let first = start(vm, s)?;
        let hr = vm.mutator().root(first);
        for h in handles {
            let arg = vm.mutator().get(h);
            step(vm, hr, arg)?;
        }
        Ok(vm.mutator().get(hr))
    })
}

/// The set itself, as the running result of an in-place method.
fn itself(_vm: &mut ThreadState, s: Value) -> Result<Value, Error> {
    Ok(s)
}

/// `s.union(*iterables)`: a copy of `s` with each iterable's items added.
pub fn union(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    let args: Vec<Value> = args.iter().copied().filter(|&a| a != s).collect();
    each_arg(vm, s, &args, copy_of, |vm, hr, arg| {
        combine_in_place_handle(vm, "|", hr, arg)
    })
}

/// `s.intersection(*iterables)`.
pub fn intersection(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    if args.is_empty() {
        return copy_of(vm, s);
    }
    each_arg(vm, s, args, itself, |vm, hr, arg| {
        let current = vm.mutator().get(hr);
        let next = combine(vm, "&", current, arg)?;
        vm.mutator().set(hr, next);
        Ok(())
    })
}

/// `s.difference(*iterables)`.
pub fn difference(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    let Some((&first, rest)) = args.split_first() else {
        return copy_of(vm, s);
    };
    let start = |vm: &mut ThreadState, s| combine(vm, "-", s, first);
    // `first` is read before anything allocates.
    each_arg(vm, s, rest, start, |vm, hr, arg| {
        combine_in_place_handle(vm, "-", hr, arg)
    })
}

pub fn symmetric_difference(
    vm: &mut ThreadState,
    s: Value,
    args: &[Value],
) -> Result<Value, Error> {
    let other = one_arg("symmetric_difference", args)?;
    combine(vm, "^", s, other)
}

/// `s.update(*iterables)`.
pub fn update(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    mutable(vm, s, "update")?;
    each_arg(vm, s, args, itself, |vm, hs, arg| {
        combine_in_place_handle(vm, "|", hs, arg)
    })
    .map(|_| NONE)
}

/// `s.intersection_update(*iterables)`: `s` takes the intersection's table.
pub fn intersection_update(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    mutable(vm, s, "intersection_update")?;
    vm.handle_scope(|vm| {
        let hs = vm.mutator().root(s);
        let r = intersection(vm, s, args)?;
        take_table(vm, hs, r).map(|()| NONE)
    })
}

pub fn symmetric_difference_update(
    vm: &mut ThreadState,
    s: Value,
    args: &[Value],
) -> Result<Value, Error> {
    mutable(vm, s, "symmetric_difference_update")?;
    let other = one_arg("symmetric_difference_update", args)?;
    combine_in_place(vm, "^", s, other).map(|()| NONE)
}

/// `s.difference_update(*iterables)`.
pub fn difference_update(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    mutable(vm, s, "difference_update")?;
    each_arg(vm, s, args, itself, |vm, hs, arg| {
        combine_in_place_handle(vm, "-", hs, arg)
    })
    .map(|_| NONE)
}

/// `s |= t`, `s &= t`, `s -= t`, `s ^= t` for sets `s` (mutable) and `t`.
pub fn in_place_operator(
    vm: &mut ThreadState,
    symbol: &str,
    s: Value,
    t: Value,
) -> Result<(), Error> {
    combine_in_place(vm, symbol, s, t)
}

/// [`combine_in_place`] on the set in a handle.
fn combine_in_place_handle(
    vm: &mut ThreadState,
    symbol: &str,
    hs: Handle,
    other: Value,
) -> Result<(), Error> {
    let s = vm.mutator().get(hs);
    combine_in_place(vm, symbol, s, other)
}

fn as_set(vm: &mut ThreadState, v: Value) -> Result<Value, Error> {
    if is_set(vm, v) {
        Ok(v)
    } else {
        from_iterable(vm, v, false)
    }
}

pub fn issubset(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    let other = one_arg("issubset", args)?;
    let result = vm.handle_scope(|vm| {
        let hs = vm.mutator().root(s);
        as_set(vm, other).and_then(|o| {
            let s = vm.mutator().get(hs);
            subset(vm, s, o)
        })
    });
    result.map(py_bool)
}

pub fn issuperset(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    let other = one_arg("issuperset", args)?;
    let result = vm.handle_scope(|vm| {
        let hs = vm.mutator().root(s);
        as_set(vm, other).and_then(|o| {
            let s = vm.mutator().get(hs);
            subset(vm, o, s)
        })
    });
    result.map(py_bool)
}

pub fn isdisjoint(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    let r = intersection(vm, s, args)?;
    Ok(if len(vm, r) == 0 { TRUE } else { FALSE })
}
