//! `function`'s data attributes (CPython's getset and member descriptors of the function
//! type): `__defaults__`, `__kwdefaults__`, `__closure__`, `__globals__`, `__module__`, and
//! the checks on assigning `__name__`, `__qualname__`, `__defaults__`, `__kwdefaults__`.
//! A function's other attributes live in its attribute dict (`Function.attrs`), which
//! attribute lookup reads first (so an assigned `__name__` is found there). Also
//! `cell.cell_contents`, what `__closure__` holds.

use crate::generated::layouts::Function;
use crate::runtime::{self as rt, NONE};
use crate::vm::{Error, ThreadState};
use gvmt::rt::{Value, Vm};

/// `f.name` for the data attributes above (None: not one of them).
pub fn attribute(vm: &mut ThreadState, f: Value, name: &str) -> Result<Option<Value>, Error> {
    let ctx = vm.vmctx();
    Ok(Some(match name {
        "__defaults__" => Function::defaults(ctx, f),
        "__kwdefaults__" => Function::kwdefaults(ctx, f),
        "__closure__" => Function::closure(ctx, f),
        "__globals__" => {
            let module = vm.loaded(Function::code(ctx, f) as usize).module;
            crate::modules::namespace(vm, module)?
        }
        "__module__" => {
            let module = vm.loaded(Function::code(ctx, f) as usize).module;
            let name = vm.tables().modules[module].name.clone();
            rt::new_str(vm, &name)?
        }
        _ => return Ok(None),
    }))
}

/// `f.name = v` for the data attributes above: true when done here; false when the value
/// goes to the attribute dict (after the checks CPython makes on names).
pub fn set_attribute(vm: &mut ThreadState, f: Value, name: Value, v: Value) -> Result<bool, Error> {
    let must_be = |what: &str, kind: &str| {
        Error::new(
            "TypeError",
            format!("{what} must be set to a {kind} object"),
        )
    };
    let ctx = vm.vmctx();
    if rt::str_is(vm, name, "__defaults__") {
        if v != NONE && !rt::is_tuple(vm, v) {
            return Err(must_be("__defaults__", "tuple"));
        }
        Function::set_defaults(ctx, f, v);
        return Ok(true);
    }
    if rt::str_is(vm, name, "__kwdefaults__") {
        if v != NONE && !crate::objects::dict::is_dict(vm, v) {
            return Err(must_be("__kwdefaults__", "dict"));
        }
        Function::set_kwdefaults(ctx, f, v);
        return Ok(true);
    }
    for attr in ["__name__", "__qualname__"] {
        if rt::str_is(vm, name, attr) && rt::str_value(vm, v).is_none() {
            return Err(must_be(attr, "string"));
        }
    }
    for attr in ["__closure__", "__globals__"] {
        if rt::str_is(vm, name, attr) {
            return Err(Error::new("AttributeError", "readonly attribute"));
        }
    }
    Ok(false)
}

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
