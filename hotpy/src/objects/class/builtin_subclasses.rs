//! Python classes derived from builtin types (`class Stack(list)`, `class Config(dict)`,
//! `class Celsius(float)`). An instance of such a class is an ordinary instance (its own
//! attributes, its class's methods) that also carries a value of the builtin type
//! (`Instance::builtin`). Whatever the Python class does not define applies to that value:
//! the special methods the runtime calls (`len`, `[]`, iteration, `in`, operators, `repr`,
//! comparisons, hashing), the builtin's methods (`d.keys()`, `l.append(x)`), and
//! `super().__init__(...)`/`super().__setitem__(...)` from the class's own methods. The
//! class's MRO has `object` where the builtin type stands in its bases; this module records
//! which builtin a class derives from.
//!
//! Mutable builtins (list, dict, set, bytearray) start empty and are filled by `__init__` (the builtin's,
//! unless the class defines its own); immutable ones (int, float, str, bytes, tuple,
//! frozenset) take the constructor's arguments, as CPython's `__new__` does.
//!
//! Owns: that table, making such instances, and the fallback to the value. Must not: change
//! how plain builtin values work (the rest of the runtime sees the value itself).

use super::builtin_types::{BUILTIN_TYPES, ids as T, type_index};
use crate::generated::layouts::{Class, Instance};
use crate::values::{NONE, layout_of};
use crate::vm::{Error, ThreadState};
use gvmt::rt::{Value, Vm};

/// The builtin types a Python class may derive from (ids of [`BUILTIN_TYPES`]).
pub const SUBCLASSABLE: &[usize] = &[
    T::INT,
    T::FLOAT,
    T::STR,
    T::BYTES,
    T::BYTEARRAY,
    T::TUPLE,
    T::FROZENSET,
    T::LIST,
    T::DICT,
    T::SET,
    T::ARRAY,
];

fn is_mutable(t: usize) -> bool {
    matches!(t, T::LIST | T::DICT | T::SET | T::BYTEARRAY)
}

/// The name of builtin type `t`.
fn name_of(t: usize) -> &'static str {
    BUILTIN_TYPES[t].0
}

/// The builtin function that constructs subclassable type `t` (`int` for int...).
fn constructor(t: usize) -> usize {
    const CONSTRUCTORS: [usize; SUBCLASSABLE.len()] = {
        let mut table = [0; SUBCLASSABLE.len()];
        let mut i = 0;
        while i < SUBCLASSABLE.len() {
            table[i] = crate::modules::builtins::builtin_id(BUILTIN_TYPES[SUBCLASSABLE[i]].0);
            i += 1;
        }
        table
    };
    match SUBCLASSABLE.iter().position(|&s| s == t) {
        Some(i) => CONSTRUCTORS[i],
        // `bool.__new__(bool, x)`: a type no class derives from.
        None => crate::modules::builtins::builtin_id(BUILTIN_TYPES[t].0),
    }
}

/// The builtin type (its id in [`BUILTIN_TYPES`]) class `cls` derives from, if any.
pub fn builtin_base(vm: &ThreadState, cls: Value) -> Option<usize> {
    if layout_of(vm, cls) != Some(Class::ID) {
        return None;
    }
    let id = Class::id(vm.vmctx(), cls) as u32;
    vm.tables().builtin_bases.get(&id).copied()
}

/// Records that class `cls` derives from builtin `t`.
pub fn record(vm: &mut ThreadState, cls: Value, t: usize) {
    let id = Class::id(vm.vmctx(), cls) as u32;
    crate::protocols::descriptors::set_flag(vm, cls, crate::protocols::descriptors::BUILTIN_BASE);
    vm.tables().builtin_bases.insert(id, t);
}

/// The builtin value an instance carries, if its class derives from a builtin type.
pub fn value_of(vm: &ThreadState, obj: Value) -> Option<Value> {
    if layout_of(vm, obj) != Some(Instance::ID) {
        return None;
    }
    let v = Instance::builtin(vm.vmctx(), obj);
    (v != NONE).then_some(v)
}

/// The builtin type (its id) `obj` is an instance of through its class, if any.
pub fn builtin_type_of(vm: &ThreadState, obj: Value) -> Option<usize> {
    value_of(vm, obj).and_then(|v| type_index(vm, v))
}

/// Calls builtin `t` (its constructor) with `args` and `kwargs`.
fn construct(
    vm: &mut ThreadState,
    t: usize,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    vm.handle_scope(|vm| {
        let handles: Vec<_> = args.iter().map(|&a| vm.mutator().root(a)).collect();
        let kw: Vec<_> = kwargs
            .iter()
            .map(|(k, v)| (k.clone(), vm.mutator().root(*v)))
            .collect();
        let id = constructor(t);
        let f = crate::modules::builtins::builtin_object(vm, id)?;
        let args: Vec<Value> = handles.iter().map(|&h| vm.mutator().get(h)).collect();
        let kwargs: Vec<(String, Value)> = kw
            .iter()
            .map(|(k, h)| (k.clone(), vm.mutator().get(*h)))
            .collect();
        vm.call(f, &args, &kwargs)
    })
}

/// A new instance of `cls` (deriving from builtin `t`): a mutable builtin starts empty, an
/// immutable one is made from `args` and `kwargs`.
pub fn new_instance(
    vm: &mut ThreadState,
    cls: Value,
    t: usize,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    vm.handle_scope(|vm| {
        let hc = vm.mutator().root(cls);
        let value = if is_mutable(t) {
            construct(vm, t, &[], &[])?
        } else {
            construct(vm, t, args, kwargs)?
        };
        let hv = vm.mutator().root(value);
        let cls = vm.mutator().get(hc);
        let obj = super::storage::new_instance(vm, cls)?;
        let value = vm.mutator().get(hv);
        Instance::set_builtin(vm.vmctx(), obj, value);
        Ok(obj)
    })
}

/// The builtin's `__init__` on `value`: a mutable builtin takes the contents the constructor
/// would make from `args`; an immutable one ignores them (its `__new__` used them).
pub fn init(
    vm: &mut ThreadState,
    value: Value,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    let Some(t) = type_index(vm, value).filter(|&t| is_mutable(t)) else {
        return Ok(NONE);
    };
    vm.handle_scope(|vm| {
        let hv = vm.mutator().root(value);
        let made = construct(vm, t, args, kwargs)?;
        let hm = vm.mutator().root(made);
        let value = vm.mutator().get(hv);
        call_method(vm, value, "clear", &[])?;
        let (value, made) = (vm.mutator().get(hv), vm.mutator().get(hm));
        let fill = if matches!(t, T::LIST | T::BYTEARRAY) {
            "extend"
        } else {
            "update"
        };
        call_method(vm, value, fill, &[made])?;
        Ok(NONE)
    })
}

/// `value.name(*args)` for a builtin method.
fn call_method(
    vm: &mut ThreadState,
    value: Value,
    name: &'static str,
    args: &[Value],
) -> Result<Value, Error> {
    vm.handle_scope(|vm| {
        let hv = vm.mutator().root(value);
        let handles: Vec<_> = args.iter().map(|&a| vm.mutator().root(a)).collect();
        let key = vm.name_str(name)?;
        let value = vm.mutator().get(hv);
        let bound = crate::protocols::attributes::get_attr(vm, value, key)?;
        let args: Vec<Value> = handles.iter().map(|&h| vm.mutator().get(h)).collect();
        vm.call(bound, &args, &[])
    })
}

/// The repr of instance `obj` of a class deriving from bytearray or array, whose repr names
/// the class (`MyBuffer(b'...')`, `MyArray('i', [1])`, as CPython's); None for other
/// instances.
pub fn named_repr(vm: &mut ThreadState, obj: Value, value: Value) -> Option<Result<Value, Error>> {
    if obj == value {
        return None;
    }
    if crate::objects::array::is_array(vm, value) {
        // `MyArray('i', [1, 2])`, as CPython's (its repr names the type).
        let cls = crate::objects::class::class_of(vm, obj);
        let name = super::class_name(vm, cls);
        return Some(
            crate::objects::array::repr(vm, value, name)
                .and_then(|text| crate::values::new_str(vm, &text)),
        );
    }
    if crate::objects::set::is_set(vm, value) {
        // `MySet({1})`, `MySet()`, `MyFrozen({2})`, as CPython's set_repr.
        let cls = crate::objects::class::class_of(vm, obj);
        let name = super::class_name(vm, cls).to_string();
        let empty = crate::objects::set::len(vm, value) == 0;
        return Some(crate::protocols::repr::repr(vm, value).and_then(|inner| {
            let inner = inner
                .strip_prefix("frozenset(")
                .and_then(|i| i.strip_suffix(')'))
                .unwrap_or(&inner);
            let text = if empty {
                format!("{name}()")
            } else {
                format!("{name}({inner})")
            };
            crate::values::new_str(vm, &text)
        }));
    }
    if !crate::objects::bytearray::is_bytearray(vm, value) {
        return None;
    }
    let cls = crate::objects::class::class_of(vm, obj);
    let data = crate::objects::bytes::value(vm, value).unwrap_or_default();
    let text = format!(
        "{}({})",
        super::class_name(vm, cls),
        crate::objects::bytes::quoted(&data, true)
    );
    Some(crate::values::new_str(vm, &text))
}

/// The special method `name` applied to builtin `value` (what an instance whose class does
/// not define `name` does): None for names this fallback does not cover.
pub fn special(
    vm: &mut ThreadState,
    value: Value,
    name: &str,
    args: &[Value],
) -> Result<Option<Value>, Error> {
    use crate::values::{compare, py_bool};
    let arg = |i: usize| -> Result<Value, Error> {
        args.get(i)
            .copied()
            .ok_or_else(|| Error::new("TypeError", format!("{name}() expects an argument")))
    };
    let comparison = |n: &str| {
        ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"]
            .iter()
            .position(|c| *c == n)
    };
    Ok(Some(match name {
        "__init__" => init(vm, value, args, &[])?,
        // Only str has its own `__str__`; the others show their `__repr__` (CPython's
        // object.__str__), which the class may define.
        "__str__" if crate::values::str_value(vm, value).is_some() => value,
        "__str__" => return Ok(None),
        "__len__" | "__reversed__" | "__abs__" | "__int__" | "__float__" | "__round__" => {
            // The builtin function of the same name, applied to the value.
            let builtin = &name[2..name.len() - 2];
            let id = crate::modules::builtins::index_of(builtin).expect("a builtin function");
            // Making the builtin's object may collect: keep the operands current.
            vm.handle_scope(|vm| {
                let handles: Vec<_> = std::iter::once(value)
                    .chain(args.iter().copied())
                    .map(|v| vm.mutator().root(v))
                    .collect();
                crate::modules::builtins::builtin_object(vm, id).and_then(|f| {
                    let full: Vec<Value> = handles.iter().map(|&h| vm.mutator().get(h)).collect();
                    vm.call(f, &full, &[])
                })
            })?
        }
        "__index__" if value == crate::values::TRUE || value == crate::values::FALSE => {
            crate::values::make_int((value == crate::values::TRUE) as i64)?
        }
        "__index__"
            if crate::values::int_value(value).is_some()
                || crate::objects::int::bigint::is_big(vm, value) =>
        {
            value
        }
        "__floor__" | "__ceil__" | "__trunc__" => {
            if let Some(f) = crate::values::float_value(vm, value) {
                let f = match name {
                    "__floor__" => f.floor(),
                    "__ceil__" => f.ceil(),
                    _ => f.trunc(),
                };
                crate::objects::int::bigint::from_f64(vm, f)?
            } else if let Some(i) = crate::values::as_int(value) {
                // An int's is itself (a bool's, the int).
                crate::values::make_int(i)?
            } else {
                value
            }
        }
        "__divmod__" | "__rdivmod__" => {
            let other = arg(0)?;
            let (a, b) = if name == "__divmod__" {
                (value, other)
            } else {
                (other, value)
            };
            let id = crate::modules::builtins::index_of("divmod").expect("a builtin function");
            vm.handle_scope(|vm| {
                let (ha, hb) = (vm.mutator().root(a), vm.mutator().root(b));
                crate::modules::builtins::builtin_object(vm, id).and_then(|f| {
                    let (a, b) = (vm.mutator().get(ha), vm.mutator().get(hb));
                    vm.call(f, &[a, b], &[])
                })
            })?
        }
        "__neg__" => crate::values::negative(vm, value)?,
        "__pos__" => crate::values::unary(vm, 1, value)?,
        "__invert__" => crate::values::unary(vm, 2, value)?,
        "__getitem__" => crate::objects::sequence::subscript(vm, value, arg(0)?)?,
        "__setitem__" => {
            crate::objects::sequence::store_subscript(vm, value, arg(0)?, arg(1)?)?;
            NONE
        }
        "__delitem__" => {
            crate::protocols::deletion::delete_subscript(vm, value, arg(0)?)?;
            NONE
        }
        "__contains__" => compare(vm, 8, arg(0)?, value)?,
        "__iter__" => crate::protocols::iteration::get_iter(vm, value)?,
        "__repr__" => {
            let text = crate::protocols::repr::repr(vm, value)?;
            crate::values::new_str(vm, &text)?
        }
        "__bool__" => py_bool(crate::values::is_true(vm, value)?),
        "__hash__" => {
            let h = crate::objects::dict::hash(vm, value)?;
            crate::modules::builtins::object_functions::hash_int(vm, h)?
        }
        "__format__" => crate::protocols::format::format_value(vm, value, arg(0)?, 0)?,
        n if comparison(n).is_some() => {
            compare(vm, comparison(n).unwrap_or(2) as i64, value, arg(0)?)?
        }
        // `x.__pow__(y, m)`: the three-argument pow.
        "__pow__" if args.len() == 2 => {
            crate::modules::builtins::object_functions::pow(vm, &[value, args[0], args[1]], &[])?
        }
        n => match binary_code(n) {
            Some((code, reflected)) => {
                let mut other = arg(0)?;
                let mut value = value;
                if !reflected
                    && let Some(r) = reflected_name(code)
                    && super::is_instance(vm, other)
                    && value_of(vm, other).is_none()
                {
                    // An instance of a Python class with the reflected method: CPython's
                    // slot answers NotImplemented, so that method sees this operand as it is.
                    let (found, kept) = vm.handle_scope(|vm| {
                        let hs = [value, other].map(|v| vm.mutator().root(v));
                        let found = crate::protocols::dunder::method(vm, other, r);
                        (found, hs.map(|h| vm.mutator_ref().get(h)))
                    });
                    if found?.is_some() {
                        return Ok(Some(crate::values::NOT_IMPLEMENTED));
                    }
                    [value, other] = kept;
                }
                let (a, b) = if reflected {
                    (other, value)
                } else {
                    (value, other)
                };
                let result = match code {
                    0 => crate::values::add_fallback(vm, a, b),
                    10 => crate::values::sub_fallback(vm, a, b),
                    5 => crate::values::mul_fallback(vm, a, b),
                    _ => crate::values::binary_generic(vm, code, a, b),
                };
                match result {
                    // The builtin's slot does not take the other operand: NotImplemented,
                    // so the caller tries the reflected method and names the classes.
                    // (A reflected slot never raises for a mismatch; a sequence's own
                    // concatenation or repetition does, as CPython's `sq_concat`.)
                    Err(e)
                        if e.is("TypeError")
                            && (reflected
                                || e.message().starts_with("unsupported operand type(s)")) =>
                    {
                        crate::values::NOT_IMPLEMENTED
                    }
                    r => r?,
                }
            }
            None => return Ok(None),
        },
    }))
}

/// The reflected special method of operator `code` (as [`binary_code`] numbers them).
fn reflected_name(code: i64) -> Option<&'static str> {
    const REFLECTED: [&str; 13] = [
        "__radd__",
        "__rand__",
        "__rfloordiv__",
        "__rlshift__",
        "__rmatmul__",
        "__rmul__",
        "__rmod__",
        "__ror__",
        "__rpow__",
        "__rrshift__",
        "__rsub__",
        "__rtruediv__",
        "__rxor__",
    ];
    REFLECTED.get(usize::try_from(code).ok()?).copied()
}

/// CPython's operator code of a binary special method, and whether it is the reflected one.
fn binary_code(name: &str) -> Option<(i64, bool)> {
    const CODES: &[(&str, i64)] = &[
        ("add", 0),
        ("and", 1),
        ("floordiv", 2),
        ("lshift", 3),
        ("matmul", 4),
        ("mul", 5),
        ("mod", 6),
        ("or", 7),
        ("pow", 8),
        ("rshift", 9),
        ("sub", 10),
        ("truediv", 11),
        ("xor", 12),
    ];
    let inner = name.strip_prefix("__")?.strip_suffix("__")?;
    let (base, reflected) = match inner.strip_prefix('r') {
        Some(rest) if CODES.iter().any(|(n, _)| *n == rest) => (rest, true),
        _ => (inner, false),
    };
    CODES
        .iter()
        .find(|(n, _)| *n == base)
        .map(|&(_, code)| (code, reflected))
}

/// A method-wrapper: the special method `name` (a str) of builtin `value`, for
/// `super().__setitem__` and similar in a subclass's methods.
pub fn wrapper(vm: &mut ThreadState, value: Value, name: Value) -> Result<Value, Error> {
    use crate::generated::layouts::MethodWrapper;
    let (w, kept) = vm.alloc_with(MethodWrapper::ID, MethodWrapper::FIXED_SIZE, [value, name])?;
    MethodWrapper::set_receiver(vm.vmctx(), w, kept[0]);
    MethodWrapper::set_name(vm.vmctx(), w, kept[1]);
    Ok(w)
}

/// The special methods each builtin type has as slot wrappers (`int.__add__`,
/// `list.__len__`): what `special` applies to a value of that type.
pub fn slot_names(t: usize) -> &'static [&'static str] {
    static TABLE: std::sync::OnceLock<Vec<Vec<&'static str>>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| (0..BUILTIN_TYPES.len()).map(slot_groups).collect())[t].as_slice()
}

/// [`slot_names`] of builtin type `t`, made.
fn slot_groups(t: usize) -> Vec<&'static str> {
    use crate::protocols::operators::{self as ops, method_names};
    const COMPARE: &[&str] = &["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"];
    const NUMBER: &[&str] = &[
        "__neg__",
        "__pos__",
        "__abs__",
        "__bool__",
        "__int__",
        "__float__",
        "__round__",
        "__hash__",
        "__repr__",
        "__format__",
    ];
    const SEQUENCE: &[&str] = &[
        "__add__",
        "__mul__",
        "__rmul__",
        "__len__",
        "__getitem__",
        "__contains__",
        "__iter__",
        "__repr__",
    ];
    const ROUNDING: &[&str] = &[
        "__floor__",
        "__ceil__",
        "__trunc__",
        "__divmod__",
        "__rdivmod__",
    ];
    const MUTABLE: &[&str] = &["__setitem__", "__delitem__", "__reversed__", "__init__"];
    let arithmetic = || {
        method_names(&[
            ops::ADD,
            ops::SUBTRACT,
            ops::MULTIPLY,
            ops::TRUE_DIVIDE,
            ops::FLOOR_DIVIDE,
            ops::REMAINDER,
            ops::POWER,
        ])
    };
    let bits = || method_names(&[ops::AND, ops::OR, ops::XOR, ops::LSHIFT, ops::RSHIFT]);
    let groups: Vec<Vec<&'static str>> = match t {
        T::INT | T::BOOL => vec![
            arithmetic(),
            NUMBER.to_vec(),
            ROUNDING.to_vec(),
            bits(),
            vec!["__invert__", "__index__"],
            COMPARE.to_vec(),
        ],
        T::FLOAT => vec![
            arithmetic(),
            NUMBER.to_vec(),
            ROUNDING.to_vec(),
            COMPARE.to_vec(),
        ],
        T::STR => vec![
            SEQUENCE.to_vec(),
            vec!["__mod__", "__hash__", "__str__", "__format__"],
            COMPARE.to_vec(),
        ],
        T::BYTES | T::TUPLE => vec![SEQUENCE.to_vec(), vec!["__hash__"], COMPARE.to_vec()],
        T::LIST | T::BYTEARRAY => vec![SEQUENCE.to_vec(), MUTABLE.to_vec(), COMPARE.to_vec()],
        T::DICT => vec![
            vec![
                "__len__",
                "__getitem__",
                "__contains__",
                "__iter__",
                "__repr__",
            ],
            MUTABLE.to_vec(),
            method_names(&[ops::OR]),
            vec!["__eq__", "__ne__"],
        ],
        T::SET | T::FROZENSET => vec![
            vec!["__len__", "__contains__", "__iter__", "__repr__"],
            method_names(&[ops::AND, ops::OR, ops::XOR, ops::SUBTRACT]),
            COMPARE.to_vec(),
        ],
        _ => vec![],
    };
    groups.into_iter().flatten().collect()
}

/// True if CPython makes `t.name` a method descriptor rather than a slot wrapper (it
/// shows as `<method 'name' of 't' objects>`).
pub fn is_method_descriptor_slot(t: usize, name: &str) -> bool {
    matches!(
        (t, name),
        (_, "__format__" | "__round__")
            | (T::LIST | T::DICT, "__getitem__" | "__reversed__")
            | (T::DICT | T::SET | T::FROZENSET, "__contains__")
    )
}

/// True if `other` is of a type the comparison and arithmetic slots of builtin `t` take
/// (else they answer NotImplemented).
fn operand_fits(vm: &ThreadState, t: usize, other: Value) -> bool {
    let other = value_of(vm, other).unwrap_or(other);
    let Some(kind) = type_index(vm, other) else {
        return false;
    };
    match t {
        T::INT | T::BOOL => matches!(kind, T::INT | T::BOOL),
        T::FLOAT => matches!(kind, T::INT | T::BOOL | T::FLOAT),
        T::SET | T::FROZENSET => matches!(kind, T::SET | T::FROZENSET),
        _ => kind == t,
    }
}

/// `T.__name__` for builtin type `t` and a special method it has: an unbound slot wrapper
/// (a method-wrapper whose receiver is the type object; `int.__add__(1, 2)`).
pub fn slot_wrapper(
    vm: &mut ThreadState,
    type_object: Value,
    t: usize,
    name: &str,
) -> Result<Option<Value>, Error> {
    if !slot_names(t).contains(&name) {
        return Ok(None);
    }
    let (key, type_object) = vm.handle_scope(|vm| {
        let h = vm.mutator().root(type_object);
        let key = crate::values::new_str(vm, name);
        (key, vm.mutator().get(h))
    });
    wrapper(vm, type_object, key?).map(Some)
}

/// Calls an unbound slot wrapper of builtin type `t`: the first argument must be of that
/// type (or a class deriving from it); a binary or comparison method answers
/// NotImplemented for an operand it cannot take, as CPython's.
fn call_slot_wrapper(
    vm: &mut ThreadState,
    type_id: usize,
    name: &str,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    let t = name_of(type_id);
    let Some((&receiver, rest)) = args.split_first() else {
        return Err(Error::new(
            "TypeError",
            format!("descriptor '{name}' of '{t}' object needs an argument"),
        ));
    };
    let value = value_of(vm, receiver).unwrap_or(receiver);
    let kind = type_index(vm, value);
    let fits = kind == Some(type_id)
        || (type_id == T::INT && kind == Some(T::BOOL))
        || (type_id == T::FROZENSET && kind == Some(T::SET));
    if !fits {
        return Err(Error::new(
            "TypeError",
            format!(
                "descriptor '{name}' requires a '{t}' object but received a '{}'",
                super::builtin_types::python_type_name(vm, receiver)
            ),
        ));
    }
    if name == "__init__" {
        return init(vm, value, rest, kwargs);
    }
    if name == "__repr__"
        && let Some(r) = named_repr(vm, receiver, value)
    {
        return r;
    }
    if !kwargs.is_empty() {
        return Err(Error::new(
            "TypeError",
            format!("{name}() takes no keyword arguments"),
        ));
    }
    let operator = binary_code(name).is_some()
        || ["__divmod__", "__rdivmod__"].contains(&name)
        || ["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"].contains(&name);
    if operator && let [other] = rest {
        let sequence_repeat = matches!(name, "__mul__" | "__rmul__")
            && matches!(
                type_id,
                T::STR | T::BYTES | T::BYTEARRAY | T::TUPLE | T::LIST
            );
        if !sequence_repeat && !operand_fits(vm, type_id, *other) {
            return Ok(crate::values::NOT_IMPLEMENTED);
        }
    }
    if name == "__getitem__"
        && type_id == T::DICT
        && receiver != value
        && let [key] = rest
    {
        // `dict.__getitem__(d, k)` of a subclass instance: its `__missing__` answers for
        // absent keys, as `d[k]` (`urllib.parse`'s quoter maps `quoter.__getitem__`); an
        // overriding `__getitem__` is not called (it may be the caller).
        return dict_item_or_missing(vm, receiver, value, *key);
    }
    match special(vm, value, name, rest) {
        Ok(Some(r)) => Ok(r),
        Ok(None) => Err(Error::new(
            "AttributeError",
            format!("type object '{t}' has no attribute '{name}'"),
        )),
        Err(e) if operator && e.is("TypeError") && rest.len() == 1 => {
            Ok(crate::values::NOT_IMPLEMENTED)
        }
        Err(e) => Err(e),
    }
}

/// `dict.__getitem__(instance, key)` for an instance of a dict subclass whose dict is `d`:
/// the item, else what the class's `__missing__` gives, else KeyError.
fn dict_item_or_missing(
    vm: &mut ThreadState,
    instance: Value,
    d: Value,
    key: Value,
) -> Result<Value, Error> {
    vm.handle_scope(|vm| {
        let [hi, hk] = [instance, key].map(|v| vm.mutator().root(v));
        if let Some(v) = crate::objects::dict::get(vm, d, key)? {
            return Ok(v);
        }
        let (instance, key) = (vm.mutator().get(hi), vm.mutator().get(hk));
        if let Some(r) = crate::protocols::dunder::call(vm, instance, "__missing__", &[key])? {
            return Ok(r);
        }
        let key = vm.mutator().get(hk);
        Err(crate::objects::dict::key_error(vm, key))
    })
}

/// Calls a method-wrapper.
pub fn call_wrapper(
    vm: &mut ThreadState,
    w: Value,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    use crate::generated::layouts::MethodWrapper;
    let (value, name) = (
        MethodWrapper::receiver(vm.vmctx(), w),
        MethodWrapper::name(vm.vmctx(), w),
    );
    let name = crate::values::str_value(vm, name).unwrap_or_default();
    if name == "__call__" {
        // `f.__call__(...)` of a function or method.
        return vm.call(value, args, kwargs);
    }
    if name == "__getitem__"
        && super::is_instance(vm, value)
        && kwargs.is_empty()
        && let (Some(d), [key]) = (value_of(vm, value), args)
        && crate::objects::dict::is_dict(vm, d)
    {
        // Bound to an instance (`attribute`'s `__getitem__` of a dict with `__missing__`).
        return dict_item_or_missing(vm, value, d, *key);
    }
    if let Some(t) = super::builtin_types::builtin_type_id(vm, value) {
        return call_slot_wrapper(vm, t, &name, args, kwargs);
    }
    if let Some(t) = type_index(vm, value)
        && slot_names(t).contains(&name.as_str())
    {
        // A slot wrapper bound to a builtin value (`(2).__add__`): the unbound one's call
        // with the value first (NotImplemented for an operand it cannot take).
        let mut full = Vec::with_capacity(args.len() + 1);
        full.push(value);
        full.extend_from_slice(args);
        return call_slot_wrapper(vm, t, &name, &full, kwargs);
    }
    if name == "__init__" {
        return init(vm, value, args, kwargs);
    }
    if !kwargs.is_empty() {
        return Err(Error::new(
            "TypeError",
            format!("{name}() takes no keyword arguments"),
        ));
    }
    let kind = super::builtin_types::python_type_name(vm, value);
    special(vm, value, &name, args)?.ok_or_else(|| {
        Error::new(
            "AttributeError",
            format!("'{kind}' object has no attribute '{name}'"),
        )
    })
}

/// Attribute `name` of an instance's builtin value (its methods, and special methods as
/// method-wrappers), if it has one.
pub fn attribute(vm: &mut ThreadState, obj: Value, name: Value) -> Result<Option<Value>, Error> {
    let Some(value) = value_of(vm, obj) else {
        return Ok(None);
    };
    let text = crate::values::str_value(vm, name).unwrap_or_default();
    // `object`'s pickling methods take the instance (its class and dict count).
    if matches!(
        text.as_str(),
        "__reduce_ex__" | "__reduce__" | "__getstate__"
    ) {
        return Ok(None);
    }
    // What `copy` and `pickle` probe for: the builtin value's own, if it has them.
    let probed = matches!(
        text.as_str(),
        "__copy__" | "__deepcopy__" | "__setstate__" | "__getnewargs__" | "__getnewargs_ex__"
    );
    // An array's special methods are in its type's namespace (Rust functions): the others
    // are missing (`__setstate__`, which pickle looks for), not method-wrappers.
    if text.starts_with("__")
        && text.ends_with("__")
        && !probed
        && !crate::objects::array::is_array(vm, value)
    {
        return wrapper(vm, value, name).map(Some);
    }
    crate::protocols::attributes::get_attr(vm, value, name).map(Some)
}

/// True for the builtins that take numbers or strs by value (`int`, `float`, `round`,
/// `math.sqrt`...): given an instance of a class deriving from a builtin type, they get its
/// value.
pub fn takes_values(builtin: usize) -> bool {
    static TABLE: std::sync::OnceLock<Vec<bool>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        crate::modules::builtins::BUILTINS
            .iter()
            .map(|(name, _)| {
                name.starts_with("math.")
                    || matches!(
                        *name,
                        "int"
                            | "float"
                            | "round"
                            | "abs"
                            | "divmod"
                            | "pow"
                            | "hex"
                            | "oct"
                            | "bin"
                            | "chr"
                            | "ord"
                            | "complex"
                    )
            })
            .collect()
    })[builtin]
}

/// `T.__new__(cls, *args)` for builtin type `T` (an id of [`BUILTIN_TYPES`]): a new `cls` instance (a class
/// deriving from the builtin) carrying the builtin value made from `args`, or a plain value
/// when `cls` is the builtin itself (`int.__new__(int, "7")`).
pub fn builtin_new<const T: usize>(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    let t = name_of(T);
    let Some((&cls, rest)) = args.split_first() else {
        return Err(Error::new(
            "TypeError",
            format!("{t}.__new__(): not enough arguments"),
        ));
    };
    if super::builtin_types::builtin_type_id(vm, cls) == Some(T) {
        return construct(vm, T, rest, kwargs);
    }
    if !super::is_class(vm, cls) {
        return Err(Error::new(
            "TypeError",
            format!(
                "{t}.__new__(X): X is not a type object ({})",
                super::builtin_types::python_type_name(vm, cls)
            ),
        ));
    }
    if builtin_base(vm, cls) != Some(T) {
        let name = super::class_name(vm, cls);
        return Err(Error::new(
            "TypeError",
            format!("{t}.__new__({name}): {name} is not a subtype of {t}"),
        ));
    }
    if is_mutable(T) {
        // A mutable builtin's `__new__` ignores the arguments (its `__init__` takes them).
        return new_instance(vm, cls, T, &[], &[]);
    }
    new_instance(vm, cls, T, rest, kwargs)
}
