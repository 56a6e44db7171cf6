//! `function` and `cell` helpers: a cell's contents and a function's qualified name as its
//! repr shows it. The function type's data attributes (`__defaults__`, `__name__`, ...)
//! are in `getset.rs`; a function's other attributes live in its attribute dict
//! (`Function.attrs`). Also the functions of hotpy's library that stand for CPython's C
//! functions ([`builtin_function`]): never bound as methods, typed and shown as builtins.

use crate::generated::layouts::Function;
use crate::values::{self as rt, NONE};
use crate::vm::{Error, ThreadState};
use gvmt::rt::{Value, Vm};

/// `cell.cell_contents`: the variable's value; ValueError while it is unbound.
pub fn cell_contents(vm: &ThreadState, cell: Value) -> Result<Value, Error> {
    let v = crate::generated::layouts::Cell::value(vm.vmctx(), cell);
    if v == rt::UNBOUND {
        return Err(Error::new("ValueError", "Cell is empty"));
    }
    Ok(v)
}

/// A function's `__qualname__` (an assigned one from its attribute dict, else its code's), as
/// its repr shows it.
pub fn qualname(vm: &ThreadState, f: Value) -> String {
    let attrs = Function::attrs(vm.vmctx(), f);
    if attrs != NONE {
        let assigned = crate::objects::dict::entries(vm, attrs)
            .into_iter()
            .find(|&(k, _)| rt::str_is(vm, k, "__qualname__"))
            .and_then(|(_, v)| rt::str_value(vm, v));
        if let Some(name) = assigned {
            return name;
        }
    }
    vm.function_qualname(f).unwrap_or("?").to_string()
}

/// `repr(f)`: `<function C.f>` (CPython adds the address, which no program can rely on).
pub fn repr(vm: &ThreadState, f: Value) -> String {
    format!("<function {}>", qualname(vm, f))
}

/// True for a function of hotpy's library standing for a C function: a staticmethod object
/// whose `second` is True (`_hotpy.builtin_function`).
pub fn is_builtin_standin(vm: &ThreadState, v: Value) -> bool {
    use crate::generated::layouts::Descriptor;
    crate::objects::class::descriptor_kind(vm, v) == Some(crate::objects::class::STATIC)
        && Descriptor::second(vm.vmctx(), v) == rt::TRUE
}

/// `_hotpy.builtin_function(f)`: Python function `f` as a stand-in for a C function: called
/// as `f`, of type `builtin_function_or_method`, shown as `<built-in function name>`, and
/// (as CPython's C functions) not bound when found on a class (`Formatter.converter =
/// time.localtime`). It is a staticmethod underneath, marked.
pub fn builtin_function(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    let [f] = crate::modules::native::args_n::<1>("builtin_function", args, kwargs)?;
    if !rt::is_function(vm, f) {
        return Err(Error::new(
            "TypeError",
            "builtin_function() argument must be a function",
        ));
    }
    crate::objects::class::new_descriptor(vm, crate::objects::class::STATIC, f, rt::TRUE)
}

/// The repr of a [`builtin_function`]: `<built-in function name>`.
pub fn builtin_standin_repr(vm: &ThreadState, v: Value) -> String {
    let f = crate::generated::layouts::Descriptor::first(vm.vmctx(), v);
    format!("<built-in function {}>", vm.function_name(f).unwrap_or("?"))
}
