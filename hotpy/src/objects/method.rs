//! Methods of builtin values: a method bound to its receiver (`[].append`, a
//! `builtin_function_or_method`), an unbound method descriptor (`list.append`) and a
//! method-wrapper (`(1).__add__`, a slot wrapper when unbound: `int.__add__`). Their binding
//! and calls are `protocols/method_lookup.rs`'s and `objects/class/builtin_types.rs`'s; this
//! file holds how they show.

use crate::generated::layouts::{BoundMethod, MethodWrapper};
use crate::objects::class::{builtin_subclasses, builtin_types};
use crate::values::{UNBOUND, str_value};
use crate::vm::ThreadState;
use gvmt::rt::{Value, Vm};

/// `repr(m)` of a builtin method: `<built-in method append of list object>`, or
/// `<method 'append' of 'list' objects>` unbound.
pub fn builtin_repr(vm: &ThreadState, m: Value) -> String {
    let full = crate::protocols::attributes::method_name(vm, m);
    let (t, n) = full.split_once('.').unwrap_or(("", &full));
    if BoundMethod::receiver(vm.vmctx(), m) == UNBOUND {
        format!("<method '{n}' of '{t}' objects>")
    } else {
        format!("<built-in method {n} of {t} object>")
    }
}

/// `repr(w)` of a method-wrapper: `<method-wrapper '__add__' of int object>`; on a type
/// (unbound) `<slot wrapper '__add__' of 'int' objects>`, or `<method '...' ...>` for the
/// slots CPython makes method descriptors.
pub fn wrapper_repr(vm: &ThreadState, w: Value) -> String {
    let ctx = vm.vmctx();
    let (receiver, name) = (MethodWrapper::receiver(ctx, w), MethodWrapper::name(ctx, w));
    let name = str_value(vm, name).unwrap_or_default();
    match builtin_types::builtin_type_id(vm, receiver) {
        Some(t) if builtin_subclasses::is_method_descriptor_slot(t, &name) => {
            let t = builtin_types::BUILTIN_TYPES[t].0;
            format!("<method '{name}' of '{t}' objects>")
        }
        Some(t) => {
            let t = builtin_types::BUILTIN_TYPES[t].0;
            format!("<slot wrapper '{name}' of '{t}' objects>")
        }
        None => format!(
            "<method-wrapper '{name}' of {} object>",
            builtin_types::python_type_name(vm, receiver)
        ),
    }
}
