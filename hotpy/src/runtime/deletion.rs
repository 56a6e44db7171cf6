//! `del` (names, subscripts, attributes, slices) and slice assignment.

use super::{NONE, as_int, layout_of, type_name};
use crate::generated::layouts::{Array, List};
use crate::vm::{Error, ThreadState};
use gvmt::rt::{Value, Vm};

/// `del container[index]`.
pub fn delete_subscript(vm: &mut ThreadState, container: Value, index: Value) -> Result<(), Error> {
    if crate::protocols::dunder::call(vm, container, "__delitem__", &[index])?.is_some() {
        return Ok(());
    }
    if crate::objects::dict::is_dict(vm, container) {
        let (removed, index) = vm.handle_scope(|vm| {
            let h = vm.mutator().root(index);
            let removed = crate::objects::dict::remove(vm, container, index);
            (removed, vm.mutator().get(h))
        });
        return match removed? {
            Some(_) => Ok(()),
            None => Err(crate::objects::dict::key_error(vm, index)),
        };
    }
    if crate::objects::slice::is_slice(vm, index) {
        let (a, b, c) = crate::objects::slice::parts(vm, index);
        return delete_slice(vm, container, a, b, c);
    }
    let ([container], [index]) = crate::protocols::index::index_values(vm, [container], [index])?;
    if layout_of(vm, container) == Some(List::ID) {
        return vm.with_write_lock(container, [index], |vm, list, [index]| {
            delete_item_locked(vm, list, index)
        });
    }
    Err(Error::new(
        "TypeError",
        format!(
            "'{}' object doesn't support item deletion",
            type_name(vm, container)
        ),
    ))
}

/// `del list[index]` for an int index, holding the list's lock.
fn delete_item_locked(vm: &mut ThreadState, container: Value, index: Value) -> Result<(), Error> {
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
        let mut items = crate::objects::sequence::items(vm, container).unwrap_or_default();
        items.remove(at as usize);
        replace_items(vm, container, &items)
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
    if super::classes::is_instance(vm, container) {
        return vm.handle_scope(|vm| {
            let handles = [value, container].map(|v| vm.mutator().root(v));
            crate::objects::slice::new_slice(vm, lower, upper, step).and_then(|s| {
                let [value, container] = handles.map(|h| vm.mutator().get(h));
                crate::objects::sequence::store_subscript(vm, container, s, value)
            })
        });
    }
    require_list(vm, container, "does not support item assignment")?;
    let ([value, container], [lower, upper, step]) =
        crate::protocols::index::index_values(vm, [value, container], [lower, upper, step])?;
    vm.handle_scope(|vm| {
        let handles = [container, lower, upper, step].map(|v| vm.mutator().root(v));
        let new = match super::builtins::collect(vm, value) {
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
    if super::classes::is_instance(vm, container) {
        return vm.handle_scope(|vm| {
            let h = vm.mutator().root(container);
            crate::objects::slice::new_slice(vm, lower, upper, step).and_then(|s| {
                let container = vm.mutator().get(h);
                delete_subscript(vm, container, s)
            })
        });
    }
    require_list(vm, container, "does not support item deletion")?;
    let ([container], [lower, upper, step]) =
        crate::protocols::index::index_values(vm, [container], [lower, upper, step])?;
    vm.with_write_lock(
        container,
        [lower, upper, step],
        |vm, container, [lower, upper, step]| {
            let all = crate::objects::sequence::items(vm, container).unwrap_or_default();
            let gone = crate::objects::sequence::slice_indices(all.len(), lower, upper, step)?;
            let kept: Vec<Value> = all
                .iter()
                .enumerate()
                .filter(|(i, _)| !gone.contains(i))
                .map(|(_, &v)| v)
                .collect();
            replace_items(vm, container, &kept)
        },
    )
}

/// `del object.name`.
pub fn delete_attr(vm: &mut ThreadState, object: Value, name: Value) -> Result<(), Error> {
    if crate::modules::is_module(vm, object) {
        return crate::modules::delete_attr(vm, object, name);
    }
    let (custom, [object, name]) = vm.handle_scope(|vm| {
        let handles = [object, name].map(|x| vm.mutator().root(x));
        let custom = crate::protocols::dunder::call(vm, object, "__delattr__", &[name]);
        (custom, handles.map(|h| vm.mutator().get(h)))
    });
    if custom?.is_some() {
        return Ok(());
    }
    delete_attr_plain(vm, object, name)
}

/// `del object.name` without a class's `__delattr__` (`object.__delattr__`): a data
/// descriptor's `__delete__`, else the object's own attribute.
pub fn delete_attr_plain(vm: &mut ThreadState, object: Value, name: Value) -> Result<(), Error> {
    if crate::modules::is_module(vm, object) {
        return crate::modules::delete_attr(vm, object, name);
    }
    if super::classes::is_class(vm, object) {
        super::descriptors::check_mutable(vm, object, name)?;
    }
    let text = super::str_value(vm, name).unwrap_or_default();
    vm.handle_scope(|vm| {
        let (ho, hn) = (vm.mutator().root(object), vm.mutator().root(name));
        if super::classes::is_instance(vm, object) {
            let cls = super::classes::class_of(vm, object);
            let attr = super::classes::lookup(vm, cls, vm.mutator_ref().get(hn))?;
            if let Some(d) = attr
                && crate::objects::getset::entry(vm, d).is_some()
            {
                let object = vm.mutator().get(ho);
                return crate::objects::getset::set(vm, d, object, None);
            }
            if let Some(p) = attr
                && super::classes::descriptor_kind(vm, p) == Some(super::classes::PROPERTY)
            {
                let fdel = crate::generated::layouts::Descriptor::third(vm.vmctx(), p);
                if fdel == super::NONE {
                    return Err(Error::new(
                        "AttributeError",
                        format!(
                            "property '{text}' of '{}' object has no deleter",
                            super::classes::class_name(vm, cls)
                        ),
                    ));
                }
                return vm.call(fdel, &[object], &[]).map(|_| ());
            }
            if let Some(attr) = attr
                && super::descriptors::may_be_descriptor(vm, attr)
                && super::descriptors::instance_delete(vm, object, attr)?
            {
                return Ok(());
            }
        }
        let object = vm.mutator().get(ho);
        if !super::classes::is_instance(vm, object)
            && super::classes::native_set(vm, object, vm.mutator_ref().get(hn), None)?
        {
            return Ok(());
        }
        let object = vm.mutator().get(ho);
        // An instance's storage becomes a dict here (which may collect): read `name` after.
        if let Some(dict) = super::classes::attribute_dict(vm, object)?
            && crate::objects::dict::remove(vm, dict, vm.mutator_ref().get(hn))?.is_some()
        {
            return Ok(());
        }
        let object = vm.mutator().get(ho);
        Err(Error::new(
            "AttributeError",
            format!(
                "'{}' object has no attribute '{text}'",
                type_name(vm, object)
            ),
        ))
    })
}

/// `del name` of a global.
pub fn delete_global(vm: &mut ThreadState, index: i64) -> Result<(), Error> {
    vm.delete_global(index as usize)
}
