//! `isinstance` and `issubclass`: Python classes (with their metaclass's
//! `__instancecheck__`/`__subclasscheck__`), the builtin types, `type`, tuples of types.
//!
//! Owns: those two builtins. Must not: know a metaclass's rules beyond asking
//! `metaclasses.rs`.

use super::builtins_objects::{Kwargs, exactly, no_keywords, rooted};
use super::{NONE, py_bool};
use crate::vm::{Error, ThreadState};
use gvmt::rt::Value;

pub fn isinstance(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    no_keywords("isinstance", kwargs)?;
    let [v, t] = args else {
        return Err(Error::new(
            "TypeError",
            format!("isinstance expected 2 arguments, got {}", args.len()),
        ));
    };
    let types = match crate::objects::sequence::items(vm, *t) {
        Some(items) if super::is_tuple(vm, *t) => items,
        _ => vec![*t],
    };
    // A metaclass's `__instancecheck__` may run Python code (and collect): hold everything.
    let mut held = vec![*v];
    held.extend(types);
    let yes = super::builtins_objects::rooted(vm, &held, |vm, h| {
        for &ht in &h[1..] {
            let (v, t) = (vm.mutator().get(h[0]), vm.mutator().get(ht));
            if super::classes::is_class(vm, t) && super::metaclasses::meta(vm, t) != NONE {
                // An exact type match needs no hook (as CPython's fast path).
                if super::classes::is_instance(vm, v) && super::classes::class_of(vm, v) == t {
                    return Ok(true);
                }
                match super::metaclasses::check_hook(vm, t, v, "__instancecheck__")? {
                    Some(true) => return Ok(true),
                    Some(false) => continue,
                    None => {}
                }
            }
            if super::classes::is_instance(vm, t)
                && let Some(r) = crate::protocols::dunder::call(vm, t, "__instancecheck__", &[v])?
            {
                // Not a class: an object whose type checks instances (`int | str`).
                if super::is_true(vm, r)? {
                    return Ok(true);
                }
                continue;
            }
            let (v, t) = (vm.mutator().get(h[0]), vm.mutator().get(ht));
            if isinstance_one(vm, v, t)? {
                return Ok(true);
            }
        }
        Ok(false)
    })?;
    Ok(py_bool(yes))
}

/// isinstance(v, t) for one type `t`, without a metaclass hook.
fn isinstance_one(vm: &ThreadState, v: Value, t: Value) -> Result<bool, Error> {
    if crate::objects::exception::is_object_class(vm, t) {
        return Ok(true);
    }
    if super::metaclasses::is_type(vm, t) {
        return Ok(super::type_objects::is_type(vm, v));
    }
    match super::type_objects::builtin_type_id(vm, t) {
        Some(n) if super::builtin_subclasses::builtin_type_of(vm, v) == Some(n) => Ok(true),
        Some(_)
            if super::classes::is_instance(vm, v)
                || crate::objects::exception::is_instance(vm, v) =>
        {
            Ok(false)
        }
        // A builtin value: its type's MRO (bool's holds int).
        Some(_) => Ok(super::type_objects::made_class_of_value(vm, v)
            .is_some_and(|c| super::classes::is_subclass(vm, c, t))),
        None if super::classes::is_class(vm, t) => {
            Ok(super::metaclasses::plain_isinstance(vm, v, t))
        }
        None => Err(Error::new(
            "TypeError",
            "isinstance() arg 2 must be a type, a tuple of types, or a union",
        )),
    }
}

pub fn issubclass(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    no_keywords("issubclass", kwargs)?;
    let [cls, of] = exactly::<2>("issubclass", args)?;
    let candidates = match crate::objects::sequence::items(vm, of) {
        Some(items) if super::is_tuple(vm, of) => items,
        _ => vec![of],
    };
    let held = rooted(vm, &candidates, |vm, h| {
        let hc = vm.mutator().root(cls);
        for &hcand in h {
            let c = vm.mutator().get(hcand);
            let cls = vm.mutator().get(hc);
            if super::classes::is_instance(vm, c)
                && let Some(r) = crate::protocols::dunder::call(vm, c, "__subclasscheck__", &[cls])?
            {
                // Not a class: an object whose type checks classes (`int | str`).
                if super::is_true(vm, r)? {
                    return Ok(true);
                }
                continue;
            }
            let (c, cls) = (vm.mutator().get(hcand), vm.mutator().get(hc));
            // A metaclass's `__subclasscheck__` decides alone (arg 1 need not be a class).
            if let Some(yes) = super::metaclasses::check_hook(vm, c, cls, "__subclasscheck__")? {
                if yes {
                    return Ok(true);
                }
                continue;
            }
            let (c, cls) = (vm.mutator().get(hcand), vm.mutator().get(hc));
            if plain_subclass(vm, cls, c)? {
                return Ok(true);
            }
        }
        Ok(false)
    })?;
    Ok(py_bool(held))
}

/// issubclass(cls, of) for one class `of`, without metaclass hooks: Python classes, the
/// builtin types and `type`.
fn plain_subclass(vm: &ThreadState, cls: Value, of: Value) -> Result<bool, Error> {
    use super::type_objects::builtin_type_name;
    let cls_builtin = builtin_type_name(vm, cls);
    if !super::classes::is_class(vm, cls) && cls_builtin.is_none() {
        return Err(Error::new(
            "TypeError",
            "issubclass() arg 1 must be a class",
        ));
    }
    if crate::objects::exception::is_object_class(vm, of) {
        return Ok(true);
    }
    if super::metaclasses::is_type(vm, of) {
        return Ok(
            super::metaclasses::is_metaclass(vm, cls) || super::metaclasses::is_type(vm, cls)
        );
    }
    if let Some(n) = super::type_objects::builtin_type_id(vm, of) {
        return Ok(match cls_builtin {
            // Builtin types are classes: bool's MRO holds int.
            Some(_) => super::classes::is_subclass(vm, cls, of),
            None => super::builtin_subclasses::builtin_base(vm, cls) == Some(n),
        });
    }
    if !super::classes::is_class(vm, of) {
        return Err(Error::new(
            "TypeError",
            "issubclass() arg 2 must be a class, a tuple of classes, or a union",
        ));
    }
    Ok(super::classes::is_class(vm, cls) && super::classes::is_subclass(vm, cls, of))
}
