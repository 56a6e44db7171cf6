//! The descriptor protocol for objects of Python classes (CPython's `object.__getattribute__`,
//! `object.__setattr__`, `object.__delattr__` and `type.__getattribute__`): a class attribute
//! whose class defines `__get__` (and `__set__`/`__delete__`: a data descriptor, which wins
//! over the instance's own attributes), `__set_name__` when a class is made, a class's own
//! `__getattribute__`, `__slots__` (instances without a `__dict__`) and `__class__`
//! assignment. Class flags say which classes need the slower paths.
//!
//! Owns: those rules and the class flags. Must not: look attributes up along the MRO
//! (`objects/class/mod.rs`) or know the builtin descriptors (`property`, `staticmethod`,
//! `classmethod`: `objects/class/mod.rs`).

use crate::generated::layouts::{Class, Exception, Instance};
use crate::objects::class::{class_name, class_of, is_class, is_instance};
use crate::values::{NONE, str_value};
use crate::vm::{Error, ThreadState};
use gvmt::rt::{Value, Vm};

/// Class flag: the instances have only the attributes their classes' `__slots__` name.
pub const NO_DICT: i64 = 1;
/// Class flag: a class in the MRO defines `__getattribute__`.
pub const GETATTRIBUTE: i64 = 2;
/// Class flag: its `__abstractmethods__` is not empty (instantiating it is a TypeError).
pub const ABSTRACT: i64 = 4;
/// Class flag: a class in the MRO defines `__setattr__` (stores to instances go through it).
pub const SETATTR: i64 = 8;
/// Class flag: the class derives from a builtin type (`builtin_subclasses.rs`).
pub const BUILTIN_BASE: i64 = 16;
/// Class flag: some class has been made with this one among its bases.
pub const SUBCLASSED: i64 = 32;
/// Class flag: a builtin class (`int`, `object`, `ValueError`...): its attributes cannot be
/// set or deleted.
pub const IMMUTABLE: i64 = 64;
/// Class flag: a builtin type whose special methods are Rust functions in its namespace
/// (`dict_keys.__len__`): its values take part in special-method dispatch like instances.
pub const NATIVE_DUNDERS: i64 = 128;
/// Class flag: `BaseException` or a class derived from it (its instances are Exception
/// objects).
pub const EXCEPTION: i64 = 256;
/// Class flag: a class in the MRO defines `__del__` (its instances are registered for
/// finalization when made: `vm/finalizers.rs`).
pub const FINALIZER: i64 = 512;
/// The flags a class inherits from its bases.
pub const INHERITED: i64 = GETATTRIBUTE | SETATTR | EXCEPTION | FINALIZER;

pub fn flags(vm: &ThreadState, cls: Value) -> i64 {
    Class::flags(vm.vmctx(), cls)
}

/// Set once any class gets `__setattr__` or `__getattribute__` after it was made: its
/// subclasses (which there is no list of) inherited the flag's absence, so from then on the
/// hooks are looked up along the MRO instead of trusted to the flags. Process-wide and never
/// cleared: only a slower path, never a wrong one.
static LATE_HOOKS: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Notes that class `cls` was given an attribute-access hook after it was made (which
/// matters only if it already has subclasses).
pub fn note_late_hook(vm: &ThreadState, cls: Value) {
    if flags(vm, cls) & SUBCLASSED != 0 {
        LATE_HOOKS.store(true, std::sync::atomic::Ordering::Relaxed);
    }
}

/// Whether instances of `cls` may have a `__setattr__` of a class in their MRO.
pub fn may_have_setattr(vm: &ThreadState, cls: Value) -> bool {
    flags(vm, cls) & SETATTR != 0 || LATE_HOOKS.load(std::sync::atomic::Ordering::Relaxed)
}

pub fn set_flag(vm: &ThreadState, cls: Value, flag: i64) {
    let ctx = vm.vmctx();
    Class::set_flags(ctx, cls, Class::flags(ctx, cls) | flag);
}

pub fn clear_flag(vm: &ThreadState, cls: Value, flag: i64) {
    let ctx = vm.vmctx();
    Class::set_flags(ctx, cls, Class::flags(ctx, cls) & !flag);
}

/// The TypeError for instantiating a class flagged [`ABSTRACT`]: CPython's message, naming
/// the abstract methods in sorted order.
pub fn abstract_error(vm: &mut ThreadState, cls: Value) -> Error {
    let name = class_name(vm, cls);
    let (key, cls) = vm.handle_scope(|vm| {
        let h = vm.mutator().root(cls);
        let key = vm.name_str("__abstractmethods__");
        (key, vm.mutator().get(h))
    });
    let key = match key {
        Ok(k) => k,
        Err(e) => return e,
    };
    let mut names: Vec<String> =
        match crate::objects::dict::get(vm, Class::dict(vm.vmctx(), cls), key) {
            Ok(Some(v)) if crate::objects::set::is_set(vm, v) => {
                crate::objects::set::elements(vm, v)
                    .into_iter()
                    .filter_map(|n| str_value(vm, n))
                    .collect()
            }
            Ok(Some(v)) => crate::objects::sequence::items(vm, v)
                .unwrap_or_default()
                .into_iter()
                .filter_map(|n| str_value(vm, n))
                .collect(),
            _ => vec![],
        };
    names.sort();
    let s = if names.len() == 1 { "" } else { "s" };
    Error::new(
        "TypeError",
        format!(
            "Can't instantiate abstract class {name} with abstract method{s} {}",
            names.join(", ")
        ),
    )
}

/// The function `name` of `attr`'s class, if `attr` is an instance of a Python class that
/// defines it (may collect: `attr` must be rooted by the caller if used after).
fn find(vm: &mut ThreadState, attr: Value, name: &'static str) -> Result<Option<Value>, Error> {
    crate::protocols::dunder::method(vm, attr, name)
}

/// True if `attr` is a user-defined descriptor: an instance of a Python class (only those
/// can define `__get__`, `__set__` or `__delete__`).
pub fn may_be_descriptor(vm: &ThreadState, attr: Value) -> bool {
    is_instance(vm, attr)
}

/// `obj.name` where `obj`'s class `cls` has `attr` (an instance of a Python class) for
/// `name`: a data descriptor's `__get__`, else the instance's own attribute, else a non-data
/// descriptor's `__get__`, else `attr` itself.
pub fn instance_get(
    vm: &mut ThreadState,
    object: Value,
    cls: Value,
    name: Value,
    attr: Value,
) -> Result<Value, Error> {
    vm.handle_scope(|vm| {
        let [ho, hc, hn, ha] = [object, cls, name, attr].map(|v| vm.mutator().root(v));
        let get = find(vm, attr, "__get__")?;
        let hg = get.map(|g| vm.mutator().root(g));
        let attr = vm.mutator().get(ha);
        let data = find(vm, attr, "__set__")?.is_some()
            || find(vm, vm.mutator_ref().get(ha), "__delete__")?.is_some();
        let call_get = |vm: &mut ThreadState, hg| {
            let args = [ha, ho, hc].map(|h| vm.mutator().get(h));
            let get = vm.mutator().get(hg);
            vm.call(get, &args, &[])
        };
        if let Some(hg) = hg
            && data
        {
            return call_get(vm, hg);
        }
        let (object, name) = (vm.mutator().get(ho), vm.mutator().get(hn));
        if let Some(v) = crate::objects::class::own_attr(vm, object, name)? {
            return Ok(v);
        }
        match hg {
            Some(hg) => call_get(vm, hg),
            None => Ok(vm.mutator().get(ha)),
        }
    })
}

/// `cls.name` where the class attribute found is `attr`, an instance of a Python class:
/// `attr.__get__(None, cls)` if it has one, else `attr`.
pub fn class_get(vm: &mut ThreadState, cls: Value, attr: Value) -> Result<Value, Error> {
    vm.handle_scope(|vm| {
        let [hc, ha] = [cls, attr].map(|v| vm.mutator().root(v));
        match find(vm, attr, "__get__")? {
            Some(get) => {
                let args = [vm.mutator().get(ha), NONE, vm.mutator().get(hc)];
                vm.call(get, &args, &[])
            }
            None => Ok(vm.mutator().get(ha)),
        }
    })
}

/// `obj.name = v` through a data descriptor `attr` found on the class: true if `__set__`
/// took it; an AttributeError for a descriptor with `__delete__` but no `__set__`; false for
/// anything else (the value goes to the instance).
pub fn instance_set(
    vm: &mut ThreadState,
    object: Value,
    attr: Value,
    v: Value,
) -> Result<bool, Error> {
    vm.handle_scope(|vm| {
        let [ho, ha, hv] = [object, attr, v].map(|x| vm.mutator().root(x));
        if let Some(set) = find(vm, attr, "__set__")? {
            let args = [ha, ho, hv].map(|h| vm.mutator().get(h));
            vm.call(set, &args, &[])?;
            return Ok(true);
        }
        if find(vm, vm.mutator_ref().get(ha), "__delete__")?.is_some() {
            return Err(Error::new("AttributeError", "__set__"));
        }
        Ok(false)
    })
}

/// `del obj.name` through a data descriptor `attr` found on the class (as [`instance_set`]).
pub fn instance_delete(vm: &mut ThreadState, object: Value, attr: Value) -> Result<bool, Error> {
    vm.handle_scope(|vm| {
        let [ho, ha] = [object, attr].map(|x| vm.mutator().root(x));
        if let Some(delete) = find(vm, attr, "__delete__")? {
            let args = [ha, ho].map(|h| vm.mutator().get(h));
            vm.call(delete, &args, &[])?;
            return Ok(true);
        }
        if find(vm, vm.mutator_ref().get(ha), "__set__")?.is_some() {
            return Err(Error::new("AttributeError", "__delete__"));
        }
        Ok(false)
    })
}

/// `obj.name` for an instance whose class has a `__getattribute__` of its own: that, then
/// `__getattr__` if it raised AttributeError.
pub fn through_getattribute(
    vm: &mut ThreadState,
    object: Value,
    name: Value,
) -> Result<Option<Value>, Error> {
    vm.handle_scope(|vm| {
        let [ho, hn] = [object, name].map(|x| vm.mutator().root(x));
        let Some(f) = find(vm, object, "__getattribute__")? else {
            return Ok(None);
        };
        let args = [ho, hn].map(|h| vm.mutator().get(h));
        match vm.call(f, &args, &[]) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.is("AttributeError") => {
                let args = [ho, hn].map(|h| vm.mutator().get(h));
                match crate::protocols::dunder::getattr_fallback(vm, args[0], args[1])? {
                    Some(v) => Ok(Some(v)),
                    None => Err(e),
                }
            }
            Err(e) => Err(e),
        }
    })
}

/// `__set_name__(owner, name)` of every attribute of a new class that defines it, in
/// namespace order (as CPython's `type.__new__`).
pub fn set_names(vm: &mut ThreadState, cls: Value) -> Result<(), Error> {
    vm.handle_scope(|vm| {
        let hc = vm.mutator().root(cls);
        let entries = crate::objects::dict::entries(vm, Class::dict(vm.vmctx(), cls));
        let candidates: Vec<_> = entries
            .into_iter()
            .filter(|&(_, v)| may_be_descriptor(vm, v))
            .collect();
        let held: Vec<_> = candidates
            .into_iter()
            .map(|(k, v)| (vm.mutator().root(k), vm.mutator().root(v)))
            .collect();
        for (hk, hv) in held {
            let v = vm.mutator().get(hv);
            if let Some(f) = find(vm, v, "__set_name__")? {
                let args = [hv, hc, hk].map(|h| vm.mutator().get(h));
                if let Err(e) = vm.call(f, &args, &[]) {
                    if !e.is_exception() {
                        return Err(e);
                    }
                    // CPython 3.11 reports it as a RuntimeError whose cause is the error.
                    let [v, c, k] = [hv, hc, hk].map(|h| vm.mutator().get(h));
                    let wrapped = Error::new(
                        "RuntimeError",
                        format!(
                            "Error calling __set_name__ on '{}' instance '{}' in '{}'",
                            crate::values::type_name(vm, v),
                            str_value(vm, k).unwrap_or_default(),
                            class_name(vm, c)
                        ),
                    );
                    let cause = crate::objects::exception::to_object(vm, &e)?;
                    let hcause = vm.mutator().root(cause);
                    let outer = crate::objects::exception::to_object(vm, &wrapped)?;
                    let cause = vm.mutator().get(hcause);
                    let outer = crate::objects::exception::set_cause(vm, outer, cause)?;
                    return Err(crate::objects::exception::from_object(vm, outer));
                }
            }
        }
        Ok(())
    })
}

/// The names a class's `__slots__` lists (a str is one name), private ones (`__x`) mangled
/// with the class's name as the compiler mangles attribute names; None without `__slots__`.
pub fn slot_names(
    vm: &mut ThreadState,
    namespace: Value,
    class_name: &str,
) -> Result<Option<Vec<String>>, Error> {
    let class_stem = class_name.trim_start_matches('_');
    let mangle = |name: String| {
        if name.starts_with("__") && !name.ends_with("__") && !class_stem.is_empty() {
            format!("_{class_stem}{name}")
        } else {
            name
        }
    };
    let (key, namespace) = vm.handle_scope(|vm| {
        let h = vm.mutator().root(namespace);
        let key = vm.name_str("__slots__");
        (key, vm.mutator().get(h))
    });
    let Some(slots) = crate::objects::dict::get(vm, namespace, key?)? else {
        return Ok(None);
    };
    if let Some(one) = str_value(vm, slots) {
        return Ok(Some(vec![mangle(one)]));
    }
    let items = crate::modules::builtins::collect(vm, slots)?;
    let mut names = Vec::with_capacity(items.len());
    for item in items {
        match str_value(vm, item) {
            Some(n) => names.push(mangle(n)),
            None => {
                return Err(Error::new(
                    "TypeError",
                    format!(
                        "__slots__ items must be strings, not '{}'",
                        crate::values::type_name(vm, item)
                    ),
                ));
            }
        }
    }
    Ok(Some(names))
}

/// Whether an instance of `cls` (flagged [`NO_DICT`]) may have attribute `name`: one of the
/// MRO's `__slots__` names it.
pub fn slot_allows(vm: &mut ThreadState, cls: Value, name: &str) -> Result<bool, Error> {
    vm.handle_scope(|vm| {
        let order = crate::objects::class::mro(vm, cls);
        let held: Vec<_> = order.into_iter().map(|c| vm.mutator().root(c)).collect();
        for h in held {
            let c = vm.mutator().get(h);
            let dict = Class::dict(vm.vmctx(), c);
            let class_name = crate::objects::class::class_name(vm, c);
            if let Some(names) = slot_names(vm, dict, class_name)?
                && names.iter().any(|n| n == name)
            {
                return Ok(true);
            }
        }
        Ok(false)
    })
}

/// The error for an attribute an instance of a slotted class cannot have.
pub fn no_attribute(vm: &ThreadState, cls: Value, name: &str) -> Error {
    Error::new(
        "AttributeError",
        format!("'{}' object has no attribute '{name}'", class_name(vm, cls)),
    )
}

/// `obj.__class__ = cls` for an instance of a Python class: allowed between classes whose
/// instances have the same layout (the same builtin base, both exceptions or neither).
pub fn set_class(vm: &mut ThreadState, object: Value, cls: Value) -> Result<(), Error> {
    if !is_class(vm, cls) {
        return Err(Error::new(
            "TypeError",
            format!(
                "__class__ must be set to a class, not '{}' object",
                crate::values::type_name(vm, cls)
            ),
        ));
    }
    let old = class_of(vm, object);
    let exception = crate::objects::exception::is_instance(vm, object);
    let same_layout = crate::objects::class::builtin_subclasses::builtin_base(vm, old)
        == crate::objects::class::builtin_subclasses::builtin_base(vm, cls)
        && exception == crate::objects::exception::is_exception_class(vm, cls)
        && flags(vm, old) & NO_DICT == flags(vm, cls) & NO_DICT
        && crate::objects::class::builtin_types::builtin_type_name(vm, cls).is_none();
    if !same_layout {
        return Err(Error::new(
            "TypeError",
            format!(
                "__class__ assignment: '{}' object layout differs from '{}'",
                class_name(vm, cls),
                class_name(vm, old)
            ),
        ));
    }
    let ctx = vm.vmctx();
    if exception {
        Exception::set_class(ctx, object, cls);
    } else {
        Instance::set_class(ctx, object, cls);
    }
    Ok(())
}

/// The TypeError of setting or deleting an attribute of an [`IMMUTABLE`] class, if `cls` is one.
pub fn check_mutable(vm: &ThreadState, cls: Value, name: Value) -> Result<(), Error> {
    if flags(vm, cls) & IMMUTABLE == 0 {
        return Ok(());
    }
    Err(Error::new(
        "TypeError",
        format!(
            "cannot set '{}' attribute of immutable type '{}'",
            str_value(vm, name).unwrap_or_default(),
            class_name(vm, cls)
        ),
    ))
}

/// The class flags a name in a class's own namespace sets.
pub const NAMESPACE_FLAGS: [(&str, i64); 3] = [
    ("__getattribute__", GETATTRIBUTE),
    ("__setattr__", SETATTR),
    ("__del__", FINALIZER),
];

/// The class flags a new class starts with: its bases' inherited flags and what its
/// namespace defines (may collect: the arguments are handles).
pub fn initial_flags(
    vm: &mut ThreadState,
    bases: &[gvmt::gc::Handle],
    namespace: gvmt::gc::Handle,
) -> Result<i64, Error> {
    let mut f = 0;
    for &h in bases {
        let b = vm.mutator().get(h);
        if is_class(vm, b) {
            f |= flags(vm, b) & INHERITED;
            set_flag(vm, b, SUBCLASSED);
        }
    }
    for (name, flag) in NAMESPACE_FLAGS {
        let key = vm.name_str(name)?;
        let ns = vm.mutator().get(namespace);
        if crate::objects::dict::get(vm, ns, key)?.is_some() {
            f |= flag;
        }
    }
    Ok(f)
}

/// Whether `object.name` must go through [`through_getattribute`].
pub fn has_getattribute(vm: &ThreadState, cls: Value) -> bool {
    flags(vm, cls) & GETATTRIBUTE != 0 || LATE_HOOKS.load(std::sync::atomic::Ordering::Relaxed)
}
