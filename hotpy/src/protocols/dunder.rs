//! Special ("dunder") methods of Python classes: how the operators, `str`/`repr`, truth,
//! `len`, subscripts, iteration, calls, hashing and comparisons reach `__add__`, `__repr__`,
//! `__bool__`, ... defined in Python. Each entry point answers `None` when the object does
//! not take part (not an instance of a Python class, or the class lacks the method), so the
//! callers keep their builtin behaviour for everything else.
//!
//! Every function here may run Python code, and so collect: values the callers hold across
//! one must be rooted (they are rooted here for the duration of each call).

use crate::values::{NONE, str_value, type_name};
use crate::vm::{Error, ThreadState};
use gvmt::rt::Value;

/// `NotImplemented`: what a binary dunder returns to let the other operand try.
pub use crate::values::NOT_IMPLEMENTED;

/// True if `v` is an instance of a Python class (not an exception: those have their own
/// `str` and `repr` unless a class overrides them, which [`method`] finds too), or a class
/// whose metaclass is a Python class (its special methods are the metaclass's).
pub fn takes_part(vm: &ThreadState, v: Value) -> bool {
    crate::objects::class::is_instance(vm, v)
        || crate::objects::class::is_class(vm, v)
            && crate::objects::class::metaclasses::meta(vm, v) != crate::values::NONE
        || native_type(vm, v).is_some()
}

/// True for a builtin value whose type's special methods are Rust functions (it takes part
/// in special-method dispatch, but its builtin paths still apply where it defines none).
pub fn is_native(vm: &ThreadState, v: Value) -> bool {
    native_type(vm, v).is_some()
}

/// The class of builtin value `v` if its type's special methods are Rust functions in its
/// namespace ([`crate::protocols::descriptors::NATIVE_DUNDERS`]).
fn native_type(vm: &ThreadState, v: Value) -> Option<Value> {
    use std::sync::atomic::{AtomicU8, Ordering};
    // Per layout: 0 not known yet, 1 no native type, 2 look the type up. Valid while a
    // layout's types are either all native or none are (the three dict views share one
    // layout; range has its own): a type given Rust special methods must not share a layout
    // with a type without them.
    static BY_LAYOUT: [AtomicU8; crate::generated::layouts::LAYOUTS.len()] =
        [const { AtomicU8::new(0) }; crate::generated::layouts::LAYOUTS.len()];
    let layout = crate::values::layout_of(vm, v)?;
    let known = BY_LAYOUT[layout].load(Ordering::Relaxed);
    if known == 1 {
        return None;
    }
    let found = native_class(vm, v);
    if known == 0 && vm.interp.builtin_classes.get(0) != crate::values::NONE {
        BY_LAYOUT[layout].store(if found.is_some() { 2 } else { 1 }, Ordering::Relaxed);
    }
    found
}

/// [`native_type`] without the per-layout shortcut.
fn native_class(vm: &ThreadState, v: Value) -> Option<Value> {
    let i = crate::objects::class::builtin_types::type_index(vm, v)?;
    let cls = vm
        .interp
        .builtin_classes
        .get(crate::objects::exception::CLASSES.len() + i);
    (cls != crate::values::NONE
        && crate::protocols::descriptors::flags(vm, cls)
            & crate::protocols::descriptors::NATIVE_DUNDERS
            != 0)
        .then_some(cls)
}

/// The class whose special methods apply to `obj` (one that [`takes_part`]): an instance's
/// class, or a class's metaclass.
pub fn type_of(vm: &ThreadState, obj: Value) -> Value {
    if crate::objects::class::is_class(vm, obj) {
        crate::objects::class::metaclasses::meta(vm, obj)
    } else if let Some(cls) = native_type(vm, obj) {
        cls
    } else {
        crate::objects::class::class_of(vm, obj)
    }
}

/// The function `name` of `obj`'s class, if `obj` is an instance and a Python class in its
/// bases defines it (builtin methods of `object` and `BaseException` do not count).
pub fn method(
    vm: &mut ThreadState,
    obj: Value,
    name: &'static str,
) -> Result<Option<Value>, Error> {
    if !takes_part(vm, obj) {
        return Ok(None);
    }
    let cls = type_of(vm, obj);
    let protocol = crate::protocols::slots::Protocol::of(name).filter(|p| p.is_special_method());
    if let Some(p) = protocol
        && let Some(found) = crate::protocols::slots::cached(vm, cls, p)
    {
        return Ok(found);
    }
    let (key, obj) = vm.handle_scope(|vm| {
        let h = vm.mutator().root(obj);
        let key = vm.name_str(name);
        (key, vm.mutator().get(h))
    });
    let cls = type_of(vm, obj);
    // A builtin value's own type's Rust special methods count (not `object`'s).
    let native = native_type(vm, obj)
        .and_then(|_| crate::objects::class::builtin_types::type_index(vm, obj));
    let key = key?;
    let raw = crate::objects::class::lookup(vm, cls, key)?;
    let found = match raw {
        Some(f)
            if crate::values::is_function(vm, f)
                || native.is_some() && crate::modules::builtins::owner_type(vm, f) == native =>
        {
            Some(f)
        }
        // A builtin type's method set on a class written in Python (`__str__ =
        // int.__repr__`, as enum's ReprEnum does) is that class's own method (`object`'s
        // methods answer through the protocol itself, so they stay the fallback).
        Some(f)
            if crate::objects::class::builtin_types::is_native_method(vm, f)
                && found_on_python_class(vm, cls, key)? =>
        {
            Some(f)
        }
        // A builtin method descriptor in the namespace of a class written in Python
        // (`_thread.lock.__enter__`, `_hotpy.method(...)`): that class's method.
        Some(f)
            if crate::modules::builtins::is_method_descriptor(vm, f)
                && !crate::objects::class::is_object_method(vm, f)
                && found_on_python_class(vm, cls, key)? =>
        {
            Some(f)
        }
        _ => None,
    };
    if let Some(p) = protocol
        && (found.is_some() || !raw.is_some_and(|a| is_bindable(vm, a)))
    {
        // The answer depends on the class alone (and the class version): keep it. (Not
        // when the class holds a staticmethod, callable object or descriptor there: then a
        // kept "none" would hide it from `bound_special`.)
        crate::protocols::slots::record(vm, cls, p, found);
    }
    Ok(found)
}

/// True for a class attribute a special method is bound from by `bound_special`: an
/// object of a Python class (a callable, a descriptor), a staticmethod or a classmethod.
fn is_bindable(vm: &ThreadState, attr: Value) -> bool {
    let kind = crate::objects::class::descriptor_kind(vm, attr);
    crate::objects::class::is_instance(vm, attr)
        || kind == Some(crate::objects::class::STATIC)
        || kind == Some(crate::objects::class::CLASS)
}

/// True if the first class on `cls`'s MRO whose namespace has `key` is a class written in
/// Python (not a builtin type, `object` or a builtin exception).
fn found_on_python_class(vm: &mut ThreadState, cls: Value, key: Value) -> Result<bool, Error> {
    use crate::generated::layouts::{Class, Tuple};
    use gvmt::rt::Vm;
    let order = Class::mro(vm.vmctx(), cls);
    let classes: Vec<Value> = if order == NONE {
        vec![cls]
    } else {
        (0..Tuple::len(vm.vmctx(), order) as usize)
            .map(|i| Tuple::items(vm.vmctx(), order, i))
            .collect()
    };
    // Str keys in class namespaces: no lookup here collects.
    for c in classes {
        let dict = Class::dict(vm.vmctx(), c);
        if crate::objects::dict::get(vm, dict, key)?.is_some() {
            let tag =
                Class::flags(vm.vmctx(), c) >> crate::objects::class::builtin_types::TAG_SHIFT;
            return Ok(tag == 0);
        }
    }
    Ok(false)
}

/// Calls `obj.name(*args)` if the class defines `name`.
pub fn call(
    vm: &mut ThreadState,
    obj: Value,
    name: &'static str,
    args: &[Value],
) -> Result<Option<Value>, Error> {
    if !takes_part(vm, obj) {
        return Ok(None);
    }
    // `obj` and the arguments, rooted together (on the native stack for short calls).
    let mut short = [NONE; 4];
    let mut long: Vec<Value>;
    let full: &mut [Value] = if args.len() < short.len() {
        short[0] = obj;
        short[1..=args.len()].copy_from_slice(args);
        &mut short[..=args.len()]
    } else {
        long = std::iter::once(obj).chain(args.iter().copied()).collect();
        &mut long[..]
    };
    vm.handle_scope(|vm| {
        let handles = vm.mutator().root_all(full);
        let Some(f) = method(vm, obj, name)? else {
            // A class deriving from a builtin type: the builtin's behaviour on its value.
            let obj = vm.mutator().get_nth(handles, 0);
            if let Some(value) = crate::objects::class::builtin_subclasses::value_of(vm, obj) {
                let args: Vec<Value> = (1..handles.len())
                    .map(|i| vm.mutator().get_nth(handles, i))
                    .collect();
                if name == "__repr__"
                    && let Some(r) =
                        crate::objects::class::builtin_subclasses::named_repr(vm, obj, value)
                {
                    return r.map(Some);
                }
                if name == "__format__"
                    && args
                        .first()
                        .is_some_and(|&spec| str_value(vm, spec).as_deref() == Some(""))
                {
                    // `int.__format__(x, '')` (and float's, str's, ...) is `str(x)`: the
                    // subclass's own `__str__` or `__repr__` shows.
                    let text = crate::protocols::repr::str(vm, obj)?;
                    return crate::values::new_str(vm, &text).map(Some);
                }
                let result =
                    crate::objects::class::builtin_subclasses::special(vm, value, name, &args);
                // dict's `__getitem__` asks a subclass's `__missing__` for absent keys.
                return match result {
                    Err(e) if e.is("KeyError") && name == "__getitem__" => {
                        let obj = vm.mutator().get_nth(handles, 0);
                        match method(vm, obj, "__missing__")? {
                            Some(missing) => {
                                vm.mutator().get_all(handles, full);
                                vm.call(missing, full, &[]).map(Some)
                            }
                            None => Err(e),
                        }
                    }
                    other => other,
                };
            }
            let obj = vm.mutator().get_nth(handles, 0);
            if let Some(bound) = bound_special(vm, obj, name)? {
                let args: Vec<Value> = (1..handles.len())
                    .map(|i| vm.mutator().get_nth(handles, i))
                    .collect();
                return vm.call(bound, &args, &[]).map(Some);
            }
            return Ok(None);
        };
        vm.mutator().get_all(handles, full);
        vm.call(f, full, &[]).map(Some)
    })
}

/// Special method `name` of instance `obj` when its class holds something other than a
/// function there: a staticmethod or classmethod, a callable object, or a descriptor
/// (unittest.mock's MagicProxy), bound as CPython binds it (through `__get__`). None when
/// the class has no such attribute.
pub(crate) fn bound_special(
    vm: &mut ThreadState,
    obj: Value,
    name: &'static str,
) -> Result<Option<Value>, Error> {
    if !crate::objects::class::is_instance(vm, obj) {
        return Ok(None);
    }
    if let Some(p) = crate::protocols::slots::Protocol::of(name).filter(|p| p.is_special_method())
        && crate::protocols::slots::cached(vm, type_of(vm, obj), p) == Some(None)
    {
        // Known absent (`method` keeps no "none" for a class holding a bindable attribute).
        return Ok(None);
    }
    vm.handle_scope(|vm| {
        let h = vm.mutator().root(obj);
        let key = vm.name_str(name)?;
        let hk = vm.mutator().root(key);
        let obj = vm.mutator().get(h);
        let cls = type_of(vm, obj);
        let Some(attr) = crate::objects::class::lookup(vm, cls, key)? else {
            return Ok(None);
        };
        if !is_bindable(vm, attr) {
            return Ok(None);
        }
        let (obj, key) = (vm.mutator().get(h), vm.mutator().get(hk));
        crate::protocols::attributes::get_attr(vm, obj, key).map(Some)
    })
}

/// A binary operator's protocol: `None` if neither operand takes part (an instance of a
/// Python class, a class with a metaclass, a builtin value with Rust special methods);
/// else `a.__op__(b)`, then `b.__rop__(a)`, skipping `NotImplemented`, and a TypeError
/// naming the operator if neither answers.
pub fn binary_operator(
    vm: &mut ThreadState,
    a: Value,
    b: Value,
    op: &'static super::operators::BinaryOp,
) -> Result<Option<Value>, Error> {
    if !takes_part(vm, a) && !takes_part(vm, b) {
        return Ok(None);
    }
    let (name, rname) = (op.method.name(), op.reflected.name());
    vm.handle_scope(|vm| {
        let (ha, hb) = (vm.mutator().root(a), vm.mutator().root(b));
        // The common case first, without `binary`'s name lookups.
        let result = match same_class_call(vm, a, b, op.method) {
            // One type: no reflected method is tried after NotImplemented.
            Some(r) => r.map(|r| (r != NOT_IMPLEMENTED).then_some(r)),
            None => binary(vm, a, b, name, rname, SubclassRule::IfOverridden),
        };
        result.and_then(|r| match r {
            Some(r) => Ok(Some(r)),
            None => {
                let (a, b) = (vm.mutator().get(ha), vm.mutator().get(hb));
                if op.code == super::operators::MULTIPLY.code
                    && let Some(e) = crate::protocols::arithmetic::repeat_error(vm, a, b)
                {
                    return Err(e);
                }
                if op.code == super::operators::ADD.code
                    && let Some(e) = crate::protocols::arithmetic::concat_error(vm, a, b)
                {
                    return Err(e);
                }
                if op.code == super::operators::OR.code
                    && (crate::objects::class::is_class(vm, a)
                        || crate::objects::class::is_class(vm, b))
                    && let Some(union) = crate::protocols::arithmetic::type_union(vm, a, b)?
                {
                    // `type.__or__`, which a metaclass inherits.
                    return Ok(Some(union));
                }
                let (a, b) = (vm.mutator().get(ha), vm.mutator().get(hb));
                Err(Error::new(
                    "TypeError",
                    format!(
                        "unsupported operand type(s) for {}: '{}' and '{}'",
                        op.named,
                        type_name(vm, a),
                        type_name(vm, b)
                    ),
                ))
            }
        })
    })
}

/// `a.name(b)`, then `b.rname(a)`, skipping `NotImplemented`; `None` if neither answers.
fn binary(
    vm: &mut ThreadState,
    a: Value,
    b: Value,
    name: &'static str,
    rname: &'static str,
    subclass: SubclassRule,
) -> Result<Option<Value>, Error> {
    if !takes_part(vm, a) && !takes_part(vm, b) {
        return Ok(None);
    }
    vm.handle_scope(|vm| {
        let (ha, hb) = (vm.mutator().root(a), vm.mutator().root(b));
        // Instances of one class with a plain Python method: its frame made directly. No
        // subclass rule applies, and after NotImplemented only a comparison tries the
        // reflection.
        if let Some(p) = crate::protocols::slots::Protocol::of(name)
            && let Some(r) = same_class_call(vm, a, b, p)
        {
            let r = r?;
            if r != NOT_IMPLEMENTED {
                return Ok(Some(r));
            }
            if subclass == SubclassRule::IfOverridden {
                return Ok(None);
            }
            let (a, b) = (vm.mutator().get(ha), vm.mutator().get(hb));
            return Ok(call(vm, b, rname, &[a])?.filter(|&r| r != NOT_IMPLEMENTED));
        }
        // CPython's subclass rule: when `b`'s class derives from `a`'s and overrides the
        // reflected method, that method goes first.
        let reflected_first = reflected_first(vm, a, b, rname, subclass)?;
        let (a, b) = (vm.mutator().get(ha), vm.mutator().get(hb));
        if reflected_first
            && let Some(r) = call(vm, b, rname, &[a])?
            && r != NOT_IMPLEMENTED
        {
            return Ok(Some(r));
        }
        let (a, b) = (vm.mutator().get(ha), vm.mutator().get(hb));
        if let Some(r) = call(vm, a, name, &[b])?
            && r != NOT_IMPLEMENTED
        {
            return Ok(Some(r));
        }
        let (a, b) = (vm.mutator().get(ha), vm.mutator().get(hb));
        // Operands of one type: CPython tries no reflected arithmetic method (comparisons
        // do try the reflection).
        let same_type = subclass == SubclassRule::IfOverridden
            && takes_part(vm, a)
            && takes_part(vm, b)
            && type_of(vm, a) == type_of(vm, b);
        if !reflected_first
            && !same_type
            && let Some(r) = call(vm, b, rname, &[a])?
            && r != NOT_IMPLEMENTED
        {
            return Ok(Some(r));
        }
        Ok(None)
    })
}

/// `a.<p>(b)` when `a` and `b` are instances of one Python class (not derived from a builtin
/// type) whose slot for `p` is a Python function of exactly those two parameters: its frame
/// is made and run directly, the common operator on instances. None when the general path
/// must decide.
fn same_class_call(
    vm: &mut ThreadState,
    a: Value,
    b: Value,
    p: crate::protocols::slots::Protocol,
) -> Option<Result<Value, Error>> {
    use crate::generated::layouts::{Function, Instance};
    use crate::values::layout_of;
    use gvmt::rt::Vm;
    if layout_of(vm, a) != Some(Instance::ID) || layout_of(vm, b) != Some(Instance::ID) {
        return None;
    }
    let ctx = vm.vmctx();
    let cls = Instance::class(ctx, a);
    if Instance::class(ctx, b) != cls
        || crate::protocols::descriptors::flags(vm, cls)
            & crate::protocols::descriptors::BUILTIN_BASE
            != 0
    {
        return None;
    }
    let Some(Some(f)) = crate::protocols::slots::cached(vm, cls, p) else {
        return None;
    };
    if layout_of(vm, f) != Some(Function::ID) {
        return None;
    }
    crate::interp::call::call_plain(vm, f, &[a, b])
}

/// When the right operand's reflected method goes first (CPython's rules, for instances of
/// Python classes).
#[derive(Clone, Copy, PartialEq, Eq)]
enum SubclassRule {
    /// Arithmetic: `b`'s class is a proper subclass of `a`'s and defines `rname` other than
    /// `a`'s class does.
    IfOverridden,
    /// Rich comparison: `b`'s class is a proper subclass of `a`'s.
    Always,
}

/// True when `b`'s reflected method `rname` is to be tried before `a`'s own (`rule`).
fn reflected_first(
    vm: &mut ThreadState,
    a: Value,
    b: Value,
    rname: &'static str,
    rule: SubclassRule,
) -> Result<bool, Error> {
    use crate::objects::class::{class_of, is_instance, is_subclass};
    if !is_instance(vm, a) || !is_instance(vm, b) {
        return Ok(false);
    }
    let (ca, cb) = (class_of(vm, a), class_of(vm, b));
    if ca == cb || !is_subclass(vm, cb, ca) {
        return Ok(false);
    }
    if rule == SubclassRule::Always {
        return Ok(true);
    }
    vm.handle_scope(|vm| {
        let ha = vm.mutator().root(a);
        let Some(mine) = method(vm, b, rname)? else {
            return Ok(false);
        };
        let hm = vm.mutator().root(mine);
        let a = vm.mutator().get(ha);
        let theirs = method(vm, a, rname)?;
        Ok(theirs != Some(vm.mutator().get(hm)))
    })
}

/// Rich comparison (CPython's codes 0 `<` .. 5 `>=`): `a.__op__(b)`, then the reflection
/// `b.__rop__(a)`; `==` and `!=` fall back to identity. `None` if neither operand is an
/// instance; a TypeError if no method answers an ordering.
pub fn compare(vm: &mut ThreadState, op: i64, a: Value, b: Value) -> Result<Option<Value>, Error> {
    const NAMES: [&str; 6] = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
    const REFLECTED: [usize; 6] = [4, 5, 2, 3, 0, 1];
    if !takes_part(vm, a) && !takes_part(vm, b) {
        return Ok(None);
    }
    let op = op as usize;
    let name = NAMES[op];
    let rname = NAMES[REFLECTED[op]];
    vm.handle_scope(|vm| {
        let (ha, hb) = (vm.mutator().root(a), vm.mutator().root(b));
        compare_rooted(vm, op, ha, hb, name, rname)
    })
}

fn compare_rooted(
    vm: &mut ThreadState,
    op: usize,
    ha: gvmt::gc::Handle,
    hb: gvmt::gc::Handle,
    name: &'static str,
    rname: &'static str,
) -> Result<Option<Value>, Error> {
    let (a, b) = (vm.mutator().get(ha), vm.mutator().get(hb));
    if let Some(r) = binary(vm, a, b, name, rname, SubclassRule::Always)? {
        return Ok(Some(r));
    }
    let (a, b) = (vm.mutator().get(ha), vm.mutator().get(hb));
    match op {
        2 => Ok(Some(crate::values::py_bool(a == b))),
        3 => {
            // object.__ne__ inverts __eq__: for each operand whose class leaves `__ne__` to
            // `object` (one defining its own already answered NotImplemented).
            // The right operand first when its class derives from the left's.
            let instances = crate::objects::class::is_instance(vm, a)
                && crate::objects::class::is_instance(vm, b);
            let right_first = instances && {
                let (ca, cb) = (type_of(vm, a), type_of(vm, b));
                ca != cb && crate::objects::class::is_subclass(vm, cb, ca)
            };
            let order = if right_first {
                [(hb, ha), (ha, hb)]
            } else {
                [(ha, hb), (hb, ha)]
            };
            for (h, other) in order {
                let x = vm.mutator().get(h);
                if !crate::objects::class::is_instance(vm, x) || method(vm, x, "__ne__")?.is_some()
                {
                    continue;
                }
                let (x, y) = (vm.mutator().get(h), vm.mutator().get(other));
                if let Some(r) = call(vm, x, "__eq__", &[y])?
                    && r != NOT_IMPLEMENTED
                {
                    return Ok(Some(crate::values::py_bool(!crate::values::is_true(
                        vm, r,
                    )?)));
                }
            }
            let (a, b) = (vm.mutator().get(ha), vm.mutator().get(hb));
            Ok(Some(crate::values::py_bool(a != b)))
        }
        _ => {
            let symbol = ["<", "<=", "==", "!=", ">", ">="][op];
            Err(Error::new(
                "TypeError",
                format!(
                    "'{symbol}' not supported between instances of '{}' and '{}'",
                    type_name(vm, a),
                    type_name(vm, b)
                ),
            ))
        }
    }
}

/// `str(obj)` or `repr(obj)` through `__str__` (falling back to `__repr__`) or `__repr__`.
pub fn text(vm: &mut ThreadState, obj: Value, repr: bool) -> Result<Option<String>, Error> {
    if !takes_part(vm, obj) {
        return Ok(None);
    }
    vm.handle_scope(|vm| {
        let h = vm.mutator().root(obj);
        let names: &[&str] = if repr {
            &["__repr__"]
        } else {
            &["__str__", "__repr__"]
        };
        for &name in names {
            let obj = vm.mutator().get(h);
            if let Some(r) = call(vm, obj, name, &[])? {
                // A str or an instance of a str subclass (a str-mixin enum's `self`).
                return match crate::values::str_value_of_any(vm, r) {
                    Some(s) => Ok(Some(s)),
                    None => Err(Error::new(
                        "TypeError",
                        format!("{name} returned non-string (type {})", type_name(vm, r)),
                    )),
                };
            }
        }
        Ok(None)
    })
}

/// `len(obj)` through `__len__`.
pub fn len(vm: &mut ThreadState, obj: Value) -> Result<Option<i64>, Error> {
    let Some(r) = call(vm, obj, "__len__", &[])? else {
        return Ok(None);
    };
    let n = crate::values::as_int(r).map(i128::from).or_else(|| {
        crate::objects::int::bigint::to_big(vm, r).map(|b| {
            use num_traits::ToPrimitive;
            // Past the i64s either way: only the sign matters.
            b.to_i128()
                .unwrap_or(if b.sign() == num_bigint::Sign::Minus {
                    i128::MIN
                } else {
                    i128::MAX
                })
        })
    });
    match n {
        Some(n) if n < 0 => Err(Error::new("ValueError", "__len__() should return >= 0")),
        Some(n) => i64::try_from(n).map(Some).map_err(|_| {
            Error::new(
                "OverflowError",
                "cannot fit 'int' into an index-sized integer",
            )
        }),
        None => Err(Error::new(
            "TypeError",
            format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(vm, r)
            ),
        )),
    }
}

/// Truth through `__bool__`, then `__len__`; instances without either are true.
pub fn truth(vm: &mut ThreadState, obj: Value) -> Result<Option<bool>, Error> {
    if !takes_part(vm, obj) {
        return Ok(None);
    }
    vm.handle_scope(|vm| {
        let h = vm.mutator().root(obj);
        // A class deriving from a container or str without its own `__bool__`: its length
        // decides (its own `__len__` if it has one), as those types have no `__bool__`.
        let by_length = match crate::objects::class::builtin_subclasses::value_of(vm, obj) {
            Some(value) if crate::values::as_float(vm, value).is_none() => {
                let found = method(vm, obj, "__bool__")?;
                found.is_none()
            }
            _ => false,
        };
        let obj = vm.mutator().get(h);
        if by_length {
            return Ok(Some(len(vm, obj)?.is_none_or(|n| n != 0)));
        }
        if let Some(r) = call(vm, obj, "__bool__", &[])? {
            return match r {
                crate::values::TRUE => Ok(Some(true)),
                crate::values::FALSE => Ok(Some(false)),
                _ => Err(Error::new(
                    "TypeError",
                    format!("__bool__ should return bool, returned {}", type_name(vm, r)),
                )),
            };
        }
        let obj = vm.mutator().get(h);
        Ok(Some(len(vm, obj)?.is_none_or(|n| n != 0)))
    })
}

/// `hash(obj)`: `__hash__`; unhashable if the class defines `__eq__` without it; otherwise
/// the identity.
pub fn hash(vm: &mut ThreadState, obj: Value) -> Result<Option<i64>, Error> {
    if !takes_part(vm, obj) {
        return Ok(None);
    }
    vm.handle_scope(|vm| {
        let h = vm.mutator().root(obj);
        // `__hash__ = None` (set by the class, or implied by defining `__eq__` alone, see
        // `objects/class/creation.rs`) makes instances unhashable.
        let key = vm.name_str("__hash__")?;
        let obj = vm.mutator().get(h);
        let cls = type_of(vm, obj);
        if crate::objects::class::lookup(vm, cls, key)? == Some(crate::values::NONE) {
            let obj = vm.mutator().get(h);
            return Err(Error::new(
                "TypeError",
                format!("unhashable type: '{}'", type_name(vm, obj)),
            ));
        }
        let obj = vm.mutator().get(h);
        if let Some(value) = crate::objects::class::builtin_subclasses::value_of(vm, obj)
            && method(vm, obj, "__hash__")?.is_none()
        {
            // A class deriving from a builtin hashes as its value (`{MyStr("a"): 1}["a"]`).
            return crate::objects::dict::hash(vm, value).map(Some);
        }
        let obj = vm.mutator().get(h);
        if let Some(r) = call(vm, obj, "__hash__", &[])? {
            if let Some(big) = crate::objects::int::bigint::to_big(vm, r)
                .filter(|_| crate::objects::int::bigint::is_big(vm, r))
            {
                // A result that fits in 64 bits is the hash (a str's hash through
                // `super().__hash__()`); a wider one hashes as that int does (CPython's
                // reduction).
                let h = num_traits::ToPrimitive::to_i64(&big)
                    .or_else(|| crate::objects::int::bigint::hash(vm, r))
                    .unwrap_or(0);
                return Ok(Some(if h == -1 { -2 } else { h }));
            }
            // -1 is CPython's error marker: a `__hash__` giving it hashes as -2.
            return crate::values::as_int(r)
                .map(|h| Some(if h == -1 { -2 } else { h }))
                .ok_or_else(|| {
                    Error::new("TypeError", "__hash__ method should return an integer")
                });
        }
        let obj = vm.mutator().get(h);
        Ok(Some(vm.mutator().identity(obj) as i64))
    })
}

/// True for the iterators the runtime implements (range, str, list and tuple iterators).
pub fn is_builtin_iterator(vm: &ThreadState, v: Value) -> bool {
    use crate::objects::class::builtin_types::ids as T;
    matches!(
        crate::objects::class::builtin_types::type_index(vm, v),
        Some(
            T::RANGE_ITERATOR
                | T::STR_ITERATOR
                | T::LIST_ITERATOR
                | T::TUPLE_ITERATOR
                | T::DICT_KEYITERATOR
                | T::DICT_VALUEITERATOR
                | T::DICT_ITEMITERATOR
                | T::SET_ITERATOR
                | T::LONGRANGE_ITERATOR
                | T::GENERATOR
                | T::COROUTINE_WRAPPER
                | T::ASYNC_GENERATOR_ASEND
                | T::ASYNC_GENERATOR_ATHROW
                | T::ENUMERATE
                | T::ZIP
                | T::MAP
                | T::FILTER
                | T::POOL_ITERATOR
        )
    )
}

/// `obj.name` for a missing attribute, through `__getattr__`.
pub fn getattr_fallback(
    vm: &mut ThreadState,
    obj: Value,
    name: Value,
) -> Result<Option<Value>, Error> {
    call(vm, obj, "__getattr__", &[name])
}
