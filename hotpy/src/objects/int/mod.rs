//! `int`'s methods that live in Rust outside the arithmetic: `bit_length`, `bit_count`.

pub mod bigint;
pub mod bytes;
pub mod construct;
pub mod str_digits;

use super::arity;
use crate::values::make_int;
use crate::vm::{Error, ThreadState};
use gvmt::rt::Value;

pub fn int_bit_length(vm: &mut ThreadState, i: Value, args: &[Value]) -> Result<Value, Error> {
    arity("bit_length", args, 0, 0)?;
    let b = bigint::to_big(vm, i).unwrap_or_default();
    make_int(b.bits() as i64)
}

/// `int.bit_count()`: the number of ones in the binary form of the absolute value.
pub fn int_bit_count(vm: &mut ThreadState, i: Value, args: &[Value]) -> Result<Value, Error> {
    arity("bit_count", args, 0, 0)?;
    let b = bigint::to_big(vm, i).unwrap_or_default();
    let ones: u64 = b
        .magnitude()
        .iter_u64_digits()
        .map(|d| d.count_ones() as u64)
        .sum();
    make_int(ones as i64)
}
