//! `memoryview`: a one-dimensional view of the bytes of a bytes or bytearray object, without
//! copying them. A `MemoryView` holds the viewed object, the byte offset of its first item,
//! the number of items, the byte stride between them (slicing with a step makes a strided
//! view), the item size and the `struct` format character of its items (`B` unless `cast`).
//! Reads and writes go to the object's bytes as they are now: a view of a bytearray sees
//! its changes, and writing through a writable view changes it.
//!
//! Owns: construction, item access and assignment, slicing, `cast`, `tobytes`, `tolist`,
//! `hex`, `release`, equality and hashing, the data attributes (`objects/getset.rs`'s
//! table). Must not: copy the viewed object's storage (bytes-likes read it through
//! `objects/bytes`).

use crate::generated::layouts::MemoryView;
use crate::objects::arity;
use crate::values::{NONE, as_int, layout_of, make_int, type_name};
use crate::vm::{Error, ThreadState};
use gvmt::rt::{Value, Vm};

const RELEASED: i64 = 1;
const READONLY: i64 = 2;

pub fn is_memoryview(vm: &ThreadState, v: Value) -> bool {
    layout_of(vm, v) == Some(MemoryView::ID)
}

/// The size in bytes of an item of `struct` format `f` (None: not a format a view takes).
fn item_size(f: u8) -> Option<i64> {
    Some(match f {
        b'B' | b'b' | b'c' | b'?' => 1,
        b'H' | b'h' | b'e' => 2,
        b'I' | b'i' | b'f' => 4,
        b'L' | b'l' | b'Q' | b'q' | b'N' | b'n' | b'P' | b'd' => 8,
        _ => return None,
    })
}

/// The parts of a view, read at once.
#[derive(Clone, Copy)]
struct View {
    obj: Value,
    start: i64,
    length: i64,
    step: i64,
    itemsize: i64,
    format: u8,
    flags: i64,
}

fn view(vm: &ThreadState, mv: Value) -> View {
    let ctx = vm.vmctx();
    View {
        obj: MemoryView::obj(ctx, mv),
        start: MemoryView::start(ctx, mv),
        length: MemoryView::length(ctx, mv),
        step: MemoryView::step(ctx, mv),
        itemsize: MemoryView::itemsize(ctx, mv),
        format: MemoryView::format(ctx, mv) as u8,
        flags: MemoryView::flags(ctx, mv),
    }
}

/// A released view's ValueError.
fn released() -> Error {
    Error::new(
        "ValueError",
        "operation forbidden on released memoryview object",
    )
}

/// The view of `mv`, unless it was released.
fn live(vm: &ThreadState, mv: Value) -> Result<View, Error> {
    let v = view(vm, mv);
    if v.flags & RELEASED != 0 {
        return Err(released());
    }
    Ok(v)
}

fn new_view(vm: &mut ThreadState, v: View) -> Result<Value, Error> {
    let (mv, [obj]) = vm.alloc_with(MemoryView::ID, MemoryView::FIXED_SIZE, [v.obj])?;
    let ctx = vm.vmctx();
    MemoryView::set_obj(ctx, mv, obj);
    MemoryView::set_start(ctx, mv, v.start);
    MemoryView::set_length(ctx, mv, v.length);
    MemoryView::set_step(ctx, mv, v.step);
    MemoryView::set_itemsize(ctx, mv, v.itemsize);
    MemoryView::set_format(ctx, mv, v.format as i64);
    MemoryView::set_flags(ctx, mv, v.flags);
    Ok(mv)
}

/// `memoryview(obj)`: of a bytes-like object (bytes: read-only, bytearray: writable) or
/// another view.
pub fn memoryview(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    let object = match (args, kwargs) {
        ([o], []) => *o,
        ([], [(k, o)]) if k == "object" => *o,
        _ => {
            return Err(Error::new(
                "TypeError",
                "memoryview() takes exactly one argument (object)",
            ));
        }
    };
    if is_memoryview(vm, object) {
        let v = live(vm, object)?;
        return new_view(vm, v);
    }
    let object = match crate::objects::class::builtin_subclasses::value_of(vm, object) {
        Some(a) if crate::objects::array::is_array(vm, a) => a,
        _ => object,
    };
    if crate::objects::array::is_array(vm, object) {
        // A view of the array's buffer, its items in the array's format ('u' items have
        // no struct format: they show as 4-byte unsigned ints, 'I').
        let code = crate::objects::array::code(vm, object);
        let obj = crate::objects::array::buffer(vm, object);
        let size = code.size() as i64;
        let n = crate::objects::bytes::length(vm, obj).unwrap_or(0) as i64 / size;
        let format = if code.is_unicode() { b'I' } else { code.0 };
        return new_view(
            vm,
            View {
                obj,
                start: 0,
                length: n,
                step: size,
                itemsize: size,
                format,
                flags: 0,
            },
        );
    }
    let Some(n) = crate::objects::bytes::length(vm, object) else {
        return Err(Error::new(
            "TypeError",
            format!(
                "memoryview: a bytes-like object is required, not '{}'",
                type_name(vm, object)
            ),
        ));
    };
    let readonly = crate::objects::bytes::is_bytes(vm, object);
    new_view(
        vm,
        View {
            obj: object,
            start: 0,
            length: n as i64,
            step: 1,
            itemsize: 1,
            format: b'B',
            flags: if readonly { READONLY } else { 0 },
        },
    )
}

/// The bytes of item `i` of view `v` (None if the object shrank under the view).
fn item_bytes(vm: &ThreadState, v: &View, i: i64) -> Option<Vec<u8>> {
    let from = v.start + i * v.step;
    let n = crate::objects::bytes::length(vm, v.obj)? as i64;
    if from < 0 || from + v.itemsize > n {
        return None;
    }
    Some(
        (from..from + v.itemsize)
            .map(|at| crate::objects::bytes::byte_at(vm, v.obj, at as usize))
            .collect(),
    )
}

/// The bytes a view shows, in order (`tobytes`).
fn contents_of(vm: &ThreadState, v: &View) -> Result<Vec<u8>, Error> {
    let mut out = Vec::with_capacity((v.length * v.itemsize).max(0) as usize);
    for i in 0..v.length {
        out.extend(item_bytes(vm, v, i).ok_or_else(shrunk)?);
    }
    Ok(out)
}

fn shrunk() -> Error {
    Error::new("IndexError", "index out of bounds on dimension 1")
}

/// The bytes memoryview `mv` shows (a bytes-like object's contents); None if released.
pub fn contents(vm: &ThreadState, mv: Value) -> Option<Vec<u8>> {
    let v = live(vm, mv).ok()?;
    contents_of(vm, &v).ok()
}

/// The Python value of an item's bytes in format `f`.
fn unpack(vm: &mut ThreadState, f: u8, b: &[u8]) -> Result<Value, Error> {
    let mut word = [0u8; 8];
    word[..b.len()].copy_from_slice(b);
    let unsigned = u64::from_le_bytes(word);
    let bits = b.len() as u32 * 8;
    let signed = ((unsigned << (64 - bits)) as i64) >> (64 - bits);
    match f {
        b'c' => crate::objects::bytes::new_bytes(vm, b),
        b'?' => Ok(crate::values::py_bool(unsigned != 0)),
        b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => make_int(signed),
        b'f' => crate::values::box_float(vm, f32::from_bits(unsigned as u32) as f64),
        b'd' => crate::values::box_float(vm, f64::from_bits(unsigned)),
        b'e' => crate::values::box_float(vm, half_to_f64(unsigned as u16)),
        _ if unsigned > i64::MAX as u64 => {
            crate::objects::int::bigint::from_i128(vm, unsigned as i128)
        }
        _ => make_int(unsigned as i64),
    }
}

fn half_to_f64(h: u16) -> f64 {
    let sign = if h >> 15 == 1 { -1.0 } else { 1.0 };
    let exponent = ((h >> 10) & 0x1f) as i32;
    let fraction = (h & 0x3ff) as f64;
    sign * match exponent {
        0 => fraction * 2f64.powi(-24),
        31 if fraction == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        e => (1.0 + fraction / 1024.0) * 2f64.powi(e - 15),
    }
}

/// The bytes of `value` as an item of format `f` and size `size`.
fn pack(vm: &mut ThreadState, f: u8, size: i64, value: Value) -> Result<Vec<u8>, Error> {
    let invalid = || {
        Error::new(
            "ValueError",
            format!("memoryview: invalid value for format '{}'", f as char),
        )
    };
    let wrong_type = || {
        Error::new(
            "TypeError",
            format!("memoryview: invalid type for format '{}'", f as char),
        )
    };
    let size = size as usize;
    match f {
        b'c' => match crate::objects::bytes::value(vm, value) {
            Some(b) if b.len() == 1 => Ok(b),
            Some(_) => Err(invalid()),
            None => Err(wrong_type()),
        },
        b'f' | b'd' => {
            let x = crate::values::float_value(vm, value)
                .or_else(|| as_int(value).map(|i| i as f64))
                .ok_or_else(wrong_type)?;
            Ok(if f == b'f' {
                (x as f32).to_le_bytes().to_vec()
            } else {
                x.to_le_bytes().to_vec()
            })
        }
        b'?' => Ok(vec![crate::values::is_true(vm, value)? as u8]),
        _ => {
            let i = as_int(value).ok_or_else(wrong_type)? as i128;
            let bits = size as u32 * 8;
            let signed = matches!(f, b'b' | b'h' | b'i' | b'l' | b'q' | b'n');
            let (lo, hi) = if signed {
                (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
            } else {
                (0, (1i128 << bits) - 1)
            };
            if i < lo || i > hi {
                return Err(invalid());
            }
            Ok((i as i64).to_le_bytes()[..size].to_vec())
        }
    }
}

/// `mv[i]`.
pub fn subscript(vm: &mut ThreadState, mv: Value, index: Value) -> Result<Value, Error> {
    let v = live(vm, mv)?;
    if let Some((start, stop, step)) = slice_bounds(vm, &v, index)? {
        let count = count(start, stop, step);
        return new_view(
            vm,
            View {
                start: v.start + start * v.step,
                length: count,
                step: v.step * step,
                ..v
            },
        );
    }
    let at = position(vm, &v, index)?;
    let bytes = item_bytes(vm, &v, at).ok_or_else(shrunk)?;
    unpack(vm, v.format, &bytes)
}

/// `(start, stop, step)` of a slice index, resolved against the view's length.
fn slice_bounds(
    vm: &ThreadState,
    v: &View,
    index: Value,
) -> Result<Option<(i64, i64, i64)>, Error> {
    if !crate::objects::slice::is_slice(vm, index) {
        return Ok(None);
    }
    let (a, b, c) = crate::objects::slice::parts(vm, index);
    let [a, b, c] = crate::protocols::index::clamped_bounds(vm, [a, b, c]);
    crate::objects::slice::resolve(v.length, a, b, c).map(Some)
}

fn count(start: i64, stop: i64, step: i64) -> i64 {
    if step > 0 {
        ((stop - start + step - 1) / step).max(0)
    } else {
        ((start - stop - step - 1) / -step).max(0)
    }
}

/// An int index into the view (negative from the end).
fn position(vm: &ThreadState, v: &View, index: Value) -> Result<i64, Error> {
    let Some(i) = as_int(index) else {
        let _ = vm;
        return Err(Error::new("TypeError", "memoryview: invalid slice key"));
    };
    let at = if i < 0 { i + v.length } else { i };
    if at < 0 || at >= v.length {
        return Err(Error::new(
            "IndexError",
            "index out of bounds on dimension 1",
        ));
    }
    Ok(at)
}

/// `mv[index] = value`: writes through to the viewed bytearray.
pub fn store(vm: &mut ThreadState, mv: Value, index: Value, value: Value) -> Result<(), Error> {
    let v = live(vm, mv)?;
    if v.flags & READONLY != 0 {
        return Err(Error::new("TypeError", "cannot modify read-only memory"));
    }
    // The byte positions written and the bytes written there.
    let (positions, data): (Vec<i64>, Vec<u8>) = match slice_bounds(vm, &v, index)? {
        Some((start, stop, step)) => {
            let n = count(start, stop, step);
            let Some(data) = crate::objects::bytes::value(vm, value) else {
                return Err(Error::new(
                    "TypeError",
                    format!(
                        "a bytes-like object is required, not '{}'",
                        type_name(vm, value)
                    ),
                ));
            };
            if data.len() as i64 != n * v.itemsize {
                return Err(Error::new(
                    "ValueError",
                    "memoryview assignment: lvalue and rvalue have different structures",
                ));
            }
            let positions = (0..n)
                .flat_map(|k| {
                    let first = v.start + (start + k * step) * v.step;
                    first..first + v.itemsize
                })
                .collect();
            (positions, data)
        }
        None => {
            let at = position(vm, &v, index)?;
            let data = pack(vm, v.format, v.itemsize, value)?;
            let first = v.start + at * v.step;
            ((first..first + v.itemsize).collect(), data)
        }
    };
    crate::objects::bytearray::modify(vm, v.obj, |bytes| {
        for (&p, &b) in positions.iter().zip(&data) {
            match bytes.get_mut(p as usize) {
                Some(slot) => *slot = b,
                None => return Err(shrunk()),
            }
        }
        Ok(())
    })
}

/// `len(mv)`.
pub fn len(vm: &ThreadState, mv: Value) -> Result<i64, Error> {
    Ok(live(vm, mv)?.length)
}

/// The items as Python values (`tolist`, iteration, equality).
pub fn items(vm: &mut ThreadState, mv: Value) -> Result<Vec<Value>, Error> {
    let v = live(vm, mv)?;
    let raw: Vec<Vec<u8>> = (0..v.length)
        .map(|i| item_bytes(vm, &v, i).ok_or_else(shrunk))
        .collect::<Result<_, _>>()?;
    if matches!(v.format, b'c' | b'f' | b'd' | b'e') || raw.len() > 1 << 20 {
        // Items that allocate: made one by one, held in handles.
        return vm.handle_scope(|vm| {
            let mut held = Vec::with_capacity(raw.len());
            for b in &raw {
                let item = unpack(vm, v.format, b)?;
                held.push(vm.mutator().root(item));
            }
            Ok(held.iter().map(|&h| vm.mutator().get(h)).collect())
        });
    }
    raw.iter().map(|b| unpack(vm, v.format, b)).collect()
}

/// `mv.tolist()`.
pub fn tolist(vm: &mut ThreadState, mv: Value, args: &[Value]) -> Result<Value, Error> {
    arity("tolist", args, 0, 0)?;
    let items = items(vm, mv)?;
    crate::objects::sequence::new_list(vm, &items)
}

/// `mv.tobytes(order=None)`.
pub fn tobytes(vm: &mut ThreadState, mv: Value, args: &[Value]) -> Result<Value, Error> {
    arity("tobytes", args, 0, 1)?;
    let v = live(vm, mv)?;
    let data = contents_of(vm, &v)?;
    crate::objects::bytes::new_bytes(vm, &data)
}

/// `mv.hex()`.
pub fn hex(vm: &mut ThreadState, mv: Value, args: &[Value]) -> Result<Value, Error> {
    let v = live(vm, mv)?;
    let data = contents_of(vm, &v)?;
    let text = crate::objects::bytes::hex::hex_digits(vm, &data, args)?;
    crate::values::new_str(vm, &text)
}

/// `mv.release()`: the view can no longer be used.
pub fn release(vm: &mut ThreadState, mv: Value, args: &[Value]) -> Result<Value, Error> {
    arity("release", args, 0, 0)?;
    let flags = MemoryView::flags(vm.vmctx(), mv);
    MemoryView::set_flags(vm.vmctx(), mv, flags | RELEASED);
    Ok(NONE)
}

/// The receiver of a special method given as a builtin's first argument.
fn receiver(vm: &ThreadState, args: &[Value], name: &str) -> Result<Value, Error> {
    match args.first() {
        Some(&mv) if is_memoryview(vm, mv) => Ok(mv),
        _ => Err(Error::new(
            "TypeError",
            format!("descriptor '{name}' for 'memoryview' objects needs an argument"),
        )),
    }
}

/// `with memoryview(b) as m:`: the view itself.
pub fn enter(
    vm: &mut ThreadState,
    args: &[Value],
    _kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    let mv = receiver(vm, args, "__enter__")?;
    live(vm, mv)?;
    Ok(mv)
}

/// The end of `with`: releases the view.
pub fn exit(
    vm: &mut ThreadState,
    args: &[Value],
    _kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    let mv = receiver(vm, args, "__exit__")?;
    release(vm, mv, &[])?;
    Ok(crate::values::FALSE)
}

/// `mv.toreadonly()`: a read-only view of the same bytes.
pub fn toreadonly(vm: &mut ThreadState, mv: Value, args: &[Value]) -> Result<Value, Error> {
    arity("toreadonly", args, 0, 0)?;
    let v = live(vm, mv)?;
    new_view(
        vm,
        View {
            flags: v.flags | READONLY,
            ..v
        },
    )
}

/// `mv.cast(format)`: the same bytes as items of another format (one of the two a byte
/// format, the view contiguous and its size a multiple of the new item size).
pub fn cast(vm: &mut ThreadState, mv: Value, args: &[Value]) -> Result<Value, Error> {
    arity("cast", args, 1, 2)?;
    let v = live(vm, mv)?;
    let Some(text) = crate::values::str_value(vm, args[0]) else {
        return Err(Error::new(
            "TypeError",
            format!(
                "cast() argument 'format' must be str, not {}",
                type_name(vm, args[0])
            ),
        ));
    };
    if args.len() > 1 {
        return Err(Error::new(
            "NotImplementedError",
            "hotpy's memoryview is one-dimensional: cast() takes no shape",
        ));
    }
    let f = text.trim_start_matches('@').as_bytes();
    let (format, size) = match f {
        [c] => match item_size(*c) {
            Some(s) => (*c, s),
            None => return Err(bad_format()),
        },
        _ => return Err(bad_format()),
    };
    if v.step != v.itemsize {
        return Err(Error::new(
            "TypeError",
            "memoryview: casts are restricted to C-contiguous views",
        ));
    }
    let byte = |c: u8| matches!(c, b'B' | b'b' | b'c');
    if !byte(format) && !byte(v.format) {
        return Err(Error::new(
            "TypeError",
            "memoryview: cannot cast between two non-byte formats",
        ));
    }
    let nbytes = v.length * v.itemsize;
    if nbytes % size != 0 {
        return Err(Error::new(
            "TypeError",
            "memoryview: length is not a multiple of itemsize",
        ));
    }
    new_view(
        vm,
        View {
            length: nbytes / size,
            step: size,
            itemsize: size,
            format,
            ..v
        },
    )
}

fn bad_format() -> Error {
    Error::new(
        "ValueError",
        "memoryview: destination format must be a native single character format prefixed with an optional '@'",
    )
}

/// `mv == other`: the same items (of another view, or the bytes of a bytes-like object).
pub fn equal(vm: &mut ThreadState, mv: Value, other: Value) -> Result<bool, Error> {
    if view(vm, mv).flags & RELEASED != 0
        || (is_memoryview(vm, other) && view(vm, other).flags & RELEASED != 0)
    {
        return Ok(mv == other);
    }
    let mine = view(vm, mv);
    if is_memoryview(vm, other) {
        let theirs = view(vm, other);
        if mine.format == theirs.format {
            return Ok(contents_of(vm, &mine)? == contents_of(vm, &theirs)?);
        }
    } else if let Some(data) = crate::objects::bytes::value(vm, other) {
        if matches!(mine.format, b'B' | b'b' | b'c') && mine.format != b'b' {
            return Ok(contents_of(vm, &mine)? == data);
        }
    } else {
        return Ok(false);
    }
    // Different formats: compare the items' values.
    vm.handle_scope(|vm| {
        let h = vm.mutator().root(other);
        let mine = items(vm, mv)?;
        let held = vm.mutator().root_all(&mine);
        let other = vm.mutator().get(h);
        let theirs = if is_memoryview(vm, other) {
            items(vm, other)?
        } else {
            return Ok(false);
        };
        let mut mine = mine;
        vm.mutator_ref().get_all(held, &mut mine);
        if mine.len() != theirs.len() {
            return Ok(false);
        }
        for (a, b) in mine.iter().zip(&theirs) {
            if !crate::protocols::comparison::compare_bool(vm, 2, *a, *b)? {
                return Ok(false);
            }
        }
        Ok(true)
    })
}

/// `hash(mv)`: a read-only view of bytes hashes as its bytes.
pub fn hash(vm: &mut ThreadState, mv: Value) -> Result<i64, Error> {
    let v = live(vm, mv)?;
    if v.flags & READONLY == 0 {
        return Err(Error::new(
            "ValueError",
            "cannot hash writable memoryview object",
        ));
    }
    if !matches!(v.format, b'B' | b'b' | b'c') {
        return Err(Error::new(
            "ValueError",
            "memoryview: hashing is restricted to formats 'B', 'b' or 'c'",
        ));
    }
    let data = contents_of(vm, &v)?;
    let b = crate::objects::bytes::new_bytes(vm, &data)?;
    crate::objects::dict::hash(vm, b)
}

/// `repr(mv)`: `<memory at 0x...>` (`<released memory at 0x...>`).
pub fn repr(vm: &ThreadState, mv: Value) -> String {
    let released = view(vm, mv).flags & RELEASED != 0;
    format!(
        "<{}memory at {:#x}>",
        if released { "released " } else { "" },
        mv.0
    )
}

/// The data attributes (`objects/getset.rs`'s table calls these).
pub fn attribute(vm: &mut ThreadState, mv: Value, name: &str) -> Result<Value, Error> {
    let v = live(vm, mv)?;
    match name {
        "obj" => Ok(v.obj),
        "nbytes" => make_int(v.length * v.itemsize),
        "readonly" => Ok(crate::values::py_bool(v.flags & READONLY != 0)),
        "itemsize" => make_int(v.itemsize),
        "format" => crate::values::new_str(vm, &(v.format as char).to_string()),
        "ndim" => make_int(1),
        "shape" => {
            let n = make_int(v.length)?;
            crate::objects::sequence::new_tuple(vm, &[n])
        }
        "strides" => {
            let n = make_int(v.step)?;
            crate::objects::sequence::new_tuple(vm, &[n])
        }
        "suboffsets" => crate::objects::sequence::new_tuple(vm, &[]),
        "c_contiguous" | "f_contiguous" | "contiguous" => Ok(crate::values::py_bool(
            v.step == v.itemsize || v.length <= 1,
        )),
        _ => Ok(NONE),
    }
}

/// `memoryview.__eq__` (a Rust special method: the type takes part in dispatch).
pub fn eq_method(
    vm: &mut ThreadState,
    args: &[Value],
    _kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    let mv = receiver(vm, args, "__eq__")?;
    let Some(&other) = args.get(1) else {
        return Err(Error::new("TypeError", "expected 1 argument, got 0"));
    };
    Ok(crate::values::py_bool(equal(vm, mv, other)?))
}

/// `memoryview.__hash__`.
pub fn hash_method(
    vm: &mut ThreadState,
    args: &[Value],
    _kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    let mv = receiver(vm, args, "__hash__")?;
    let h = hash(vm, mv)?;
    crate::modules::builtins::object_functions::hash_int(vm, h)
}

/// `memoryview.__len__`.
pub fn len_method(
    vm: &mut ThreadState,
    args: &[Value],
    _kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    let mv = receiver(vm, args, "__len__")?;
    make_int(len(vm, mv)?)
}
