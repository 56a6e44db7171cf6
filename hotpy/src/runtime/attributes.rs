//! Attribute access. For now: the methods of builtin types, as bound methods.

use super::{layout_of, str_value, type_name};
use crate::generated::layouts::{BoundMethod, List};
use crate::vm::{HotPy, PyException};
use gvmt::rt::{Value, Vm};

/// A method of a builtin type: `(type, name, function)`.
pub type Method = fn(&mut HotPy, Value, &[Value]) -> Result<Value, PyException>;

pub const METHODS: &[(&str, &str, Method)] = &[
    ("list", "append", list_append),
    ("list", "pop", list_pop),
    ("dict", "get", dict_get),
    ("str", "upper", str_upper),
    ("str", "lower", str_lower),
];

pub fn get_attr(vm: &mut HotPy, object: Value, name: Value) -> Result<Value, PyException> {
    if let Some(v) = super::classes::get_attr(vm, object, name)? {
        return Ok(v);
    }
    let name = str_value(vm, name).expect("attribute names are str constants");
    let kind = type_name(vm, object);
    let Some(id) = METHODS
        .iter()
        .position(|(t, n, _)| *t == kind && *n == name)
    else {
        return Err(PyException::new(
            "AttributeError",
            format!("'{kind}' object has no attribute '{name}'"),
        ));
    };
    let mark = vm.mutator().handle_mark();
    let h = vm.mutator().root(object);
    let bound = vm.alloc(BoundMethod::ID, BoundMethod::FIXED_SIZE);
    let object = vm.mutator().get(h);
    vm.mutator().release_handles(mark);
    let bound = bound?;
    BoundMethod::set_id(vm.vmctx(), bound, id as i64);
    BoundMethod::set_receiver(vm.vmctx(), bound, object);
    Ok(bound)
}

/// Calls a bound method.
pub fn call_method(vm: &mut HotPy, bound: Value, args: &[Value]) -> Result<Value, PyException> {
    let ctx = vm.vmctx();
    let (id, receiver) = (
        BoundMethod::id(ctx, bound) as usize,
        BoundMethod::receiver(ctx, bound),
    );
    (METHODS[id].2)(vm, receiver, args)
}

pub fn method_name(vm: &HotPy, bound: Value) -> String {
    let (t, n, _) = METHODS[BoundMethod::id(vm.vmctx(), bound) as usize];
    format!("{t}.{n}")
}

fn arity(name: &str, args: &[Value], n: usize) -> Result<(), PyException> {
    if args.len() == n {
        return Ok(());
    }
    let msg = match n {
        0 => format!("{name}() takes no arguments ({} given)", args.len()),
        1 => format!("{name}() takes exactly one argument ({} given)", args.len()),
        _ => format!("{name}() takes {n} arguments ({} given)", args.len()),
    };
    Err(PyException::new("TypeError", msg))
}

fn list_append(vm: &mut HotPy, list: Value, args: &[Value]) -> Result<Value, PyException> {
    arity("list.append", args, 1)?;
    debug_assert_eq!(layout_of(vm, list), Some(List::ID));
    super::sequences::append(vm, list, args[0])?;
    Ok(super::NONE)
}

fn list_pop(vm: &mut HotPy, list: Value, args: &[Value]) -> Result<Value, PyException> {
    arity("list.pop", args, 0)?;
    super::sequences::pop(vm, list)
}

fn str_upper(vm: &mut HotPy, s: Value, args: &[Value]) -> Result<Value, PyException> {
    arity("str.upper", args, 0)?;
    let text = str_value(vm, s).expect("a str").to_uppercase();
    super::new_str(vm, &text)
}

fn str_lower(vm: &mut HotPy, s: Value, args: &[Value]) -> Result<Value, PyException> {
    arity("str.lower", args, 0)?;
    let text = str_value(vm, s).expect("a str").to_lowercase();
    super::new_str(vm, &text)
}

fn dict_get(vm: &mut HotPy, d: Value, args: &[Value]) -> Result<Value, PyException> {
    let (key, default) = match args {
        [k] => (*k, super::NONE),
        [k, d] => (*k, *d),
        _ => {
            return Err(PyException::new(
                "TypeError",
                format!("get expected at most 2 arguments, got {}", args.len()),
            ));
        }
    };
    Ok(super::dicts::get(vm, d, key)?.unwrap_or(default))
}
