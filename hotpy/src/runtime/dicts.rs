//! Dicts: insertion-ordered entries (parallel key and value arrays) with an open-addressing
//! index of entry numbers, as CPython's compact dicts. Keys hash by value (ints and equal
//! floats alike, strs by content, tuples by items); other objects by identity.

use super::{FALSE, NONE, TRUE, UNBOUND, as_int, float_value, layout_of, type_name};
use crate::generated::layouts::{Array, Dict, Slots};
use crate::vm::{Error, HotPy};
use gvmt::gc::Handle;
use gvmt::rt::{Value, Values, Vm};

/// Marks a removed entry's key.
const REMOVED: Value = UNBOUND;

pub fn is_dict(vm: &HotPy, v: Value) -> bool {
    layout_of(vm, v) == Some(Dict::ID)
}

/// `hash(v)` for dict keys.
pub fn hash(vm: &mut HotPy, v: Value) -> Result<i64, Error> {
    if let Some(h) = super::dunder::hash(vm, v)? {
        return Ok(h);
    }
    if super::sets::is_set(vm, v) {
        return super::sets::hash(vm, v);
    }
    if let Some(h) = super::bigint::hash(vm, v) {
        return Ok(h);
    }
    if let Some(i) = as_int(v) {
        // CPython: ints hash to their value modulo 2**61 - 1 (keeping the sign), and -1 is
        // reserved as an error marker, so hash(-1) is -2.
        const MODULUS: i64 = (1 << 61) - 1;
        let h = if i.abs() >= MODULUS {
            i.signum() * (i.abs() % MODULUS)
        } else {
            i
        };
        return Ok(if h == -1 { -2 } else { h });
    }
    if let Some(f) = float_value(vm, v) {
        if f.fract() == 0.0 && f.abs() < 9.2e18 {
            return Ok(f as i64);
        }
        return Ok(f.to_bits() as i64);
    }
    if v == NONE || v == TRUE || v == FALSE {
        return Ok(v.0 as i64);
    }
    if let Some(h) = super::str_hash(vm, v) {
        return Ok(h);
    }
    if let Some(data) = super::bytes::value(vm, v) {
        let mut h: u64 = 0x84222325cbf29ce4;
        for b in data {
            h = (h ^ b as u64).wrapping_mul(0x100000001b3);
        }
        return Ok(h as i64);
    }
    match type_name(vm, v) {
        "tuple" => {
            let items = super::sequences::items(vm, v).expect("a tuple has items");
            let mut h: i64 = 0x345678;
            for item in items {
                h = h.wrapping_mul(1000003) ^ hash(vm, item)?;
            }
            Ok(h)
        }
        kind @ ("list" | "dict") => Err(Error::new(
            "TypeError",
            format!("unhashable type: '{kind}'"),
        )),
        _ => Ok(vm.mutator().identity(v) as i64),
    }
}

fn equal(vm: &mut HotPy, a: Value, b: Value) -> Result<bool, Error> {
    if a == b {
        return Ok(true);
    }
    if let Some(eq) = super::str_equal(vm, a, b) {
        return Ok(eq);
    }
    Ok(super::compare(vm, 2, a, b)? == TRUE)
}

/// Allocates a dict with room for `capacity` entries.
pub fn new_dict(vm: &mut HotPy, capacity: usize) -> Result<Value, Error> {
    let capacity = capacity.max(8).next_power_of_two();
    let mark = vm.mutator().handle_mark();
    let d = vm.alloc(Dict::ID, Dict::FIXED_SIZE)?;
    let hd = vm.mutator().root(d);
    let result = (|| {
        let keys = vm.alloc(Array::ID, Array::size_for(capacity))?;
        Array::set_len(vm.vmctx(), keys, capacity as i64);
        let d = vm.mutator().get(hd);
        Dict::set_keys(vm.vmctx(), d, keys);
        let values = vm.alloc(Array::ID, Array::size_for(capacity))?;
        Array::set_len(vm.vmctx(), values, capacity as i64);
        let d = vm.mutator().get(hd);
        Dict::set_values(vm.vmctx(), d, values);
        let index = vm.alloc(Slots::ID, Slots::size_for(capacity * 2))?;
        Slots::set_len(vm.vmctx(), index, (capacity * 2) as i64);
        for i in 0..capacity * 2 {
            Slots::set_slots(vm.vmctx(), index, i, -1);
        }
        let d = vm.mutator().get(hd);
        Dict::set_index(vm.vmctx(), d, index);
        Dict::set_used(vm.vmctx(), d, 0);
        Dict::set_live(vm.vmctx(), d, 0);
        Ok(d)
    })();
    vm.mutator().release_handles(mark);
    result
}

/// The index slot for `key` (its entry, or the empty slot where it would go). The dict and
/// key are read from handles: comparing keys may run `__eq__`, which may collect.
fn find(vm: &mut HotPy, hd: Handle, hk: Handle, h: i64) -> Result<(usize, Option<usize>), Error> {
    let d = vm.mutator().get(hd);
    let n = Slots::len(vm.vmctx(), Dict::index(vm.vmctx(), d)) as usize;
    let mut slot = (h as u64 as usize) & (n - 1);
    loop {
        let d = vm.mutator().get(hd);
        let entry = Slots::slots(vm.vmctx(), Dict::index(vm.vmctx(), d), slot);
        if entry < 0 {
            return Ok((slot, None));
        }
        let k = Array::items(vm.vmctx(), Dict::keys(vm.vmctx(), d), entry as usize);
        let key = vm.mutator().get(hk);
        if k != REMOVED && equal(vm, k, key)? {
            return Ok((slot, Some(entry as usize)));
        }
        slot = (slot + 1) & (n - 1);
    }
}

/// Runs `f` with `d` and `key` rooted (their handles), for lookups that may run Python code.
fn with_rooted<R>(
    vm: &mut HotPy,
    d: Value,
    key: Value,
    f: impl FnOnce(&mut HotPy, Handle, Handle) -> Result<R, Error>,
) -> Result<R, Error> {
    let mark = vm.mutator().handle_mark();
    let (hd, hk) = (vm.mutator().root(d), vm.mutator().root(key));
    let result = f(vm, hd, hk);
    vm.mutator().release_handles(mark);
    result
}

pub fn get(vm: &mut HotPy, d: Value, key: Value) -> Result<Option<Value>, Error> {
    with_rooted(vm, d, key, |vm, hd, hk| {
        let h = hash(vm, key)?;
        let (_, entry) = find(vm, hd, hk, h)?;
        let d = vm.mutator().get(hd);
        Ok(entry.map(|e| Array::items(vm.vmctx(), Dict::values(vm.vmctx(), d), e)))
    })
}

/// `d[key] = value`. May collect (to grow).
pub fn set(vm: &mut HotPy, d: Value, key: Value, value: Value) -> Result<(), Error> {
    let mark = vm.mutator().handle_mark();
    let hv = vm.mutator().root(value);
    let result = with_rooted(vm, d, key, |vm, hd, hk| {
        let h = hash(vm, key)?;
        let (slot, entry) = find(vm, hd, hk, h)?;
        let (d, key, value) = (
            vm.mutator().get(hd),
            vm.mutator().get(hk),
            vm.mutator().get(hv),
        );
        if let Some(e) = entry {
            Array::set_items(vm.vmctx(), Dict::values(vm.vmctx(), d), e, value);
            return Ok(());
        }
        let used = Dict::used(vm.vmctx(), d) as usize;
        let capacity = Array::len(vm.vmctx(), Dict::keys(vm.vmctx(), d)) as usize;
        if used == capacity {
            let (d, key, value) = grow(vm, d, key, value)?;
            return set(vm, d, key, value);
        }
        let ctx = vm.vmctx();
        Array::set_items(ctx, Dict::keys(ctx, d), used, key);
        Array::set_items(ctx, Dict::values(ctx, d), used, value);
        Slots::set_slots(ctx, Dict::index(ctx, d), slot, used as i64);
        Dict::set_used(ctx, d, used as i64 + 1);
        Dict::set_live(ctx, d, Dict::live(ctx, d) + 1);
        Ok(())
    });
    vm.mutator().release_handles(mark);
    result
}

/// Removes `key` from `d`; returns its value, or `None` if it was absent.
pub fn remove(vm: &mut HotPy, d: Value, key: Value) -> Result<Option<Value>, Error> {
    with_rooted(vm, d, key, |vm, hd, hk| {
        let h = hash(vm, key)?;
        let (_, entry) = find(vm, hd, hk, h)?;
        let Some(e) = entry else {
            return Ok(None);
        };
        let d = vm.mutator().get(hd);
        let ctx = vm.vmctx();
        let old = Array::items(ctx, Dict::values(ctx, d), e);
        // The index slot keeps the entry number: lookups probe past removed entries.
        Array::set_items(ctx, Dict::keys(ctx, d), e, REMOVED);
        Array::set_items(ctx, Dict::values(ctx, d), e, super::NONE);
        Dict::set_live(ctx, d, Dict::live(ctx, d) - 1);
        Ok(Some(old))
    })
}

/// Rebuilds `d` with twice the room (keeping insertion order, dropping removed entries).
fn grow(
    vm: &mut HotPy,
    d: Value,
    key: Value,
    value: Value,
) -> Result<(Value, Value, Value), Error> {
    let mark = vm.mutator().handle_mark();
    let (hd, hk, hv) = (
        vm.mutator().root(d),
        vm.mutator().root(key),
        vm.mutator().root(value),
    );
    let live = Dict::live(vm.vmctx(), d) as usize;
    let result = (|| {
        let fresh = new_dict(vm, (live + 1) * 2)?;
        let hf = vm.mutator().root(fresh);
        let d = vm.mutator().get(hd);
        for (k, v) in entries(vm, d) {
            let fresh = vm.mutator().get(hf);
            set(vm, fresh, k, v)?;
        }
        // Move the fresh storage into `d`, so references to `d` see the grown dict.
        let (d, fresh) = (vm.mutator().get(hd), vm.mutator().get(hf));
        let ctx = vm.vmctx();
        Dict::set_keys(ctx, d, Dict::keys(ctx, fresh));
        Dict::set_values(ctx, d, Dict::values(ctx, fresh));
        Dict::set_index(ctx, d, Dict::index(ctx, fresh));
        Dict::set_used(ctx, d, Dict::used(ctx, fresh));
        Dict::set_live(ctx, d, Dict::live(ctx, fresh));
        Ok((d, vm.mutator().get(hk), vm.mutator().get(hv)))
    })();
    vm.mutator().release_handles(mark);
    result
}

/// The live entries, in insertion order (a snapshot).
pub fn entries(vm: &HotPy, d: Value) -> Vec<(Value, Value)> {
    let ctx = vm.vmctx();
    let (keys, values) = (Dict::keys(ctx, d), Dict::values(ctx, d));
    (0..Dict::used(ctx, d) as usize)
        .map(|i| (Array::items(ctx, keys, i), Array::items(ctx, values, i)))
        .filter(|(k, _)| *k != REMOVED)
        .collect()
}

pub fn len(vm: &HotPy, d: Value) -> usize {
    Dict::live(vm.vmctx(), d) as usize
}

pub fn build_map(vm: &mut HotPy, items: Values) -> Result<Value, Error> {
    let d = new_dict(vm, items.len() / 2)?;
    let mark = vm.mutator().handle_mark();
    let hd = vm.mutator().root(d);
    let mut result = Ok(());
    for i in (0..items.len()).step_by(2) {
        // `items` reads the frame's stack each time, so it sees the collector's updates.
        if items.get(vm.vmctx(), i + 1) == super::UNBOUND {
            // A class body's local that was never assigned: not in the namespace.
            continue;
        }
        let d = vm.mutator().get(hd);
        let (k, v) = (items.get(vm.vmctx(), i), items.get(vm.vmctx(), i + 1));
        result = set(vm, d, k, v);
        if result.is_err() {
            break;
        }
    }
    let d = vm.mutator().get(hd);
    vm.mutator().release_handles(mark);
    result.map(|()| d)
}

/// A new dict of `flat` (key, value, key, value...).
pub fn new_dict_of(vm: &mut HotPy, flat: &[Value]) -> Result<Value, Error> {
    let mark = vm.mutator().handle_mark();
    let handles: Vec<Handle> = flat.iter().map(|&v| vm.mutator().root(v)).collect();
    let result = (|| {
        let d = new_dict(vm, flat.len() / 2)?;
        let hd = vm.mutator().root(d);
        for pair in handles.chunks(2) {
            let (d, k, v) = (
                vm.mutator().get(hd),
                vm.mutator().get(pair[0]),
                vm.mutator().get(pair[1]),
            );
            set(vm, d, k, v)?;
        }
        Ok(vm.mutator().get(hd))
    })();
    vm.mutator().release_handles(mark);
    result
}

/// `dict[key] = value` (displays and calls).
pub fn dict_set(vm: &mut HotPy, d: Value, key: Value, value: Value) -> Result<(), Error> {
    set(vm, d, key, value)
}

/// Merges `mapping` (a dict) into `d`.
/// `v` itself, or the dict an instance of a dict subclass carries.
pub fn as_dict(vm: &HotPy, v: Value) -> Value {
    match super::builtin_subclasses::value_of(vm, v) {
        Some(d) if is_dict(vm, d) => d,
        _ => v,
    }
}

pub fn dict_merge(vm: &mut HotPy, d: Value, mapping: Value) -> Result<(), Error> {
    let mapping = as_dict(vm, mapping);
    if !is_dict(vm, mapping) {
        return Err(Error::new(
            "TypeError",
            format!("'{}' object is not a mapping", type_name(vm, mapping)),
        ));
    }
    let entries = entries(vm, mapping);
    let mark = vm.mutator().handle_mark();
    let hd = vm.mutator().root(d);
    let handles: Vec<_> = entries
        .iter()
        .map(|&(k, v)| (vm.mutator().root(k), vm.mutator().root(v)))
        .collect();
    let mut result = Ok(());
    for (hk, hv) in handles {
        let (d, k, v) = (
            vm.mutator().get(hd),
            vm.mutator().get(hk),
            vm.mutator().get(hv),
        );
        result = set(vm, d, k, v);
        if result.is_err() {
            break;
        }
    }
    vm.mutator().release_handles(mark);
    result
}

/// `KeyError` with the key's repr, as CPython reports it.
pub fn key_error(vm: &mut HotPy, key: Value) -> Error {
    super::exceptions::error_with_args(vm, "KeyError", &[key])
}

/// `a == b` for two dicts: the same keys, each with equal values (order does not matter).
pub fn equal_dicts(vm: &mut HotPy, a: Value, b: Value) -> Result<bool, Error> {
    if len(vm, a) != len(vm, b) {
        return Ok(false);
    }
    let mark = vm.mutator().handle_mark();
    let hb = vm.mutator().root(b);
    let pairs: Vec<_> = entries(vm, a)
        .into_iter()
        .map(|(k, v)| (vm.mutator().root(k), vm.mutator().root(v)))
        .collect();
    let result = (|| {
        for (hk, hv) in pairs {
            let (b, k) = (vm.mutator().get(hb), vm.mutator().get(hk));
            let Some(other) = get(vm, b, k)? else {
                return Ok(false);
            };
            let mine = vm.mutator().get(hv);
            if mine != other && super::compare(vm, 2, mine, other)? != super::TRUE {
                return Ok(false);
            }
        }
        Ok(true)
    })();
    vm.mutator().release_handles(mark);
    result
}
