//! The Rust functions `../spec` names: value classes, truth, boxing, the numeric operators and
//! their fallbacks, and the errors instructions raise. Python's semantics decide every result.
//!
//! Not yet here (the [core] issue): arbitrary-precision ints (an int result beyond 63 bits is an
//! OverflowError for now), objects with `__add__` and friends, and names in error messages.

use crate::generated::layouts::{Float, LAYOUTS};
use crate::vm::{HotPy, PyException};
use gvmt::rt::{Value, Vm, heap};

pub const NONE: Value = Value(0x02);
pub const FALSE: Value = Value(0x12);
pub const TRUE: Value = Value(0x22);
pub const UNBOUND: Value = Value(0x32);

pub fn int_value(v: Value) -> Option<i64> {
    (v.0 & 1 == 1).then_some((v.0 as i64) >> 1)
}

pub fn make_int(i: i64) -> Result<Value, PyException> {
    if (i.wrapping_shl(1) >> 1) != i {
        return Err(PyException::new(
            "OverflowError",
            "int too large (hotpy has no big ints yet)",
        ));
    }
    Ok(Value(((i as u64) << 1) | 1))
}

fn layout_of(vm: &HotPy, v: Value) -> Option<usize> {
    if v.0 & 0xf != 0 || v.0 == 0 {
        return None;
    }
    Some(heap::layout_of(vm.vmctx(), v)).filter(|l| *l < LAYOUTS.len())
}

pub fn float_value(vm: &HotPy, v: Value) -> Option<f64> {
    (layout_of(vm, v) == Some(Float::ID)).then(|| Float::value(vm.vmctx(), v))
}

/// Python's name of a value's type.
pub fn type_name(vm: &HotPy, v: Value) -> &'static str {
    match v {
        NONE => "NoneType",
        FALSE | TRUE => "bool",
        _ if int_value(v).is_some() => "int",
        _ if float_value(vm, v).is_some() => "float",
        _ => "object",
    }
}

pub fn class_of(vm: &mut HotPy, v: Value) -> i64 {
    if int_value(v).is_some() {
        0
    } else if float_value(vm, v).is_some() {
        1
    } else {
        2
    }
}

pub fn is_float(vm: &mut HotPy, v: Value) -> bool {
    float_value(vm, v).is_some()
}

pub fn is_true(vm: &mut HotPy, v: Value) -> Result<bool, PyException> {
    Ok(match v {
        NONE | FALSE => false,
        TRUE => true,
        _ => match (int_value(v), float_value(vm, v)) {
            (Some(i), _) => i != 0,
            (_, Some(f)) => f != 0.0,
            _ => true,
        },
    })
}

pub fn box_float(vm: &mut HotPy, f: f64) -> Result<Value, PyException> {
    let object = vm.alloc(Float::ID, Float::FIXED_SIZE)?;
    Float::set_value(vm.vmctx(), object, f);
    Ok(object)
}

fn ints(a: Value, b: Value) -> (i64, i64) {
    (
        int_value(a).expect("dispatched on int"),
        int_value(b).expect("dispatched on int"),
    )
}

fn overflow() -> PyException {
    PyException::new("OverflowError", "int too large (hotpy has no big ints yet)")
}

pub fn int_add(_vm: &mut HotPy, a: Value, b: Value) -> Result<Value, PyException> {
    let (a, b) = ints(a, b);
    make_int(a.checked_add(b).ok_or_else(overflow)?)
}

pub fn int_sub(_vm: &mut HotPy, a: Value, b: Value) -> Result<Value, PyException> {
    let (a, b) = ints(a, b);
    make_int(a.checked_sub(b).ok_or_else(overflow)?)
}

pub fn int_mul(_vm: &mut HotPy, a: Value, b: Value) -> Result<Value, PyException> {
    let (a, b) = ints(a, b);
    make_int(a.checked_mul(b).ok_or_else(overflow)?)
}

/// Both operands as floats (ints converted exactly as Python does).
fn floats(vm: &HotPy, a: Value, b: Value) -> (f64, f64) {
    let f = |v: Value| {
        int_value(v)
            .map(|i| i as f64)
            .or_else(|| float_value(vm, v))
            .expect("dispatched on numbers")
    };
    (f(a), f(b))
}

pub fn float_add(vm: &mut HotPy, a: Value, b: Value) -> Result<Value, PyException> {
    let (x, y) = floats(vm, a, b);
    box_float(vm, x + y)
}

pub fn float_sub(vm: &mut HotPy, a: Value, b: Value) -> Result<Value, PyException> {
    let (x, y) = floats(vm, a, b);
    box_float(vm, x - y)
}

pub fn float_mul(vm: &mut HotPy, a: Value, b: Value) -> Result<Value, PyException> {
    let (x, y) = floats(vm, a, b);
    box_float(vm, x * y)
}

fn unsupported(vm: &HotPy, symbol: &str, a: Value, b: Value) -> PyException {
    PyException::new(
        "TypeError",
        format!(
            "unsupported operand type(s) for {symbol}: '{}' and '{}'",
            type_name(vm, a),
            type_name(vm, b)
        ),
    )
}

pub fn add_fallback(vm: &mut HotPy, a: Value, b: Value) -> Result<Value, PyException> {
    Err(unsupported(vm, "+", a, b))
}

pub fn sub_fallback(vm: &mut HotPy, a: Value, b: Value) -> Result<Value, PyException> {
    Err(unsupported(vm, "-", a, b))
}

pub fn mul_fallback(vm: &mut HotPy, a: Value, b: Value) -> Result<Value, PyException> {
    Err(unsupported(vm, "*", a, b))
}

pub fn unbound_local(_vm: &mut HotPy, index: i64) -> PyException {
    PyException::new(
        "UnboundLocalError",
        format!("cannot access local variable #{index} where it is not associated with a value"),
    )
}

pub fn bad_operator(_vm: &mut HotPy, op: i64) -> PyException {
    PyException::new("SystemError", format!("unknown operator code {op}"))
}
