//! Dicts: insertion-ordered entries (parallel key and value arrays) with an open-addressing
//! index of entry numbers, as CPython's compact dicts, in one table object per dict.
//!
//! Threads (`--sync=locks`): writers hold the dict's write lock; readers take none. A reader
//! reads the table once per lookup step and takes the value from the table it searched;
//! a writer fills a new table before it publishes it (grow, clear) and writes an entry before
//! the index points at it; a removal leaves the value in place. So a reader sees a table a
//! writer made whole, and answers as the dict was at some moment of its lookup. Keys hash by value (ints and equal
//! floats alike, strs by content, tuples by items); other objects by identity.

pub mod methods;

use crate::generated::layouts::{Array, Dict, DictTable, List, Slots, Tuple};
use crate::values::{UNBOUND, as_int, float_value, layout_of, type_name};
use crate::vm::{Error, ThreadState};
use gvmt::gc::Handle;
use gvmt::rt::{Value, Values, Vm, VmCtx};
use std::sync::atomic::{Ordering, fence};

/// Marks a removed entry's key and value.
const REMOVED: Value = UNBOUND;

pub fn is_dict(vm: &ThreadState, v: Value) -> bool {
    layout_of(vm, v) == Some(Dict::ID)
}

/// `hash(v)` for dict keys: the same number `hash()` gives in Python (a hash too wide for
/// a small int is folded, as `hash_int` folds it), so a key whose `__hash__` returns
/// `super().__hash__()` of a str finds the equal str.
/// `hash(v)`: CPython's 64-bit hash value (tables use it as CPython's do, so a set of ints
/// or tuples iterates in CPython's order).
pub fn hash(vm: &mut ThreadState, v: Value) -> Result<i64, Error> {
    raw_hash(vm, v)
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
        return Ok(crate::objects::float::hash(f));
    }
    if !crate::generated::layouts::is_ref(v.0) {
        // None, True, False, Ellipsis, NotImplemented: the word is the hash.
        return Ok(v.0 as i64);
    }
    if let Some(h) = crate::values::str_hash(vm, v) {
        return Ok(h);
    }
    if let Some(data) =
        crate::objects::bytes::value(vm, v).filter(|_| crate::objects::bytes::is_bytes(vm, v))
    {
        if data.is_empty() {
            // CPython's hash of b''.
            return Ok(0);
        }
        let mut h: u64 = 0x84222325cbf29ce4;
        for b in data {
            h = (h ^ b as u64).wrapping_mul(0x100000001b3);
        }
        return Ok(h as i64);
    }
    match crate::values::layout_of(vm, v) {
        Some(Tuple::ID) => vm.handle_scope(|vm| {
            // An item's `__hash__` may collect: read each item from the rooted tuple.
            // CPython's tuple hash (xxHash's mixing of the items' hashes).
            const PRIME_1: u64 = 11400714785074694791;
            const PRIME_2: u64 = 14029467366897019727;
            const PRIME_5: u64 = 2870177450012600261;
            let ht = vm.mutator().root(v);
            let n = Tuple::len(vm.vmctx(), v) as usize;
            let mut acc: u64 = PRIME_5;
            for i in 0..n {
                let item = Tuple::items(vm.vmctx(), vm.mutator_ref().get(ht), i);
                let lane = hash(vm, item)? as u64;
                acc = acc.wrapping_add(lane.wrapping_mul(PRIME_2));
                acc = acc.rotate_left(31);
                acc = acc.wrapping_mul(PRIME_1);
            }
            acc = acc.wrapping_add((n as u64) ^ (PRIME_5 ^ 3527539));
            Ok(if acc == u64::MAX {
                1546275796
            } else {
                acc as i64
            })
        }),
        Some(crate::generated::layouts::MemoryView::ID) => crate::objects::memoryview::hash(vm, v),
        Some(
            List::ID
            | Dict::ID
            | crate::generated::layouts::ByteArray::ID
            | crate::generated::layouts::Slice::ID,
        ) => Err(Error::new(
            "TypeError",
            format!("unhashable type: '{}'", type_name(vm, v)),
        )),
        _ => match crate::objects::method::hash(vm, v)? {
            Some(h) => Ok(h),
            None => Ok(vm.mutator().identity(v) as i64),
        },
    }
}

fn equal(vm: &mut ThreadState, a: Value, b: Value) -> Result<bool, Error> {
    if a == b {
        return Ok(true);
    }
    if let Some(eq) = crate::values::str_equal(vm, a, b) {
        return Ok(eq);
    }
    crate::protocols::comparison::compare_bool(vm, 2, a, b)
}

/// Allocates a dict with room for `capacity` entries.
pub fn new_dict(vm: &mut ThreadState, capacity: usize) -> Result<Value, Error> {
    let table = new_table(vm, capacity)?;
    let (d, [table]) = vm.alloc_with(Dict::ID, Dict::FIXED_SIZE, [table])?;
    Dict::set_table(vm.vmctx(), d, table);
    Ok(d)
}

/// A dict's table, as published: a reader on another thread sees it filled.
#[inline]
fn table(ctx: &VmCtx, d: Value) -> Value {
    let t = Dict::table(ctx, d);
    fence(Ordering::Acquire);
    t
}

/// Makes `table` (filled) `d`'s storage. The writer holds `d`'s lock.
fn publish(ctx: &VmCtx, d: Value, table: Value) {
    fence(Ordering::Release);
    Dict::set_table(ctx, d, table);
}

/// An empty table for `capacity` entries (rounded up to a power of two, at least 8): keys,
/// values, hashes and an index twice as large. Values held by the caller must be rooted.
fn new_table(vm: &mut ThreadState, capacity: usize) -> Result<Value, Error> {
    let capacity = capacity.max(8).next_power_of_two();
    let keys = vm.alloc(Array::ID, Array::size_for(capacity))?;
    Array::set_len(vm.vmctx(), keys, capacity as i64);
    let (values, [keys]) = vm.alloc_with(Array::ID, Array::size_for(capacity), [keys])?;
    Array::set_len(vm.vmctx(), values, capacity as i64);
    let (hashes, [keys, values]) =
        vm.alloc_with(Slots::ID, Slots::size_for(capacity), [keys, values])?;
    Slots::set_len(vm.vmctx(), hashes, capacity as i64);
    let slots = capacity * 2;
    let (t, [keys, values, hashes]) = vm.alloc_with(
        DictTable::ID,
        DictTable::size_for(slots),
        [keys, values, hashes],
    )?;
    let ctx = vm.vmctx();
    DictTable::set_slots(ctx, t, slots as i64);
    for i in 0..slots {
        DictTable::set_index(ctx, t, i, -1);
    }
    DictTable::set_keys(ctx, t, keys);
    DictTable::set_values(ctx, t, values);
    DictTable::set_hashes(ctx, t, hashes);
    DictTable::set_used(ctx, t, 0);
    DictTable::set_live(ctx, t, 0);
    Ok(t)
}

/// Where a lookup ended: the table it searched (the dict's at the time), the index slot,
/// and the entry of the key if it is there.
struct Found {
    table: Value,
    slot: usize,
    entry: Option<usize>,
}

/// The index slot for `key` (its entry, or the empty slot where it would go). The dict and
/// key are read from handles: comparing keys may run `__eq__`, which may collect (or change
/// the dict: the table is read anew at each step). Entries whose stored hash differs are
/// never compared, as in CPython.
fn find(vm: &mut ThreadState, hd: Handle, hk: Handle, h: i64) -> Result<Found, Error> {
    let mut probe = Probe::new(h);
    loop {
        let d = vm.mutator().get(hd);
        let ctx = vm.vmctx();
        let t = table(ctx, d);
        let n = DictTable::slots(ctx, t) as usize;
        let slot = probe.slot & (n - 1);
        let entry = DictTable::index(ctx, t, slot);
        if entry < 0 {
            return Ok(Found {
                table: t,
                slot,
                entry: None,
            });
        }
        let entry = entry as usize;
        let k = Array::items(ctx, DictTable::keys(ctx, t), entry);
        if k != REMOVED && Slots::slots(ctx, DictTable::hashes(ctx, t), entry) == h {
            let key = vm.mutator().get(hk);
            // `__eq__` may collect (the table moves) or replace the dict's table: the answer
            // is about the table the key was found in.
            let (equal, t) = vm.handle_scope(|vm| {
                let ht = vm.mutator().root(t);
                let equal = equal(vm, k, key);
                (equal, vm.mutator().get(ht))
            });
            if equal? {
                return Ok(Found {
                    table: t,
                    slot,
                    entry: Some(entry),
                });
            }
        }
        probe.next(slot);
    }
}

/// The index slots a key hashing to `h` probes, in order: CPython's sequence (`i = 5i + 1 +
/// perturb`, the hash's higher bits shifted in), which spreads runs of consecutive hashes
/// (ints) that linear probing makes into one long cluster (a removed key left its slot
/// taken, so re-adding key k after removing it probed to the end of the run: O(len)).
struct Probe {
    slot: usize,
    perturb: u64,
}

impl Probe {
    fn new(h: i64) -> Probe {
        Probe {
            slot: h as u64 as usize,
            perturb: h as u64,
        }
    }

    /// After `slot` (the last one probed, within the table).
    fn next(&mut self, slot: usize) {
        self.perturb >>= 5;
        self.slot = slot
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(self.perturb as usize);
    }
}

/// The empty index slot of table `t` where a key hashing to `h` goes (no key compares
/// equal: it is new).
fn free_slot(ctx: &VmCtx, t: Value, h: i64) -> usize {
    let n = DictTable::slots(ctx, t) as usize;
    let mut probe = Probe::new(h);
    loop {
        let slot = probe.slot & (n - 1);
        if DictTable::index(ctx, t, slot) < 0 {
            return slot;
        }
        probe.next(slot);
    }
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

/// `d[key]`, or None. Takes no lock: the entry's value is read from the table the lookup
/// searched.
pub fn get(vm: &mut ThreadState, d: Value, key: Value) -> Result<Option<Value>, Error> {
    with_rooted(vm, d, key, |vm, hd, hk| {
        let h = hash(vm, key)?;
        let found = find(vm, hd, hk, h)?;
        let ctx = vm.vmctx();
        Ok(found
            .entry
            .map(|e| Array::items(ctx, DictTable::values(ctx, found.table), e))
            .filter(|&v| v != REMOVED))
    })
}

/// `d[key] = value`: atomic (the key's hash is taken first; the lookup and the store hold
/// the dict's lock). May collect (to grow).
pub fn set(vm: &mut ThreadState, d: Value, key: Value, value: Value) -> Result<(), Error> {
    let (h, [d, key, value]) = hash_keeping(vm, key, [d, key, value])?;
    vm.with_write_lock(d, [key, value], |vm, d, [key, value]| {
        set_hashed(vm, d, key, value, h)
    })
}

/// `hash(key)`, with `keep` as the collector left them (the hash may run `__hash__`).
fn hash_keeping<const N: usize>(
    vm: &mut ThreadState,
    key: Value,
    keep: [Value; N],
) -> Result<(i64, [Value; N]), Error> {
    vm.handle_scope(|vm| {
        let handles = keep.map(|v| vm.mutator().root(v));
        let h = hash(vm, key)?;
        Ok((h, handles.map(|x| vm.mutator().get(x))))
    })
}

fn set_hashed(
    vm: &mut ThreadState,
    d: Value,
    key: Value,
    value: Value,
    h: i64,
) -> Result<(), Error> {
    vm.handle_scope(|vm| {
        let hv = vm.mutator().root(value);
        with_rooted(vm, d, key, |vm, hd, hk| {
            let found = find(vm, hd, hk, h)?;
            let ctx = vm.vmctx();
            let mut t = table(ctx, vm.mutator_ref().get(hd));
            if let Some(e) = found.entry.filter(|_| found.table == t) {
                let value = vm.mutator().get(hv);
                Array::set_items(vm.vmctx(), DictTable::values(vm.vmctx(), t), e, value);
                return Ok(());
            }
            let mut slot = found.slot;
            if found.table != t {
                // `__eq__` changed the dict: look again.
                let (key, value) = (vm.mutator().get(hk), vm.mutator().get(hv));
                let d = vm.mutator().get(hd);
                return set_hashed(vm, d, key, value, h);
            }
            let used = DictTable::used(ctx, t) as usize;
            if used == Array::len(ctx, DictTable::keys(ctx, t)) as usize {
                let d = vm.mutator().get(hd);
                t = grow(vm, d)?;
                slot = free_slot(vm.vmctx(), t, h);
            }
            let (key, value) = (vm.mutator().get(hk), vm.mutator().get(hv));
            let ctx = vm.vmctx();
            let used = DictTable::used(ctx, t) as usize;
            Array::set_items(ctx, DictTable::keys(ctx, t), used, key);
            Array::set_items(ctx, DictTable::values(ctx, t), used, value);
            Slots::set_slots(ctx, DictTable::hashes(ctx, t), used, h);
            // The entry is whole before the index points at it.
            fence(Ordering::Release);
            DictTable::set_index(ctx, t, slot, used as i64);
            DictTable::set_used(ctx, t, used as i64 + 1);
            DictTable::set_live(ctx, t, DictTable::live(ctx, t) + 1);
            Ok(())
        })
    })
}

/// Removes `key` from `d`; returns its value, or `None` if it was absent. Atomic. The
/// entry's key and value become [`REMOVED`] (the value must not stay alive: weak references
/// to it are cleared at the next collection); a reader that found the key just before and
/// then reads `REMOVED` as its value answers as if the removal came first.
pub fn remove(vm: &mut ThreadState, d: Value, key: Value) -> Result<Option<Value>, Error> {
    let (h, [d, key]) = hash_keeping(vm, key, [d, key])?;
    vm.with_write_lock(d, [key], |vm, d, [key]| {
        with_rooted(vm, d, key, |vm, hd, hk| {
            let found = find(vm, hd, hk, h)?;
            let Some(e) = found.entry else {
                return Ok(None);
            };
            let ctx = vm.vmctx();
            let t = found.table;
            let old = Array::items(ctx, DictTable::values(ctx, t), e);
            // The index slot keeps the entry number: lookups probe past removed entries.
            Array::set_items(ctx, DictTable::keys(ctx, t), e, REMOVED);
            Array::set_items(ctx, DictTable::values(ctx, t), e, REMOVED);
            DictTable::set_live(ctx, t, DictTable::live(ctx, t) - 1);
            vm.note_dropped(old);
            Ok(Some(old))
        })
    })
}

/// Removes every entry of `d` (a new empty table). Atomic.
pub fn clear(vm: &mut ThreadState, d: Value) -> Result<(), Error> {
    vm.with_write_lock(d, [], |vm, d, []| {
        let (empty, [d]) = {
            let h = vm.mutator().root(d);
            let empty = new_table(vm, 8);
            (empty, [vm.mutator().get(h)])
        };
        let empty = empty?;
        // The values go (their `__del__` or weak references may be due).
        for (_, v) in entries(vm, d) {
            vm.note_dropped(v);
        }
        publish(vm.vmctx(), d, empty);
        Ok(())
    })
}

/// Rebuilds `d`'s storage with room for twice its live entries (keeping insertion order,
/// dropping removed entries) and publishes it; returns the new table. The stored hashes
/// place the entries: no `__hash__` or `__eq__` runs. The caller holds `d`'s lock.
fn grow(vm: &mut ThreadState, d: Value) -> Result<Value, Error> {
    vm.handle_scope(|vm| {
        let hd = vm.mutator().root(d);
        let live = DictTable::live(vm.vmctx(), table(vm.vmctx(), d)) as usize;
        let fresh = new_table(vm, (live + 1) * 2)?;
        // No allocation from here on.
        let d = vm.mutator().get(hd);
        let ctx = vm.vmctx();
        let old = table(ctx, d);
        let (old_keys, old_values, old_hashes) = (
            DictTable::keys(ctx, old),
            DictTable::values(ctx, old),
            DictTable::hashes(ctx, old),
        );
        let (keys, values, hashes) = (
            DictTable::keys(ctx, fresh),
            DictTable::values(ctx, fresh),
            DictTable::hashes(ctx, fresh),
        );
        let mut j = 0;
        for i in 0..DictTable::used(ctx, old) as usize {
            let k = Array::items(ctx, old_keys, i);
            if k == REMOVED {
                continue;
            }
            let h = Slots::slots(ctx, old_hashes, i);
            Array::set_items(ctx, keys, j, k);
            Array::set_items(ctx, values, j, Array::items(ctx, old_values, i));
            Slots::set_slots(ctx, hashes, j, h);
            let slot = free_slot(ctx, fresh, h);
            DictTable::set_index(ctx, fresh, slot, j as i64);
            j += 1;
        }
        DictTable::set_used(ctx, fresh, j as i64);
        DictTable::set_live(ctx, fresh, j as i64);
        publish(ctx, d, fresh);
        Ok(fresh)
    })
}

/// The live entries, in insertion order (a snapshot of one table).
pub fn entries(vm: &ThreadState, d: Value) -> Vec<(Value, Value)> {
    let ctx = vm.vmctx();
    let t = table(ctx, d);
    let (keys, values) = (DictTable::keys(ctx, t), DictTable::values(ctx, t));
    let used = (DictTable::used(ctx, t).max(0) as usize).min(Array::len(ctx, keys) as usize);
    (0..used)
        .map(|i| (Array::items(ctx, keys, i), Array::items(ctx, values, i)))
        .filter(|&(k, v)| k != REMOVED && v != REMOVED)
        .collect()
}

/// The first entry of dict `d` at position `from` or after that is not removed: its position,
/// key and value (what a dict iterator steps through).
pub fn entry_from(vm: &ThreadState, d: Value, from: usize) -> Option<(usize, Value, Value)> {
    let ctx = vm.vmctx();
    let t = table(ctx, d);
    let (keys, values) = (DictTable::keys(ctx, t), DictTable::values(ctx, t));
    let used = (DictTable::used(ctx, t).max(0) as usize).min(Array::len(ctx, keys) as usize);
    (from..used)
        .map(|i| (i, Array::items(ctx, keys, i), Array::items(ctx, values, i)))
        .find(|&(_, k, v)| k != REMOVED && v != REMOVED)
}

pub fn len(vm: &ThreadState, d: Value) -> usize {
    DictTable::live(vm.vmctx(), table(vm.vmctx(), d)).max(0) as usize
}

pub fn build_map(vm: &mut ThreadState, items: Values) -> Result<Value, Error> {
    let d = new_dict(vm, items.len() / 2)?;
    vm.handle_scope(|vm| {
        let hd = vm.mutator().root(d);
        let mut result = Ok(());
        for i in (0..items.len()).step_by(2) {
            // `items` reads the frame's stack each time, so it sees the collector's updates.
            if items.get(vm.vmctx(), i + 1) == crate::values::UNBOUND {
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
    match crate::objects::class::builtin_subclasses::value_of(vm, v) {
        Some(d) if is_dict(vm, d) => d,
        _ => v,
    }
}

/// The `(key, value)` pairs of `source` read as CPython's `PyDict_Merge` reads a mapping:
/// a dict, or a dict subclass that keeps dict's `__iter__`, directly; anything else with a
/// `keys` attribute through `keys()` and `source[key]` (user mappings, a dict subclass that
/// iterates otherwise, such as `globals()`'s namespace). `None` when `source` has no `keys`
/// (not a mapping). The pairs are not rooted: the caller roots them before it allocates.
pub fn mapping_items(
    vm: &mut ThreadState,
    source: Value,
) -> Result<Option<Vec<(Value, Value)>>, Error> {
    let storage = as_dict(vm, source);
    if is_dict(vm, storage)
        && (storage == source
            || crate::protocols::dunder::method(vm, source, "__iter__")?.is_none())
    {
        let storage = as_dict(vm, source);
        return Ok(Some(entries(vm, storage)));
    }
    vm.handle_scope(|vm| {
        let hs = vm.mutator().root(source);
        let name = vm.name_str("keys")?;
        let source = vm.mutator().get(hs);
        let keys = match crate::protocols::attributes::get_attr(vm, source, name) {
            Ok(keys) => keys,
            Err(e) if e.is("AttributeError") => return Ok(None),
            Err(e) => return Err(e),
        };
        let keys = vm.call(keys, &[], &[])?;
        let keys = crate::modules::builtins::collect(vm, keys)?;
        let hkeys: Vec<Handle> = keys.iter().map(|&k| vm.mutator().root(k)).collect();
        let mut hvalues = Vec::with_capacity(hkeys.len());
        for &hk in &hkeys {
            let (source, key) = (vm.mutator().get(hs), vm.mutator().get(hk));
            let value = crate::objects::sequence::subscript(vm, source, key)?;
            hvalues.push(vm.mutator().root(value));
        }
        Ok(Some(
            hkeys
                .iter()
                .zip(&hvalues)
                .map(|(&k, &v)| (vm.mutator().get(k), vm.mutator().get(v)))
                .collect(),
        ))
    })
}

pub fn dict_merge(vm: &mut ThreadState, d: Value, mapping: Value) -> Result<(), Error> {
    let (d, entries) = vm.handle_scope(|vm| {
        let (hd, hm) = (vm.mutator().root(d), vm.mutator().root(mapping));
        let found = mapping_items(vm, mapping)?;
        let (d, mapping) = (vm.mutator().get(hd), vm.mutator().get(hm));
        match found {
            Some(entries) => Ok((d, entries)),
            None => Err(Error::new(
                "TypeError",
                format!("'{}' object is not a mapping", type_name(vm, mapping)),
            )),
        }
    })?;
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
    vm.nested(" in comparison", |vm| equal_entries(vm, a, b))
}

/// [`equal_dicts`] one level down, for dicts of one length.
fn equal_entries(vm: &mut ThreadState, a: Value, b: Value) -> Result<bool, Error> {
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
            if !crate::protocols::comparison::compare_bool(vm, 2, mine, other)? {
                return Ok(false);
            }
        }
        Ok(true)
    })
}
