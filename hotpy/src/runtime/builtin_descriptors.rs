//! Methods of the builtin descriptors and callables the METHODS table names: `__get__` of
//! functions, staticmethods, classmethods and properties, `property.__set__`, `setter`,
//! `getter`, `deleter` (and `int.to_bytes` without keywords).
//!
//! Owns: those methods. Must not: apply descriptors during lookup (`classes.rs`,
//! `descriptors.rs`).

use crate::vm::{Error, ThreadState};
use gvmt::rt::{Value, Vm};

/// `d.__get__(obj, type=None)` of a function, staticmethod, classmethod or property: what
/// reading it through `obj` (None: through the class `type`) gives.
pub(super) fn descriptor_get(
    vm: &mut ThreadState,
    d: Value,
    args: &[Value],
) -> Result<Value, Error> {
    use super::classes::{CLASS, PROPERTY, STATIC, descriptor_kind};
    use crate::generated::layouts::Descriptor;
    let (obj, owner) = match args {
        [obj] => (*obj, super::NONE),
        [obj, owner] => (*obj, *owner),
        _ => {
            return Err(Error::new(
                "TypeError",
                format!("expected 1 or 2 arguments, got {}", args.len()),
            ));
        }
    };
    match descriptor_kind(vm, d) {
        Some(STATIC) => Ok(Descriptor::first(vm.vmctx(), d)),
        Some(CLASS) => {
            let owner = if owner != super::NONE {
                owner
            } else {
                super::builtins_objects::type_(vm, &[obj], &[])?
            };
            let f = Descriptor::first(vm.vmctx(), d);
            super::classes::bind(vm, f, owner)
        }
        Some(PROPERTY) if obj == super::NONE => Ok(d),
        Some(PROPERTY) => {
            let fget = Descriptor::first(vm.vmctx(), d);
            if fget == super::NONE {
                return Err(Error::new("AttributeError", "property has no getter"));
            }
            vm.call(fget, &[obj], &[])
        }
        _ if obj == super::NONE => Ok(d),
        _ => super::classes::bind(vm, d, obj),
    }
}

/// `prop.__set__(obj, value)`.
pub(super) fn property_set(
    vm: &mut ThreadState,
    prop: Value,
    args: &[Value],
) -> Result<Value, Error> {
    let [obj, value] = args else {
        return Err(Error::new(
            "TypeError",
            format!("expected 2 arguments, got {}", args.len()),
        ));
    };
    let fset = crate::generated::layouts::Descriptor::second(vm.vmctx(), prop);
    if fset == super::NONE {
        return Err(Error::new("AttributeError", "property has no setter"));
    }
    vm.call(fset, &[*obj, *value], &[])?;
    Ok(super::NONE)
}

/// `n.to_bytes(...)` called without keywords.
pub(super) fn int_to_bytes(vm: &mut ThreadState, n: Value, args: &[Value]) -> Result<Value, Error> {
    super::int_bytes::to_bytes(vm, n, args, &[])
}

/// `prop.setter(f)`: a copy of the property with `f` as its setter.
pub(super) fn property_setter(
    vm: &mut ThreadState,
    prop: Value,
    args: &[Value],
) -> Result<Value, Error> {
    let [f] = args else {
        return Err(Error::new(
            "TypeError",
            "setter() takes exactly one argument",
        ));
    };
    use crate::generated::layouts::Descriptor;
    let (fget, fdel) = (
        Descriptor::first(vm.vmctx(), prop),
        Descriptor::third(vm.vmctx(), prop),
    );
    super::classes::new_property(vm, super::classes::PROPERTY, [fget, *f, fdel])
}

/// `prop.deleter(f)`: a copy of the property with `f` as its deleter.
pub(super) fn property_deleter(
    vm: &mut ThreadState,
    prop: Value,
    args: &[Value],
) -> Result<Value, Error> {
    let [f] = args else {
        return Err(Error::new(
            "TypeError",
            "deleter() takes exactly one argument",
        ));
    };
    use crate::generated::layouts::Descriptor;
    let (fget, fset) = (
        Descriptor::first(vm.vmctx(), prop),
        Descriptor::second(vm.vmctx(), prop),
    );
    super::classes::new_property(vm, super::classes::PROPERTY, [fget, fset, *f])
}

/// `prop.getter(f)`: a copy of the property with `f` as its getter.
pub(super) fn property_getter(
    vm: &mut ThreadState,
    prop: Value,
    args: &[Value],
) -> Result<Value, Error> {
    let [f] = args else {
        return Err(Error::new(
            "TypeError",
            "getter() takes exactly one argument",
        ));
    };
    use crate::generated::layouts::Descriptor;
    let (fset, fdel) = (
        Descriptor::second(vm.vmctx(), prop),
        Descriptor::third(vm.vmctx(), prop),
    );
    super::classes::new_property(vm, super::classes::PROPERTY, [*f, fset, fdel])
}
