//! `bytearray`: mutable byte strings. A `ByteArray` object holds its length and a `Bytes`
//! object as storage, whose words are its capacity; growing past them publishes a bigger
//! storage (doubling, so appending is amortized constant time). The read-only methods are
//! bytes' (`objects/bytes/methods.rs`, which return a bytearray for a bytearray receiver);
//! this module owns construction, repr, item and slice assignment and deletion, and the
//! in-place operators; `methods.rs` the mutating methods.
//!
//! Every change runs under the object's write lock (`ThreadState::with_write_lock`, the
//! `locks` backend) and writes through the layout accessors (the STM barrier). A reader that
//! races a writer reads the storage first and never past it.
//!
//! Must not: hold the contents as a Rust copy across an allocation that may run Python code
//! (a `__index__` or an iterator may change the bytearray): arguments are converted first.

pub mod methods;

use crate::generated::layouts::{ByteArray, Bytes};
use crate::objects::bytes::{self, new_storage, read_bytes, write_bytes};
use crate::values::{as_int, layout_of, type_name};
use crate::vm::{Error, ThreadState};
use gvmt::rt::{Value, Vm, VmCtx};

pub fn is_bytearray(vm: &ThreadState, v: Value) -> bool {
    layout_of(vm, v) == Some(ByteArray::ID)
}

/// The bytes a bytearray can hold before it needs a bigger storage.
fn capacity(ctx: &VmCtx, storage: Value) -> usize {
    Bytes::words(ctx, storage) as usize * 8
}

/// The length of bytearray `v`.
pub fn len(ctx: &VmCtx, v: Value) -> usize {
    let storage = ByteArray::storage(ctx, v);
    (ByteArray::nbytes(ctx, v) as usize).min(capacity(ctx, storage))
}

/// The contents of bytearray `v` (a copy).
pub fn contents(ctx: &VmCtx, v: Value) -> Vec<u8> {
    let storage = ByteArray::storage(ctx, v);
    let n = (ByteArray::nbytes(ctx, v) as usize).min(capacity(ctx, storage));
    read_bytes(ctx, storage, 0, n)
}

/// A new bytearray holding `data`. May collect.
pub fn new_bytearray(vm: &mut ThreadState, data: &[u8]) -> Result<Value, Error> {
    let storage = new_storage(vm, data.len())?;
    write_bytes(vm.vmctx(), storage, 0, data);
    let (object, [storage]) = vm.alloc_with(ByteArray::ID, ByteArray::FIXED_SIZE, [storage])?;
    let ctx = vm.vmctx();
    ByteArray::set_storage(ctx, object, storage);
    ByteArray::set_nbytes(ctx, object, data.len() as i64);
    Ok(object)
}

/// `bytearray()`, `bytearray(n)`, `bytearray(iterable of ints)`, `bytearray(bytes-like)`,
/// `bytearray(str, encoding[, errors])`: what `bytes(...)` makes, mutable.
pub fn bytearray(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    let made = bytes::construct(vm, "bytearray", args, kwargs).map_err(singular)?;
    let data = bytes::value(vm, made).unwrap_or_default();
    new_bytearray(vm, &data)
}

/// `repr(bytearray)`: `bytearray(b'...')`.
pub fn repr(data: &[u8]) -> String {
    format!("bytearray({})", bytes::quoted(data, true))
}

/// Runs `change` on the contents of bytearray `ba` under its write lock and stores what it
/// leaves (in place if it fits the storage, else in a bigger one). May collect.
pub fn modify<R>(
    vm: &mut ThreadState,
    ba: Value,
    change: impl FnOnce(&mut Vec<u8>) -> Result<R, Error>,
) -> Result<R, Error> {
    vm.with_write_lock(ba, [], |vm, ba, []| {
        let mut data = contents(vm.vmctx(), ba);
        let r = change(&mut data)?;
        store_locked(vm, ba, &data, 0)?;
        Ok(r)
    })
}

/// Appends `data` to bytearray `ba` (amortized: only the new bytes are written).
pub fn append_bytes(vm: &mut ThreadState, ba: Value, data: &[u8]) -> Result<(), Error> {
    vm.with_write_lock(ba, [], |vm, ba, []| {
        let n = len(vm.vmctx(), ba);
        store_locked(vm, ba, data, n)
    })
}

/// Writes `data` at byte `at` (at most the length) of bytearray `ba`, whose length becomes
/// `at + data.len()`; holding its lock.
fn store_locked(vm: &mut ThreadState, ba: Value, data: &[u8], at: usize) -> Result<(), Error> {
    let ctx = vm.vmctx();
    let needed = at + data.len();
    let old = ByteArray::storage(ctx, ba);
    let (ba, storage) = if needed <= capacity(ctx, old) {
        (ba, old)
    } else {
        let grown = needed.max(capacity(ctx, old) * 2).max(16);
        crate::values::check_size(vm, grown as u128)?;
        let (storage, [ba]) = vm.alloc_with(Bytes::ID, Bytes::size_for(grown.div_ceil(8)), [ba])?;
        let ctx = vm.vmctx();
        Bytes::set_words(ctx, storage, grown.div_ceil(8) as i64);
        let kept = read_bytes(ctx, ByteArray::storage(ctx, ba), 0, at);
        write_bytes(ctx, storage, 0, &kept);
        (ba, storage)
    };
    let ctx = vm.vmctx();
    write_bytes(ctx, storage, at, data);
    std::sync::atomic::fence(std::sync::atomic::Ordering::Release);
    ByteArray::set_storage(ctx, ba, storage);
    ByteArray::set_nbytes(ctx, ba, needed as i64);
    Ok(())
}

/// A byte given as an int (already through `__index__`).
pub fn byte_of(vm: &ThreadState, v: Value) -> Result<u8, Error> {
    match as_int(v) {
        Some(i) => {
            u8::try_from(i).map_err(|_| Error::new("ValueError", "byte must be in range(0, 256)"))
        }
        None if crate::objects::int::bigint::is_big(vm, v) => {
            Err(Error::new("ValueError", "byte must be in range(0, 256)"))
        }
        None => Err(Error::new(
            "TypeError",
            format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(vm, v)
            ),
        )),
    }
}

/// The bytes that `ba[a:b] = v` or `ba.extend(v)` puts in: a bytes-like object's, or the
/// ints of an iterable (never an int: `what` is the TypeError's message). May run Python.
pub fn bytes_of(vm: &mut ThreadState, v: Value, what: &str) -> Result<Vec<u8>, Error> {
    if let Some(data) = bytes::buffer_value(vm, v) {
        return Ok(data);
    }
    if as_int(v).is_some() {
        return Err(Error::new("TypeError", what.to_string()));
    }
    let made = bytes::from_items(vm, v).map_err(singular)?;
    Ok(bytes::value(vm, made).unwrap_or_default())
}

/// bytes' "bytes must be in range(0, 256)" is bytearray's "byte must be ...".
fn singular(e: Error) -> Error {
    if e.is("ValueError") && e.message().starts_with("bytes must") {
        return Error::new("ValueError", "byte must be in range(0, 256)");
    }
    e
}

/// `ba[index] = v` for an int index (already through `__index__`).
pub fn store_item(vm: &mut ThreadState, ba: Value, index: Value, v: Value) -> Result<(), Error> {
    let [v] = crate::protocols::index::index_values(vm, [ba], [v]).map(|(_, v)| v)?;
    let byte = byte_of(vm, v)?;
    let i = item_index(vm, index)?;
    modify(vm, ba, |data| {
        let at = position(i, data.len())?;
        data[at] = byte;
        Ok(())
    })
}

/// `del ba[index]` for an int index.
pub fn delete_item(vm: &mut ThreadState, ba: Value, index: Value) -> Result<(), Error> {
    let i = item_index(vm, index)?;
    modify(vm, ba, |data| {
        let at = position(i, data.len())?;
        data.remove(at);
        Ok(())
    })
}

fn item_index(vm: &ThreadState, index: Value) -> Result<i64, Error> {
    as_int(index).ok_or_else(|| {
        Error::new(
            "TypeError",
            format!(
                "bytearray indices must be integers or slices, not {}",
                type_name(vm, index)
            ),
        )
    })
}

/// Index `i` (negative from the end) into `n` bytes.
fn position(i: i64, n: usize) -> Result<usize, Error> {
    let at = if i < 0 { i + n as i64 } else { i };
    if at < 0 || at >= n as i64 {
        return Err(Error::new("IndexError", "bytearray index out of range"));
    }
    Ok(at as usize)
}

/// `ba[lower:upper:step] = v` (bounds already through `__index__`).
pub fn store_slice(
    vm: &mut ThreadState,
    ba: Value,
    bounds: [Value; 3],
    v: Value,
) -> Result<(), Error> {
    const ONLY: &str = "can assign only bytes, buffers, or iterables of ints in range(0, 256)";
    if crate::values::str_value(vm, v).is_some() {
        return Err(Error::new("TypeError", ONLY));
    }
    let (new, ba) = vm.handle_scope(|vm| {
        let h = vm.mutator().root(ba);
        let new = bytes_of(vm, v, ONLY);
        (new, vm.mutator().get(h))
    });
    let new = new?;
    let [lower, upper, step] = bounds;
    modify(vm, ba, |data| {
        let (start, stop, step) =
            crate::objects::slice::resolve(data.len() as i64, lower, upper, step)?;
        if step == 1 {
            let (start, stop) = (start as usize, stop.max(start) as usize);
            data.splice(start..stop, new.iter().copied());
            return Ok(());
        }
        let at = stepped(start, stop, step);
        if at.len() != new.len() {
            return Err(Error::new(
                "ValueError",
                format!(
                    "attempt to assign bytes of size {} to extended slice of size {}",
                    new.len(),
                    at.len()
                ),
            ));
        }
        for (i, b) in at.into_iter().zip(new) {
            data[i] = b;
        }
        Ok(())
    })
}

/// `del ba[lower:upper:step]` (bounds already through `__index__`).
pub fn delete_slice(vm: &mut ThreadState, ba: Value, bounds: [Value; 3]) -> Result<(), Error> {
    let [lower, upper, step] = bounds;
    modify(vm, ba, |data| {
        let (start, stop, step) =
            crate::objects::slice::resolve(data.len() as i64, lower, upper, step)?;
        let mut gone = vec![false; data.len()];
        for i in stepped(start, stop, step) {
            gone[i] = true;
        }
        let mut i = 0;
        data.retain(|_| {
            i += 1;
            !gone[i - 1]
        });
        Ok(())
    })
}

/// The positions a resolved slice selects.
fn stepped(start: i64, stop: i64, step: i64) -> Vec<usize> {
    let mut out = Vec::new();
    let mut i = start;
    while (step > 0 && i < stop) || (step < 0 && i > stop) {
        out.push(i as usize);
        i += step;
    }
    out
}

/// `ba += v` and `ba *= n`: true if `op` (CPython's code) changed `ba` in place.
pub fn in_place(vm: &mut ThreadState, op: i64, ba: Value, right: Value) -> Result<bool, Error> {
    match op {
        0 => {
            let Some(data) = bytes::buffer_value(vm, right) else {
                return Err(Error::new(
                    "TypeError",
                    format!("can't concat {} to bytearray", type_name(vm, right)),
                ));
            };
            append_bytes(vm, ba, &data).map(|()| true)
        }
        5 if let Some(n) = as_int(right) => {
            let n = n.max(0) as u128;
            let size = len(vm.vmctx(), ba) as u128;
            crate::values::check_size(vm, size * n)?;
            modify(vm, ba, |data| {
                *data = data.repeat(n as usize);
                Ok(true)
            })
        }
        _ => Ok(false),
    }
}
