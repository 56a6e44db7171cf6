//! The set algebra as CPython's `setobject.c` does it: `set_merge`, `set_update_internal`,
//! intersection, difference and symmetric difference, with the same choices of which
//! operand is walked, when the table is resized up front and when a copy keeps the source's
//! slots. Those choices decide where each element lands in the table, so a set printed
//! after `|`, `-=`, `update(...)` or `set(d)` lists its elements in CPython's order.
//!
//! Owns: the operators (`|`, `&`, `-`, `^` and their in-place forms), copies, and building
//! a set from an iterable. Must not: touch a table but through `super`'s entry functions.

use super::{
    DUMMY, EMPTY, MIN_SIZE, add_entry, add_value, discard_entry, discard_value, empty, entries,
    find, insert_clean, is_frozen, is_set, len, new_set, resize, view,
};
use crate::generated::layouts::{Array, Set, Slots};
use crate::values::type_name;
use crate::vm::{Error, ThreadState};
use gvmt::gc::Handle;
use gvmt::rt::{Value, Vm};

/// `(fill, used, mask)` of set `s`.
fn counts(vm: &ThreadState, s: Value) -> (usize, usize, usize) {
    let ctx = vm.vmctx();
    let (_, _, size) = view(ctx, s);
    (
        Set::fill(ctx, s) as usize,
        Set::used(ctx, s) as usize,
        size - 1,
    )
}

/// CPython's up-front resize before adding about `incoming` new keys: one rebuild rather
/// than several. The caller holds the set's lock.
fn reserve(vm: &mut ThreadState, hs: Handle, incoming: usize) -> Result<(), Error> {
    let (fill, used, mask) = counts(vm, vm.mutator_ref().get(hs));
    if (fill + incoming) * 5 >= mask * 3 {
        resize(vm, hs, (used + incoming) * 2)?;
    }
    Ok(())
}

/// Calls `f` with a handle on each `(key, hash)` of set `s` in table order (a snapshot; the
/// keys stay rooted while `f` runs, which may collect), stopping at the first error.
fn each_entry(
    vm: &mut ThreadState,
    s: Value,
    mut f: impl FnMut(&mut ThreadState, Handle, i64) -> Result<(), Error>,
) -> Result<(), Error> {
    let items = entries(vm, s);
    vm.handle_scope(|vm| {
        let handles: Vec<(Handle, i64)> = items
            .iter()
            .map(|&(k, h)| (vm.mutator().root(k), h))
            .collect();
        handles.into_iter().try_for_each(|(h, hash)| f(vm, h, hash))
    })
}

/// Calls `f` with a handle on each item of any iterable, as it is produced (an error
/// part-way leaves the items before it done, as CPython's loops do).
fn each_item(
    vm: &mut ThreadState,
    iterable: Value,
    mut f: impl FnMut(&mut ThreadState, Handle) -> Result<(), Error>,
) -> Result<(), Error> {
    let it = crate::protocols::iteration::get_iter(vm, iterable)?;
    vm.handle_scope(|vm| {
        let hit = vm.mutator().root(it);
        loop {
            let it = vm.mutator().get(hit);
            let v = crate::protocols::iteration::iter_next(vm, it)?;
            if v == crate::values::EXHAUSTED {
                return Ok(());
            }
            vm.handle_scope(|vm| {
                let hv = vm.mutator().root(v);
                f(vm, hv)
            })?;
        }
    })
}

/// The keys of dict `d` with their hashes, in the dict's order, each rooted while `f` runs.
fn each_dict_key(
    vm: &mut ThreadState,
    d: Value,
    mut f: impl FnMut(&mut ThreadState, Handle, i64) -> Result<(), Error>,
) -> Result<(), Error> {
    let keys: Vec<Value> = crate::objects::dict::entries(vm, d)
        .into_iter()
        .map(|(k, _)| k)
        .collect();
    vm.handle_scope(|vm| {
        let handles: Vec<Handle> = keys.iter().map(|&k| vm.mutator().root(k)).collect();
        handles.into_iter().try_for_each(|h| {
            let key = vm.mutator().get(h);
            let hash = crate::objects::dict::hash(vm, key)?;
            f(vm, h, hash)
        })
    })
}

/// CPython's `set_merge`: adds the elements of set `other` to the set in `hs`, resizing
/// once up front; into an empty table of the same size with no dummies the slots are
/// copied as they are, into any other empty table inserted clean in `other`'s order.
fn merge(vm: &mut ThreadState, hs: Handle, other: Value) -> Result<(), Error> {
    if other == vm.mutator().get(hs) || len(vm, other) == 0 {
        return Ok(());
    }
    vm.handle_scope(|vm| {
        let ho = vm.mutator().root(other);
        vm.write_locked(hs, |vm| {
            reserve(vm, hs, len(vm, vm.mutator_ref().get(ho)))?;
            let (s, other) = (vm.mutator().get(hs), vm.mutator().get(ho));
            let (fill, _, mask) = counts(vm, s);
            let (other_fill, other_used, other_mask) = counts(vm, other);
            if fill == 0 {
                let ctx = vm.vmctx();
                let (keys, hashes, _) = view(ctx, s);
                let (other_keys, other_hashes, _) = view(ctx, other);
                let same_slots = mask == other_mask && other_fill == other_used;
                for i in 0..=other_mask {
                    let key = Array::items(ctx, other_keys, i);
                    if key == EMPTY || key == DUMMY {
                        continue;
                    }
                    let hash = Slots::slots(ctx, other_hashes, i);
                    if same_slots {
                        Slots::set_slots(ctx, hashes, i, hash);
                        Array::set_items(ctx, keys, i, key);
                    } else {
                        insert_clean(vm, (keys, hashes), key, hash);
                    }
                }
                Set::set_fill(ctx, s, other_used as i64);
                Set::set_used(ctx, s, other_used as i64);
                return Ok(());
            }
            each_entry(vm, other, |vm, hk, hash| add_entry(vm, hs, hk, hash))
        })
    })
}

/// CPython's `set_update_internal`: adds the items of any iterable to the set in `hs` (a
/// set is merged; a dict's keys are added after one up-front resize).
fn update_internal(vm: &mut ThreadState, hs: Handle, other: Value) -> Result<(), Error> {
    if is_set(vm, other) {
        return merge(vm, hs, other);
    }
    if crate::objects::dict::is_dict(vm, other) {
        let n = crate::objects::dict::len(vm, other);
        return vm.handle_scope(|vm| {
            let ho = vm.mutator().root(other);
            vm.write_locked(hs, |vm| reserve(vm, hs, n))?;
            each_dict_key(vm, vm.mutator_ref().get(ho), |vm, hk, hash| {
                vm.write_locked(hs, |vm| add_entry(vm, hs, hk, hash))
            })
        });
    }
    each_item(vm, other, |vm, hv| {
        let (s, v) = (vm.mutator().get(hs), vm.mutator().get(hv));
        add_value(vm, s, v)
    })
}

/// A new set (or frozenset) with the items of `iterable` (CPython's `make_new_set`).
fn new_from(vm: &mut ThreadState, iterable: Value, frozen: bool) -> Result<Value, Error> {
    vm.handle_scope(|vm| {
        let hi = vm.mutator().root(iterable);
        let s = empty(vm, frozen)?;
        let hs = vm.mutator().root(s);
        update_internal(vm, hs, vm.mutator_ref().get(hi))?;
        Ok(vm.mutator().get(hs))
    })
}

/// A copy of set `s` of its own kind (CPython's `set_copy`).
pub(super) fn copy_of(vm: &mut ThreadState, s: Value) -> Result<Value, Error> {
    new_from(vm, s, is_frozen(vm, s))
}

/// `set(iterable)` / `frozenset(iterable)` (`frozenset(f)` of a frozenset is `f`).
pub fn from_iterable(vm: &mut ThreadState, iterable: Value, frozen: bool) -> Result<Value, Error> {
    if frozen && is_set(vm, iterable) && is_frozen(vm, iterable) {
        return Ok(iterable);
    }
    new_from(vm, iterable, frozen)
}

/// MAKE_SET: a set of a list's items (displays and comprehensions), copied once more if
/// `copy` is 1 (see the instruction).
pub fn make_set(vm: &mut ThreadState, items: Value, copy: i64) -> Result<Value, Error> {
    let s = new_from(vm, items, false)?;
    if copy != 1 {
        return Ok(s);
    }
    // CPython's constant: frozenset(tuple), rebuilt from its own iteration order when the
    // compiler merges constants, then copied into the new set by SET_UPDATE.
    let order = super::elements(vm, s);
    let constant = new_set(vm, &order, true)?;
    new_from(vm, constant, false)
}

/// SET_UPDATE: `{..., *iterable}` adds the items of `iterable` to the set being built.
pub fn set_update(vm: &mut ThreadState, s: Value, iterable: Value) -> Result<(), Error> {
    vm.handle_scope(|vm| {
        let hs = vm.mutator().root(s);
        update_internal(vm, hs, iterable)
    })
}

/// True if the key in `hk` (hash `hash`) is in the set in `hs`.
fn has(vm: &mut ThreadState, hs: Handle, hk: Handle, hash: i64) -> Result<bool, Error> {
    Ok(find(vm, hs, hk, hash)?.is_some())
}

/// CPython's `set_intersection`: a new set of `so`'s kind with the elements of `so` that
/// are in `other` (walking the smaller when both are sets).
fn intersection(vm: &mut ThreadState, so: Value, other: Value) -> Result<Value, Error> {
    if so == other {
        return copy_of(vm, so);
    }
    vm.handle_scope(|vm| {
        let (hso, ho) = (vm.mutator().root(so), vm.mutator().root(other));
        let result = empty(vm, is_frozen(vm, so))?;
        let hr = vm.mutator().root(result);
        let (so, other) = (vm.mutator().get(hso), vm.mutator().get(ho));
        if is_set(vm, other) {
            let (big, small) = if len(vm, other) > len(vm, so) {
                (ho, hso)
            } else {
                (hso, ho)
            };
            each_entry(vm, vm.mutator_ref().get(small), |vm, hk, hash| {
                if has(vm, big, hk, hash)? {
                    add_entry(vm, hr, hk, hash)?;
                }
                Ok(())
            })?;
        } else {
            each_item(vm, other, |vm, hk| {
                let hash = crate::objects::dict::hash(vm, vm.mutator_ref().get(hk))?;
                if has(vm, hso, hk, hash)? {
                    add_entry(vm, hr, hk, hash)?;
                }
                Ok(())
            })?;
        }
        Ok(vm.mutator().get(hr))
    })
}

/// CPython's `set_difference_update_internal`: removes from the set in `hs` the items of
/// `other`, then rebuilds the table if more than a quarter of it is dummies.
fn difference_update_internal(vm: &mut ThreadState, hs: Handle, other: Value) -> Result<(), Error> {
    if other == vm.mutator().get(hs) {
        return vm.write_locked(hs, |vm| super::new_table(vm, hs, MIN_SIZE));
    }
    if is_set(vm, other) {
        let so = vm.mutator().get(hs);
        // Walking a much bigger set costs more than intersecting first.
        let other = if len(vm, other) >> 3 > len(vm, so) {
            intersection(vm, so, other)?
        } else {
            other
        };
        each_entry(vm, other, |vm, hk, hash| {
            vm.write_locked(hs, |vm| discard_entry(vm, hs, hk, hash).map(drop))
        })?;
    } else {
        each_item(vm, other, |vm, hv| {
            let (s, v) = (vm.mutator().get(hs), vm.mutator().get(hv));
            discard_value(vm, s, v).map(drop)
        })?;
    }
    vm.write_locked(hs, |vm| {
        let (fill, used, mask) = counts(vm, vm.mutator_ref().get(hs));
        if fill - used <= mask / 4 {
            return Ok(());
        }
        resize(vm, hs, if used > 50000 { used * 2 } else { used * 4 })
    })
}

/// CPython's `set_difference`: a new set of `so`'s kind with the elements of `so` that are
/// not in `other`.
fn difference(vm: &mut ThreadState, so: Value, other: Value) -> Result<Value, Error> {
    let other_size = if is_set(vm, other) {
        Some(len(vm, other))
    } else if crate::objects::dict::is_dict(vm, other) {
        Some(crate::objects::dict::len(vm, other))
    } else {
        None
    };
    let other_is_set = is_set(vm, other);
    vm.handle_scope(|vm| {
        let (hso, ho) = (vm.mutator().root(so), vm.mutator().root(other));
        let copy_then_remove = match other_size {
            Some(n) => len(vm, so) >> 2 > n,
            None => true,
        };
        if copy_then_remove {
            let r = copy_of(vm, so)?;
            let hr = vm.mutator().root(r);
            difference_update_internal(vm, hr, vm.mutator_ref().get(ho))?;
            return Ok(vm.mutator().get(hr));
        }
        let result = empty(vm, is_frozen(vm, so))?;
        let hr = vm.mutator().root(result);
        each_entry(vm, vm.mutator_ref().get(hso), |vm, hk, hash| {
            let found = if other_is_set {
                has(vm, ho, hk, hash)?
            } else {
                let (d, k) = (vm.mutator().get(ho), vm.mutator().get(hk));
                crate::objects::dict::get(vm, d, k)?.is_some()
            };
            if !found {
                add_entry(vm, hr, hk, hash)?;
            }
            Ok(())
        })?;
        Ok(vm.mutator().get(hr))
    })
}

/// Removes the key in `hk` from the set in `hs` if it is there, else adds it.
fn toggle(vm: &mut ThreadState, hs: Handle, hk: Handle, hash: i64) -> Result<(), Error> {
    vm.write_locked(hs, |vm| {
        if !discard_entry(vm, hs, hk, hash)? {
            add_entry(vm, hs, hk, hash)?;
        }
        Ok(())
    })
}

/// CPython's `set_symmetric_difference_update`: toggles each item of `other` in the set in
/// `hs` (an iterable that is not a set or dict is made a set first).
fn symmetric_difference_update_internal(
    vm: &mut ThreadState,
    hs: Handle,
    other: Value,
) -> Result<(), Error> {
    if other == vm.mutator().get(hs) {
        return vm.write_locked(hs, |vm| super::new_table(vm, hs, MIN_SIZE));
    }
    if crate::objects::dict::is_dict(vm, other) {
        return each_dict_key(vm, other, |vm, hk, hash| toggle(vm, hs, hk, hash));
    }
    let other = if is_set(vm, other) {
        other
    } else {
        let frozen = is_frozen(vm, vm.mutator_ref().get(hs));
        new_from(vm, other, frozen)?
    };
    each_entry(vm, other, |vm, hk, hash| toggle(vm, hs, hk, hash))
}

/// CPython's `set_symmetric_difference`: a set of `other`'s items (of `so`'s kind) with
/// `so`'s elements toggled in.
fn symmetric_difference(vm: &mut ThreadState, so: Value, other: Value) -> Result<Value, Error> {
    vm.handle_scope(|vm| {
        let hso = vm.mutator().root(so);
        let r = new_from(vm, other, is_frozen(vm, so))?;
        let hr = vm.mutator().root(r);
        symmetric_difference_update_internal(vm, hr, vm.mutator_ref().get(hso))?;
        Ok(vm.mutator().get(hr))
    })
}

/// `a | b` for a set `a` and any iterable `b` (CPython's `set_union` step).
fn union(vm: &mut ThreadState, so: Value, other: Value) -> Result<Value, Error> {
    vm.handle_scope(|vm| {
        let ho = vm.mutator().root(other);
        let r = copy_of(vm, so)?;
        let hr = vm.mutator().root(r);
        update_internal(vm, hr, vm.mutator_ref().get(ho))?;
        Ok(vm.mutator().get(hr))
    })
}

fn require_set(vm: &ThreadState, v: Value, op: &str, other: Value) -> Result<(), Error> {
    if is_set(vm, v) {
        return Ok(());
    }
    Err(Error::new(
        "TypeError",
        format!(
            "unsupported operand type(s) for {op}: '{}' and '{}'",
            type_name(vm, other),
            type_name(vm, v)
        ),
    ))
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` for sets (`None` if `a` is not a set).
pub fn binary(
    vm: &mut ThreadState,
    symbol: &str,
    a: Value,
    b: Value,
) -> Result<Option<Value>, Error> {
    if !is_set(vm, a) || !matches!(symbol, "|" | "&" | "-" | "^") {
        return Ok(None);
    }
    require_set(vm, b, symbol, a)?;
    combine(vm, symbol, a, b).map(Some)
}

/// The set operation named by `symbol` on set `a` and any iterable `b`, into a new set.
pub(super) fn combine(
    vm: &mut ThreadState,
    symbol: &str,
    a: Value,
    b: Value,
) -> Result<Value, Error> {
    match symbol {
        "|" => union(vm, a, b),
        "&" => intersection(vm, a, b),
        "-" => difference(vm, a, b),
        _ => symmetric_difference(vm, a, b),
    }
}

/// The in-place form of the operation named by `symbol` on set `s` (CPython's `set_ior`,
/// `set_isub`, `set_ixor` change `s`'s table; `set_iand` swaps in the intersection's).
pub(super) fn combine_in_place(
    vm: &mut ThreadState,
    symbol: &str,
    s: Value,
    other: Value,
) -> Result<(), Error> {
    vm.handle_scope(|vm| {
        let hs = vm.mutator().root(s);
        match symbol {
            "|" => update_internal(vm, hs, other),
            "-" => difference_update_internal(vm, hs, other),
            "^" => symmetric_difference_update_internal(vm, hs, other),
            _ => {
                let r = intersection(vm, s, other)?;
                take_table(vm, hs, r)
            }
        }
    })
}

/// Makes set `r`'s table the table of the set in `hs` (CPython's `set_swap_bodies`; `r` is
/// new and seen by no one else).
pub(super) fn take_table(vm: &mut ThreadState, hs: Handle, r: Value) -> Result<(), Error> {
    vm.handle_scope(|vm| {
        let hr = vm.mutator().root(r);
        vm.write_locked(hs, |vm| {
            let (s, r) = (vm.mutator().get(hs), vm.mutator().get(hr));
            let ctx = vm.vmctx();
            let (keys, hashes, _) = view(ctx, r);
            super::publish(ctx, s, keys, hashes);
            Set::set_used(ctx, s, Set::used(ctx, r));
            Set::set_fill(ctx, s, Set::fill(ctx, r));
            Ok(())
        })
    })
}
