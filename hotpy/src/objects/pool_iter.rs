//! The native state of itertools' combinatoric iterators: `product`, `permutations`,
//! `combinations` and `combinations_with_replacement` (`hotpy/lib/itertools.py` keeps the
//! classes, their argument checks and reprs; each holds one of these as `_it`). A `PoolIter`
//! holds the pool tuple (or product's tuple of pools) and the indices of CPython's
//! algorithms (`Modules/itertoolsmodule.c`) in an i64 tail; each `next` advances the
//! indices in place and makes one result tuple.
//!
//! Owns: the four index algorithms. Must not: call Python code (the pools are tuples made
//! by the caller), so a step never runs user code between reading and writing the state.

use crate::generated::layouts::{PoolIter, Tuple};
use crate::values::{EXHAUSTED, as_int, layout_of};
use crate::vm::{Error, ThreadState};
use gvmt::rt::{Value, Vm};

pub const PRODUCT: i64 = 0;
pub const PERMUTATIONS: i64 = 1;
pub const COMBINATIONS: i64 = 2;
pub const COMBINATIONS_WITH_REPLACEMENT: i64 = 3;

/// `phase`: no result given yet, giving results, exhausted.
const FIRST: i64 = 0;
const RUNNING: i64 = 1;
const DONE: i64 = 2;

pub fn is_pool_iter(vm: &ThreadState, v: Value) -> bool {
    layout_of(vm, v) == Some(PoolIter::ID)
}

/// `_hotpy.pool_iter(kind, pools, r)`: a new iterator of `kind` over `pools` (a tuple; for
/// product a tuple of tuples, `r` ignored) taking `r` items (r >= 0, checked by the caller).
pub fn pool_iter(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    crate::modules::builtins::no_keywords("pool_iter", kwargs)?;
    let [kind, pools, r] = args else {
        return Err(Error::new("TypeError", "pool_iter() takes 3 arguments"));
    };
    let ctx = vm.vmctx();
    let kind = as_int(*kind).filter(|k| (PRODUCT..=COMBINATIONS_WITH_REPLACEMENT).contains(k));
    let r = as_int(*r).filter(|&r| r >= 0);
    let (Some(kind), Some(r), true) = (kind, r, layout_of(vm, *pools) == Some(Tuple::ID)) else {
        return Err(Error::new("TypeError", "pool_iter(kind, tuple, r)"));
    };
    let n = Tuple::len(ctx, *pools) as usize;
    let r = r as usize;
    if kind == PRODUCT
        && (0..n).any(|i| layout_of(vm, Tuple::items(ctx, *pools, i)) != Some(Tuple::ID))
    {
        return Err(Error::new(
            "TypeError",
            "pool_iter: product's pools are tuples",
        ));
    }
    let indices: Vec<i64> = match kind {
        PRODUCT => vec![0; n],
        // The indices of the pool, then the cycles.
        PERMUTATIONS => (0..n as i64)
            .chain((0..r as i64).map(|k| n as i64 - k))
            .collect(),
        COMBINATIONS => (0..r as i64).collect(),
        _ => vec![0; r],
    };
    let empty = match kind {
        PRODUCT => (0..n).any(|i| Tuple::len(ctx, Tuple::items(ctx, *pools, i)) == 0),
        PERMUTATIONS | COMBINATIONS => r > n,
        _ => n == 0 && r > 0,
    };
    let size = PoolIter::size_for(indices.len());
    let (it, kept) = vm.alloc_keeping(PoolIter::ID, size, &[*pools])?;
    let ctx = vm.vmctx();
    PoolIter::set_n(ctx, it, indices.len() as i64);
    PoolIter::set_kind(ctx, it, kind);
    PoolIter::set_r(ctx, it, r as i64);
    PoolIter::set_phase(ctx, it, if empty { DONE } else { FIRST });
    PoolIter::set_pools(ctx, it, kept[0]);
    for (i, &k) in indices.iter().enumerate() {
        PoolIter::set_state(ctx, it, i, k);
    }
    Ok(it)
}

/// `itertools._iterator.__next__(self)`: the next item of `self._it` (the native iterator,
/// or generator, each of itertools' iterator classes keeps), StopIteration at the end.
pub fn wrapper_next(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    crate::modules::builtins::no_keywords("__next__", kwargs)?;
    let [this] = args else {
        return Err(Error::new(
            "TypeError",
            format!(
                "__next__() takes no arguments ({} given)",
                args.len().saturating_sub(1)
            ),
        ));
    };
    let it = vm.handle_scope(|vm| {
        let h = vm.mutator().root(*this);
        let name = vm.name_str("_it")?;
        let this = vm.mutator().get(h);
        crate::protocols::attributes::get_attr(vm, this, name)
    })?;
    match crate::protocols::iteration::iter_next(vm, it)? {
        EXHAUSTED => Err(Error::new("StopIteration", "")),
        v => Ok(v),
    }
}

/// The next result of `it`, or EXHAUSTED.
pub fn next(vm: &mut ThreadState, it: Value) -> Result<Value, Error> {
    let ctx = vm.vmctx();
    let phase = PoolIter::phase(ctx, it);
    if phase == DONE {
        return Ok(EXHAUSTED);
    }
    let kind = PoolIter::kind(ctx, it);
    let pools = PoolIter::pools(ctx, it);
    let mut state: Vec<i64> = (0..PoolIter::n(ctx, it) as usize)
        .map(|i| PoolIter::state(ctx, it, i))
        .collect();
    let r = PoolIter::r(ctx, it) as usize;
    let n = Tuple::len(ctx, pools) as usize;
    if phase == RUNNING {
        let advanced = match kind {
            PRODUCT => advance_product(vm, pools, &mut state),
            PERMUTATIONS => advance_permutations(n, r, &mut state),
            COMBINATIONS => advance_combinations(n, r, &mut state),
            _ => advance_with_replacement(n, &mut state),
        };
        if !advanced {
            PoolIter::set_phase(ctx, it, DONE);
            return Ok(EXHAUSTED);
        }
        for (i, &k) in state.iter().enumerate() {
            PoolIter::set_state(ctx, it, i, k);
        }
    } else {
        PoolIter::set_phase(ctx, it, RUNNING);
    }
    let items: Vec<Value> = if kind == PRODUCT {
        (0..n)
            .map(|i| Tuple::items(ctx, Tuple::items(ctx, pools, i), state[i] as usize))
            .collect()
    } else {
        state[..r]
            .iter()
            .map(|&k| Tuple::items(ctx, pools, k as usize))
            .collect()
    };
    crate::objects::sequence::new_tuple(vm, &items)
}

/// The odometer: the rightmost index that can advances, those after it start again.
fn advance_product(vm: &ThreadState, pools: Value, indices: &mut [i64]) -> bool {
    let ctx = vm.vmctx();
    for i in (0..indices.len()).rev() {
        let len = Tuple::len(ctx, Tuple::items(ctx, pools, i));
        if indices[i] + 1 < len {
            indices[i] += 1;
            return true;
        }
        indices[i] = 0;
    }
    false
}

/// CPython's permutations step: `state` is the `n` indices, then the `r` cycles.
fn advance_permutations(n: usize, r: usize, state: &mut [i64]) -> bool {
    if n == 0 {
        return false;
    }
    let (indices, cycles) = state.split_at_mut(n);
    for i in (0..r).rev() {
        cycles[i] -= 1;
        if cycles[i] == 0 {
            // Move index i to the end, the ones after it one to the left.
            indices[i..].rotate_left(1);
            cycles[i] = (n - i) as i64;
        } else {
            let j = cycles[i] as usize;
            indices.swap(i, n - j);
            return true;
        }
    }
    false
}

/// The rightmost index not at its maximum advances; those after it follow it.
fn advance_combinations(n: usize, r: usize, indices: &mut [i64]) -> bool {
    let Some(i) = (0..r).rev().find(|&i| indices[i] != (i + n - r) as i64) else {
        return false;
    };
    indices[i] += 1;
    for j in i + 1..r {
        indices[j] = indices[j - 1] + 1;
    }
    true
}

/// The rightmost index below `n - 1` advances; those after it take its value.
fn advance_with_replacement(n: usize, indices: &mut [i64]) -> bool {
    let Some(i) = (0..indices.len())
        .rev()
        .find(|&i| indices[i] != n as i64 - 1)
    else {
        return false;
    };
    let v = indices[i] + 1;
    indices[i..].fill(v);
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(mut state: Vec<i64>, mut step: impl FnMut(&mut [i64]) -> bool) -> Vec<Vec<i64>> {
        let mut out = vec![state.clone()];
        while step(&mut state) {
            out.push(state.clone());
        }
        out
    }

    #[test]
    fn permutations_of_three_taken_two_in_cpythons_order() {
        let got = all(vec![0, 1, 2, 3, 2], |s| advance_permutations(3, 2, s));
        let firsts: Vec<Vec<i64>> = got.iter().map(|s| s[..2].to_vec()).collect();
        assert_eq!(
            firsts,
            [[0, 1], [0, 2], [1, 0], [1, 2], [2, 0], [2, 1]].map(|a| a.to_vec())
        );
    }

    #[test]
    fn combinations_and_with_replacement_in_lexicographic_order() {
        let got = all(vec![0, 1], |s| advance_combinations(4, 2, s));
        assert_eq!(got.len(), 6);
        assert_eq!(got.last().unwrap(), &vec![2, 3]);
        let got = all(vec![0, 0], |s| advance_with_replacement(3, s));
        assert_eq!(
            got,
            [[0, 0], [0, 1], [0, 2], [1, 1], [1, 2], [2, 2]].map(|a| a.to_vec())
        );
    }

    #[test]
    fn nothing_to_choose_from_ends_at_once() {
        assert!(!advance_permutations(0, 0, &mut []));
        assert!(!advance_combinations(3, 0, &mut []));
        assert!(!advance_with_replacement(2, &mut []));
    }
}
