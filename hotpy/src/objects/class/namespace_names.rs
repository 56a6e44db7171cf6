//! The names of a class body, kept in its namespace mapping as CPython keeps them (its
//! LOAD_NAME, STORE_NAME and DELETE_NAME on the frame's `f_locals`): a dict (a new one, or
//! the one the metaclass's `__prepare__` made) directly, any other mapping (a dict subclass
//! such as `enum`'s `_EnumDict`, a user mapping) through its `__getitem__`, `__setitem__`
//! and `__delitem__`, so it sees each assignment in order.
//!
//! Owns: those four operations. Must not: make the class (`creation.rs`) or decide which
//! names are the body's (the compiler's scope analysis does).

use crate::objects::dict;
use crate::values::{NONE, UNBOUND, str_value};
use crate::vm::{Error, ThreadState};
use gvmt::rt::Value;

/// CLASS_NAMESPACE's extern: `prepared` (what `__prepare__` made), or a new dict for None.
pub fn class_namespace(vm: &mut ThreadState, prepared: Value) -> Result<Value, Error> {
    if prepared == NONE {
        dict::new_dict(vm, 8)
    } else {
        Ok(prepared)
    }
}

/// `namespace[name]`, or UNBOUND when the mapping has no `name` (its KeyError).
pub fn load(vm: &mut ThreadState, namespace: Value, name: Value) -> Result<Value, Error> {
    if dict::is_dict(vm, namespace) {
        return Ok(dict::get(vm, namespace, name)?.unwrap_or(UNBOUND));
    }
    match crate::objects::sequence::subscript(vm, namespace, name) {
        Ok(v) => Ok(v),
        Err(e) if e.is("KeyError") => Ok(UNBOUND),
        Err(e) => Err(e),
    }
}

/// `namespace[name] = v`.
pub fn store(vm: &mut ThreadState, namespace: Value, name: Value, v: Value) -> Result<(), Error> {
    if dict::is_dict(vm, namespace) {
        return dict::set(vm, namespace, name, v);
    }
    crate::objects::sequence::store_subscript(vm, namespace, name, v)
}

/// `del namespace[name]`: NameError when it has no `name`.
pub fn delete(vm: &mut ThreadState, namespace: Value, name: Value) -> Result<(), Error> {
    let text = str_value(vm, name).unwrap_or_default();
    let missing = || Error::new("NameError", format!("name '{text}' is not defined"));
    if dict::is_dict(vm, namespace) {
        return match dict::remove(vm, namespace, name)? {
            Some(_) => Ok(()),
            None => Err(missing()),
        };
    }
    match crate::protocols::deletion::delete_subscript(vm, namespace, name) {
        Err(e) if e.is("KeyError") => Err(missing()),
        done => done,
    }
}
