//! `array.array`: a sequence of items of one C type, as CPython's `arraymodule.c`. A
//! `TypedArray` holds its type code (`b B u h H i I l L q Q f d`) and a bytearray of its own
//! (`objects/bytearray`) in which the items are packed in native (little-endian) byte order;
//! growing, the write lock and the STM barrier are the bytearray's.
//!
//! One general mechanism serves every type code: [`Code`] knows an item's size and how to
//! pack a Python value into its bytes (with CPython's range checks and messages) and unpack
//! it again. Values are converted (which may run `__index__`/`__float__`) before the buffer
//! is read or changed, so no raw bytes are held across Python code.
//!
//! Owns: the type codes, packing and unpacking, construction, item access, repr.
//! `methods.rs` has the methods and the special methods; `slices.rs` slicing.
//! Must not: keep a copy of the items across an allocation (read the buffer anew).

pub mod methods;
pub mod slices;

use crate::generated::layouts::{ByteArray, TypedArray};
use crate::objects::bytearray;
use crate::objects::bytes::read_bytes;
use crate::values::{as_int, layout_of, make_int, type_name};
use crate::vm::{Error, ThreadState};
use gvmt::rt::{Value, Vm};

/// The type codes, in CPython's order (`array.typecodes`).
pub const TYPECODES: &str = "bBuhHiIlLqQfd";

/// An array's type code.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Code(pub u8);

impl Code {
    /// The code for character `c`, if it is one.
    pub fn of(c: char) -> Option<Code> {
        (c.is_ascii() && TYPECODES.contains(c)).then_some(Code(c as u8))
    }

    /// The size of an item in bytes (`itemsize`, the platform's C sizes: LP64).
    pub fn size(self) -> usize {
        match self.0 {
            b'b' | b'B' => 1,
            b'h' | b'H' => 2,
            b'u' | b'i' | b'I' | b'f' => 4,
            _ => 8,
        }
    }

    pub fn is_float(self) -> bool {
        matches!(self.0, b'f' | b'd')
    }

    pub fn is_unicode(self) -> bool {
        self.0 == b'u'
    }

    fn is_signed(self) -> bool {
        matches!(self.0, b'b' | b'h' | b'i' | b'l' | b'q')
    }

    pub fn char(self) -> char {
        self.0 as char
    }

    /// The bytes of integer `i` as an item, or CPython's OverflowError (each code's checks
    /// in CPython's order: the C type the value is parsed as first, then the item's range).
    pub fn pack_int(self, i: i128) -> Result<Vec<u8>, Error> {
        let overflow = |m: &str| Error::new("OverflowError", m.to_string());
        let range = |lo: i128, hi: i128, what: &str| -> Result<(), Error> {
            if i < lo {
                return Err(overflow(&format!("{what} is less than minimum")));
            }
            if i > hi {
                return Err(overflow(&format!("{what} is greater than maximum")));
            }
            Ok(())
        };
        let long = || -> Result<(), Error> {
            if i < i64::MIN as i128 || i > i64::MAX as i128 {
                return Err(overflow("Python int too large to convert to C long"));
            }
            Ok(())
        };
        match self.0 {
            b'b' => {
                long()?;
                range(i16::MIN.into(), i16::MAX.into(), "signed short integer")?;
                range(i8::MIN.into(), i8::MAX.into(), "signed char")?;
            }
            b'B' => {
                long()?;
                range(0, u8::MAX.into(), "unsigned byte integer")?;
            }
            b'h' => {
                long()?;
                range(i16::MIN.into(), i16::MAX.into(), "signed short integer")?;
            }
            b'H' => {
                long()?;
                range(i32::MIN.into(), i32::MAX.into(), "signed integer")?;
                range(0, u16::MAX.into(), "unsigned short")?;
            }
            b'i' => {
                long()?;
                range(i32::MIN.into(), i32::MAX.into(), "signed integer")?;
            }
            b'l' => long()?,
            b'I' | b'L' => {
                if i < 0 {
                    return Err(overflow("can't convert negative value to unsigned int"));
                }
                if i > u64::MAX as i128 {
                    return Err(overflow(
                        "Python int too large to convert to C unsigned long",
                    ));
                }
                if self.0 == b'I' && i > u32::MAX as i128 {
                    return Err(overflow("unsigned int is greater than maximum"));
                }
            }
            b'q' => {
                if i < i64::MIN as i128 || i > i64::MAX as i128 {
                    return Err(overflow("int too big to convert"));
                }
            }
            b'Q' => {
                if i < 0 {
                    return Err(overflow("can't convert negative int to unsigned"));
                }
                if i > u64::MAX as i128 {
                    return Err(overflow("int too big to convert"));
                }
            }
            _ => return Err(Error::new("SystemError", "not an integer type code")),
        }
        Ok(i.to_le_bytes()[..self.size()].to_vec())
    }

    /// The bytes of float `x` as an item.
    pub fn pack_float(self, x: f64) -> Vec<u8> {
        if self.0 == b'f' {
            (x as f32).to_le_bytes().to_vec()
        } else {
            x.to_le_bytes().to_vec()
        }
    }

    /// The item whose bytes are `b` (`self.size()` of them), as a Rust value.
    pub fn unpack(self, b: &[u8]) -> Item {
        let mut word = [0u8; 8];
        word[..b.len()].copy_from_slice(b);
        let unsigned = u64::from_le_bytes(word);
        let bits = b.len() as u32 * 8;
        let signed = ((unsigned << (64 - bits)) as i64) >> (64 - bits);
        match self.0 {
            b'f' => Item::Float(f32::from_bits(unsigned as u32) as f64),
            b'd' => Item::Float(f64::from_bits(unsigned)),
            b'u' => Item::Char(unsigned as u32),
            _ if self.is_signed() => Item::Int(signed as i128),
            _ => Item::Int(unsigned as i128),
        }
    }
}

/// An item's value, unpacked.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Item {
    Int(i128),
    Float(f64),
    /// A `u` item: a code point (not necessarily a valid one: bytes may put anything there).
    Char(u32),
}

impl Item {
    /// The Python value.
    pub fn value(self, vm: &mut ThreadState) -> Result<Value, Error> {
        match self {
            Item::Int(i) if i64::try_from(i).is_ok_and(|s| make_int(s).is_ok()) => {
                make_int(i as i64)
            }
            Item::Int(i) => crate::objects::int::bigint::from_i128(vm, i),
            Item::Float(x) => crate::values::box_float(vm, x),
            Item::Char(c) => match char::from_u32(c) {
                Some(ch) => crate::values::new_str(vm, ch.encode_utf8(&mut [0; 4])),
                None => Err(Error::new(
                    "ValueError",
                    format!("character U+{c:x} is not in range [U+0000; U+10ffff]"),
                )),
            },
        }
    }
}

pub fn is_array(vm: &ThreadState, v: Value) -> bool {
    layout_of(vm, v) == Some(TypedArray::ID)
}

/// The type code of array `a`.
pub fn code(vm: &ThreadState, a: Value) -> Code {
    Code(TypedArray::typecode(vm.vmctx(), a) as u8)
}

/// The bytearray holding `a`'s items.
pub fn buffer(vm: &ThreadState, a: Value) -> Value {
    TypedArray::buffer(vm.vmctx(), a)
}

/// The number of items of `a`.
pub fn len(vm: &ThreadState, a: Value) -> usize {
    bytearray::len(vm.vmctx(), buffer(vm, a)) / code(vm, a).size()
}

/// A copy of `a`'s bytes.
pub fn contents(vm: &ThreadState, a: Value) -> Vec<u8> {
    bytearray::contents(vm.vmctx(), buffer(vm, a))
}

/// Item `i` (< the length) of `a`, unpacked.
pub fn item(vm: &ThreadState, a: Value, i: usize) -> Item {
    let c = code(vm, a);
    let ctx = vm.vmctx();
    let storage = ByteArray::storage(ctx, buffer(vm, a));
    c.unpack(&read_bytes(ctx, storage, i * c.size(), c.size()))
}

/// Every item of `a`, unpacked.
pub fn items(vm: &ThreadState, a: Value) -> Vec<Item> {
    let c = code(vm, a);
    contents(vm, a)
        .chunks_exact(c.size())
        .map(|b| c.unpack(b))
        .collect()
}

/// The Python values of `items`, as a list.
pub fn list_of(vm: &mut ThreadState, items: &[Item]) -> Result<Value, Error> {
    let list = crate::objects::sequence::new_list(vm, &[])?;
    vm.handle_scope(|vm| {
        let h = vm.mutator().root(list);
        for it in items {
            let v = it.value(vm)?;
            let list = vm.mutator().get(h);
            crate::objects::sequence::append(vm, list, v)?;
        }
        Ok(vm.mutator().get(h))
    })
}

/// A new array of type code `c` holding `data` (a whole number of items).
pub fn new_array(vm: &mut ThreadState, c: Code, data: &[u8]) -> Result<Value, Error> {
    let ba = bytearray::new_bytearray(vm, data)?;
    let (a, [ba]) = vm.alloc_with(TypedArray::ID, TypedArray::FIXED_SIZE, [ba])?;
    let ctx = vm.vmctx();
    TypedArray::set_typecode(ctx, a, c.0 as i64);
    TypedArray::set_buffer(ctx, a, ba);
    Ok(a)
}

/// The bytes of `v` as an item of type code `c`, or CPython's TypeError or OverflowError.
/// May run Python code (`__index__`, `__float__`), and so collect.
pub fn pack(vm: &mut ThreadState, c: Code, v: Value) -> Result<Vec<u8>, Error> {
    if c.is_unicode() {
        return match crate::values::str_value(vm, v) {
            Some(s) if s.chars().count() == 1 => {
                let ch = s.chars().next().unwrap_or_default();
                Ok((ch as u32).to_le_bytes().to_vec())
            }
            _ => Err(Error::new(
                "TypeError",
                "array item must be unicode character",
            )),
        };
    }
    if c.is_float() {
        return float_of(vm, v).map(|x| c.pack_float(x));
    }
    let v = crate::protocols::index::index_value(vm, v)?;
    let i = match as_int(v) {
        Some(i) => i as i128,
        None => match crate::objects::int::bigint::to_big(vm, v) {
            Some(b) => {
                use num_traits::{Signed, ToPrimitive};
                b.to_i128().unwrap_or(if b.is_negative() {
                    i128::MIN
                } else {
                    i128::MAX
                })
            }
            None => {
                return Err(Error::new(
                    "TypeError",
                    format!(
                        "'{}' object cannot be interpreted as an integer",
                        type_name(vm, v)
                    ),
                ));
            }
        },
    };
    c.pack_int(i)
}

/// `v` as a C double, as CPython's `PyFloat_AsDouble` (floats, ints, `__float__`,
/// `__index__`).
fn float_of(vm: &mut ThreadState, v: Value) -> Result<f64, Error> {
    if let Some(x) = crate::values::float_value(vm, v) {
        return Ok(x);
    }
    if let Some(i) = as_int(v) {
        return Ok(i as f64);
    }
    if let Some(r) = crate::objects::int::bigint::to_f64(vm, v) {
        return r;
    }
    if crate::objects::class::is_instance(vm, v) {
        let name = type_name(vm, v);
        if let Some(f) = crate::protocols::dunder::call(vm, v, "__float__", &[])? {
            return crate::values::float_value(vm, f).ok_or_else(|| {
                Error::new(
                    "TypeError",
                    format!(
                        "{name}.__float__ returned non-float (type {})",
                        type_name(vm, f)
                    ),
                )
            });
        }
    }
    if crate::objects::class::is_instance(vm, v) {
        let i = crate::protocols::index::index_value(vm, v)?;
        if let Some(i) = as_int(i) {
            return Ok(i as f64);
        }
    }
    Err(Error::new(
        "TypeError",
        format!("must be real number, not {}", type_name(vm, v)),
    ))
}

/// The bytes of all of `items` as items of type code `c` (each converted in turn; the
/// values are rooted, since a conversion may run Python code).
pub fn pack_all(vm: &mut ThreadState, c: Code, items: &[Value]) -> Result<Vec<u8>, Error> {
    let (data, failed) = pack_prefix(vm, c, items);
    failed.map(|()| data)
}

/// The bytes of the items of `items` up to the first that cannot be an item of type code
/// `c`, and that one's error (`extend` keeps the items before it, as CPython's).
pub fn pack_prefix(vm: &mut ThreadState, c: Code, items: &[Value]) -> (Vec<u8>, Result<(), Error>) {
    let plain = items.iter().all(|&v| {
        as_int(v).is_some() || (c.is_float() && crate::values::float_value(vm, v).is_some())
    });
    if plain {
        // No Python code can run: no rooting needed.
        let mut out = Vec::with_capacity(items.len() * c.size());
        for &v in items {
            match pack(vm, c, v) {
                Ok(b) => out.extend(b),
                Err(e) => return (out, Err(e)),
            }
        }
        return (out, Ok(()));
    }
    vm.handle_scope(|vm| {
        let handles: Vec<_> = items.iter().map(|&v| vm.mutator().root(v)).collect();
        let mut out = Vec::with_capacity(items.len() * c.size());
        for h in handles {
            let v = vm.mutator().get(h);
            match pack(vm, c, v) {
                Ok(b) => out.extend(b),
                Err(e) => return (out, Err(e)),
            }
        }
        (out, Ok(()))
    })
}

/// The type code given to `array()` (CPython's messages for anything but one character).
fn typecode_arg(vm: &ThreadState, v: Value) -> Result<Code, Error> {
    let text = crate::values::str_value(vm, v);
    let mut chars = text.as_deref().unwrap_or("").chars();
    match (text.is_some(), chars.next(), chars.next()) {
        (true, Some(c), None) => Code::of(c).ok_or_else(|| {
            Error::new(
                "ValueError",
                "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)",
            )
        }),
        _ => Err(Error::new(
            "TypeError",
            format!(
                "array() argument 1 must be a unicode character, not {}",
                type_name(vm, v)
            ),
        )),
    }
}

/// `array.array(typecode[, initializer])`.
pub fn construct(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    if !kwargs.is_empty() {
        return Err(Error::new(
            "TypeError",
            "array.array() takes no keyword arguments",
        ));
    }
    match args.len() {
        0 => {
            return Err(Error::new(
                "TypeError",
                "array() takes at least 1 argument (0 given)",
            ));
        }
        1 | 2 => {}
        n => {
            return Err(Error::new(
                "TypeError",
                format!("array() takes at most 2 arguments ({n} given)"),
            ));
        }
    }
    let c = typecode_arg(vm, args[0])?;
    let Some(&init) = args.get(1) else {
        return new_array(vm, c, &[]);
    };
    let data = initial_bytes(vm, c, init)?;
    new_array(vm, c, &data)
}

/// The bytes an initializer gives an array of type code `c`.
fn initial_bytes(vm: &mut ThreadState, c: Code, init: Value) -> Result<Vec<u8>, Error> {
    if let Some(s) = crate::values::str_value(vm, init) {
        if !c.is_unicode() {
            return Err(Error::new(
                "TypeError",
                format!(
                    "cannot use a str to initialize an array with typecode '{}'",
                    c.char()
                ),
            ));
        }
        return Ok(s.chars().flat_map(|ch| (ch as u32).to_le_bytes()).collect());
    }
    if is_array(vm, init) {
        let other = code(vm, init);
        if other.is_unicode() && !c.is_unicode() {
            return Err(Error::new(
                "TypeError",
                format!(
                    "cannot use a unicode array to initialize an array with typecode '{}'",
                    c.char()
                ),
            ));
        }
        if other == c {
            return Ok(contents(vm, init));
        }
        let items = items(vm, init);
        let list = list_of(vm, &items)?;
        let values = crate::objects::sequence::items(vm, list).unwrap_or_default();
        return pack_all(vm, c, &values);
    }
    if matches!(
        layout_of(vm, init),
        Some(crate::generated::layouts::Bytes::ID | ByteArray::ID)
    ) {
        let data = crate::objects::bytes::value(vm, init).unwrap_or_default();
        if !data.len().is_multiple_of(c.size()) {
            return Err(not_multiple());
        }
        return Ok(data);
    }
    let values = crate::modules::builtins::collect(vm, init)?;
    pack_all(vm, c, &values)
}

pub fn not_multiple() -> Error {
    Error::new("ValueError", "bytes length not a multiple of item size")
}

/// `repr(a)`: `array('i', [1, 2])`, `array('u', 'ab')`, `array('d')`, with `name` (the
/// class's name) in front.
pub fn repr(vm: &mut ThreadState, a: Value, name: &str) -> Result<String, Error> {
    let c = code(vm, a);
    let items = items(vm, a);
    if items.is_empty() {
        return Ok(format!("{name}('{}')", c.char()));
    }
    if c.is_unicode() {
        let text = unicode_text(&items)?;
        let s = crate::values::new_str(vm, &text)?;
        let r = crate::protocols::repr::repr(vm, s)?;
        return Ok(format!("{name}('u', {r})"));
    }
    let list = list_of(vm, &items)?;
    let r = crate::protocols::repr::repr(vm, list)?;
    Ok(format!("{name}('{}', {r})", c.char()))
}

/// The text of `u` items.
pub fn unicode_text(items: &[Item]) -> Result<String, Error> {
    items
        .iter()
        .map(|it| match it {
            Item::Char(c) => char::from_u32(*c).ok_or_else(|| {
                Error::new(
                    "ValueError",
                    format!("character U+{c:x} is not in range [U+0000; U+10ffff]"),
                )
            }),
            _ => Err(Error::new("SystemError", "not a unicode array")),
        })
        .collect()
}

/// Index `i` (negative from the end) into `n` items, or IndexError `message`.
pub fn position(i: i64, n: usize, message: &str) -> Result<usize, Error> {
    let at = if i < 0 { i + n as i64 } else { i };
    if at < 0 || at >= n as i64 {
        return Err(Error::new("IndexError", message.to_string()));
    }
    Ok(at as usize)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_and_codes() {
        let sizes: Vec<usize> = TYPECODES
            .chars()
            .map(|c| Code::of(c).unwrap().size())
            .collect();
        assert_eq!(sizes, [1, 1, 4, 2, 2, 4, 4, 8, 8, 8, 8, 4, 8]);
        assert!(Code::of('x').is_none());
        assert!(Code::of('é').is_none());
    }

    #[test]
    fn ints_round_trip_at_their_bounds() {
        let bounds: &[(u8, i128, i128)] = &[
            (b'b', -128, 127),
            (b'B', 0, 255),
            (b'h', -32768, 32767),
            (b'H', 0, 65535),
            (b'i', i32::MIN as i128, i32::MAX as i128),
            (b'I', 0, u32::MAX as i128),
            (b'l', i64::MIN as i128, i64::MAX as i128),
            (b'L', 0, u64::MAX as i128),
            (b'q', i64::MIN as i128, i64::MAX as i128),
            (b'Q', 0, u64::MAX as i128),
        ];
        for &(c, lo, hi) in bounds {
            let c = Code(c);
            for i in [lo, hi, 0, 1] {
                let b = c.pack_int(i).unwrap();
                assert_eq!(b.len(), c.size());
                assert_eq!(c.unpack(&b), Item::Int(i), "{c:?} {i}");
            }
            assert!(c.pack_int(lo - 1).is_err(), "{c:?} below");
            assert!(c.pack_int(hi + 1).is_err(), "{c:?} above");
        }
    }

    #[test]
    fn overflow_messages_are_cpythons() {
        let message = |c: u8, i: i128| Code(c).pack_int(i).unwrap_err().message().to_string();
        assert_eq!(message(b'b', 128), "signed char is greater than maximum");
        assert_eq!(
            message(b'b', 40000),
            "signed short integer is greater than maximum"
        );
        assert_eq!(
            message(b'B', -1),
            "unsigned byte integer is less than minimum"
        );
        assert_eq!(message(b'H', -1), "unsigned short is less than minimum");
        assert_eq!(
            message(b'H', 1 << 31),
            "signed integer is greater than maximum"
        );
        assert_eq!(
            message(b'I', -1),
            "can't convert negative value to unsigned int"
        );
        assert_eq!(
            message(b'I', 1 << 32),
            "unsigned int is greater than maximum"
        );
        assert_eq!(
            message(b'l', 1 << 64),
            "Python int too large to convert to C long"
        );
        assert_eq!(message(b'Q', -1), "can't convert negative int to unsigned");
        assert_eq!(message(b'q', 1 << 64), "int too big to convert");
    }

    #[test]
    fn floats_and_chars() {
        let f = Code(b'f');
        assert_eq!(f.unpack(&f.pack_float(1.5)), Item::Float(1.5));
        let d = Code(b'd');
        assert_eq!(d.unpack(&d.pack_float(0.1)), Item::Float(0.1));
        assert_eq!(
            Code(b'u').unpack(&('é' as u32).to_le_bytes()),
            Item::Char('é' as u32)
        );
        assert!(unicode_text(&[Item::Char(0x110000)]).is_err());
        assert_eq!(position(-1, 3, "x").unwrap(), 2);
        assert!(position(3, 3, "x").is_err());
        assert!(position(-4, 3, "x").is_err());
    }
}
