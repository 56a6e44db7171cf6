//! Comparisons: `< <= == != > >=` on numbers, strings and sequences (lexicographic, element
//! by element), then Python's rich comparison protocol.

use crate::objects::{bytes, dict as dicts, int::bigint, sequence as sequences, set as sets};
use crate::protocols::dunder;
use crate::values::*;
use crate::vm::{Error, ThreadState};
use gvmt::rt::Value;

/// Lexicographic comparison of two lists or two tuples: the first pair of items that differ
/// decides, else the lengths. Items are re-read through handles after every item comparison,
/// which may run `__eq__`.
fn compare_sequences(vm: &mut ThreadState, op: i64, a: Value, b: Value) -> Result<Value, Error> {
    vm.nested(" in comparison", |vm| compare_items(vm, op, a, b))
}

/// [`compare_sequences`] one level down.
fn compare_items(vm: &mut ThreadState, op: i64, a: Value, b: Value) -> Result<Value, Error> {
    vm.handle_scope(|vm| {
        let (ha, hb) = (vm.mutator().root(a), vm.mutator().root(b));
        let mut i = 0;
        loop {
            // Read anew at each step: an item's `__eq__` may change the lists or collect.
            let (a, b) = (vm.mutator().get(ha), vm.mutator().get(hb));
            match (sequences::item_at(vm, a, i), sequences::item_at(vm, b, i)) {
                (Some(p), Some(q)) => {
                    if compare_bool(vm, 2, p, q)? {
                        i += 1;
                        continue;
                    }
                    return match op {
                        2 => Ok(FALSE),
                        3 => Ok(TRUE),
                        _ => {
                            let (a, b) = (vm.mutator().get(ha), vm.mutator().get(hb));
                            match (sequences::item_at(vm, a, i), sequences::item_at(vm, b, i)) {
                                (Some(p), Some(q)) => compare(vm, op, p, q),
                                // `__eq__` shortened a list: compare what is left.
                                _ => compare_sequences(vm, op, a, b),
                            }
                        }
                    };
                }
                _ => {
                    let (m, n) = (
                        sequences::len(vm, a).unwrap_or(0),
                        sequences::len(vm, b).unwrap_or(0),
                    );
                    let r = match op {
                        0 => m < n,
                        1 => m <= n,
                        2 => m == n,
                        3 => m != n,
                        4 => m > n,
                        _ => m >= n,
                    };
                    return Ok(py_bool(r));
                }
            }
        }
    })
}

/// `a <op> b` as a truth value, as CPython's `PyObject_RichCompareBool` (what containers,
/// sorting, `min` and `max` use): the same object is equal to itself, and a result that is
/// not a bool counts by its truth (`__eq__` returning 1 is equal).
pub fn compare_bool(vm: &mut ThreadState, op: i64, a: Value, b: Value) -> Result<bool, Error> {
    if a == b && (op == 2 || op == 3) {
        return Ok(op == 2);
    }
    match compare(vm, op, a, b)? {
        TRUE => Ok(true),
        FALSE => Ok(false),
        r => is_true(vm, r),
    }
}

/// `left <op> right` for CPython's comparison codes (0 `<` ... 5 `>=`).
pub fn compare(vm: &mut ThreadState, op: i64, a: Value, b: Value) -> Result<Value, Error> {
    use std::cmp::Ordering;
    if (op == 2 || op == 3) && (a == NONE || b == NONE) {
        // `x == None`: by identity unless `x` is an instance whose `__eq__` may say otherwise.
        let other = if a == NONE { b } else { a };
        if other == NONE || as_int(other).is_some() || !dunder::takes_part(vm, other) {
            return Ok(py_bool((a == b) == (op == 2)));
        }
    }
    if op < 6
        && let Some(r) = dunder::compare(vm, op, a, b)?
    {
        return Ok(r);
    }
    if op < 6
        && let Some(r) = sets::compare(vm, op, a, b)?
    {
        return Ok(r);
    }
    use crate::objects::memoryview as views;
    if (op == 2 || op == 3) && (views::is_memoryview(vm, a) || views::is_memoryview(vm, b)) {
        let (view, other) = if views::is_memoryview(vm, a) {
            (a, b)
        } else {
            (b, a)
        };
        let equal = views::equal(vm, view, other)?;
        return Ok(py_bool(equal == (op == 2)));
    }
    if (op == 8 || op == 9) && crate::objects::range::is_range(vm, b) {
        let found = crate::objects::range::contains(vm, b, a)?;
        return Ok(py_bool(found == (op == 8)));
    }
    if (op == 8 || op == 9) && bytes::is_bytes_like(vm, b) {
        let found = bytes::contains(vm, b, a)?;
        return Ok(py_bool(found == (op == 8)));
    }
    if (op == 8 || op == 9) && sets::is_set(vm, b) {
        let found = sets::contains(vm, b, a)?;
        return Ok(py_bool(found == (op == 8)));
    }
    if (op == 8 || op == 9) && dunder::takes_part(vm, b) {
        // `__contains__`, else a search of the iteration (`__iter__` or `__getitem__`).
        let found = vm.handle_scope(|vm| {
            let (ha, hb) = (vm.mutator().root(a), vm.mutator().root(b));
            if let Some(r) = dunder::call(vm, b, "__contains__", &[a])? {
                return is_true(vm, r);
            }
            let (a, b) = (vm.mutator().get(ha), vm.mutator().get(hb));
            iteration_contains(vm, a, b)
        });
        return Ok(py_bool(found? == (op == 8)));
    }
    if (op == 8 || op == 9)
        && let Some(r) = dunder::call(vm, b, "__contains__", &[a])?
    {
        let found = is_true(vm, r)?;
        return Ok(py_bool(found == (op == 8)));
    }
    match op {
        6 => return Ok(py_bool(a == b)),
        7 => return Ok(py_bool(a != b)),
        8 | 9 if dicts::is_dict(vm, b) => {
            let found = dicts::get(vm, b, a)?.is_some();
            return Ok(py_bool(found == (op == 8)));
        }
        8 | 9 if sequences::len(vm, b).is_some() => {
            let mut found = false;
            sequences::each_equal(vm, b, a, |_| {
                found = true;
                false
            })?;
            return Ok(py_bool(found == (op == 8)));
        }
        8 | 9 => {
            let found = match (str_value(vm, a), str_value(vm, b)) {
                (Some(x), Some(y)) => y.contains(&x),
                (None, Some(_)) => {
                    return Err(Error::new(
                        "TypeError",
                        format!(
                            "'in <string>' requires string as left operand, not {}",
                            type_name(vm, a)
                        ),
                    ));
                }
                _ => iteration_contains(vm, a, b)?,
            };
            return Ok(py_bool(found == (op == 8)));
        }
        _ => {}
    }
    let ordering = if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
        Some(x.cmp(&y))
    } else if let Some(o) = bigint::compare(vm, a, b) {
        Some(o)
    } else if let Some(o) = int_and_float(vm, a, b) {
        o
    } else if let (Some(x), Some(y)) = (as_float(vm, a), as_float(vm, b)) {
        x.partial_cmp(&y)
    } else if let (Some(x), Some(y)) = (str_value(vm, a), str_value(vm, b)) {
        Some(x.cmp(&y))
    } else if let (Some(x), Some(y)) = (bytes::value(vm, a), bytes::value(vm, b)) {
        Some(x.cmp(&y))
    } else {
        use crate::generated::layouts::{List, Tuple};
        let (la, lb) = (layout_of(vm, a), layout_of(vm, b));
        if la == lb && matches!(la, Some(List::ID | Tuple::ID)) {
            return compare_sequences(vm, op, a, b);
        }
        if crate::objects::slice::is_slice(vm, a) && crate::objects::slice::is_slice(vm, b) {
            // Slices compare as the tuples (start, stop, step).
            let (a, b) = crate::objects::slice::as_tuples(vm, a, b)?;
            return compare_sequences(vm, op, a, b);
        }
        if (op == 2 || op == 3) && dicts::is_dict(vm, a) && dicts::is_dict(vm, b) {
            let equal = dicts::equal_dicts(vm, a, b)?;
            return Ok(py_bool(equal == (op == 2)));
        }
        if op == 2 || op == 3 {
            if sequences::len(vm, a).is_some() && sequences::len(vm, b).is_some() {
                // A list and a tuple are never equal.
                return Ok(py_bool(op == 3));
            }
            if let Some(equal) = crate::objects::method::equal(vm, a, b)? {
                return Ok(py_bool(equal == (op == 2)));
            }
            // Other objects compare by identity.
            return Ok(py_bool((a == b) == (op == 2)));
        }
        let symbol = ["<", "<=", "==", "!=", ">", ">="][op as usize % 6];
        return Err(Error::new(
            "TypeError",
            format!(
                "'{symbol}' not supported between instances of '{}' and '{}'",
                type_name(vm, a),
                type_name(vm, b)
            ),
        ));
    };
    let result = match ordering {
        // NaN: every comparison but != is false.
        None => op == 3,
        Some(o) => match op {
            0 => o == Ordering::Less,
            1 => o != Ordering::Greater,
            2 => o == Ordering::Equal,
            3 => o != Ordering::Equal,
            4 => o == Ordering::Greater,
            _ => o != Ordering::Less,
        },
    };
    Ok(py_bool(result))
}

/// `a <=> b` exactly when one is an int (of any size) and the other a float: `Some(None)`
/// when the float is NaN, `None` when the operands are not an int and a float.
fn int_and_float(vm: &ThreadState, a: Value, b: Value) -> Option<Option<std::cmp::Ordering>> {
    // A small int of at most 53 bits converts to a float exactly: no big int needed.
    const EXACT: i64 = 1 << 53;
    match (as_int(a), float_value(vm, b), float_value(vm, a), as_int(b)) {
        (Some(i), Some(f), _, _) if i.abs() <= EXACT => return Some((i as f64).partial_cmp(&f)),
        (_, _, Some(f), Some(i)) if i.abs() <= EXACT => return Some(f.partial_cmp(&(i as f64))),
        _ => {}
    }
    if let (Some(i), Some(f)) = (bigint::to_big(vm, a), float_value(vm, b)) {
        return Some(crate::objects::float::compare_with_int(&i, f));
    }
    let (f, i) = (float_value(vm, a)?, bigint::to_big(vm, b)?);
    Some(crate::objects::float::compare_with_int(&i, f).map(std::cmp::Ordering::reverse))
}

/// `a in b` for a `b` without `__contains__`: a search of its iteration, stopping at the
/// first item equal to `a` (so an infinite iterator that holds `a` answers).
fn iteration_contains(vm: &mut ThreadState, a: Value, b: Value) -> Result<bool, Error> {
    vm.handle_scope(|vm| {
        let (ha, hb) = (vm.mutator().root(a), vm.mutator().root(b));
        let it = match crate::protocols::iteration::get_iter(vm, b) {
            Ok(it) => it,
            Err(e) if e.is("TypeError") && e.message().ends_with("is not iterable") => {
                let b = vm.mutator().get(hb);
                return Err(Error::new(
                    "TypeError",
                    format!("argument of type '{}' is not iterable", type_name(vm, b)),
                ));
            }
            Err(e) => return Err(e),
        };
        let hit = vm.mutator().root(it);
        loop {
            let it = vm.mutator().get(hit);
            let x = crate::protocols::iteration::iter_next(vm, it)?;
            if x == EXHAUSTED {
                return Ok(false);
            }
            let a = vm.mutator().get(ha);
            if x == a {
                return Ok(true);
            }
            let r = compare(vm, 2, x, a)?;
            if is_true(vm, r)? {
                return Ok(true);
            }
        }
    })
}
