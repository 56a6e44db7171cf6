//! The toy's extern functions, named by `spec/toy.gvmt`. Every one receives the VM first.

use crate::generated::layouts::{CountedPair, Float, LAYOUTS, Pair};
use crate::vm::{Toy, ToyError};
use gvmt::rt::{Value, Values, Vm, heap};

const INT_BITS: u32 = 1;

pub fn int(v: Value) -> Option<i64> {
    (v.0 & 1 == 1).then_some((v.0 as i64) >> INT_BITS)
}

pub fn make_int(i: i64) -> Result<Value, ToyError> {
    if (i.wrapping_shl(INT_BITS) >> INT_BITS) != i {
        return Err(ToyError::new("OverflowError", "integer overflow"));
    }
    Ok(Value(((i as u64) << INT_BITS) | 1))
}

fn layout_of(vm: &Toy, v: Value) -> Option<usize> {
    if v.0 & 0xf != 0 || v.0 == 0 {
        return None;
    }
    Some(heap::layout_of(vm.vmctx(), v)).filter(|l| *l < LAYOUTS.len())
}

pub fn float(vm: &Toy, v: Value) -> Option<f64> {
    (layout_of(vm, v) == Some(Float::ID)).then(|| Float::value(vm.vmctx(), v))
}

pub fn class_of(vm: &mut Toy, v: Value) -> i64 {
    if int(v).is_some() {
        0
    } else if float(vm, v).is_some() {
        1
    } else {
        2
    }
}

pub fn is_float(vm: &mut Toy, v: Value) -> bool {
    float(vm, v).is_some()
}

pub fn is_pair(vm: &mut Toy, v: Value) -> bool {
    matches!(layout_of(vm, v), Some(l) if l == Pair::ID || l == CountedPair::ID)
}

pub fn box_float(vm: &mut Toy, f: f64) -> Result<Value, ToyError> {
    let object = vm.alloc(Float::ID, Float::FIXED_SIZE)?;
    Float::set_value(vm.vmctx(), object, f);
    Ok(object)
}

pub fn int_add(_vm: &mut Toy, a: Value, b: Value) -> Result<Value, ToyError> {
    let (a, b) = (
        int(a).expect("dispatched on ints"),
        int(b).expect("dispatched on ints"),
    );
    make_int(
        a.checked_add(b)
            .ok_or_else(|| ToyError::new("OverflowError", "integer overflow"))?,
    )
}

/// Both operands as floats (ints converted), or a type error naming the operation.
fn floats(vm: &Toy, a: Value, b: Value, op: &str) -> Result<(f64, f64), ToyError> {
    let f = |v: Value| int(v).map(|i| i as f64).or_else(|| float(vm, v));
    match (f(a), f(b)) {
        (Some(x), Some(y)) => Ok((x, y)),
        _ => Err(ToyError::new(
            "TypeError",
            &format!(
                "unsupported operand types for {op}: {} and {}",
                vm.type_name(a),
                vm.type_name(b)
            ),
        )),
    }
}

pub fn float_add(vm: &mut Toy, a: Value, b: Value) -> Result<Value, ToyError> {
    let (x, y) = floats(vm, a, b, "+")?;
    box_float(vm, x + y)
}

pub fn mixed_add(vm: &mut Toy, a: Value, b: Value) -> Result<Value, ToyError> {
    float_add(vm, a, b)
}

pub fn add_error(vm: &mut Toy, a: Value, b: Value) -> Result<Value, ToyError> {
    floats(vm, a, b, "+").map(|_| unreachable!("add_error is only dispatched for non-numbers"))
}

pub fn sub(vm: &mut Toy, a: Value, b: Value) -> Result<Value, ToyError> {
    if let (Some(x), Some(y)) = (int(a), int(b)) {
        return make_int(
            x.checked_sub(y)
                .ok_or_else(|| ToyError::new("OverflowError", "integer overflow"))?,
        );
    }
    let (x, y) = floats(vm, a, b, "-")?;
    box_float(vm, x - y)
}

pub fn mul(vm: &mut Toy, a: Value, b: Value) -> Result<Value, ToyError> {
    if let (Some(x), Some(y)) = (int(a), int(b)) {
        return make_int(
            x.checked_mul(y)
                .ok_or_else(|| ToyError::new("OverflowError", "integer overflow"))?,
        );
    }
    let (x, y) = floats(vm, a, b, "*")?;
    box_float(vm, x * y)
}

pub fn less_than(vm: &mut Toy, a: Value, b: Value) -> Result<bool, ToyError> {
    let (x, y) = floats(vm, a, b, "<")?;
    Ok(x < y)
}

pub fn call_frame(vm: &mut Toy, index: i64, args: Values) -> Result<Value, ToyError> {
    vm.frame_for(index as usize, args)
}

/// Output cannot be rolled back: under the STM the transaction becomes inevitable first.
pub fn print(vm: &mut Toy, v: Value) -> Result<(), ToyError> {
    vm.stm_irreversible()?;
    let text = vm.show(v);
    vm.write_line(&text);
    Ok(())
}

pub fn type_error(_vm: &mut Toy, what: i64) -> ToyError {
    let op = match what {
        1 => "first",
        2 => "second",
        3 => "/",
        4 => "%",
        5 => "to_float",
        6 => "max",
        _ => "operation",
    };
    ToyError::new("TypeError", &format!("bad operand type for {op}"))
}

pub fn overflow(_vm: &mut Toy) -> ToyError {
    ToyError::new("OverflowError", "integer overflow")
}

pub fn zero_division(_vm: &mut Toy) -> ToyError {
    ToyError::new("ZeroDivisionError", "integer division or modulo by zero")
}
