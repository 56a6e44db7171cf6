//! `range` objects: the `range` builtin, `len`, indexing, slicing, membership, equality
//! and hashing by the sequence they stand for, `index`, `count`, truth and iteration. A
//! range keeps its start, stop, step and length as Python ints, so its bounds may be any
//! ints (`range(sys.maxsize)`, `range(2**64)[5]`, `10**30 in range(10**31)`); the common
//! ranges, whose items fit in an i64, take i64 arithmetic and the i64 iterator. The special
//! methods are Rust functions in `range`'s namespace (`objects/class/builtin_types.rs`).
//!
//! Owns: those operations. Must not: step an iterator (`protocols/iteration.rs` does).

use crate::generated::layouts::{Range, RangeIter};
use crate::objects::int::bigint::{from_big, to_big};
use crate::values::{self as rt, NOT_IMPLEMENTED, layout_of};
use crate::vm::{Error, ThreadState};
use gvmt::rt::{Value, Vm};
use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};

type Kwargs<'a> = &'a [(String, Value)];

pub fn is_range(vm: &ThreadState, v: Value) -> bool {
    layout_of(vm, v) == Some(Range::ID)
}

/// A range's start, step and length as big ints.
struct Parts {
    start: BigInt,
    step: BigInt,
    len: BigInt,
}

fn parts(vm: &ThreadState, r: Value) -> Parts {
    let ctx = vm.vmctx();
    let big = |v: Value| to_big(vm, v).expect("a range holds ints");
    Parts {
        start: big(Range::start(ctx, r)),
        step: big(Range::step(ctx, r)),
        len: big(Range::length(ctx, r)),
    }
}

/// The range's start, step and length as i64s when every item fits in an i64 (the fast
/// path for the ranges programs loop over).
fn small_parts(vm: &ThreadState, r: Value) -> Option<(i64, i64, i64)> {
    let ctx = vm.vmctx();
    let (start, step, len) = (
        rt::as_int(Range::start(ctx, r))?,
        rt::as_int(Range::step(ctx, r))?,
        rt::as_int(Range::length(ctx, r))?,
    );
    // The last item, start + (len - 1) * step, is within the i64s: all are.
    let last = start as i128 + (len.max(1) as i128 - 1) * step as i128;
    i64::try_from(last).ok().map(|_| (start, step, len))
}

/// The number of items of `range(start, stop, step)` (CPython's `compute_range_length`).
fn count_items(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    let (low, high, step) = if step.is_positive() {
        (start, stop, step.clone())
    } else {
        (stop, start, -step)
    };
    if low >= high {
        return BigInt::zero();
    }
    (high - low - BigInt::one()) / step + BigInt::one()
}

/// A new range of the ints `start`, `stop` and `step` (step not zero).
fn new_range_of(
    vm: &mut ThreadState,
    start: Value,
    stop: Value,
    step: Value,
) -> Result<Value, Error> {
    let small = match (rt::as_int(start), rt::as_int(stop), rt::as_int(step)) {
        (Some(a), Some(b), Some(c)) => {
            // Small ints: the count in i128 (no big ints made).
            let (low, high, c) = if c > 0 { (a, b, c) } else { (b, a, -c) };
            Some(if low >= high {
                0
            } else {
                (high as i128 - low as i128 - 1) / c as i128 + 1
            })
        }
        _ => None,
    };
    let big = small.is_none().then(|| {
        let big = |v: Value| to_big(vm, v).expect("an int");
        count_items(&big(start), &big(stop), &big(step))
    });
    vm.handle_scope(|vm| {
        let hs = [start, stop, step].map(|v| vm.mutator().root(v));
        let len = match (small, &big) {
            (Some(n), _) => crate::objects::int::bigint::from_i128(vm, n)?,
            (None, Some(n)) => from_big(vm, n)?,
            (None, None) => unreachable!("one of the counts is made"),
        };
        let hlen = vm.mutator().root(len);
        let r = vm.alloc(Range::ID, Range::FIXED_SIZE)?;
        let [start, stop, step] = hs.map(|h| vm.mutator().get(h));
        let len = vm.mutator().get(hlen);
        let ctx = vm.vmctx();
        Range::set_start(ctx, r, start);
        Range::set_stop(ctx, r, stop);
        Range::set_step(ctx, r, step);
        Range::set_length(ctx, r, len);
        Ok(r)
    })
}

/// A new range of big ints.
fn new_big_range(
    vm: &mut ThreadState,
    start: &BigInt,
    stop: &BigInt,
    step: &BigInt,
) -> Result<Value, Error> {
    let start = from_big(vm, start)?;
    vm.handle_scope(|vm| {
        let hstart = vm.mutator().root(start);
        let stop = from_big(vm, stop)?;
        let hstop = vm.mutator().root(stop);
        let step = from_big(vm, step)?;
        let (start, stop) = (vm.mutator().get(hstart), vm.mutator().get(hstop));
        new_range_of(vm, start, stop, step)
    })
}

/// `r[lower:upper:step]`: the range of the picked items (CPython's `compute_slice`: the
/// bounds clipped as `slice.indices(len(r))`, scaled by the range's step).
pub fn slice(
    vm: &mut ThreadState,
    r: Value,
    lower: Value,
    upper: Value,
    step: Value,
) -> Result<Value, Error> {
    let p = parts(vm, r);
    let bound = |v: Value| -> Result<Option<BigInt>, Error> {
        if v == rt::NONE {
            return Ok(None);
        }
        to_big(vm, v).map(Some).ok_or_else(|| {
            Error::new(
                "TypeError",
                "slice indices must be integers or None or have an __index__ method",
            )
        })
    };
    let k = bound(step)?.unwrap_or_else(BigInt::one);
    if k.is_zero() {
        return Err(Error::new("ValueError", "slice step cannot be zero"));
    }
    let n = &p.len;
    let (lo, hi) = if k.is_positive() {
        (BigInt::zero(), n.clone())
    } else {
        (BigInt::from(-1), n - BigInt::one())
    };
    let clip = |v: Option<BigInt>, default: BigInt| match v {
        None => default,
        Some(i) if i.is_negative() => (i + n).max(lo.clone()),
        Some(i) => i.min(hi.clone()),
    };
    let (i, j) = if k.is_positive() {
        (
            clip(bound(lower)?, BigInt::zero()),
            clip(bound(upper)?, n.clone()),
        )
    } else {
        (
            clip(bound(lower)?, n - BigInt::one()),
            clip(bound(upper)?, BigInt::from(-1)),
        )
    };
    let start = &p.start + i * &p.step;
    let stop = &p.start + j * &p.step;
    new_big_range(vm, &start, &stop, &(&p.step * k))
}

/// The range's items as CPython compares and hashes them: its length, and its start and
/// step only where they matter (an empty range is any empty range; one item has no step).
fn identity(vm: &ThreadState, r: Value) -> (BigInt, Option<BigInt>, Option<BigInt>) {
    let p = parts(vm, r);
    let one = BigInt::one();
    let start = p.len.is_positive().then(|| p.start.clone());
    let step = (p.len > one).then(|| p.step.clone());
    (p.len, start, step)
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
    let ctx = vm.vmctx();
    let (len, start, step) = (
        Range::length(ctx, r),
        Range::start(ctx, r),
        Range::step(ctx, r),
    );
    let n = parts(vm, r).len;
    let items = [
        len,
        if n.is_positive() { start } else { rt::NONE },
        if n > BigInt::one() { step } else { rt::NONE },
    ];
    let t = crate::objects::sequence::new_tuple(vm, &items)?;
    let h = crate::objects::dict::hash(vm, t)?;
    crate::modules::builtins::object_functions::hash_int(vm, h)
}

pub fn range_bool(vm: &mut ThreadState, args: &[Value], _kw: Kwargs<'_>) -> Result<Value, Error> {
    let r = receiver(vm, args, "__bool__")?;
    Ok(rt::py_bool(parts(vm, r).len.is_positive()))
}

/// `len(r)`: an OverflowError past the largest `Py_ssize_t`, as CPython.
pub fn range_len(vm: &mut ThreadState, args: &[Value], _kw: Kwargs<'_>) -> Result<Value, Error> {
    let r = receiver(vm, args, "__len__")?;
    len_of(vm, r)
}

/// The length of range `r` as `len()` gives it.
pub fn len_of(vm: &mut ThreadState, r: Value) -> Result<Value, Error> {
    let len = Range::length(vm.vmctx(), r);
    match to_big(vm, len).and_then(|n| n.to_i64()) {
        Some(_) => Ok(len),
        None => Err(Error::new(
            "OverflowError",
            "Python int too large to convert to C ssize_t",
        )),
    }
}

/// `r[index]` for an int `index` (CPython's `compute_range_item`).
pub fn item(vm: &mut ThreadState, r: Value, index: Value) -> Result<Value, Error> {
    if let Some((start, step, len)) = small_parts(vm, r)
        && let Some(i) = rt::as_int(index)
    {
        let at = if i < 0 { i + len } else { i };
        if at < 0 || at >= len {
            return Err(Error::new("IndexError", "range object index out of range"));
        }
        return crate::objects::int::bigint::from_i128(
            vm,
            start as i128 + at as i128 * step as i128,
        );
    }
    let p = parts(vm, r);
    let Some(i) = to_big(vm, index) else {
        return Err(Error::new(
            "TypeError",
            format!(
                "range indices must be integers or slices, not {}",
                rt::type_name(vm, index)
            ),
        ));
    };
    let at = if i.is_negative() { i + &p.len } else { i };
    if at.is_negative() || at >= p.len {
        return Err(Error::new("IndexError", "range object index out of range"));
    }
    from_big(vm, &(p.start + at * p.step))
}

/// The item at position `i` if there is one (what an index-based iterator reads).
pub fn item_at(vm: &mut ThreadState, r: Value, i: usize) -> Result<Option<Value>, Error> {
    let p = parts(vm, r);
    let i = BigInt::from(i);
    if i >= p.len {
        return Ok(None);
    }
    from_big(vm, &(p.start + i * p.step)).map(Some)
}

/// The position of int `x` in range `r`, if it is one of its items (None for a value that
/// is not an int).
fn position(vm: &ThreadState, r: Value, x: Value) -> Option<Option<BigInt>> {
    let x = to_big(vm, x)?;
    let p = parts(vm, r);
    let k = x - &p.start;
    let (q, rem) = (&k / &p.step, &k % &p.step);
    Some((rem.is_zero() && !q.is_negative() && q < p.len).then_some(q))
}

/// `x in r` for an int or bool `x` (None for anything else: compared item by item).
pub fn contains_int(vm: &ThreadState, r: Value, x: Value) -> Option<bool> {
    if let Some((start, step, len)) = small_parts(vm, r)
        && let Some(x) = rt::as_int(x)
    {
        let k = x as i128 - start as i128;
        let step = step as i128;
        return Some(k % step == 0 && (0..len as i128).contains(&(k / step)));
    }
    position(vm, r, x).map(|p| p.is_some())
}

/// `x in r`: ints and bools by arithmetic, floats by their value, anything else compared
/// with each item (CPython's `range_contains`).
pub fn contains(vm: &mut ThreadState, r: Value, x: Value) -> Result<bool, Error> {
    if let Some(found) = contains_int(vm, r, x) {
        return Ok(found);
    }
    if let Some(f) = rt::float_value(vm, x) {
        // Only an integral float can equal an item.
        return Ok(f.fract() == 0.0
            && num_traits::FromPrimitive::from_f64(f).is_some_and(|b: BigInt| {
                let p = parts(vm, r);
                let k = b - &p.start;
                (&k % &p.step).is_zero() && {
                    let q = k / &p.step;
                    !q.is_negative() && q < p.len
                }
            }));
    }
    Ok(first_equal(vm, r, x, true)?.is_some())
}

/// `r.index(x)`: an int's position by arithmetic, anything else's by comparison.
pub fn index(vm: &mut ThreadState, r: Value, args: &[Value]) -> Result<Value, Error> {
    let [x] = args else {
        return Err(Error::new(
            "TypeError",
            format!("index() takes exactly one argument ({} given)", args.len()),
        ));
    };
    if let Some(found) = position(vm, r, *x) {
        return match found {
            Some(i) => from_big(vm, &i),
            None => Err(Error::new(
                "ValueError",
                format!(
                    "{} is not in range",
                    crate::protocols::repr::repr_of(vm, *x)
                ),
            )),
        };
    }
    match first_equal(vm, r, *x, true)? {
        Some(i) => rt::make_int(i),
        None => Err(Error::new(
            "ValueError",
            "sequence.index(x): x not in sequence",
        )),
    }
}

/// Walks the items of `r` comparing each with `x`: the position of the first equal one
/// (`stop_at_first`), or how many are equal.
fn first_equal(
    vm: &mut ThreadState,
    r: Value,
    x: Value,
    stop_at_first: bool,
) -> Result<Option<i64>, Error> {
    vm.handle_scope(|vm| {
        let (hr, hx) = (vm.mutator().root(r), vm.mutator().root(x));
        let mut found = 0;
        let mut i = 0;
        loop {
            let r = vm.mutator().get(hr);
            let Some(item) = item_at(vm, r, i)? else {
                break;
            };
            let same = rt::compare(vm, 2, item, vm.mutator_ref().get(hx))?;
            if rt::is_true(vm, same)? {
                if stop_at_first {
                    return Ok(Some(i as i64));
                }
                found += 1;
            }
            i += 1;
        }
        Ok((!stop_at_first).then_some(found))
    })
}

/// `r.count(x)`.
pub fn count(vm: &mut ThreadState, r: Value, args: &[Value]) -> Result<Value, Error> {
    let [x] = args else {
        return Err(Error::new(
            "TypeError",
            format!("count() takes exactly one argument ({} given)", args.len()),
        ));
    };
    if let Some(found) = position(vm, r, *x) {
        return rt::make_int(found.is_some() as i64);
    }
    let n = first_equal(vm, r, *x, false)?.unwrap_or(0);
    rt::make_int(n)
}

/// `range(stop)`, `range(start, stop)`, `range(start, stop, step)` (the arguments already
/// through `__index__`).
pub fn range(vm: &mut ThreadState, args: &[Value]) -> Result<Value, Error> {
    let is_int = |a: Value| {
        rt::as_int(a).is_some()
            || a == rt::TRUE
            || a == rt::FALSE
            || crate::objects::int::bigint::is_big(vm, a)
    };
    if let Some(&bad) = args.iter().find(|&&a| !is_int(a)) {
        return Err(Error::new(
            "TypeError",
            format!(
                "'{}' object cannot be interpreted as an integer",
                rt::type_name(vm, bad)
            ),
        ));
    }
    let int = |v: Value| {
        if v == rt::TRUE || v == rt::FALSE {
            rt::make_int((v == rt::TRUE) as i64)
        } else {
            Ok(v)
        }
    };
    let (start, stop, step) = match *args {
        [stop] => (rt::make_int(0)?, int(stop)?, rt::make_int(1)?),
        [start, stop] => (int(start)?, int(stop)?, rt::make_int(1)?),
        [start, stop, step] => (int(start)?, int(stop)?, int(step)?),
        [] => {
            return Err(Error::new(
                "TypeError",
                "range expected at least 1 argument, got 0",
            ));
        }
        _ => {
            return Err(Error::new(
                "TypeError",
                format!("range expected at most 3 arguments, got {}", args.len()),
            ));
        }
    };
    if rt::as_int(step) == Some(0) {
        return Err(Error::new("ValueError", "range() arg 3 must not be zero"));
    }
    new_range_of(vm, start, stop, step)
}

/// `len(range)` clamped to the i64s, or None for other values (for sizes and positions,
/// which no range past the i64s can reach).
pub fn length(vm: &ThreadState, v: Value) -> Option<i64> {
    if layout_of(vm, v) != Some(Range::ID) {
        return None;
    }
    let len = Range::length(vm.vmctx(), v);
    Some(
        rt::as_int(len)
            .unwrap_or_else(|| to_big(vm, len).and_then(|n| n.to_i64()).unwrap_or(i64::MAX)),
    )
}

/// `iter(r)`: the i64 iterator when every item fits in an i64, else an iterator that reads
/// the range by position.
pub fn iter(vm: &mut ThreadState, r: Value) -> Result<Value, Error> {
    let Some((start, step, len)) = small_parts(vm, r) else {
        return crate::objects::sequence::iter(vm, r);
    };
    // The item after the last: it may pass the i64s; the iterator clamps it.
    let end = start as i128 + len as i128 * step as i128;
    let stop = end.clamp(i64::MIN as i128, i64::MAX as i128) as i64;
    let it = vm.alloc(RangeIter::ID, RangeIter::FIXED_SIZE)?;
    let ctx = vm.vmctx();
    RangeIter::set_next(ctx, it, start);
    RangeIter::set_stop(ctx, it, stop);
    RangeIter::set_step(ctx, it, step);
    Ok(it)
}

/// `repr(r)`: `range(0, 5)`, with the step when it is not 1.
pub fn repr(vm: &ThreadState, r: Value) -> String {
    let ctx = vm.vmctx();
    let text = |v: Value| to_big(vm, v).expect("an int").to_string();
    let (a, b, step) = (
        text(Range::start(ctx, r)),
        text(Range::stop(ctx, r)),
        Range::step(ctx, r),
    );
    if rt::as_int(step) == Some(1) {
        format!("range({a}, {b})")
    } else {
        format!("range({a}, {b}, {})", text(step))
    }
}
