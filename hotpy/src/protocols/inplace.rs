//! Augmented assignment (`x += y`, `x |= y`, ...), as CPython does it: the left operand's
//! in-place method (`__iadd__`, ...) when its class defines one and it does not return
//! `NotImplemented`; the builtin mutable containers change in place (`list +=` and `*=`, the
//! set operators on sets, `dict |=`), a builtin subclass's value too; anything else is the
//! binary operator, whose TypeError names the augmented symbol (`+=`).
//!
//! Must not: know the binary operators' rules (it calls `arithmetic`'s entry points).

use crate::objects::class;
use crate::objects::class::builtin_subclasses;
use crate::objects::dict as dicts;
use crate::objects::sequence as sequences;
use crate::objects::set as sets;
use crate::protocols::arithmetic::{add_fallback, binary_generic, mul_fallback, sub_fallback};
use crate::protocols::dunder::{self, NOT_IMPLEMENTED};
use crate::values::{NONE, as_int, bad_operator};
use crate::vm::{Error, ThreadState};
use gvmt::rt::Value;

/// `left <op>= right` (INPLACE_ADD's and INPLACE_OP's extern): the value to store back.
pub fn inplace(vm: &mut ThreadState, op: i64, left: Value, right: Value) -> Result<Value, Error> {
    let Some(operator) = crate::protocols::operators::by_code(op) else {
        return Err(bad_operator(vm, op));
    };
    let (symbol, named) = (operator.symbol, operator.named);
    let method = operator
        .inplace
        .expect("BINARY_OP's operators have in-place forms")
        .name();
    vm.handle_scope(|vm| {
        let (hl, hr) = (vm.mutator().root(left), vm.mutator().root(right));
        if class::is_instance(vm, left)
            && let Some(f) = dunder::method(vm, left, method)?
        {
            let (l, r) = (vm.mutator().get(hl), vm.mutator().get(hr));
            let result = vm.call(f, &[l, r], &[])?;
            if result != NOT_IMPLEMENTED {
                return Ok(result);
            }
        }
        let (l, r) = (vm.mutator().get(hl), vm.mutator().get(hr));
        let target = builtin_subclasses::value_of(vm, l).unwrap_or(l);
        if in_place(vm, op, target, r)? {
            return Ok(vm.mutator().get(hl));
        }
        let (l, r) = (vm.mutator().get(hl), vm.mutator().get(hr));
        binary(vm, op, l, r).map_err(|e| augmented_message(e, named, symbol))
    })
}

/// Changes the builtin container `target` in place when `op` does that for its type; false
/// when the binary operator applies instead.
fn in_place(vm: &mut ThreadState, op: i64, target: Value, right: Value) -> Result<bool, Error> {
    if sequences::is_list(vm, target) {
        return match op {
            0 => sequences::list_extend(vm, target, right).map(|()| true),
            5 if as_int(right).is_some() => vm.handle_scope(|vm| {
                let h = vm.mutator().root(target);
                let repeated = mul_fallback(vm, target, right)?;
                let target = vm.mutator().get(h);
                crate::objects::list::slices::store_slice(vm, repeated, target, NONE, NONE, NONE)?;
                Ok(true)
            }),
            _ => Ok(false),
        };
    }
    if sets::is_set(vm, target) && !sets::is_frozen(vm, target) && sets::is_set(vm, right) {
        let symbol = match op {
            7 => "|",
            1 => "&",
            10 => "-",
            12 => "^",
            _ => return Ok(false),
        };
        return sets::in_place_operator(vm, symbol, target, right).map(|()| true);
    }
    if crate::objects::bytearray::is_bytearray(vm, target) {
        return crate::objects::bytearray::in_place(vm, op, target, right);
    }
    if crate::objects::array::is_array(vm, target) {
        use crate::objects::array::methods as A;
        return match op {
            0 => A::iadd(vm, &[target, right], &[]).map(|_| true),
            5 => A::imul(vm, &[target, right], &[]).map(|_| true),
            _ => Ok(false),
        };
    }
    if op == 7 && dicts::is_dict(vm, target) {
        return crate::objects::dict::methods::dict_update(vm, target, &[right], &[]).map(|_| true);
    }
    Ok(false)
}

/// `left <op> right`, the binary operator for CPython's code `op`.
pub fn binary(vm: &mut ThreadState, op: i64, left: Value, right: Value) -> Result<Value, Error> {
    match op {
        0 => add_fallback(vm, left, right),
        5 => mul_fallback(vm, left, right),
        10 => sub_fallback(vm, left, right),
        _ => binary_generic(vm, op, left, right),
    }
}

/// The binary operator's "unsupported operand type(s) for +" (`named`) becomes "... for +="
/// (`symbol`), as CPython reports a failed augmented assignment.
fn augmented_message(e: Error, named: &str, symbol: &str) -> Error {
    let binary = format!("unsupported operand type(s) for {named}: ");
    match e {
        Error::Exception(mut exc)
            if exc.kind == "TypeError" && exc.message.starts_with(&binary) =>
        {
            exc.message = format!(
                "unsupported operand type(s) for {symbol}=: {}",
                &exc.message[binary.len()..]
            );
            Error::Exception(exc)
        }
        other => other,
    }
}
