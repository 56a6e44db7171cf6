//! The methods of `array.array` (rows of `protocols/attributes.rs`'s table: the receiver is
//! an array) and its special methods (`array.array.__len__`... in the builtins table: the
//! type takes part in special-method dispatch).
//!
//! A method that converts values (which may run Python code and collect) does so first,
//! with the array in a handle, then changes the buffer in one step under its lock.

use super::{
    Code, Item, code, construct, contents, is_array, item, items, len, list_of, new_array,
    not_multiple, pack, pack_all, position,
};
use crate::objects::bytearray;
use crate::values::{NONE, NOT_IMPLEMENTED, as_int, make_int, py_bool, type_name};
use crate::vm::{Error, ThreadState};
use gvmt::rt::{Value, Vm};

type Kwargs<'a> = &'a [(String, Value)];

/// TypeError unless `array.name()` got `min..=max` arguments (CPython's wording for each
/// kind of C method).
fn arity(name: &str, args: &[Value], min: usize, max: usize) -> Result<(), Error> {
    let n = args.len();
    if (min..=max).contains(&n) {
        return Ok(());
    }
    let message = match (min, max) {
        (0, 0) => format!("array.{name}() takes no arguments ({n} given)"),
        (1, 1) => format!("array.{name}() takes exactly one argument ({n} given)"),
        (a, b) if a == b => format!("{name} expected {a} arguments, got {n}"),
        (_, b) if n > b => format!(
            "{name} expected at most {b} argument{}, got {n}",
            if b == 1 { "" } else { "s" }
        ),
        (a, _) => format!(
            "{name} expected at least {a} argument{}, got {n}",
            if a == 1 { "" } else { "s" }
        ),
    };
    Err(Error::new("TypeError", message))
}

/// Runs `f` with `a` and `v` held in handles (read back after whatever may collect).
fn held<R>(
    vm: &mut ThreadState,
    a: Value,
    v: Value,
    f: impl FnOnce(&mut ThreadState, gvmt::gc::Handle, gvmt::gc::Handle) -> Result<R, Error>,
) -> Result<R, Error> {
    vm.handle_scope(|vm| {
        let (ha, hv) = (vm.mutator().root(a), vm.mutator().root(v));
        f(vm, ha, hv)
    })
}

/// Changes the bytes of array `a` under its buffer's lock.
pub(super) fn modify<R>(
    vm: &mut ThreadState,
    a: Value,
    change: impl FnOnce(&mut Vec<u8>) -> Result<R, Error>,
) -> Result<R, Error> {
    let buffer = super::buffer(vm, a);
    bytearray::modify(vm, buffer, change)
}

/// Appends `data` (whole items) to array `a`.
fn append_bytes(vm: &mut ThreadState, a: Value, data: &[u8]) -> Result<(), Error> {
    let buffer = super::buffer(vm, a);
    bytearray::append_bytes(vm, buffer, data)
}

/// An int argument (through `__index__`).
fn int_arg(vm: &mut ThreadState, v: Value) -> Result<i64, Error> {
    let v = crate::protocols::index::index_value(vm, v)?;
    crate::objects::size_arg(vm, v)
}

/// `a.append(x)`.
pub fn append(vm: &mut ThreadState, a: Value, args: &[Value]) -> Result<Value, Error> {
    arity("append", args, 1, 1)?;
    held(vm, a, args[0], |vm, ha, hv| {
        let x = vm.mutator().get(hv);
        let c = code(vm, vm.mutator_ref().get(ha));
        let data = pack(vm, c, x)?;
        let a = vm.mutator().get(ha);
        append_bytes(vm, a, &data)?;
        Ok(NONE)
    })
}

/// The bytes `a.extend(v)` appends: all of them, or those of the items before one that
/// cannot be an item and its error.
fn extension(
    vm: &mut ThreadState,
    c: Code,
    v: Value,
) -> Result<(Vec<u8>, Result<(), Error>), Error> {
    if is_array(vm, v) {
        if code(vm, v) != c {
            return Err(Error::new(
                "TypeError",
                "can only extend with array of same kind",
            ));
        }
        return Ok((contents(vm, v), Ok(())));
    }
    let values = crate::modules::builtins::collect(vm, v)?;
    Ok(super::pack_prefix(vm, c, &values))
}

/// `a.extend(iterable)`.
pub fn extend(vm: &mut ThreadState, a: Value, args: &[Value]) -> Result<Value, Error> {
    arity("extend", args, 1, 1)?;
    held(vm, a, args[0], |vm, ha, hv| {
        let v = vm.mutator().get(hv);
        let c = code(vm, vm.mutator_ref().get(ha));
        let (data, failed) = extension(vm, c, v)?;
        let a = vm.mutator().get(ha);
        append_bytes(vm, a, &data)?;
        failed.map(|()| NONE)
    })
}

/// `a.insert(i, x)`: before position `i` (clamped to the array, as list's).
pub fn insert(vm: &mut ThreadState, a: Value, args: &[Value]) -> Result<Value, Error> {
    arity("insert", args, 2, 2)?;
    held(vm, a, args[1], |vm, ha, hv| {
        let i = int_arg(vm, args[0])?;
        let x = vm.mutator().get(hv);
        let c = code(vm, vm.mutator_ref().get(ha));
        let data = pack(vm, c, x)?;
        let a = vm.mutator().get(ha);
        modify(vm, a, |bytes| {
            let n = (bytes.len() / c.size()) as i64;
            let at = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
            let at = at * c.size();
            bytes.splice(at..at, data);
            Ok(NONE)
        })
    })
}

/// `a.pop([i])`.
pub fn pop(vm: &mut ThreadState, a: Value, args: &[Value]) -> Result<Value, Error> {
    arity("pop", args, 0, 1)?;
    let i = match args.first() {
        Some(&v) => vm.handle_scope(|vm| {
            let h = vm.mutator().root(a);
            let i = int_arg(vm, v);
            (i, vm.mutator().get(h))
        }),
        None => (Ok(-1), a),
    };
    let (i, a) = (i.0?, i.1);
    let c = code(vm, a);
    let got = modify(vm, a, |bytes| {
        let n = bytes.len() / c.size();
        if n == 0 {
            return Err(Error::new("IndexError", "pop from empty array"));
        }
        let at = position(i, n, "pop index out of range")? * c.size();
        let gone: Vec<u8> = bytes.drain(at..at + c.size()).collect();
        Ok(c.unpack(&gone))
    })?;
    got.value(vm)
}

/// The position of the first item from `start` to `stop` equal to `x` (Python's `==`).
fn find(
    vm: &mut ThreadState,
    a: Value,
    x: Value,
    start: usize,
    stop: usize,
) -> Result<Option<usize>, Error> {
    held(vm, a, x, |vm, ha, hx| {
        let mut i = start;
        while i < stop.min(len(vm, vm.mutator_ref().get(ha))) {
            let a = vm.mutator().get(ha);
            let it = item(vm, a, i).value(vm)?;
            let x = vm.mutator().get(hx);
            if it == x || crate::protocols::comparison::compare_bool(vm, 2, it, x)? {
                return Ok(Some(i));
            }
            i += 1;
        }
        Ok(None)
    })
}

/// `a.remove(x)`: the first item equal to `x`.
pub fn remove(vm: &mut ThreadState, a: Value, args: &[Value]) -> Result<Value, Error> {
    arity("remove", args, 1, 1)?;
    vm.handle_scope(|vm| {
        let ha = vm.mutator().root(a);
        let n = len(vm, a);
        let Some(at) = find(vm, a, args[0], 0, n)? else {
            return Err(Error::new("ValueError", "array.remove(x): x not in array"));
        };
        let a = vm.mutator().get(ha);
        let c = code(vm, a);
        modify(vm, a, |bytes| {
            let at = at * c.size();
            if at + c.size() <= bytes.len() {
                bytes.drain(at..at + c.size());
            }
            Ok(NONE)
        })
    })
}

/// Slice bounds `start`/`stop` of `index` resolved against `n` items.
fn bound(
    vm: &mut ThreadState,
    v: Option<&Value>,
    n: usize,
    default: usize,
) -> Result<usize, Error> {
    let Some(&v) = v else {
        return Ok(default);
    };
    let v = crate::protocols::index::index_value(vm, v)?;
    let Some(i) = as_int(v).or_else(|| {
        crate::objects::int::bigint::to_big(vm, v).map(|b| {
            use num_traits::Signed;
            if b.is_negative() { i64::MIN } else { i64::MAX }
        })
    }) else {
        return Err(Error::new(
            "TypeError",
            "slice indices must be integers or have an __index__ method",
        ));
    };
    let n = n as i64;
    Ok(if i < 0 { (i + n).max(0) } else { i.min(n) } as usize)
}

/// `a.index(x[, start[, stop]])`.
pub fn index(vm: &mut ThreadState, a: Value, args: &[Value]) -> Result<Value, Error> {
    arity("index", args, 1, 3)?;
    vm.handle_scope(|vm| {
        let ha = vm.mutator().root(a);
        let handles: Vec<_> = args.iter().map(|&v| vm.mutator().root(v)).collect();
        let n = len(vm, a);
        let start = args.get(1).map(|_| vm.mutator().get(handles[1]));
        let start = bound(vm, start.as_ref(), n, 0)?;
        let stop = args.get(2).map(|_| vm.mutator().get(handles[2]));
        let stop = bound(vm, stop.as_ref(), n, n)?;
        let (a, x) = (vm.mutator().get(ha), vm.mutator().get(handles[0]));
        match find(vm, a, x, start, stop)? {
            Some(i) => make_int(i as i64),
            None => Err(Error::new("ValueError", "array.index(x): x not in array")),
        }
    })
}

/// `a.count(x)`.
pub fn count(vm: &mut ThreadState, a: Value, args: &[Value]) -> Result<Value, Error> {
    arity("count", args, 1, 1)?;
    held(vm, a, args[0], |vm, ha, hx| {
        let mut found = 0;
        let mut i = 0;
        while i < len(vm, vm.mutator_ref().get(ha)) {
            let a = vm.mutator().get(ha);
            let it = item(vm, a, i).value(vm)?;
            let x = vm.mutator().get(hx);
            if it == x || crate::protocols::comparison::compare_bool(vm, 2, it, x)? {
                found += 1;
            }
            i += 1;
        }
        make_int(found)
    })
}

/// `a.reverse()`.
pub fn reverse(vm: &mut ThreadState, a: Value, args: &[Value]) -> Result<Value, Error> {
    arity("reverse", args, 0, 0)?;
    let size = code(vm, a).size();
    modify(vm, a, |bytes| {
        let reversed: Vec<u8> = bytes.chunks_exact(size).rev().flatten().copied().collect();
        *bytes = reversed;
        Ok(NONE)
    })
}

/// `a.byteswap()`: each item's bytes reversed.
pub fn byteswap(vm: &mut ThreadState, a: Value, args: &[Value]) -> Result<Value, Error> {
    arity("byteswap", args, 0, 0)?;
    let size = code(vm, a).size();
    modify(vm, a, |bytes| {
        bytes.chunks_exact_mut(size).for_each(|item| item.reverse());
        Ok(NONE)
    })
}

/// `a.buffer_info()`: (address, length). The address is the buffer's storage object's (it
/// moves with the collector and when the array grows, as CPython's does when it grows).
pub fn buffer_info(vm: &mut ThreadState, a: Value, args: &[Value]) -> Result<Value, Error> {
    arity("buffer_info", args, 0, 0)?;
    let ctx = vm.vmctx();
    let storage = crate::generated::layouts::ByteArray::storage(ctx, super::buffer(vm, a));
    let address = crate::objects::int::bigint::from_i128(vm, storage.0 as i128)?;
    let n = make_int(len(vm, a) as i64)?;
    crate::objects::sequence::new_tuple(vm, &[address, n])
}

/// `a.tobytes()`.
pub fn tobytes(vm: &mut ThreadState, a: Value, args: &[Value]) -> Result<Value, Error> {
    arity("tobytes", args, 0, 0)?;
    let data = contents(vm, a);
    crate::objects::bytes::new_bytes(vm, &data)
}

/// `a.frombytes(b)`: the items packed in a bytes-like object.
pub fn frombytes(vm: &mut ThreadState, a: Value, args: &[Value]) -> Result<Value, Error> {
    arity("frombytes", args, 1, 1)?;
    let Some(data) = crate::objects::bytes::value(vm, args[0])
        .or_else(|| is_array(vm, args[0]).then(|| contents(vm, args[0])))
    else {
        return Err(Error::new(
            "TypeError",
            format!(
                "a bytes-like object is required, not '{}'",
                type_name(vm, args[0])
            ),
        ));
    };
    if !data.len().is_multiple_of(code(vm, a).size()) {
        return Err(not_multiple());
    }
    append_bytes(vm, a, &data)?;
    Ok(NONE)
}

/// `a.tolist()`.
pub fn tolist(vm: &mut ThreadState, a: Value, args: &[Value]) -> Result<Value, Error> {
    arity("tolist", args, 0, 0)?;
    let items = items(vm, a);
    list_of(vm, &items)
}

/// `a.fromlist(list)`: all the items or none.
pub fn fromlist(vm: &mut ThreadState, a: Value, args: &[Value]) -> Result<Value, Error> {
    arity("fromlist", args, 1, 1)?;
    if !crate::values::is_list(vm, args[0]) {
        return Err(Error::new("TypeError", "arg must be list"));
    }
    held(vm, a, args[0], |vm, ha, hl| {
        let list = vm.mutator().get(hl);
        let values = crate::objects::sequence::items(vm, list).unwrap_or_default();
        let c = code(vm, vm.mutator_ref().get(ha));
        let data = pack_all(vm, c, &values)?;
        let a = vm.mutator().get(ha);
        append_bytes(vm, a, &data)?;
        Ok(NONE)
    })
}

/// `a.tounicode()` of a `u` array.
pub fn tounicode(vm: &mut ThreadState, a: Value, args: &[Value]) -> Result<Value, Error> {
    arity("tounicode", args, 0, 0)?;
    if !code(vm, a).is_unicode() {
        return Err(Error::new(
            "ValueError",
            "tounicode() may only be called on unicode type arrays",
        ));
    }
    let text = super::unicode_text(&items(vm, a))?;
    crate::values::new_str(vm, &text)
}

/// `a.fromunicode(s)` of a `u` array.
pub fn fromunicode(vm: &mut ThreadState, a: Value, args: &[Value]) -> Result<Value, Error> {
    arity("fromunicode", args, 1, 1)?;
    let Some(s) = crate::values::str_value(vm, args[0]) else {
        return Err(Error::new(
            "TypeError",
            format!(
                "fromunicode() argument must be str, not {}",
                type_name(vm, args[0])
            ),
        ));
    };
    if !code(vm, a).is_unicode() {
        return Err(Error::new(
            "ValueError",
            "fromunicode() may only be called on unicode type arrays",
        ));
    }
    let data: Vec<u8> = s.chars().flat_map(|c| (c as u32).to_le_bytes()).collect();
    append_bytes(vm, a, &data)?;
    Ok(NONE)
}

/// `obj.name(*args)`.
fn call_method(
    vm: &mut ThreadState,
    obj: Value,
    name: &'static str,
    args: &[Value],
) -> Result<Value, Error> {
    vm.handle_scope(|vm| {
        let handles: Vec<_> = args.iter().map(|&v| vm.mutator().root(v)).collect();
        let ho = vm.mutator().root(obj);
        let key = vm.name_str(name)?;
        let obj = vm.mutator().get(ho);
        let f = crate::protocols::attributes::get_attr(vm, obj, key)?;
        let args: Vec<Value> = handles.iter().map(|&h| vm.mutator().get(h)).collect();
        vm.call(f, &args, &[])
    })
}

/// `a.tofile(f)`: `f.write(a.tobytes())`.
pub fn tofile(vm: &mut ThreadState, a: Value, args: &[Value]) -> Result<Value, Error> {
    arity("tofile", args, 1, 1)?;
    held(vm, a, args[0], |vm, ha, hf| {
        let data = contents(vm, vm.mutator_ref().get(ha));
        let b = crate::objects::bytes::new_bytes(vm, &data)?;
        let f = vm.mutator().get(hf);
        call_method(vm, f, "write", &[b])?;
        Ok(NONE)
    })
}

/// `a.fromfile(f, n)`: `n` items read from `f` (EOFError, after appending the whole items
/// read, if there were fewer).
pub fn fromfile(vm: &mut ThreadState, a: Value, args: &[Value]) -> Result<Value, Error> {
    arity("fromfile", args, 2, 2)?;
    held(vm, a, args[0], |vm, ha, hf| {
        let n = int_arg(vm, args[1])?;
        if n < 0 {
            return Err(Error::new("ValueError", "negative count"));
        }
        let size = code(vm, vm.mutator_ref().get(ha)).size();
        let Some(nbytes) = (n as usize).checked_mul(size) else {
            return Err(Error::new("MemoryError", ""));
        };
        let count = make_int(nbytes as i64)?;
        let f = vm.mutator().get(hf);
        let got = call_method(vm, f, "read", &[count])?;
        if !crate::objects::bytes::is_bytes(vm, got) {
            return Err(Error::new("TypeError", "read() didn't return bytes"));
        }
        let data = crate::objects::bytes::value(vm, got).unwrap_or_default();
        let whole = data.len() - data.len() % size;
        let a = vm.mutator().get(ha);
        append_bytes(vm, a, &data[..whole])?;
        if data.len() != nbytes {
            return Err(Error::new("EOFError", "read() didn't return enough bytes"));
        }
        Ok(NONE)
    })
}

/// `a.__copy__()` and `a.__deepcopy__(memo)`: a new array with the same items.
pub fn copy(vm: &mut ThreadState, a: Value, args: &[Value]) -> Result<Value, Error> {
    arity("__copy__", args, 0, 1)?;
    let data = contents(vm, a);
    new_array(vm, code(vm, a), &data)
}

// The special methods (`array.array.__name__` in the builtins table).

/// The array a special method is called on (a subclass instance's carried array).
fn receiver(vm: &ThreadState, args: &[Value], name: &str) -> Result<Value, Error> {
    let first = args.first().copied();
    let a = first.map(|v| crate::objects::class::builtin_subclasses::value_of(vm, v).unwrap_or(v));
    match a {
        Some(a) if is_array(vm, a) => Ok(a),
        _ => Err(Error::new(
            "TypeError",
            format!("descriptor '{name}' for 'array.array' objects needs an argument"),
        )),
    }
}

fn operand(args: &[Value], name: &str) -> Result<Value, Error> {
    args.get(1)
        .copied()
        .ok_or_else(|| Error::new("TypeError", format!("expected 1 argument, got 0 ({name})")))
}

/// `array.array(...)` (the class's call).
pub fn array_new(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    construct(vm, args, kwargs)
}

pub fn len_method(vm: &mut ThreadState, args: &[Value], _: Kwargs<'_>) -> Result<Value, Error> {
    let a = receiver(vm, args, "__len__")?;
    make_int(len(vm, a) as i64)
}

pub fn getitem(vm: &mut ThreadState, args: &[Value], _: Kwargs<'_>) -> Result<Value, Error> {
    let a = receiver(vm, args, "__getitem__")?;
    super::slices::subscript(vm, a, operand(args, "__getitem__")?)
}

pub fn setitem(vm: &mut ThreadState, args: &[Value], _: Kwargs<'_>) -> Result<Value, Error> {
    let a = receiver(vm, args, "__setitem__")?;
    let (Some(&index), Some(&v)) = (args.get(1), args.get(2)) else {
        return Err(Error::new("TypeError", "expected 2 arguments"));
    };
    super::slices::store(vm, a, index, v)?;
    Ok(NONE)
}

pub fn delitem(vm: &mut ThreadState, args: &[Value], _: Kwargs<'_>) -> Result<Value, Error> {
    let a = receiver(vm, args, "__delitem__")?;
    super::slices::delete(vm, a, operand(args, "__delitem__")?)?;
    Ok(NONE)
}

pub fn contains(vm: &mut ThreadState, args: &[Value], _: Kwargs<'_>) -> Result<Value, Error> {
    let a = receiver(vm, args, "__contains__")?;
    let x = operand(args, "__contains__")?;
    let n = len(vm, a);
    Ok(py_bool(find(vm, a, x, 0, n)?.is_some()))
}

pub fn iter_method(vm: &mut ThreadState, args: &[Value], _: Kwargs<'_>) -> Result<Value, Error> {
    let a = receiver(vm, args, "__iter__")?;
    iter(vm, a)
}

/// `iter(a)`: an iterator over a snapshot of the items.
pub fn iter(vm: &mut ThreadState, a: Value) -> Result<Value, Error> {
    let list = list_of(vm, &items(vm, a))?;
    crate::objects::sequence::iter(vm, list)
}

pub fn repr_method(vm: &mut ThreadState, args: &[Value], _: Kwargs<'_>) -> Result<Value, Error> {
    let a = receiver(vm, args, "__repr__")?;
    let text = super::repr(vm, a, "array")?;
    crate::values::new_str(vm, &text)
}

/// Items `x` and `y` compared with CPython's comparison code `op` (0 `<` ... 5 `>=`).
fn compare_items(op: i64, x: Item, y: Item) -> Result<bool, Error> {
    use std::cmp::Ordering;
    let ordering = match (x, y) {
        (Item::Int(a), Item::Int(b)) => Some(a.cmp(&b)),
        (Item::Char(a), Item::Char(b)) => Some(a.cmp(&b)),
        (Item::Float(a), Item::Float(b)) => a.partial_cmp(&b),
        (Item::Int(a), Item::Float(b)) => (a as f64).partial_cmp(&b),
        (Item::Float(a), Item::Int(b)) => a.partial_cmp(&(b as f64)),
        _ if op == 2 || op == 3 => return Ok(op == 3),
        (a, b) => {
            let name = |i: Item| match i {
                Item::Char(_) => "str",
                Item::Int(_) => "int",
                Item::Float(_) => "float",
            };
            let sign = ["<", "<=", "==", "!=", ">", ">="][op as usize];
            return Err(Error::new(
                "TypeError",
                format!(
                    "'{sign}' not supported between instances of '{}' and '{}'",
                    name(a),
                    name(b)
                ),
            ));
        }
    };
    Ok(match (op, ordering) {
        (0, Some(o)) => o == Ordering::Less,
        (1, Some(o)) => o != Ordering::Greater,
        (2, Some(o)) => o == Ordering::Equal,
        (3, Some(o)) => o != Ordering::Equal,
        (4, Some(o)) => o == Ordering::Greater,
        (5, Some(o)) => o != Ordering::Less,
        (3, None) => true,
        _ => false,
    })
}

/// `a <op> b` for two arrays, as CPython's `array_richcompare`: the first items that differ
/// decide, else the lengths.
pub fn compare(vm: &ThreadState, op: i64, a: Value, b: Value) -> Result<bool, Error> {
    let (x, y) = (items(vm, a), items(vm, b));
    if x.len() != y.len() && (op == 2 || op == 3) {
        return Ok(op == 3);
    }
    for (&p, &q) in x.iter().zip(&y) {
        if !compare_items(2, p, q)? {
            return compare_items(op, p, q);
        }
    }
    let ordering = x.len().cmp(&y.len());
    compare_items(op, Item::Int(ordering as i128), Item::Int(0))
}

fn comparison(vm: &mut ThreadState, op: i64, args: &[Value], name: &str) -> Result<Value, Error> {
    let a = receiver(vm, args, name)?;
    let b = operand(args, name)?;
    let b = crate::objects::class::builtin_subclasses::value_of(vm, b).unwrap_or(b);
    if !is_array(vm, b) {
        return Ok(NOT_IMPLEMENTED);
    }
    Ok(py_bool(compare(vm, op, a, b)?))
}

pub fn lt(vm: &mut ThreadState, args: &[Value], _: Kwargs<'_>) -> Result<Value, Error> {
    comparison(vm, 0, args, "__lt__")
}
pub fn le(vm: &mut ThreadState, args: &[Value], _: Kwargs<'_>) -> Result<Value, Error> {
    comparison(vm, 1, args, "__le__")
}
pub fn eq(vm: &mut ThreadState, args: &[Value], _: Kwargs<'_>) -> Result<Value, Error> {
    comparison(vm, 2, args, "__eq__")
}
pub fn ne(vm: &mut ThreadState, args: &[Value], _: Kwargs<'_>) -> Result<Value, Error> {
    comparison(vm, 3, args, "__ne__")
}
pub fn gt(vm: &mut ThreadState, args: &[Value], _: Kwargs<'_>) -> Result<Value, Error> {
    comparison(vm, 4, args, "__gt__")
}
pub fn ge(vm: &mut ThreadState, args: &[Value], _: Kwargs<'_>) -> Result<Value, Error> {
    comparison(vm, 5, args, "__ge__")
}

/// `a + b`: both arrays of one type code.
pub fn add(vm: &mut ThreadState, args: &[Value], _: Kwargs<'_>) -> Result<Value, Error> {
    let a = receiver(vm, args, "__add__")?;
    let b = operand(args, "__add__")?;
    let b = crate::objects::class::builtin_subclasses::value_of(vm, b).unwrap_or(b);
    if !is_array(vm, b) {
        return Err(Error::new(
            "TypeError",
            format!(
                "can only append array (not \"{}\") to array",
                crate::objects::class::builtin_types::python_type_name(vm, b)
            ),
        ));
    }
    if code(vm, a) != code(vm, b) {
        return Err(bad_argument());
    }
    let mut data = contents(vm, a);
    data.extend(contents(vm, b));
    new_array(vm, code(vm, a), &data)
}

fn bad_argument() -> Error {
    Error::new("TypeError", "bad argument type for built-in operation")
}

/// The count of `a * n` (an int, through `__index__`).
fn repeat_count(vm: &mut ThreadState, a: Value, n: Value) -> Result<(Value, usize), Error> {
    let (n, a) = vm.handle_scope(|vm| {
        let h = vm.mutator().root(a);
        let n = crate::protocols::index::index_value(vm, n);
        (n, vm.mutator().get(h))
    });
    let n = n?;
    let count = match as_int(n) {
        Some(i) => i.max(0) as u128,
        None if crate::objects::int::bigint::is_big(vm, n) => {
            let negative = crate::objects::int::bigint::to_big(vm, n).is_some_and(|b| {
                use num_traits::Signed;
                b.is_negative()
            });
            if negative { 0 } else { u64::MAX as u128 }
        }
        None => {
            return Err(Error::new(
                "TypeError",
                format!(
                    "can't multiply sequence by non-int of type '{}'",
                    type_name(vm, n)
                ),
            ));
        }
    };
    crate::values::check_size(vm, count * contents(vm, a).len() as u128)?;
    Ok((a, count as usize))
}

/// `a * n`.
pub fn mul(vm: &mut ThreadState, args: &[Value], _: Kwargs<'_>) -> Result<Value, Error> {
    let a = receiver(vm, args, "__mul__")?;
    let (a, n) = repeat_count(vm, a, operand(args, "__mul__")?)?;
    let data = contents(vm, a).repeat(n);
    new_array(vm, code(vm, a), &data)
}

/// `a += b`: in place, `b` an array of the same type code.
pub fn iadd(vm: &mut ThreadState, args: &[Value], _: Kwargs<'_>) -> Result<Value, Error> {
    let a = receiver(vm, args, "__iadd__")?;
    let b = operand(args, "__iadd__")?;
    let b = crate::objects::class::builtin_subclasses::value_of(vm, b).unwrap_or(b);
    if !is_array(vm, b) {
        return Err(Error::new(
            "TypeError",
            format!(
                "can only extend array with array (not \"{}\")",
                crate::objects::class::builtin_types::python_type_name(vm, b)
            ),
        ));
    }
    let data = contents(vm, b);
    if code(vm, a) != code(vm, b) {
        return Err(Error::new(
            "TypeError",
            "can only extend with array of same kind",
        ));
    }
    vm.handle_scope(|vm| {
        let hr = vm.mutator().root(args[0]);
        append_bytes(vm, a, &data)?;
        Ok(vm.mutator().get(hr))
    })
}

/// `a *= n`: in place.
pub fn imul(vm: &mut ThreadState, args: &[Value], _: Kwargs<'_>) -> Result<Value, Error> {
    let a = receiver(vm, args, "__imul__")?;
    let n = operand(args, "__imul__")?;
    vm.handle_scope(|vm| {
        let hr = vm.mutator().root(args[0]);
        let (a, n) = repeat_count(vm, a, n)?;
        modify(vm, a, |bytes| {
            *bytes = bytes.repeat(n);
            Ok(())
        })?;
        Ok(vm.mutator().get(hr))
    })
}

/// `a.__reduce_ex__(protocol)`: `(type(a), (typecode, items), a.__dict__ or None)`.
/// CPython gives this for protocols 0-2; for 3 and up it names
/// `array._array_reconstructor` with the machine format and the bytes, which hotpy lacks:
/// pickles of arrays made here load in CPython and the other way round all the same.
pub fn reduce_ex(vm: &mut ThreadState, args: &[Value], _: Kwargs<'_>) -> Result<Value, Error> {
    let a = receiver(vm, args, "__reduce_ex__")?;
    let obj = args[0];
    vm.handle_scope(|vm| {
        let (ha, ho) = (vm.mutator().root(a), vm.mutator().root(obj));
        let (cls, state) = if crate::objects::class::is_instance(vm, obj) {
            let cls = crate::objects::class::class_of(vm, obj);
            let hc = vm.mutator().root(cls);
            let state = crate::objects::class::attribute_dict(vm, obj)?.unwrap_or(NONE);
            (vm.mutator().get(hc), state)
        } else {
            let cls = crate::objects::class::builtin_types::class_of_value(vm, a)?;
            (cls.unwrap_or(NONE), NONE)
        };
        let (hc, hs) = (vm.mutator().root(cls), vm.mutator().root(state));
        let a = vm.mutator().get(ha);
        let tc = crate::values::new_str(vm, &code(vm, a).char().to_string())?;
        let htc = vm.mutator().root(tc);
        let a = vm.mutator().get(ha);
        let list = list_of(vm, &items(vm, a))?;
        let tc = vm.mutator().get(htc);
        let inner = crate::objects::sequence::new_tuple(vm, &[tc, list])?;
        let (cls, state) = (vm.mutator().get(hc), vm.mutator().get(hs));
        let _ = ho;
        crate::objects::sequence::new_tuple(vm, &[cls, inner, state])
    })
}
