//! The methods only `bytearray` has (those that change it, and `copy`); the read-only ones
//! are bytes' (`objects/bytes/methods.rs`).

use super::{append_bytes, byte_of, bytes_of, contents, modify, new_bytearray};
use crate::objects::arity;
use crate::protocols::index::index_values;
use crate::values::{NONE, as_int, make_int, type_name};
use crate::vm::{Error, ThreadState};
use gvmt::rt::{Value, Vm};

/// `ba.append(x)`.
pub fn append(vm: &mut ThreadState, ba: Value, args: &[Value]) -> Result<Value, Error> {
    arity("append", args, 1, 1)?;
    let ([ba], [x]) = index_values(vm, [ba], [args[0]])?;
    let byte = byte_of(vm, x)?;
    append_bytes(vm, ba, &[byte]).map(|()| NONE)
}

/// `ba.extend(iterable)`: a bytes-like object's bytes or an iterable's ints.
pub fn extend(vm: &mut ThreadState, ba: Value, args: &[Value]) -> Result<Value, Error> {
    arity("extend", args, 1, 1)?;
    let message = format!("can't extend bytearray with {}", type_name(vm, args[0]));
    let (data, ba) = vm.handle_scope(|vm| {
        let h = vm.mutator().root(ba);
        let data = bytes_of(vm, args[0], &message);
        (data, vm.mutator().get(h))
    });
    append_bytes(vm, ba, &data?).map(|()| NONE)
}

/// `ba.insert(index, x)`.
pub fn insert(vm: &mut ThreadState, ba: Value, args: &[Value]) -> Result<Value, Error> {
    if args.len() != 2 {
        return Err(Error::new(
            "TypeError",
            format!("insert expected 2 arguments, got {}", args.len()),
        ));
    }
    let ([ba], [index, x]) = index_values(vm, [ba], [args[0], args[1]])?;
    let byte = byte_of(vm, x)?;
    let i = as_int(index).unwrap_or(i64::MAX);
    modify(vm, ba, |data| {
        let n = data.len() as i64;
        let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
        data.insert(at as usize, byte);
        Ok(NONE)
    })
}

/// `ba.pop([index])`.
pub fn pop(vm: &mut ThreadState, ba: Value, args: &[Value]) -> Result<Value, Error> {
    arity("pop", args, 0, 1)?;
    let (ba, i) = match args {
        [index] => {
            let ([ba], [index]) = index_values(vm, [ba], [*index])?;
            (ba, as_int(index).unwrap_or(i64::MAX))
        }
        _ => (ba, -1),
    };
    let byte = modify(vm, ba, |data| {
        if data.is_empty() {
            return Err(Error::new("IndexError", "pop from empty bytearray"));
        }
        let n = data.len() as i64;
        let at = if i < 0 { i + n } else { i };
        if !(0..n).contains(&at) {
            return Err(Error::new("IndexError", "pop index out of range"));
        }
        Ok(data.remove(at as usize))
    })?;
    make_int(byte as i64)
}

/// `ba.remove(x)`: the first byte equal to `x`.
pub fn remove(vm: &mut ThreadState, ba: Value, args: &[Value]) -> Result<Value, Error> {
    arity("remove", args, 1, 1)?;
    let ([ba], [x]) = index_values(vm, [ba], [args[0]])?;
    let byte = byte_of(vm, x)?;
    modify(vm, ba, |data| match data.iter().position(|&b| b == byte) {
        Some(at) => {
            data.remove(at);
            Ok(NONE)
        }
        None => Err(Error::new("ValueError", "value not found in bytearray")),
    })
}

/// `ba.clear()`.
pub fn clear(vm: &mut ThreadState, ba: Value, args: &[Value]) -> Result<Value, Error> {
    arity("clear", args, 0, 0)?;
    modify(vm, ba, |data| {
        data.clear();
        Ok(NONE)
    })
}

/// `ba.reverse()`.
pub fn reverse(vm: &mut ThreadState, ba: Value, args: &[Value]) -> Result<Value, Error> {
    arity("reverse", args, 0, 0)?;
    modify(vm, ba, |data| {
        data.reverse();
        Ok(NONE)
    })
}

/// `ba.copy()`.
pub fn copy(vm: &mut ThreadState, ba: Value, args: &[Value]) -> Result<Value, Error> {
    arity("copy", args, 0, 0)?;
    let data = contents(vm.vmctx(), ba);
    new_bytearray(vm, &data)
}
