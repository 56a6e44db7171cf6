//! Dict views: `d.keys()`, `d.values()` and `d.items()`, live views of a dict (they see its
//! later changes). Their special methods are Rust functions in their types' namespaces
//! (`dict_keys.__len__`...), found and called by the same special-method dispatch as a
//! Python class's (`dunder.rs`), so `len`, `in`, iteration, `repr`, `==` and the set
//! operators of keys and items views need no case of their own elsewhere.
//!
//! Owns: the view objects and their methods. Must not: change the dict.

use crate::generated::layouts::DictView;
use crate::values::{self as rt, NOT_IMPLEMENTED, layout_of};
use crate::vm::{Error, ThreadState};
use gvmt::rt::{Value, Vm};

type Kwargs<'a> = &'a [(String, Value)];

pub const KEYS: i64 = 0;
pub const VALUES: i64 = 1;
pub const ITEMS: i64 = 2;

/// The type names of the three kinds.
pub const NAMES: [&str; 3] = ["dict_keys", "dict_values", "dict_items"];

/// A new view of dict `d`.
pub fn new_view(vm: &mut ThreadState, d: Value, kind: i64) -> Result<Value, Error> {
    let (v, kept) = vm.alloc_with(DictView::ID, DictView::FIXED_SIZE, [d])?;
    DictView::set_dict(vm.vmctx(), v, kept[0]);
    DictView::set_kind(vm.vmctx(), v, kind);
    Ok(v)
}

pub fn is_view(vm: &ThreadState, v: Value) -> bool {
    layout_of(vm, v) == Some(DictView::ID)
}

pub fn kind(vm: &ThreadState, v: Value) -> i64 {
    DictView::kind(vm.vmctx(), v)
}

/// The view's elements now: keys, values or `(key, value)` tuples.
pub fn elements(vm: &mut ThreadState, view: Value) -> Result<Vec<Value>, Error> {
    let d = DictView::dict(vm.vmctx(), view);
    let entries = crate::objects::dict::entries(vm, d);
    match kind(vm, view) {
        KEYS => Ok(entries.iter().map(|e| e.0).collect()),
        VALUES => Ok(entries.iter().map(|e| e.1).collect()),
        _ => vm.handle_scope(|vm| {
            let handles: Vec<_> = entries
                .iter()
                .map(|&(k, v)| (vm.mutator().root(k), vm.mutator().root(v)))
                .collect();
            let mut tuples = Vec::with_capacity(handles.len());
            for (hk, hv) in handles {
                let (k, v) = (vm.mutator().get(hk), vm.mutator().get(hv));
                let t = crate::objects::sequence::new_tuple(vm, &[k, v])?;
                tuples.push(vm.mutator().root(t));
            }
            Ok(tuples.iter().map(|&h| vm.mutator().get(h)).collect())
        }),
    }
}

/// The elements as a list.
fn element_list(vm: &mut ThreadState, view: Value) -> Result<Value, Error> {
    let items = elements(vm, view)?;
    crate::objects::sequence::new_list(vm, &items)
}

/// The view receiving a method call (`args[0]`), checked.
fn receiver(vm: &ThreadState, args: &[Value], method: &str) -> Result<Value, Error> {
    match args.first() {
        Some(&v) if is_view(vm, v) => Ok(v),
        _ => Err(Error::new(
            "TypeError",
            format!("descriptor '{method}' needs a dict view"),
        )),
    }
}

/// `iter(view)`: an iterator reading the dict's entries in place.
pub fn iter(vm: &mut ThreadState, view: Value) -> Result<Value, Error> {
    let dict = DictView::dict(vm.vmctx(), view);
    crate::objects::sequence::snapshot_iter(vm, view, dict)
}

pub fn view_iter(vm: &mut ThreadState, args: &[Value], _kw: Kwargs<'_>) -> Result<Value, Error> {
    let v = receiver(vm, args, "__iter__")?;
    iter(vm, v)
}

pub fn view_reversed(
    vm: &mut ThreadState,
    args: &[Value],
    _kw: Kwargs<'_>,
) -> Result<Value, Error> {
    let v = receiver(vm, args, "__reversed__")?;
    let mut items = elements(vm, v)?;
    items.reverse();
    let list = crate::objects::sequence::new_list(vm, &items)?;
    crate::protocols::iteration::get_iter(vm, list)
}

pub fn view_len(vm: &mut ThreadState, args: &[Value], _kw: Kwargs<'_>) -> Result<Value, Error> {
    let v = receiver(vm, args, "__len__")?;
    let d = DictView::dict(vm.vmctx(), v);
    rt::make_int(crate::objects::dict::len(vm, d) as i64)
}

/// `x in view`: a key lookup for keys, a key lookup and a value comparison for items, a
/// search for values.
pub fn view_contains(
    vm: &mut ThreadState,
    args: &[Value],
    _kw: Kwargs<'_>,
) -> Result<Value, Error> {
    let v = receiver(vm, args, "__contains__")?;
    let Some(&x) = args.get(1) else {
        return Err(Error::new("TypeError", "__contains__ expected 1 argument"));
    };
    let d = DictView::dict(vm.vmctx(), v);
    let found = match kind(vm, v) {
        KEYS => crate::objects::dict::get(vm, d, x)?.is_some(),
        ITEMS => match crate::objects::sequence::items(vm, x).as_deref() {
            Some(&[k, value])
                if rt::layout_of(vm, x) == Some(crate::generated::layouts::Tuple::ID) =>
            {
                vm.handle_scope(|vm| {
                    let hv = vm.mutator().root(value);
                    match crate::objects::dict::get(vm, d, k)? {
                        Some(stored) => {
                            let value = vm.mutator().get(hv);
                            equal(vm, stored, value)
                        }
                        None => Ok(false),
                    }
                })?
            }
            _ => false,
        },
        _ => {
            let list = element_list(vm, v)?;
            let r = rt::compare(vm, 8, x, list)?;
            r == rt::TRUE
        }
    };
    Ok(rt::py_bool(found))
}

/// `repr(view)`: `dict_keys(['a', 'b'])`.
pub fn view_repr(vm: &mut ThreadState, args: &[Value], _kw: Kwargs<'_>) -> Result<Value, Error> {
    let v = receiver(vm, args, "__repr__")?;
    let name = NAMES[kind(vm, v) as usize];
    let list = element_list(vm, v)?;
    let inner = crate::protocols::repr::repr(vm, list)?;
    rt::new_str(vm, &format!("{name}({inner})"))
}

/// A new set of `x`'s items (CPython's `dictviews_to_set`: a keys view is read through its
/// dict, whose keys a set takes after one up-front resize; anything else is iterated).
fn to_set(vm: &mut ThreadState, x: Value) -> Result<Value, Error> {
    let source = if is_view(vm, x) && kind(vm, x) == KEYS {
        DictView::dict(vm.vmctx(), x)
    } else {
        x
    };
    crate::objects::set::from_iterable(vm, source, false)
}

/// CPython's `_PyDictView_Intersect`: `view & other` (either side), walking the smaller
/// operand and testing membership in the other.
fn intersect(vm: &mut ThreadState, view: Value, other: Value) -> Result<Value, Error> {
    let n = crate::objects::dict::len(vm, DictView::dict(vm.vmctx(), view));
    if crate::objects::set::is_set(vm, other)
        && !crate::objects::set::is_frozen(vm, other)
        && n <= crate::objects::set::len(vm, other)
    {
        return crate::objects::set::intersection(vm, other, &[view]);
    }
    let (big, small) = if is_view(vm, other) && kind(vm, other) != VALUES && {
        let m = crate::objects::dict::len(vm, DictView::dict(vm.vmctx(), other));
        m > n
    } {
        (other, view)
    } else {
        (view, other)
    };
    vm.handle_scope(|vm| {
        let hbig = vm.mutator().root(big);
        let items = crate::modules::builtins::collect(vm, small)?;
        let handles: Vec<_> = items.iter().map(|&x| vm.mutator().root(x)).collect();
        let result = crate::objects::set::new_set(vm, &[], false)?;
        let hr = vm.mutator().root(result);
        for h in handles {
            let (big, x) = (vm.mutator().get(hbig), vm.mutator().get(h));
            let found = view_contains(vm, &[big, x], &[])?;
            if found == rt::TRUE {
                let (r, x) = (vm.mutator().get(hr), vm.mutator().get(h));
                crate::objects::set::add(vm, r, &[x])?;
            }
        }
        Ok(vm.mutator().get(hr))
    })
}

/// `view <op> other` (or `other <op> view` when `reflected`) for the set operators, as
/// CPython's `dictviews_or`/`_sub`/`_xor`: a new set of the left operand, updated with the
/// right one by the matching set method.
fn set_operator(
    vm: &mut ThreadState,
    args: &[Value],
    name: &str,
    reflected: bool,
) -> Result<Value, Error> {
    let v = receiver(vm, args, name)?;
    let Some(&other) = args.get(1) else {
        return Err(Error::new(
            "TypeError",
            format!("{name} expected 1 argument"),
        ));
    };
    if kind(vm, v) == VALUES {
        return Ok(NOT_IMPLEMENTED);
    }
    let operation = name.trim_start_matches("__r").trim_start_matches("__");
    if operation == "and__" {
        return intersect(vm, v, other);
    }
    let (left, right) = if reflected { (other, v) } else { (v, other) };
    vm.handle_scope(|vm| {
        let hright = vm.mutator().root(right);
        let r = to_set(vm, left)?;
        let hr = vm.mutator().root(r);
        let (r, right) = (vm.mutator().get(hr), vm.mutator().get(hright));
        match operation {
            "or__" => crate::objects::set::update(vm, r, &[right])?,
            "sub__" => crate::objects::set::difference_update(vm, r, &[right])?,
            _ => crate::objects::set::symmetric_difference_update(vm, r, &[right])?,
        };
        Ok(vm.mutator().get(hr))
    })
}

pub fn view_and(vm: &mut ThreadState, args: &[Value], _kw: Kwargs<'_>) -> Result<Value, Error> {
    set_operator(vm, args, "__and__", false)
}
pub fn view_rand(vm: &mut ThreadState, args: &[Value], _kw: Kwargs<'_>) -> Result<Value, Error> {
    set_operator(vm, args, "__rand__", true)
}
pub fn view_or(vm: &mut ThreadState, args: &[Value], _kw: Kwargs<'_>) -> Result<Value, Error> {
    set_operator(vm, args, "__or__", false)
}
pub fn view_ror(vm: &mut ThreadState, args: &[Value], _kw: Kwargs<'_>) -> Result<Value, Error> {
    set_operator(vm, args, "__ror__", true)
}
pub fn view_sub(vm: &mut ThreadState, args: &[Value], _kw: Kwargs<'_>) -> Result<Value, Error> {
    set_operator(vm, args, "__sub__", false)
}
pub fn view_rsub(vm: &mut ThreadState, args: &[Value], _kw: Kwargs<'_>) -> Result<Value, Error> {
    set_operator(vm, args, "__rsub__", true)
}
pub fn view_xor(vm: &mut ThreadState, args: &[Value], _kw: Kwargs<'_>) -> Result<Value, Error> {
    set_operator(vm, args, "__xor__", false)
}
pub fn view_rxor(vm: &mut ThreadState, args: &[Value], _kw: Kwargs<'_>) -> Result<Value, Error> {
    set_operator(vm, args, "__rxor__", true)
}

/// A keys or items view and a set-like operand (a set, frozenset or keys/items view), both
/// as sets, for the comparisons; None for anything else (NotImplemented).
fn set_pair(
    vm: &mut ThreadState,
    args: &[Value],
    name: &str,
) -> Result<Option<(Value, Value)>, Error> {
    let v = receiver(vm, args, name)?;
    let Some(&other) = args.get(1) else {
        return Err(Error::new(
            "TypeError",
            format!("{name} expected 1 argument"),
        ));
    };
    let set_like =
        crate::objects::set::is_set(vm, other) || is_view(vm, other) && kind(vm, other) != VALUES;
    if kind(vm, v) == VALUES || !set_like {
        return Ok(None);
    }
    vm.handle_scope(|vm| {
        let ho = vm.mutator().root(other);
        let mine = to_set(vm, v)?;
        let hm = vm.mutator().root(mine);
        let other = vm.mutator().get(ho);
        let theirs = if crate::objects::set::is_set(vm, other) {
            other
        } else {
            to_set(vm, other)?
        };
        Ok(Some((vm.mutator().get(hm), theirs)))
    })
}

/// `view == other`: keys and items views equal a set, frozenset or set-like view with the
/// same elements; values views only themselves.
fn equality(vm: &mut ThreadState, args: &[Value], name: &str) -> Result<Option<bool>, Error> {
    let v = receiver(vm, args, name)?;
    if kind(vm, v) == VALUES {
        return Ok(args.get(1).and_then(|&other| (v == other).then_some(true)));
    }
    match set_pair(vm, args, name)? {
        Some((mine, theirs)) => equal(vm, mine, theirs).map(Some),
        None => Ok(None),
    }
}

/// `view < other` and the other orderings (`op` as COMPARE_OP numbers them): subset and
/// superset tests against a set-like operand.
fn ordering(vm: &mut ThreadState, args: &[Value], name: &str, op: i64) -> Result<Value, Error> {
    match set_pair(vm, args, name)? {
        Some((mine, theirs)) => {
            Ok(crate::objects::set::compare(vm, op, mine, theirs)?.unwrap_or(NOT_IMPLEMENTED))
        }
        None => Ok(NOT_IMPLEMENTED),
    }
}

pub fn view_lt(vm: &mut ThreadState, args: &[Value], _kw: Kwargs<'_>) -> Result<Value, Error> {
    ordering(vm, args, "__lt__", 0)
}
pub fn view_le(vm: &mut ThreadState, args: &[Value], _kw: Kwargs<'_>) -> Result<Value, Error> {
    ordering(vm, args, "__le__", 1)
}
pub fn view_gt(vm: &mut ThreadState, args: &[Value], _kw: Kwargs<'_>) -> Result<Value, Error> {
    ordering(vm, args, "__gt__", 4)
}
pub fn view_ge(vm: &mut ThreadState, args: &[Value], _kw: Kwargs<'_>) -> Result<Value, Error> {
    ordering(vm, args, "__ge__", 5)
}

pub fn view_eq(vm: &mut ThreadState, args: &[Value], _kw: Kwargs<'_>) -> Result<Value, Error> {
    Ok(match equality(vm, args, "__eq__")? {
        Some(b) => rt::py_bool(b),
        None => NOT_IMPLEMENTED,
    })
}

pub fn view_ne(vm: &mut ThreadState, args: &[Value], _kw: Kwargs<'_>) -> Result<Value, Error> {
    Ok(match equality(vm, args, "__ne__")? {
        Some(b) => rt::py_bool(!b),
        None => NOT_IMPLEMENTED,
    })
}

/// `view.isdisjoint(iterable)`.
pub fn view_isdisjoint(
    vm: &mut ThreadState,
    args: &[Value],
    _kw: Kwargs<'_>,
) -> Result<Value, Error> {
    let v = receiver(vm, args, "isdisjoint")?;
    let Some(&other) = args.get(1) else {
        return Err(Error::new(
            "TypeError",
            "isdisjoint() takes exactly one argument",
        ));
    };
    vm.handle_scope(|vm| {
        let ho = vm.mutator().root(other);
        let items = elements(vm, v)?;
        let mine = crate::objects::set::new_set(vm, &items, false)?;
        let other = vm.mutator().get(ho);
        crate::objects::set::isdisjoint(vm, mine, &[other])
    })
}

/// `a == b` as a bool.
fn equal(vm: &mut ThreadState, a: Value, b: Value) -> Result<bool, Error> {
    let r = rt::compare(vm, 2, a, b)?;
    rt::is_true(vm, r)
}
