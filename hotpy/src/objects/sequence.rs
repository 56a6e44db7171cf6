//! Lists and tuples: building (`tuple()`, the constructor), indexing, `len`, iteration, `append`/`pop`. A list holds its
//! items in an `Array` it replaces (doubling) when full.

use crate::generated::layouts::{Array, List, SeqIter, Tuple};
use crate::modules::builtins::{collect, no_keywords};
use crate::values::{as_int, layout_of, make_int, type_name};
use crate::vm::{Error, ThreadState};
use gvmt::rt::{Value, Values, Vm};

/// A list (or, with `tuple`, a tuple) of new strs. May collect.
pub fn of_strs<S: AsRef<str>>(
    vm: &mut ThreadState,
    parts: &[S],
    tuple: bool,
) -> Result<Value, Error> {
    of_made(vm, parts.len(), tuple, |vm, i| {
        crate::values::new_str(vm, parts[i].as_ref())
    })
}

/// A list (or tuple) of `count` values made by `make(vm, i)`, each kept in a handle while the
/// next are made (making one may collect).
pub fn of_made(
    vm: &mut ThreadState,
    count: usize,
    tuple: bool,
    mut make: impl FnMut(&mut ThreadState, usize) -> Result<Value, Error>,
) -> Result<Value, Error> {
    vm.handle_scope(|vm| {
        let mut handles = Vec::with_capacity(count);
        for i in 0..count {
            let v = make(vm, i)?;
            handles.push(vm.mutator().root(v));
        }
        let values: Vec<Value> = handles.iter().map(|&h| vm.mutator().get(h)).collect();
        if tuple {
            new_tuple(vm, &values)
        } else {
            new_list(vm, &values)
        }
    })
}

pub fn is_list(vm: &mut ThreadState, v: Value) -> bool {
    layout_of(vm, v) == Some(List::ID)
}

pub fn new_list(vm: &mut ThreadState, items: &[Value]) -> Result<Value, Error> {
    let capacity = items.len().max(4);
    let (array, items) = vm.alloc_keeping(Array::ID, Array::size_for(capacity), items)?;
    Array::set_len(vm.vmctx(), array, capacity as i64);
    for (i, &v) in items.iter().enumerate() {
        Array::set_items(vm.vmctx(), array, i, v);
    }
    let (list, kept) = vm.alloc_with(List::ID, List::FIXED_SIZE, [array])?;
    List::set_length(vm.vmctx(), list, items.len() as i64);
    List::set_items(vm.vmctx(), list, kept[0]);
    Ok(list)
}

pub fn build_list(vm: &mut ThreadState, items: Values) -> Result<Value, Error> {
    let items = items.to_vec(vm.vmctx());
    new_list(vm, &items)
}

pub fn new_tuple(vm: &mut ThreadState, items: &[Value]) -> Result<Value, Error> {
    let (tuple, items) = vm.alloc_keeping(Tuple::ID, Tuple::size_for(items.len()), items)?;
    Tuple::set_len(vm.vmctx(), tuple, items.len() as i64);
    for (i, &v) in items.iter().enumerate() {
        Tuple::set_items(vm.vmctx(), tuple, i, v);
    }
    Ok(tuple)
}

pub fn build_tuple(vm: &mut ThreadState, items: Values) -> Result<Value, Error> {
    let items = items.to_vec(vm.vmctx());
    new_tuple(vm, &items)
}

/// The items of a list or tuple (a snapshot), or `None` for other values.
pub fn items(vm: &ThreadState, v: Value) -> Option<Vec<Value>> {
    let ctx = vm.vmctx();
    match layout_of(vm, v) {
        Some(l) if l == List::ID => {
            let (array, n) = list_view(ctx, v);
            Some((0..n).map(|i| Array::items(ctx, array, i)).collect())
        }
        Some(l) if l == Tuple::ID => Some(
            (0..Tuple::len(ctx, v) as usize)
                .map(|i| Tuple::items(ctx, v, i))
                .collect(),
        ),
        _ => None,
    }
}

/// The length of a list or tuple (None for other values).
fn len_of_list_or_tuple(vm: &ThreadState, v: Value) -> Option<usize> {
    match layout_of(vm, v) {
        Some(l) if l == List::ID => Some(list_view(vm.vmctx(), v).1),
        Some(l) if l == Tuple::ID => Some(Tuple::len(vm.vmctx(), v) as usize),
        _ => None,
    }
}

/// Item `i` of a list or tuple (None past its end, or for other values).
pub fn item_at(vm: &ThreadState, v: Value, i: usize) -> Option<Value> {
    let ctx = vm.vmctx();
    match layout_of(vm, v) {
        Some(l) if l == List::ID => {
            let (array, n) = list_view(ctx, v);
            (i < n).then(|| Array::items(ctx, array, i))
        }
        Some(l) if l == Tuple::ID && i < Tuple::len(ctx, v) as usize => {
            Some(Tuple::items(ctx, v, i))
        }
        _ => None,
    }
}

/// Calls `found(i)` for each index of the list or tuple `seq` whose item equals `x` (the same
/// object, or `==`), until it returns false. `==` may run Python code, which may collect or
/// change the list: the sequence, `x` and each item are read anew at every step, and the
/// search ends where the list does.
pub fn each_equal(
    vm: &mut ThreadState,
    seq: Value,
    x: Value,
    mut found: impl FnMut(usize) -> bool,
) -> Result<(), Error> {
    vm.handle_scope(|vm| {
        let (hs, hx) = (vm.mutator().root(seq), vm.mutator().root(x));
        let mut i = 0;
        loop {
            let seq = vm.mutator().get(hs);
            let Some(item) = item_at(vm, seq, i) else {
                return Ok(());
            };
            let x = vm.mutator().get(hx);
            if crate::protocols::comparison::compare_bool(vm, 2, item, x)? && !found(i) {
                return Ok(());
            }
            i += 1;
        }
    })
}

/// Length of a list or tuple.
pub fn len(vm: &ThreadState, v: Value) -> Option<usize> {
    let ctx = vm.vmctx();
    match layout_of(vm, v) {
        Some(l) if l == List::ID => Some(List::length(ctx, v) as usize),
        Some(l) if l == Tuple::ID => Some(Tuple::len(ctx, v) as usize),
        _ => None,
    }
}

/// A Python index (negative from the end) into `len` items.
fn position(vm: &ThreadState, index: Value, len: usize, what: &str) -> Result<usize, Error> {
    let Some(i) = as_int(index) else {
        let message = if what == "string" {
            // CPython 3.11 words str's differently.
            format!(
                "string indices must be integers, not '{}'",
                type_name(vm, index)
            )
        } else {
            format!(
                "{what} indices must be integers or slices, not {}",
                type_name(vm, index)
            )
        };
        return Err(Error::new("TypeError", message));
    };
    let at = if i < 0 { i + len as i64 } else { i };
    if at < 0 || at >= len as i64 {
        return Err(Error::new(
            "IndexError",
            format!("{what} index out of range"),
        ));
    }
    Ok(at as usize)
}

/// Position `i` (negative from the end) of a list or tuple of `n` items, if in range.
#[inline]
fn in_range(i: i64, n: i64) -> Option<usize> {
    let at = if i < 0 { i + n } else { i };
    (0..n).contains(&at).then_some(at as usize)
}

pub fn subscript(vm: &mut ThreadState, container: Value, index: Value) -> Result<Value, Error> {
    // The common case first: an exact list or tuple and an int in range.
    if let Some(i) = crate::values::int_value(index) {
        use crate::generated::layouts::{Array, List, Tuple};
        let ctx = vm.vmctx();
        match crate::values::layout_of(vm, container) {
            Some(List::ID) => {
                let (array, n) = list_view(ctx, container);
                if let Some(at) = in_range(i, n as i64) {
                    return Ok(Array::items(ctx, array, at));
                }
            }
            Some(Tuple::ID) => {
                if let Some(at) = in_range(i, Tuple::len(ctx, container)) {
                    return Ok(Tuple::items(ctx, container, at));
                }
            }
            _ => {}
        }
    }
    if let Some(r) = crate::protocols::dunder::call(vm, container, "__getitem__", &[index])? {
        return Ok(r);
    }
    if let Some(r) = crate::objects::class::builtin_types::subscript(vm, container, index)? {
        return Ok(r);
    }
    if crate::objects::memoryview::is_memoryview(vm, container) {
        // A view takes its slice objects itself.
        let ([container], [index]) = if crate::objects::slice::is_slice(vm, index) {
            ([container], [index])
        } else {
            crate::protocols::index::index_values(vm, [container], [index])?
        };
        return crate::objects::memoryview::subscript(vm, container, index);
    }
    // A sequence's index may be an object with `__index__` (a dict's key is what it is).
    let ([container], [index]) = if crate::objects::dict::is_dict(vm, container) {
        ([container], [index])
    } else {
        crate::protocols::index::index_values(vm, [container], [index])?
    };
    if crate::objects::slice::is_slice(vm, index) {
        let (a, b, c) = crate::objects::slice::parts(vm, index);
        return get_slice(vm, container, a, b, c);
    }
    if crate::objects::bytes::is_bytes_like(vm, container) {
        return crate::objects::bytes::subscript(vm, container, index);
    }
    if crate::objects::range::is_range(vm, container) {
        return crate::objects::range::item(vm, container, index);
    }
    if crate::objects::dict::is_dict(vm, container) {
        // The key's `__hash__`/`__eq__` may collect: the KeyError shows the key as it is now.
        let (found, index) = vm.handle_scope(|vm| {
            let h = vm.mutator().root(index);
            let found = crate::objects::dict::get(vm, container, index);
            (found, vm.mutator().get(h))
        });
        return match found? {
            Some(v) => Ok(v),
            None => Err(crate::objects::dict::key_error(vm, index)),
        };
    }
    let ctx = vm.vmctx();
    match layout_of(vm, container) {
        Some(l) if l == List::ID => {
            let (array, n) = list_view(ctx, container);
            let at = position(vm, index, n, "list")?;
            Ok(Array::items(vm.vmctx(), array, at))
        }
        Some(l) if l == Tuple::ID => {
            let at = position(vm, index, Tuple::len(ctx, container) as usize, "tuple")?;
            Ok(Tuple::items(vm.vmctx(), container, at))
        }
        _ => match crate::values::str_char_len(vm, container) {
            Some(n) => {
                let at = position(vm, index, n, "string")?;
                let c = crate::values::str_char_at(vm, container, at);
                crate::values::new_str(vm, c.encode_utf8(&mut [0; 4]))
            }
            None => Err(Error::new(
                "TypeError",
                format!("'{}' object is not subscriptable", type_name(vm, container)),
            )),
        },
    }
}

pub fn store_subscript(
    vm: &mut ThreadState,
    container: Value,
    index: Value,
    v: Value,
) -> Result<(), Error> {
    if let Some(i) = crate::values::int_value(index)
        && crate::values::layout_of(vm, container) == Some(crate::generated::layouts::List::ID)
    {
        let stored = vm.with_write_lock(container, [v], |vm, list, [v]| {
            let (items, n) = list_view(vm.vmctx(), list);
            let at = in_range(i, n as i64)?;
            Array::set_items(vm.vmctx(), items, at, v);
            Some(())
        });
        if stored.is_some() {
            return Ok(());
        }
    }
    if crate::protocols::dunder::call(vm, container, "__setitem__", &[index, v])?.is_some() {
        return Ok(());
    }
    if crate::objects::dict::is_dict(vm, container) {
        return crate::objects::dict::set(vm, container, index, v);
    }
    if crate::objects::memoryview::is_memoryview(vm, container) {
        let ([container, v], [index]) = if crate::objects::slice::is_slice(vm, index) {
            ([container, v], [index])
        } else {
            crate::protocols::index::index_values(vm, [container, v], [index])?
        };
        return crate::objects::memoryview::store(vm, container, index, v);
    }
    if crate::objects::slice::is_slice(vm, index) {
        // `l[s] = items` with a slice object (`l.__setitem__(slice(0, 2), items)`).
        let (a, b, c) = crate::objects::slice::parts(vm, index);
        return crate::objects::list::slices::store_slice(vm, v, container, a, b, c);
    }
    let ([container, v], [index]) =
        crate::protocols::index::index_values(vm, [container, v], [index])?;
    if crate::objects::bytearray::is_bytearray(vm, container) {
        return crate::objects::bytearray::store_item(vm, container, index, v);
    }
    match layout_of(vm, container) {
        Some(l) if l == List::ID => {
            vm.with_write_lock(container, [v, index], |vm, list, [v, index]| {
                let (items, n) = list_view(vm.vmctx(), list);
                let at = position(vm, index, n, "list assignment")?;
                Array::set_items(vm.vmctx(), items, at, v);
                Ok(())
            })
        }
        _ => Err(Error::new(
            "TypeError",
            format!(
                "'{}' object does not support item assignment",
                type_name(vm, container)
            ),
        )),
    }
}

/// A list's items array and how many items a reader may take from it. The array is read
/// first and the count is at most its length, so a reader racing a writer of another thread
/// (the `locks` backend: readers take no lock) never indexes past the array it holds; a
/// writer fills a new array before it publishes it (`publish_items`).
#[inline]
pub fn list_view(ctx: &gvmt::rt::VmCtx, list: Value) -> (Value, usize) {
    let items = List::items(ctx, list);
    std::sync::atomic::fence(std::sync::atomic::Ordering::Acquire);
    let n = List::length(ctx, list).max(0) as usize;
    (items, n.min(Array::len(ctx, items) as usize))
}

/// Gives `list` the items array `items` (filled) holding `len` items: the array first, so
/// that a reader that sees it sees it filled ([`list_view`]). The writer holds the list's
/// lock.
pub fn publish_items(ctx: &gvmt::rt::VmCtx, list: Value, items: Value, len: usize) {
    std::sync::atomic::fence(std::sync::atomic::Ordering::Release);
    List::set_items(ctx, list, items);
    List::set_length(ctx, list, len as i64);
}

/// `list.append(v)`: atomic (under the list's write lock when threads may race).
pub fn append(vm: &mut ThreadState, list: Value, v: Value) -> Result<(), Error> {
    vm.with_write_lock(list, [v], |vm, list, [v]| append_locked(vm, list, v))
}

fn append_locked(vm: &mut ThreadState, list: Value, v: Value) -> Result<(), Error> {
    let size = List::length(vm.vmctx(), list) as usize;
    let array = List::items(vm.vmctx(), list);
    let capacity = Array::len(vm.vmctx(), array) as usize;
    let (list, v) = if size == capacity {
        let (bigger, kept) = vm.alloc_with(Array::ID, Array::size_for(capacity * 2), [list, v])?;
        let (list, v) = (kept[0], kept[1]);
        let ctx = vm.vmctx();
        Array::set_len(ctx, bigger, (capacity * 2) as i64);
        let old = List::items(ctx, list);
        for i in 0..size {
            Array::set_items(ctx, bigger, i, Array::items(ctx, old, i));
        }
        publish_items(ctx, list, bigger, size);
        (list, v)
    } else {
        (list, v)
    };
    let ctx = vm.vmctx();
    Array::set_items(ctx, List::items(ctx, list), size, v);
    std::sync::atomic::fence(std::sync::atomic::Ordering::Release);
    List::set_length(ctx, list, size as i64 + 1);
    Ok(())
}

/// `list.insert(at, v)` for an index already clamped to `0..=len`: the items from `at` on
/// move up one place.
pub fn insert_at(vm: &mut ThreadState, list: Value, at: usize, v: Value) -> Result<(), Error> {
    vm.with_write_lock(list, [v], |vm, list, [v]| insert_locked(vm, list, at, v))
}

fn insert_locked(vm: &mut ThreadState, list: Value, at: usize, v: Value) -> Result<(), Error> {
    let (list, v) = vm.handle_scope(|vm| {
        let handles = [list, v].map(|x| vm.mutator().root(x));
        // Appending makes room (it may grow the array, and so collect).
        append(vm, list, v)?;
        Ok::<_, Error>(handles.map(|h| vm.mutator().get(h)).into())
    })?;
    let ctx = vm.vmctx();
    let items = List::items(ctx, list);
    let last = List::length(ctx, list) as usize - 1;
    if at < last {
        Array::move_items(ctx, items, at, at + 1, last - at);
    }
    Array::set_items(ctx, items, at.min(last), v);
    Ok(())
}

/// `list.pop()`.
pub fn pop(vm: &mut ThreadState, list: Value) -> Result<Value, Error> {
    vm.with_write_lock(list, [], |vm, list, []| pop_locked(vm, list))
}

fn pop_locked(vm: &mut ThreadState, list: Value) -> Result<Value, Error> {
    let ctx = vm.vmctx();
    let size = List::length(ctx, list);
    if size == 0 {
        return Err(Error::new("IndexError", "pop from empty list"));
    }
    let array = List::items(ctx, list);
    let v = Array::items(ctx, array, size as usize - 1);
    // The vacated slot must not keep the item alive (weak references, finalizers).
    Array::set_items(ctx, array, size as usize - 1, crate::values::NONE);
    List::set_length(ctx, list, size - 1);
    vm.note_dropped(v);
    Ok(v)
}

/// `list.pop(index)`.
pub fn pop_at(vm: &mut ThreadState, list: Value, index: Value) -> Result<Value, Error> {
    vm.with_write_lock(list, [index], |vm, list, [index]| {
        pop_at_locked(vm, list, index)
    })
}

fn pop_at_locked(vm: &mut ThreadState, list: Value, index: Value) -> Result<Value, Error> {
    let ctx = vm.vmctx();
    let size = List::length(ctx, list) as usize;
    if size == 0 {
        return Err(Error::new("IndexError", "pop from empty list"));
    }
    let Some(i) = as_int(index) else {
        return Err(Error::new(
            "TypeError",
            format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(vm, index)
            ),
        ));
    };
    let at = if i < 0 { i + size as i64 } else { i };
    if at < 0 || at as usize >= size {
        return Err(Error::new("IndexError", "pop index out of range"));
    }
    Ok(remove_index(vm, list, at as usize))
}

/// Removes item `at` (< its length) of `list`, whose write lock the caller holds, moving
/// the items after it down one: the item (a dropped reference, `vm/finalizers.rs`).
pub(crate) fn remove_index(vm: &mut ThreadState, list: Value, at: usize) -> Value {
    let ctx = vm.vmctx();
    let size = List::length(ctx, list) as usize;
    let array = List::items(ctx, list);
    let v = Array::items(ctx, array, at);
    Array::move_items(ctx, array, at + 1, at, size - 1 - at);
    Array::set_items(ctx, array, size - 1, crate::values::NONE);
    List::set_length(ctx, list, size as i64 - 1);
    vm.note_dropped(v);
    v
}

/// An iterator over a list or tuple.
pub fn iter(vm: &mut ThreadState, seq: Value) -> Result<Value, Error> {
    snapshot_iter(vm, seq, crate::values::NONE)
}

/// An iterator over `items` (a list), a snapshot of dict or set `source`'s, or over dict
/// `source` itself (`items` the dict: its keys; a view of it: the view's elements), read in
/// place: its next step raises RuntimeError if `source` has changed size meanwhile, as
/// CPython's dict and set iterators do. `source` None: a plain iterator over `items`.
pub fn snapshot_iter(vm: &mut ThreadState, items: Value, source: Value) -> Result<Value, Error> {
    let size = source_len(vm, source).unwrap_or(0);
    let (it, kept) = vm.alloc_with(SeqIter::ID, SeqIter::FIXED_SIZE, [items, source])?;
    let ctx = vm.vmctx();
    SeqIter::set_seq(ctx, it, kept[0]);
    SeqIter::set_index(ctx, it, 0);
    SeqIter::set_source(ctx, it, kept[1]);
    SeqIter::set_source_len(ctx, it, size as i64);
    Ok(it)
}

/// The length of an iterator's source dict or set (`None` for a plain iterator).
fn source_len(vm: &ThreadState, source: Value) -> Option<usize> {
    if crate::objects::dict::is_dict(vm, source) {
        Some(crate::objects::dict::len(vm, source))
    } else if crate::objects::set::is_set(vm, source) {
        Some(crate::objects::set::len(vm, source))
    } else {
        None
    }
}

pub fn iter_next(vm: &mut ThreadState, it: Value) -> Result<Value, Error> {
    let ctx = vm.vmctx();
    let (seq, index) = (SeqIter::seq(ctx, it), SeqIter::index(ctx, it) as usize);
    let source = SeqIter::source(ctx, it);
    if let Some(now) = source_len(vm, source)
        && now as i64 != SeqIter::source_len(vm.vmctx(), it)
    {
        let what = if crate::objects::set::is_set(vm, source) {
            "Set"
        } else {
            "dictionary"
        };
        return Err(Error::new(
            "RuntimeError",
            format!("{what} changed size during iteration"),
        ));
    }
    if seq == source || crate::objects::dict_views::is_view(vm, seq) {
        // A dict (its keys) or a view of it, read in place from entry `index` on.
        use crate::objects::dict_views::{ITEMS, KEYS, VALUES, kind};
        let what = if seq == source { KEYS } else { kind(vm, seq) };
        let Some((at, k, v)) = crate::objects::dict::entry_from(vm, source, index) else {
            return Ok(crate::values::EXHAUSTED);
        };
        SeqIter::set_index(vm.vmctx(), it, at as i64 + 1);
        return match what {
            KEYS => Ok(k),
            VALUES => Ok(v),
            ITEMS => new_tuple(vm, &[k, v]),
            _ => Ok(crate::values::EXHAUSTED),
        };
    }
    if crate::objects::range::is_range(vm, seq) {
        // A range past the i64s, read by position.
        SeqIter::set_index(vm.vmctx(), it, index as i64 + 1);
        return Ok(
            crate::objects::range::item_at(vm, seq, index)?.unwrap_or(crate::values::EXHAUSTED)
        );
    }
    if crate::objects::class::is_instance(vm, seq) {
        // The old sequence protocol: `seq[0]`, `seq[1]`, ... until IndexError.
        SeqIter::set_index(vm.vmctx(), it, index as i64 + 1);
        let index = make_int(index as i64)?;
        return match subscript(vm, seq, index) {
            Err(e) if (e.is("IndexError") || e.is("StopIteration")) => Ok(crate::values::EXHAUSTED),
            other => other,
        };
    }
    if index >= len(vm, seq).unwrap_or(0) {
        return Ok(crate::values::EXHAUSTED);
    }
    SeqIter::set_index(vm.vmctx(), it, index as i64 + 1);
    let index = make_int(index as i64)?;
    subscript(vm, seq, index)
}

/// The list or tuple of `seq`'s items for an unpacking assignment into `count` targets (a list
/// or tuple itself; any other iterable is iterated into a tuple); ValueError unless it has
/// exactly `count` items.
pub fn unpack_sequence(vm: &mut ThreadState, seq: Value, count: i64) -> Result<Value, Error> {
    let count = count as usize;
    let seq = match len(vm, seq) {
        Some(_) => seq,
        None => {
            let items = match crate::modules::builtins::collect(vm, seq) {
                Err(e) if e.is("TypeError") && e.message().ends_with("is not iterable") => {
                    return Err(Error::new(
                        "TypeError",
                        format!("cannot unpack non-iterable {} object", type_name(vm, seq)),
                    ));
                }
                other => other?,
            };
            new_tuple(vm, &items)?
        }
    };
    let len = len(vm, seq).expect("a list or tuple");
    if len > count {
        return Err(Error::new(
            "ValueError",
            format!("too many values to unpack (expected {count})"),
        ));
    }
    if len < count {
        return Err(Error::new(
            "ValueError",
            format!("not enough values to unpack (expected {count}, got {len})"),
        ));
    }
    Ok(seq)
}

/// `list.append(item)` for comprehensions.
pub fn list_append(vm: &mut ThreadState, list: Value, item: Value) -> Result<(), Error> {
    append(vm, list, item)
}

/// `list.extend(iterable)`.
pub fn list_extend(vm: &mut ThreadState, list: Value, iterable: Value) -> Result<(), Error> {
    vm.handle_scope(|vm| {
        let hl = vm.mutator().root(list);
        let items = crate::modules::builtins::collect(vm, iterable)?;
        let handles: Vec<_> = items.iter().map(|&v| vm.mutator().root(v)).collect();
        for h in handles {
            let (list, v) = (vm.mutator().get(hl), vm.mutator().get(h));
            append(vm, list, v)?;
        }
        Ok(())
    })
}

/// `*iterable` in a display: [`list_extend`], with CPython's error for a value that is not
/// iterable.
pub fn display_extend(vm: &mut ThreadState, list: Value, iterable: Value) -> Result<(), Error> {
    star_extend(vm, list, iterable, |_, kind| {
        Ok(format!("Value after * must be an iterable, not {kind}"))
    })
}

/// Extends `list` with the items of `iterable` (`*iterable`); when it is not iterable, the
/// TypeError's message is `message(vm, its type name)`.
pub fn star_extend(
    vm: &mut ThreadState,
    list: Value,
    iterable: Value,
    message: impl FnOnce(&mut ThreadState, &str) -> Result<String, Error>,
) -> Result<(), Error> {
    let kind = type_name(vm, iterable);
    match list_extend(vm, list, iterable) {
        Err(e)
            if e.is("TypeError") && e.message() == format!("'{kind}' object is not iterable") =>
        {
            Err(Error::new("TypeError", message(vm, kind)?))
        }
        other => other,
    }
}

/// A tuple of a list's (or tuple's) items.
pub fn list_to_tuple(vm: &mut ThreadState, list: Value) -> Result<Value, Error> {
    let items = items(vm, list).unwrap_or_default();
    new_tuple(vm, &items)
}

/// `a, *b, c = seq`: a tuple of the `before` first items, a list of the middle ones and the
/// `after` last ones.
pub fn unpack_star(
    vm: &mut ThreadState,
    seq: Value,
    before: i64,
    after: i64,
) -> Result<Value, Error> {
    let (before, after) = (before as usize, after as usize);
    let all = match items(vm, seq) {
        Some(items) => items,
        None => match crate::modules::builtins::collect(vm, seq) {
            Err(e) if e.is("TypeError") && e.message().ends_with("is not iterable") => {
                return Err(Error::new(
                    "TypeError",
                    format!("cannot unpack non-iterable {} object", type_name(vm, seq)),
                ));
            }
            other => other?,
        },
    };
    if all.len() < before + after {
        return Err(Error::new(
            "ValueError",
            format!(
                "not enough values to unpack (expected at least {}, got {})",
                before + after,
                all.len()
            ),
        ));
    }
    vm.handle_scope(|vm| {
        let handles: Vec<_> = all.iter().map(|&v| vm.mutator().root(v)).collect();
        let middle: Vec<Value> = handles[before..all.len() - after]
            .iter()
            .map(|&h| vm.mutator().get(h))
            .collect();
        let list = new_list(vm, &middle)?;
        let mut parts: Vec<Value> = handles[..before]
            .iter()
            .map(|&h| vm.mutator().get(h))
            .collect();
        parts.push(list);
        parts.extend(
            handles[all.len() - after..]
                .iter()
                .map(|&h| vm.mutator().get(h)),
        );
        new_tuple(vm, &parts)
    })
}

/// The indices `container[lower:upper:step]` selects from `len` items (Python's rules).
pub(crate) fn slice_indices(
    len: usize,
    lower: Value,
    upper: Value,
    step: Value,
) -> Result<Vec<usize>, Error> {
    Ok(crate::objects::slice::Picked::of(len, lower, upper, step)?
        .positions()
        .collect())
}

pub fn get_slice(
    vm: &mut ThreadState,
    container: Value,
    lower: Value,
    upper: Value,
    step: Value,
) -> Result<Value, Error> {
    if crate::objects::class::is_instance(vm, container)
        || crate::objects::memoryview::is_memoryview(vm, container)
        || crate::objects::array::is_array(vm, container)
    {
        // A Python class's `__getitem__` receives a slice object (a view and an array
        // slice by one).
        let (s, container) = vm.handle_scope(|vm| {
            let h = vm.mutator().root(container);
            let s = crate::objects::slice::new_slice(vm, lower, upper, step);
            (s, vm.mutator().get(h))
        });
        return subscript(vm, container, s?);
    }
    if crate::objects::slice::is_slice(vm, lower)
        && upper == crate::values::NONE
        && step == crate::values::NONE
    {
        // `seq[s]` with a slice object.
        let (a, b, c) = crate::objects::slice::parts(vm, lower);
        return get_slice(vm, container, a, b, c);
    }
    let ([container], bounds) =
        crate::protocols::index::index_values(vm, [container], [lower, upper, step])?;
    if crate::objects::range::is_range(vm, container) {
        // A range slices with big bounds exactly (`range(2**64)[2**63:]`).
        let [lower, upper, step] = bounds;
        return crate::objects::range::slice(vm, container, lower, upper, step);
    }
    let [lower, upper, step] = crate::protocols::index::clamped_bounds(vm, bounds);
    if crate::objects::bytes::is_bytes_like(vm, container) {
        return crate::objects::bytes::slice(vm, container, lower, upper, step);
    }
    if let Some(n) = crate::values::str_char_len(vm, container) {
        let picked = crate::objects::slice::Picked::of(n, lower, upper, step)?;
        return crate::objects::str::slice(vm, container, picked);
    }
    let Some(n) = len_of_list_or_tuple(vm, container) else {
        return Err(Error::new(
            "TypeError",
            format!("'{}' object is not subscriptable", type_name(vm, container)),
        ));
    };
    // Only the picked items are read (a short slice of a long list costs its length).
    let picked: Vec<Value> = crate::objects::slice::Picked::of(n, lower, upper, step)?
        .positions()
        .filter_map(|i| item_at(vm, container, i))
        .collect();
    if crate::values::is_tuple(vm, container) {
        new_tuple(vm, &picked)
    } else {
        new_list(vm, &picked)
    }
}

pub(crate) fn tuple(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    no_keywords("tuple", kwargs)?;
    let items = match args.first() {
        None => vec![],
        Some(&v) => collect(vm, v)?,
    };
    crate::objects::sequence::new_tuple(vm, &items)
}
