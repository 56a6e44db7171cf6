//! Classes defined in Python: class objects (a namespace dict and a base), instances (an
//! attribute dict), attribute lookup along the base chain, bound methods, and instantiation
//! through `__init__`.
//!
//! Exception instances (`Exception` layout) are instances too: they have a class and a dict,
//! plus their `args`.
//!
//! Instance attributes live in ZipPy's flexible object storage (`storage.rs`); exception
//! instances keep a dict.

pub mod builtin_subclasses;
pub mod builtin_types;
pub mod creation;
pub mod instantiate;
pub mod lookup_cache;
pub mod metaclasses;
pub mod namespace_names;
pub mod storage;

use crate::generated::layouts::{Builtin, Class, Descriptor, Exception, Instance, Method, Super};
use crate::values::{NONE, layout_of, str_value};
use crate::vm::{Error, ThreadState};
use gvmt::rt::{Value, Vm};

pub fn is_class(vm: &ThreadState, v: Value) -> bool {
    layout_of(vm, v) == Some(Class::ID)
}

/// True for instances of Python classes, exception instances included.
pub fn is_instance(vm: &ThreadState, v: Value) -> bool {
    matches!(layout_of(vm, v), Some(l) if l == Instance::ID || l == Exception::ID)
}

pub fn is_method(vm: &ThreadState, v: Value) -> bool {
    layout_of(vm, v) == Some(Method::ID)
}

/// `Descriptor` kinds.
pub const STATIC: i64 = 0;
pub const CLASS: i64 = 1;
pub const PROPERTY: i64 = 2;
/// A `__slots__` entry's member descriptor: `first` its name, `second` its class.
pub const MEMBER: i64 = 3;

/// What a staticmethod gives when read through a class or an instance: its function, or
/// itself for a stand-in for a C function (`objects/function.rs`), which stays a builtin.
pub fn static_value(vm: &ThreadState, d: Value) -> Value {
    if crate::objects::function::is_builtin_standin(vm, d) {
        d
    } else {
        Descriptor::first(vm.vmctx(), d)
    }
}

/// The kind of a staticmethod, classmethod or property object.
pub fn descriptor_kind(vm: &ThreadState, v: Value) -> Option<i64> {
    (layout_of(vm, v) == Some(Descriptor::ID)).then(|| Descriptor::kind(vm.vmctx(), v))
}

/// A new staticmethod, classmethod or property.
pub fn new_descriptor(
    vm: &mut ThreadState,
    kind: i64,
    first: Value,
    second: Value,
) -> Result<Value, Error> {
    new_property(vm, kind, [first, second, NONE])
}

/// A new property from its getter, setter and deleter (None where absent); any descriptor
/// kind with its three functions.
pub fn new_property(vm: &mut ThreadState, kind: i64, fns: [Value; 3]) -> Result<Value, Error> {
    new_property_with_doc(vm, kind, fns, NONE)
}

/// [`new_property`] with a property's explicit `doc` (None: its getter's `__doc__`).
pub fn new_property_with_doc(
    vm: &mut ThreadState,
    kind: i64,
    fns: [Value; 3],
    doc: Value,
) -> Result<Value, Error> {
    let held = [fns[0], fns[1], fns[2], doc];
    let (d, kept) = vm.alloc_keeping(Descriptor::ID, Descriptor::FIXED_SIZE, &held)?;
    let ctx = vm.vmctx();
    Descriptor::set_kind(ctx, d, kind);
    Descriptor::set_first(ctx, d, kept[0]);
    Descriptor::set_second(ctx, d, kept[1]);
    Descriptor::set_third(ctx, d, kept[2]);
    Descriptor::set_doc(ctx, d, kept[3]);
    Ok(d)
}

/// The name of a class qualified by its module unless that is `__main__` or builtins
/// (`helper.Shape`), as CPython shows classes in tracebacks.
pub fn qualified_name(vm: &ThreadState, cls: Value) -> String {
    let name = vm.class_qualname(Class::id(vm.vmctx(), cls) as usize);
    match module_of(vm, cls) {
        Some(m) if m != "__main__" && m != "builtins" => format!("{m}.{name}"),
        _ => name.to_string(),
    }
}

/// The class's `__module__` (None for the builtin classes, which have none in their dict).
pub fn module_of(vm: &ThreadState, cls: Value) -> Option<String> {
    let dict = Class::dict(vm.vmctx(), cls);
    crate::objects::dict::entries(vm, dict)
        .into_iter()
        .find(|&(k, _)| crate::values::str_is(vm, k, "__module__"))
        .and_then(|(_, v)| str_value(vm, v))
}

/// The name of a class.
pub fn class_name(vm: &ThreadState, cls: Value) -> &'static str {
    vm.class_name(Class::id(vm.vmctx(), cls) as usize)
}

/// The class of an instance (see [`is_instance`]).
pub fn class_of(vm: &ThreadState, instance: Value) -> Value {
    if layout_of(vm, instance) == Some(Exception::ID) {
        Exception::class(vm.vmctx(), instance)
    } else {
        Instance::class(vm.vmctx(), instance)
    }
}

/// The attribute dict of an instance or class (`__dict__`, `vars()`, what `del obj.name`
/// removes from). An instance's storage becomes that dict (see [`storage`]).
pub fn attribute_dict(vm: &mut ThreadState, object: Value) -> Result<Option<Value>, Error> {
    match layout_of(vm, object) {
        Some(l) if l == Instance::ID => storage::to_dict(vm, object).map(Some),
        Some(l) if l == Exception::ID => Ok(Some(Exception::dict(vm.vmctx(), object))),
        Some(l) if l == Class::ID => {
            // The caller may change the namespace.
            vm.invalidate_lookups();
            Ok(Some(Class::dict(vm.vmctx(), object)))
        }
        Some(l) if l == crate::generated::layouts::Module::ID => {
            let id = crate::generated::layouts::Module::id(vm.vmctx(), object) as usize;
            crate::modules::namespace(vm, id).map(Some)
        }
        _ => Ok(None),
    }
}

/// `cls.__dict__` and `vars(cls)`: a read-only live view of the class's namespace
/// (`types.MappingProxyType`, CPython's `mappingproxy`): writes must go through the class
/// (`setattr`), which keeps the attribute caches right.
pub fn namespace_view(vm: &mut ThreadState, cls: Value) -> Result<Value, Error> {
    let dict = Class::dict(vm.vmctx(), cls);
    crate::modules::call_library(vm, "types", "MappingProxyType", &[dict])
}

/// Attribute `name` of an instance's own storage (not its class's).
pub(crate) fn own_attr(
    vm: &mut ThreadState,
    instance: Value,
    name: Value,
) -> Result<Option<Value>, Error> {
    if layout_of(vm, instance) == Some(Exception::ID) {
        let dict = Exception::dict(vm.vmctx(), instance);
        crate::objects::dict::get(vm, dict, name)
    } else {
        storage::get(vm, instance, name)
    }
}

/// The method resolution order of a class (itself first).
pub fn mro(vm: &ThreadState, cls: Value) -> Vec<Value> {
    crate::objects::sequence::items(vm, Class::mro(vm.vmctx(), cls)).unwrap_or_else(|| vec![cls])
}

/// Looks `name` up along `cls`'s MRO.
pub fn lookup(vm: &mut ThreadState, cls: Value, name: Value) -> Result<Option<Value>, Error> {
    lookup_from(vm, cls, name, 0)
}

/// Looks `name` up along `cls`'s MRO from position `start` (super() skips the first ones).
pub(crate) fn lookup_from(
    vm: &mut ThreadState,
    cls: Value,
    name: Value,
    start: usize,
) -> Result<Option<Value>, Error> {
    // Lookups of str names in class dicts do not collect, so `cls` stays valid.
    let order = Class::mro(vm.vmctx(), cls);
    let nth = |vm: &ThreadState, i: usize| {
        if order == NONE {
            cls
        } else {
            crate::generated::layouts::Tuple::items(vm.vmctx(), order, i)
        }
    };
    let class_id = Class::id(vm.vmctx(), cls) as u32;
    let hash = crate::values::str_hash(vm, name).filter(|_| start == 0);
    if let Some(hash) = hash
        && let Some(found) = vm.lookups.probe(vm, class_id, name, hash)
    {
        return match found {
            (Some(_), Some(value)) => Ok(Some(value)),
            (Some(i), None) => {
                let dict = Class::dict(vm.vmctx(), nth(vm, i as usize));
                let value = crate::objects::dict::get(vm, dict, name)?;
                if let Some(v) = value {
                    lookup_cache::record(vm, class_id, name, hash, Some(i), v);
                }
                Ok(value)
            }
            (None, _) => Ok(None),
        };
    }
    let n = if order == NONE {
        1
    } else {
        crate::generated::layouts::Tuple::len(vm.vmctx(), order) as usize
    };
    for i in start..n {
        let dict = Class::dict(vm.vmctx(), nth(vm, i));
        if let Some(v) = crate::objects::dict::get(vm, dict, name)? {
            if let Some(hash) = hash {
                lookup_cache::record(vm, class_id, name, hash, Some(i as u32), v);
            }
            return Ok(Some(v));
        }
    }
    if let Some(hash) = hash {
        lookup_cache::record(vm, class_id, name, hash, None, NONE);
    }
    Ok(None)
}

/// True for a method of `object` (`object.__repr__`...): builtin subclasses and exceptions
/// answer those with their own behaviour first.
pub(crate) fn is_object_method(vm: &ThreadState, f: Value) -> bool {
    crate::modules::builtins::is_builtin(vm, f)
        && crate::modules::builtins::BUILTINS[Builtin::id(vm.vmctx(), f) as usize]
            .0
            .starts_with("object.")
}

/// `issubclass(cls, of)` for Python classes: `of` is in `cls`'s MRO.
pub fn is_subclass(vm: &ThreadState, cls: Value, of: Value) -> bool {
    if cls == of {
        return true;
    }
    // Along the MRO tuple in place (no vector: this runs on every class call).
    let ctx = vm.vmctx();
    let order = Class::mro(ctx, cls);
    if layout_of(vm, order) != Some(crate::generated::layouts::Tuple::ID) {
        return false;
    }
    use crate::generated::layouts::Tuple;
    (0..Tuple::len(ctx, order) as usize).any(|i| Tuple::items(ctx, order, i) == of)
}

/// `object.name` for instances and classes; `None` when the object is neither.
pub fn get_attr(vm: &mut ThreadState, object: Value, name: Value) -> Result<Option<Value>, Error> {
    if is_instance(vm, object)
        && crate::protocols::descriptors::has_getattribute(vm, class_of(vm, object))
        && let Some(v) = crate::protocols::descriptors::through_getattribute(vm, object, name)?
    {
        return Ok(Some(v));
    }
    generic_get_attr(vm, object, name, true)
}

/// `object.name` without a class's `__getattribute__` (`object.__getattribute__`, with
/// `__getattr__` as a fallback when `fallback`: called when the lookup raises
/// AttributeError, whether no attribute was found or a property or descriptor raised it).
pub fn generic_get_attr(
    vm: &mut ThreadState,
    object: Value,
    name: Value,
    fallback: bool,
) -> Result<Option<Value>, Error> {
    if !fallback || !is_instance(vm, object) {
        return lookup_attr(vm, object, name);
    }
    let (found, object, name) = vm.handle_scope(|vm| {
        let (ho, hn) = (vm.mutator().root(object), vm.mutator().root(name));
        let found = lookup_attr(vm, object, name);
        (found, vm.mutator().get(ho), vm.mutator().get(hn))
    });
    match found {
        Err(e) if e.is("AttributeError") => {
            match crate::protocols::dunder::getattr_fallback(vm, object, name)? {
                Some(v) => Ok(Some(v)),
                None => Err(e),
            }
        }
        found => found,
    }
}

/// [`generic_get_attr`] without the `__getattr__` fallback.
fn lookup_attr(vm: &mut ThreadState, object: Value, name: Value) -> Result<Option<Value>, Error> {
    let text = |vm: &ThreadState| str_value(vm, name).unwrap_or_default();
    if is_instance(vm, object) {
        let cls = class_of(vm, object);
        let class_attr = lookup(vm, cls, name)?;
        if crate::values::str_is(vm, name, "__class__")
            && class_attr.is_none_or(|p| descriptor_kind(vm, p) != Some(PROPERTY))
        {
            // (A class may override `__class__` with a property: a mock's spec.)
            return Ok(Some(class_of(vm, object)));
        }
        if let Some(d) = class_attr
            && crate::objects::getset::entry(vm, d).is_some()
        {
            // A builtin type's data attribute (a class deriving from `int` reads `real`).
            return crate::objects::getset::get(vm, d, object).map(Some);
        }
        if let Some(p) = class_attr
            && descriptor_kind(vm, p) == Some(PROPERTY)
        {
            // A property is a data descriptor: it wins over the instance dict.
            let fget = Descriptor::first(vm.vmctx(), p);
            if fget == NONE {
                return Err(Error::new(
                    "AttributeError",
                    format!(
                        "property '{}' of '{}' object has no getter",
                        text(vm),
                        class_name(vm, cls)
                    ),
                ));
            }
            return vm.call(fget, &[object], &[]).map(Some);
        }
        if let Some(attr) = class_attr
            && crate::protocols::descriptors::may_be_descriptor(vm, attr)
        {
            return crate::protocols::descriptors::instance_get(vm, object, cls, name, attr)
                .map(Some);
        }
        if let Some(v) = own_attr(vm, object, name)? {
            return Ok(Some(v));
        }
        return match class_attr {
            Some(f)
                if is_object_method(vm, f)
                    && builtin_subclasses::value_of(vm, object).is_some() =>
            {
                // A class deriving from a builtin type: the builtin's method comes before
                // `object`'s in CPython's MRO.
                match builtin_subclasses::attribute(vm, object, name)? {
                    Some(v) => Ok(Some(v)),
                    None => bind(vm, f, object).map(Some),
                }
            }
            Some(f)
                if crate::values::is_function(vm, f)
                    || crate::modules::builtins::is_method_descriptor(vm, f) =>
            {
                bind(vm, f, object).map(Some)
            }
            Some(d) if descriptor_kind(vm, d) == Some(STATIC) => Ok(Some(static_value(vm, d))),
            Some(d) if descriptor_kind(vm, d) == Some(CLASS) => {
                let f = Descriptor::first(vm.vmctx(), d);
                bind(vm, f, cls).map(Some)
            }
            Some(d) if descriptor_kind(vm, d) == Some(MEMBER) => {
                // An unset slot.
                let (cls_name, attr) = (class_name(vm, cls), text(vm));
                Err(Error::new(
                    "AttributeError",
                    format!("'{cls_name}' object has no attribute '{attr}'"),
                ))
            }
            Some(f) if builtin_types::is_native_method(vm, f) => {
                if crate::values::str_is(vm, name, "__getitem__") {
                    // A dict's `__getitem__` bound to the instance when its `__missing__`
                    // answers for absent keys (`urllib.parse` maps `quoter.__getitem__`).
                    let (missing, f, object) = vm.handle_scope(|vm| {
                        let (hf, ho) = (vm.mutator().root(f), vm.mutator().root(object));
                        let missing = crate::protocols::dunder::method(vm, object, "__missing__");
                        (missing, vm.mutator().get(hf), vm.mutator().get(ho))
                    });
                    if missing?.is_some() {
                        return builtin_types::bind_native(vm, f, object).map(Some);
                    }
                    return match builtin_subclasses::value_of(vm, object) {
                        Some(value) => builtin_types::bind_native(vm, f, value).map(Some),
                        None => Ok(Some(f)),
                    };
                }
                // The builtin type's method, bound to the value the instance carries.
                match builtin_subclasses::value_of(vm, object) {
                    Some(value) => builtin_types::bind_native(vm, f, value).map(Some),
                    None => Ok(Some(f)),
                }
            }
            Some(v) => Ok(Some(v)),
            None if crate::objects::exception::is_instance(vm, object)
                && crate::values::str_is(vm, name, "__traceback__") =>
            {
                crate::objects::exception::traceback_object(vm, object).map(Some)
            }
            None if crate::objects::exception::is_instance(vm, object)
                && crate::objects::exception::chaining::default_attribute(vm, name).is_some() =>
            {
                Ok(crate::objects::exception::chaining::default_attribute(
                    vm, name,
                ))
            }
            None if builtin_subclasses::value_of(vm, object).is_some() => {
                match builtin_subclasses::attribute(vm, object, name) {
                    Ok(Some(v)) => Ok(Some(v)),
                    _ => {
                        let (cls_name, attr) = (class_name(vm, cls), text(vm));
                        Err(Error::new(
                            "AttributeError",
                            format!("'{cls_name}' object has no attribute '{attr}'"),
                        ))
                    }
                }
            }
            None => {
                let (cls_name, attr) = (class_name(vm, cls), text(vm));
                Err(Error::new(
                    "AttributeError",
                    format!("'{cls_name}' object has no attribute '{attr}'"),
                ))
            }
        };
    }
    if layout_of(vm, object) == Some(Super::ID) {
        return crate::objects::super_type::attribute(vm, object, name);
    }
    if is_class(vm, object) {
        if crate::values::str_is(vm, name, "__class__") {
            return metaclasses::type_of_class(vm, object).map(Some);
        }
        // The metaclass's data descriptors first: `type`'s `__name__`, `__mro__`, ...
        if let Some(v) = metaclasses::meta_data_attr(vm, object, name)? {
            return Ok(Some(v));
        }
        return match lookup(vm, object, name)? {
            Some(d) if descriptor_kind(vm, d) == Some(STATIC) => Ok(Some(static_value(vm, d))),
            Some(d) if descriptor_kind(vm, d) == Some(CLASS) => {
                let f = Descriptor::first(vm.vmctx(), d);
                bind(vm, f, object).map(Some)
            }
            Some(v) if crate::protocols::descriptors::may_be_descriptor(vm, v) => {
                crate::protocols::descriptors::class_get(vm, object, v).map(Some)
            }
            Some(v) => Ok(Some(v)),
            None => {
                let (cls_name, attr) = (class_name(vm, object), text(vm));
                vm.handle_scope(|vm| {
                    let [hc, hn] = [object, name].map(|v| vm.mutator().root(v));
                    match metaclasses::meta_attr(vm, object, name)? {
                        Some(v) => return Ok(Some(v)),
                        // A class without a docstring (CPython's `type.__doc__` getter).
                        None if attr == "__doc__" => return Ok(Some(NONE)),
                        None => {}
                    }
                    // The metaclass's `__getattr__`, last.
                    let [object, name] = [hc, hn].map(|h| vm.mutator_ref().get(h));
                    match crate::protocols::dunder::call(vm, object, "__getattr__", &[name])? {
                        Some(v) => Ok(Some(v)),
                        None => Err(Error::new(
                            "AttributeError",
                            format!("type object '{cls_name}' has no attribute '{attr}'"),
                        )),
                    }
                })
            }
        };
    }
    Ok(None)
}

/// `cls.__annotations__`: the class namespace's own entry, an empty dict stored there if none.
pub(crate) fn own_annotations(
    vm: &mut ThreadState,
    cls: Value,
    name: Value,
) -> Result<Value, Error> {
    if let Some(v) = crate::objects::dict::get(vm, Class::dict(vm.vmctx(), cls), name)? {
        return Ok(v);
    }
    vm.handle_scope(|vm| {
        let handles = [cls, name].map(|x| vm.mutator().root(x));
        crate::objects::dict::new_dict(vm, 0).and_then(|d| {
            let hd = vm.mutator().root(d);
            let [cls, name] = handles.map(|h| vm.mutator().get(h));
            vm.invalidate_lookups();
            crate::objects::dict::set(vm, Class::dict(vm.vmctx(), cls), name, d)?;
            Ok(vm.mutator().get(hd))
        })
    })
}

pub fn bind(vm: &mut ThreadState, function: Value, receiver: Value) -> Result<Value, Error> {
    let (m, kept) = vm.alloc_with(Method::ID, Method::FIXED_SIZE, [function, receiver])?;
    Method::set_function(vm.vmctx(), m, kept[0]);
    Method::set_receiver(vm.vmctx(), m, kept[1]);
    Ok(m)
}

/// The bound `__exit__` of a context manager, checking it has `__enter__` too.
pub fn exit_method(vm: &mut ThreadState, manager: Value) -> Result<Value, Error> {
    manager_exit(vm, manager, ["__enter__", "__exit__"], "")
}

/// The bound `__aexit__` of an asynchronous context manager (`async with`), checking it has
/// `__aenter__` too.
pub fn async_exit_method(vm: &mut ThreadState, manager: Value) -> Result<Value, Error> {
    manager_exit(vm, manager, ["__aenter__", "__aexit__"], "asynchronous ")
}

/// `exit(type(exc), exc, None)` (or three Nones) for `async with`: the awaitable it returns.
pub fn call_async_exit(vm: &mut ThreadState, exit: Value, exc: Value) -> Result<Value, Error> {
    let (exit, args) = exit_arguments(vm, exit, exc)?;
    vm.call(exit, &args, &[])
}

/// `exit` and its arguments for exception `exc` (None: three Nones): its type, itself and
/// its traceback object.
fn exit_arguments(
    vm: &mut ThreadState,
    exit: Value,
    exc: Value,
) -> Result<(Value, [Value; 3]), Error> {
    if exc == NONE {
        return Ok((exit, [NONE, NONE, NONE]));
    }
    vm.handle_scope(|vm| {
        let (he, hx) = (vm.mutator().root(exit), vm.mutator().root(exc));
        let tb = crate::objects::exception::traceback_object(vm, exc)?;
        let (exit, exc) = (vm.mutator().get(he), vm.mutator().get(hx));
        Ok((exit, [class_of(vm, exc), exc, tb]))
    })
}

/// The bound exit method (`names[1]`) of a context manager whose class has both `names`.
fn manager_exit(
    vm: &mut ThreadState,
    manager: Value,
    names: [&'static str; 2],
    flavor: &str,
) -> Result<Value, Error> {
    let not_a_manager = |vm: &ThreadState, manager: Value| {
        Error::new(
            "TypeError",
            format!(
                "'{}' object does not support the {flavor}context manager protocol",
                crate::values::type_name(vm, manager)
            ),
        )
    };
    if !is_instance(vm, manager) {
        // A builtin type with Rust special methods (memoryview) may be one.
        if !crate::protocols::dunder::is_native(vm, manager) {
            return Err(not_a_manager(vm, manager));
        }
        return vm.handle_scope(|vm| {
            let hm = vm.mutator().root(manager);
            for name in names {
                let manager = vm.mutator().get(hm);
                if crate::protocols::dunder::method(vm, manager, name)?.is_none() {
                    return Err(not_a_manager(vm, vm.mutator_ref().get(hm)));
                }
            }
            let key = vm.name_str(names[1])?;
            let manager = vm.mutator().get(hm);
            crate::protocols::attributes::get_attr(vm, manager, key)
        });
    }
    vm.handle_scope(|vm| {
        let hm = vm.mutator().root(manager);
        // The common case from the class's protocol slots: both methods functions (or
        // builtin method descriptors), `__exit__` bound to the manager.
        let enter = crate::protocols::dunder::method(vm, manager, names[0])?;
        let exit = crate::protocols::dunder::method(vm, vm.mutator_ref().get(hm), names[1])?;
        if let (Some(_), Some(exit)) = (enter, exit)
            && crate::protocols::method_lookup::binds_plainly(vm, exit)
        {
            return bind(vm, exit, vm.mutator_ref().get(hm));
        }
        for name in names {
            let key = vm.name_str(name)?;
            let manager = vm.mutator().get(hm);
            let cls = class_of(vm, manager);
            if lookup(vm, cls, key)?.is_none() {
                return Err(not_a_manager(vm, vm.mutator_ref().get(hm)));
            }
        }
        let key = vm.name_str(names[1])?;
        let manager = vm.mutator().get(hm);
        get_attr(vm, manager, key).map(|v| v.unwrap_or(NONE))
    })
}

/// Calls `exit` for a `with` block that ends normally (`exc` None) or with `exc`.
pub fn call_exit(vm: &mut ThreadState, exit: Value, exc: Value) -> Result<Value, Error> {
    let (exit, args) = exit_arguments(vm, exit, exc)?;
    let r = vm.call(exit, &args, &[])?;
    Ok(crate::values::py_bool(crate::values::is_true(vm, r)?))
}

/// The function and receiver of a bound method.
pub fn unbind(vm: &ThreadState, m: Value) -> (Value, Value) {
    (
        Method::function(vm.vmctx(), m),
        Method::receiver(vm.vmctx(), m),
    )
}

pub fn set_attr(vm: &mut ThreadState, object: Value, name: Value, v: Value) -> Result<(), Error> {
    if is_instance(vm, object)
        && !crate::protocols::descriptors::may_have_setattr(vm, class_of(vm, object))
    {
        // The common case: no class in the MRO defines `__setattr__`.
        return store_attr(vm, object, name, v);
    }
    if crate::modules::is_module(vm, object) {
        return crate::modules::set_attr(vm, object, name, v);
    }
    if crate::values::is_function(vm, object) {
        if native_set(vm, object, name, Some(v))? {
            return Ok(());
        }
        return vm.handle_scope(|vm| {
            let (hn, hv) = (vm.mutator().root(name), vm.mutator().root(v));
            crate::protocols::attributes::function_dict(vm, object).and_then(|d| {
                let (name, v) = (vm.mutator().get(hn), vm.mutator().get(hv));
                crate::objects::dict::set(vm, d, name, v)
            })
        });
    }
    if crate::protocols::dunder::takes_part(vm, object) {
        // A class's own `__setattr__` (a metaclass's for a class) takes over
        // (object.__setattr__ and type.__setattr__ are the plain store).
        let (custom, [object, name, v]) = vm.handle_scope(|vm| {
            let handles = [object, name, v].map(|x| vm.mutator().root(x));
            let custom = crate::protocols::dunder::method(vm, object, "__setattr__");
            (custom, handles.map(|h| vm.mutator().get(h)))
        });
        if let Some(f) = custom? {
            return vm.call(f, &[object, name, v], &[]).map(|_| ());
        }
        store_attr(vm, object, name, v)
    } else {
        store_attr(vm, object, name, v)
    }
}

/// `object.name = v` without `__setattr__` (`object.__setattr__`).
pub fn store_attr(vm: &mut ThreadState, object: Value, name: Value, v: Value) -> Result<(), Error> {
    if is_instance(vm, object) {
        let cls = class_of(vm, object);
        let attr = lookup(vm, cls, name)?;
        if let Some(d) = attr
            && crate::objects::getset::entry(vm, d).is_some()
        {
            return crate::objects::getset::set(vm, d, object, Some(v));
        }
        if let Some(p) = attr
            && descriptor_kind(vm, p) == Some(PROPERTY)
        {
            let fset = Descriptor::second(vm.vmctx(), p);
            if fset == NONE {
                let name = str_value(vm, name).unwrap_or_default();
                return Err(Error::new(
                    "AttributeError",
                    format!(
                        "property '{name}' of '{}' object has no setter",
                        class_name(vm, cls)
                    ),
                ));
            }
            return vm.call(fset, &[object, v], &[]).map(|_| ());
        }
        if let Some(attr) = attr
            && crate::protocols::descriptors::may_be_descriptor(vm, attr)
        {
            let (handled, kept) = vm.handle_scope(|vm| {
                let handles = [object, name, v].map(|x| vm.mutator().root(x));
                let handled = crate::protocols::descriptors::instance_set(vm, object, attr, v);
                (handled, handles.map(|h| vm.mutator().get(h)))
            });
            if handled? {
                return Ok(());
            }
            return store_own(vm, kept[0], kept[1], kept[2]);
        }
        if crate::values::str_is(vm, name, "__class__") {
            return crate::protocols::descriptors::set_class(vm, object, v);
        }
        if crate::values::str_is(vm, name, "__dict__") {
            return set_attribute_dict(vm, object, v);
        }
    } else if !is_class(vm, object) && crate::values::str_is(vm, name, "__class__") {
        // A builtin value (`(1).__class__ = str`).
        return Err(Error::new(
            "TypeError",
            if is_class(vm, v) {
                "__class__ assignment only supported for mutable types or ModuleType subclasses"
                    .to_string()
            } else {
                format!(
                    "__class__ must be set to a class, not '{}' object",
                    crate::values::type_name(vm, v)
                )
            },
        ));
    }
    store_own(vm, object, name, v)
}

/// `object.__dict__ = d`: `d` (a dict, or the dict of an instance of a dict subclass)
/// becomes the instance's attribute storage.
fn set_attribute_dict(vm: &mut ThreadState, object: Value, d: Value) -> Result<(), Error> {
    let cls = class_of(vm, object);
    if crate::protocols::descriptors::flags(vm, cls) & crate::protocols::descriptors::NO_DICT != 0 {
        return Err(crate::protocols::descriptors::no_attribute(
            vm, cls, "__dict__",
        ));
    }
    let dict = if crate::objects::dict::is_dict(vm, d) {
        Some(d)
    } else {
        builtin_subclasses::value_of(vm, d).filter(|v| crate::objects::dict::is_dict(vm, *v))
    };
    let Some(dict) = dict else {
        return Err(Error::new(
            "TypeError",
            format!(
                "__dict__ must be set to a dictionary, not a '{}'",
                crate::values::type_name(vm, d)
            ),
        ));
    };
    match layout_of(vm, object) {
        Some(l) if l == Exception::ID => {
            Exception::set_dict(vm.vmctx(), object, dict);
            Ok(())
        }
        _ => {
            storage::replace_dict(vm, object, dict);
            Ok(())
        }
    }
}

/// `object.name = v` into the object's own storage (no descriptor took it).
fn store_own(vm: &mut ThreadState, object: Value, name: Value, v: Value) -> Result<(), Error> {
    if is_instance(vm, object)
        && crate::protocols::descriptors::flags(vm, class_of(vm, object))
            & crate::protocols::descriptors::NO_DICT
            != 0
        && own_attr(vm, object, name)?.is_none()
    {
        // A new attribute of a slotted instance: one of its classes' `__slots__` must name it
        // (one it has already was allowed when first stored).
        let text = str_value(vm, name).unwrap_or_default();
        // The lookup of `__slots__` may collect: the object, name and value are read after.
        let (allowed, [object, name, v]) = vm.handle_scope(|vm| {
            let handles = [object, name, v].map(|x| vm.mutator().root(x));
            let cls = class_of(vm, object);
            let allowed = crate::protocols::descriptors::slot_allows(vm, cls, &text);
            (allowed, handles.map(|h| vm.mutator().get(h)))
        });
        if !allowed? {
            return Err(crate::protocols::descriptors::no_attribute(
                vm,
                class_of(vm, object),
                &text,
            ));
        }
        return store_own_checked(vm, object, name, v);
    }
    store_own_checked(vm, object, name, v)
}

/// [`store_own`] after the `__slots__` check.
fn store_own_checked(
    vm: &mut ThreadState,
    object: Value,
    name: Value,
    v: Value,
) -> Result<(), Error> {
    let dict = if is_instance(vm, object) {
        if layout_of(vm, object) == Some(Instance::ID) {
            return storage::set(vm, object, name, v);
        }
        Exception::dict(vm.vmctx(), object)
    } else if is_class(vm, object) {
        crate::protocols::descriptors::check_mutable(vm, object, name)?;
        for (attr, qualified) in [("__name__", false), ("__qualname__", true)] {
            if !crate::values::str_is(vm, name, attr) {
                continue;
            }
            let Some(text) = str_value(vm, v) else {
                return Err(Error::new(
                    "TypeError",
                    format!(
                        "can only assign string to {}.{attr}, not '{}'",
                        class_name(vm, object),
                        crate::values::type_name(vm, v)
                    ),
                ));
            };
            let id = Class::id(vm.vmctx(), object) as usize;
            if qualified {
                vm.set_class_qualname(id, &text);
                return Ok(());
            }
            vm.set_class_name(id, &text);
            return Ok(());
        }
        vm.invalidate_lookups();
        if crate::values::str_is(vm, name, "__getattribute__") {
            crate::protocols::descriptors::set_flag(
                vm,
                object,
                crate::protocols::descriptors::GETATTRIBUTE,
            );
            crate::protocols::descriptors::note_late_hook(vm, object);
        }
        if crate::values::str_is(vm, name, "__setattr__") {
            crate::protocols::descriptors::set_flag(
                vm,
                object,
                crate::protocols::descriptors::SETATTR,
            );
            crate::protocols::descriptors::note_late_hook(vm, object);
        }
        if crate::values::str_is(vm, name, "__del__") {
            // Instances made from now on are registered (subclasses made before keep the
            // flags they inherited).
            crate::protocols::descriptors::set_flag(
                vm,
                object,
                crate::protocols::descriptors::FINALIZER,
            );
        }
        if crate::values::str_is(vm, name, "__abstractmethods__") {
            // Not inherited: ABCMeta computes each class's own.
            let abstract_ = crate::objects::set::is_set(vm, v)
                && !crate::objects::set::elements(vm, v).is_empty()
                || crate::objects::sequence::items(vm, v).is_some_and(|i| !i.is_empty());
            if abstract_ {
                crate::protocols::descriptors::set_flag(
                    vm,
                    object,
                    crate::protocols::descriptors::ABSTRACT,
                );
            } else {
                crate::protocols::descriptors::clear_flag(
                    vm,
                    object,
                    crate::protocols::descriptors::ABSTRACT,
                );
            }
        }
        Class::dict(vm.vmctx(), object)
    } else {
        if native_set(vm, object, name, Some(v))? {
            return Ok(());
        }
        let name = str_value(vm, name).unwrap_or_default();
        return Err(Error::new(
            "AttributeError",
            format!(
                "'{}' object has no attribute '{name}'",
                builtin_types::python_type_name(vm, object)
            ),
        ));
    };
    crate::objects::dict::set(vm, dict, name, v)
}

/// `object.name = v` (`del object.name` for None) for a builtin value whose type has a data
/// attribute `name` (`getset.rs`): true when done or refused with an error.
pub fn native_set(
    vm: &mut ThreadState,
    object: Value,
    name: Value,
    v: Option<Value>,
) -> Result<bool, Error> {
    vm.handle_scope(|vm| {
        let handles = [object, v.unwrap_or(NONE)].map(|x| vm.mutator().root(x));
        let Some(cls) = builtin_types::class_of_value(vm, object)? else {
            return Ok(false);
        };
        let Some(d) = lookup(vm, cls, name)? else {
            return Ok(false);
        };
        if crate::objects::getset::entry(vm, d).is_none() {
            return Ok(false);
        }
        let [object, value] = handles.map(|h| vm.mutator().get(h));
        let v = v.map(|_| value);
        crate::objects::getset::set(vm, d, object, v).map(|()| true)
    })
}

/// `repr(C)`: `<class 'module.Qualname'>` (no module for builtins).
pub fn repr(vm: &ThreadState, cls: Value) -> String {
    let id = crate::generated::layouts::Class::id(gvmt::rt::Vm::vmctx(vm), cls);
    let qualname = vm.class_qualname(id as usize);
    match crate::objects::class::module_of(vm, cls) {
        Some(m) if m != "builtins" => format!("<class '{m}.{qualname}'>"),
        _ => format!("<class '{qualname}'>"),
    }
}
