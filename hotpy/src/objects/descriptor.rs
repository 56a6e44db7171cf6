//! Methods of the builtin descriptors and callables the METHODS table names: `__get__` of
//! functions, staticmethods, classmethods and properties, `property.__set__`, `setter`,
//! `getter`, `deleter` (and `int.to_bytes` without keywords).
//!
//! Owns: those methods. Must not: apply descriptors during lookup (`objects/class/mod.rs`,
//! `descriptors.rs`).

use crate::vm::{Error, ThreadState};
use gvmt::rt::{Value, Vm};

/// `d.__get__(obj, type=None)` of a function, staticmethod, classmethod or property: what
/// reading it through `obj` (None: through the class `type`) gives.
pub(crate) fn descriptor_get(
    vm: &mut ThreadState,
    d: Value,
    args: &[Value],
) -> Result<Value, Error> {
    use crate::generated::layouts::Descriptor;
    use crate::objects::class::{CLASS, PROPERTY, STATIC, descriptor_kind};
    let (obj, owner) = match args {
        [obj] => (*obj, crate::values::NONE),
        [obj, owner] => (*obj, *owner),
        _ => {
            return Err(Error::new(
                "TypeError",
                format!("expected 1 or 2 arguments, got {}", args.len()),
            ));
        }
    };
    match descriptor_kind(vm, d) {
        Some(STATIC) => Ok(crate::objects::class::static_value(vm, d)),
        Some(CLASS) => {
            let owner = if owner != crate::values::NONE {
                owner
            } else {
                crate::modules::builtins::object_functions::type_(vm, &[obj], &[])?
            };
            let f = Descriptor::first(vm.vmctx(), d);
            crate::objects::class::bind(vm, f, owner)
        }
        Some(crate::objects::getset::NATIVE) if obj == crate::values::NONE => Ok(d),
        Some(crate::objects::getset::NATIVE) => crate::objects::getset::get(vm, d, obj),
        Some(crate::objects::class::MEMBER) if obj == crate::values::NONE => Ok(d),
        Some(crate::objects::class::MEMBER) => {
            let name = Descriptor::first(vm.vmctx(), d);
            crate::protocols::attributes::get_attr(vm, obj, name)
        }
        Some(PROPERTY) if obj == crate::values::NONE => Ok(d),
        Some(PROPERTY) => {
            let fget = Descriptor::first(vm.vmctx(), d);
            if fget == crate::values::NONE {
                return Err(Error::new("AttributeError", "property has no getter"));
            }
            vm.call(fget, &[obj], &[])
        }
        _ if obj == crate::values::NONE => Ok(d),
        _ => crate::objects::class::bind(vm, d, obj),
    }
}

/// `d.__set__(obj, value)` of a builtin type's data attribute or a `__slots__` member.
pub(crate) fn member_set(vm: &mut ThreadState, d: Value, args: &[Value]) -> Result<Value, Error> {
    let [obj, value] = args else {
        return Err(Error::new(
            "TypeError",
            format!("expected 2 arguments, got {}", args.len()),
        ));
    };
    if crate::objects::class::descriptor_kind(vm, d) == Some(crate::objects::class::MEMBER) {
        let name = crate::generated::layouts::Descriptor::first(vm.vmctx(), d);
        crate::objects::class::store_attr(vm, *obj, name, *value)?;
    } else {
        crate::objects::getset::set(vm, d, *obj, Some(*value))?;
    }
    Ok(crate::values::NONE)
}

/// `prop.__set__(obj, value)`.
pub(crate) fn property_set(
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
    if fset == crate::values::NONE {
        return Err(Error::new("AttributeError", "property has no setter"));
    }
    vm.call(fset, &[*obj, *value], &[])?;
    Ok(crate::values::NONE)
}

/// `n.to_bytes(...)` called without keywords.
pub(crate) fn int_to_bytes(vm: &mut ThreadState, n: Value, args: &[Value]) -> Result<Value, Error> {
    crate::objects::int::bytes::to_bytes(vm, n, args, &[])
}

/// A copy of property `prop` with `f` in place of its function `which` (0 getter, 1 setter,
/// 2 deleter): `prop.getter(f)`, `prop.setter(f)`, `prop.deleter(f)`.
fn property_with(
    vm: &mut ThreadState,
    prop: Value,
    args: &[Value],
    which: usize,
) -> Result<Value, Error> {
    use crate::generated::layouts::Descriptor;
    let [f] = args else {
        let name = ["getter", "setter", "deleter"][which];
        return Err(Error::new(
            "TypeError",
            format!("{name}() takes exactly one argument"),
        ));
    };
    let ctx = vm.vmctx();
    let mut fns = [
        Descriptor::first(ctx, prop),
        Descriptor::second(ctx, prop),
        Descriptor::third(ctx, prop),
    ];
    fns[which] = *f;
    let doc = Descriptor::doc(ctx, prop);
    crate::objects::class::new_property_with_doc(vm, crate::objects::class::PROPERTY, fns, doc)
}

/// `prop.getter(f)`.
pub(crate) fn property_getter(
    vm: &mut ThreadState,
    prop: Value,
    args: &[Value],
) -> Result<Value, Error> {
    property_with(vm, prop, args, 0)
}

/// `prop.setter(f)`.
pub(crate) fn property_setter(
    vm: &mut ThreadState,
    prop: Value,
    args: &[Value],
) -> Result<Value, Error> {
    property_with(vm, prop, args, 1)
}

/// `prop.deleter(f)`.
pub(crate) fn property_deleter(
    vm: &mut ThreadState,
    prop: Value,
    args: &[Value],
) -> Result<Value, Error> {
    property_with(vm, prop, args, 2)
}
