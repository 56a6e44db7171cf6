//! `set` and `frozenset`: a `Set` object wraps a dict whose keys are the elements (values
//! None), so hashing, equality and insertion order come from the dict. The operators
//! (`|`, `&`, `-`, `^`, comparisons) and methods are here.

use crate::generated::layouts::{Array, Set, Slots};
use crate::values::{FALSE, NONE, TRUE, UNBOUND, layout_of, py_bool, type_name};
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
    Ok(a == b || crate::values::compare(vm, 2, a, b)? == TRUE)
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
        let h = crate::objects::dict::hash(vm, v)?;
        vm.write_locked(hs, |vm| {
            find(vm, hs, hk, h).map(|slot| {
                let Some(j) = slot else {
                    return false;
                };
                let s = vm.mutator().get(hs);
                let ctx = vm.vmctx();
                let (keys, hashes, _) = view(ctx, s);
                Array::set_items(ctx, keys, j, DUMMY);
                Slots::set_slots(ctx, hashes, j, -1);
                Set::set_used(ctx, s, Set::used(ctx, s) - 1);
                true
            })
        })
    })
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

/// A copy of set `src` (CPython's `set_merge` into an empty set: resized for the source,
/// entries re-inserted in the source's table order).
fn copy_of(vm: &mut ThreadState, src: Value, frozen: bool) -> Result<Value, Error> {
    let items = entries(vm, src);
    vm.handle_scope(|vm| {
        let handles: Vec<(Handle, i64)> = items
            .iter()
            .map(|&(k, h)| (vm.mutator().root(k), h))
            .collect();
        let s = empty(vm, frozen)?;
        let hs = vm.mutator().root(s);
        if items.len() * 5 >= (MIN_SIZE - 1) * 3 {
            resize(vm, hs, items.len() * 2)?;
        }
        let s = vm.mutator().get(hs);
        let ctx = vm.vmctx();
        let table = (Set::keys(ctx, s), Set::hashes(ctx, s));
        for (h, hash) in &handles {
            insert_clean(vm, table, vm.mutator_ref().get(*h), *hash);
        }
        // A new set: no other thread sees it yet.
        Set::set_used(ctx, s, handles.len() as i64);
        Set::set_fill(ctx, s, handles.len() as i64);
        Ok(s)
    })
}

/// `set(iterable)` / `frozenset(iterable)`.
pub fn from_iterable(vm: &mut ThreadState, iterable: Value, frozen: bool) -> Result<Value, Error> {
    if is_set(vm, iterable) {
        return copy_of(vm, iterable, frozen);
    }
    let items = crate::modules::builtins::collect(vm, iterable)?;
    new_set(vm, &items, frozen)
}

/// MAKE_SET: a set of a list's items (displays and comprehensions), copied once more if
/// `copy` is 1 (see the instruction).
pub fn make_set(vm: &mut ThreadState, items: Value, copy: i64) -> Result<Value, Error> {
    let s = from_iterable(vm, items, false)?;
    if copy != 1 {
        return Ok(s);
    }
    // CPython's constant: frozenset(tuple), rebuilt from its own iteration order when the
    // compiler merges constants, then copied into the new set by SET_UPDATE.
    let order = elements(vm, s);
    let constant = new_set(vm, &order, true)?;
    copy_of(vm, constant, false)
}

pub fn contains(vm: &mut ThreadState, s: Value, v: Value) -> Result<bool, Error> {
    let result = vm.handle_scope(|vm| {
        let (hs, hk) = (vm.mutator().root(s), vm.mutator().root(v));
        crate::objects::dict::hash(vm, v).and_then(|h| find(vm, hs, hk, h))
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

fn require_set(vm: &ThreadState, v: Value, op: &str, other: Value) -> Result<(), Error> {
    if is_set(vm, v) {
        Ok(())
    } else {
        Err(Error::new(
            "TypeError",
            format!(
                "unsupported operand type(s) for {op}: '{}' and '{}'",
                type_name(vm, other),
                type_name(vm, v)
            ),
        ))
    }
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` as CPython computes them (which decides the order).
fn combine(vm: &mut ThreadState, symbol: &str, a: Value, b: Value) -> Result<Value, Error> {
    let frozen = is_frozen(vm, a);
    vm.handle_scope(|vm| {
        let (ha, hb) = (vm.mutator().root(a), vm.mutator().root(b));
        let (n, m) = (
            len(vm, vm.mutator_ref().get(ha)),
            len(vm, vm.mutator_ref().get(hb)),
        );
        // CPython's choices: what the result starts as, which set's elements it then walks,
        // and what it does with each.
        let (start, walk, step) = match symbol {
            "|" => (Some(ha), hb, Step::Add),
            "&" if m > n => (None, ha, Step::KeepIfIn(hb)),
            "&" => (None, hb, Step::KeepIfIn(ha)),
            "-" if n >> 2 > m => (Some(ha), hb, Step::Discard),
            "-" => (None, ha, Step::KeepIfNotIn(hb)),
            _ => (Some(hb), ha, Step::Toggle),
        };
        let r = match start {
            Some(h) => copy_of(vm, vm.mutator_ref().get(h), frozen)?,
            None => empty(vm, frozen)?,
        };
        let hr = vm.mutator().root(r);
        for_each(vm, walk, |vm, hx| {
            // Read `r` and `x` afresh after every call that may collect.
            let (r, x) = (vm.mutator().get(hr), vm.mutator().get(hx));
            match step {
                Step::Add => add_value(vm, r, x),
                Step::Discard => discard_value(vm, r, x).map(|_| ()),
                Step::Toggle => {
                    if !discard_value(vm, r, x)? {
                        let (r, x) = (vm.mutator().get(hr), vm.mutator().get(hx));
                        add_value(vm, r, x)?;
                    }
                    Ok(())
                }
                Step::KeepIfIn(other) | Step::KeepIfNotIn(other) => {
                    let keep = contains(vm, vm.mutator_ref().get(other), x)?
                        == matches!(step, Step::KeepIfIn(_));
                    if keep {
                        let (r, x) = (vm.mutator().get(hr), vm.mutator().get(hx));
                        add_value(vm, r, x)?;
                    }
                    Ok(())
                }
            }
        })?;
        Ok(vm.mutator().get(hr))
    })
}

/// What [`combine`] does with each element it walks.
#[derive(Clone, Copy)]
enum Step {
    Add,
    Discard,
    Toggle,
    KeepIfIn(Handle),
    KeepIfNotIn(Handle),
}

/// Calls `f` with a handle of each element of the set in `hs`, in table order (the elements
/// stay rooted while `f` runs, which may collect).
fn for_each(
    vm: &mut ThreadState,
    hs: Handle,
    mut f: impl FnMut(&mut ThreadState, Handle) -> Result<(), Error>,
) -> Result<(), Error> {
    let items = elements(vm, vm.mutator_ref().get(hs));
    vm.handle_scope(|vm| {
        let handles: Vec<Handle> = items.iter().map(|&v| vm.mutator().root(v)).collect();
        let mut result = Ok(());
        for h in handles {
            result = f(vm, h);
            if result.is_err() {
                break;
            }
        }
        result
    })
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

/// True if every element of `a` is in `b`.
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

/// The hash of a frozenset (order-independent).
pub fn hash(vm: &mut ThreadState, s: Value) -> Result<i64, Error> {
    if !is_frozen(vm, s) {
        return Err(Error::new("TypeError", "unhashable type: 'set'"));
    }
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
    Ok(if h == u64::MAX { 590923713 } else { h as i64 })
}

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

fn pop_locked(vm: &mut ThreadState, s: Value) -> Result<Value, Error> {
    if len(vm, s) == 0 {
        return Err(Error::new("KeyError", "'pop from an empty set'"));
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

pub fn copy(vm: &mut ThreadState, s: Value, _args: &[Value]) -> Result<Value, Error> {
    let frozen = is_frozen(vm, s);
    copy_of(vm, s, frozen)
}

/// The named set operations take any iterable.
fn named(vm: &mut ThreadState, s: Value, args: &[Value], symbol: &str) -> Result<Value, Error> {
    vm.handle_scope(|vm| {
        let hs = vm.mutator().root(s);
        let handles: Vec<Handle> = args.iter().map(|&a| vm.mutator().root(a)).collect();
        let acc = vm.mutator().get(hs);
        let frozen = is_frozen(vm, acc);
        // The running result lives in a handle: making a set of an argument may collect.
        let hacc = vm.mutator().root(acc);
        for &h in &handles {
            let arg = vm.mutator().get(h);
            let other = if is_set(vm, arg) {
                arg
            } else {
                from_iterable(vm, arg, frozen)?
            };
            let current = vm.mutator().get(hacc);
            let next = binary(vm, symbol, current, other)?.expect("a set");
            vm.mutator().set(hacc, next);
        }
        if handles.is_empty() {
            let s = vm.mutator().get(hs);
            return copy(vm, s, &[]);
        }
        Ok(vm.mutator().get(hacc))
    })
}

pub fn union(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    named(vm, s, args, "|")
}

pub fn intersection(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    named(vm, s, args, "&")
}

pub fn difference(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    named(vm, s, args, "-")
}

pub fn symmetric_difference(
    vm: &mut ThreadState,
    s: Value,
    args: &[Value],
) -> Result<Value, Error> {
    named(vm, s, args, "^")
}

/// `s.update(*iterables)` and the in-place forms: replace `s`'s elements.
fn in_place(vm: &mut ThreadState, s: Value, args: &[Value], symbol: &str) -> Result<Value, Error> {
    mutable(vm, s, "update")?;
    vm.handle_scope(|vm| {
        let hs = vm.mutator().root(s);
        let r = named(vm, s, args, symbol)?;
        let hr = vm.mutator().root(r);
        vm.write_locked(hs, |vm| {
            let (s, r) = (vm.mutator().get(hs), vm.mutator().get(hr));
            let ctx = vm.vmctx();
            let (keys, hashes, _) = view(ctx, r);
            publish(ctx, s, keys, hashes);
            Set::set_used(ctx, s, Set::used(ctx, r));
            Set::set_fill(ctx, s, Set::fill(ctx, r));
            Ok(NONE)
        })
    })
}

pub fn update(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    in_place(vm, s, args, "|")
}

pub fn intersection_update(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    in_place(vm, s, args, "&")
}

pub fn symmetric_difference_update(
    vm: &mut ThreadState,
    s: Value,
    args: &[Value],
) -> Result<Value, Error> {
    in_place(vm, s, args, "^")
}

pub fn difference_update(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    in_place(vm, s, args, "-")
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
