//! `del` of names, subscripts and attributes (a list's items and slices are
//! `objects/list/slices.rs`'s).

use crate::generated::layouts::List;
use crate::values::{layout_of, type_name};
use crate::vm::{Error, ThreadState};
use gvmt::rt::{Value, Vm};

/// `del container[index]`.
pub fn delete_subscript(vm: &mut ThreadState, container: Value, index: Value) -> Result<(), Error> {
    if crate::protocols::dunder::call(vm, container, "__delitem__", &[index])?.is_some() {
        return Ok(());
    }
    if crate::objects::memoryview::is_memoryview(vm, container) {
        return Err(Error::new("TypeError", "cannot delete memory"));
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
        return crate::objects::list::slices::delete_slice(vm, container, a, b, c);
    }
    let ([container], [index]) = crate::protocols::index::index_values(vm, [container], [index])?;
    if crate::objects::bytearray::is_bytearray(vm, container) {
        return crate::objects::bytearray::delete_item(vm, container, index);
    }
    if layout_of(vm, container) == Some(List::ID) {
        return vm.with_write_lock(container, [index], |vm, list, [index]| {
            crate::objects::list::slices::delete_item_locked(vm, list, index)
        });
    }
    // CPython's two messages: its sequence protocol's for an index into a type with
    // sequence methods, its mapping protocol's otherwise.
    let sequence_like = crate::objects::class::is_instance(vm, container)
        || crate::values::str_value(vm, container).is_some()
        || crate::objects::sequence::len(vm, container).is_some()
        || crate::objects::bytes::is_bytes_like(vm, container)
        || crate::objects::range::is_range(vm, container)
        || crate::objects::set::is_set(vm, container);
    let by_index =
        crate::values::as_int(index).is_some() || crate::objects::int::bigint::is_big(vm, index);
    let verb = if sequence_like && by_index {
        "doesn't"
    } else {
        "does not"
    };
    Err(Error::new(
        "TypeError",
        format!(
            "'{}' object {verb} support item deletion",
            type_name(vm, container)
        ),
    ))
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
    if crate::objects::class::is_class(vm, object) {
        crate::protocols::descriptors::check_mutable(vm, object, name)?;
    }
    let text = crate::values::str_value(vm, name).unwrap_or_default();
    vm.handle_scope(|vm| {
        let (ho, hn) = (vm.mutator().root(object), vm.mutator().root(name));
        if crate::objects::class::is_instance(vm, object) {
            let cls = crate::objects::class::class_of(vm, object);
            let attr = crate::objects::class::lookup(vm, cls, vm.mutator_ref().get(hn))?;
            if let Some(d) = attr
                && crate::objects::getset::entry(vm, d).is_some()
            {
                let object = vm.mutator().get(ho);
                return crate::objects::getset::set(vm, d, object, None);
            }
            if let Some(p) = attr
                && crate::objects::class::descriptor_kind(vm, p)
                    == Some(crate::objects::class::PROPERTY)
            {
                let fdel = crate::generated::layouts::Descriptor::third(vm.vmctx(), p);
                if fdel == crate::values::NONE {
                    return Err(Error::new(
                        "AttributeError",
                        format!(
                            "property '{text}' of '{}' object has no deleter",
                            crate::objects::class::class_name(vm, cls)
                        ),
                    ));
                }
                return vm.call(fdel, &[object], &[]).map(|_| ());
            }
            if let Some(attr) = attr
                && crate::protocols::descriptors::may_be_descriptor(vm, attr)
                && crate::protocols::descriptors::instance_delete(vm, object, attr)?
            {
                return Ok(());
            }
        }
        let object = vm.mutator().get(ho);
        if !crate::objects::class::is_instance(vm, object)
            && crate::objects::class::native_set(vm, object, vm.mutator_ref().get(hn), None)?
        {
            return Ok(());
        }
        let object = vm.mutator().get(ho);
        // An instance's storage becomes a dict here (which may collect): read `name` after.
        if let Some(dict) = crate::objects::class::attribute_dict(vm, object)?
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
