//! `isinstance` and `issubclass`: Python classes (with their metaclass's
//! `__instancecheck__`/`__subclasscheck__`), the builtin types, `type`, tuples of types.
//!
//! Owns: those two builtins. Must not: know a metaclass's rules beyond asking
//! `metaclasses.rs`.

use crate::modules::builtins::no_keywords;
use crate::modules::builtins::object_functions::{Kwargs, exactly, rooted};
use crate::values::{NONE, py_bool};
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
    let types = flat_types(vm, *t);
    // A metaclass's `__instancecheck__` may run Python code (and collect): hold everything.
    let mut held = vec![*v];
    held.extend(types);
    let yes = crate::modules::builtins::object_functions::rooted(vm, &held, |vm, h| {
        for &ht in &h[1..] {
            let (v, t) = (vm.mutator().get(h[0]), vm.mutator().get(ht));
            if crate::objects::class::is_class(vm, t)
                && crate::objects::class::metaclasses::meta(vm, t) != NONE
            {
                // An exact type match needs no hook (as CPython's fast path).
                if crate::objects::class::is_instance(vm, v)
                    && crate::objects::class::class_of(vm, v) == t
                {
                    return Ok(true);
                }
                match crate::objects::class::metaclasses::check_hook(vm, t, v, "__instancecheck__")?
                {
                    Some(true) => return Ok(true),
                    Some(false) => continue,
                    None => {}
                }
            }
            if crate::objects::class::is_instance(vm, t)
                && let Some(r) = crate::protocols::dunder::call(vm, t, "__instancecheck__", &[v])?
            {
                // Not a class: an object whose type checks instances (`int | str`).
                if crate::values::is_true(vm, r)? {
                    return Ok(true);
                }
                continue;
            }
            let (v, t) = (vm.mutator().get(h[0]), vm.mutator().get(ht));
            if isinstance_one(vm, v, t)? {
                return Ok(true);
            }
            if let Some(claimed) = claimed_class(vm, v)? {
                // CPython's fallback: the class `v.__class__` claims (a mock's spec).
                let t = vm.mutator().get(ht);
                if crate::objects::class::is_class(vm, t)
                    && crate::objects::class::is_subclass(vm, claimed, t)
                {
                    return Ok(true);
                }
            }
        }
        Ok(false)
    })?;
    Ok(py_bool(yes))
}

/// The class an instance's `__class__` attribute gives when its class overrides `__class__`
/// (a property, as unittest.mock's spec'd mocks have) and it is another class; None else.
fn claimed_class(vm: &mut ThreadState, v: Value) -> Result<Option<Value>, Error> {
    if !crate::objects::class::is_instance(vm, v) {
        return Ok(None);
    }
    vm.handle_scope(|vm| {
        let h = vm.mutator().root(v);
        let key = vm.name_str("__class__")?;
        let hk = vm.mutator().root(key);
        let v = vm.mutator().get(h);
        let cls = crate::objects::class::class_of(vm, v);
        if crate::objects::class::lookup(vm, cls, key)?.is_none() {
            return Ok(None);
        }
        let (v, key) = (vm.mutator().get(h), vm.mutator().get(hk));
        let claimed = match crate::protocols::attributes::get_attr(vm, v, key) {
            Ok(c) => c,
            Err(e) if e.is("AttributeError") => return Ok(None),
            Err(e) => return Err(e),
        };
        let v = vm.mutator().get(h);
        let own = crate::objects::class::class_of(vm, v);
        Ok((claimed != own && crate::objects::class::is_class(vm, claimed)).then_some(claimed))
    })
}

/// The types isinstance/issubclass check against: `t`, or the items of a tuple, tuples in it
/// flattened (`isinstance(x, (int, (str, bytes)))`), in order.
fn flat_types(vm: &ThreadState, t: Value) -> Vec<Value> {
    let mut out = Vec::new();
    let mut pending = vec![t];
    while let Some(t) = pending.pop() {
        match crate::objects::sequence::items(vm, t) {
            Some(items) if crate::values::is_tuple(vm, t) => {
                pending.extend(items.into_iter().rev())
            }
            _ => out.push(t),
        }
    }
    out
}

/// isinstance(v, t) for one type `t`, without a metaclass hook.
fn isinstance_one(vm: &ThreadState, v: Value, t: Value) -> Result<bool, Error> {
    if crate::objects::exception::is_object_class(vm, t) {
        return Ok(true);
    }
    if crate::objects::class::metaclasses::is_type(vm, t) {
        return Ok(crate::objects::class::builtin_types::is_type(vm, v));
    }
    match crate::objects::class::builtin_types::builtin_type_id(vm, t) {
        Some(n) if crate::objects::class::builtin_subclasses::builtin_type_of(vm, v) == Some(n) => {
            Ok(true)
        }
        Some(_)
            if crate::objects::class::is_instance(vm, v)
                || crate::objects::exception::is_instance(vm, v) =>
        {
            Ok(false)
        }
        // A builtin value: its type's MRO (bool's holds int).
        Some(_) => Ok(
            crate::objects::class::builtin_types::made_class_of_value(vm, v)
                .is_some_and(|c| crate::objects::class::is_subclass(vm, c, t)),
        ),
        None if crate::objects::class::is_class(vm, t) => Ok(
            crate::objects::class::metaclasses::plain_isinstance(vm, v, t),
        ),
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
    let candidates = flat_types(vm, of);
    let held = rooted(vm, &candidates, |vm, h| {
        let hc = vm.mutator().root(cls);
        for &hcand in h {
            let c = vm.mutator().get(hcand);
            let cls = vm.mutator().get(hc);
            if crate::objects::class::is_instance(vm, c)
                && let Some(r) = crate::protocols::dunder::call(vm, c, "__subclasscheck__", &[cls])?
            {
                // Not a class: an object whose type checks classes (`int | str`).
                if crate::values::is_true(vm, r)? {
                    return Ok(true);
                }
                continue;
            }
            let (c, cls) = (vm.mutator().get(hcand), vm.mutator().get(hc));
            // A metaclass's `__subclasscheck__` decides alone (arg 1 need not be a class).
            if let Some(yes) =
                crate::objects::class::metaclasses::check_hook(vm, c, cls, "__subclasscheck__")?
            {
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
    use crate::objects::class::builtin_types::builtin_type_name;
    let cls_builtin = builtin_type_name(vm, cls);
    if !crate::objects::class::is_class(vm, cls) && cls_builtin.is_none() {
        return Err(Error::new(
            "TypeError",
            "issubclass() arg 1 must be a class",
        ));
    }
    if crate::objects::exception::is_object_class(vm, of) {
        return Ok(true);
    }
    if crate::objects::class::metaclasses::is_type(vm, of) {
        return Ok(crate::objects::class::metaclasses::is_metaclass(vm, cls)
            || crate::objects::class::metaclasses::is_type(vm, cls));
    }
    if let Some(n) = crate::objects::class::builtin_types::builtin_type_id(vm, of) {
        return Ok(match cls_builtin {
            // Builtin types are classes: bool's MRO holds int.
            Some(_) => crate::objects::class::is_subclass(vm, cls, of),
            None => crate::objects::class::builtin_subclasses::builtin_base(vm, cls) == Some(n),
        });
    }
    if !crate::objects::class::is_class(vm, of) {
        return Err(Error::new(
            "TypeError",
            "issubclass() arg 2 must be a class, a tuple of classes, or a union",
        ));
    }
    Ok(crate::objects::class::is_class(vm, cls) && crate::objects::class::is_subclass(vm, cls, of))
}
