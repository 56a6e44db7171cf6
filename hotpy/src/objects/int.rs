//! `int`'s methods that live in Rust outside the arithmetic: `bit_length`.

use super::arity;
use crate::runtime as rt;
use crate::runtime::make_int;
use crate::vm::{Error, ThreadState};
use gvmt::rt::Value;

pub fn int_bit_length(vm: &mut ThreadState, i: Value, args: &[Value]) -> Result<Value, Error> {
    arity("bit_length", args, 0, 0)?;
    let b = rt::bigint::to_big(vm, i).unwrap_or_default();
    make_int(b.bits() as i64)
}
