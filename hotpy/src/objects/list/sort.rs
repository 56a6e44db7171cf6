//! The order `sorted` and `list.sort` put items in: stable, by their keys' `<`.
//!
//! Keys that are all ints, floats (no NaN), strs, or tuples of these, are compared in Rust
//! (their `<` runs no Python code and is a total order, so a stable sort gives exactly
//! CPython's result) by the standard library's stable sort, which is adaptive as CPython's
//! timsort is: sorted and reversed input cost one pass. Other keys go through the VM's `<`
//! in a merge sort of natural runs (a sorted input costs n - 1 comparisons).
//!
//! Owns: the sorting algorithms. Must not: hold a key across a comparison unrooted (a
//! user `__lt__` may collect).

use crate::values::{FALSE, TRUE, float_value, int_value};
use crate::vm::{Error, ThreadState};
use gvmt::gc::Handle;
use std::cmp::Ordering;

/// The stable order of `keyed` (key, item) by key, as indices, `reverse` as CPython's
/// (equal keys keep their order either way).
pub fn order(
    vm: &mut ThreadState,
    keyed: &[(Handle, Handle)],
    reverse: bool,
) -> Result<Vec<usize>, Error> {
    if let Some(order) = native_order(vm, keyed, reverse) {
        return Ok(order);
    }
    merge_order(vm, keyed, reverse)
}

/// A key whose `<` the sort can decide in Rust.
#[derive(Debug, PartialEq)]
enum NativeKey {
    Int(i64),
    Float(f64),
    Str(String),
    Tuple(Vec<NativeKey>),
}

/// Tuples nested deeper than this are left to the VM's `<`.
const MAX_DEPTH: usize = 4;

fn native_key(vm: &ThreadState, v: gvmt::rt::Value, depth: usize) -> Option<NativeKey> {
    if let Some(i) = int_value(v) {
        return Some(NativeKey::Int(i));
    }
    if v == TRUE || v == FALSE {
        return Some(NativeKey::Int((v == TRUE) as i64));
    }
    if let Some(f) = float_value(vm, v) {
        return (!f.is_nan()).then_some(NativeKey::Float(f));
    }
    if let Some(s) = crate::values::str_text(vm, v) {
        return Some(NativeKey::Str(s.to_owned()));
    }
    if depth < MAX_DEPTH && crate::values::is_tuple(vm, v) {
        let items = crate::objects::sequence::items(vm, v)?;
        return items
            .iter()
            .map(|&item| native_key(vm, item, depth + 1))
            .collect::<Option<Vec<_>>>()
            .map(NativeKey::Tuple);
    }
    None
}

/// `a` against `b` as Python's `<` and `==` decide, None where Python's `<` would raise
/// (a str against an int) or is not known here.
fn compare(a: &NativeKey, b: &NativeKey) -> Option<Ordering> {
    use NativeKey::*;
    match (a, b) {
        (Int(x), Int(y)) => Some(x.cmp(y)),
        (Float(x), Float(y)) => x.partial_cmp(y),
        (Int(x), Float(y)) => Some(int_against_float(*x, *y)),
        (Float(x), Int(y)) => Some(int_against_float(*y, *x).reverse()),
        (Str(x), Str(y)) => Some(x.as_bytes().cmp(y.as_bytes())),
        (Tuple(x), Tuple(y)) => {
            // Python's tuple `<`: the first items that differ decide, else the lengths.
            for (p, q) in x.iter().zip(y) {
                match compare(p, q)? {
                    Ordering::Equal => continue,
                    decided => return Some(decided),
                }
            }
            Some(x.len().cmp(&y.len()))
        }
        _ => None,
    }
}

/// Int `i` against float `f` (not NaN), exactly (no rounding of `i`).
fn int_against_float(i: i64, f: f64) -> Ordering {
    if f.is_infinite() {
        return if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        };
    }
    let floor = f.floor();
    if floor >= 9.3e18 {
        return Ordering::Less;
    }
    if floor < -9.3e18 {
        return Ordering::Greater;
    }
    match (i as i128).cmp(&(floor as i128)) {
        Ordering::Equal if f > floor => Ordering::Less,
        decided => decided,
    }
}

/// What a key is for [`comparable`]: a number, a str, or a tuple.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Number,
    Text,
}

fn kind(key: &NativeKey) -> Option<Kind> {
    match key {
        NativeKey::Int(_) | NativeKey::Float(_) => Some(Kind::Number),
        NativeKey::Str(_) => Some(Kind::Text),
        NativeKey::Tuple(_) => None,
    }
}

/// True if every two of `keys` compare (so [`compare`] is a total order on them, as the
/// standard library's sort requires): all numbers, all strs, or all tuples of numbers and
/// strs with one kind at each position.
fn comparable(keys: &[NativeKey]) -> bool {
    let Some(first) = keys.first() else {
        return true;
    };
    if let Some(k) = kind(first) {
        return keys.iter().all(|key| kind(key) == Some(k));
    }
    let mut positions: Vec<Kind> = Vec::new();
    for key in keys {
        let NativeKey::Tuple(items) = key else {
            return false;
        };
        for (i, item) in items.iter().enumerate() {
            let Some(k) = kind(item) else {
                return false;
            };
            match positions.get(i) {
                Some(&p) if p != k => return false,
                Some(_) => {}
                None => positions.push(k),
            }
        }
    }
    true
}

/// The order by native keys, or None when some key is not one or two cannot be compared
/// here (the VM's `<` then raises CPython's TypeError).
fn native_order(vm: &ThreadState, keyed: &[(Handle, Handle)], reverse: bool) -> Option<Vec<usize>> {
    let keys = keyed
        .iter()
        .map(|&(k, _)| native_key(vm, vm.mutator_ref().get(k), 0))
        .collect::<Option<Vec<_>>>()?;
    if !comparable(&keys) {
        return None;
    }
    let mut order: Vec<usize> = (0..keys.len()).collect();
    order.sort_by(|&a, &b| {
        let (a, b) = if reverse { (b, a) } else { (a, b) };
        compare(&keys[a], &keys[b]).expect("comparable keys")
    });
    Some(order)
}

/// CPython's size below which a sort is one run and binary insertions (its `MIN_GALLOP`
/// merges start above it).
const SMALL: usize = 64;

/// The sort through the VM's `<`, as CPython's: `reverse` reverses the items before and
/// after a stable ascending sort; fewer than [`SMALL`] items are sorted exactly as CPython
/// sorts them (the first run, then binary insertion), so that even an inconsistent `<`
/// (NaN) gives its result; more are merged as natural runs (a sorted input costs n - 1
/// comparisons).
fn merge_order(
    vm: &mut ThreadState,
    keyed: &[(Handle, Handle)],
    reverse: bool,
) -> Result<Vec<usize>, Error> {
    let n = keyed.len();
    let mut order: Vec<usize> = (0..n).collect();
    if reverse {
        order.reverse();
    }
    // True if item `a`'s key is less than item `b`'s.
    let less = |vm: &mut ThreadState, a: usize, b: usize| -> Result<bool, Error> {
        let (ka, kb) = (vm.mutator().get(keyed[a].0), vm.mutator().get(keyed[b].0));
        crate::protocols::comparison::compare_bool(vm, 0, ka, kb)
    };
    // The runs from the left: a non-descending one as it is, a strictly descending one
    // reversed (which keeps the sort stable: no two of its items are equal).
    let mut runs = Vec::new();
    let mut start = 0;
    while start < n {
        let mut end = start + 1;
        if end < n && less(vm, order[end], order[end - 1])? {
            while end < n && less(vm, order[end], order[end - 1])? {
                end += 1;
            }
            order[start..end].reverse();
        } else {
            while end < n && !less(vm, order[end], order[end - 1])? {
                end += 1;
            }
        }
        if n < SMALL {
            // CPython's binarysort of the rest after the first run.
            for next in end..n {
                let pivot = order[next];
                let (mut lo, mut hi) = (0, next);
                while lo < hi {
                    let mid = lo + (hi - lo) / 2;
                    if less(vm, pivot, order[mid])? {
                        hi = mid;
                    } else {
                        lo = mid + 1;
                    }
                }
                order.copy_within(lo..next, lo + 1);
                order[lo] = pivot;
            }
            runs.push(0..n);
            break;
        }
        runs.push(start..end);
        start = end;
    }
    let mut merged = Vec::with_capacity(n);
    while runs.len() > 1 {
        let mut next_runs = Vec::with_capacity(runs.len().div_ceil(2));
        for pair in runs.chunks(2) {
            let [left, right] = pair else {
                next_runs.push(pair[0].clone());
                continue;
            };
            merged.clear();
            let (mut i, mut j) = (left.start, right.start);
            while i < left.end && j < right.end {
                // The right item first only if it is less than the left (stability).
                if less(vm, order[j], order[i])? {
                    merged.push(order[j]);
                    j += 1;
                } else {
                    merged.push(order[i]);
                    i += 1;
                }
            }
            merged.extend_from_slice(&order[i..left.end]);
            merged.extend_from_slice(&order[j..right.end]);
            order[left.start..right.end].copy_from_slice(&merged);
            next_runs.push(left.start..right.end);
        }
        runs = next_runs;
    }
    if reverse {
        order.reverse();
    }
    Ok(order)
}

#[cfg(test)]
mod tests {
    use super::NativeKey::*;
    use super::*;

    #[test]
    fn ints_and_floats_compare_exactly() {
        assert_eq!(int_against_float(1, 1.5), Ordering::Less);
        assert_eq!(int_against_float(2, 1.5), Ordering::Greater);
        assert_eq!(int_against_float(3, 3.0), Ordering::Equal);
        assert_eq!(int_against_float(-3, -2.5), Ordering::Less);
        // 2**53 + 1 is not equal to the float 2**53 (which it would round to).
        assert_eq!(
            int_against_float((1 << 53) + 1, 9007199254740992.0),
            Ordering::Greater
        );
        assert_eq!(int_against_float(i64::MAX, 1e300), Ordering::Less);
        assert_eq!(
            int_against_float(i64::MIN, f64::NEG_INFINITY),
            Ordering::Greater
        );
    }

    #[test]
    fn only_keys_that_all_compare_are_sorted_natively() {
        assert!(comparable(&[Int(1), Float(2.5), Int(-3)]));
        assert!(!comparable(&[Int(1), Str("x".into())]));
        let t = |v: Vec<NativeKey>| Tuple(v);
        assert!(comparable(&[
            t(vec![Int(1), Str("a".into())]),
            t(vec![Float(1.5)]),
            t(vec![Int(0), Str("b".into()), Int(3)])
        ]));
        assert!(!comparable(&[
            t(vec![Int(1), Str("a".into())]),
            t(vec![Int(1), Int(2)])
        ]));
        assert!(!comparable(&[t(vec![t(vec![Int(1)])])]));
        assert!(!comparable(&[t(vec![Int(1)]), Int(1)]));
    }

    #[test]
    fn tuples_compare_by_the_first_difference_then_length() {
        let t = |v: Vec<NativeKey>| Tuple(v);
        assert_eq!(
            compare(
                &t(vec![Int(1), Str("b".into())]),
                &t(vec![Int(1), Str("a".into())])
            ),
            Some(Ordering::Greater)
        );
        assert_eq!(
            compare(&t(vec![Int(1)]), &t(vec![Int(1), Int(0)])),
            Some(Ordering::Less)
        );
        // Decided before the incomparable items are reached, as in Python.
        assert_eq!(
            compare(&t(vec![Int(1), Str("a".into())]), &t(vec![Int(2), Int(0)])),
            Some(Ordering::Less)
        );
        assert_eq!(
            compare(&t(vec![Int(1), Str("a".into())]), &t(vec![Int(1), Int(0)])),
            None
        );
        assert_eq!(
            compare(&Str("é".into()), &Str("z".into())),
            Some(Ordering::Greater)
        );
    }
}
