//! LOAD_METHOD's lookup: `obj.name` about to be called, answered without making a bound
//! method when the attribute is a plain method of the object's type. CALL_METHOD then calls
//! the function with the object as its first argument, which is what calling the bound
//! method would have done (CPython's LOAD_METHOD does the same).
//!
//! Owns: the decision "is this a plain method?". Must not: answer any other attribute (the
//! caller falls back to the full `getattr` for everything this refuses).

use crate::generated::layouts::{Function, Instance};
use crate::objects::class;
use crate::values::{UNBOUND, layout_of};
use crate::vm::{Error, ThreadState};
use gvmt::rt::Value;

/// The function `object.name` would bind `object` to, or UNBOUND when the attribute may be
/// anything else (an instance attribute, a descriptor, a class's own attribute, a
/// `__getattribute__` of the class's, ...).
pub fn find_method(vm: &mut ThreadState, object: Value, name: Value) -> Result<Value, Error> {
    match layout_of(vm, object) {
        Some(Instance::ID) => instance_method(vm, object, name),
        Some(_) => native_method(vm, object, name),
        None => Ok(UNBOUND),
    }
}

/// A Python function found on an instance's class and not shadowed by the instance.
fn instance_method(vm: &mut ThreadState, object: Value, name: Value) -> Result<Value, Error> {
    let cls = class::class_of(vm, object);
    if crate::protocols::descriptors::has_getattribute(vm, cls) {
        return Ok(UNBOUND);
    }
    vm.handle_scope(|vm| {
        let ho = vm.mutator().root(object);
        let hn = vm.mutator().root(name);
        let Some(f) = class::lookup(vm, cls, name)? else {
            return Ok(UNBOUND);
        };
        if !binds_plainly(vm, f) {
            return Ok(UNBOUND);
        }
        let hf = vm.mutator().root(f);
        let (object, name) = (vm.mutator().get(ho), vm.mutator().get(hn));
        if class::own_attr(vm, object, name)?.is_some() {
            return Ok(UNBOUND);
        }
        Ok(vm.mutator().get(hf))
    })
}

/// True for a class attribute that an instance binds as itself (`instance.name` is a method
/// object of it and the instance): a Python function, or a builtin method descriptor of a
/// class written in Python (`_thread.lock.acquire`), but not one of `object`'s (a class
/// deriving from a builtin type finds the builtin's method first).
pub fn binds_plainly(vm: &ThreadState, f: Value) -> bool {
    layout_of(vm, f) == Some(Function::ID)
        || crate::modules::builtins::is_method_descriptor(vm, f) && !class::is_object_method(vm, f)
}

/// The builtin type index of `object` if it is a value whose attributes are all its type's
/// (the container and text types: other builtin values, such as modules, functions,
/// classes and super objects, have attributes of their own first).
pub fn plain_builtin_type(vm: &ThreadState, object: Value) -> Option<usize> {
    use crate::generated::layouts::{ByteArray, Bytes, Dict, Float, List, Set, Str, Tuple};
    match layout_of(vm, object) {
        Some(
            List::ID
            | Dict::ID
            | Str::ID
            | Tuple::ID
            | Set::ID
            | Bytes::ID
            | ByteArray::ID
            | Float::ID,
        ) => crate::objects::class::builtin_types::type_index(vm, object),
        _ => None,
    }
}

/// A builtin type's method descriptor (`list.append` for `[].append(x)`), found along the
/// type's MRO, for values of [`plain_builtin_type`].
fn native_method(vm: &mut ThreadState, object: Value, name: Value) -> Result<Value, Error> {
    use crate::generated::layouts::BoundMethod;
    if plain_builtin_type(vm, object).is_none() {
        return Ok(UNBOUND);
    }
    vm.handle_scope(|vm| {
        let hn = vm.mutator().root(name);
        let Some(cls) = crate::objects::class::builtin_types::class_of_value(vm, object)? else {
            return Ok(UNBOUND);
        };
        let name = vm.mutator().get(hn);
        match class::lookup(vm, cls, name)? {
            // A method descriptor (slot wrappers bind to method-wrappers instead).
            Some(f)
                if layout_of(vm, f) == Some(BoundMethod::ID)
                    && crate::objects::class::builtin_types::is_native_method(vm, f) =>
            {
                Ok(f)
            }
            _ => Ok(UNBOUND),
        }
    })
}
