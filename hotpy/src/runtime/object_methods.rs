//! The methods of `object` and `BaseException` that classes inherit (`object.__repr__`,
//! `__str__`, `__eq__`, `__ne__`, `__hash__`, `__format__`; `BaseException.__str__`,
//! `__repr__`): what `super().__repr__()` and friends reach. Builtin subclasses answer with
//! their builtin's behaviour first (`classes.rs`).
//!
//! Owns: those methods. Must not: decide lookup order (`classes.rs`).

use super::builtins_objects::{Kwargs, exactly, hash_int, no_keywords};
use super::{py_bool, type_name};
use crate::vm::{Error, ThreadState};
use gvmt::rt::Value;

/// `object.__repr__(self)`: the default repr, whatever the class defines.
pub fn object_repr(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    no_keywords("__repr__", kwargs)?;
    let [v] = exactly::<1>("__repr__", args)?;
    let text = if super::exceptions::is_instance(vm, v) {
        super::exceptions::repr(vm, v)
    } else if super::classes::is_instance(vm, v) {
        super::text::default_instance_repr(vm, v)
    } else {
        format!("<{} object>", type_name(vm, v))
    };
    super::new_str(vm, &text)
}

/// `object.__str__(self)`: `type(self).__repr__(self)`.
pub fn object_str(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    no_keywords("__str__", kwargs)?;
    let [v] = exactly::<1>("__str__", args)?;
    let text = super::text::repr(vm, v)?;
    super::new_str(vm, &text)
}

/// The one argument of `BaseException.name(self)`, which must be an exception instance.
fn exception_receiver(
    vm: &ThreadState,
    name: &str,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    no_keywords(name, kwargs)?;
    let [v] = exactly::<1>(name, args)?;
    if !super::exceptions::is_instance(vm, v) {
        return Err(Error::new(
            "TypeError",
            format!(
                "descriptor '{name}' requires a 'BaseException' object but received a '{}'",
                type_name(vm, v)
            ),
        ));
    }
    Ok(v)
}

/// `BaseException.__str__(self)`: the message (the one argument, or the args tuple).
pub fn exception_str(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let v = exception_receiver(vm, "__str__", args, kwargs)?;
    let text = super::exceptions::message(vm, v);
    super::new_str(vm, &text)
}

/// `BaseException.__repr__(self)`: `Name(args...)`.
pub fn exception_repr(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let v = exception_receiver(vm, "__repr__", args, kwargs)?;
    let text = super::exceptions::repr(vm, v);
    super::new_str(vm, &text)
}

/// `object.__eq__(self, other)`: True for the same object, else NotImplemented.
pub fn object_eq(
    _vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    no_keywords("__eq__", kwargs)?;
    let [a, b] = exactly::<2>("__eq__", args)?;
    Ok(if a == b {
        super::TRUE
    } else {
        super::NOT_IMPLEMENTED
    })
}

/// `object.__ne__(self, other)`: the inverse of `self.__eq__(other)` unless NotImplemented.
pub fn object_ne(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    no_keywords("__ne__", kwargs)?;
    let [a, b] = exactly::<2>("__ne__", args)?;
    let eq = match super::dunder::call(vm, a, "__eq__", &[b])? {
        Some(r) => r,
        None if a == b => super::TRUE,
        None => super::NOT_IMPLEMENTED,
    };
    if eq == super::NOT_IMPLEMENTED {
        return Ok(eq);
    }
    Ok(py_bool(!super::is_true(vm, eq)?))
}

/// `object.__hash__(self)`: the identity hash.
pub fn object_hash(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    no_keywords("__hash__", kwargs)?;
    let [v] = exactly::<1>("__hash__", args)?;
    if super::classes::is_instance(vm, v) {
        return hash_int(vm.mutator().identity(v) as i64);
    }
    let h = super::dicts::hash(vm, v)?;
    hash_int(h)
}

/// `object.__format__(self, spec)`: `str(self)` for an empty spec, else a TypeError.
pub fn object_format(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    no_keywords("__format__", kwargs)?;
    let [v, spec] = exactly::<2>("__format__", args)?;
    match super::str_value(vm, spec) {
        Some(s) if s.is_empty() => {
            let text = super::text::str(vm, v)?;
            super::new_str(vm, &text)
        }
        Some(_) => Err(Error::new(
            "TypeError",
            format!(
                "unsupported format string passed to {}.__format__",
                type_name(vm, v)
            ),
        )),
        None => Err(Error::new(
            "TypeError",
            format!(
                "__format__() argument must be str, not {}",
                type_name(vm, spec)
            ),
        )),
    }
}
