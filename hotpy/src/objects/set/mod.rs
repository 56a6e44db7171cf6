//! `set` and `frozenset`: the hash table (CPython's: open addressing with its probe
//! sequence, dummies, resize rule and constants, so a set iterates in CPython's order),
//! construction, membership, comparison, hashing and repr. The set algebra is in
//! [`algebra`], the methods in [`methods`].

mod algebra;
mod methods;

pub use algebra::{binary, from_iterable, make_set, set_update};
pub use methods::*;

use crate::generated::layouts::{Array, Set, Slots};
use crate::values::{UNBOUND, layout_of, py_bool};
use crate::vm::{Error, ThreadState};
use gvmt::gc::Handle;
use gvmt::rt::{Value, Vm};
use std::sync::atomic::{Ordering, fence};

/// A removed entry's key (never a Python value).
const DUMMY: Value = crate::values::SET_DUMMY;
/// An empty entry's key.
const EMPTY: Value = UNBOUND;
/// CPython's constants: initial table size, linear probes before perturbing, perturb shift.
const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

pub fn is_set(vm: &ThreadState, v: Value) -> bool {
    layout_of(vm, v) == Some(Set::ID)
}

pub fn is_frozen(vm: &ThreadState, v: Value) -> bool {
    Set::frozen(vm.vmctx(), v) != 0
}

/// A set's table as a reader takes it: its keys and their hashes, of one length (the
/// table's size; the mask is one less). A writer publishes the hashes of a new table
/// before its keys (`publish`), so a reader that reads the keys first finds hashes at least
/// as new; a pair of different sizes (a rebuild half seen) is read again. Readers take no
/// lock (`--sync=locks`): a lookup racing a rebuild may miss an element, never reads
/// outside the arrays it holds.
#[inline]
fn view(ctx: &gvmt::rt::VmCtx, s: Value) -> (Value, Value, usize) {
    loop {
        let keys = Set::keys(ctx, s);
        fence(Ordering::Acquire);
        let hashes = Set::hashes(ctx, s);
        let size = Array::len(ctx, keys) as usize;
        if Slots::len(ctx, hashes) as usize == size {
            return (keys, hashes, size);
        }
        std::hint::spin_loop();
    }
}

/// Makes `keys` and `hashes` (a filled table of the same size) set `s`'s table. The
/// writer holds `s`'s lock.
fn publish(ctx: &gvmt::rt::VmCtx, s: Value, keys: Value, hashes: Value) {
    fence(Ordering::Release);
    Set::set_hashes(ctx, s, hashes);
    fence(Ordering::Release);
    Set::set_keys(ctx, s, keys);
    Set::set_mask(ctx, s, Array::len(ctx, keys) - 1);
}

/// The elements in table order (CPython's iteration order), a snapshot.
pub fn elements(vm: &ThreadState, s: Value) -> Vec<Value> {
    let ctx = vm.vmctx();
    let (keys, _, size) = view(ctx, s);
    (0..size)
        .map(|i| Array::items(ctx, keys, i))
        .filter(|&k| k != EMPTY && k != DUMMY)
        .collect()
}

/// `(key, hash)` of the live entries in table order.
fn entries(vm: &ThreadState, s: Value) -> Vec<(Value, i64)> {
    let ctx = vm.vmctx();
    let (keys, hashes, size) = view(ctx, s);
    (0..size)
        .map(|i| (Array::items(ctx, keys, i), Slots::slots(ctx, hashes, i)))
        .filter(|&(k, _)| k != EMPTY && k != DUMMY)
        .collect()
}

pub fn len(vm: &ThreadState, s: Value) -> usize {
    Set::used(vm.vmctx(), s) as usize
}

/// Fresh empty tables of `size` entries for set `s` (rooted in `hs`).
fn new_table(vm: &mut ThreadState, hs: Handle, size: usize) -> Result<(), Error> {
    let (keys, hashes) = empty_arrays(vm, size)?;
    let s = vm.mutator().get(hs);
    let ctx = vm.vmctx();
    publish(ctx, s, keys, hashes);
    Set::set_used(ctx, s, 0);
    Set::set_fill(ctx, s, 0);
    Ok(())
}

/// Empty keys and hashes arrays of `size` entries (not yet any set's).
fn empty_arrays(vm: &mut ThreadState, size: usize) -> Result<(Value, Value), Error> {
    let keys = vm.alloc(Array::ID, Array::size_for(size))?;
    Array::set_len(vm.vmctx(), keys, size as i64);
    Array::fill_items(vm.vmctx(), keys, EMPTY);
    let (hashes, keys) = vm.handle_scope(|vm| {
        let hk = vm.mutator().root(keys);
        let hashes = vm.alloc(Slots::ID, Slots::size_for(size));
        (hashes, vm.mutator().get(hk))
    });
    let hashes = hashes?;
    Slots::set_len(vm.vmctx(), hashes, size as i64);
    Ok((keys, hashes))
}

/// An empty set or frozenset.
fn empty(vm: &mut ThreadState, frozen: bool) -> Result<Value, Error> {
    let s = vm.alloc(Set::ID, Set::FIXED_SIZE)?;
    Set::set_frozen(vm.vmctx(), s, frozen as i64);
    Set::set_finger(vm.vmctx(), s, 0);
    vm.handle_scope(|vm| {
        let hs = vm.mutator().root(s);
        new_table(vm, hs, MIN_SIZE).map(|()| vm.mutator().get(hs))
    })
}

/// Places `key` in the first empty slot of its probe sequence in the table `keys`/`hashes`
/// (no dummies, no equal key: a table being built).
fn insert_clean(vm: &ThreadState, (keys, hashes): (Value, Value), key: Value, hash: i64) {
    let ctx = vm.vmctx();
    let mask = Array::len(ctx, keys) as usize - 1;
    let mut perturb = hash as u64;
    let mut i = hash as u64 as usize & mask;
    loop {
        let probes = if i + LINEAR_PROBES <= mask {
            LINEAR_PROBES
        } else {
            0
        };
        for j in i..=i + probes {
            if Array::items(ctx, keys, j) == EMPTY {
                Slots::set_slots(ctx, hashes, j, hash);
                Array::set_items(ctx, keys, j, key);
                return;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb as usize) & mask;
    }
}

/// Rebuilds the table with room for `minused` entries (CPython's `set_table_resize`): the
/// new table is filled, then published. The caller holds the set's lock.
fn resize(vm: &mut ThreadState, hs: Handle, minused: usize) -> Result<(), Error> {
    let mut size = MIN_SIZE;
    while size <= minused {
        size <<= 1;
    }
    let s = vm.mutator().get(hs);
    let ctx = vm.vmctx();
    if size == MIN_SIZE
        && Array::len(ctx, Set::keys(ctx, s)) as usize == MIN_SIZE
        && Set::fill(ctx, s) == Set::used(ctx, s)
    {
        // CPython's small table, no dummies: nothing to do.
        return Ok(());
    }
    let old = entries(vm, s);
    vm.handle_scope(|vm| {
        let handles: Vec<(Handle, i64)> = old
            .iter()
            .map(|&(k, h)| (vm.mutator().root(k), h))
            .collect();
        let table = empty_arrays(vm, size)?;
        for (h, hash) in &handles {
            insert_clean(vm, table, vm.mutator_ref().get(*h), *hash);
        }
        let s = vm.mutator().get(hs);
        let ctx = vm.vmctx();
        publish(ctx, s, table.0, table.1);
        Set::set_used(ctx, s, handles.len() as i64);
        Set::set_fill(ctx, s, handles.len() as i64);
        Ok(())
    })
}

fn keys_equal(vm: &mut ThreadState, a: Value, b: Value) -> Result<bool, Error> {
    crate::protocols::comparison::compare_bool(vm, 2, a, b)
}

/// The slot holding an element equal to `key`, if any.
fn find(vm: &mut ThreadState, hs: Handle, hk: Handle, hash: i64) -> Result<Option<usize>, Error> {
    let mut perturb = hash as u64;
    let s = vm.mutator().get(hs);
    let (_, _, size) = view(vm.vmctx(), s);
    let mask = size - 1;
    let mut i = hash as u64 as usize & mask;
    loop {
        let probes = if i + LINEAR_PROBES <= mask {
            LINEAR_PROBES
        } else {
            0
        };
        for j in i..=i + probes {
            let s = vm.mutator().get(hs);
            let ctx = vm.vmctx();
            let (keys, hashes, now) = view(ctx, s);
            if now != size {
                // The table was rebuilt (by `__eq__`, or another thread): search it anew.
                return find(vm, hs, hk, hash);
            }
            let k = Array::items(ctx, keys, j);
            if k == EMPTY {
                return Ok(None);
            }
            if k != DUMMY && Slots::slots(ctx, hashes, j) == hash {
                let key = vm.mutator().get(hk);
                if keys_equal(vm, k, key)? {
                    return Ok(Some(j));
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb as usize) & mask;
    }
}

/// Adds `key` (CPython's `set_add_entry`: the first dummy on the probe path is reused).
/// The caller holds the set's lock.
fn add_entry(vm: &mut ThreadState, hs: Handle, hk: Handle, hash: i64) -> Result<(), Error> {
    let mut perturb = hash as u64;
    let s = vm.mutator().get(hs);
    let (_, _, size) = view(vm.vmctx(), s);
    let mask = size - 1;
    let mut i = hash as u64 as usize & mask;
    let mut freeslot = None;
    let slot = 'search: loop {
        let probes = if i + LINEAR_PROBES <= mask {
            LINEAR_PROBES
        } else {
            0
        };
        for j in i..=i + probes {
            let s = vm.mutator().get(hs);
            let ctx = vm.vmctx();
            let (keys, hashes, now) = view(ctx, s);
            if now != size {
                // `__eq__` rebuilt the table: add to the new one.
                return add_entry(vm, hs, hk, hash);
            }
            let k = Array::items(ctx, keys, j);
            if k == EMPTY {
                break 'search j;
            }
            if k == DUMMY {
                freeslot.get_or_insert(j);
            } else if Slots::slots(ctx, hashes, j) == hash {
                let key = vm.mutator().get(hk);
                if keys_equal(vm, k, key)? {
                    return Ok(());
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb as usize) & mask;
    };
    let (s, key) = (vm.mutator().get(hs), vm.mutator().get(hk));
    let ctx = vm.vmctx();
    let (keys, hashes) = (Set::keys(ctx, s), Set::hashes(ctx, s));
    let used = Set::used(ctx, s) + 1;
    Set::set_used(ctx, s, used);
    // The hash before the key: a reader that sees the key sees its hash.
    if let Some(free) = freeslot {
        Slots::set_slots(ctx, hashes, free, hash);
        fence(Ordering::Release);
        Array::set_items(ctx, keys, free, key);
        return Ok(());
    }
    Slots::set_slots(ctx, hashes, slot, hash);
    fence(Ordering::Release);
    Array::set_items(ctx, keys, slot, key);
    let fill = Set::fill(ctx, s) + 1;
    Set::set_fill(ctx, s, fill);
    if (fill as usize) * 5 < mask * 3 {
        return Ok(());
    }
    let used = used as usize;
    resize(vm, hs, if used > 50000 { used * 2 } else { used * 4 })
}

/// Adds `v` to set `s`: atomic (the hash is taken first; the search and the store hold
/// the set's lock).
fn add_value(vm: &mut ThreadState, s: Value, v: Value) -> Result<(), Error> {
    vm.handle_scope(|vm| {
        let (hs, hk) = (vm.mutator().root(s), vm.mutator().root(v));
        let h = crate::objects::dict::hash(vm, v)?;
        vm.write_locked(hs, |vm| add_entry(vm, hs, hk, h))
    })
}

/// Removes `v` from `s`; true if it was there.
fn discard_value(vm: &mut ThreadState, s: Value, v: Value) -> Result<bool, Error> {
    vm.handle_scope(|vm| {
        let (hs, hk) = (vm.mutator().root(s), vm.mutator().root(v));
        let h = lookup_hash(vm, v)?;
        vm.write_locked(hs, |vm| discard_entry(vm, hs, hk, h))
    })
}

/// Removes the element equal to the key in `hk` (whose hash is `hash`); true if there was
/// one (CPython's `set_discard_entry`). The caller holds the set's lock.
fn discard_entry(vm: &mut ThreadState, hs: Handle, hk: Handle, hash: i64) -> Result<bool, Error> {
    let Some(j) = find(vm, hs, hk, hash)? else {
        return Ok(false);
    };
    let s = vm.mutator().get(hs);
    let ctx = vm.vmctx();
    let (keys, hashes, _) = view(ctx, s);
    Array::set_items(ctx, keys, j, DUMMY);
    Slots::set_slots(ctx, hashes, j, -1);
    Set::set_used(ctx, s, Set::used(ctx, s) - 1);
    Ok(true)
}

/// A new set (or frozenset) of `items`, added in order.
pub fn new_set(vm: &mut ThreadState, items: &[Value], frozen: bool) -> Result<Value, Error> {
    vm.handle_scope(|vm| {
        let handles: Vec<Handle> = items.iter().map(|&v| vm.mutator().root(v)).collect();
        let s = empty(vm, frozen)?;
        let hs = vm.mutator().root(s);
        for h in &handles {
            let (s, v) = (vm.mutator().get(hs), vm.mutator().get(*h));
            add_value(vm, s, v)?;
        }
        Ok(vm.mutator().get(hs))
    })
}
pub fn contains(vm: &mut ThreadState, s: Value, v: Value) -> Result<bool, Error> {
    let result = vm.handle_scope(|vm| {
        let (hs, hk) = (vm.mutator().root(s), vm.mutator().root(v));
        lookup_hash(vm, v).and_then(|h| find(vm, hs, hk, h))
    });
    Ok(result?.is_some())
}

/// `{1, 2}`, `set()`, `frozenset({1})`.
pub fn repr(vm: &ThreadState, s: Value, item_repr: &mut dyn FnMut(Value) -> String) -> String {
    let parts: Vec<String> = elements(vm, s).into_iter().map(item_repr).collect();
    repr_of_parts(is_frozen(vm, s), &parts)
}

/// A set's repr from its items' reprs.
pub fn repr_of_parts(frozen: bool, parts: &[String]) -> String {
    match (parts.is_empty(), frozen) {
        (true, false) => "set()".into(),
        (true, true) => "frozenset()".into(),
        (false, false) => format!("{{{}}}", parts.join(", ")),
        (false, true) => format!("frozenset({{{}}})", parts.join(", ")),
    }
}

fn subset(vm: &mut ThreadState, a: Value, b: Value) -> Result<bool, Error> {
    let xs = elements(vm, a);
    vm.handle_scope(|vm| {
        let hb = vm.mutator().root(b);
        let hx: Vec<Handle> = xs.iter().map(|&v| vm.mutator().root(v)).collect();
        let mut result = Ok(true);
        for h in hx {
            let (b, x) = (vm.mutator().get(hb), vm.mutator().get(h));
            match contains(vm, b, x) {
                Ok(true) => {}
                Ok(false) => {
                    result = Ok(false);
                    break;
                }
                Err(e) => {
                    result = Err(e);
                    break;
                }
            }
        }
        result
    })
}

/// Set comparisons (CPython's codes 0 `<` .. 5 `>=`): subset and superset tests.
pub fn compare(vm: &mut ThreadState, op: i64, a: Value, b: Value) -> Result<Option<Value>, Error> {
    if !is_set(vm, a) || !is_set(vm, b) {
        return Ok(None);
    }
    let (n, m) = (len(vm, a), len(vm, b));
    let result = vm.handle_scope(|vm| {
        let (ha, hb) = (vm.mutator().root(a), vm.mutator().root(b));
        let (a, b) = (vm.mutator().get(ha), vm.mutator().get(hb));
        let a_in_b = subset(vm, a, b)?;
        let (a, b) = (vm.mutator().get(ha), vm.mutator().get(hb));
        let b_in_a = subset(vm, b, a)?;
        Ok(py_bool(match op {
            0 => a_in_b && n < m,
            1 => a_in_b,
            2 => a_in_b && b_in_a,
            3 => !(a_in_b && b_in_a),
            4 => b_in_a && n > m,
            _ => b_in_a,
        }))
    });
    result.map(Some)
}

/// The hash a key is looked up by in a set (`in`, `discard`, `remove`): a set key is
/// looked up as the frozenset of its elements, as CPython does.
fn lookup_hash(vm: &mut ThreadState, v: Value) -> Result<i64, Error> {
    if is_set(vm, v) {
        return Ok(elements_hash(vm, v));
    }
    crate::objects::dict::hash(vm, v)
}

/// The hash of a frozenset (order-independent).
pub fn hash(vm: &mut ThreadState, s: Value) -> Result<i64, Error> {
    if !is_frozen(vm, s) {
        return Err(Error::new("TypeError", "unhashable type: 'set'"));
    }
    Ok(elements_hash(vm, s))
}

/// CPython's frozenset hash of the elements of `s` (a set or a frozenset).
fn elements_hash(vm: &ThreadState, s: Value) -> i64 {
    // CPython's frozenset hash, from the stored hashes (no element's `__hash__` runs
    // again): the elements' shuffled hashes combined by xor, so order does not matter.
    let shuffle = |h: u64| ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167);
    let elements = entries(vm, s);
    let mut h: u64 = 0;
    for &(_, eh) in &elements {
        h ^= shuffle(eh as u64);
    }
    h ^= (elements.len() as u64 + 1).wrapping_mul(1927868237);
    h ^= (h >> 11) ^ (h >> 25);
    h = h.wrapping_mul(69069).wrapping_add(907133923);
    if h == u64::MAX { 590923713 } else { h as i64 }
}
