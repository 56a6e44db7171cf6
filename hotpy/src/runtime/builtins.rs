//! Builtin functions, by index: `Builtin` objects hold the index, `BUILTINS` maps names to it.

use super::text::str_of;
use super::{NONE, make_int, new_str, type_name};
use crate::vm::{HotPy, PyException};
use gvmt::rt::Value;

/// A builtin: positional arguments, then keyword arguments.
pub type BuiltinFn = fn(&mut HotPy, &[Value], &[(String, Value)]) -> Result<Value, PyException>;

/// Names and functions of the builtins, in index order.
pub const BUILTINS: &[(&str, BuiltinFn)] = &[
    ("print", print),
    ("len", len),
    ("str", str),
    ("repr", repr),
    ("abs", abs),
    ("range", range),
];

pub fn index_of(name: &str) -> Option<usize> {
    BUILTINS.iter().position(|(n, _)| *n == name)
}

fn no_keywords(name: &str, kwargs: &[(String, Value)]) -> Result<(), PyException> {
    if kwargs.is_empty() {
        Ok(())
    } else {
        Err(PyException::new(
            "TypeError",
            format!("{name}() takes no keyword arguments"),
        ))
    }
}

fn one(name: &str, args: &[Value], kwargs: &[(String, Value)]) -> Result<Value, PyException> {
    no_keywords(name, kwargs)?;
    match args {
        [v] => Ok(*v),
        _ => Err(PyException::new(
            "TypeError",
            format!("{name}() takes exactly one argument ({} given)", args.len()),
        )),
    }
}

fn print(vm: &mut HotPy, args: &[Value], kwargs: &[(String, Value)]) -> Result<Value, PyException> {
    let (mut sep, mut end) = (" ".to_string(), "\n".to_string());
    for (name, v) in kwargs {
        let text = |vm: &HotPy, default: &str| -> Result<String, PyException> {
            if *v == NONE {
                return Ok(default.to_string());
            }
            super::str_value(vm, *v).ok_or_else(|| {
                PyException::new(
                    "TypeError",
                    format!("{name} must be None or a string, not {}", type_name(vm, *v)),
                )
            })
        };
        match name.as_str() {
            "sep" => sep = text(vm, " ")?,
            "end" => end = text(vm, "\n")?,
            "flush" => {}
            other => {
                return Err(PyException::new(
                    "TypeError",
                    format!("'{other}' is an invalid keyword argument for print()"),
                ));
            }
        }
    }
    let parts: Vec<String> = args.iter().map(|&a| str_of(vm, a)).collect();
    vm.write_stdout(&format!("{}{end}", parts.join(&sep)));
    Ok(NONE)
}

fn len(vm: &mut HotPy, args: &[Value], kwargs: &[(String, Value)]) -> Result<Value, PyException> {
    let v = one("len", args, kwargs)?;
    if let Some(n) = super::sequences::len(vm, v) {
        return make_int(n as i64);
    }
    if super::dicts::is_dict(vm, v) {
        return make_int(super::dicts::len(vm, v) as i64);
    }
    match super::str_value(vm, v) {
        Some(s) => make_int(s.chars().count() as i64),
        None => Err(PyException::new(
            "TypeError",
            format!("object of type '{}' has no len()", type_name(vm, v)),
        )),
    }
}

fn str(vm: &mut HotPy, args: &[Value], kwargs: &[(String, Value)]) -> Result<Value, PyException> {
    let v = one("str", args, kwargs)?;
    let text = str_of(vm, v);
    new_str(vm, &text)
}

fn repr(vm: &mut HotPy, args: &[Value], kwargs: &[(String, Value)]) -> Result<Value, PyException> {
    let v = one("repr", args, kwargs)?;
    let text = super::text::repr_of(vm, v);
    new_str(vm, &text)
}

fn abs(vm: &mut HotPy, args: &[Value], kwargs: &[(String, Value)]) -> Result<Value, PyException> {
    let v = one("abs", args, kwargs)?;
    if let Some(i) = super::as_int(v) {
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

fn range(vm: &mut HotPy, args: &[Value], kwargs: &[(String, Value)]) -> Result<Value, PyException> {
    no_keywords("range", kwargs)?;
    super::iter::range(vm, args)
}
