//! The builtins that show namespaces: `globals()`, `locals()`, `vars()` and `dir()`.
//!
//! Owns: building those dicts and lists. Must not: store attributes (`objects/class/mod.rs`,
//! `storage.rs` and `modules/` do).

use super::no_keywords;
use super::object_functions::{Kwargs, exactly, rooted};
use crate::values::NONE;
use crate::vm::{Error, ThreadState};
use gvmt::rt::Value;

/// A new dict of `(name, value)` pairs.
fn dict_of_names(vm: &mut ThreadState, pairs: Vec<(String, Value)>) -> Result<Value, Error> {
    rooted(
        vm,
        &pairs.iter().map(|p| p.1).collect::<Vec<_>>(),
        |vm, values| {
            let dict = crate::objects::dict::new_dict(vm, pairs.len())?;
            let hd = vm.mutator().root(dict);
            for ((name, _), &hv) in pairs.iter().zip(values) {
                let key = crate::values::new_str(vm, name)?;
                let (dict, v) = (vm.mutator().get(hd), vm.mutator().get(hv));
                crate::objects::dict::set(vm, dict, key, v)?;
            }
            Ok(vm.mutator().get(hd))
        },
    )
}

/// `globals()`: the running module's namespace, live: a `_namespace.ModuleNamespace` (a dict
/// subclass written in Python) that reads and writes the module's global slots.
pub fn globals(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    no_keywords("globals", kwargs)?;
    exactly::<0>("globals", args)?;
    // One namespace object per module: `globals() is sys.modules[__name__].__dict__`.
    crate::modules::namespace(vm, vm.current_module())
}

/// `locals()`: a dict of the running function's local variables (a snapshot, as CPython's
/// is in functions); a class body's namespace; at module level, `globals()`.
pub fn locals(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    no_keywords("locals", kwargs)?;
    exactly::<0>("locals", args)?;
    if let Some(namespace) = vm.running_class_namespace() {
        // A class body's names are its namespace itself, live (as CPython's).
        return Ok(namespace);
    }
    match vm.running_local_values() {
        Some(pairs) => dict_of_names(vm, pairs),
        None => globals(vm, args, kwargs),
    }
}

/// `vars(obj)`: an instance's or class's attribute dict (the dict itself); `vars()`: `locals()`.
pub fn vars(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    no_keywords("vars", kwargs)?;
    if args.is_empty() {
        return locals(vm, args, kwargs);
    }
    let [v] = exactly::<1>("vars", args)?;
    // Asked before: making a module's namespace may collect, which moves `v`.
    let class = crate::objects::class::is_class(vm, v);
    let dict = crate::objects::class::attribute_dict(vm, v)?
        .ok_or_else(|| Error::new("TypeError", "vars() argument must have __dict__ attribute"))?;
    if class {
        return crate::modules::call_library(vm, "types", "MappingProxyType", &[dict]);
    }
    Ok(dict)
}

/// `dir(object)` of CPython 3.11: the attributes every object has.
const OBJECT_ATTRIBUTES: &[&str] = &[
    "__class__",
    "__delattr__",
    "__dir__",
    "__doc__",
    "__eq__",
    "__format__",
    "__ge__",
    "__getattribute__",
    "__getstate__",
    "__gt__",
    "__hash__",
    "__init__",
    "__init_subclass__",
    "__le__",
    "__lt__",
    "__ne__",
    "__new__",
    "__reduce__",
    "__reduce_ex__",
    "__repr__",
    "__setattr__",
    "__sizeof__",
    "__str__",
    "__subclasshook__",
];

/// `dir()`: the names in the running scope; `dir(x)`: `x.__dir__()` if its class defines it,
/// else the names of its attributes (its own, its class's and their bases'), sorted.
pub fn dir(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    no_keywords("dir", kwargs)?;
    if args.is_empty() {
        let pairs = vm
            .running_local_values()
            .unwrap_or_else(|| vm.running_global_values());
        let names: Vec<String> = pairs.into_iter().map(|(n, _)| n).collect();
        return sorted_strs(vm, names);
    }
    let [v] = exactly::<1>("dir", args)?;
    let (custom, v) = rooted(vm, &[v], |vm, h| {
        let custom = crate::protocols::dunder::call(vm, v, "__dir__", &[])?;
        Ok((custom, vm.mutator().get(h[0])))
    })?;
    if let Some(listed) = custom {
        let items = super::collect(vm, listed)?;
        let mut names: Vec<String> = items
            .iter()
            .map(|&i| crate::values::str_value(vm, i).unwrap_or_default())
            .collect();
        names.sort();
        return sorted_strs(vm, names);
    }
    let names = attribute_names(vm, v)?;
    sorted_strs(vm, names)
}

/// The attribute names `dir(v)` lists without a `__dir__`.
fn attribute_names(vm: &mut ThreadState, v: Value) -> Result<Vec<String>, Error> {
    let mut names: Vec<String> = vec![];
    let add_dict = |vm: &ThreadState, names: &mut Vec<String>, dict: Value| {
        names.extend(
            crate::objects::dict::entries(vm, dict)
                .into_iter()
                .filter_map(|(k, _)| crate::values::str_value(vm, k))
                .filter(|k| k != "__classcell__"),
        );
    };
    if crate::modules::is_module(vm, v) {
        // Loading a native module's Python part may collect: the module is kept.
        let v = vm.handle_scope(|vm| {
            let h = vm.mutator().root(v);
            crate::modules::load_python_part(vm, v)?;
            Ok::<_, Error>(vm.mutator().get(h))
        })?;
        names.extend(crate::modules::attribute_names(vm, v));
        return Ok(names);
    }
    let classes = if crate::objects::class::is_class(vm, v) {
        if !crate::objects::exception::is_object_class(vm, v) {
            names.extend(class_attribute_names(vm, v));
        }
        crate::objects::class::mro(vm, v)
    } else if crate::objects::class::is_instance(vm, v) {
        // Taking the dict may collect: read the object again after.
        let (dict, v) = rooted(vm, &[v], |vm, h| {
            let dict = crate::objects::class::attribute_dict(vm, v)?;
            Ok((dict, vm.mutator().get(h[0])))
        })?;
        if let Some(dict) = dict {
            add_dict(vm, &mut names, dict);
        }
        let cls = crate::objects::class::class_of(vm, v);
        names.extend(class_attribute_names(vm, cls));
        crate::objects::class::mro(vm, cls)
    } else {
        // A builtin value: a function's own attributes, then its type's namespaces.
        if crate::values::is_function(vm, v) {
            let attrs = crate::generated::layouts::Function::attrs(gvmt::rt::Vm::vmctx(vm), v);
            if attrs != crate::values::NONE {
                add_dict(vm, &mut names, attrs);
            }
        }
        match crate::objects::class::builtin_types::class_of_value(vm, v)? {
            Some(cls) => crate::objects::class::mro(vm, cls),
            None => vec![],
        }
    };
    for c in classes {
        let dict = crate::generated::layouts::Class::dict(gvmt::rt::Vm::vmctx(vm), c);
        add_dict(vm, &mut names, dict);
    }
    names.extend(OBJECT_ATTRIBUTES.iter().map(|s| s.to_string()));
    Ok(names)
}

/// The attributes every Python class gives its instances: `__module__`, and `__dict__` and
/// `__weakref__` unless `__slots__` took them away.
fn class_attribute_names(vm: &ThreadState, cls: Value) -> Vec<String> {
    let slotted =
        crate::protocols::descriptors::flags(vm, cls) & crate::protocols::descriptors::NO_DICT != 0;
    let names: &[&str] = if slotted {
        &["__module__"]
    } else {
        &["__dict__", "__module__", "__weakref__"]
    };
    names.iter().map(|s| s.to_string()).collect()
}

/// A sorted list of the distinct `names`, as strs.
fn sorted_strs(vm: &mut ThreadState, mut names: Vec<String>) -> Result<Value, Error> {
    names.sort();
    names.dedup();
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    crate::objects::sequence::of_strs(vm, &refs, false)
}

/// `_hotpy.global_names(m)`: the bound global names of module `m` (an index).
pub fn global_names(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    no_keywords("global_names", kwargs)?;
    let [m] = exactly::<1>("global_names", args)?;
    let m = module_index(m)?;
    let module = vm.module_value(m);
    // A native module's attributes are its namespace too (`vars(math)`).
    crate::modules::load_python_part(vm, module)?;
    let module = vm.module_value(m);
    let names = crate::modules::attribute_names(vm, module);
    crate::objects::sequence::of_strs(vm, &names, false)
}

/// `_hotpy.global_get(m, name)`: global `name` of module `m`; KeyError when unbound.
pub fn global_get(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    no_keywords("global_get", kwargs)?;
    let [m, name] = exactly::<2>("global_get", args)?;
    let text = crate::values::str_value(vm, name).unwrap_or_default();
    let index = module_index(m)?;
    let found = match vm.module_global(index, &text) {
        Some(v) => Some(v),
        None if vm.tables().modules[index].native => {
            let module = vm.tables().modules[index].name.clone();
            crate::modules::native::attribute(vm, &module, &text)?
        }
        None => None,
    };
    match found {
        Some(v) => Ok(v),
        None => Err(crate::objects::exception::error_with_args(
            vm,
            "KeyError",
            &[name],
        )),
    }
}

/// `_hotpy.global_set(m, name, value)`; `value` omitted: delete (KeyError when unbound).
pub fn global_set(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    no_keywords("global_set", kwargs)?;
    let (m, name, v) = match args {
        [m, name, v] => (*m, *name, *v),
        [m, name] => (*m, *name, crate::values::UNBOUND),
        _ => {
            return Err(Error::new(
                "TypeError",
                "global_set expects 2 or 3 arguments",
            ));
        }
    };
    let Some(text) = crate::values::str_value(vm, name) else {
        return Err(Error::new(
            "TypeError",
            "hotpy's module namespaces take str keys only",
        ));
    };
    let m = module_index(m)?;
    if v == crate::values::UNBOUND && vm.module_global(m, &text).is_none() {
        return Err(crate::objects::exception::error_with_args(
            vm,
            "KeyError",
            &[name],
        ));
    }
    vm.set_module_global(m, &text, v)?;
    Ok(NONE)
}

fn module_index(m: Value) -> Result<usize, Error> {
    crate::values::int_value(m)
        .and_then(|i| usize::try_from(i).ok())
        .ok_or_else(|| Error::new("TypeError", "a module index"))
}
