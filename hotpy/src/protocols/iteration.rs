//! The iteration protocol: `iter(v)` (a builtin's own iterator, a class's `__iter__`, or
//! the `__getitem__` fallback) and `next(it)` over the builtin iterators and instances.

use crate::generated::layouts::{List, Range, RangeIter, SeqIter, Str, StrIter, Tuple};
use crate::values::{EXHAUSTED, NONE, layout_of, new_str, type_name};
use crate::vm::{Error, ThreadState};
use gvmt::rt::{Value, Vm};

pub fn get_iter(vm: &mut ThreadState, v: Value) -> Result<Value, Error> {
    if crate::objects::dict_views::is_view(vm, v) {
        // `for k, v in d.items()`: straight to the snapshot's iterator.
        return crate::objects::dict_views::iter(vm, v);
    }
    if crate::protocols::dunder::takes_part(vm, v) && !crate::protocols::dunder::is_native(vm, v) {
        return vm.handle_scope(|vm| {
            let h = vm.mutator().root(v);
            instance_iter(vm, h)
        });
    }
    builtin_iter(vm, v)
}

/// `iter()` of an instance of a Python class (rooted in `h`): `__iter__`, else the old
/// sequence protocol through `__getitem__`.
fn instance_iter(vm: &mut ThreadState, h: gvmt::gc::Handle) -> Result<Value, Error> {
    let v = vm.mutator().get(h);
    if let Some(it) = crate::protocols::dunder::call(vm, v, "__iter__", &[])? {
        // Checking for `__next__` may collect: keep the iterator in a handle (the caller's
        // mark releases it).
        let hit = vm.mutator().root(it);
        let has_next = crate::protocols::dunder::method(vm, it, "__next__")?.is_some();
        let it = vm.mutator().get(hit);
        if !has_next && !crate::protocols::dunder::is_builtin_iterator(vm, it) {
            return Err(Error::new(
                "TypeError",
                format!(
                    "iter() returned non-iterator of type '{}'",
                    type_name(vm, it)
                ),
            ));
        }
        return Ok(it);
    }
    let v = vm.mutator().get(h);
    if crate::protocols::dunder::method(vm, v, "__getitem__")?.is_some() {
        let v = vm.mutator().get(h);
        return crate::objects::sequence::iter(vm, v);
    }
    let v = vm.mutator().get(h);
    Err(Error::new(
        "TypeError",
        format!("'{}' object is not iterable", type_name(vm, v)),
    ))
}

fn builtin_iter(vm: &mut ThreadState, v: Value) -> Result<Value, Error> {
    if crate::objects::array::is_array(vm, v) {
        return crate::objects::array::methods::iter(vm, v);
    }
    if crate::objects::memoryview::is_memoryview(vm, v) {
        let items = crate::objects::memoryview::items(vm, v)?;
        let list = crate::objects::sequence::new_list(vm, &items)?;
        return crate::objects::sequence::iter(vm, list);
    }
    if crate::objects::bytes::is_bytes_like(vm, v) {
        let list = crate::objects::bytes::ints(vm, v)?;
        return crate::objects::sequence::iter(vm, list);
    }
    if matches!(
        layout_of(vm, v),
        Some(crate::generated::layouts::LazyIter::ID | crate::generated::layouts::PoolIter::ID)
    ) {
        return Ok(v);
    }
    if crate::objects::set::is_set(vm, v) {
        let items = crate::objects::set::elements(vm, v);
        return vm.handle_scope(|vm| {
            let set = vm.mutator().root(v);
            let list = crate::objects::sequence::new_list(vm, &items)?;
            let v = vm.mutator().get(set);
            crate::objects::sequence::snapshot_iter(vm, list, v)
        });
    }
    if crate::interp::generators::is_generator(vm, v)
        || layout_of(vm, v) == Some(crate::generated::layouts::AsyncStep::ID)
    {
        return Ok(v);
    }
    match layout_of(vm, v) {
        Some(l) if l == Range::ID => crate::objects::range::iter(vm, v),
        Some(l) if l == Str::ID => {
            let (it, kept) = vm.alloc_with(StrIter::ID, StrIter::FIXED_SIZE, [v])?;
            StrIter::set_text(vm.vmctx(), it, kept[0]);
            StrIter::set_offset(vm.vmctx(), it, 0);
            Ok(it)
        }
        Some(l) if l == RangeIter::ID || l == StrIter::ID || l == SeqIter::ID => Ok(v),
        Some(l) if l == List::ID || l == Tuple::ID => crate::objects::sequence::iter(vm, v),
        _ if crate::objects::dict::is_dict(vm, v) => {
            // Reads the keys in place (CPython raises if the dict changes size meanwhile).
            crate::objects::sequence::snapshot_iter(vm, v, v)
        }
        _ => Err(Error::new(
            "TypeError",
            format!("'{}' object is not iterable", type_name(vm, v)),
        )),
    }
}

pub fn iter_next(vm: &mut ThreadState, it: Value) -> Result<Value, Error> {
    if layout_of(vm, it) == Some(crate::generated::layouts::LazyIter::ID) {
        return crate::objects::lazy_iter::next(vm, it);
    }
    if crate::objects::pool_iter::is_pool_iter(vm, it) {
        return crate::objects::pool_iter::next(vm, it);
    }
    if crate::interp::generators::is_generator(vm, it) {
        return crate::interp::generators::next(vm, it);
    }
    if layout_of(vm, it) == Some(crate::generated::layouts::AsyncStep::ID) {
        return match crate::interp::coroutines::step(vm, it, NONE, None)? {
            crate::interp::generators::Resumed::Yielded(v) => Ok(v),
            crate::interp::generators::Resumed::Returned(_) => Ok(EXHAUSTED),
        };
    }
    if crate::objects::class::is_instance(vm, it) {
        return match crate::protocols::dunder::call(vm, it, "__next__", &[]) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => Err(Error::new(
                "TypeError",
                format!("'{}' object is not an iterator", type_name(vm, it)),
            )),
            Err(e) if e.is("StopIteration") => Ok(EXHAUSTED),
            Err(e) => Err(e),
        };
    }
    match layout_of(vm, it) {
        Some(l) if l == RangeIter::ID => {
            let ctx = vm.vmctx();
            let (next, stop, step) = (
                RangeIter::next(ctx, it),
                RangeIter::stop(ctx, it),
                RangeIter::step(ctx, it),
            );
            if (step > 0 && next >= stop) || (step < 0 && next <= stop) {
                return Ok(EXHAUSTED);
            }
            RangeIter::set_next(ctx, it, next.saturating_add(step));
            crate::objects::int::bigint::from_i128(vm, next as i128)
        }
        Some(l) if l == StrIter::ID => {
            let text = StrIter::text(vm.vmctx(), it);
            let offset = StrIter::offset(vm.vmctx(), it) as usize;
            match crate::values::str_char_at_byte(vm, text, offset) {
                None => Ok(EXHAUSTED),
                Some((c, next)) => {
                    StrIter::set_offset(vm.vmctx(), it, next as i64);
                    new_str(vm, c.encode_utf8(&mut [0; 4]))
                }
            }
        }
        Some(l) if l == SeqIter::ID => crate::objects::sequence::iter_next(vm, it),
        _ => Err(Error::new(
            "TypeError",
            format!("'{}' object is not an iterator", type_name(vm, it)),
        )),
    }
}

/// `it.__next__()` of the builtin iterators: `next(it)`.
pub fn next_method(vm: &mut ThreadState, it: Value, args: &[Value]) -> Result<Value, Error> {
    crate::objects::arity("__next__", args, 0, 0)?;
    match iter_next(vm, it)? {
        EXHAUSTED => Err(Error::new("StopIteration", "")),
        v => Ok(v),
    }
}

/// `it.__iter__()` of the builtin iterators: the iterator itself.
pub fn iter_method(_vm: &mut ThreadState, it: Value, args: &[Value]) -> Result<Value, Error> {
    crate::objects::arity("__iter__", args, 0, 0)?;
    Ok(it)
}

/// `it.__length_hint__()` of the list, tuple, range and str iterators: how many items are
/// left (0 once exhausted).
pub fn length_hint_method(vm: &mut ThreadState, it: Value, args: &[Value]) -> Result<Value, Error> {
    crate::objects::arity("__length_hint__", args, 0, 0)?;
    let ctx = vm.vmctx();
    let left: i128 = match layout_of(vm, it) {
        Some(l) if l == RangeIter::ID => {
            let (next, stop, step) = (
                RangeIter::next(ctx, it) as i128,
                RangeIter::stop(ctx, it) as i128,
                RangeIter::step(ctx, it) as i128,
            );
            if step > 0 {
                (stop - next + step - 1).div_euclid(step)
            } else {
                (next - stop - step - 1).div_euclid(-step)
            }
        }
        Some(l) if l == StrIter::ID => {
            let text = StrIter::text(ctx, it);
            let offset = StrIter::offset(ctx, it) as usize;
            crate::values::str_text(vm, text).map_or(0, |t| {
                t.get(offset..)
                    .map_or(0, |rest| rest.chars().count() as i128)
            })
        }
        Some(l) if l == SeqIter::ID => {
            let (seq, index) = (SeqIter::seq(ctx, it), SeqIter::index(ctx, it) as i128);
            let total = match crate::objects::sequence::len(vm, seq) {
                Some(n) => n as i128,
                None => crate::objects::range::length(vm, seq).map_or(0, |n| n as i128),
            };
            total - index
        }
        _ => 0,
    };
    crate::objects::int::bigint::from_i128(vm, left.max(0))
}
