//! Subscripts of `array.array`: `a[i]`, `a[i:j:k]`, their assignment and deletion (an
//! array's slice is a new array; a slice is assigned from an array of the same type code).

use super::methods::modify;
use super::{code, contents, is_array, item, len, new_array, pack, position};
use crate::values::as_int;
use crate::vm::{Error, ThreadState};
use gvmt::rt::Value;

/// What a subscript selects.
enum Selection {
    Item(i64),
    /// A resolved slice: start, stop, step.
    Slice(i64, i64, i64),
}

/// `index` (an int, an object with `__index__`, or a slice) against array `a` (rooted in
/// the handle scope the caller runs in: converting may run Python code).
fn select(vm: &mut ThreadState, a: Value, index: Value) -> Result<(Value, Selection), Error> {
    if crate::objects::slice::is_slice(vm, index) {
        let (lower, upper, step) = crate::objects::slice::parts(vm, index);
        let ([a], bounds) = crate::protocols::index::index_values(vm, [a], [lower, upper, step])?;
        let [lower, upper, step] = crate::protocols::index::clamped_bounds(vm, bounds);
        let n = len(vm, a) as i64;
        let (start, stop, step) = crate::objects::slice::resolve(n, lower, upper, step)?;
        return Ok((a, Selection::Slice(start, stop, step)));
    }
    let ([a], [index]) = crate::protocols::index::index_values(vm, [a], [index])?;
    match as_int(index) {
        Some(i) => Ok((a, Selection::Item(i))),
        None if crate::objects::int::bigint::is_big(vm, index) => {
            Ok((a, Selection::Item(i64::MAX)))
        }
        None => Err(Error::new("TypeError", "array indices must be integers")),
    }
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

/// `a[index]`.
pub fn subscript(vm: &mut ThreadState, a: Value, index: Value) -> Result<Value, Error> {
    if let Some(i) = crate::values::int_value(index) {
        let n = len(vm, a);
        let at = position(i, n, "array index out of range")?;
        return item(vm, a, at).value(vm);
    }
    let (a, selection) = select(vm, a, index)?;
    match selection {
        Selection::Item(i) => {
            let at = position(i, len(vm, a), "array index out of range")?;
            item(vm, a, at).value(vm)
        }
        Selection::Slice(start, stop, step) => {
            let c = code(vm, a);
            let data = contents(vm, a);
            let size = c.size();
            // Another thread may have shrunk the array since the bounds were resolved:
            // positions past its end select nothing.
            let n = data.len() / size;
            let picked: Vec<u8> = if step == 1 {
                let (start, stop) = (start as usize, (stop.max(start) as usize).min(n));
                data[start.min(stop) * size..stop * size].to_vec()
            } else {
                stepped(start, stop, step)
                    .into_iter()
                    .filter(|&i| i < n)
                    .flat_map(|i| data[i * size..(i + 1) * size].iter().copied())
                    .collect()
            };
            new_array(vm, c, &picked)
        }
    }
}

/// `a[index] = v`.
pub fn store(vm: &mut ThreadState, a: Value, index: Value, v: Value) -> Result<(), Error> {
    vm.handle_scope(|vm| {
        let hv = vm.mutator().root(v);
        let (a, selection) = select(vm, a, index)?;
        let v = vm.mutator().get(hv);
        match selection {
            Selection::Item(i) => {
                let ha = vm.mutator().root(a);
                let c = code(vm, a);
                let data = pack(vm, c, v)?;
                let a = vm.mutator().get(ha);
                modify(vm, a, |bytes| {
                    let at = position(
                        i,
                        bytes.len() / c.size(),
                        "array assignment index out of range",
                    )?;
                    bytes[at * c.size()..(at + 1) * c.size()].copy_from_slice(&data);
                    Ok(())
                })
            }
            Selection::Slice(start, stop, step) => store_slice(vm, a, (start, stop, step), v),
        }
    })
}

/// `a[start:stop:step] = v` (the slice resolved).
fn store_slice(
    vm: &mut ThreadState,
    a: Value,
    (start, stop, step): (i64, i64, i64),
    v: Value,
) -> Result<(), Error> {
    let v = crate::objects::class::builtin_subclasses::value_of(vm, v).unwrap_or(v);
    if !is_array(vm, v) {
        return Err(Error::new(
            "TypeError",
            format!(
                "can only assign array (not \"{}\") to array slice",
                crate::objects::class::builtin_types::python_type_name(vm, v)
            ),
        ));
    }
    let c = code(vm, a);
    if code(vm, v) != c {
        return Err(Error::new(
            "TypeError",
            "bad argument type for built-in operation",
        ));
    }
    let new = contents(vm, v);
    let size = c.size();
    modify(vm, a, |bytes| {
        let n = bytes.len() / size;
        if step == 1 {
            let stop = (stop.max(start) as usize).min(n);
            let start = (start as usize).min(stop);
            bytes.splice(start * size..stop * size, new);
            return Ok(());
        }
        let at: Vec<usize> = stepped(start, stop, step)
            .into_iter()
            .filter(|&i| i < n)
            .collect();
        let count = new.len() / size;
        if at.len() != count {
            return Err(Error::new(
                "ValueError",
                format!(
                    "attempt to assign array of size {count} to extended slice of size {}",
                    at.len()
                ),
            ));
        }
        for (k, i) in at.into_iter().enumerate() {
            bytes[i * size..(i + 1) * size].copy_from_slice(&new[k * size..(k + 1) * size]);
        }
        Ok(())
    })
}

/// `del a[index]`.
pub fn delete(vm: &mut ThreadState, a: Value, index: Value) -> Result<(), Error> {
    let (a, selection) = select(vm, a, index)?;
    let size = code(vm, a).size();
    modify(vm, a, |bytes| {
        let n = bytes.len() / size;
        let gone: Vec<usize> = match selection {
            Selection::Item(i) => vec![position(i, n, "array assignment index out of range")?],
            Selection::Slice(start, stop, step) => stepped(start, stop, step),
        };
        let mut drop = vec![false; n];
        for i in gone.into_iter().filter(|&i| i < n) {
            drop[i] = true;
        }
        let kept: Vec<u8> = bytes
            .chunks_exact(size)
            .zip(&drop)
            .filter(|(_, d)| !**d)
            .flat_map(|(item, _)| item.iter().copied())
            .collect();
        *bytes = kept;
        Ok(())
    })
}
