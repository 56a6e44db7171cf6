//! Exceptions as Python objects: the builtin exception classes (a table with parents),
//! instances, `raise`, matching in `except`, and conversion to and from the Rust-side
//! [`PyException`] that unwinds through the VM.

use super::text::str_of;
use super::{NONE, layout_of, py_bool, type_name};
use crate::generated::layouts::{Exception, ExceptionClass};
use crate::vm::{HotPy, PyException};
use gvmt::rt::{Value, Values, Vm};

/// Builtin exception classes: name and parent index.
pub const CLASSES: &[(&str, Option<usize>)] = &[
    ("BaseException", None),           // 0
    ("Exception", Some(0)),            // 1
    ("ArithmeticError", Some(1)),      // 2
    ("ZeroDivisionError", Some(2)),    // 3
    ("OverflowError", Some(2)),        // 4
    ("LookupError", Some(1)),          // 5
    ("IndexError", Some(5)),           // 6
    ("KeyError", Some(5)),             // 7
    ("NameError", Some(1)),            // 8
    ("UnboundLocalError", Some(8)),    // 9
    ("TypeError", Some(1)),            // 10
    ("ValueError", Some(1)),           // 11
    ("AttributeError", Some(1)),       // 12
    ("RuntimeError", Some(1)),         // 13
    ("RecursionError", Some(13)),      // 14
    ("NotImplementedError", Some(13)), // 15
    ("MemoryError", Some(1)),          // 16
    ("StopIteration", Some(1)),        // 17
    ("AssertionError", Some(1)),       // 18
    ("SystemError", Some(1)),          // 19
    ("KeyboardInterrupt", Some(0)),    // 20
];

pub fn class_index(name: &str) -> Option<usize> {
    CLASSES.iter().position(|(n, _)| *n == name)
}

fn is_subclass(mut class: usize, of: usize) -> bool {
    loop {
        if class == of {
            return true;
        }
        match CLASSES[class].1 {
            Some(parent) => class = parent,
            None => return false,
        }
    }
}

pub fn class_object(vm: &mut HotPy, id: usize) -> Result<Value, PyException> {
    let c = vm.alloc(ExceptionClass::ID, ExceptionClass::FIXED_SIZE)?;
    ExceptionClass::set_id(vm.vmctx(), c, id as i64);
    Ok(c)
}

/// A new instance of class `id` with `message` (any value; None for no message).
pub fn instance(vm: &mut HotPy, id: usize, message: Value) -> Result<Value, PyException> {
    let (e, kept) = vm.alloc_keeping(Exception::ID, Exception::FIXED_SIZE, &[message])?;
    Exception::set_class(vm.vmctx(), e, id as i64);
    Exception::set_message(vm.vmctx(), e, kept[0]);
    Ok(e)
}

pub fn is_class(vm: &HotPy, v: Value) -> bool {
    layout_of(vm, v) == Some(ExceptionClass::ID)
}

pub fn is_instance(vm: &HotPy, v: Value) -> bool {
    layout_of(vm, v) == Some(Exception::ID)
}

pub fn class_name(vm: &HotPy, v: Value) -> &'static str {
    let id = if is_class(vm, v) {
        ExceptionClass::id(vm.vmctx(), v)
    } else {
        Exception::class(vm.vmctx(), v)
    };
    CLASSES[id as usize].0
}

/// `str(exc)`: its message.
pub fn message(vm: &HotPy, exc: Value) -> String {
    let m = Exception::message(vm.vmctx(), exc);
    if m == NONE {
        String::new()
    } else {
        str_of(vm, m)
    }
}

/// The Rust-side exception for an instance.
pub fn from_object(vm: &HotPy, exc: Value) -> PyException {
    PyException::new(class_name(vm, exc), message(vm, exc))
}

/// The instance for a Rust-side exception (when an `except` catches it).
pub fn to_object(vm: &mut HotPy, e: &PyException) -> Result<Value, PyException> {
    let id = class_index(e.kind).unwrap_or(1);
    let message = if e.message.is_empty() {
        NONE
    } else {
        super::new_str(vm, &e.message)?
    };
    instance(vm, id, message)
}

pub fn raise_value(vm: &mut HotPy, values: Values<'_>) -> PyException {
    if values.is_empty() {
        return PyException::new("RuntimeError", "No active exception to reraise");
    }
    let v = values.get(0);
    if is_instance(vm, v) {
        return from_object(vm, v);
    }
    if is_class(vm, v) {
        return PyException::new(class_name(vm, v), "");
    }
    PyException::new("TypeError", "exceptions must derive from BaseException")
}

pub fn reraise(vm: &mut HotPy, exc: Value) -> PyException {
    from_object(vm, exc)
}

pub fn exc_matches(vm: &mut HotPy, exc: Value, cls: Value) -> Result<Value, PyException> {
    let exc_class = Exception::class(vm.vmctx(), exc) as usize;
    let classes = match super::sequences::items(vm, cls) {
        Some(items) if type_name(vm, cls) == "tuple" => items,
        _ => vec![cls],
    };
    let mut matched = false;
    for c in classes {
        if !is_class(vm, c) {
            return Err(PyException::new(
                "TypeError",
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        }
        matched |= is_subclass(exc_class, ExceptionClass::id(vm.vmctx(), c) as usize);
    }
    Ok(py_bool(matched))
}
