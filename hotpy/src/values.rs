//! Value helpers every part of the VM uses: tagging and boxing (ints, floats, strs), truth,
//! type names for messages, layout tests, and the immediates the spec declares. Per-type code
//! lives in `objects/`, protocols that span types (operators, comparison, attribute access,
//! repr, format, iteration, special-method dispatch) in `protocols/`, builtin functions in
//! `modules/builtins/`. Must not: hold a type's methods or a protocol's dispatch.

pub use crate::protocols::arithmetic::*;
pub use crate::protocols::comparison::*;

use crate::generated::layouts::{Float, Function, LAYOUTS, Str};
use crate::objects::int::bigint;
use crate::objects::{dict as dicts, sequence as sequences, set as sets};
use crate::protocols::dunder;
use crate::vm::{Error, ThreadState};
use gvmt::rt::{Value, Vm, heap};

/// The immediates, generated from the spec's `value` declaration.
pub use crate::generated::layouts::{
    ELLIPSIS, EXHAUSTED, FALSE, NONE, NOT_IMPLEMENTED, SET_DUMMY, TRUE, UNBOUND,
};

/// `a == b` for strs at compile time (the tables' `const fn` lookups by name use it, so a
/// name missing from a table is a compile error rather than a runtime search).
pub const fn same_text(a: &str, b: &str) -> bool {
    same_bytes(a.as_bytes(), b.as_bytes())
}

/// `a == b` for byte strings at compile time.
pub const fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

#[inline]
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

#[inline]
pub(crate) fn layout_of(vm: &ThreadState, v: Value) -> Option<usize> {
    if v.0 & 0xf != 0 || v.0 == 0 {
        return None;
    }
    Some(heap::layout_of(vm.vmctx(), v)).filter(|l| *l < LAYOUTS.len())
}

#[inline]
pub fn float_value(vm: &ThreadState, v: Value) -> Option<f64> {
    (layout_of(vm, v) == Some(Float::ID)).then(|| Float::value(vm.vmctx(), v))
}

/// True for an exact tuple (not an instance of a subclass).
#[inline]
pub fn is_tuple(vm: &ThreadState, v: Value) -> bool {
    layout_of(vm, v) == Some(crate::generated::layouts::Tuple::ID)
}

/// True for an exact list (not an instance of a subclass).
#[inline]
pub fn is_list(vm: &ThreadState, v: Value) -> bool {
    layout_of(vm, v) == Some(crate::generated::layouts::List::ID)
}

/// True for a Python function object.
#[inline]
pub fn is_function(vm: &ThreadState, v: Value) -> bool {
    layout_of(vm, v) == Some(Function::ID)
}

/// Python's name of a value's type.
pub fn type_name(vm: &ThreadState, v: Value) -> &'static str {
    use crate::generated::layouts::{BoundMethod, Class, Exception, Instance, MethodWrapper};
    match layout_of(vm, v) {
        Some(Instance::ID | Exception::ID) => {
            crate::objects::class::class_name(vm, crate::objects::class::class_of(vm, v))
        }
        // A class's type is its metaclass (None for `type`).
        Some(Class::ID) => match Class::meta(vm.vmctx(), v) {
            NONE => "type",
            meta => crate::objects::class::class_name(vm, meta),
        },
        // The runtime's own names for these two (`python_type_name` has Python's).
        Some(BoundMethod::ID) => "builtin_method",
        Some(MethodWrapper::ID) => "method-wrapper",
        _ => match crate::objects::class::builtin_types::type_index(vm, v) {
            Some(i) => crate::objects::class::builtin_types::BUILTIN_TYPES[i].0,
            None => "object",
        },
    }
}

/// The text of a str object, borrowed in place (None for other objects): no copy, so that
/// a method reading a few characters of a long string costs what it reads. The borrow of
/// `vm` keeps the thread from allocating (and so from collecting) while the text is held.
pub fn str_text(vm: &ThreadState, v: Value) -> Option<&str> {
    if layout_of(vm, v) != Some(Str::ID) {
        return None;
    }
    let ctx = vm.vmctx();
    let n = Str::nbytes(ctx, v) as usize;
    let bytes = crate::vm::str_text::bytes(ctx, v, n);
    debug_assert!(std::str::from_utf8(bytes).is_ok(), "str objects hold UTF-8");
    // SAFETY: `new_str`, the only constructor of str objects, copies a Rust `&str`'s bytes
    // (UTF-8) into the tail and sets `nbytes` to their length; nothing writes them after.
    Some(unsafe { std::str::from_utf8_unchecked(bytes) })
}

/// The text of a str, or of an instance of a str subclass (the str it carries), copied:
/// for arguments that accept any str (`''.join(items)`, `s.find(sub)`).
pub fn str_value_of_any(vm: &ThreadState, v: Value) -> Option<String> {
    str_value(vm, v).or_else(|| {
        crate::objects::class::builtin_subclasses::value_of(vm, v).and_then(|s| str_value(vm, s))
    })
}

/// The text of a str object, copied.
pub fn str_value(vm: &ThreadState, v: Value) -> Option<String> {
    str_text(vm, v).map(str::to_owned)
}

/// The UTF-8 bytes of a str object, read in place (no allocation), to `f`.
fn with_str_bytes<R>(
    vm: &ThreadState,
    v: Value,
    f: impl FnOnce(&mut dyn Iterator<Item = u8>) -> R,
) -> R {
    let text = str_text(vm, v).expect("a str object");
    f(&mut text.bytes())
}

/// The length in characters of a str object (None for other objects).
pub fn str_char_len(vm: &ThreadState, v: Value) -> Option<usize> {
    (layout_of(vm, v) == Some(Str::ID)).then(|| Str::nchars(vm.vmctx(), v) as usize)
}

/// The character starting at byte `offset` of a str object and the offset after it, read
/// in place; None at the end.
pub fn str_char_at_byte(vm: &ThreadState, v: Value, offset: usize) -> Option<(char, usize)> {
    let text = str_text(vm, v).expect("a str object");
    let c = text.get(offset..)?.chars().next()?;
    Some((c, offset + c.len_utf8()))
}

/// Character `index` (< the length) of a str object: O(1) for ASCII text.
pub fn str_char_at(vm: &ThreadState, v: Value, index: usize) -> char {
    let text = str_text(vm, v).expect("a str object");
    let offset = char_offset(vm, v, text, index);
    text[offset..].chars().next().expect("index < length")
}

/// The byte offset of character `index` (<= the length) of `text`, the text of the str
/// object `v`: O(1) for ASCII text, else from the thread's index of the last long non-ASCII
/// string it indexed (`crate::objects::str::char_index`).
pub fn char_offset(vm: &ThreadState, v: Value, text: &str, index: usize) -> usize {
    if Str::nchars(vm.vmctx(), v) as usize == text.len() {
        return index;
    }
    crate::objects::str::char_index::offset_of(vm, v, text, index)
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
    // The words the text covers (a str `+=` made may have more; those after are unused,
    // and the bytes after the text in its last word are zero).
    let words = (Str::nbytes(ctx, a) as usize).div_ceil(8);
    Some((0..words).all(|i| Str::data(ctx, a, i) == Str::data(ctx, b, i)))
}

/// FNV-1a of a str's bytes (stable within a run, which is all dicts and sets need).
pub fn str_hash(vm: &ThreadState, v: Value) -> Option<i64> {
    if layout_of(vm, v) != Some(Str::ID) {
        return None;
    }
    if Str::nbytes(vm.vmctx(), v) == 0 {
        // CPython's hash of the empty str.
        return Some(0);
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
    // A cache: outside transactional memory under stm (two threads hashing one str must
    // not conflict).
    crate::vm::cache_words::set_str_hash(vm.vmctx(), v, h);
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
    Str::set_nchars(ctx, object, text.chars().count() as i64);
    Str::set_hash(ctx, object, 0);
    Str::set_words(ctx, object, words as i64);
    if words > 0 {
        Str::set_data(ctx, object, words - 1, 0);
    }
    crate::vm::str_text::init(ctx, object, 0, bytes);
    Ok(object)
}

/// `a + b` for two str objects: one allocation, each text copied once, heap to heap. May
/// collect.
pub fn str_concat(vm: &mut ThreadState, a: Value, b: Value) -> Result<Value, Error> {
    let ctx = vm.vmctx();
    let (na, nb) = (Str::nbytes(ctx, a) as usize, Str::nbytes(ctx, b) as usize);
    let nchars = Str::nchars(ctx, a) + Str::nchars(ctx, b);
    // CPython's rule too: `s + ''` is `s`.
    if nb == 0 {
        return Ok(a);
    }
    if na == 0 {
        return Ok(b);
    }
    check_size(vm, (na + nb) as u128)?;
    joined(vm, a, b, nchars, (na + nb).div_ceil(8))
}

/// A new str of the text of str `a` then str `b` (`nchars` characters in all) in `words`
/// words (at least the text's; the words after the text are zero). May collect.
fn joined(
    vm: &mut ThreadState,
    a: Value,
    b: Value,
    nchars: i64,
    words: usize,
) -> Result<Value, Error> {
    let ctx = vm.vmctx();
    let (na, nb) = (Str::nbytes(ctx, a) as usize, Str::nbytes(ctx, b) as usize);
    let (object, a, b) = vm.handle_scope(|vm| {
        let (ha, hb) = (vm.mutator().root(a), vm.mutator().root(b));
        let object = vm.alloc(Str::ID, Str::size_for(words));
        (object, vm.mutator().get(ha), vm.mutator().get(hb))
    });
    let object = object?;
    let ctx = vm.vmctx();
    Str::set_nbytes(ctx, object, (na + nb) as i64);
    Str::set_nchars(ctx, object, nchars);
    Str::set_hash(ctx, object, 0);
    Str::set_words(ctx, object, words as i64);
    // Zero from the text's last word on: equality reads the text's words, appends write after.
    for i in (na + nb) / 8..words {
        Str::set_data(ctx, object, i, 0);
    }
    use crate::vm::str_text;
    str_text::init(ctx, object, 0, str_text::bytes(ctx, a, na));
    str_text::init(ctx, object, na, str_text::bytes(ctx, b, nb));
    Ok(object)
}

/// True if `v` is a str (not an instance of a subclass): the spec's `is_str`.
pub fn is_exact_str(vm: &mut ThreadState, v: Value) -> bool {
    layout_of(vm, v) == Some(Str::ID)
}

/// INPLACE_ADD_LOCAL's `left + right` for strs, into a local whose str `owned` nothing else
/// references (UNBOUND: none; `compiler/str_appends.rs` proves it): `right` is appended to
/// `left` in place when `left` is that str and its words have room; otherwise the sum is a
/// new str with room for as much again, which the local then owns. Appending in a loop so
/// costs amortized time per append, as in CPython. May collect.
pub fn str_append(
    vm: &mut ThreadState,
    left: Value,
    right: Value,
    owned: Value,
) -> Result<Value, Error> {
    let ctx = vm.vmctx();
    let (na, nb) = (
        Str::nbytes(ctx, left) as usize,
        Str::nbytes(ctx, right) as usize,
    );
    let room = 8 * Str::words(ctx, left) as usize;
    if owned == left && left != right && na + nb <= room {
        let nchars = Str::nchars(ctx, left) + Str::nchars(ctx, right);
        crate::vm::str_text::append(ctx, left, na, right, nb, nchars);
        return Ok(left);
    }
    if na + nb == 0 {
        return Ok(left);
    }
    check_size(vm, (na + nb) as u128)?;
    let nchars = Str::nchars(ctx, left) + Str::nchars(ctx, right);
    joined(vm, left, right, nchars, (2 * (na + nb)).max(32).div_ceil(8))
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
pub(crate) fn as_float(vm: &ThreadState, v: Value) -> Option<f64> {
    as_int(v)
        .map(|i| i as f64)
        .or_else(|| float_value(vm, v))
        .or_else(|| bigint::to_f64(vm, v).map(|r| r.unwrap_or(f64::INFINITY)))
}

#[inline]
pub fn class_of(vm: &mut ThreadState, v: Value) -> i64 {
    if int_value(v).is_some() {
        0
    } else if float_value(vm, v).is_some() {
        1
    } else {
        2
    }
}

/// Not inlined: the interpreter's loop tests for floats in many instructions, and a copy in
/// each makes the whole loop slower (more spills) than the call costs.
#[inline(never)]
pub fn is_float(vm: &mut ThreadState, v: Value) -> bool {
    layout_of(vm, v) == Some(Float::ID)
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
                _ if crate::objects::memoryview::is_memoryview(vm, v) => {
                    crate::objects::memoryview::len(vm, v)? != 0
                }
                _ if let Some(n) = crate::objects::bytes::length(vm, v) => n != 0,
                Some(l) if l == crate::generated::layouts::BigInt::ID => true,
                _ if dicts::is_dict(vm, v) => dicts::len(vm, v) != 0,
                _ if sets::is_set(vm, v) => sets::len(vm, v) != 0,
                _ => sequences::len(vm, v).is_none_or(|n| n != 0),
            },
        },
    })
}

#[inline]
pub fn box_float(vm: &mut ThreadState, f: f64) -> Result<Value, Error> {
    let object = vm.alloc(Float::ID, Float::FIXED_SIZE)?;
    Float::set_value(vm.vmctx(), object, f);
    Ok(object)
}

pub fn load_global(vm: &mut ThreadState, module: Value, index: i64) -> Result<Value, Error> {
    vm.load_global(module, index as usize)
}

pub fn store_global(vm: &mut ThreadState, module: Value, index: i64, v: Value) {
    vm.store_global(module, index as usize, v)
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
    function_like(vm, f, kwdefaults, Function::set_kwdefaults)
}

/// A new function object like `f` with the tuple `closure` of cells.
pub fn with_closure(vm: &mut ThreadState, f: Value, closure: Value) -> Result<Value, Error> {
    function_like(vm, f, closure, Function::set_closure)
}

/// A copy of function `f` with one slot (`set`) changed to `v`.
fn function_like(
    vm: &mut ThreadState,
    f: Value,
    v: Value,
    set: fn(&gvmt::rt::VmCtx, Value, Value),
) -> Result<Value, Error> {
    let (g, kept) = vm.alloc_with(Function::ID, Function::FIXED_SIZE, [f, v])?;
    let ctx = vm.vmctx();
    Function::set_code(ctx, g, Function::code(ctx, kept[0]));
    Function::set_entry(ctx, g, Function::entry(ctx, kept[0]));
    Function::set_defaults(ctx, g, Function::defaults(ctx, kept[0]));
    Function::set_closure(ctx, g, Function::closure(ctx, kept[0]));
    Function::set_kwdefaults(ctx, g, Function::kwdefaults(ctx, kept[0]));
    Function::set_attrs(ctx, g, Function::attrs(ctx, kept[0]));
    set(ctx, g, kept[1]);
    Ok(g)
}

pub fn bad_operator(_vm: &mut ThreadState, op: i64) -> Error {
    Error::new("SystemError", format!("unknown operator code {op}"))
}

/// A new function object like `f` with the tuple `defaults` of default values.
pub fn with_defaults(vm: &mut ThreadState, f: Value, defaults: Value) -> Result<Value, Error> {
    function_like(vm, f, defaults, Function::set_defaults)
}
