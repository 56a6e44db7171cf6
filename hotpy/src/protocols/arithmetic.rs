//! Arithmetic on numbers: the `+ - *` multimethods' int and float cases and their Python
//! fallbacks (`__add__`/`__radd__`...), the generic binary operator (`/ // % ** << >> & | ^ @`),
//! unary operators and negation.

use crate::objects::{bytes, dict as dicts, int::bigint, sequence as sequences, set as sets};
use crate::protocols::{dunder, operators};
use crate::values::*;
use crate::vm::{Error, ThreadState};
use gvmt::rt::Value;

fn ints(a: Value, b: Value) -> (i64, i64) {
    (
        int_value(a).expect("dispatched on int"),
        int_value(b).expect("dispatched on int"),
    )
}

pub fn int_add(vm: &mut ThreadState, a: Value, b: Value) -> Result<Value, Error> {
    let (a, b) = ints(a, b);
    bigint::from_i128(vm, a as i128 + b as i128)
}

pub fn int_sub(vm: &mut ThreadState, a: Value, b: Value) -> Result<Value, Error> {
    let (a, b) = ints(a, b);
    bigint::from_i128(vm, a as i128 - b as i128)
}

pub fn int_mul(vm: &mut ThreadState, a: Value, b: Value) -> Result<Value, Error> {
    let (a, b) = ints(a, b);
    bigint::from_i128(vm, a as i128 * b as i128)
}

/// Both operands as floats (ints converted exactly as Python does).
fn floats(vm: &ThreadState, a: Value, b: Value) -> (f64, f64) {
    let f = |v: Value| {
        int_value(v)
            .map(|i| i as f64)
            .or_else(|| float_value(vm, v))
            .expect("dispatched on numbers")
    };
    (f(a), f(b))
}

pub fn float_add(vm: &mut ThreadState, a: Value, b: Value) -> Result<Value, Error> {
    let (x, y) = floats(vm, a, b);
    box_float(vm, x + y)
}

pub fn float_sub(vm: &mut ThreadState, a: Value, b: Value) -> Result<Value, Error> {
    let (x, y) = floats(vm, a, b);
    box_float(vm, x - y)
}

pub fn float_mul(vm: &mut ThreadState, a: Value, b: Value) -> Result<Value, Error> {
    let (x, y) = floats(vm, a, b);
    box_float(vm, x * y)
}

fn unsupported(vm: &ThreadState, symbol: &str, a: Value, b: Value) -> Error {
    Error::new(
        "TypeError",
        format!(
            "unsupported operand type(s) for {symbol}: '{}' and '{}'",
            type_name(vm, a),
            type_name(vm, b)
        ),
    )
}

/// Arithmetic on bools (ints) and mixed numbers, after the multimethod's exact cases missed.
fn numeric(
    vm: &mut ThreadState,
    op: i64,
    a: Value,
    b: Value,
    int_op: fn(i64, i64) -> Option<i64>,
    float_op: fn(f64, f64) -> f64,
) -> Option<Result<Value, Error>> {
    if let (Some(x), Some(y)) = (as_int(a), as_int(b))
        && let Some(r) = int_op(x, y)
        && let Ok(v) = make_int(r)
    {
        return Some(Ok(v));
    }
    if let Some(r) = bigint::binary(vm, op, a, b) {
        return Some(r);
    }
    for v in [a, b] {
        if let Some(Err(e)) = bigint::to_f64(vm, v)
            && as_float(vm, if v == a { b } else { a }).is_some()
        {
            return Some(Err(e));
        }
    }
    let (x, y) = (as_float(vm, a)?, as_float(vm, b)?);
    Some(box_float(vm, float_op(x, y)))
}

pub fn add_fallback(vm: &mut ThreadState, a: Value, b: Value) -> Result<Value, Error> {
    use crate::generated::layouts::Str;
    if layout_of(vm, a) == Some(Str::ID) && layout_of(vm, b) == Some(Str::ID) {
        return crate::values::str_concat(vm, a, b);
    }
    if let Some(r) = dunder::binary_operator(vm, a, b, operators::ADD)? {
        return Ok(r);
    }
    if let Some(r) = numeric(vm, 0, a, b, i64::checked_add, |x, y| x + y) {
        return r;
    }
    if let Some(r) = bytes::binary(vm, '+', a, b) {
        return r;
    }
    use crate::generated::layouts::{List, Tuple};
    let (la, lb) = (layout_of(vm, a), layout_of(vm, b));
    if la == lb && matches!(la, Some(List::ID | Tuple::ID)) {
        let mut items = sequences::items(vm, a).unwrap_or_default();
        items.extend(sequences::items(vm, b).unwrap_or_default());
        return if la == Some(List::ID) {
            sequences::new_list(vm, &items)
        } else {
            sequences::new_tuple(vm, &items)
        };
    }
    let (ka, kb) = (type_name(vm, a), type_name(vm, b));
    if matches!(la, Some(List::ID | Tuple::ID)) {
        return Err(Error::new(
            "TypeError",
            format!("can only concatenate {ka} (not \"{kb}\") to {ka}"),
        ));
    }
    if la == Some(crate::generated::layouts::Str::ID) {
        return Err(Error::new(
            "TypeError",
            format!("can only concatenate str (not \"{kb}\") to str"),
        ));
    }
    Err(unsupported(vm, "+", a, b))
}

pub fn sub_fallback(vm: &mut ThreadState, a: Value, b: Value) -> Result<Value, Error> {
    if let Some(r) = dunder::binary_operator(vm, a, b, operators::SUBTRACT)? {
        return Ok(r);
    }
    if let Some(r) = sets::binary(vm, "-", a, b)? {
        return Ok(r);
    }
    numeric(vm, 10, a, b, i64::checked_sub, |x, y| x - y)
        .unwrap_or_else(|| Err(unsupported(vm, "-", a, b)))
}

/// CPython's TypeError for `a * b` when one operand is a sequence (which it would repeat) and
/// the other no int: it names the other's type. None when neither is a sequence.
pub(crate) fn repeat_error(vm: &mut ThreadState, a: Value, b: Value) -> Option<Error> {
    let other = match () {
        _ if repeatable(vm, a) => b,
        _ if repeatable(vm, b) => a,
        _ => return None,
    };
    Some(Error::new(
        "TypeError",
        format!(
            "can't multiply sequence by non-int of type '{}'",
            type_name(vm, other)
        ),
    ))
}

/// `a + b` when neither operand's `__add__`/`__radd__` answered: a str, list, tuple or bytes
/// `a` (or an instance of a class deriving from one) raises its concatenation's error, as
/// CPython's `sq_concat`. None for other `a`.
pub(crate) fn concat_error(vm: &mut ThreadState, a: Value, b: Value) -> Option<Error> {
    let value = crate::objects::class::builtin_subclasses::value_of(vm, a).unwrap_or(a);
    let kb = type_name(vm, b);
    let message = if str_value(vm, value).is_some() {
        format!("can only concatenate str (not \"{kb}\") to str")
    } else if bytes::is_bytes_like(vm, value) {
        format!("can't concat {kb} to {}", type_name(vm, a))
    } else if sequences::is_list(vm, value) {
        format!("can only concatenate list (not \"{kb}\") to list")
    } else if layout_of(vm, value) == Some(crate::generated::layouts::Tuple::ID) {
        format!("can only concatenate tuple (not \"{kb}\") to tuple")
    } else {
        return None;
    };
    Some(Error::new("TypeError", message))
}

/// A str, bytes, list or tuple (or a value of a class deriving from one): what `*` repeats.
fn repeatable(vm: &mut ThreadState, v: Value) -> bool {
    let v = crate::objects::class::builtin_subclasses::value_of(vm, v).unwrap_or(v);
    str_value(vm, v).is_some()
        || bytes::is_bytes_like(vm, v)
        || sequences::is_list(vm, v)
        || layout_of(vm, v) == Some(crate::generated::layouts::Tuple::ID)
}

/// A sequence repeated a big-int number of times, as CPython: past 63 bits an OverflowError;
/// a negative count or an empty sequence gives the empty sequence; else there is no room
/// (MemoryError). None unless one operand is repeatable and the other a big int.
fn big_repeat(vm: &mut ThreadState, a: Value, b: Value) -> Option<Result<Value, Error>> {
    let (seq, count) = match () {
        _ if repeatable(vm, a) && bigint::is_big(vm, b) => (a, b),
        _ if repeatable(vm, b) && bigint::is_big(vm, a) => (b, a),
        _ => return None,
    };
    let count = bigint::to_big(vm, count)?;
    if count.bits() > 63 {
        return Some(Err(Error::new(
            "OverflowError",
            "cannot fit 'int' into an index-sized integer",
        )));
    }
    let empty = sequences::len(vm, seq) == Some(0)
        || str_value(vm, seq).is_some_and(|s| s.is_empty())
        || bytes::value(vm, seq).is_some_and(|d| d.is_empty());
    if count.sign() == num_bigint::Sign::Minus || empty {
        return Some(make_int(0).and_then(|zero| mul_fallback(vm, seq, zero)));
    }
    // Past the largest size: str and bytes say so; lists and tuples have no memory for it.
    let length = str_value(vm, seq)
        .map(|s| s.chars().count())
        .or_else(|| bytes::value(vm, seq).map(|d| d.len()))
        .unwrap_or(1) as u128;
    let too_long =
        length * num_traits::ToPrimitive::to_u128(&count).unwrap_or(u128::MAX) > i64::MAX as u128;
    Some(Err(match () {
        _ if too_long && str_value(vm, seq).is_some() => {
            Error::new("OverflowError", "repeated string is too long")
        }
        _ if too_long && bytes::is_bytes(vm, seq) => {
            Error::new("OverflowError", "repeated bytes are too long")
        }
        _ => Error::new("MemoryError", ""),
    }))
}

pub fn mul_fallback(vm: &mut ThreadState, a: Value, b: Value) -> Result<Value, Error> {
    let counted = |vm: &mut ThreadState, x: Value, y: Value| {
        repeatable(vm, x) && crate::objects::class::is_instance(vm, y)
    };
    if counted(vm, a, b) || counted(vm, b, a) {
        // A sequence times an object: its `__mul__`/`__rmul__` first, then the repeat count
        // through its `__index__` (CPython's sq_repeat).
        let (r, [a, b]) = vm.handle_scope(|vm| {
            let hs = [a, b].map(|x| vm.mutator().root(x));
            let r = dunder::binary_operator(vm, a, b, operators::MULTIPLY);
            (r, hs.map(|h| vm.mutator().get(h)))
        });
        match r {
            Ok(Some(r)) => return Ok(r),
            Err(e) if !e.is("TypeError") => return Err(e),
            _ => {}
        }
        // `index_values` may collect: only the values it gives back are current.
        let converted = [a, b].map(|x| as_int(x).is_some());
        let (_, [ia, ib]) = crate::protocols::index::index_values(vm, [], [a, b])?;
        if (as_int(ia).is_some() || as_int(ib).is_some())
            && [as_int(ia).is_some(), as_int(ib).is_some()] != converted
        {
            return mul_fallback(vm, ia, ib);
        }
        return Err(repeat_error(vm, ia, ib).unwrap_or_else(|| unsupported(vm, "*", ia, ib)));
    }
    if let Some(r) = dunder::binary_operator(vm, a, b, operators::MULTIPLY)? {
        return Ok(r);
    }
    if let Some(r) = numeric(vm, 5, a, b, i64::checked_mul, |x, y| x * y) {
        return r;
    }
    if let Some(r) = big_repeat(vm, a, b) {
        return r;
    }
    let repeat = match (str_value(vm, a), as_int(b), str_value(vm, b), as_int(a)) {
        (Some(s), Some(n), _, _) | (_, _, Some(s), Some(n)) => {
            check_size(vm, s.len() as u128 * n.max(0) as u128)?;
            Some(s.repeat(n.max(0) as usize))
        }
        _ => None,
    };
    if let Some(text) = repeat {
        return new_str(vm, &text);
    }
    if let Some(r) = bytes::binary(vm, '*', a, b) {
        return r;
    }
    let (seq, n) = match (as_int(a), as_int(b)) {
        (_, Some(n)) if sequences::len(vm, a).is_some() => (a, n),
        (Some(n), _) if sequences::len(vm, b).is_some() => (b, n),
        _ => return Err(repeat_error(vm, a, b).unwrap_or_else(|| unsupported(vm, "*", a, b))),
    };
    let items = sequences::items(vm, seq).unwrap_or_default();
    let count = n.max(0) as usize;
    check_size(vm, items.len() as u128 * count as u128 * 8)?;
    let repeated: Vec<Value> = (0..count).flat_map(|_| items.iter().copied()).collect();
    if crate::values::is_list(vm, seq) {
        sequences::new_list(vm, &repeated)
    } else {
        sequences::new_tuple(vm, &repeated)
    }
}

/// `&`, `|`, `^`, `<<`, `>>` on ints (bools give bools for `&|^`) and sets.
/// `type.__or__`: `int | None`, `int | list[str]` make a `types.UnionType` (PEP 604), by
/// `types._union` (None when it answers NotImplemented).
pub(crate) fn type_union(vm: &mut ThreadState, a: Value, b: Value) -> Result<Option<Value>, Error> {
    let union = vm.handle_scope(|vm| {
        let handles = [a, b].map(|x| vm.mutator().root(x));
        let name = vm.name_str("_union")?;
        let hn = vm.mutator().root(name);
        let types = crate::modules::import(vm, "types")?;
        let module = crate::modules::module_object(vm, types)?;
        let name = vm.mutator().get(hn);
        let union = crate::modules::get_attr(vm, module, name)?;
        let [a, b] = handles.map(|h| vm.mutator().get(h));
        vm.call(union, &[a, b], &[])
    })?;
    Ok((union != crate::values::NOT_IMPLEMENTED).then_some(union))
}

fn bitwise(
    vm: &mut ThreadState,
    operator: &'static operators::BinaryOp,
    a: Value,
    b: Value,
) -> Result<Value, Error> {
    let (op, symbol) = (operator.code, operator.named);
    if let Some(r) = dunder::binary_operator(vm, a, b, operator)? {
        return Ok(r);
    }
    if let Some(r) = sets::binary(vm, symbol, a, b)? {
        return Ok(r);
    }
    if op == 7 && dicts::is_dict(vm, a) && dicts::is_dict(vm, b) {
        // `d1 | d2`: a new dict with d2's entries over d1's.
        let entries = dicts::entries(vm, a);
        let flat: Vec<Value> = entries.iter().flat_map(|&(k, v)| [k, v]).collect();
        return vm.handle_scope(|vm| {
            let hb = vm.mutator().root(b);
            dicts::new_dict_of(vm, &flat).and_then(|d| {
                let hd = vm.mutator().root(d);
                let b = vm.mutator().get(hb);
                let d2 = vm.mutator().get(hd);
                dicts::dict_merge(vm, d2, b)?;
                Ok(vm.mutator().get(hd))
            })
        });
    }
    if op == 7 && (crate::objects::class::is_class(vm, a) || crate::objects::class::is_class(vm, b))
    {
        // Nothing else applies to a class: a union, or the error (naming the operands as
        // they are after the Python code that tried).
        let (union, [a, b]) = vm.handle_scope(|vm| {
            let handles = [a, b].map(|x| vm.mutator().root(x));
            let union = type_union(vm, a, b);
            (union, handles.map(|h| vm.mutator().get(h)))
        });
        return union?.ok_or_else(|| unsupported(vm, symbol, a, b));
    }
    if bigint::is_big(vm, a) || bigint::is_big(vm, b) {
        return bigint::binary(vm, op, a, b).unwrap_or_else(|| Err(unsupported(vm, symbol, a, b)));
    }
    let (Some(x), Some(y)) = (as_int(a), as_int(b)) else {
        return Err(unsupported(vm, symbol, a, b));
    };
    let both_bool = matches!(a, TRUE | FALSE) && matches!(b, TRUE | FALSE);
    let r = match op {
        1 => x & y,
        7 => x | y,
        12 => x ^ y,
        3 => {
            if y < 0 {
                return Err(Error::new("ValueError", "negative shift count"));
            }
            if y >= 63 || (x << y) >> y != x {
                return bigint::binary(vm, op, a, b).expect("ints");
            }
            x << y
        }
        _ => {
            if y < 0 {
                return Err(Error::new("ValueError", "negative shift count"));
            }
            x >> y.min(63)
        }
    };
    if both_bool && matches!(op, 1 | 7 | 12) {
        return Ok(py_bool(r != 0));
    }
    // An i64 result may be beyond the small ints (`0x4000 << 48`): a big int then.
    bigint::from_i128(vm, r as i128)
}

/// `+v` (op 1) and `~v` (op 2).
pub fn unary(vm: &mut ThreadState, op: i64, v: Value) -> Result<Value, Error> {
    let (name, symbol) = if op == 1 {
        ("__pos__", "+")
    } else {
        ("__invert__", "~")
    };
    if let Some(r) = dunder::call(vm, v, name, &[])? {
        return Ok(r);
    }
    if let Some(i) = as_int(v) {
        return make_int(if op == 1 { i } else { !i });
    }
    if let Some(r) = bigint::unary(vm, v, if op == 1 { '+' } else { '~' }) {
        return if op == 1 { Ok(v) } else { r };
    }
    if op == 1 && float_value(vm, v).is_some() {
        return Ok(v);
    }
    Err(Error::new(
        "TypeError",
        format!(
            "bad operand type for unary {symbol}: '{}'",
            type_name(vm, v)
        ),
    ))
}

/// `/`, `//`, `%`, `**` (CPython's operator codes 11, 2, 6, 8).
pub fn binary_generic(vm: &mut ThreadState, op: i64, a: Value, b: Value) -> Result<Value, Error> {
    // `//` and `%` of small ints with a nonzero divisor: no dunder can apply, and the result
    // is a small int (|x // y| <= |x| and |x % y| < |y|).
    if let (Some(x), Some(y)) = (int_value(a), int_value(b))
        && y != 0
        && (op == 2 || op == 6)
    {
        let q = floor_div(x, y);
        // (`-2**62 // -1` is beyond the small ints.)
        return bigint::from_i128(vm, if op == 2 { q } else { x - q * y } as i128);
    }
    // `& | ^` of small ints are small ints, and so is `>>` by a non-negative count.
    if let (Some(x), Some(y)) = (int_value(a), int_value(b)) {
        match op {
            1 => return bigint::from_i128(vm, (x & y) as i128),
            7 => return bigint::from_i128(vm, (x | y) as i128),
            12 => return bigint::from_i128(vm, (x ^ y) as i128),
            9 if y >= 0 => return bigint::from_i128(vm, (x >> y.min(63)) as i128),
            _ => {}
        }
    }
    let operator = match operators::by_code(op) {
        // `+ - *` have their own entry points.
        Some(o) if !matches!(op, 0 | 5 | 10) => o,
        _ => return Err(bad_operator(vm, op)),
    };
    let symbol = operator.named;
    if op == 4 {
        // Only classes define `@` (`__matmul__`).
        return match dunder::binary_operator(vm, a, b, operator)? {
            Some(r) => Ok(r),
            None => Err(Error::new(
                "TypeError",
                format!(
                    "unsupported operand type(s) for @: '{}' and '{}'",
                    type_name(vm, a),
                    type_name(vm, b)
                ),
            )),
        };
    }
    if matches!(op, 1 | 7 | 12 | 3 | 9) {
        return bitwise(vm, operator, a, b);
    }
    if op == 6
        && let Some(template) = str_value(vm, a)
    {
        let text = crate::protocols::format::percent(vm, &template, b)?;
        return new_str(vm, &text);
    }
    if op == 6
        && let Some(template) = crate::objects::bytes::value(vm, a)
        && crate::objects::bytes::is_bytes_like(vm, a)
        && !crate::objects::memoryview::is_memoryview(vm, a)
    {
        let bytearray =
            crate::values::layout_of(vm, a) == Some(crate::generated::layouts::ByteArray::ID);
        let data = crate::protocols::format::bytes_percent(vm, &template, b)?;
        return crate::objects::bytes::new_like(vm, bytearray, &data);
    }
    if let Some(r) = dunder::binary_operator(vm, a, b, operator)? {
        return Ok(r);
    }
    let zero = |m: &str| Err(Error::new("ZeroDivisionError", m));
    if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
        let small = match op {
            11 if y == 0 => return zero("division by zero"),
            // Exact for |x|, |y| < 2**53; beyond, the big path rounds correctly.
            11 if x.abs() < 1 << 53 && y.abs() < 1 << 53 => {
                return box_float(vm, x as f64 / y as f64);
            }
            2 if y == 0 => return zero("integer division or modulo by zero"),
            2 if !(x == i64::MIN && y == -1) => make_int(floor_div(x, y)).ok(),
            6 if y == 0 => return zero("integer modulo by zero"),
            6 if y == -1 => make_int(0).ok(),
            6 => make_int(x - floor_div(x, y) * y).ok(),
            8 if y >= 0 => u32::try_from(y)
                .ok()
                .and_then(|y| x.checked_pow(y))
                .and_then(|p| make_int(p).ok()),
            8 if x == 0 => return zero("0.0 cannot be raised to a negative power"),
            8 => return crate::objects::float::power(vm, x as f64, y as f64),
            _ => None,
        };
        if let Some(v) = small {
            return Ok(v);
        }
    }
    if let Some(r) = bigint::binary(vm, op, a, b) {
        return r;
    }
    let (Some(x), Some(y)) = (as_float(vm, a), as_float(vm, b)) else {
        return Err(unsupported(vm, symbol, a, b));
    };
    match op {
        11 if y == 0.0 => zero("float division by zero"),
        11 => box_float(vm, x / y),
        2 if y == 0.0 => zero("float floor division by zero"),
        2 => box_float(vm, crate::objects::float::div_mod(x, y).0),
        6 if y == 0.0 => zero("float modulo"),
        6 => box_float(vm, crate::objects::float::div_mod(x, y).1),
        _ => crate::objects::float::power(vm, x, y),
    }
}

/// Python's floor division of ints (rounds towards negative infinity).
fn floor_div(x: i64, y: i64) -> i64 {
    let q = x / y;
    if (x % y != 0) && ((x < 0) != (y < 0)) {
        q - 1
    } else {
        q
    }
}

/// `-v`.
pub fn negative(vm: &mut ThreadState, v: Value) -> Result<Value, Error> {
    if let Some(r) = dunder::call(vm, v, "__neg__", &[])? {
        return Ok(r);
    }
    if let Some(i) = as_int(v) {
        return bigint::from_i128(vm, -(i as i128));
    }
    if let Some(r) = bigint::unary(vm, v, '-') {
        return r;
    }
    if let Some(f) = float_value(vm, v) {
        return box_float(vm, -f);
    }
    Err(Error::new(
        "TypeError",
        format!("bad operand type for unary -: '{}'", type_name(vm, v)),
    ))
}
