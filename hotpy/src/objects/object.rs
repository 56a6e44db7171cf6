//! The methods of `object` and `BaseException` that classes inherit (`object.__repr__`,
//! `__str__`, `__eq__`, `__ne__`, `__hash__`, `__format__`, `__setattr__`,
//! `__getattribute__`, `__delattr__`, `__new__`, `__init__`, `__init_subclass__`;
//! `BaseException.__init__`, `__str__`, `__repr__`): what `super().__repr__()` and friends
//! reach. Builtin subclasses answer with
//! their builtin's behaviour first (`objects/class/mod.rs`).
//!
//! Owns: those methods. Must not: decide lookup order (`objects/class/mod.rs`).

use crate::modules::builtins::no_keywords;
use crate::modules::builtins::object_functions::{Kwargs, exactly, hash_int};
use crate::values::{NONE, py_bool, type_name};
use crate::vm::{Error, ThreadState};
use gvmt::rt::Value;

/// `object.__repr__(self)`: the default repr, whatever the class defines.
pub fn object_repr(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    no_keywords("__repr__", kwargs)?;
    let [v] = exactly::<1>("__repr__", args)?;
    let text = if crate::objects::exception::is_instance(vm, v) {
        crate::objects::exception::repr(vm, v)
    } else {
        let described = if crate::objects::class::is_instance(vm, v) {
            instance_repr(vm, v)
        } else {
            format!("<{} object>", type_name(vm, v))
        };
        with_address(vm, v, &described)
    };
    crate::values::new_str(vm, &text)
}

/// `object.__str__(self)`: `type(self).__repr__(self)`.
pub fn object_str(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    no_keywords("__str__", kwargs)?;
    let [v] = exactly::<1>("__str__", args)?;
    let text = crate::protocols::repr::repr(vm, v)?;
    crate::values::new_str(vm, &text)
}

/// The one argument of `BaseException.name(self)`, which must be an exception instance.
fn exception_receiver(
    vm: &ThreadState,
    name: &str,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    no_keywords(name, kwargs)?;
    let [v] = exactly::<1>(name, args)?;
    if !crate::objects::exception::is_instance(vm, v) {
        return Err(Error::new(
            "TypeError",
            format!(
                "descriptor '{name}' requires a 'BaseException' object but received a '{}'",
                type_name(vm, v)
            ),
        ));
    }
    Ok(v)
}

/// `BaseException.__str__(self)`: the message (the one argument, or the args tuple).
pub fn exception_str(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let v = exception_receiver(vm, "__str__", args, kwargs)?;
    let text = crate::objects::exception::message(vm, v);
    crate::values::new_str(vm, &text)
}

/// `BaseException.with_traceback(self, tb)`: sets `__traceback__` and returns the exception.
pub fn exception_with_traceback(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    no_keywords("with_traceback", kwargs)?;
    let [v, tb] = exactly::<2>("with_traceback", args)?;
    let v = exception_receiver(vm, "with_traceback", &[v], &[])?;
    vm.handle_scope(|vm| {
        let (hv, htb) = (vm.mutator().root(v), vm.mutator().root(tb));
        let name = vm.name_str("__traceback__")?;
        let (v, tb) = (vm.mutator().get(hv), vm.mutator().get(htb));
        crate::objects::class::set_attr(vm, v, name, tb)?;
        Ok(vm.mutator().get(hv))
    })
}

/// `BaseException.add_note(self, note)`: appends the str `note` to `__notes__` (made a list
/// on the first note), which the report prints after the message.
pub fn exception_add_note(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    no_keywords("add_note", kwargs)?;
    let Some((&v, rest)) = args.split_first() else {
        return Err(Error::new(
            "TypeError",
            "descriptor 'add_note' of 'BaseException' object needs an argument",
        ));
    };
    let &[note] = rest else {
        return Err(Error::new(
            "TypeError",
            format!(
                "BaseException.add_note() takes exactly one argument ({} given)",
                rest.len()
            ),
        ));
    };
    let v = exception_receiver(vm, "add_note", &[v], &[])?;
    if crate::values::str_value(vm, note).is_none() {
        return Err(Error::new(
            "TypeError",
            format!("note must be a str, not '{}'", type_name(vm, note)),
        ));
    }
    vm.handle_scope(|vm| {
        let (hv, hn) = (vm.mutator().root(v), vm.mutator().root(note));
        let notes = crate::objects::exception::chaining::attribute(vm, v, "__notes__")?;
        match notes {
            None => {
                let note = vm.mutator().get(hn);
                let list = crate::objects::sequence::new_list(vm, &[note])?;
                let v = vm.mutator().get(hv);
                crate::objects::exception::chaining::set_attribute(vm, v, "__notes__", list)?;
            }
            Some(list) if crate::objects::sequence::is_list(vm, list) => {
                let note = vm.mutator().get(hn);
                crate::objects::sequence::append(vm, list, note)?;
            }
            Some(_) => {
                return Err(Error::new(
                    "TypeError",
                    "Cannot add note: __notes__ is not a list",
                ));
            }
        }
        Ok(crate::values::NONE)
    })
}

/// `BaseException.__repr__(self)`: `Name(args...)`.
pub fn exception_repr(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let v = exception_receiver(vm, "__repr__", args, kwargs)?;
    let text = crate::objects::exception::repr(vm, v);
    crate::values::new_str(vm, &text)
}

/// `object.__eq__(self, other)`: True for the same object, else NotImplemented.
pub fn object_eq(
    _vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    no_keywords("__eq__", kwargs)?;
    let [a, b] = exactly::<2>("__eq__", args)?;
    Ok(if a == b {
        crate::values::TRUE
    } else {
        crate::values::NOT_IMPLEMENTED
    })
}

/// `object.__lt__`, `__le__`, `__gt__`, `__ge__`: NotImplemented (`object` has no order;
/// the other operand's reflection decides, else `<` is a TypeError).
macro_rules! no_order {
    ($($f:ident $name:literal),*) => {$(
        pub fn $f(_vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
            no_keywords($name, kwargs)?;
            let [_, _] = exactly::<2>($name, args)?;
            Ok(crate::values::NOT_IMPLEMENTED)
        }
    )*};
}
no_order!(object_lt "__lt__", object_le "__le__", object_gt "__gt__", object_ge "__ge__");

/// `object.__ne__(self, other)`: the inverse of `self.__eq__(other)` unless NotImplemented.
pub fn object_ne(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    no_keywords("__ne__", kwargs)?;
    let [a, b] = exactly::<2>("__ne__", args)?;
    let eq = match crate::protocols::dunder::call(vm, a, "__eq__", &[b])? {
        Some(r) => r,
        None if a == b => crate::values::TRUE,
        None => crate::values::NOT_IMPLEMENTED,
    };
    if eq == crate::values::NOT_IMPLEMENTED {
        return Ok(eq);
    }
    Ok(py_bool(!crate::values::is_true(vm, eq)?))
}

/// `object.__hash__(self)`: the identity hash.
pub fn object_hash(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    no_keywords("__hash__", kwargs)?;
    let [v] = exactly::<1>("__hash__", args)?;
    if crate::objects::class::is_instance(vm, v) {
        let id = vm.mutator().identity(v) as i64;
        return hash_int(vm, id);
    }
    let h = crate::objects::dict::hash(vm, v)?;
    hash_int(vm, h)
}

/// `object.__format__(self, spec)`: `str(self)` for an empty spec, else a TypeError.
pub fn object_format(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    no_keywords("__format__", kwargs)?;
    let [v, spec] = exactly::<2>("__format__", args)?;
    match crate::values::str_value(vm, spec) {
        Some(s) if s.is_empty() => {
            let text = crate::protocols::repr::str(vm, v)?;
            crate::values::new_str(vm, &text)
        }
        Some(_) => Err(Error::new(
            "TypeError",
            format!(
                "unsupported format string passed to {}.__format__",
                type_name(vm, v)
            ),
        )),
        None => Err(Error::new(
            "TypeError",
            format!(
                "__format__() argument must be str, not {}",
                type_name(vm, spec)
            ),
        )),
    }
}

/// `object.__setattr__(self, name, value)`: the plain attribute store.
pub fn object_setattr(
    vm: &mut ThreadState,
    args: &[Value],
    _kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    let [object, name, value] = args else {
        return Err(Error::new(
            "TypeError",
            format!("expected 3 arguments, got {}", args.len()),
        ));
    };
    crate::objects::class::store_attr(vm, *object, *name, *value)?;
    Ok(NONE)
}

/// `object.__getattribute__(self, name)`: the attribute lookup without a class's own
/// `__getattribute__` or `__getattr__`.
pub fn object_getattribute(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    no_keywords("__getattribute__", kwargs)?;
    let [object, name] = args else {
        return Err(Error::new(
            "TypeError",
            format!("expected 2 arguments, got {}", args.len()),
        ));
    };
    let Some(text) = crate::values::str_value(vm, *name) else {
        return Err(Error::new(
            "TypeError",
            format!(
                "attribute name must be string, not '{}'",
                type_name(vm, *name)
            ),
        ));
    };
    if crate::objects::class::is_instance(vm, *object) && text == "__dict__" {
        let cls = crate::objects::class::class_of(vm, *object);
        let flags = crate::protocols::descriptors::flags(vm, cls);
        if flags & crate::protocols::descriptors::NO_DICT == 0
            && let Some(d) = crate::objects::class::attribute_dict(vm, *object)?
        {
            return Ok(d);
        }
    }
    if crate::objects::class::is_instance(vm, *object) {
        return match crate::objects::class::generic_get_attr(vm, *object, *name, false)? {
            Some(v) => Ok(v),
            None => Err(Error::new(
                "AttributeError",
                format!(
                    "'{}' object has no attribute '{text}'",
                    type_name(vm, *object)
                ),
            )),
        };
    }
    crate::protocols::attributes::get_attr(vm, *object, *name)
}

/// `object.__delattr__(self, name)`: the plain attribute deletion.
pub fn object_delattr(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    no_keywords("__delattr__", kwargs)?;
    let [object, name] = args else {
        return Err(Error::new(
            "TypeError",
            format!("expected 2 arguments, got {}", args.len()),
        ));
    };
    crate::protocols::deletion::delete_attr_plain(vm, *object, *name)?;
    Ok(NONE)
}

/// `object.__new__(cls)`: a new instance of `cls` without attributes.
pub fn object_new(
    vm: &mut ThreadState,
    args: &[Value],
    _kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    let Some(&cls) = args
        .first()
        .filter(|&&c| crate::objects::class::is_class(vm, c))
    else {
        return Err(Error::new(
            "TypeError",
            match args.first() {
                Some(&v) => format!(
                    "object.__new__(X): X is not a type object ({})",
                    type_name(vm, v)
                ),
                None => "object.__new__(): not enough arguments".to_string(),
            },
        ));
    };
    if let Some(name) = crate::objects::class::builtin_types::builtin_type_name(vm, cls) {
        return Err(Error::new(
            "TypeError",
            format!("object.__new__({name}) is not safe, use {name}.__new__()"),
        ));
    }
    if crate::protocols::descriptors::flags(vm, cls) & crate::protocols::descriptors::ABSTRACT != 0
    {
        return Err(crate::protocols::descriptors::abstract_error(vm, cls));
    }
    if let Some(t) = crate::objects::class::builtin_subclasses::builtin_base(vm, cls) {
        return crate::objects::class::builtin_subclasses::new_instance(
            vm,
            cls,
            t,
            &args[1..],
            _kwargs,
        );
    }
    if (args.len() > 1 || !_kwargs.is_empty())
        && !crate::objects::exception::is_exception_class(vm, cls)
    {
        // As CPython: a class with its own `__new__` passes no arguments on to this one.
        let custom_new = vm.handle_scope(|vm| {
            let hc = vm.mutator().root(cls);
            let name = vm.name_str("__new__")?;
            let cls = vm.mutator().get(hc);
            let found = crate::objects::class::lookup(vm, cls, name)?;
            let custom = found.is_some_and(|f| !crate::modules::builtins::is_builtin_new(vm, f));
            let name = vm.name_str("__init__")?;
            let cls = vm.mutator().get(hc);
            let init = crate::objects::class::lookup(vm, cls, name)?;
            let plain_init = init.is_none_or(|f| {
                crate::modules::builtins::is_builtin_at(
                    vm,
                    f,
                    const { crate::modules::builtins::builtin_id("object.__init__") },
                )
            });
            Ok::<_, Error>((custom, plain_init, vm.mutator().get(hc)))
        })?;
        let (custom_new, plain_init, moved) = custom_new;
        if custom_new {
            return Err(Error::new(
                "TypeError",
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if plain_init {
            return Err(Error::new(
                "TypeError",
                format!(
                    "{}() takes no arguments",
                    crate::objects::class::class_name(vm, moved)
                ),
            ));
        }
        return crate::objects::class::storage::new_instance(vm, moved);
    }
    if crate::objects::exception::is_exception_class(vm, cls) {
        let (args, kept) = vm.handle_scope(|vm| {
            let h = vm.mutator().root(cls);
            let args = crate::objects::sequence::new_tuple(vm, &args[1..]);
            (args, vm.mutator().get(h))
        });
        return crate::objects::exception::new_instance(vm, kept, args?);
    }
    crate::objects::class::storage::new_instance(vm, cls)
}

/// `object.__init_subclass__()`: nothing to do, and no keywords accepted.
pub fn object_init_subclass(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    if !kwargs.is_empty() {
        // Named by the class it was called for (`super().__init_subclass__(**kw)` in a
        // hook passes the new class), as CPython's classmethod does.
        let owner = match args.first() {
            Some(&c) if crate::objects::class::is_class(vm, c) => {
                crate::objects::class::class_name(vm, c)
            }
            _ => "object",
        };
        return Err(Error::new(
            "TypeError",
            format!("{owner}.__init_subclass__() takes no keyword arguments"),
        ));
    }
    Ok(NONE)
}

/// `object.__init__(self)`.
pub fn object_init(
    _vm: &mut ThreadState,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    if args.len() != 1 || !kwargs.is_empty() {
        return Err(Error::new(
            "TypeError",
            "object.__init__() takes exactly one argument (the instance to initialize)",
        ));
    }
    Ok(NONE)
}

/// `BaseException.__init__(self, *args)`: keeps `args`.
pub fn exception_init(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    let Some((&exc, rest)) = args.split_first() else {
        return Err(Error::new(
            "TypeError",
            "descriptor '__init__' of 'BaseException' object needs an argument",
        ));
    };
    if !crate::objects::exception::is_instance(vm, exc) {
        return Err(Error::new(
            "TypeError",
            format!(
                "descriptor '__init__' requires a 'BaseException' object but received a '{}'",
                type_name(vm, exc)
            ),
        ));
    }
    let (exc, rest, import_error) = vm.handle_scope(|vm| {
        let h = vm.mutator().root(exc);
        let hr: Vec<_> = rest.iter().map(|&v| vm.mutator().root(v)).collect();
        let done = crate::objects::exception::init_keyword_attributes(vm, exc, rest, kwargs);
        let rest: Vec<Value> = hr.iter().map(|&h| vm.mutator().get(h)).collect();
        (vm.mutator().get(h), rest, done)
    });
    let rest = rest.as_slice();
    if !import_error? && !kwargs.is_empty() {
        let name = crate::objects::class::class_name(vm, crate::objects::class::class_of(vm, exc));
        return Err(Error::new(
            "TypeError",
            format!("{name}() takes no keyword arguments"),
        ));
    }
    let (tuple, exc) = vm.handle_scope(|vm| {
        let h = vm.mutator().root(exc);
        let tuple = crate::objects::sequence::new_tuple(vm, rest);
        (tuple, vm.mutator().get(h))
    });
    crate::objects::exception::set_args(vm, exc, tuple?);
    Ok(NONE)
}

/// `<... object>` as CPython's `<... object at 0x...>`: the address is the object's `id()`.
pub fn with_address(vm: &mut ThreadState, v: Value, described: &str) -> String {
    let id = crate::modules::builtins::object_functions::identity(vm, v);
    format!("{} at {id:#x}>", &described[..described.len() - 1])
}

/// How `object.__repr__` names an instance of a Python class: `<module.Qualname object>`
/// (`object.__repr__` adds the address; messages made without running code do not).
pub fn instance_repr(vm: &ThreadState, v: Value) -> String {
    let cls = crate::objects::class::class_of(vm, v);
    let module = crate::objects::class::module_of(vm, cls).unwrap_or_else(|| "builtins".into());
    let id = crate::generated::layouts::Class::id(gvmt::rt::Vm::vmctx(vm), cls);
    match module.as_str() {
        "builtins" => format!("<{} object>", vm.class_qualname(id as usize)),
        _ => format!("<{module}.{} object>", vm.class_qualname(id as usize)),
    }
}

/// `object.__reduce_ex__(protocol)`, `object.__reduce__()` and `object.__getstate__()`:
/// CPython's in typeobject.c, written in Python (`hotpy/lib/_object_reduce.py`).
pub fn object_reduce_ex(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    no_keywords("__reduce_ex__", kwargs)?;
    let [obj, protocol] = exactly::<2>("__reduce_ex__", args)?;
    crate::modules::call_library(vm, "_object_reduce", "reduce_ex", &[obj, protocol])
}

pub fn object_reduce(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    no_keywords("__reduce__", kwargs)?;
    let [obj] = exactly::<1>("__reduce__", args)?;
    let protocol = crate::values::make_int(0)?;
    crate::modules::call_library(vm, "_object_reduce", "common_reduce", &[obj, protocol])
}

pub fn object_getstate(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    no_keywords("__getstate__", kwargs)?;
    let [obj] = exactly::<1>("__getstate__", args)?;
    crate::modules::call_library(vm, "_object_reduce", "default_state", &[obj])
}
