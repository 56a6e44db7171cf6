//! A list's slices: `l[a:b:c] = iterable`, `del l[a:b:c]` and `del l[i]`. Each is atomic:
//! the list's items are read and replaced under its write lock (`--sync=locks`), and the
//! new items array is published whole (`sequence::publish_items`).

use crate::generated::layouts::{Array, List};
use crate::values::{NONE, as_int, layout_of, type_name};
use crate::vm::{Error, ThreadState};
use gvmt::rt::{Value, Vm};

/// `del list[index]` for an int index, holding the list's lock.
pub(crate) fn delete_item_locked(
    vm: &mut ThreadState,
    container: Value,
    index: Value,
) -> Result<(), Error> {
    {
        let n = crate::objects::sequence::len(vm, container).unwrap_or(0);
        let Some(i) = as_int(index) else {
            return Err(Error::new(
                "TypeError",
                format!(
                    "list indices must be integers or slices, not {}",
                    type_name(vm, index)
                ),
            ));
        };
        let at = if i < 0 { i + n as i64 } else { i };
        if at < 0 || at as usize >= n {
            return Err(Error::new(
                "IndexError",
                "list assignment index out of range",
            ));
        }
        crate::objects::sequence::remove_index(vm, container, at as usize);
        Ok(())
    }
}

/// Gives `list` exactly `items` (a fresh backing array).
fn replace_items(vm: &mut ThreadState, list: Value, items: &[Value]) -> Result<(), Error> {
    let (fresh, list) = vm.handle_scope(|vm| {
        let h = vm.mutator().root(list);
        let fresh = crate::objects::sequence::new_list(vm, items);
        (fresh, vm.mutator().get(h))
    });
    let fresh = fresh?;
    let ctx = vm.vmctx();
    let (items, n) = crate::objects::sequence::list_view(ctx, fresh);
    crate::objects::sequence::publish_items(ctx, list, items, n);
    Ok(())
}

/// `(start, stop)` of a step-1 slice of `len` items (CPython clamps, and `stop >= start`).
fn simple_bounds(len: usize, lower: Value, upper: Value) -> Result<(usize, usize), Error> {
    let len = len as i64;
    let bound = |v: Value, default: i64| -> Result<i64, Error> {
        if v == NONE {
            return Ok(default);
        }
        let i = as_int(v).ok_or_else(|| {
            Error::new(
                "TypeError",
                "slice indices must be integers or None or have an __index__ method",
            )
        })?;
        Ok(if i < 0 { (i + len).max(0) } else { i.min(len) })
    };
    let start = bound(lower, 0)?;
    let stop = bound(upper, len)?.max(start);
    Ok((start as usize, stop as usize))
}

fn require_list(vm: &ThreadState, container: Value, what: &str) -> Result<(), Error> {
    if layout_of(vm, container) == Some(List::ID) {
        Ok(())
    } else {
        Err(Error::new(
            "TypeError",
            format!("'{}' object {what}", type_name(vm, container)),
        ))
    }
}

/// `container[lower:upper:step] = iterable` for lists.
pub fn store_slice(
    vm: &mut ThreadState,
    value: Value,
    container: Value,
    lower: Value,
    upper: Value,
    step: Value,
) -> Result<(), Error> {
    if crate::objects::class::is_instance(vm, container)
        || crate::objects::memoryview::is_memoryview(vm, container)
        || crate::objects::array::is_array(vm, container)
    {
        return vm.handle_scope(|vm| {
            let handles = [value, container].map(|v| vm.mutator().root(v));
            crate::objects::slice::new_slice(vm, lower, upper, step).and_then(|s| {
                let [value, container] = handles.map(|h| vm.mutator().get(h));
                crate::objects::sequence::store_subscript(vm, container, s, value)
            })
        });
    }
    let bytearray = crate::objects::bytearray::is_bytearray(vm, container);
    if !bytearray {
        require_list(vm, container, "does not support item assignment")?;
    }
    let ([value, container], bounds) =
        crate::protocols::index::index_values(vm, [value, container], [lower, upper, step])?;
    let [lower, upper, step] = crate::protocols::index::clamped_bounds(vm, bounds);
    if bytearray {
        return crate::objects::bytearray::store_slice(vm, container, [lower, upper, step], value);
    }
    vm.handle_scope(|vm| {
        let handles = [container, lower, upper, step].map(|v| vm.mutator().root(v));
        let new = match crate::modules::builtins::collect(vm, value) {
            Err(e) if e.is("TypeError") && e.message().ends_with("is not iterable") => {
                return Err(Error::new("TypeError", "can only assign an iterable"));
            }
            other => other?,
        };
        let [container, lower, upper, step] = handles.map(|h| vm.mutator().get(h));
        // The new items stay rooted while the lock is awaited (which may collect).
        let held = vm.mutator().root_all(&new);
        vm.with_write_lock(container, [lower, upper, step], |vm, container, bounds| {
            let mut new = new;
            vm.mutator_ref().get_all(held, &mut new);
            store_slice_locked(vm, container, bounds, new)
        })
    })
}

/// `list[lower:upper:step] = new`, holding the list's lock.
fn store_slice_locked(
    vm: &mut ThreadState,
    container: Value,
    [lower, upper, step]: [Value; 3],
    new: Vec<Value>,
) -> Result<(), Error> {
    {
        let all = crate::objects::sequence::items(vm, container).unwrap_or_default();
        if step == NONE || as_int(step) == Some(1) {
            let (start, stop) = simple_bounds(all.len(), lower, upper)?;
            let mut items = all[..start].to_vec();
            items.extend_from_slice(&new);
            items.extend_from_slice(&all[stop..]);
            return replace_items(vm, container, &items);
        }
        let indices = crate::objects::sequence::slice_indices(all.len(), lower, upper, step)?;
        if indices.len() != new.len() {
            return Err(Error::new(
                "ValueError",
                format!(
                    "attempt to assign sequence of size {} to extended slice of size {}",
                    new.len(),
                    indices.len()
                ),
            ));
        }
        let (array, n) = crate::objects::sequence::list_view(vm.vmctx(), container);
        for (i, v) in indices.into_iter().zip(new) {
            if i < n {
                Array::set_items(vm.vmctx(), array, i, v);
            }
        }
        Ok(())
    }
}

/// `del container[lower:upper:step]` for lists.
pub fn delete_slice(
    vm: &mut ThreadState,
    container: Value,
    lower: Value,
    upper: Value,
    step: Value,
) -> Result<(), Error> {
    if crate::objects::class::is_instance(vm, container)
        || crate::objects::array::is_array(vm, container)
    {
        return vm.handle_scope(|vm| {
            let h = vm.mutator().root(container);
            crate::objects::slice::new_slice(vm, lower, upper, step).and_then(|s| {
                let container = vm.mutator().get(h);
                crate::protocols::deletion::delete_subscript(vm, container, s)
            })
        });
    }
    let bytearray = crate::objects::bytearray::is_bytearray(vm, container);
    if !bytearray {
        require_list(vm, container, "does not support item deletion")?;
    }
    let ([container], bounds) =
        crate::protocols::index::index_values(vm, [container], [lower, upper, step])?;
    let [lower, upper, step] = crate::protocols::index::clamped_bounds(vm, bounds);
    if bytearray {
        return crate::objects::bytearray::delete_slice(vm, container, [lower, upper, step]);
    }
    vm.with_write_lock(
        container,
        [lower, upper, step],
        |vm, container, [lower, upper, step]| {
            let all = crate::objects::sequence::items(vm, container).unwrap_or_default();
            let mut gone = vec![false; all.len()];
            for i in crate::objects::sequence::slice_indices(all.len(), lower, upper, step)? {
                gone[i] = true;
            }
            let kept: Vec<Value> = all
                .iter()
                .zip(gone)
                .filter(|(_, gone)| !gone)
                .map(|(&v, _)| v)
                .collect();
            replace_items(vm, container, &kept)
        },
    )
}
