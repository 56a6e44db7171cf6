//! The builtin types as class objects: `int`, `str`, `list`, `function`, `NoneType`... are
//! real classes in the heap (subclasses of `object`, `__module__` 'builtins', metaclass
//! `type`), made with the builtin classes when an interpreter starts. `type(3) is int`,
//! `int.__mro__`, `vars(list)['append']`, `isinstance(int, type)` and `issubclass(bool, int)`
//! are ordinary class operations on them. Each one's namespace holds its methods (method
//! descriptors), its special methods (slot wrappers: `int.__add__(1, 2)`) and its class-level
//! functions (`dict.fromkeys`, `int.__new__`), so looking one up is a hashed lookup along
//! the MRO like any class attribute.
//!
//! A builtin type's class carries its index in the builtin class table in its flags
//! ([`TAG_SHIFT`]); calling it calls the builtin of the same name (its constructor), or is
//! a TypeError for the types Python code cannot instantiate (`function`, `generator`...).
//!
//! Owns: the table of builtin types, their classes and namespaces, `type(x)` for builtin
//! values. Must not: implement the types' methods (their own modules do) or the class
//! machinery (`classes.rs`, `class_creation.rs`).

use super::type_name;
use crate::generated::layouts::{BoundMethod, Class};
use crate::vm::{Error, ThreadState};
use gvmt::gc::Handle;
use gvmt::rt::{Value, Vm};

/// The builtin types and their bases (beyond `object` and `type`, which are in the builtin
/// class table of `exceptions.rs`). Those named like a builtin function are constructed by
/// it (`int`, `enumerate`); the others cannot be instantiated from Python, or make their one
/// value (`NoneType()`).
pub const BUILTIN_TYPES: &[(&str, &str)] = &[
    ("int", "object"),
    ("bool", "int"),
    ("float", "object"),
    ("str", "object"),
    ("bytes", "object"),
    ("list", "object"),
    ("tuple", "object"),
    ("dict", "object"),
    ("set", "object"),
    ("frozenset", "object"),
    ("range", "object"),
    ("slice", "object"),
    ("property", "object"),
    ("staticmethod", "object"),
    ("classmethod", "object"),
    ("super", "object"),
    ("enumerate", "object"),
    ("zip", "object"),
    ("map", "object"),
    ("filter", "object"),
    ("reversed", "object"),
    ("function", "object"),
    ("builtin_function_or_method", "object"),
    ("method", "object"),
    ("method_descriptor", "object"),
    ("wrapper_descriptor", "object"),
    ("method-wrapper", "object"),
    ("NoneType", "object"),
    ("ellipsis", "object"),
    ("NotImplementedType", "object"),
    ("generator", "object"),
    ("module", "object"),
    ("cell", "object"),
    ("list_iterator", "object"),
    ("tuple_iterator", "object"),
    ("range_iterator", "object"),
    ("str_ascii_iterator", "object"),
];

/// Where a builtin type's index in the builtin class table (plus one) sits in its class's
/// flags; zero above this shift for every other class (the bits are not inherited).
pub const TAG_SHIFT: u32 = 16;

/// The index in the builtin class table of builtin type `name` (`type` included).
pub fn table_index(name: &str) -> Option<usize> {
    use super::exceptions::{CLASSES, TYPE};
    if name == "type" {
        return Some(TYPE);
    }
    BUILTIN_TYPES
        .iter()
        .position(|(n, _)| *n == name)
        .map(|i| CLASSES.len() + i)
}

/// The name of the builtin class at `index` of the builtin class table.
fn table_name(index: usize) -> &'static str {
    use super::exceptions::CLASSES;
    match CLASSES.get(index) {
        Some((name, _)) => name,
        None => BUILTIN_TYPES[index - CLASSES.len()].0,
    }
}

/// Makes the builtin types' classes into `made` (which holds the builtin classes of
/// `exceptions.rs` already, `object` first) and fills their namespaces. Part of
/// `exceptions::create_builtin_classes`, before the table is published.
pub(crate) fn create(vm: &mut ThreadState, made: &mut Vec<Handle>) -> Result<(), Error> {
    use super::exceptions::{CLASSES, TYPE};
    for (name, base) in BUILTIN_TYPES {
        let namespace = module_namespace(vm)?;
        let base_index = if *base == "object" {
            0
        } else {
            table_index(base).expect("a builtin type's base is one")
        };
        let base = vm.mutator().get(made[base_index]);
        let cls = super::class_creation::new_class(vm, name, &[base], namespace)?;
        made.push(vm.mutator().root(cls));
    }
    for index in (CLASSES.len()..made.len()).chain([TYPE]) {
        let cls = vm.mutator().get(made[index]);
        super::descriptors::set_flag(vm, cls, ((index + 1) as i64) << TAG_SHIFT);
        fill_namespace(vm, made[index], table_name(index))?;
    }
    Ok(())
}

/// A namespace holding `__module__ = 'builtins'`.
fn module_namespace(vm: &mut ThreadState) -> Result<Value, Error> {
    let namespace = super::dicts::new_dict(vm, 0)?;
    let hn = vm.mutator().root(namespace);
    let key = vm.name_str("__module__")?;
    let hk = vm.mutator().root(key);
    let module = super::new_str(vm, "builtins")?;
    let (namespace, key) = (vm.mutator().get(hn), vm.mutator().get(hk));
    super::dicts::set(vm, namespace, key, module)?;
    Ok(vm.mutator().get(hn))
}

/// Puts builtin type `t`'s methods, slot wrappers and class-level functions into the
/// namespace of its class (`cls`, a handle).
fn fill_namespace(vm: &mut ThreadState, cls: Handle, t: &'static str) -> Result<(), Error> {
    use super::attributes::METHODS;
    let prefix = format!("{t}.");
    for (id, (full, _)) in super::builtins::BUILTINS.iter().enumerate() {
        let Some(name) = full.strip_prefix(&prefix) else {
            continue;
        };
        let f = super::builtins::builtin_object(vm, id)?;
        define(vm, cls, name, f)?;
    }
    for name in super::builtin_subclasses::slot_names(t) {
        let already = {
            let key = vm.name_str(name)?;
            let cls = vm.mutator().get(cls);
            let dict = Class::dict(vm.vmctx(), cls);
            super::dicts::get(vm, dict, key)?.is_some()
        };
        if already {
            continue;
        }
        let type_object = vm.mutator().get(cls);
        if let Some(w) = super::builtin_subclasses::slot_wrapper(vm, type_object, t, name)? {
            define(vm, cls, name, w)?;
        }
    }
    for (id, (owner, name, _)) in METHODS.iter().enumerate() {
        if *owner != t {
            continue;
        }
        let descriptor = vm.alloc(BoundMethod::ID, BoundMethod::FIXED_SIZE)?;
        BoundMethod::set_id(vm.vmctx(), descriptor, id as i64);
        BoundMethod::set_receiver(vm.vmctx(), descriptor, super::UNBOUND);
        define(vm, cls, name, descriptor)?;
    }
    Ok(())
}

/// `cls.name = value` in the namespace of class handle `cls` (no hooks: while it is made).
fn define(
    vm: &mut ThreadState,
    cls: Handle,
    name: &'static str,
    value: Value,
) -> Result<(), Error> {
    let hv = vm.mutator().root(value);
    let key = vm.name_str(name)?;
    let cls = vm.mutator().get(cls);
    let dict = Class::dict(vm.vmctx(), cls);
    let value = vm.mutator().get(hv);
    super::dicts::set(vm, dict, key, value)
}

/// The builtin type class `cls` stands for (`type` included), if it is one.
pub fn builtin_type_name(vm: &ThreadState, cls: Value) -> Option<&'static str> {
    if !super::classes::is_class(vm, cls) {
        return None;
    }
    let tag = Class::flags(vm.vmctx(), cls) >> TAG_SHIFT;
    (tag != 0).then(|| table_name(tag as usize - 1))
}

/// The class of builtin type `name` (`type(x)` for a builtin value).
pub fn class_for(vm: &mut ThreadState, name: &'static str) -> Result<Value, Error> {
    if let Some(index) = table_index(name) {
        return super::exceptions::builtin_class(vm, index);
    }
    if name == "object" {
        return super::exceptions::object_class(vm);
    }
    // A type the table does not list: a class made on first use, kept for the VM's life.
    if let Some(p) = vm.tables().type_classes.get(name) {
        return Ok(vm.mutator_ref().pinned(p));
    }
    let object = super::exceptions::object_class(vm)?;
    let result = vm.handle_scope(|vm| {
        let ho = vm.mutator().root(object);
        let namespace = module_namespace(vm)?;
        let object = vm.mutator().get(ho);
        super::class_creation::new_class(vm, name, &[object], namespace)
    });
    let cls = result?;
    let pinned = vm.mutator().pin(cls);
    vm.tables().type_classes.insert(name, pinned);
    Ok(cls)
}

/// `type(v)` for a value that is neither an instance nor a class.
pub fn type_of_value(vm: &mut ThreadState, v: Value) -> Result<Value, Error> {
    let name = python_type_name(vm, v);
    class_for(vm, name)
}

/// `cls(*args, **kwargs)` for builtin type class `cls` named `t`: its constructor, the one
/// value of a singleton type, or a TypeError.
pub fn construct(
    vm: &mut ThreadState,
    t: &'static str,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    let singleton = match t {
        "NoneType" => Some(super::NONE),
        "ellipsis" => Some(super::ELLIPSIS),
        "NotImplementedType" => Some(super::dunder::NOT_IMPLEMENTED),
        _ => None,
    };
    if let Some(v) = singleton {
        if !args.is_empty() || !kwargs.is_empty() {
            return Err(Error::new("TypeError", format!("{t} takes no arguments")));
        }
        return Ok(v);
    }
    let Some(id) = super::builtins::index_of(t) else {
        return Err(cannot_instantiate(t));
    };
    let f = vm.handle_scope(|vm| {
        let held: Vec<Handle> = args
            .iter()
            .chain(kwargs.iter().map(|(_, v)| v))
            .map(|&v| vm.mutator().root(v))
            .collect();
        let f = super::builtins::builtin_object(vm, id);
        (
            f,
            held.iter()
                .map(|&h| vm.mutator().get(h))
                .collect::<Vec<_>>(),
        )
    });
    let (f, values) = f;
    let f = f?;
    let kwargs: Vec<(String, Value)> = kwargs
        .iter()
        .map(|(k, _)| k.clone())
        .zip(values[args.len()..].iter().copied())
        .collect();
    vm.call(f, &values[..args.len()], &kwargs)
}

/// The Python name of the type of `v` as `type(v).__name__` shows it.
pub fn python_type_name(vm: &ThreadState, v: Value) -> &'static str {
    use crate::generated::layouts::{BoundMethod, MethodWrapper};
    match type_name(vm, v) {
        // A builtin type's method looked up on the type is a method descriptor.
        "builtin_method" if BoundMethod::receiver(vm.vmctx(), v) == super::UNBOUND => {
            "method_descriptor"
        }
        "builtin_method" => "builtin_function_or_method",
        // A builtin type's special method looked up on the type is a slot wrapper.
        "method-wrapper"
            if builtin_type_name(vm, MethodWrapper::receiver(vm.vmctx(), v)).is_some() =>
        {
            "wrapper_descriptor"
        }
        other => other,
    }
}

/// TypeError: such a class cannot be called.
pub fn cannot_instantiate(name: &str) -> Error {
    Error::new("TypeError", format!("cannot create '{name}' instances"))
}

/// True if `v`'s type is the builtin type `name`.
pub fn is_of(vm: &ThreadState, v: Value, name: &str) -> bool {
    python_type_name(vm, v) == name
}

/// True for type objects: classes (the builtin types are classes).
pub fn is_type(vm: &ThreadState, v: Value) -> bool {
    super::classes::is_class(vm, v)
}

/// `t[index]` for a type `t`: a class's `__class_getitem__(index)`, or for a builtin type a
/// `types.GenericAlias` (`list[int]`). None if `t` is not a type.
pub fn subscript(vm: &mut ThreadState, t: Value, index: Value) -> Result<Option<Value>, Error> {
    if super::classes::is_class(vm, t) && builtin_type_name(vm, t).is_none() {
        let result = vm.handle_scope(|vm| {
            let handles = [t, index].map(|x| vm.mutator().root(x));
            let key = vm.name_str("__class_getitem__")?;
            let cls = vm.mutator().get(handles[0]);
            let found = super::classes::lookup(vm, cls, key)?;
            let Some(d) = found else {
                let name = super::classes::class_name(vm, cls);
                return Err(Error::new(
                    "TypeError",
                    format!("type '{name}' is not subscriptable"),
                ));
            };
            let f = if super::classes::descriptor_kind(vm, d) == Some(super::classes::CLASS) {
                crate::generated::layouts::Descriptor::first(vm.vmctx(), d)
            } else {
                d
            };
            let [cls, index] = handles.map(|h| vm.mutator().get(h));
            vm.call(f, &[cls, index], &[])
        });
        return result.map(Some);
    }
    if !super::classes::is_class(vm, t) {
        return Ok(None);
    }
    let result = vm.handle_scope(|vm| {
        let handles = [t, index].map(|x| vm.mutator().root(x));
        let types = crate::modules::import(vm, "types")?;
        let module = crate::modules::module_object(vm, types)?;
        let name = vm.name_str("GenericAlias")?;
        let alias = crate::modules::get_attr(vm, module, name)?;
        let [t, index] = handles.map(|h| vm.mutator().get(h));
        vm.call(alias, &[t, index], &[])
    });
    result.map(Some)
}
