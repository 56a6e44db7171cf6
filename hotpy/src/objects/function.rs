//! `function` and `cell` helpers: a cell's contents and a function's qualified name as its
//! repr shows it. The function type's data attributes (`__defaults__`, `__name__`, ...)
//! are in `getset.rs`; a function's other attributes live in its attribute dict
//! (`Function.attrs`).

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
