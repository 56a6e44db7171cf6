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
    let (t, n) = full.rsplit_once('.').unwrap_or(("", &full));
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

/// How a builtin type's function from the builtins table shows, as CPython's kinds.
enum NativeKind {
    /// A special method CPython implements as a slot (`object.__init__`).
    SlotWrapper,
    /// A method descriptor (`type.mro`, `object.__format__`).
    Method,
    /// A static or class method (`object.__new__`, `float.fromhex`): bound to the type.
    TypeLevel,
}

/// The owner type, the name and the kind of builtin `name` (`"object.__init__"`) if it is a
/// function of a builtin type; `None` for a module's function (`math.sqrt`) or a builtin.
fn native_member(name: &str) -> Option<(&str, &str, NativeKind)> {
    // The last dot: an owner may have one of its own (`array.array.append`).
    let (owner, attr) = name.rsplit_once('.')?;
    let type_id = builtin_types::BUILTIN_TYPES
        .iter()
        .position(|(t, _)| *t == owner);
    if type_id.is_none() && !crate::modules::builtins::METHOD_OWNERS.contains(&owner) {
        return None;
    }
    let dunder = attr.starts_with("__") && attr.ends_with("__");
    let kind = if builtin_types::STATIC_FUNCTIONS.contains(&attr)
        || builtin_types::CLASS_FUNCTIONS.contains(&attr)
    {
        NativeKind::TypeLevel
    } else if dunder
        && !builtin_subclasses::is_method_descriptor_slot(type_id.unwrap_or(usize::MAX), attr)
    {
        NativeKind::SlotWrapper
    } else {
        NativeKind::Method
    };
    Some((owner, attr, kind))
}

/// `repr(f)` of builtin function `name` when it belongs to a builtin type, as looked up on
/// the type: `<slot wrapper '__init__' of 'object' objects>`, `<method 'mro' of 'type'
/// objects>`, `<built-in method fromhex of type object>`.
pub fn native_function_repr(name: &str) -> Option<String> {
    let (owner, attr, kind) = native_member(name)?;
    Some(match kind {
        NativeKind::SlotWrapper => format!("<slot wrapper '{attr}' of '{owner}' objects>"),
        NativeKind::Method => format!("<method '{attr}' of '{owner}' objects>"),
        NativeKind::TypeLevel => format!("<built-in method {attr} of type object>"),
    })
}

/// `repr(m)` of builtin function `name` bound to `receiver`: `<method-wrapper '__len__' of
/// dict_keys object>` for a slot, else `<built-in method fromhex of type object>`.
pub fn bound_native_repr(vm: &ThreadState, name: &str, receiver: Value) -> String {
    let of = crate::values::type_name(vm, receiver);
    match native_member(name) {
        Some((_, attr, NativeKind::SlotWrapper)) => {
            format!("<method-wrapper '{attr}' of {of} object>")
        }
        Some((_, attr, _)) => format!("<built-in method {attr} of {of} object>"),
        None => {
            let attr = name.rsplit('.').next().unwrap_or(name);
            format!("<built-in method {attr} of {of} object>")
        }
    }
}

/// `a == b` for two bound methods of the same kind (Python methods, builtin methods,
/// method-wrappers): the same receiver (by identity, as CPython compares `__self__`) and an
/// equal function. None when `a` and `b` are not two methods of one kind.
pub fn equal(vm: &mut ThreadState, a: Value, b: Value) -> Result<Option<bool>, crate::vm::Error> {
    use crate::generated::layouts::Method;
    let ctx = vm.vmctx();
    let layout = crate::values::layout_of(vm, a);
    if layout != crate::values::layout_of(vm, b) {
        return Ok(None);
    }
    Ok(Some(match layout {
        Some(Method::ID) => {
            if Method::receiver(ctx, a) != Method::receiver(ctx, b) {
                return Ok(Some(false));
            }
            let (fa, fb) = (Method::function(ctx, a), Method::function(ctx, b));
            crate::protocols::comparison::compare_bool(vm, 2, fa, fb)?
        }
        Some(BoundMethod::ID) => {
            BoundMethod::id(ctx, a) == BoundMethod::id(ctx, b)
                && BoundMethod::receiver(ctx, a) == BoundMethod::receiver(ctx, b)
        }
        Some(MethodWrapper::ID) => {
            MethodWrapper::receiver(ctx, a) == MethodWrapper::receiver(ctx, b)
                && str_value(vm, MethodWrapper::name(ctx, a))
                    == str_value(vm, MethodWrapper::name(ctx, b))
        }
        _ => return Ok(None),
    }))
}

/// `hash(m)` of a bound method, consistent with [`equal`]: the receiver's identity mixed
/// with the function's hash (CPython's `method_hash`). None for other values.
pub fn hash(vm: &mut ThreadState, m: Value) -> Result<Option<i64>, crate::vm::Error> {
    use crate::generated::layouts::Method;
    let ctx = vm.vmctx();
    let (receiver, part) = match crate::values::layout_of(vm, m) {
        Some(Method::ID) => {
            let (receiver, function) = (Method::receiver(ctx, m), Method::function(ctx, m));
            vm.handle_scope(|vm| {
                let h = vm.mutator().root(receiver);
                let fh = crate::objects::dict::hash(vm, function)?;
                Ok::<_, crate::vm::Error>((vm.mutator().get(h), fh))
            })?
        }
        Some(BoundMethod::ID) => (BoundMethod::receiver(ctx, m), BoundMethod::id(ctx, m)),
        Some(MethodWrapper::ID) => {
            let name = str_value(vm, MethodWrapper::name(ctx, m)).unwrap_or_default();
            let part = name.bytes().fold(0xcbf29ce484222325u64, |h, b| {
                (h ^ b as u64).wrapping_mul(0x100000001b3)
            });
            (MethodWrapper::receiver(ctx, m), part as i64)
        }
        _ => return Ok(None),
    };
    let identity = vm.mutator().identity(receiver) as i64;
    Ok(Some(match identity ^ part {
        -1 => -2,
        h => h,
    }))
}
