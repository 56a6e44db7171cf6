//! Making instances: `cls(*args, **kwargs)` called from Rust (a class's `__new__`, or the
//! instance of a builtin subclass, an exception or a plain class, then `__init__`), and the
//! TypeError of an `__init__` that returns a value. A plain class's call in the interpreter
//! loop takes `interp/call.rs::init_frame` instead.
//!
//! Owns: instantiation. Must not: look attributes up beyond `__new__`/`__init__`
//! (`objects/class/mod.rs`).

use super::{STATIC, class_name, descriptor_kind, lookup};
use crate::generated::layouts::Descriptor;
use crate::values::NONE;
use crate::vm::{Error, ThreadState};
use gvmt::rt::{Value, Vm};

/// The TypeError of an `__init__` that returned something other than None.
pub fn init_returned(vm: &mut ThreadState, value: Value) -> Error {
    Error::new(
        "TypeError",
        format!(
            "__init__() should return None, not '{}'",
            crate::values::type_name(vm, value)
        ),
    )
}

/// `cls(*args, **kwargs)`: a new instance, initialised by `__init__` if the class has one.
pub fn instantiate(
    vm: &mut ThreadState,
    cls: Value,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    if let Some(t) = super::builtin_types::builtin_type_id(vm, cls) {
        return super::builtin_types::construct(vm, t, args, kwargs);
    }
    if super::metaclasses::is_type_class(vm, cls) {
        const TYPE: usize = crate::modules::builtins::builtin_id("type");
        return (crate::modules::builtins::BUILTINS[TYPE].1)(vm, args, kwargs);
    }
    if crate::protocols::descriptors::flags(vm, cls) & crate::protocols::descriptors::ABSTRACT != 0
    {
        return Err(crate::protocols::descriptors::abstract_error(vm, cls));
    }
    vm.handle_scope(|vm| {
        let hc = vm.mutator().root(cls);
        let arg_handles: Vec<_> = args.iter().map(|&a| vm.mutator().root(a)).collect();
        let kw_handles: Vec<_> = kwargs
            .iter()
            .map(|(k, v)| (k.clone(), vm.mutator().root(*v)))
            .collect();
        let current_args = |vm: &ThreadState| -> (Vec<Value>, Vec<(String, Value)>) {
            (
                arg_handles
                    .iter()
                    .map(|&h| vm.mutator_ref().get(h))
                    .collect(),
                kw_handles
                    .iter()
                    .map(|(k, h)| (k.clone(), vm.mutator_ref().get(*h)))
                    .collect(),
            )
        };
        // A class's own `__new__` makes the object (it may return anything).
        let new_name = vm.name_str("__new__")?;
        let custom_new = lookup(vm, vm.mutator_ref().get(hc), new_name)?
            .filter(|&f| !crate::modules::builtins::is_builtin_new(vm, f));
        let obj = if let Some(new) = custom_new {
            let f = if descriptor_kind(vm, new) == Some(STATIC) {
                Descriptor::first(vm.vmctx(), new)
            } else {
                new
            };
            let (args, kwargs) = current_args(vm);
            let mut full = vec![vm.mutator().get(hc)];
            full.extend(args);
            let made = vm.call(f, &full, &kwargs)?;
            let cls = vm.mutator().get(hc);
            if !super::metaclasses::plain_isinstance(vm, made, cls) {
                return Ok(made);
            }
            made
        } else if let Some(t) =
            super::builtin_subclasses::builtin_base(vm, vm.mutator_ref().get(hc))
        {
            let (args, kwargs) = current_args(vm);
            let cls = vm.mutator().get(hc);
            super::builtin_subclasses::new_instance(vm, cls, t, &args, &kwargs)?
        } else if crate::objects::exception::is_exception_class(vm, vm.mutator_ref().get(hc)) {
            // BaseException.__new__ keeps the arguments as `args`, whatever __init__ does.
            let args = crate::objects::sequence::new_tuple(vm, &current_args(vm).0)?;
            let cls = vm.mutator().get(hc);
            crate::objects::exception::new_instance(vm, cls, args)?
        } else {
            let cls = vm.mutator().get(hc);
            super::storage::new_instance(vm, cls)?
        };
        let ho = vm.mutator().root(obj);
        let init_name = vm.name_str("__init__")?;
        // A `__new__` may return an instance of a subclass: its class's `__init__` runs.
        let init_cls = if custom_new.is_some() {
            crate::modules::builtins::object_functions::type_of_any(vm, vm.mutator_ref().get(ho))?
        } else {
            vm.mutator().get(hc)
        };
        let init = lookup(vm, init_cls, init_name)?;
        let obj = vm.mutator().get(ho);
        let init = init.filter(|&f| {
            !crate::modules::builtins::is_builtin_at(
                vm,
                f,
                const { crate::modules::builtins::builtin_id("object.__init__") },
            ) && !crate::modules::builtins::is_builtin_at(
                vm,
                f,
                const { crate::modules::builtins::builtin_id("type.__init__") },
            )
        });
        match init {
            Some(f) => {
                let (args, kwargs) = current_args(vm);
                let mut full = vec![obj];
                full.extend(args);
                let r = vm.call(f, &full, &kwargs)?;
                if r != NONE {
                    return Err(Error::new(
                        "TypeError",
                        format!(
                            "__init__() should return None, not '{}'",
                            crate::values::type_name(vm, r)
                        ),
                    ));
                }
                Ok(vm.mutator().get(ho))
            }
            None if super::builtin_subclasses::value_of(vm, obj).is_some() => {
                // The builtin's own `__init__` (a mutable builtin takes the arguments).
                let value = super::builtin_subclasses::value_of(vm, obj).unwrap_or(NONE);
                let (args, kwargs) = current_args(vm);
                super::builtin_subclasses::init(vm, value, &args, &kwargs)?;
                Ok(vm.mutator().get(ho))
            }
            None if custom_new.is_none() && (!args.is_empty() || !kwargs.is_empty()) => {
                let cls = vm.mutator().get(hc);
                Err(Error::new(
                    "TypeError",
                    format!("{}() takes no arguments", class_name(vm, cls)),
                ))
            }
            None => Ok(obj),
        }
    })
}
