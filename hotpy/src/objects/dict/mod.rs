//! Dicts: insertion-ordered entries (parallel key and value arrays) with an open-addressing
//! index of entry numbers, as CPython's compact dicts. Keys hash by value (ints and equal
//! floats alike, strs by content, tuples by items); other objects by identity.

pub mod methods;

use crate::generated::layouts::{Array, Dict, List, Slots, Tuple};
use crate::runtime::{TRUE, UNBOUND, as_int, float_value, layout_of, type_name};
use crate::vm::{Error, ThreadState};
use gvmt::gc::Handle;
use gvmt::rt::{Value, Values, Vm};

/// Marks a removed entry's key.
const REMOVED: Value = UNBOUND;

pub fn is_dict(vm: &ThreadState, v: Value) -> bool {
    layout_of(vm, v) == Some(Dict::ID)
}

/// `hash(v)` for dict keys: the same number `hash()` gives in Python (a hash too wide for
/// a small int is folded, as `hash_int` folds it), so a key whose `__hash__` returns
/// `super().__hash__()` of a str finds the equal str.
pub fn hash(vm: &mut ThreadState, v: Value) -> Result<i64, Error> {
    raw_hash(vm, v).map(fold_hash)
}

/// A hash as a small int can hold it (63 bits): wider ones lose their low bit.
pub fn fold_hash(h: i64) -> i64 {
    if (h.wrapping_shl(1) >> 1) == h {
        h
    } else {
        h >> 1
    }
}

fn raw_hash(vm: &mut ThreadState, v: Value) -> Result<i64, Error> {
    if let Some(h) = crate::protocols::dunder::hash(vm, v)? {
        return Ok(h);
    }
    if crate::objects::set::is_set(vm, v) {
        return crate::objects::set::hash(vm, v);
    }
    if let Some(h) = crate::objects::int::bigint::hash(vm, v) {
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
    if !crate::generated::layouts::is_ref(v.0) {
        // None, True, False, Ellipsis, NotImplemented: the word is the hash.
        return Ok(v.0 as i64);
    }
    if let Some(h) = crate::runtime::str_hash(vm, v) {
        return Ok(h);
    }
    if let Some(data) = crate::objects::bytes::value(vm, v) {
        let mut h: u64 = 0x84222325cbf29ce4;
        for b in data {
            h = (h ^ b as u64).wrapping_mul(0x100000001b3);
        }
        return Ok(h as i64);
    }
    match crate::runtime::layout_of(vm, v) {
        Some(Tuple::ID) => vm.handle_scope(|vm| {
            // An item's `__hash__` may collect: read each item from the rooted tuple.
            let ht = vm.mutator().root(v);
            let n = Tuple::len(vm.vmctx(), v) as usize;
            let mut h: i64 = 0x345678;
            for i in 0..n {
                let item = Tuple::items(vm.vmctx(), vm.mutator_ref().get(ht), i);
                h = h.wrapping_mul(1000003) ^ hash(vm, item)?;
            }
            Ok(h)
        }),
        Some(List::ID | Dict::ID) => Err(Error::new(
            "TypeError",
            format!("unhashable type: '{}'", type_name(vm, v)),
        )),
        _ => Ok(vm.mutator().identity(v) as i64),
    }
}

fn equal(vm: &mut ThreadState, a: Value, b: Value) -> Result<bool, Error> {
    if a == b {
        return Ok(true);
    }
    if let Some(eq) = crate::runtime::str_equal(vm, a, b) {
        return Ok(eq);
    }
    Ok(crate::runtime::compare(vm, 2, a, b)? == TRUE)
}

/// Allocates a dict with room for `capacity` entries.
pub fn new_dict(vm: &mut ThreadState, capacity: usize) -> Result<Value, Error> {
    vm.handle_scope(|vm| {
        let d = vm.alloc(Dict::ID, Dict::FIXED_SIZE)?;
        let hd = vm.mutator().root(d);
        let (keys, values, hashes, index) = tables(vm, capacity)?;
        let d = vm.mutator().get(hd);
        let ctx = vm.vmctx();
        Dict::set_keys(ctx, d, keys);
        Dict::set_values(ctx, d, values);
        Dict::set_hashes(ctx, d, hashes);
        Dict::set_index(ctx, d, index);
        Dict::set_used(ctx, d, 0);
        Dict::set_live(ctx, d, 0);
        Ok(d)
    })
}

/// New storage for `capacity` entries (rounded up to a power of two, at least 8): keys,
/// values, hashes and an empty index twice as large. Values held by the caller must be rooted.
fn tables(vm: &mut ThreadState, capacity: usize) -> Result<(Value, Value, Value, Value), Error> {
    let capacity = capacity.max(8).next_power_of_two();
    vm.handle_scope(|vm| {
        let keys = vm.alloc(Array::ID, Array::size_for(capacity))?;
        Array::set_len(vm.vmctx(), keys, capacity as i64);
        let hk = vm.mutator().root(keys);
        let values = vm.alloc(Array::ID, Array::size_for(capacity))?;
        Array::set_len(vm.vmctx(), values, capacity as i64);
        let hv = vm.mutator().root(values);
        let hashes = vm.alloc(Slots::ID, Slots::size_for(capacity))?;
        Slots::set_len(vm.vmctx(), hashes, capacity as i64);
        let hh = vm.mutator().root(hashes);
        let index = vm.alloc(Slots::ID, Slots::size_for(capacity * 2))?;
        Slots::set_len(vm.vmctx(), index, (capacity * 2) as i64);
        for i in 0..capacity * 2 {
            Slots::set_slots(vm.vmctx(), index, i, -1);
        }
        let m = vm.mutator_ref();
        Ok((m.get(hk), m.get(hv), m.get(hh), index))
    })
}

/// The index slot for `key` (its entry, or the empty slot where it would go). The dict and
/// key are read from handles: comparing keys may run `__eq__`, which may collect (or change
/// the dict: the table is read anew at each step). Entries whose stored hash differs are
/// never compared, as in CPython.
fn find(
    vm: &mut ThreadState,
    hd: Handle,
    hk: Handle,
    h: i64,
) -> Result<(usize, Option<usize>), Error> {
    let mut probe = h as u64 as usize;
    loop {
        let d = vm.mutator().get(hd);
        let ctx = vm.vmctx();
        let index = Dict::index(ctx, d);
        let n = Slots::len(ctx, index) as usize;
        let slot = probe & (n - 1);
        let entry = Slots::slots(ctx, index, slot);
        if entry < 0 {
            return Ok((slot, None));
        }
        let entry = entry as usize;
        let k = Array::items(ctx, Dict::keys(ctx, d), entry);
        if k != REMOVED && Slots::slots(ctx, Dict::hashes(ctx, d), entry) == h {
            let key = vm.mutator().get(hk);
            if equal(vm, k, key)? {
                return Ok((slot, Some(entry)));
            }
        }
        probe = slot + 1;
    }
}

/// The empty index slot where a key hashing to `h` goes (no key compares equal: it is new).
fn free_slot(vm: &ThreadState, d: Value, h: i64) -> usize {
    let ctx = vm.vmctx();
    let index = Dict::index(ctx, d);
    let n = Slots::len(ctx, index) as usize;
    let mut slot = (h as u64 as usize) & (n - 1);
    while Slots::slots(ctx, index, slot) >= 0 {
        slot = (slot + 1) & (n - 1);
    }
    slot
}

/// Runs `f` with `d` and `key` rooted (their handles), for lookups that may run Python code.
fn with_rooted<R>(
    vm: &mut ThreadState,
    d: Value,
    key: Value,
    f: impl FnOnce(&mut ThreadState, Handle, Handle) -> Result<R, Error>,
) -> Result<R, Error> {
    vm.handle_scope(|vm| {
        let (hd, hk) = (vm.mutator().root(d), vm.mutator().root(key));
        f(vm, hd, hk)
    })
}

pub fn get(vm: &mut ThreadState, d: Value, key: Value) -> Result<Option<Value>, Error> {
    with_rooted(vm, d, key, |vm, hd, hk| {
        let h = hash(vm, key)?;
        let (_, entry) = find(vm, hd, hk, h)?;
        let d = vm.mutator().get(hd);
        Ok(entry.map(|e| Array::items(vm.vmctx(), Dict::values(vm.vmctx(), d), e)))
    })
}

/// `d[key] = value`. May collect (to grow).
pub fn set(vm: &mut ThreadState, d: Value, key: Value, value: Value) -> Result<(), Error> {
    vm.handle_scope(|vm| {
        let hv = vm.mutator().root(value);
        with_rooted(vm, d, key, |vm, hd, hk| {
            let h = hash(vm, key)?;
            let (mut slot, entry) = find(vm, hd, hk, h)?;
            let d = vm.mutator().get(hd);
            if let Some(e) = entry {
                let value = vm.mutator().get(hv);
                Array::set_items(vm.vmctx(), Dict::values(vm.vmctx(), d), e, value);
                return Ok(());
            }
            let used = Dict::used(vm.vmctx(), d) as usize;
            let capacity = Array::len(vm.vmctx(), Dict::keys(vm.vmctx(), d)) as usize;
            let d = if used == capacity {
                let d = grow(vm, d)?;
                slot = free_slot(vm, d, h);
                d
            } else {
                d
            };
            let (key, value) = (vm.mutator().get(hk), vm.mutator().get(hv));
            let ctx = vm.vmctx();
            let used = Dict::used(ctx, d) as usize;
            Array::set_items(ctx, Dict::keys(ctx, d), used, key);
            Array::set_items(ctx, Dict::values(ctx, d), used, value);
            Slots::set_slots(ctx, Dict::hashes(ctx, d), used, h);
            Slots::set_slots(ctx, Dict::index(ctx, d), slot, used as i64);
            Dict::set_used(ctx, d, used as i64 + 1);
            Dict::set_live(ctx, d, Dict::live(ctx, d) + 1);
            Ok(())
        })
    })
}

/// Removes `key` from `d`; returns its value, or `None` if it was absent.
pub fn remove(vm: &mut ThreadState, d: Value, key: Value) -> Result<Option<Value>, Error> {
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
        Array::set_items(ctx, Dict::values(ctx, d), e, crate::runtime::NONE);
        Dict::set_live(ctx, d, Dict::live(ctx, d) - 1);
        Ok(Some(old))
    })
}

/// Rebuilds `d`'s storage with room for twice its live entries (keeping insertion order,
/// dropping removed entries); returns `d` (as the collector left it). The stored hashes
/// place the entries: no `__hash__` or `__eq__` runs.
fn grow(vm: &mut ThreadState, d: Value) -> Result<Value, Error> {
    vm.handle_scope(|vm| {
        let hd = vm.mutator().root(d);
        let live = Dict::live(vm.vmctx(), d) as usize;
        let (keys, values, hashes, index) = tables(vm, (live + 1) * 2)?;
        // No allocation from here on.
        let d = vm.mutator().get(hd);
        let ctx = vm.vmctx();
        let (old_keys, old_values, old_hashes) = (
            Dict::keys(ctx, d),
            Dict::values(ctx, d),
            Dict::hashes(ctx, d),
        );
        let n = Slots::len(ctx, index) as usize;
        let mut j = 0;
        for i in 0..Dict::used(ctx, d) as usize {
            let k = Array::items(ctx, old_keys, i);
            if k == REMOVED {
                continue;
            }
            let h = Slots::slots(ctx, old_hashes, i);
            Array::set_items(ctx, keys, j, k);
            Array::set_items(ctx, values, j, Array::items(ctx, old_values, i));
            Slots::set_slots(ctx, hashes, j, h);
            let mut slot = (h as u64 as usize) & (n - 1);
            while Slots::slots(ctx, index, slot) >= 0 {
                slot = (slot + 1) & (n - 1);
            }
            Slots::set_slots(ctx, index, slot, j as i64);
            j += 1;
        }
        Dict::set_keys(ctx, d, keys);
        Dict::set_values(ctx, d, values);
        Dict::set_hashes(ctx, d, hashes);
        Dict::set_index(ctx, d, index);
        Dict::set_used(ctx, d, j as i64);
        Dict::set_live(ctx, d, j as i64);
        Ok(d)
    })
}

/// The live entries, in insertion order (a snapshot).
pub fn entries(vm: &ThreadState, d: Value) -> Vec<(Value, Value)> {
    let ctx = vm.vmctx();
    let (keys, values) = (Dict::keys(ctx, d), Dict::values(ctx, d));
    (0..Dict::used(ctx, d) as usize)
        .map(|i| (Array::items(ctx, keys, i), Array::items(ctx, values, i)))
        .filter(|(k, _)| *k != REMOVED)
        .collect()
}

pub fn len(vm: &ThreadState, d: Value) -> usize {
    Dict::live(vm.vmctx(), d) as usize
}

pub fn build_map(vm: &mut ThreadState, items: Values) -> Result<Value, Error> {
    let d = new_dict(vm, items.len() / 2)?;
    vm.handle_scope(|vm| {
        let hd = vm.mutator().root(d);
        let mut result = Ok(());
        for i in (0..items.len()).step_by(2) {
            // `items` reads the frame's stack each time, so it sees the collector's updates.
            if items.get(vm.vmctx(), i + 1) == crate::runtime::UNBOUND {
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
        result.map(|()| d)
    })
}

/// A new dict of `flat` (key, value, key, value...).
pub fn new_dict_of(vm: &mut ThreadState, flat: &[Value]) -> Result<Value, Error> {
    vm.handle_scope(|vm| {
        let handles: Vec<Handle> = flat.iter().map(|&v| vm.mutator().root(v)).collect();
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
    })
}

/// `dict[key] = value` (displays and calls).
pub fn dict_set(vm: &mut ThreadState, d: Value, key: Value, value: Value) -> Result<(), Error> {
    set(vm, d, key, value)
}

/// Merges `mapping` (a dict) into `d`.
/// `v` itself, or the dict an instance of a dict subclass carries.
pub fn as_dict(vm: &ThreadState, v: Value) -> Value {
    match crate::runtime::builtin_subclasses::value_of(vm, v) {
        Some(d) if is_dict(vm, d) => d,
        _ => v,
    }
}

pub fn dict_merge(vm: &mut ThreadState, d: Value, mapping: Value) -> Result<(), Error> {
    let mapping = as_dict(vm, mapping);
    if !is_dict(vm, mapping) {
        return Err(Error::new(
            "TypeError",
            format!("'{}' object is not a mapping", type_name(vm, mapping)),
        ));
    }
    let entries = entries(vm, mapping);
    vm.handle_scope(|vm| {
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
        result
    })
}

/// `KeyError` with the key's repr, as CPython reports it.
pub fn key_error(vm: &mut ThreadState, key: Value) -> Error {
    crate::objects::exception::error_with_args(vm, "KeyError", &[key])
}

/// `a == b` for two dicts: the same keys, each with equal values (order does not matter).
pub fn equal_dicts(vm: &mut ThreadState, a: Value, b: Value) -> Result<bool, Error> {
    if len(vm, a) != len(vm, b) {
        return Ok(false);
    }
    vm.handle_scope(|vm| {
        let hb = vm.mutator().root(b);
        let pairs: Vec<_> = entries(vm, a)
            .into_iter()
            .map(|(k, v)| (vm.mutator().root(k), vm.mutator().root(v)))
            .collect();
        for (hk, hv) in pairs {
            let (b, k) = (vm.mutator().get(hb), vm.mutator().get(hk));
            let Some(other) = get(vm, b, k)? else {
                return Ok(false);
            };
            let mine = vm.mutator().get(hv);
            if mine != other && crate::runtime::compare(vm, 2, mine, other)? != crate::runtime::TRUE
            {
                return Ok(false);
            }
        }
        Ok(true)
    })
}
