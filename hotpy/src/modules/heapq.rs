//! `_heapq`: the heap operations on a list in Rust, as CPython's `_heapqmodule.c` (the same
//! algorithms, so a heap's layout is CPython's; the standard library's `heapq.py` takes them from here).
//!
//! A comparison may run Python code (an item's `__lt__`), which may collect or change the
//! list: the list is held in a handle, every item is read anew from it after a comparison, a
//! changed size is CPython's RuntimeError, and each swap runs under the list's write lock
//! (taken only around the swap, never across a comparison) after checking its indexes.
//!
//! Owns: those five functions. Must not: order items itself (that is `<`, the comparison
//! protocol's).

use crate::generated::layouts::{Array, List};
use crate::objects::sequence;
use crate::vm::{Error, ThreadState};
use gvmt::gc::Handle;
use gvmt::rt::{Value, Vm};

type Kwargs<'a> = &'a [(String, Value)];

/// The arguments of `name`, the first of which must be a list (CPython's messages).
fn heap_args<const N: usize>(
    vm: &mut ThreadState,
    name: &str,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<[Value; N], Error> {
    if !kwargs.is_empty() {
        return Err(Error::new(
            "TypeError",
            format!("_heapq.{name}() takes no keyword arguments"),
        ));
    }
    let Ok(args) = <[Value; N]>::try_from(args) else {
        let message = if N == 1 {
            format!(
                "_heapq.{name}() takes exactly one argument ({} given)",
                args.len()
            )
        } else {
            format!("{name} expected {N} arguments, got {}", args.len())
        };
        return Err(Error::new("TypeError", message));
    };
    if !sequence::is_list(vm, args[0]) {
        let which = if N == 1 { "argument" } else { "argument 1" };
        let given = if args[0] == crate::values::NONE {
            "None"
        } else {
            crate::values::type_name(vm, args[0])
        };
        return Err(Error::new(
            "TypeError",
            format!("{name}() {which} must be list, not {given}"),
        ));
    }
    Ok(args)
}

fn length(vm: &ThreadState, heap: Handle) -> usize {
    sequence::len(vm, vm.mutator_ref().get(heap)).unwrap_or(0)
}

fn item(vm: &ThreadState, heap: Handle, i: usize) -> Result<Value, Error> {
    sequence::item_at(vm, vm.mutator_ref().get(heap), i)
        .ok_or_else(|| Error::new("IndexError", "list index out of range"))
}

/// `heap[i] = v` under the list's write lock.
fn store(vm: &mut ThreadState, heap: Handle, i: usize, v: Value) -> Result<(), Error> {
    let list = vm.mutator_ref().get(heap);
    vm.with_write_lock(list, [v], |vm, list, [v]| {
        let ctx = vm.vmctx();
        if i >= List::length(ctx, list).max(0) as usize {
            return Err(Error::new("IndexError", "list index out of range"));
        }
        Array::set_items(ctx, List::items(ctx, list), i, v);
        Ok(())
    })
}

/// Swaps `heap[i]` and `heap[j]` under the list's write lock.
fn swap(vm: &mut ThreadState, heap: Handle, i: usize, j: usize) -> Result<(), Error> {
    let list = vm.mutator_ref().get(heap);
    vm.with_write_lock(list, [], |vm, list, []| {
        let ctx = vm.vmctx();
        let n = List::length(ctx, list).max(0) as usize;
        if i >= n || j >= n {
            return Err(changed_size());
        }
        let items = List::items(ctx, list);
        let (a, b) = (Array::items(ctx, items, i), Array::items(ctx, items, j));
        Array::set_items(ctx, items, i, b);
        Array::set_items(ctx, items, j, a);
        Ok(())
    })
}

fn changed_size() -> Error {
    Error::new("RuntimeError", "list changed size during iteration")
}

/// `heap[i] < heap[j]` (may run Python code).
fn less(vm: &mut ThreadState, heap: Handle, i: usize, j: usize) -> Result<bool, Error> {
    let (a, b) = (item(vm, heap, i)?, item(vm, heap, j)?);
    less_values(vm, a, b)
}

fn less_values(vm: &mut ThreadState, a: Value, b: Value) -> Result<bool, Error> {
    let r = crate::protocols::comparison::compare(vm, 0, a, b)?;
    crate::values::is_true(vm, r)
}

/// Moves the item at `pos` up towards `startpos` while it is less than its parent.
fn sift_down(
    vm: &mut ThreadState,
    heap: Handle,
    startpos: usize,
    mut pos: usize,
) -> Result<(), Error> {
    let size = length(vm, heap);
    if pos >= size {
        return Err(Error::new("IndexError", "list index out of range"));
    }
    while pos > startpos {
        let parentpos = (pos - 1) >> 1;
        let lt = less(vm, heap, pos, parentpos)?;
        if size != length(vm, heap) {
            return Err(changed_size());
        }
        if !lt {
            break;
        }
        swap(vm, heap, parentpos, pos)?;
        pos = parentpos;
    }
    Ok(())
}

/// Moves the smaller child up into `pos` down to a leaf, then the item back up
/// ([`sift_down`]): CPython's bottom-up variant (fewer comparisons).
fn sift_up(vm: &mut ThreadState, heap: Handle, mut pos: usize) -> Result<(), Error> {
    let endpos = length(vm, heap);
    let startpos = pos;
    if pos >= endpos {
        return Err(Error::new("IndexError", "list index out of range"));
    }
    let limit = endpos >> 1;
    while pos < limit {
        let mut childpos = 2 * pos + 1;
        if childpos + 1 < endpos {
            let lt = less(vm, heap, childpos, childpos + 1)?;
            if endpos != length(vm, heap) {
                return Err(changed_size());
            }
            if !lt {
                childpos += 1;
            }
        }
        if endpos != length(vm, heap) {
            return Err(changed_size());
        }
        swap(vm, heap, pos, childpos)?;
        pos = childpos;
    }
    sift_down(vm, heap, startpos, pos)
}

/// Runs `f` with the list and `item` held in handles.
fn held<R>(
    vm: &mut ThreadState,
    list: Value,
    item: Value,
    f: impl FnOnce(&mut ThreadState, Handle, Handle) -> Result<R, Error>,
) -> Result<R, Error> {
    vm.handle_scope(|vm| {
        let (hl, hi) = (vm.mutator().root(list), vm.mutator().root(item));
        f(vm, hl, hi)
    })
}

/// `heappush(heap, item)`.
pub fn heappush(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    let [list, x] = heap_args::<2>(vm, "heappush", args, kwargs)?;
    held(vm, list, x, |vm, heap, hx| {
        let (list, x) = (vm.mutator_ref().get(heap), vm.mutator_ref().get(hx));
        sequence::append(vm, list, x)?;
        let n = length(vm, heap);
        sift_down(vm, heap, 0, n - 1)?;
        Ok(crate::values::NONE)
    })
}

/// `heappop(heap)`.
pub fn heappop(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    let [list] = heap_args::<1>(vm, "heappop", args, kwargs)?;
    held(vm, list, crate::values::NONE, |vm, heap, _| {
        if length(vm, heap) == 0 {
            return Err(Error::new("IndexError", "index out of range"));
        }
        let list = vm.mutator_ref().get(heap);
        let last = sequence::pop(vm, list)?;
        if length(vm, heap) == 0 {
            return Ok(last);
        }
        replace_top(vm, heap, last)
    })
}

/// Puts `x` at the top of the non-empty heap and sifts it into place: the old top.
fn replace_top(vm: &mut ThreadState, heap: Handle, x: Value) -> Result<Value, Error> {
    vm.handle_scope(|vm| {
        let hx = vm.mutator().root(x);
        let top = item(vm, heap, 0)?;
        let htop = vm.mutator().root(top);
        let x = vm.mutator_ref().get(hx);
        store(vm, heap, 0, x)?;
        sift_up(vm, heap, 0)?;
        Ok(vm.mutator_ref().get(htop))
    })
}

/// `heapreplace(heap, item)`: pop, then push.
pub fn heapreplace(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let [list, x] = heap_args::<2>(vm, "heapreplace", args, kwargs)?;
    held(vm, list, x, |vm, heap, hx| {
        if length(vm, heap) == 0 {
            return Err(Error::new("IndexError", "index out of range"));
        }
        let x = vm.mutator_ref().get(hx);
        replace_top(vm, heap, x)
    })
}

/// `heappushpop(heap, item)`: push, then pop.
pub fn heappushpop(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let [list, x] = heap_args::<2>(vm, "heappushpop", args, kwargs)?;
    held(vm, list, x, |vm, heap, hx| {
        if length(vm, heap) == 0 {
            return Ok(vm.mutator_ref().get(hx));
        }
        let (top, x) = (item(vm, heap, 0)?, vm.mutator_ref().get(hx));
        if !less_values(vm, top, x)? {
            return Ok(vm.mutator_ref().get(hx));
        }
        if length(vm, heap) == 0 {
            return Err(Error::new("IndexError", "index out of range"));
        }
        let x = vm.mutator_ref().get(hx);
        replace_top(vm, heap, x)
    })
}

/// `heapify(heap)`: the list made a heap, in place.
pub fn heapify(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    let [list] = heap_args::<1>(vm, "heapify", args, kwargs)?;
    held(vm, list, crate::values::NONE, |vm, heap, _| {
        let n = length(vm, heap);
        for i in (0..n / 2).rev() {
            sift_up(vm, heap, i)?;
        }
        Ok(crate::values::NONE)
    })
}
