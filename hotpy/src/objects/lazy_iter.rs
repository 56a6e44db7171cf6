//! The lazy iterators of the builtins `enumerate`, `zip`, `map` and `filter`: each is a
//! `LazyIter` object holding its underlying iterators, pulling one item at a time (so they
//! work on infinite and shared iterators, as in CPython).

use crate::generated::layouts::LazyIter;
use crate::values::{EXHAUSTED, NONE, type_name};
use crate::vm::{Error, ThreadState};
use gvmt::gc::Handle;
use gvmt::rt::{Value, Vm};

type Kwargs<'a> = &'a [(String, Value)];

pub(crate) const ENUMERATE: i64 = 0;
pub(crate) const ZIP: i64 = 1;
pub(crate) const MAP: i64 = 2;
pub(crate) const FILTER: i64 = 3;

pub fn kind_name(vm: &ThreadState, v: Value) -> &'static str {
    match LazyIter::kind(vm.vmctx(), v) {
        ENUMERATE => "enumerate",
        ZIP => "zip",
        MAP => "map",
        _ => "filter",
    }
}

/// A new lazy iterator over `iterables` (each made an iterator here).
fn make(
    vm: &mut ThreadState,
    kind: i64,
    func: Value,
    iterables: &[Value],
    count: i64,
) -> Result<Value, Error> {
    vm.handle_scope(|vm| {
        let hf = vm.mutator().root(func);
        let handles: Vec<Handle> = iterables.iter().map(|&v| vm.mutator().root(v)).collect();
        let mut iterators = Vec::new();
        for &h in &handles {
            let v = vm.mutator().get(h);
            let it = crate::protocols::iteration::get_iter(vm, v)?;
            iterators.push(vm.mutator().root(it));
        }
        let values: Vec<Value> = iterators.iter().map(|&h| vm.mutator().get(h)).collect();
        let tuple = crate::objects::sequence::new_tuple(vm, &values)?;
        let func = vm.mutator().get(hf);
        let (it, kept) = vm.alloc_with(LazyIter::ID, LazyIter::FIXED_SIZE, [func, tuple])?;
        let ctx = vm.vmctx();
        LazyIter::set_kind(ctx, it, kind);
        LazyIter::set_func(ctx, it, kept[0]);
        LazyIter::set_sources(ctx, it, kept[1]);
        LazyIter::set_count(ctx, it, count);
        Ok(it)
    })
}

pub fn enumerate(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    let mut start = args.get(1).copied();
    for (k, v) in kwargs {
        if k != "start" {
            return Err(Error::new(
                "TypeError",
                format!("'{k}' is an invalid keyword argument for enumerate()"),
            ));
        }
        start = Some(*v);
    }
    let Some(&iterable) = args.first().filter(|_| args.len() <= 2) else {
        return Err(Error::new(
            "TypeError",
            format!(
                "enumerate() takes at most 2 arguments ({} given)",
                args.len()
            ),
        ));
    };
    let start = match start {
        None => 0,
        Some(s) => crate::values::as_int(s).ok_or_else(|| {
            Error::new(
                "TypeError",
                format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name(vm, s)
                ),
            )
        })?,
    };
    make(vm, ENUMERATE, NONE, &[iterable], start)
}

pub fn zip(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    if let Some((k, _)) = kwargs.iter().find(|(k, _)| k != "strict") {
        return Err(Error::new(
            "TypeError",
            format!("zip() got an unexpected keyword argument '{k}'"),
        ));
    }
    // `count` holds `strict` for a zip.
    let strict = match kwargs.first() {
        Some(&(_, v)) => crate::values::is_true(vm, v)?,
        None => false,
    };
    make(vm, ZIP, NONE, args, strict as i64)
}

/// The ValueError of `zip(strict=True)` whose argument `i` (from 0) ended first or last.
fn zip_mismatch(i: usize, shorter_or_longer: &str) -> Error {
    let others = if i == 1 {
        "argument 1".to_string()
    } else {
        format!("arguments 1-{i}")
    };
    Error::new(
        "ValueError",
        format!(
            "zip() argument {} is {shorter_or_longer} than {others}",
            i + 1
        ),
    )
}

pub fn map(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    if !kwargs.is_empty() {
        return Err(Error::new("TypeError", "map() takes no keyword arguments"));
    }
    let Some((&f, iterables)) = args.split_first().filter(|(_, rest)| !rest.is_empty()) else {
        return Err(Error::new(
            "TypeError",
            "map() must have at least two arguments.",
        ));
    };
    make(vm, MAP, f, iterables, 0)
}

pub fn filter(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    if !kwargs.is_empty() {
        return Err(Error::new(
            "TypeError",
            "filter() takes no keyword arguments",
        ));
    }
    let [f, iterable] = args else {
        return Err(Error::new(
            "TypeError",
            format!("filter expected 2 arguments, got {}", args.len()),
        ));
    };
    make(vm, FILTER, *f, &[*iterable], 0)
}

/// The next item, or EXHAUSTED.
pub fn next(vm: &mut ThreadState, it: Value) -> Result<Value, Error> {
    vm.handle_scope(|vm| {
        let hit = vm.mutator().root(it);
        next_rooted(vm, hit)
    })
}

fn next_rooted(vm: &mut ThreadState, hit: Handle) -> Result<Value, Error> {
    let it = vm.mutator().get(hit);
    let kind = LazyIter::kind(vm.vmctx(), it);
    let n = crate::objects::sequence::len(vm, LazyIter::sources(vm.vmctx(), it)).unwrap_or(0);
    let source = |vm: &mut ThreadState, i: usize| -> Value {
        let it = vm.mutator().get(hit);
        let sources = LazyIter::sources(vm.vmctx(), it);
        crate::objects::sequence::items(vm, sources).unwrap_or_default()[i]
    };
    if n == 0 {
        return Ok(EXHAUSTED);
    }
    let strict = kind == ZIP && LazyIter::count(vm.vmctx(), it) == 1;
    loop {
        // `Some(item)`: the result; `None`: a filtered-out row, try the next one.
        let found = vm.handle_scope(|vm| -> Result<Option<Value>, Error> {
            // One item from each source (stopping at the first exhausted one).
            let mut row = Vec::with_capacity(n);
            for i in 0..n {
                let src = source(vm, i);
                let item = crate::protocols::iteration::iter_next(vm, src)?;
                if item == EXHAUSTED {
                    if strict && i > 0 {
                        return Err(zip_mismatch(i, "shorter"));
                    }
                    if strict {
                        for j in 1..n {
                            let src = source(vm, j);
                            if crate::protocols::iteration::iter_next(vm, src)? != EXHAUSTED {
                                return Err(zip_mismatch(j, "longer"));
                            }
                        }
                    }
                    return Ok(Some(EXHAUSTED));
                }
                row.push(vm.mutator().root(item));
            }
            let values: Vec<Value> = row.iter().map(|&h| vm.mutator().get(h)).collect();
            let it = vm.mutator().get(hit);
            let func = LazyIter::func(vm.vmctx(), it);
            match kind {
                ENUMERATE => {
                    let count = LazyIter::count(vm.vmctx(), it);
                    LazyIter::set_count(vm.vmctx(), it, count + 1);
                    let index = crate::objects::int::bigint::from_i128(vm, count as i128)?;
                    let value = vm.mutator().get(row[0]);
                    crate::objects::sequence::new_tuple(vm, &[index, value]).map(Some)
                }
                ZIP => crate::objects::sequence::new_tuple(vm, &values).map(Some),
                MAP => vm.call(func, &values, &[]).map(Some),
                _ => {
                    let keep = if func == NONE {
                        crate::values::is_true(vm, values[0])?
                    } else {
                        let r = vm.call(func, &values, &[])?;
                        crate::values::is_true(vm, r)?
                    };
                    Ok(keep.then(|| vm.mutator().get(row[0])))
                }
            }
        })?;
        if let Some(item) = found {
            return Ok(item);
        }
    }
}
