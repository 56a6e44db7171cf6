//! Slice objects: `slice(start, stop, step)`, made for `obj[a:b:c]` when `obj` is an instance
//! of a Python class (its `__getitem__`/`__setitem__`/`__delitem__` receive one), with
//! `start`/`stop`/`step` and `indices(n)`.

use crate::generated::layouts::Slice;
use crate::values::{NONE, as_int, layout_of, type_name};
use crate::vm::{Error, ThreadState};
use gvmt::rt::{Value, Vm};

type Kwargs<'a> = &'a [(String, Value)];

pub fn is_slice(vm: &ThreadState, v: Value) -> bool {
    layout_of(vm, v) == Some(Slice::ID)
}

pub fn new_slice(
    vm: &mut ThreadState,
    start: Value,
    stop: Value,
    step: Value,
) -> Result<Value, Error> {
    let (s, kept) = vm.alloc_with(Slice::ID, Slice::FIXED_SIZE, [start, stop, step])?;
    let ctx = vm.vmctx();
    Slice::set_start(ctx, s, kept[0]);
    Slice::set_stop(ctx, s, kept[1]);
    Slice::set_step(ctx, s, kept[2]);
    Ok(s)
}

/// `slice(stop)` or `slice(start, stop[, step])`.
pub fn slice(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    if !kwargs.is_empty() {
        return Err(Error::new(
            "TypeError",
            "slice() takes no keyword arguments",
        ));
    }
    match args {
        [stop] => new_slice(vm, NONE, *stop, NONE),
        [start, stop] => new_slice(vm, *start, *stop, NONE),
        [start, stop, step] => new_slice(vm, *start, *stop, *step),
        _ => Err(Error::new(
            "TypeError",
            format!("slice expected at least 1 argument, got {}", args.len()),
        )),
    }
}

/// The parts of a slice.
pub fn parts(vm: &ThreadState, s: Value) -> (Value, Value, Value) {
    let ctx = vm.vmctx();
    (
        Slice::start(ctx, s),
        Slice::stop(ctx, s),
        Slice::step(ctx, s),
    )
}

/// `slice.start`, `.stop`, `.step`.
/// Slices `a` and `b` as the tuples `(start, stop, step)` they compare as.
pub fn as_tuples(vm: &mut ThreadState, a: Value, b: Value) -> Result<(Value, Value), Error> {
    let (pa, pb) = (parts(vm, a), parts(vm, b));
    vm.handle_scope(|vm| {
        let hb: Vec<_> = [pb.0, pb.1, pb.2]
            .iter()
            .map(|&v| vm.mutator().root(v))
            .collect();
        let ta = crate::objects::sequence::new_tuple(vm, &[pa.0, pa.1, pa.2])?;
        let ha = vm.mutator().root(ta);
        let pb: Vec<Value> = hb.iter().map(|&h| vm.mutator().get(h)).collect();
        let tb = crate::objects::sequence::new_tuple(vm, &pb)?;
        Ok((vm.mutator().get(ha), tb))
    })
}

pub fn attribute(vm: &ThreadState, s: Value, name: &str) -> Option<Value> {
    let (start, stop, step) = parts(vm, s);
    match name {
        "start" => Some(start),
        "stop" => Some(stop),
        "step" => Some(step),
        _ => None,
    }
}

/// `slice.indices(length)`: `(start, stop, step)` clipped to a sequence of that length.
pub fn indices(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    let [n] = args else {
        return Err(Error::new(
            "TypeError",
            format!(
                "indices() takes exactly one argument ({} given)",
                args.len()
            ),
        ));
    };
    // The length and the bounds through `__index__` (which may collect: `s` is kept).
    let (start, stop, step) = parts(vm, s);
    let (_, [n, start, stop, step]) =
        crate::protocols::index::index_values(vm, [s], [*n, start, stop, step])?;
    let Some(len) = as_int(n) else {
        return Err(Error::new(
            "TypeError",
            format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(vm, n)
            ),
        ));
    };
    if len < 0 {
        return Err(Error::new("ValueError", "length should not be negative"));
    }
    let (start, stop, step) = resolve(len, start, stop, step)?;
    let items = [
        crate::values::make_int(start)?,
        crate::values::make_int(stop)?,
        crate::values::make_int(step)?,
    ];
    crate::objects::sequence::new_tuple(vm, &items)
}

/// `slice(start, stop, step).indices(len)` for bounds that are ints or None: the start,
/// stop and step clipped to a sequence of `len` items.
pub fn resolve(len: i64, start: Value, stop: Value, step: Value) -> Result<(i64, i64, i64), Error> {
    let int = |v: Value| -> Result<Option<i64>, Error> {
        if v == NONE {
            return Ok(None);
        }
        as_int(v).map(Some).ok_or_else(|| {
            Error::new(
                "TypeError",
                "slice indices must be integers or None or have an __index__ method",
            )
        })
    };
    let step = int(step)?.unwrap_or(1);
    if step == 0 {
        return Err(Error::new("ValueError", "slice step cannot be zero"));
    }
    let (lo, hi) = if step > 0 { (0, len) } else { (-1, len - 1) };
    let clip = |v: Option<i64>, default: i64| match v {
        None => default,
        Some(i) if i < 0 => (i + len).max(lo),
        Some(i) => i.min(hi),
    };
    let start = clip(int(start)?, if step > 0 { 0 } else { len - 1 });
    let stop = clip(int(stop)?, if step > 0 { len } else { -1 });
    Ok((start, stop, step))
}

/// The positions a slice picks from a sequence of `len` items: the first, the step between
/// them and how many (CPython's `PySlice_AdjustIndices`).
#[derive(Clone, Copy, Debug)]
pub struct Picked {
    pub start: i64,
    pub step: i64,
    pub count: usize,
}

impl Picked {
    pub fn of(len: usize, start: Value, stop: Value, step: Value) -> Result<Picked, Error> {
        let (start, stop, step) = resolve(len as i64, start, stop, step)?;
        let count = if step > 0 && start < stop {
            (stop - start - 1) / step + 1
        } else if step < 0 && stop < start {
            (start - stop - 1) / -step + 1
        } else {
            0
        };
        Ok(Picked {
            start,
            step,
            count: count as usize,
        })
    }

    /// The positions, in order.
    pub fn positions(self) -> impl ExactSizeIterator<Item = usize> {
        (0..self.count).map(move |k| (self.start + k as i64 * self.step) as usize)
    }

    /// `start..start + count` when the step is 1.
    pub fn contiguous(self) -> Option<std::ops::Range<usize>> {
        (self.step == 1 || self.count <= 1).then(|| {
            let start = self.start.max(0) as usize;
            start..start + self.count
        })
    }
}

/// `repr(s)`: `slice(1, None, 2)`, each part shown by `part_repr`.
pub fn repr(vm: &ThreadState, s: Value, part_repr: &mut dyn FnMut(Value) -> String) -> String {
    let (a, b, c) = parts(vm, s);
    format!(
        "slice({}, {}, {})",
        part_repr(a),
        part_repr(b),
        part_repr(c)
    )
}
