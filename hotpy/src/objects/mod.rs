//! One home per builtin type: each file holds a type's objects, methods, data attributes
//! and special methods (the Rust functions its class namespace holds,
//! `objects/class/builtin_types.rs`). `sequence.rs` holds what list and tuple share; protocols
//! that span types are in `protocols/` (docs/architecture.md maps both).

pub mod array;
pub mod bytearray;
pub mod bytes;
pub mod class;
pub mod code_object;
pub mod codecs;
pub mod descriptor;
pub mod dict;
pub mod dict_views;
pub mod exception;
pub mod float;
pub mod function;
pub mod getset;
pub mod int;
pub mod lazy_iter;
pub mod list;
pub mod memoryview;
pub mod method;
pub mod object;
pub mod pool_iter;
pub mod range;
pub mod sequence;
pub mod set;
pub mod slice;
pub mod str;
pub mod super_type;

use crate::vm::Error;
use gvmt::rt::Value;

/// TypeError unless a method got between `min` and `max` positional arguments.
/// How a CPython C function words a wrong count of positional arguments: each calling
/// convention has its own message.
#[derive(Clone, Copy)]
pub(crate) enum ArgConvention {
    /// Argument Clinic, positional only: `center expected at least 1 argument, got 0`.
    Clinic,
    /// `PyArg_ParseTuple`: `count() takes at least 1 argument (0 given)`.
    ParseTuple,
    /// `METH_O` of type `.0`: `str.zfill() takes exactly one argument (0 given)`.
    OneArg(&'static str),
}

/// Checks that `min..=max` positional arguments were given, with the message of CPython's
/// `convention` for method `name`.
pub(crate) fn arity_as(
    convention: ArgConvention,
    name: &str,
    args: &[Value],
    min: usize,
    max: usize,
) -> Result<(), Error> {
    let n = args.len();
    if (min..=max).contains(&n) {
        return Ok(());
    }
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    let (bound, k) = match () {
        _ if min == max => ("", min),
        _ if n < min => ("at least ", min),
        _ => ("at most ", max),
    };
    let message = match convention {
        ArgConvention::Clinic => {
            format!("{name} expected {bound}{k} argument{}, got {n}", plural(k))
        }
        ArgConvention::ParseTuple => {
            let bound = if bound.is_empty() { "exactly " } else { bound };
            format!(
                "{name}() takes {bound}{k} argument{} ({n} given)",
                plural(k)
            )
        }
        ArgConvention::OneArg(owner) => {
            format!("{owner}.{name}() takes exactly one argument ({n} given)")
        }
    };
    Err(Error::new("TypeError", message))
}

pub(crate) fn arity(name: &str, args: &[Value], min: usize, max: usize) -> Result<(), Error> {
    if args.len() < min || args.len() > max {
        let expected = if min == max {
            format!("exactly {min} argument{}", if min == 1 { "" } else { "s" })
        } else {
            format!("at most {max} argument{}", if max == 1 { "" } else { "s" })
        };
        return Err(Error::new(
            "TypeError",
            format!("{name}() takes {expected} ({} given)", args.len()),
        ));
    }
    Ok(())
}

/// The text of a str method's receiver (the method table only calls it with a str).
pub(crate) fn text(vm: &crate::vm::ThreadState, v: Value) -> String {
    crate::values::str_value(vm, v).expect("a str receiver")
}

/// An int argument a method takes as a size or position (CPython's `Py_ssize_t`): any int
/// that fits 64 bits (big ones too: `'x'.center(2**62)` is then a MemoryError, not a
/// TypeError); OverflowError past that; TypeError for anything else.
pub(crate) fn size_arg(vm: &crate::vm::ThreadState, v: Value) -> Result<i64, Error> {
    if let Some(i) = crate::values::as_int(v) {
        return Ok(i);
    }
    match crate::objects::int::bigint::to_big(vm, v) {
        Some(big) => num_traits::ToPrimitive::to_i64(&big).ok_or_else(|| {
            Error::new(
                "OverflowError",
                "Python int too large to convert to C ssize_t",
            )
        }),
        None => Err(Error::new(
            "TypeError",
            format!(
                "'{}' object cannot be interpreted as an integer",
                crate::values::type_name(vm, v)
            ),
        )),
    }
}
