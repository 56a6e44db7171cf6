//! Class objects for the builtin types that have no constructor among the builtins
//! (`function`, `generator`, `NoneType`, `module`, the iterators...): what `type(x)` returns
//! for such values. They are real classes (subclasses of `object`, `__module__` 'builtins'),
//! made on first use and kept for the VM's life; `isinstance(x, type(y))` works with them,
//! and calling one is a TypeError, as for CPython's types that cannot be instantiated
//! directly.
//!
//! Owns: the table of those classes. Must not: stand in for types whose builtin is a
//! constructor (`int`, `list`, `enumerate`...): `type(3)` is the `int` builtin.

use super::type_name;
use crate::vm::{Error, ThreadState};
use gvmt::rt::{Value, Vm};

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

/// The class standing for builtin type `name` (made on first use).
pub fn class_for(vm: &mut ThreadState, name: &'static str) -> Result<Value, Error> {
    if let Some(p) = vm.tables().type_classes.get(name) {
        return Ok(vm.mutator_ref().pinned(p));
    }
    let object = super::exceptions::object_class(vm)?;
    let result = vm.handle_scope(|vm| {
        let ho = vm.mutator().root(object);
        let namespace = super::dicts::new_dict(vm, 0)?;
        let hn = vm.mutator().root(namespace);
        let key = vm.name_str("__module__")?;
        let hk = vm.mutator().root(key);
        let module = super::new_str(vm, "builtins")?;
        let (namespace, key) = (vm.mutator().get(hn), vm.mutator().get(hk));
        super::dicts::set(vm, namespace, key, module)?;
        let (namespace, object) = (vm.mutator().get(hn), vm.mutator().get(ho));
        super::class_creation::new_class(vm, name, &[object], namespace)
    });
    let cls = result?;
    let id = crate::generated::layouts::Class::id(vm.vmctx(), cls) as u32;
    let pinned = vm.mutator().pin(cls);
    vm.tables().type_classes.insert(name, pinned);
    vm.tables().type_class_ids.insert(id, name);
    Ok(cls)
}

/// The builtin type `cls` stands for, if it is one of these classes.
pub fn stands_for(vm: &ThreadState, cls: Value) -> Option<&'static str> {
    if !super::classes::is_class(vm, cls) {
        return None;
    }
    let id = crate::generated::layouts::Class::id(vm.vmctx(), cls) as u32;
    vm.tables().type_class_ids.get(&id).copied()
}

/// TypeError: such a class cannot be called.
pub fn cannot_instantiate(name: &str) -> Error {
    Error::new("TypeError", format!("cannot create '{name}' instances"))
}

/// True if `v`'s type is the builtin type `name`.
pub fn is_of(vm: &ThreadState, v: Value, name: &str) -> bool {
    python_type_name(vm, v) == name
}

/// The builtins that are types (`type(3) is int`): what `isinstance(x, type)` accepts and
/// what `list[int]` subscripts.
pub const CONSTRUCTOR_TYPES: &[&str] = &[
    "bool",
    "int",
    "float",
    "str",
    "list",
    "tuple",
    "dict",
    "range",
    "set",
    "frozenset",
    "type",
    "slice",
    "bytes",
    "property",
    "staticmethod",
    "classmethod",
    "super",
];

/// The type a builtin object stands for, if it is one of [`CONSTRUCTOR_TYPES`].
pub fn builtin_type_name(vm: &ThreadState, v: Value) -> Option<&'static str> {
    if super::layout_of(vm, v) != Some(crate::generated::layouts::Builtin::ID) {
        return None;
    }
    let id = crate::generated::layouts::Builtin::id(vm.vmctx(), v) as usize;
    let name = super::builtins::BUILTINS[id].0;
    CONSTRUCTOR_TYPES.contains(&name).then_some(name)
}

/// True for type objects: classes and the builtin types.
pub fn is_type(vm: &ThreadState, v: Value) -> bool {
    super::classes::is_class(vm, v) || builtin_type_name(vm, v).is_some()
}

/// `t[index]` for a type `t`: a class's `__class_getitem__(index)`, or for a builtin type a
/// `types.GenericAlias` (`list[int]`). None if `t` is not a type.
pub fn subscript(vm: &mut ThreadState, t: Value, index: Value) -> Result<Option<Value>, Error> {
    if super::classes::is_class(vm, t) {
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
    if builtin_type_name(vm, t).is_none() {
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
