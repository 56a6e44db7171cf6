//! `__index__`: where CPython takes an integer index (subscripts, slice bounds), an instance
//! of a class with `__index__` stands for the int it returns.
//!
//! Must not: convert anything but instances of Python classes (ints pass through, and other
//! values are left for the caller's own TypeError).

use crate::objects::class;
use crate::protocols::dunder;
use crate::values::{as_int, type_name};
use crate::vm::{Error, ThreadState};
use gvmt::rt::Value;

/// `v` as an index: an instance whose class defines `__index__` becomes what it returns (an
/// int, else TypeError as CPython says); anything else is returned unchanged. May run Python
/// code (and collect): the caller roots what it holds.
pub fn index_value(vm: &mut ThreadState, v: Value) -> Result<Value, Error> {
    if !class::is_instance(vm, v) || as_int(v).is_some() {
        return Ok(v);
    }
    // The lookup may collect: `v` is read again if there is no `__index__`.
    let (found, v) = vm.handle_scope(|vm| {
        let h = vm.mutator().root(v);
        let found = dunder::call(vm, v, "__index__", &[]);
        (found, vm.mutator().get(h))
    });
    match found? {
        Some(i) if as_int(i).is_some() || crate::objects::int::bigint::is_big(vm, i) => Ok(i),
        Some(other) => Err(Error::new(
            "TypeError",
            format!("__index__ returned non-int (type {})", type_name(vm, other)),
        )),
        None => Ok(v),
    }
}

/// [`index_value`] of each of `values` (an index, slice bounds), keeping `keep` (the
/// container, a value to store) and the values not yet converted rooted across each call;
/// returns them all as they are now.
pub fn index_values<const K: usize, const N: usize>(
    vm: &mut ThreadState,
    keep: [Value; K],
    values: [Value; N],
) -> Result<([Value; K], [Value; N]), Error> {
    if !values.iter().any(|&v| class::is_instance(vm, v)) {
        return Ok((keep, values));
    }
    vm.handle_scope(|vm| {
        let kept = keep.map(|v| vm.mutator().root(v));
        let handles = values.map(|v| vm.mutator().root(v));
        for h in handles {
            let v = vm.mutator().get(h);
            let converted = index_value(vm, v)?;
            vm.mutator().set(h, converted);
        }
        Ok((
            kept.map(|h| vm.mutator().get(h)),
            handles.map(|h| vm.mutator().get(h)),
        ))
    })
}

/// CPython's TypeError for a value where an integer is required.
pub fn not_an_integer(vm: &ThreadState, v: Value) -> Error {
    Error::new(
        "TypeError",
        format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(vm, v)
        ),
    )
}

/// An index already through [`index_value`] as an i64, a big int clamped to the i64 range
/// (for counts and positions that only compare with a length); [`not_an_integer`] otherwise.
pub fn clamped_index(vm: &ThreadState, v: Value) -> Result<i64, Error> {
    if let Some(i) = as_int(v) {
        return Ok(i);
    }
    match crate::objects::int::bigint::to_big(vm, v) {
        Some(b) if b.sign() == num_bigint::Sign::Minus => Ok(i64::MIN),
        Some(_) => Ok(i64::MAX),
        None => Err(not_an_integer(vm, v)),
    }
}

/// An index already through [`index_value`] as an i64 (CPython's `Py_ssize_t` argument): an
/// OverflowError for a big int, [`not_an_integer`] for anything else.
pub fn ssize_index(vm: &ThreadState, v: Value) -> Result<i64, Error> {
    if let Some(i) = as_int(v) {
        return Ok(i);
    }
    if crate::objects::int::bigint::is_big(vm, v) {
        return Err(Error::new(
            "OverflowError",
            "Python int too large to convert to C ssize_t",
        ));
    }
    Err(not_an_integer(vm, v))
}

/// A slice bound after [`index_values`]: a big int stands for the largest (or smallest)
/// small one, as CPython's `_PyEval_SliceIndex` clamps to `Py_ssize_t` (`s[:sys.maxsize]`);
/// no sequence is that long, so the slice picks the same items.
pub fn clamped_bound(vm: &ThreadState, v: Value) -> Value {
    const LARGEST: i64 = (1 << 61) - 1;
    if as_int(v).is_some() {
        return v;
    }
    match crate::objects::int::bigint::to_big(vm, v) {
        Some(b) => {
            let i = if b.sign() == num_bigint::Sign::Minus {
                -LARGEST
            } else {
                LARGEST
            };
            crate::values::make_int(i).expect("a small int")
        }
        None => v,
    }
}

/// [`clamped_bound`] of a slice's three bounds.
pub fn clamped_bounds(vm: &ThreadState, bounds: [Value; 3]) -> [Value; 3] {
    bounds.map(|v| clamped_bound(vm, v))
}
