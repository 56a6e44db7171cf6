//! `super` objects: `super(cls, obj)` (the compiler turns `super()` in a method into it), the
//! attribute lookup that starts after `cls` in the MRO of `obj`'s class, and the repr.
//!
//! Owns: the `Super` layout's reads and writes. Must not: bind or look up attributes of
//! other objects (`objects/class/` does).

use crate::generated::layouts::{Descriptor, Super};
use crate::modules::builtins::no_keywords;
use crate::objects::class::{
    CLASS, MEMBER, PROPERTY, STATIC, bind, builtin_subclasses, builtin_types, class_of,
    descriptor_kind, is_class, is_instance, is_object_method, is_subclass, lookup_from,
    metaclasses, mro,
};
use crate::values::{NONE, str_value, type_name};
use crate::vm::{Error, ThreadState};
use gvmt::rt::{Value, Vm};

/// `super(cls, obj)`; the compiler turns `super()` in a method into this.
pub fn new(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    no_keywords("super", kwargs)?;
    let (cls, obj) = match args {
        [cls, obj] => (cls, obj),
        // `super(C)`: unbound (only its `__thisclass__` is of use).
        [cls] => (cls, &crate::values::UNBOUND),
        _ => return Err(Error::new("RuntimeError", "super(): no arguments")),
    };
    if !crate::objects::class::is_class(vm, *cls) {
        return Err(Error::new(
            "TypeError",
            format!(
                "super() argument 1 must be a type, not {}",
                type_name(vm, *cls)
            ),
        ));
    }
    let bound = *obj == crate::values::UNBOUND
        || crate::objects::class::is_instance(vm, *obj)
            && crate::objects::class::is_subclass(
                vm,
                crate::objects::class::class_of(vm, *obj),
                *cls,
            )
        || crate::objects::class::is_class(vm, *obj)
            && (crate::objects::class::is_subclass(vm, *obj, *cls)
                || crate::objects::class::metaclasses::class_is_instance(vm, *obj, *cls))
        || crate::objects::class::builtin_types::type_index(vm, *obj).is_some()
            && crate::objects::class::builtin_types::made_class_of_value(vm, *obj)
                .is_some_and(|c| crate::objects::class::is_subclass(vm, c, *cls));
    if !bound {
        return Err(Error::new(
            "TypeError",
            "super(type, obj): obj must be an instance or subtype of type",
        ));
    }
    let (s, kept) = vm.alloc_keeping(
        crate::generated::layouts::Super::ID,
        crate::generated::layouts::Super::FIXED_SIZE,
        &[*cls, *obj],
    )?;
    crate::generated::layouts::Super::set_cls(gvmt::rt::Vm::vmctx(vm), s, kept[0]);
    crate::generated::layouts::Super::set_obj(gvmt::rt::Vm::vmctx(vm), s, kept[1]);
    Ok(s)
}

/// `s.name` for a super object `s`.
pub fn attribute(vm: &mut ThreadState, object: Value, name: Value) -> Result<Option<Value>, Error> {
    let text = |vm: &ThreadState| str_value(vm, name).unwrap_or_default();
    if crate::values::str_is(vm, name, "__class__") {
        return crate::modules::builtins::object_functions::type_(vm, &[object], &[]).map(Some);
    }
    let (cls, obj) = (
        Super::cls(vm.vmctx(), object),
        Super::obj(vm.vmctx(), object),
    );
    // Search the MRO of the object's class (or of the object itself when it is a
    // subclass of `cls`: a classmethod's super()) after `cls`.
    let as_class = is_class(vm, obj) && is_subclass(vm, obj, cls);
    let owner = if obj == crate::values::UNBOUND {
        NONE
    } else if as_class {
        obj
    } else if is_class(vm, obj) {
        metaclasses::class_type(vm, obj)?
    } else {
        crate::modules::builtins::object_functions::type_(vm, &[obj], &[])?
    };
    let text_name = text(vm);
    match text_name.as_str() {
        "__thisclass__" => return Ok(Some(cls)),
        "__self__" => {
            return Ok(Some(if obj == crate::values::UNBOUND {
                NONE
            } else {
                obj
            }));
        }
        "__self_class__" => return Ok(Some(owner)),
        _ if obj == crate::values::UNBOUND => {
            return Err(Error::new(
                "AttributeError",
                format!("'super' object has no attribute '{text_name}'"),
            ));
        }
        _ => {}
    }
    let order = mro(vm, owner);
    let start = order
        .iter()
        .position(|&c| c == cls)
        .map_or(order.len(), |i| i + 1);
    let (found, obj, owner) = vm.handle_scope(|vm| {
        let [ho, hw] = [obj, owner].map(|v| vm.mutator().root(v));
        let found = lookup_from(vm, owner, name, start);
        (found, vm.mutator().get(ho), vm.mutator().get(hw))
    });
    match found? {
        // `object`'s methods stand where the builtin type a class derives from would be:
        // that builtin's method applies.
        Some(f) if is_object_method(vm, f) && builtin_subclasses::value_of(vm, obj).is_some() => {
            match builtin_subclasses::attribute(vm, obj, name)? {
                Some(v) => Ok(Some(v)),
                None => bind(vm, f, obj).map(Some),
            }
        }
        Some(f)
            if (is_instance(vm, obj) || !as_class)
                && (crate::values::is_function(vm, f)
                    || crate::modules::builtins::is_method_descriptor(vm, f)) =>
        {
            bind(vm, f, obj).map(Some)
        }
        Some(d) if descriptor_kind(vm, d) == Some(CLASS) => {
            let f = Descriptor::first(vm.vmctx(), d);
            let receiver = if as_class || !is_instance(vm, obj) {
                obj
            } else {
                class_of(vm, obj)
            };
            bind(vm, f, receiver).map(Some)
        }
        Some(d) if descriptor_kind(vm, d) == Some(STATIC) => {
            Ok(Some(crate::objects::class::static_value(vm, d)))
        }
        Some(f) if builtin_types::is_native_method(vm, f) => {
            let value = builtin_subclasses::value_of(vm, obj)
                .or_else(|| builtin_types::type_index(vm, obj).is_some().then_some(obj));
            match value {
                Some(value) => builtin_types::bind_native(vm, f, value).map(Some),
                None => Ok(Some(f)),
            }
        }
        // Any other descriptor (a property, a slot, a Python object with `__get__`): its
        // `__get__(obj, type)`, with None for `obj` when `super` is bound to a class.
        Some(d)
            if matches!(
                descriptor_kind(vm, d),
                Some(PROPERTY | MEMBER | crate::objects::getset::NATIVE)
            ) =>
        {
            let receiver = if as_class { NONE } else { obj };
            crate::objects::descriptor::descriptor_get(vm, d, &[receiver, owner]).map(Some)
        }
        Some(d) if crate::protocols::descriptors::may_be_descriptor(vm, d) => {
            vm.handle_scope(|vm| {
                let receiver = if as_class { NONE } else { obj };
                let [hd, hr, hw] = [d, receiver, owner].map(|v| vm.mutator().root(v));
                match crate::protocols::dunder::method(vm, d, "__get__")? {
                    Some(get) => {
                        let args = [hd, hr, hw].map(|h| vm.mutator().get(h));
                        vm.call(get, &args, &[]).map(Some)
                    }
                    None => Ok(Some(vm.mutator().get(hd))),
                }
            })
        }
        Some(v) => Ok(Some(v)),
        None if builtin_subclasses::value_of(vm, obj).is_some() => {
            // Past the Python classes: the builtin the class derives from.
            match builtin_subclasses::attribute(vm, obj, name)? {
                Some(v) => Ok(Some(v)),
                None => Err(Error::new(
                    "AttributeError",
                    format!("'super' object has no attribute '{}'", text(vm)),
                )),
            }
        }
        None => Err(Error::new(
            "AttributeError",
            format!("'super' object has no attribute '{}'", text(vm)),
        )),
    }
}

/// `repr(s)`: `<super: <class 'C'>, <D object>>`.
pub fn repr(vm: &ThreadState, s: Value) -> String {
    let ctx = vm.vmctx();
    let (cls, obj) = (Super::cls(ctx, s), Super::obj(ctx, s));
    let obj_type = if obj == crate::values::UNBOUND {
        "NULL".to_string()
    } else if is_class(vm, obj) {
        format!("<{} object>", crate::objects::class::class_name(vm, obj))
    } else {
        format!("<{} object>", type_name(vm, obj))
    };
    format!(
        "<super: <class '{}'>, {}>",
        crate::objects::class::class_name(vm, cls),
        obj_type
    )
}
