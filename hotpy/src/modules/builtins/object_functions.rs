//! Builtins of the object protocols: `type`, `id`, `hash`, `callable`, `iter`, `next`,
//! `getattr`/`setattr`/`hasattr`, `issubclass`, and the ones that call back into
//! Python: `sorted` (with `key` and `reverse`), `map`, `filter`, `reversed`.
//!
//! The argument values are not roots (see [`super::BuiltinFn`]): these root what
//! they keep across calls and allocations.

use super::collect;
use super::no_keywords;
use crate::values::{EXHAUSTED, FALSE, NONE, TRUE, py_bool, type_name};
use crate::vm::{Error, ThreadState};
use gvmt::gc::Handle;
use gvmt::rt::Value;

pub(crate) type Kwargs<'a> = &'a [(String, Value)];

pub(crate) fn exactly<const N: usize>(name: &str, args: &[Value]) -> Result<[Value; N], Error> {
    <[Value; N]>::try_from(args).map_err(|_| {
        Error::new(
            "TypeError",
            if N == 0 {
                format!("{name}() takes no arguments ({} given)", args.len())
            } else if N == 1 {
                format!("{name}() takes exactly one argument ({} given)", args.len())
            } else {
                format!("{name} expected {N} arguments, got {}", args.len())
            },
        )
    })
}

/// Roots `values`, runs `f` with their handles, releases them.
pub(crate) fn rooted<R>(
    vm: &mut ThreadState,
    values: &[Value],
    f: impl FnOnce(&mut ThreadState, &[Handle]) -> Result<R, Error>,
) -> Result<R, Error> {
    vm.handle_scope(|vm| {
        let handles: Vec<Handle> = values.iter().map(|&v| vm.mutator().root(v)).collect();
        f(vm, &handles)
    })
}

/// `type(x)`: the class of an instance, the metaclass of a class, the builtin type of a
/// builtin value (`type(3) is int`).
pub fn type_(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    if args.len() == 3 {
        return crate::objects::class::metaclasses::type_three(vm, args, kwargs);
    }
    no_keywords("type", kwargs)?;
    if args.len() != 1 {
        return Err(Error::new("TypeError", "type() takes 1 or 3 arguments"));
    }
    type_of_any(vm, args[0])
}

/// `type(v)` for any value.
pub fn type_of_any(vm: &mut ThreadState, v: Value) -> Result<Value, Error> {
    if crate::objects::class::is_instance(vm, v) {
        return Ok(crate::objects::class::class_of(vm, v));
    }
    if crate::objects::class::is_class(vm, v) {
        return crate::objects::class::metaclasses::type_of_class(vm, v);
    }
    crate::objects::class::builtin_types::type_of_value(vm, v)
}

pub fn id(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    no_keywords("id", kwargs)?;
    let [v] = exactly::<1>("id", args)?;
    let identity = identity(vm, v);
    crate::objects::int::bigint::from_i128(vm, identity)
}

/// `id(v)`: immediates (ints, bools, None, short strs) are their own identity (past 62 bits
/// a big int: a one-character str's word is); a heap object's stays with it as it moves.
pub fn identity(vm: &mut ThreadState, v: Value) -> i128 {
    if v.0 & 0xf != 0 {
        return (v.0 >> 1) as i128;
    }
    (vm.mutator().identity(v) as i128) << 4
}

pub fn hash(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    no_keywords("hash", kwargs)?;
    let [v] = exactly::<1>("hash", args)?;
    let h = crate::objects::dict::hash(vm, v)?;
    hash_int(vm, h)
}

/// A hash as the int `hash()` and `__hash__` give (64 bits: a big int past 62).
pub fn hash_int(vm: &mut ThreadState, h: i64) -> Result<Value, Error> {
    crate::objects::int::bigint::from_i128(vm, h as i128)
}

pub fn callable(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    no_keywords("callable", kwargs)?;
    let [v] = exactly::<1>("callable", args)?;
    Ok(py_bool(is_callable(vm, v)?))
}

/// `callable(v)`.
pub fn is_callable(vm: &mut ThreadState, v: Value) -> Result<bool, Error> {
    use crate::generated::layouts::{BoundMethod, Builtin, Class, Function, Method};
    Ok(matches!(
        crate::values::layout_of(vm, v),
        Some(Function::ID | Builtin::ID | Method::ID | BoundMethod::ID | Class::ID)
    ) || crate::objects::class::descriptor_kind(vm, v) == Some(crate::objects::class::STATIC)
        || crate::protocols::dunder::method(vm, v, "__call__")?.is_some())
}

pub fn iter(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    no_keywords("iter", kwargs)?;
    if let [function, sentinel] = *args {
        // `iter(function, sentinel)`: `_site_builtins.callable_iterator`.
        return rooted(vm, &[function, sentinel], |vm, h| {
            let module = crate::modules::import(vm, "_site_builtins")?;
            let make = vm
                .module_global(module, "callable_iterator")
                .ok_or_else(|| Error::new("SystemError", "no callable_iterator"))?;
            let args = [vm.mutator().get(h[0]), vm.mutator().get(h[1])];
            vm.call(make, &args, &[])
        });
    }
    if args.len() > 2 {
        return Err(Error::new(
            "TypeError",
            format!("iter expected at most 2 arguments, got {}", args.len()),
        ));
    }
    let [v] = exactly::<1>("iter", args)?;
    crate::protocols::iteration::get_iter(vm, v)
}

pub fn next(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    no_keywords("next", kwargs)?;
    let (it, default) = match args {
        [it] => (*it, None),
        [it, d] => (*it, Some(*d)),
        _ => {
            return Err(Error::new(
                "TypeError",
                format!("next expected at most 2 arguments, got {}", args.len()),
            ));
        }
    };
    if crate::interp::generators::is_generator(vm, it) && default.is_none() {
        return crate::interp::generators::next_builtin(vm, it);
    }
    rooted(vm, &[default.unwrap_or(NONE), it], |vm, h| {
        let is_iterator = crate::protocols::dunder::is_builtin_iterator(vm, it)
            || crate::protocols::dunder::method(vm, it, "__next__")?.is_some();
        let it = vm.mutator().get(h[1]);
        if !is_iterator {
            return Err(Error::new(
                "TypeError",
                format!("'{}' object is not an iterator", type_name(vm, it)),
            ));
        }
        match crate::protocols::iteration::iter_next(vm, it)? {
            EXHAUSTED => match default {
                Some(_) => Ok(vm.mutator().get(h[0])),
                None => Err(Error::new("StopIteration", "")),
            },
            v => Ok(v),
        }
    })
}

fn attribute_name(vm: &ThreadState, name: Value) -> Result<(), Error> {
    if crate::values::str_value(vm, name).is_none() {
        return Err(Error::new(
            "TypeError",
            format!(
                "attribute name must be string, not '{}'",
                type_name(vm, name)
            ),
        ));
    }
    Ok(())
}

pub fn getattr(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    no_keywords("getattr", kwargs)?;
    let (object, name, default) = match args {
        [o, n] => (*o, *n, None),
        [o, n, d] => (*o, *n, Some(*d)),
        _ => {
            return Err(Error::new(
                "TypeError",
                format!("getattr expected 2 or 3 arguments, got {}", args.len()),
            ));
        }
    };
    attribute_name(vm, name)?;
    rooted(
        vm,
        &[default.unwrap_or(NONE)],
        |vm, h| match crate::protocols::attributes::get_attr(vm, object, name) {
            Err(e) if e.is("AttributeError") && default.is_some() => Ok(vm.mutator().get(h[0])),
            other => other,
        },
    )
}

pub fn hasattr(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    no_keywords("hasattr", kwargs)?;
    let [object, name] = exactly::<2>("hasattr", args)?;
    attribute_name(vm, name)?;
    match crate::protocols::attributes::get_attr(vm, object, name) {
        Ok(_) => Ok(TRUE),
        Err(e) if e.is("AttributeError") => Ok(py_bool(false)),
        Err(e) => Err(e),
    }
}

pub fn setattr(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    no_keywords("setattr", kwargs)?;
    let [object, name, value] = exactly::<3>("setattr", args)?;
    attribute_name(vm, name)?;
    crate::objects::class::set_attr(vm, object, name, value)?;
    Ok(NONE)
}

pub fn staticmethod(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    no_keywords("staticmethod", kwargs)?;
    let [f] = exactly::<1>("staticmethod", args)?;
    crate::objects::class::new_descriptor(vm, crate::objects::class::STATIC, f, NONE)
}

pub fn classmethod(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    no_keywords("classmethod", kwargs)?;
    let [f] = exactly::<1>("classmethod", args)?;
    crate::objects::class::new_descriptor(vm, crate::objects::class::CLASS, f, NONE)
}

/// `property(fget=None, fset=None, fdel=None, doc=None)`.
pub fn property(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    if args.len() > 4 {
        return Err(Error::new(
            "TypeError",
            format!(
                "property() takes at most 4 arguments ({} given)",
                args.len()
            ),
        ));
    }
    let (mut fget, mut fset, mut fdel, mut doc) = (
        args.first().copied().unwrap_or(NONE),
        args.get(1).copied().unwrap_or(NONE),
        args.get(2).copied().unwrap_or(NONE),
        args.get(3).copied().unwrap_or(NONE),
    );
    for (k, v) in kwargs {
        match k.as_str() {
            "fget" => fget = *v,
            "fset" => fset = *v,
            "fdel" => fdel = *v,
            "doc" => doc = *v,
            other => {
                return Err(Error::new(
                    "TypeError",
                    format!("'{other}' is an invalid keyword argument for property()"),
                ));
            }
        }
    }
    crate::objects::class::new_property_with_doc(
        vm,
        crate::objects::class::PROPERTY,
        [fget, fset, fdel],
        doc,
    )
}

pub fn set(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    no_keywords("set", kwargs)?;
    match args {
        [] => crate::objects::set::new_set(vm, &[], false),
        [v] => crate::objects::set::from_iterable(vm, *v, false),
        _ => Err(Error::new(
            "TypeError",
            format!("set expected at most 1 argument, got {}", args.len()),
        )),
    }
}

pub fn frozenset(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    no_keywords("frozenset", kwargs)?;
    match args {
        [] => crate::objects::set::new_set(vm, &[], true),
        [v] => crate::objects::set::from_iterable(vm, *v, true),
        _ => Err(Error::new(
            "TypeError",
            format!("frozenset expected at most 1 argument, got {}", args.len()),
        )),
    }
}

/// `pow(base, exp)` is `base ** exp`; `pow(base, exp, mod)` is modular exponentiation of ints.
pub fn pow(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    let args = &super::by_position("pow", args, kwargs, &["base", "exp", "mod"], 2)?[..];
    let args = match args {
        [b, e, m] if *m == NONE => &[*b, *e][..],
        _ => args,
    };
    match args {
        [b, e] => crate::values::binary_generic(vm, 8, *b, *e),
        [b, e, m] if crate::protocols::dunder::takes_part(vm, *b) => {
            // A class's `__pow__(exp, mod)` (there is no reflected form with a modulus).
            let r = crate::protocols::dunder::call(vm, *b, "__pow__", &[*e, *m])?;
            match r {
                Some(r) if r != crate::values::NOT_IMPLEMENTED => Ok(r),
                _ => Err(Error::new(
                    "TypeError",
                    format!(
                        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                        type_name(vm, args[0]),
                        type_name(vm, args[1]),
                        type_name(vm, args[2])
                    ),
                )),
            }
        }
        [b, e, m] => {
            let (Some(b), Some(e), Some(m)) = (
                crate::objects::int::bigint::to_big(vm, *b),
                crate::objects::int::bigint::to_big(vm, *e),
                crate::objects::int::bigint::to_big(vm, *m),
            ) else {
                return Err(Error::new(
                    "TypeError",
                    "pow() 3rd argument not allowed unless all arguments are integers",
                ));
            };
            if num_traits::Zero::is_zero(&m) {
                return Err(Error::new("ValueError", "pow() 3rd argument cannot be 0"));
            }
            let (b, e) = if num_traits::Signed::is_negative(&e) {
                // A negative exponent: the power of the modular inverse.
                let g = num_integer::Integer::extended_gcd(&b, &m);
                if g.gcd != num_bigint::BigInt::from(1) && g.gcd != num_bigint::BigInt::from(-1) {
                    return Err(Error::new(
                        "ValueError",
                        "base is not invertible for the given modulus",
                    ));
                }
                let inverse = num_integer::Integer::mod_floor(&(g.x * &g.gcd), &m);
                (inverse, -e)
            } else {
                (b, e)
            };
            let r = num_integer::Integer::mod_floor(&b, &m).modpow(&e, &m);
            // Python's result takes the modulus's sign.
            let r = if !num_traits::Zero::is_zero(&r)
                && (num_traits::Signed::is_negative(&r) != num_traits::Signed::is_negative(&m))
            {
                r + &m
            } else {
                r
            };
            crate::objects::int::bigint::from_big(vm, &r)
        }
        _ => Err(Error::new(
            "TypeError",
            format!("pow expected 2 or 3 arguments, got {}", args.len()),
        )),
    }
}

/// `delattr(obj, name)`.
pub fn delattr(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    no_keywords("delattr", kwargs)?;
    let [object, name] = exactly::<2>("delattr", args)?;
    attribute_name(vm, name)?;
    crate::protocols::deletion::delete_attr(vm, object, name)?;
    Ok(NONE)
}

/// `format(value, spec='')`.
pub fn format(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    no_keywords("format", kwargs)?;
    match args {
        [v] => crate::protocols::format::format_value(vm, *v, NONE, 0),
        [v, spec] => crate::protocols::format::format_value(vm, *v, *spec, 0),
        _ => Err(Error::new(
            "TypeError",
            format!("format expected at most 2 arguments, got {}", args.len()),
        )),
    }
}

/// `ascii(v)`: `repr` with non-ASCII characters escaped.
pub fn ascii(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    no_keywords("ascii", kwargs)?;
    let [v] = exactly::<1>("ascii", args)?;
    let escaped = ascii_repr(vm, v)?;
    crate::values::new_str(vm, &escaped)
}

/// `repr(v)` with its non-ASCII characters escaped (`ascii(v)`, `f"{v!a}"`).
pub fn ascii_repr(vm: &mut ThreadState, v: Value) -> Result<String, Error> {
    let text = crate::protocols::repr::repr(vm, v)?;
    Ok(text
        .chars()
        .map(|c| match c as u32 {
            0..=0x7f => c.to_string(),
            n @ 0x80..=0xff => format!("\\x{n:02x}"),
            n @ 0x100..=0xffff => format!("\\u{n:04x}"),
            n => format!("\\U{n:08x}"),
        })
        .collect())
}

/// Calls `f(arg)`, or returns `arg` when `f` is None.
fn apply(vm: &mut ThreadState, f: Value, arg: Value) -> Result<Value, Error> {
    if f == NONE {
        Ok(arg)
    } else {
        vm.call(f, &[arg], &[])
    }
}

/// `sorted(iterable, key=None, reverse=False)`: a stable sort by `<` (`objects/list/sort.rs`)
/// over rooted items.
pub fn sorted(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    let (mut key, mut reverse) = (NONE, false);
    for (k, v) in kwargs {
        match k.as_str() {
            "key" => key = *v,
            // CPython's `reverse` is an int (`__index__`): `reverse=None` is a TypeError.
            "reverse" => {
                let r = crate::protocols::index::index_value(vm, *v)?;
                let is_int = crate::values::as_int(r).is_some()
                    || r == TRUE
                    || r == FALSE
                    || crate::objects::int::bigint::is_big(vm, r);
                if !is_int {
                    return Err(crate::protocols::index::not_an_integer(vm, r));
                }
                reverse = crate::values::is_true(vm, r)?;
            }
            other => {
                return Err(Error::new(
                    "TypeError",
                    format!("'{other}' is an invalid keyword argument for sort()"),
                ));
            }
        }
    }
    let [iterable] = <[Value; 1]>::try_from(args).map_err(|_| {
        Error::new(
            "TypeError",
            format!("sorted expected 1 argument, got {}", args.len()),
        )
    })?;
    rooted(vm, &[key, iterable], |vm, h| {
        let iterable = vm.mutator().get(h[1]);
        let items = collect(vm, iterable)?;
        let items: Vec<Handle> = items.iter().map(|&v| vm.mutator().root(v)).collect();
        let mut keyed: Vec<(Handle, Handle)> = Vec::with_capacity(items.len());
        for &item in &items {
            let (key, v) = (vm.mutator().get(h[0]), vm.mutator().get(item));
            let k = apply(vm, key, v)?;
            keyed.push((vm.mutator().root(k), item));
        }
        let order = crate::objects::list::sort::order(vm, &keyed, reverse)?;
        let values: Vec<Value> = order
            .iter()
            .map(|&i| vm.mutator().get(keyed[i].1))
            .collect();
        crate::objects::sequence::new_list(vm, &values)
    })
}

/// `reversed(seq)`: an iterator over a reversed copy.
pub fn reversed(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    no_keywords("reversed", kwargs)?;
    let [seq] = exactly::<1>("reversed", args)?;
    rooted(vm, &[seq], |vm, h| {
        if let Some(r) = crate::protocols::dunder::call(vm, seq, "__reversed__", &[])? {
            return Ok(r);
        }
        let seq = vm.mutator().get(h[0]);
        use crate::generated::layouts::{ByteArray, Bytes, List, Range, Str, Tuple};
        let builtin = matches!(
            crate::values::layout_of(vm, seq),
            Some(List::ID | Tuple::ID | Str::ID | Range::ID | Bytes::ID | ByteArray::ID)
        ) || crate::objects::dict::is_dict(vm, seq);
        let items = if builtin {
            let mut items = collect(vm, seq)?;
            items.reverse();
            items
        } else {
            // The sequence protocol: `__len__` says where to start, `__getitem__` reads
            // down from there (an IndexError or StopIteration ends it early, as CPython's
            // reversed iterator).
            let has_getitem = crate::protocols::dunder::method(vm, seq, "__getitem__")?.is_some();
            let seq = vm.mutator().get(h[0]);
            if !has_getitem {
                return Err(Error::new(
                    "TypeError",
                    format!("'{}' object is not reversible", type_name(vm, seq)),
                ));
            }
            let Some(n) = crate::protocols::dunder::len(vm, seq)? else {
                let seq = vm.mutator().get(h[0]);
                return Err(Error::new(
                    "TypeError",
                    format!("object of type '{}' has no len()", type_name(vm, seq)),
                ));
            };
            vm.handle_scope(|vm| {
                let mut got = Vec::new();
                for i in (0..n).rev() {
                    let seq = vm.mutator().get(h[0]);
                    let index = crate::values::make_int(i)?;
                    match crate::protocols::dunder::call(vm, seq, "__getitem__", &[index]) {
                        Ok(Some(v)) => got.push(vm.mutator().root(v)),
                        Ok(None) => break,
                        Err(e) if e.is("IndexError") || e.is("StopIteration") => break,
                        Err(e) => return Err(e),
                    }
                }
                Ok(got
                    .iter()
                    .map(|&g| vm.mutator_ref().get(g))
                    .collect::<Vec<_>>())
            })?
        };
        let list = crate::objects::sequence::new_list(vm, &items)?;
        crate::objects::sequence::iter(vm, list)
    })
}
