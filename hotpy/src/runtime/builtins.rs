//! Builtin functions, by index: `Builtin` objects hold the index, `NAMES` maps names to it.

use super::text::str_of;
use super::{NONE, make_int, new_str, type_name};
use crate::vm::{HotPy, PyException};
use gvmt::rt::Value;

pub type BuiltinFn = fn(&mut HotPy, &[Value]) -> Result<Value, PyException>;

/// Names and functions of the builtins, in index order.
pub const BUILTINS: &[(&str, BuiltinFn)] = &[
    ("print", print),
    ("len", len),
    ("str", str),
    ("repr", repr),
    ("abs", abs),
];

pub fn index_of(name: &str) -> Option<usize> {
    BUILTINS.iter().position(|(n, _)| *n == name)
}

fn print(vm: &mut HotPy, args: &[Value]) -> Result<Value, PyException> {
    let parts: Vec<String> = args.iter().map(|&a| str_of(vm, a)).collect();
    vm.write_stdout(&format!("{}\n", parts.join(" ")));
    Ok(NONE)
}

fn one(name: &str, args: &[Value]) -> Result<Value, PyException> {
    match args {
        [v] => Ok(*v),
        _ => Err(PyException::new(
            "TypeError",
            format!("{name}() takes exactly one argument ({} given)", args.len()),
        )),
    }
}

fn len(vm: &mut HotPy, args: &[Value]) -> Result<Value, PyException> {
    let v = one("len", args)?;
    match super::str_value(vm, v) {
        Some(s) => make_int(s.chars().count() as i64),
        None => Err(PyException::new(
            "TypeError",
            format!("object of type '{}' has no len()", type_name(vm, v)),
        )),
    }
}

fn str(vm: &mut HotPy, args: &[Value]) -> Result<Value, PyException> {
    let v = one("str", args)?;
    let text = str_of(vm, v);
    new_str(vm, &text)
}

fn repr(vm: &mut HotPy, args: &[Value]) -> Result<Value, PyException> {
    let v = one("repr", args)?;
    let text = super::text::repr_of(vm, v);
    new_str(vm, &text)
}

fn abs(vm: &mut HotPy, args: &[Value]) -> Result<Value, PyException> {
    let v = one("abs", args)?;
    if let Some(i) = super::int_value(v) {
        return make_int(
            i.checked_abs()
                .ok_or_else(|| PyException::new("OverflowError", "int too large"))?,
        );
    }
    if let Some(f) = super::float_value(vm, v) {
        return super::box_float(vm, f.abs());
    }
    Err(PyException::new(
        "TypeError",
        format!("bad operand type for abs(): '{}'", type_name(vm, v)),
    ))
}
