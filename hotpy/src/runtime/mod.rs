//! The Rust functions `../spec` names: value classes, truth, boxing, the numeric operators and
//! their fallbacks, and the errors instructions raise. Python's semantics decide every result.
//!
//! Not yet here (the [core] issue): arbitrary-precision ints (an int result beyond 63 bits is an
//! OverflowError for now), objects with `__add__` and friends, and names in error messages.

pub mod attributes;
pub mod bigint;
pub mod builtin_subclasses;
pub mod builtins;
pub mod builtins_objects;
pub mod bytes;
pub mod chaining;
pub mod class_creation;
pub mod classes;
pub mod deletion;
pub mod dicts;
pub mod dunder;
pub mod exceptions;
pub mod format;
pub mod iter;
pub mod lazy;
pub mod lookup_cache;
pub mod methods_more;
pub mod namespaces;
pub mod sequences;
pub mod sets;
pub mod slices;
pub mod storage;
pub mod syntax_error;
pub mod text;
pub mod type_objects;

use crate::generated::layouts::{Builtin, Float, Function, LAYOUTS, Str};
use crate::vm::{Error, ThreadState};
use gvmt::rt::{Value, Vm, heap};

pub const NONE: Value = Value(0x02);
pub const FALSE: Value = Value(0x12);
pub const TRUE: Value = Value(0x22);
pub const UNBOUND: Value = Value(0x32);
/// What `iter_next` returns when an iterator is exhausted (never a Python value).
pub const EXHAUSTED: Value = Value(0x42);
/// `...` (`imm_tag(7)`).
pub const ELLIPSIS: Value = Value(0x72);

pub fn int_value(v: Value) -> Option<i64> {
    (v.0 & 1 == 1).then_some((v.0 as i64) >> 1)
}

pub fn make_int(i: i64) -> Result<Value, Error> {
    if (i.wrapping_shl(1) >> 1) != i {
        return Err(Error::new(
            "OverflowError",
            "int too large (hotpy has no big ints yet)",
        ));
    }
    Ok(Value(((i as u64) << 1) | 1))
}

pub(crate) fn layout_of(vm: &ThreadState, v: Value) -> Option<usize> {
    if v.0 & 0xf != 0 || v.0 == 0 {
        return None;
    }
    Some(heap::layout_of(vm.vmctx(), v)).filter(|l| *l < LAYOUTS.len())
}

pub fn float_value(vm: &ThreadState, v: Value) -> Option<f64> {
    (layout_of(vm, v) == Some(Float::ID)).then(|| Float::value(vm.vmctx(), v))
}

/// Python's name of a value's type.
pub fn type_name(vm: &ThreadState, v: Value) -> &'static str {
    match v {
        NONE => "NoneType",
        dunder::NOT_IMPLEMENTED => "NotImplementedType",
        ELLIPSIS => "ellipsis",
        FALSE | TRUE => "bool",
        _ if int_value(v).is_some() => "int",
        _ => match layout_of(vm, v) {
            Some(l) if l == Float::ID => "float",
            Some(l) if l == Str::ID => "str",
            Some(l) if l == Function::ID => "function",
            Some(l) if l == Builtin::ID => "builtin_function_or_method",
            Some(l) if l == crate::generated::layouts::Range::ID => "range",
            Some(l) if l == crate::generated::layouts::List::ID => "list",
            Some(l) if l == crate::generated::layouts::Dict::ID => "dict",
            Some(l) if l == crate::generated::layouts::Class::ID => "type",
            Some(l) if l == crate::generated::layouts::Method::ID => "method",
            Some(l) if l == crate::generated::layouts::Super::ID => "super",
            Some(l) if l == crate::generated::layouts::Cell::ID => "cell",
            Some(l) if l == crate::generated::layouts::Bytes::ID => "bytes",
            Some(l) if l == crate::generated::layouts::Slice::ID => "slice",
            Some(l) if l == crate::generated::layouts::LazyIter::ID => lazy::kind_name(vm, v),
            Some(l) if l == crate::generated::layouts::Module::ID => "module",
            Some(l) if l == crate::generated::layouts::BigInt::ID => "int",
            Some(l) if l == crate::generated::layouts::Set::ID => {
                if sets::is_frozen(vm, v) {
                    "frozenset"
                } else {
                    "set"
                }
            }
            Some(l) if l == crate::generated::layouts::Generator::ID => "generator",
            Some(l) if l == crate::generated::layouts::Descriptor::ID => {
                match crate::generated::layouts::Descriptor::kind(vm.vmctx(), v) {
                    classes::STATIC => "staticmethod",
                    classes::CLASS => "classmethod",
                    _ => "property",
                }
            }
            Some(l) if l == crate::generated::layouts::Instance::ID => {
                classes::class_name(vm, classes::class_of(vm, v))
            }
            Some(l) if l == crate::generated::layouts::Exception::ID => {
                classes::class_name(vm, classes::class_of(vm, v))
            }
            Some(l) if l == crate::generated::layouts::Tuple::ID => "tuple",
            Some(l) if l == crate::generated::layouts::MethodWrapper::ID => "method-wrapper",
            Some(l) if l == crate::generated::layouts::BoundMethod::ID => "builtin_method",
            Some(l) if l == crate::generated::layouts::SeqIter::ID => {
                let seq = crate::generated::layouts::SeqIter::seq(vm.vmctx(), v);
                if layout_of(vm, seq) == Some(crate::generated::layouts::Tuple::ID) {
                    "tuple_iterator"
                } else {
                    "list_iterator"
                }
            }
            Some(l) if l == crate::generated::layouts::RangeIter::ID => "range_iterator",
            Some(l) if l == crate::generated::layouts::StrIter::ID => "str_ascii_iterator",
            _ => "object",
        },
    }
}

/// The text of a str object.
pub fn str_value(vm: &ThreadState, v: Value) -> Option<String> {
    if layout_of(vm, v) != Some(Str::ID) {
        return None;
    }
    let ctx = vm.vmctx();
    let n = Str::nbytes(ctx, v) as usize;
    let mut bytes = Vec::with_capacity(n);
    for i in 0..Str::words(ctx, v) as usize {
        bytes.extend((Str::data(ctx, v, i) as u64).to_le_bytes());
    }
    bytes.truncate(n);
    Some(String::from_utf8(bytes).expect("str objects hold UTF-8"))
}

/// The UTF-8 bytes of a str object, read in place (no allocation), to `f`.
fn with_str_bytes<R>(
    vm: &ThreadState,
    v: Value,
    f: impl FnOnce(&mut dyn Iterator<Item = u8>) -> R,
) -> R {
    let ctx = vm.vmctx();
    let n = Str::nbytes(ctx, v) as usize;
    let words = Str::words(ctx, v) as usize;
    let mut bytes = (0..words)
        .flat_map(move |i| (Str::data(ctx, v, i) as u64).to_le_bytes())
        .take(n);
    f(&mut bytes)
}

/// True if `v` is a str equal to `text`, compared in place (no allocation).
pub fn str_is(vm: &ThreadState, v: Value, text: &str) -> bool {
    layout_of(vm, v) == Some(Str::ID)
        && Str::nbytes(vm.vmctx(), v) as usize == text.len()
        && with_str_bytes(vm, v, |bytes| bytes.eq(text.bytes()))
}

/// `a == b` for two str objects without copying them (None unless both are strs).
pub fn str_equal(vm: &ThreadState, a: Value, b: Value) -> Option<bool> {
    if layout_of(vm, a) != Some(Str::ID) || layout_of(vm, b) != Some(Str::ID) {
        return None;
    }
    let ctx = vm.vmctx();
    if Str::nbytes(ctx, a) != Str::nbytes(ctx, b) {
        return Some(false);
    }
    let (ha, hb) = (Str::hash(ctx, a), Str::hash(ctx, b));
    if ha != 0 && hb != 0 && ha != hb {
        return Some(false);
    }
    let words = Str::words(ctx, a) as usize;
    Some((0..words).all(|i| Str::data(ctx, a, i) == Str::data(ctx, b, i)))
}

/// FNV-1a of a str's bytes (stable within a run, which is all dicts and sets need).
pub fn str_hash(vm: &ThreadState, v: Value) -> Option<i64> {
    if layout_of(vm, v) != Some(Str::ID) {
        return None;
    }
    let cached = Str::hash(vm.vmctx(), v);
    if cached != 0 {
        return Some(cached);
    }
    let h = with_str_bytes(vm, v, |bytes| {
        let mut h: u64 = 0xcbf29ce484222325;
        for b in bytes {
            h = (h ^ b as u64).wrapping_mul(0x100000001b3);
        }
        // 0 marks "not computed yet".
        if h == 0 { 1 } else { h as i64 }
    });
    Str::set_hash(vm.vmctx(), v, h);
    Some(h)
}

/// MemoryError unless `bytes` could fit in the heap: checked before Rust code builds a large
/// string or vector for a Python object (a failed Rust allocation would abort the process).
pub fn check_size(vm: &ThreadState, bytes: u128) -> Result<(), Error> {
    if bytes > vm.mutator_ref().heap().config().max_heap as u128 {
        return Err(Error::new("MemoryError", ""));
    }
    Ok(())
}

/// A new str object. May collect.
pub fn new_str(vm: &mut ThreadState, text: &str) -> Result<Value, Error> {
    let bytes = text.as_bytes();
    let words = bytes.len().div_ceil(8);
    let object = vm.alloc(Str::ID, Str::size_for(words))?;
    let ctx = vm.vmctx();
    Str::set_nbytes(ctx, object, bytes.len() as i64);
    Str::set_hash(ctx, object, 0);
    Str::set_words(ctx, object, words as i64);
    for (i, chunk) in bytes.chunks(8).enumerate() {
        let mut word = [0u8; 8];
        word[..chunk.len()].copy_from_slice(chunk);
        Str::set_data(ctx, object, i, i64::from_le_bytes(word));
    }
    Ok(object)
}

/// A bool as a Python value.
pub fn py_bool(b: bool) -> Value {
    if b { TRUE } else { FALSE }
}

/// The value as an int for arithmetic: ints, and bools (a subclass of int).
pub(crate) fn as_int(v: Value) -> Option<i64> {
    match v {
        TRUE => Some(1),
        FALSE => Some(0),
        _ => int_value(v),
    }
}

/// The value as a float for arithmetic: floats, ints, bools.
fn as_float(vm: &ThreadState, v: Value) -> Option<f64> {
    as_int(v)
        .map(|i| i as f64)
        .or_else(|| float_value(vm, v))
        .or_else(|| bigint::to_f64(vm, v).map(|r| r.unwrap_or(f64::INFINITY)))
}

pub fn class_of(vm: &mut ThreadState, v: Value) -> i64 {
    if int_value(v).is_some() {
        0
    } else if float_value(vm, v).is_some() {
        1
    } else {
        2
    }
}

pub fn is_float(vm: &mut ThreadState, v: Value) -> bool {
    float_value(vm, v).is_some()
}

pub fn is_true(vm: &mut ThreadState, v: Value) -> Result<bool, Error> {
    Ok(match v {
        NONE | FALSE => false,
        TRUE => true,
        _ => match (int_value(v), float_value(vm, v)) {
            (Some(i), _) => i != 0,
            (_, Some(f)) => f != 0.0,
            _ => match layout_of(vm, v) {
                _ if let Some(t) = dunder::truth(vm, v)? => t,
                Some(l) if l == Str::ID => Str::nbytes(vm.vmctx(), v) != 0,
                Some(l) if l == crate::generated::layouts::Bytes::ID => {
                    crate::generated::layouts::Bytes::nbytes(vm.vmctx(), v) != 0
                }
                Some(l) if l == crate::generated::layouts::BigInt::ID => true,
                _ if dicts::is_dict(vm, v) => dicts::len(vm, v) != 0,
                _ if sets::is_set(vm, v) => sets::len(vm, v) != 0,
                _ => sequences::len(vm, v).is_none_or(|n| n != 0),
            },
        },
    })
}

pub fn box_float(vm: &mut ThreadState, f: f64) -> Result<Value, Error> {
    let object = vm.alloc(Float::ID, Float::FIXED_SIZE)?;
    Float::set_value(vm.vmctx(), object, f);
    Ok(object)
}

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
    if let Some(r) = dunder::binary_operator(vm, a, b, "+")? {
        return Ok(r);
    }
    if let Some(r) = numeric(vm, 0, a, b, i64::checked_add, |x, y| x + y) {
        return r;
    }
    if let (Some(x), Some(y)) = (str_value(vm, a), str_value(vm, b)) {
        return new_str(vm, &(x + &y));
    }
    if let Some(r) = bytes::binary(vm, '+', a, b) {
        return r;
    }
    let (ka, kb) = (type_name(vm, a), type_name(vm, b));
    if ka == kb && (ka == "list" || ka == "tuple") {
        let mut items = sequences::items(vm, a).unwrap_or_default();
        items.extend(sequences::items(vm, b).unwrap_or_default());
        return if ka == "list" {
            sequences::new_list(vm, &items)
        } else {
            sequences::new_tuple(vm, &items)
        };
    }
    if ka == "list" || ka == "tuple" {
        return Err(Error::new(
            "TypeError",
            format!("can only concatenate {ka} (not \"{kb}\") to {ka}"),
        ));
    }
    if ka == "str" {
        return Err(Error::new(
            "TypeError",
            format!("can only concatenate str (not \"{kb}\") to str"),
        ));
    }
    Err(unsupported(vm, "+", a, b))
}

pub fn sub_fallback(vm: &mut ThreadState, a: Value, b: Value) -> Result<Value, Error> {
    if let Some(r) = sets::binary(vm, "-", a, b)? {
        return Ok(r);
    }
    if let Some(r) = dunder::binary_operator(vm, a, b, "-")? {
        return Ok(r);
    }
    numeric(vm, 10, a, b, i64::checked_sub, |x, y| x - y)
        .unwrap_or_else(|| Err(unsupported(vm, "-", a, b)))
}

pub fn mul_fallback(vm: &mut ThreadState, a: Value, b: Value) -> Result<Value, Error> {
    if let Some(r) = dunder::binary_operator(vm, a, b, "*")? {
        return Ok(r);
    }
    if let Some(r) = numeric(vm, 5, a, b, i64::checked_mul, |x, y| x * y) {
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
        _ => return Err(unsupported(vm, "*", a, b)),
    };
    let items = sequences::items(vm, seq).unwrap_or_default();
    let count = n.max(0) as usize;
    check_size(vm, items.len() as u128 * count as u128 * 8)?;
    let repeated: Vec<Value> = (0..count).flat_map(|_| items.iter().copied()).collect();
    if type_name(vm, seq) == "list" {
        sequences::new_list(vm, &repeated)
    } else {
        sequences::new_tuple(vm, &repeated)
    }
}

/// `&`, `|`, `^`, `<<`, `>>` on ints (bools give bools for `&|^`) and sets.
fn bitwise(
    vm: &mut ThreadState,
    op: i64,
    symbol: &str,
    a: Value,
    b: Value,
) -> Result<Value, Error> {
    if let Some(r) = dunder::binary_operator(vm, a, b, symbol)? {
        return Ok(r);
    }
    if let Some(r) = sets::binary(vm, symbol, a, b)? {
        return Ok(r);
    }
    if op == 7 && dicts::is_dict(vm, a) && dicts::is_dict(vm, b) {
        // `d1 | d2`: a new dict with d2's entries over d1's.
        let entries = dicts::entries(vm, a);
        let flat: Vec<Value> = entries.iter().flat_map(|&(k, v)| [k, v]).collect();
        let mark = vm.mutator().handle_mark();
        let hb = vm.mutator().root(b);
        let result = dicts::new_dict_of(vm, &flat).and_then(|d| {
            let hd = vm.mutator().root(d);
            let b = vm.mutator().get(hb);
            let d2 = vm.mutator().get(hd);
            dicts::dict_merge(vm, d2, b)?;
            Ok(vm.mutator().get(hd))
        });
        vm.mutator().release_handles(mark);
        return result;
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
    make_int(r)
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
    let symbol = match op {
        11 => "/",
        2 => "//",
        6 => "%",
        8 => "** or pow()",
        1 => "&",
        7 => "|",
        12 => "^",
        3 => "<<",
        9 => ">>",
        4 => "@",
        _ => return Err(bad_operator(vm, op)),
    };
    if op == 4 {
        // Only classes define `@` (`__matmul__`).
        return match dunder::binary_operator(vm, a, b, symbol)? {
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
        return bitwise(vm, op, symbol, a, b);
    }
    if op == 6
        && let Some(template) = str_value(vm, a)
    {
        let text = format::percent(vm, &template, b)?;
        return new_str(vm, &text);
    }
    if let Some(r) = dunder::binary_operator(vm, a, b, symbol)? {
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
            8 => return box_float(vm, (x as f64).powf(y as f64)),
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
        2 => box_float(vm, (x / y).floor()),
        6 if y == 0.0 => zero("float modulo"),
        6 => {
            let m = x % y;
            box_float(
                vm,
                if m != 0.0 && ((m < 0.0) != (y < 0.0)) {
                    m + y
                } else {
                    m
                },
            )
        }
        _ if x == 0.0 && y < 0.0 => zero("0.0 cannot be raised to a negative power"),
        _ => box_float(vm, x.powf(y)),
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

/// Lexicographic comparison of two lists or two tuples: the first pair of items that differ
/// decides, else the lengths. Items are re-read through handles after every item comparison,
/// which may run `__eq__`.
fn compare_sequences(vm: &mut ThreadState, op: i64, a: Value, b: Value) -> Result<Value, Error> {
    let mark = vm.mutator().handle_mark();
    let (ha, hb) = (vm.mutator().root(a), vm.mutator().root(b));
    let result = (|| {
        let mut i = 0;
        loop {
            let (a, b) = (vm.mutator().get(ha), vm.mutator().get(hb));
            let (x, y) = (
                sequences::items(vm, a).unwrap_or_default(),
                sequences::items(vm, b).unwrap_or_default(),
            );
            match (x.get(i), y.get(i)) {
                (Some(&p), Some(&q)) => {
                    if p == q || compare(vm, 2, p, q)? == TRUE {
                        i += 1;
                        continue;
                    }
                    return match op {
                        2 => Ok(FALSE),
                        3 => Ok(TRUE),
                        _ => {
                            let (a, b) = (vm.mutator().get(ha), vm.mutator().get(hb));
                            let (p, q) = (
                                sequences::items(vm, a).unwrap_or_default()[i],
                                sequences::items(vm, b).unwrap_or_default()[i],
                            );
                            compare(vm, op, p, q)
                        }
                    };
                }
                _ => {
                    let (m, n) = (x.len(), y.len());
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
    })();
    vm.mutator().release_handles(mark);
    result
}

/// `left <op> right` for CPython's comparison codes (0 `<` ... 5 `>=`).
pub fn compare(vm: &mut ThreadState, op: i64, a: Value, b: Value) -> Result<Value, Error> {
    use std::cmp::Ordering;
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
    if (op == 8 || op == 9)
        && let Some(n) = iter::range_len(vm, b)
    {
        let ctx = vm.vmctx();
        let (start, step) = (
            crate::generated::layouts::Range::start(ctx, b),
            crate::generated::layouts::Range::step(ctx, b),
        );
        let found = as_int(a).is_some_and(|x| {
            let k = x - start;
            k % step == 0 && (0..n).contains(&(k / step))
        }) || (as_int(a).is_none() && {
            // A float equal to a member counts (3.0 in range(5)).
            float_value(vm, a).is_some_and(|f| {
                f.fract() == 0.0 && {
                    let k = f as i64 - start;
                    k % step == 0 && (0..n).contains(&(k / step))
                }
            })
        });
        return Ok(py_bool(found == (op == 8)));
    }
    if (op == 8 || op == 9) && bytes::is_bytes(vm, b) {
        let found = bytes::contains(vm, b, a)?;
        return Ok(py_bool(found == (op == 8)));
    }
    if (op == 8 || op == 9) && sets::is_set(vm, b) {
        let found = sets::contains(vm, b, a)?;
        return Ok(py_bool(found == (op == 8)));
    }
    if (op == 8 || op == 9) && classes::is_instance(vm, b) {
        // `__contains__`, else a search of the iteration (`__iter__` or `__getitem__`).
        let mark = vm.mutator().handle_mark();
        let (ha, hb) = (vm.mutator().root(a), vm.mutator().root(b));
        let found = (|| {
            if let Some(r) = dunder::call(vm, b, "__contains__", &[a])? {
                return is_true(vm, r);
            }
            let b = vm.mutator().get(hb);
            let items = match builtins::collect(vm, b) {
                Ok(items) => items,
                Err(e) if e.message().ends_with("is not iterable") => {
                    let b = vm.mutator().get(hb);
                    return Err(Error::new(
                        "TypeError",
                        format!("argument of type '{}' is not iterable", type_name(vm, b)),
                    ));
                }
                Err(e) => return Err(e),
            };
            let handles: Vec<_> = items.iter().map(|&v| vm.mutator().root(v)).collect();
            for h in handles {
                let (x, a) = (vm.mutator().get(h), vm.mutator().get(ha));
                if x == a || compare(vm, 2, x, a)? == TRUE {
                    return Ok(true);
                }
            }
            Ok(false)
        })();
        vm.mutator().release_handles(mark);
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
                _ => {
                    return Err(Error::new(
                        "TypeError",
                        format!("argument of type '{}' is not iterable", type_name(vm, b)),
                    ));
                }
            };
            return Ok(py_bool(found == (op == 8)));
        }
        _ => {}
    }
    let ordering = if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
        Some(x.cmp(&y))
    } else if let Some(o) = bigint::compare(vm, a, b) {
        Some(o)
    } else if let (Some(x), Some(y)) = (as_float(vm, a), as_float(vm, b)) {
        x.partial_cmp(&y)
    } else if let (Some(x), Some(y)) = (str_value(vm, a), str_value(vm, b)) {
        Some(x.cmp(&y))
    } else if let (Some(x), Some(y)) = (bytes::value(vm, a), bytes::value(vm, b)) {
        Some(x.cmp(&y))
    } else {
        let (ka, kb) = (type_name(vm, a), type_name(vm, b));
        if ka == kb && (ka == "list" || ka == "tuple") {
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

pub fn load_global(vm: &mut ThreadState, index: i64) -> Result<Value, Error> {
    vm.load_global(index as usize)
}

pub fn store_global(vm: &mut ThreadState, index: i64, v: Value) {
    vm.store_global(index as usize, v)
}

pub fn unbound_local(vm: &mut ThreadState, index: i64) -> Error {
    let name = vm.running_local_name(index as usize);
    Error::new(
        "UnboundLocalError",
        format!("cannot access local variable '{name}' where it is not associated with a value"),
    )
}

pub fn unbound_deref(vm: &mut ThreadState, index: i64) -> Error {
    if vm.running_local_is_free(index as usize) {
        let name = vm.running_local_name(index as usize);
        Error::new(
            "NameError",
            format!(
                "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
            ),
        )
    } else {
        unbound_local(vm, index)
    }
}

/// A new function object like `f` with the dict `kwdefaults` of keyword-only defaults.
pub fn with_kwdefaults(vm: &mut ThreadState, f: Value, kwdefaults: Value) -> Result<Value, Error> {
    let (g, kept) = vm.alloc_keeping(Function::ID, Function::FIXED_SIZE, &[f, kwdefaults])?;
    let ctx = vm.vmctx();
    Function::set_code(ctx, g, Function::code(ctx, kept[0]));
    Function::set_defaults(ctx, g, Function::defaults(ctx, kept[0]));
    Function::set_closure(ctx, g, Function::closure(ctx, kept[0]));
    Function::set_kwdefaults(ctx, g, kept[1]);
    Function::set_attrs(ctx, g, Function::attrs(ctx, kept[0]));
    Ok(g)
}

/// A new function object like `f` with the tuple `closure` of cells.
pub fn with_closure(vm: &mut ThreadState, f: Value, closure: Value) -> Result<Value, Error> {
    let (g, kept) = vm.alloc_keeping(Function::ID, Function::FIXED_SIZE, &[f, closure])?;
    let ctx = vm.vmctx();
    Function::set_code(ctx, g, Function::code(ctx, kept[0]));
    Function::set_defaults(ctx, g, Function::defaults(ctx, kept[0]));
    Function::set_closure(ctx, g, kept[1]);
    Function::set_kwdefaults(ctx, g, Function::kwdefaults(ctx, kept[0]));
    Function::set_attrs(ctx, g, Function::attrs(ctx, kept[0]));
    Ok(g)
}

pub fn bad_operator(_vm: &mut ThreadState, op: i64) -> Error {
    Error::new("SystemError", format!("unknown operator code {op}"))
}

/// A new function object like `f` with the tuple `defaults` of default values.
pub fn with_defaults(vm: &mut ThreadState, f: Value, defaults: Value) -> Result<Value, Error> {
    let (g, kept) = vm.alloc_keeping(Function::ID, Function::FIXED_SIZE, &[f, defaults])?;
    let ctx = vm.vmctx();
    Function::set_code(ctx, g, Function::code(ctx, kept[0]));
    Function::set_defaults(ctx, g, kept[1]);
    Function::set_closure(ctx, g, Function::closure(ctx, kept[0]));
    Function::set_kwdefaults(ctx, g, Function::kwdefaults(ctx, kept[0]));
    Function::set_attrs(ctx, g, Function::attrs(ctx, kept[0]));
    Ok(g)
}
