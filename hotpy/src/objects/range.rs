//! `range` objects: the `range` builtin, `len`, slicing, equality and hashing by the
//! sequence they stand for, `index`, `count` and truth. The special methods are Rust
//! functions in `range`'s namespace (`objects/class/builtin_types.rs`).
//!
//! Owns: those operations. Must not: iterate (`protocols/iteration.rs` does).

use crate::generated::layouts::Range;
use crate::values::{self as rt, NOT_IMPLEMENTED, layout_of};
use crate::vm::{Error, ThreadState};
use gvmt::rt::{Value, Vm};

type Kwargs<'a> = &'a [(String, Value)];

pub fn is_range(vm: &ThreadState, v: Value) -> bool {
    layout_of(vm, v) == Some(Range::ID)
}

/// A range's start, step and length.
fn parts(vm: &ThreadState, r: Value) -> (i64, i64, i64) {
    let ctx = vm.vmctx();
    let n = crate::objects::range::length(vm, r).unwrap_or(0);
    (Range::start(ctx, r), Range::step(ctx, r), n)
}

/// A new range.
pub fn new_range(vm: &mut ThreadState, start: i64, stop: i64, step: i64) -> Result<Value, Error> {
    let r = vm.alloc(Range::ID, Range::FIXED_SIZE)?;
    let ctx = vm.vmctx();
    Range::set_start(ctx, r, start);
    Range::set_stop(ctx, r, stop);
    Range::set_step(ctx, r, step);
    Ok(r)
}

/// `r[lower:upper:step]`: the range of the picked items (CPython's arithmetic: the bounds
/// clipped as `slice.indices(len(r))`, scaled by the range's step).
pub fn slice(
    vm: &mut ThreadState,
    r: Value,
    lower: Value,
    upper: Value,
    step: Value,
) -> Result<Value, Error> {
    let (start, r_step, n) = parts(vm, r);
    let (i, j, k) = crate::objects::slice::resolve(n, lower, upper, step)?;
    new_range(vm, start + i * r_step, start + j * r_step, r_step * k)
}

/// The range's items as CPython compares and hashes them: its length, and its start and
/// step only where they matter (an empty range is any empty range; one item has no step).
fn identity(vm: &ThreadState, r: Value) -> (i64, Option<i64>, Option<i64>) {
    let (start, step, n) = parts(vm, r);
    (n, (n > 0).then_some(start), (n > 1).then_some(step))
}

fn receiver(vm: &ThreadState, args: &[Value], method: &str) -> Result<Value, Error> {
    match args.first() {
        Some(&r) if is_range(vm, r) => Ok(r),
        _ => Err(Error::new(
            "TypeError",
            format!("descriptor '{method}' requires a 'range' object"),
        )),
    }
}

/// `r == other`: equal if both are ranges of the same items.
fn equality(vm: &ThreadState, args: &[Value], name: &str) -> Result<Option<bool>, Error> {
    let r = receiver(vm, args, name)?;
    match args.get(1) {
        Some(&o) if is_range(vm, o) => Ok(Some(identity(vm, r) == identity(vm, o))),
        _ => Ok(None),
    }
}

pub fn range_eq(vm: &mut ThreadState, args: &[Value], _kw: Kwargs<'_>) -> Result<Value, Error> {
    Ok(equality(vm, args, "__eq__")?.map_or(NOT_IMPLEMENTED, rt::py_bool))
}

pub fn range_ne(vm: &mut ThreadState, args: &[Value], _kw: Kwargs<'_>) -> Result<Value, Error> {
    Ok(equality(vm, args, "__ne__")?.map_or(NOT_IMPLEMENTED, |b| rt::py_bool(!b)))
}

/// `hash(r)`: CPython's, the hash of `(len, start, step)` with None where they do not matter.
pub fn range_hash(vm: &mut ThreadState, args: &[Value], _kw: Kwargs<'_>) -> Result<Value, Error> {
    let r = receiver(vm, args, "__hash__")?;
    let (n, start, step) = identity(vm, r);
    let word = |x: Option<i64>| x.map_or(Ok(rt::NONE), rt::make_int);
    let items = [rt::make_int(n)?, word(start)?, word(step)?];
    let t = crate::objects::sequence::new_tuple(vm, &items)?;
    let h = crate::objects::dict::hash(vm, t)?;
    crate::modules::builtins::object_functions::hash_int(vm, h)
}

pub fn range_bool(vm: &mut ThreadState, args: &[Value], _kw: Kwargs<'_>) -> Result<Value, Error> {
    let r = receiver(vm, args, "__bool__")?;
    Ok(rt::py_bool(parts(vm, r).2 > 0))
}

pub fn range_len(vm: &mut ThreadState, args: &[Value], _kw: Kwargs<'_>) -> Result<Value, Error> {
    let r = receiver(vm, args, "__len__")?;
    rt::make_int(parts(vm, r).2)
}

/// The position of int `x` in range `r`, if it is one of its items.
fn position(vm: &ThreadState, r: Value, x: Value) -> Option<i64> {
    let x = rt::as_int(x)?;
    let (start, step, n) = parts(vm, r);
    let k = x - start;
    (k % step == 0 && (0..n).contains(&(k / step))).then(|| k / step)
}

/// `r.index(x)`: an int's position by arithmetic, anything else's by comparison.
pub fn index(vm: &mut ThreadState, r: Value, args: &[Value]) -> Result<Value, Error> {
    let [x] = args else {
        return Err(Error::new(
            "TypeError",
            format!("index() takes exactly one argument ({} given)", args.len()),
        ));
    };
    if rt::as_int(*x).is_some() || *x == rt::TRUE || *x == rt::FALSE {
        return match position(vm, r, *x) {
            Some(i) => rt::make_int(i),
            None => Err(Error::new(
                "ValueError",
                format!(
                    "{} is not in range",
                    crate::protocols::repr::repr_of(vm, *x)
                ),
            )),
        };
    }
    let (start, step, n) = parts(vm, r);
    for i in 0..n {
        let item = rt::make_int(start + i * step)?;
        let same = rt::compare(vm, 2, item, *x)?;
        if rt::is_true(vm, same)? {
            return rt::make_int(i);
        }
    }
    Err(Error::new(
        "ValueError",
        "sequence.index(x): x not in sequence",
    ))
}

/// `r.count(x)`.
pub fn count(vm: &mut ThreadState, r: Value, args: &[Value]) -> Result<Value, Error> {
    let [x] = args else {
        return Err(Error::new(
            "TypeError",
            format!("count() takes exactly one argument ({} given)", args.len()),
        ));
    };
    if rt::as_int(*x).is_some() {
        return rt::make_int(position(vm, r, *x).is_some() as i64);
    }
    let (start, step, n) = parts(vm, r);
    let mut found = 0;
    for i in 0..n {
        let item = rt::make_int(start + i * step)?;
        let same = rt::compare(vm, 2, item, *x)?;
        found += rt::is_true(vm, same)? as i64;
    }
    rt::make_int(found)
}

/// `range(stop)`, `range(start, stop)`, `range(start, stop, step)`.
pub fn range(vm: &mut ThreadState, args: &[Value]) -> Result<Value, Error> {
    let ints: Option<Vec<i64>> = args.iter().map(|&a| crate::values::as_int(a)).collect();
    let Some(ints) = ints else {
        let bad = args
            .iter()
            .find(|&&a| crate::values::as_int(a).is_none())
            .copied()
            .unwrap_or(crate::values::NONE);
        return Err(Error::new(
            "TypeError",
            format!(
                "'{}' object cannot be interpreted as an integer",
                rt::type_name(vm, bad)
            ),
        ));
    };
    let (start, stop, step) = match ints.as_slice() {
        [stop] => (0, *stop, 1),
        [start, stop] => (*start, *stop, 1),
        [start, stop, step] => (*start, *stop, *step),
        [] => {
            return Err(Error::new(
                "TypeError",
                "range expected at least 1 argument, got 0",
            ));
        }
        _ => {
            return Err(Error::new(
                "TypeError",
                format!("range expected at most 3 arguments, got {}", ints.len()),
            ));
        }
    };
    if step == 0 {
        return Err(Error::new("ValueError", "range() arg 3 must not be zero"));
    }
    new_range(vm, start, stop, step)
}

/// `len(range)`, or None for other values.
pub fn length(vm: &ThreadState, v: Value) -> Option<i64> {
    if layout_of(vm, v) != Some(Range::ID) {
        return None;
    }
    let ctx = vm.vmctx();
    let (start, stop, step) = (
        Range::start(ctx, v),
        Range::stop(ctx, v),
        Range::step(ctx, v),
    );
    let n = if step > 0 {
        (stop - start + step - 1).div_euclid(step)
    } else {
        (start - stop - step - 1).div_euclid(-step)
    };
    Some(n.max(0))
}

/// `repr(r)`: `range(0, 5)`, with the step when it is not 1.
pub fn repr(vm: &ThreadState, r: Value) -> String {
    let ctx = vm.vmctx();
    let (a, b, c) = (
        Range::start(ctx, r),
        Range::stop(ctx, r),
        Range::step(ctx, r),
    );
    if c == 1 {
        format!("range({a}, {b})")
    } else {
        format!("range({a}, {b}, {c})")
    }
}
