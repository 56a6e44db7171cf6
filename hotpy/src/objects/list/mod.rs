//! `list()` (the constructor) and `list`'s methods (`append`, `pop`, `extend`, `insert`, `index`, `count`, `reverse`,
//! `sort` through `sorted`, `remove`, `clear`, and `copy`, shared with tuple and dict where
//! they agree), as the rows of `protocols/attributes.rs::METHODS` name them. The storage
//! operations they use (and their locking under `--sync=locks`) are `objects/sequence.rs`'s.
//! The receiver and arguments are not roots: methods that run Python code or allocate before
//! using them again root them.

pub mod slices;
pub mod sort;

use super::arity;
use crate::generated::layouts::List;
use crate::modules::builtins::{collect, no_keywords};
use crate::values::{NONE, layout_of};
use crate::vm::{Error, ThreadState};
use gvmt::rt::{Value, Vm};

type Kwargs<'a> = &'a [(String, Value)];

/// `list.sort(key=None, reverse=False)`: sorts in place (through `sorted`).
pub fn list_sort(
    vm: &mut ThreadState,
    list: Value,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    if !args.is_empty() {
        return Err(Error::new(
            "TypeError",
            "sort() takes no positional arguments",
        ));
    }
    vm.handle_scope(|vm| {
        let h = vm.mutator().root(list);
        // The keyword values (`key=`) live across the allocations below.
        let kept: Vec<(String, gvmt::gc::Handle)> = kwargs
            .iter()
            .map(|(k, v)| (k.clone(), vm.mutator().root(*v)))
            .collect();
        // As CPython: the list is empty while it is sorted (a key function sees it so), and
        // a change made meanwhile is a ValueError; the list then holds the sorted items.
        let snapshot = crate::objects::sequence::items(vm, list).unwrap_or_default();
        let items = crate::objects::sequence::new_list(vm, &snapshot)?;
        let held = vm.mutator().root(items);
        let empty = crate::objects::sequence::new_list(vm, &[])?;
        let list = vm.mutator().get(h);
        take_storage(vm, list, empty);
        let items = vm.mutator().get(held);
        let kwargs: Vec<(String, Value)> = kept
            .iter()
            .map(|(k, h)| (k.clone(), vm.mutator().get(*h)))
            .collect();
        let sorted = crate::modules::builtins::object_functions::sorted(vm, &[items], &kwargs);
        let list = vm.mutator().get(h);
        let modified = crate::objects::sequence::len(vm, list).unwrap_or(0) != 0;
        let result = match sorted {
            Ok(s) => s,
            // Unsorted after an error: the items as they were.
            Err(e) => {
                let items = vm.mutator().get(held);
                take_storage(vm, list, items);
                return Err(e);
            }
        };
        take_storage(vm, list, result);
        if modified {
            return Err(Error::new("ValueError", "list modified during sort"));
        }
        Ok(NONE)
    })
}

/// Gives `list` the items of list `from` (their storage: `from` must not be used again).
fn take_storage(vm: &mut ThreadState, list: Value, from: Value) {
    vm.with_write_lock(list, [from], |vm, list, [from]| {
        let ctx = vm.vmctx();
        let (items, n) = crate::objects::sequence::list_view(ctx, from);
        crate::objects::sequence::publish_items(ctx, list, items, n);
    });
}

pub fn list_remove(vm: &mut ThreadState, list: Value, args: &[Value]) -> Result<Value, Error> {
    arity("list.remove", args, 1, 1)?;
    // Atomic: the search and the removal hold the list's lock.
    vm.with_write_lock(list, [args[0]], |vm, list, [x]| remove_locked(vm, list, x))
}

fn remove_locked(vm: &mut ThreadState, list: Value, x: Value) -> Result<Value, Error> {
    vm.handle_scope(|vm| {
        let (hl, hx) = (vm.mutator().root(list), vm.mutator().root(x));
        let mut i = 0;
        loop {
            let list = vm.mutator().get(hl);
            let items = crate::objects::sequence::items(vm, list).unwrap_or_default();
            let Some(&item) = items.get(i) else {
                return Err(Error::new("ValueError", "list.remove(x): x not in list"));
            };
            let x = vm.mutator().get(hx);
            if crate::protocols::comparison::compare_bool(vm, 2, item, x)? {
                let list = vm.mutator().get(hl);
                crate::objects::sequence::remove_index(vm, list, i);
                return Ok(NONE);
            }
            i += 1;
        }
    })
}

pub fn list_clear(vm: &mut ThreadState, list: Value, args: &[Value]) -> Result<Value, Error> {
    arity("list.clear", args, 0, 0)?;
    vm.with_write_lock(list, [], |vm, list, []| {
        use crate::generated::layouts::Array;
        let ctx = vm.vmctx();
        let n = List::length(ctx, list) as usize;
        List::set_length(ctx, list, 0);
        // The items go: nothing left in the array may keep them alive (and their
        // `__del__` or weak references may be due).
        let array = List::items(ctx, list);
        for i in 0..n {
            let item = Array::items(vm.vmctx(), array, i);
            vm.note_dropped(item);
            Array::set_items(vm.vmctx(), array, i, NONE);
        }
    });
    Ok(NONE)
}

pub fn seq_copy(vm: &mut ThreadState, seq: Value, args: &[Value]) -> Result<Value, Error> {
    arity("copy", args, 0, 0)?;
    if crate::objects::dict::is_dict(vm, seq) {
        let entries = crate::objects::dict::entries(vm, seq);
        let flat: Vec<Value> = entries.iter().flat_map(|&(k, v)| [k, v]).collect();
        return crate::objects::dict::new_dict_of(vm, &flat);
    }
    let items = crate::objects::sequence::items(vm, seq).unwrap_or_default();
    crate::objects::sequence::new_list(vm, &items)
}

pub(crate) fn list_append(
    vm: &mut ThreadState,
    list: Value,
    args: &[Value],
) -> Result<Value, Error> {
    crate::protocols::attributes::arity("list.append", args, 1)?;
    debug_assert_eq!(layout_of(vm, list), Some(List::ID));
    crate::objects::sequence::append(vm, list, args[0])?;
    Ok(crate::values::NONE)
}

pub(crate) fn list_pop(vm: &mut ThreadState, list: Value, args: &[Value]) -> Result<Value, Error> {
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

pub(crate) fn list_extend(
    vm: &mut ThreadState,
    list: Value,
    args: &[Value],
) -> Result<Value, Error> {
    crate::protocols::attributes::arity("list.extend", args, 1)?;
    crate::objects::sequence::list_extend(vm, list, args[0])?;
    Ok(crate::values::NONE)
}

pub(crate) fn list_insert(
    vm: &mut ThreadState,
    list: Value,
    args: &[Value],
) -> Result<Value, Error> {
    crate::protocols::attributes::arity("list.insert", args, 2)?;
    let ([list, item], [at]) =
        crate::protocols::index::index_values(vm, [list, args[1]], [args[0]])?;
    let len = crate::objects::sequence::len(vm, list).expect("a list") as i64;
    let at = crate::protocols::index::ssize_index(vm, at)?;
    let at = if at < 0 {
        at.saturating_add(len).max(0)
    } else {
        at.min(len)
    } as usize;
    crate::objects::sequence::insert_at(vm, list, at, item)?;
    Ok(crate::values::NONE)
}

pub(crate) fn list_index(vm: &mut ThreadState, seq: Value, args: &[Value]) -> Result<Value, Error> {
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
                let v = crate::protocols::index::clamped_bound(vm, v);
                let i = crate::values::as_int(v).ok_or_else(|| {
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
        return crate::values::make_int(i as i64);
    }
    if crate::values::is_list(vm, seq) {
        let shown = crate::protocols::repr::repr_of(vm, x);
        return Err(Error::new("ValueError", format!("{shown} is not in list")));
    }
    Err(Error::new("ValueError", "tuple.index(x): x not in tuple"))
}

pub(crate) fn seq_count(vm: &mut ThreadState, seq: Value, args: &[Value]) -> Result<Value, Error> {
    crate::protocols::attributes::arity("count", args, 1)?;
    let mut n = 0;
    crate::objects::sequence::each_equal(vm, seq, args[0], |_| {
        n += 1;
        true
    })?;
    crate::values::make_int(n)
}

/// `list.reverse()`: in place, atomic (under the list's lock when threads run in parallel).
pub(crate) fn list_reverse(
    vm: &mut ThreadState,
    list: Value,
    args: &[Value],
) -> Result<Value, Error> {
    crate::protocols::attributes::arity("list.reverse", args, 0)?;
    vm.with_write_lock(list, [], |vm, list, []| {
        use crate::generated::layouts::Array;
        let ctx = vm.vmctx();
        let (items, n) = crate::objects::sequence::list_view(ctx, list);
        for i in 0..n / 2 {
            let (a, b) = (
                Array::items(ctx, items, i),
                Array::items(ctx, items, n - 1 - i),
            );
            Array::set_items(ctx, items, i, b);
            Array::set_items(ctx, items, n - 1 - i, a);
        }
    });
    Ok(crate::values::NONE)
}

pub(crate) fn list(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    no_keywords("list", kwargs)?;
    let items = match args.first() {
        None => vec![],
        Some(&v) => collect(vm, v)?,
    };
    crate::objects::sequence::new_list(vm, &items)
}
