//! The builtin types as class objects: `int`, `str`, `list`, `function`, `NoneType`... are
//! real classes in the heap (subclasses of `object`, `__module__` 'builtins', metaclass
//! `type`), made with the builtin classes when an interpreter starts. `type(3) is int`,
//! `int.__mro__`, `vars(list)['append']`, `isinstance(int, type)` and `issubclass(bool, int)`
//! are ordinary class operations on them. Each one's namespace holds its methods (method
//! descriptors), its special methods (slot wrappers: `int.__add__(1, 2)`) and its class-level
//! functions (`dict.fromkeys`, `int.__new__`), so looking one up is a hashed lookup along
//! the MRO like any class attribute.
//!
//! A builtin type's class carries its index in the builtin class table in its flags
//! ([`TAG_SHIFT`]); calling it calls the builtin of the same name (its constructor), or is
//! a TypeError for the types Python code cannot instantiate (`function`, `generator`...).
//!
//! Owns: the table of builtin types, their classes and namespaces, `type(x)` for builtin
//! values. Must not: implement the types' methods (their own modules do) or the class
//! machinery (`objects/class/mod.rs`, `objects/class/creation.rs`).

use crate::generated::layouts::{BoundMethod, Class};
use crate::values::type_name;
use crate::vm::{Error, ThreadState};
use gvmt::gc::Handle;
use gvmt::rt::{Value, Vm};

/// A builtin type's id: its position in [`BUILTIN_TYPES`] (generated from the spec's
/// `types` declaration, `spec/values.gvmt`).
pub use crate::generated::layouts::types as ids;

/// The builtin types (beyond `object` and `type`, which are in the builtin class table of
/// `objects/exception.rs`): each one's name and base (None: `object`), by id.
pub const BUILTIN_TYPES: &[(&str, Option<usize>)] = &ids::TABLE;

/// The builtin types with a name in the `builtins` module (the others, such as `function` or
/// `NoneType`, are reached only through `type(...)` or the `types` module, as in CPython).
pub const PUBLIC: &[&str] = &[
    "int",
    "bool",
    "float",
    "str",
    "bytes",
    "bytearray",
    "memoryview",
    "list",
    "tuple",
    "dict",
    "set",
    "frozenset",
    "range",
    "slice",
    "property",
    "staticmethod",
    "classmethod",
    "super",
    "enumerate",
    "zip",
    "map",
    "filter",
    "reversed",
    "object",
    "type",
];

/// The position in [`BUILTIN_TYPES`] of the type of `v`, for the values of builtin types
/// (None for instances of classes, exceptions and classes).
pub fn type_index(vm: &ThreadState, v: Value) -> Option<usize> {
    use crate::generated::layouts as l;
    use crate::values::{ELLIPSIS, FALSE, NONE, TRUE};
    use ids::*;
    match v {
        NONE => return Some(NONE_TYPE),
        crate::protocols::dunder::NOT_IMPLEMENTED => return Some(NOT_IMPLEMENTED_TYPE),
        ELLIPSIS => return Some(ELLIPSIS_TYPE),
        FALSE | TRUE => return Some(BOOL),
        _ if crate::values::int_value(v).is_some() => return Some(INT),
        _ => {}
    }
    let ctx = vm.vmctx();
    Some(match crate::values::layout_of(vm, v)? {
        l::Float::ID => FLOAT,
        l::Str::ID => STR,
        l::List::ID => LIST,
        l::Tuple::ID => TUPLE,
        l::Dict::ID => DICT,
        l::BigInt::ID => INT,
        l::Function::ID => FUNCTION,
        l::Builtin::ID => BUILTIN_FUNCTION,
        l::Range::ID => RANGE,
        l::Method::ID => METHOD,
        l::Super::ID => SUPER,
        l::Cell::ID => CELL,
        l::Bytes::ID => BYTES,
        l::ByteArray::ID => BYTEARRAY,
        l::MemoryView::ID => MEMORYVIEW,
        l::TypedArray::ID => ARRAY,
        l::Slice::ID => SLICE,
        l::Module::ID => MODULE,
        l::Generator::ID => match crate::interp::generators::flavor(vm, v) {
            crate::compiler::code::Flavor::Generator => GENERATOR,
            crate::compiler::code::Flavor::Coroutine => COROUTINE,
            crate::compiler::code::Flavor::AsyncGenerator => ASYNC_GENERATOR,
        },
        l::AsyncStep::ID => crate::interp::coroutines::step_type(vm, v),
        // dict_keys, dict_values, dict_items follow each other in the table.
        l::DictView::ID => DICT_KEYS + l::DictView::kind(ctx, v) as usize,
        l::Set::ID if crate::objects::set::is_frozen(vm, v) => FROZENSET,
        l::Set::ID => SET,
        l::PoolIter::ID => POOL_ITERATOR,
        l::LazyIter::ID => match l::LazyIter::kind(ctx, v) {
            crate::objects::lazy_iter::ENUMERATE => ENUMERATE,
            crate::objects::lazy_iter::ZIP => ZIP,
            crate::objects::lazy_iter::MAP => MAP,
            _ => FILTER,
        },
        l::Descriptor::ID => match l::Descriptor::kind(ctx, v) {
            super::STATIC if l::Descriptor::second(ctx, v) == TRUE => BUILTIN_FUNCTION,
            super::STATIC => STATICMETHOD,
            super::CLASS => CLASSMETHOD,
            super::MEMBER => MEMBER_DESCRIPTOR,
            crate::objects::getset::NATIVE => match crate::objects::getset::entry(vm, v) {
                Some(g) if g.flavor == crate::objects::getset::Flavor::GetSet => GETSET_DESCRIPTOR,
                _ => MEMBER_DESCRIPTOR,
            },
            _ => PROPERTY,
        },
        // A builtin type's method looked up on the type is a method descriptor.
        l::BoundMethod::ID if l::BoundMethod::receiver(ctx, v) == crate::values::UNBOUND => {
            METHOD_DESCRIPTOR
        }
        l::BoundMethod::ID => BUILTIN_FUNCTION,
        // A builtin type's special method looked up on the type is a slot wrapper.
        l::MethodWrapper::ID
            if builtin_type_name(vm, l::MethodWrapper::receiver(ctx, v)).is_some() =>
        {
            WRAPPER_DESCRIPTOR
        }
        l::MethodWrapper::ID => METHOD_WRAPPER,
        l::SeqIter::ID
            if crate::values::layout_of(vm, l::SeqIter::seq(ctx, v)) == Some(l::Tuple::ID) =>
        {
            TUPLE_ITERATOR
        }
        l::SeqIter::ID => {
            // A dict's or a view's iterator reads the dict itself; a set's, a snapshot.
            let (seq, source) = (l::SeqIter::seq(ctx, v), l::SeqIter::source(ctx, v));
            if seq == source {
                DICT_KEYITERATOR
            } else if crate::objects::dict_views::is_view(vm, seq) {
                match crate::objects::dict_views::kind(vm, seq) {
                    crate::objects::dict_views::KEYS => DICT_KEYITERATOR,
                    crate::objects::dict_views::VALUES => DICT_VALUEITERATOR,
                    _ => DICT_ITEMITERATOR,
                }
            } else if crate::objects::set::is_set(vm, source) {
                SET_ITERATOR
            } else if crate::objects::range::is_range(vm, seq) {
                LONGRANGE_ITERATOR
            } else {
                LIST_ITERATOR
            }
        }
        l::RangeIter::ID => RANGE_ITERATOR,
        l::CodeRef::ID => CODE,
        l::StrIter::ID => STR_ITERATOR,
        _ => return None,
    })
}

/// The class of builtin value `v` (`type(v)`), if [`type_index`] knows its type.
pub fn class_of_value(vm: &mut ThreadState, v: Value) -> Result<Option<Value>, Error> {
    match type_index(vm, v) {
        Some(i) => {
            let index = crate::objects::exception::CLASSES.len() + i;
            crate::objects::exception::builtin_class(vm, index).map(Some)
        }
        None => Ok(None),
    }
}

/// The class of builtin value `v` without allocating: None if `v`'s type is not a builtin
/// type or its class is not made yet (the classes are made with the first thread).
pub fn made_class_of_value(vm: &ThreadState, v: Value) -> Option<Value> {
    let i = type_index(vm, v)?;
    let cls = vm
        .interp
        .builtin_classes
        .get(crate::objects::exception::CLASSES.len() + i);
    (cls != crate::values::NONE).then_some(cls)
}

/// Where a builtin type's index in the builtin class table (plus one) sits in its class's
/// flags; zero above this shift for every other class (the bits are not inherited).
pub const TAG_SHIFT: u32 = 16;

/// The index in the builtin class table of builtin type `name` (`type` included).
pub fn table_index(name: &str) -> Option<usize> {
    use crate::objects::exception::{CLASSES, TYPE};
    if name == "type" {
        return Some(TYPE);
    }
    if !PUBLIC.contains(&name) {
        return None;
    }
    BUILTIN_TYPES
        .iter()
        .position(|(n, _)| *n == name)
        .map(|i| CLASSES.len() + i)
}

/// The name of the builtin class at `index` of the builtin class table.
fn table_name(index: usize) -> &'static str {
    use crate::objects::exception::CLASSES;
    match CLASSES.get(index) {
        Some((name, _)) => name,
        None => BUILTIN_TYPES[index - CLASSES.len()].0,
    }
}

/// Makes the builtin types' classes into `made` (which holds the builtin classes of
/// `objects/exception.rs` already, `object` first) and fills their namespaces. Part of
/// `exceptions::create_builtin_classes`, before the table is published.
pub(crate) fn create(vm: &mut ThreadState, made: &mut Vec<Handle>) -> Result<(), Error> {
    use crate::objects::exception::{CLASSES, TYPE};
    for (name, base) in BUILTIN_TYPES {
        let namespace = module_namespace(vm)?;
        let base_index = match base {
            None => 0,
            Some(b) => CLASSES.len() + b,
        };
        let base = vm.mutator().get(made[base_index]);
        let cls = super::creation::new_class(vm, name, &[base], namespace)?;
        made.push(vm.mutator().root(cls));
    }
    for (index, name) in CLASSES.iter().map(|(n, _)| *n).enumerate() {
        // The exceptions' data attributes (`args`, `SystemExit.code`, ...).
        for (i, g) in crate::objects::getset::of_type(name) {
            let owner = vm.mutator().get(made[index]);
            let d = crate::objects::getset::new_descriptor(vm, i, owner)?;
            define(vm, made[index], g.name, d)?;
        }
    }
    for index in (CLASSES.len()..made.len()).chain([TYPE]) {
        let cls = vm.mutator().get(made[index]);
        crate::protocols::descriptors::set_flag(vm, cls, ((index + 1) as i64) << TAG_SHIFT);
        let type_id = index.checked_sub(CLASSES.len());
        fill_namespace(vm, made[index], table_name(index), type_id)?;
    }
    Ok(())
}

/// A builtin type's namespace, empty until filled (`type.__module__` answers 'builtins' for
/// a namespace without `__module__`, as CPython's builtin types have none).
fn module_namespace(vm: &mut ThreadState) -> Result<Value, Error> {
    crate::objects::dict::new_dict(vm, 0)
}

/// The class-level functions of builtin types that take no receiver (CPython's class
/// methods among them take the type; these ignore it): static in the namespaces.
pub(crate) const STATIC_FUNCTIONS: &[&str] = &["__new__", "maketrans"];

/// The class methods of builtin types: they receive the class they are called on first
/// (`MyDict.fromkeys(...)` makes a MyDict; [`for_class`]).
pub(crate) const CLASS_FUNCTIONS: &[&str] = &["fromkeys", "from_bytes", "fromhex"];

/// Puts builtin type `t`'s methods, slot wrappers and class-level functions into the
/// namespace of its class (`cls`, a handle).
/// `type_id` is `t`'s position in [`BUILTIN_TYPES`] (None for `type`).
fn fill_namespace(
    vm: &mut ThreadState,
    cls: Handle,
    t: &'static str,
    type_id: Option<usize>,
) -> Result<(), Error> {
    use crate::protocols::attributes::METHODS;
    let prefix = format!("{t}.");
    for (id, (full, _)) in crate::modules::builtins::BUILTINS.iter().enumerate() {
        let Some(name) = full.strip_prefix(&prefix) else {
            continue;
        };
        if defined(vm, cls, name)? {
            continue;
        }
        let mut f = crate::modules::builtins::builtin_object(vm, id)?;
        if STATIC_FUNCTIONS.contains(&name) {
            f = super::new_descriptor(vm, super::STATIC, f, crate::values::NONE)?;
        } else if CLASS_FUNCTIONS.contains(&name) {
            f = super::new_descriptor(vm, super::CLASS, f, crate::values::NONE)?;
        } else if name.starts_with("__") {
            // Special methods written in Rust: the type's values take part in the
            // special-method dispatch (`dunder::takes_part`).
            let class = vm.mutator().get(cls);
            crate::protocols::descriptors::set_flag(
                vm,
                class,
                crate::protocols::descriptors::NATIVE_DUNDERS,
            );
        }
        define(vm, cls, name, f)?;
    }
    let slot_names = type_id.map_or(&[][..], super::builtin_subclasses::slot_names);
    for &name in slot_names {
        if defined(vm, cls, name)? {
            continue;
        }
        let type_object = vm.mutator().get(cls);
        if let Some(w) = super::builtin_subclasses::slot_wrapper(
            vm,
            type_object,
            type_id.unwrap_or_default(),
            name,
        )? {
            define(vm, cls, name, w)?;
        }
    }
    let flags = crate::protocols::descriptors::flags(vm, vm.mutator_ref().get(cls));
    // The mutable containers are unhashable (`list.__hash__ is None`, as in CPython).
    let unhashable = matches!(
        type_id,
        Some(ids::LIST | ids::DICT | ids::SET | ids::DICT_KEYS | ids::DICT_ITEMS | ids::BYTEARRAY)
    );
    if (unhashable
        || flags & crate::protocols::descriptors::NATIVE_DUNDERS != 0
            && defined(vm, cls, "__eq__")?)
        && !defined(vm, cls, "__hash__")?
    {
        // Python's rule for a class defining `__eq__` alone: unhashable.
        define(vm, cls, "__hash__", crate::values::NONE)?;
    }
    for (index, g) in crate::objects::getset::of_type(t) {
        let owner = vm.mutator().get(cls);
        let d = crate::objects::getset::new_descriptor(vm, index, owner)?;
        define(vm, cls, g.name, d)?;
    }
    for (id, (owner, name, _)) in METHODS.iter().enumerate() {
        if Some(*owner) != type_id {
            continue;
        }
        let descriptor = vm.alloc(BoundMethod::ID, BoundMethod::FIXED_SIZE)?;
        BoundMethod::set_id(vm.vmctx(), descriptor, id as i64);
        BoundMethod::set_receiver(vm.vmctx(), descriptor, crate::values::UNBOUND);
        define(vm, cls, name, descriptor)?;
    }
    Ok(())
}

/// True if the namespace of class handle `cls` has `name`.
fn defined(vm: &mut ThreadState, cls: Handle, name: &'static str) -> Result<bool, Error> {
    let key = vm.name_str(name)?;
    let cls = vm.mutator().get(cls);
    let dict = Class::dict(vm.vmctx(), cls);
    Ok(crate::objects::dict::get(vm, dict, key)?.is_some())
}

/// `cls.name = value` in the namespace of class handle `cls` (no hooks: while it is made).
fn define(
    vm: &mut ThreadState,
    cls: Handle,
    name: &'static str,
    value: Value,
) -> Result<(), Error> {
    let hv = vm.mutator().root(value);
    let key = vm.name_str(name)?;
    let cls = vm.mutator().get(cls);
    let dict = Class::dict(vm.vmctx(), cls);
    let value = vm.mutator().get(hv);
    crate::objects::dict::set(vm, dict, key, value)
}

/// The builtin type (its id, a position in [`BUILTIN_TYPES`]) class `cls` stands for, if
/// it is one (None for `type`, `object` and the exception classes).
pub fn builtin_type_id(vm: &ThreadState, cls: Value) -> Option<usize> {
    if !super::is_class(vm, cls) {
        return None;
    }
    let tag = (Class::flags(vm.vmctx(), cls) >> TAG_SHIFT) as usize;
    tag.checked_sub(1 + crate::objects::exception::CLASSES.len())
}

/// The builtin type class `cls` stands for (`type` included), if it is one.
pub fn builtin_type_name(vm: &ThreadState, cls: Value) -> Option<&'static str> {
    if !super::is_class(vm, cls) {
        return None;
    }
    let tag = Class::flags(vm.vmctx(), cls) >> TAG_SHIFT;
    (tag != 0).then(|| table_name(tag as usize - 1))
}

/// `v.name` for builtin value `v`, from its type's namespace along the MRO: a method bound
/// to `v`, a slot wrapper bound to `v` (a method-wrapper), a static method's function, a
/// class method bound to the type. None if the type has no such attribute, or has it as
/// data (the caller answers the data attributes).
pub fn value_attribute(
    vm: &mut ThreadState,
    v: Value,
    name: Value,
) -> Result<Option<Value>, Error> {
    use super::{CLASS, STATIC, bind, descriptor_kind};
    use crate::generated::layouts::Descriptor;
    if type_index(vm, v).is_none() {
        return Ok(None);
    }
    vm.handle_scope(|vm| {
        let (hv, hn) = (vm.mutator().root(v), vm.mutator().root(name));
        let Some(cls) = class_of_value(vm, v)? else {
            return Ok(None);
        };
        let hc = vm.mutator().root(cls);
        let name = vm.mutator().get(hn);
        let Some(found) = super::lookup(vm, cls, name)? else {
            let v = vm.mutator().get(hv);
            if crate::values::str_is(vm, name, "__call__")
                && matches!(
                    type_index(vm, v),
                    Some(ids::FUNCTION | ids::BUILTIN_FUNCTION | ids::METHOD | ids::METHOD_WRAPPER)
                        | Some(ids::METHOD_DESCRIPTOR | ids::WRAPPER_DESCRIPTOR)
                )
            {
                // `f.__call__` of a function or method: a method-wrapper calling it.
                return super::builtin_subclasses::wrapper(vm, v, name).map(Some);
            }
            return Ok(None);
        };
        let (v, ctx) = (vm.mutator().get(hv), vm.vmctx());
        if is_native_method(vm, found) {
            return bind_native(vm, found, v).map(Some);
        }
        if crate::objects::getset::entry(vm, found).is_some() {
            return crate::objects::getset::get(vm, found, v).map(Some);
        }
        match descriptor_kind(vm, found) {
            Some(STATIC) => Ok(Some(super::static_value(vm, found))),
            Some(CLASS) => {
                let f = Descriptor::first(ctx, found);
                bind(vm, f, vm.mutator_ref().get(hc)).map(Some)
            }
            _ if crate::modules::builtins::is_method_descriptor(vm, found) => {
                bind(vm, found, v).map(Some)
            }
            _ => Ok(None),
        }
    })
}

/// True for a builtin type's method descriptor (`list.append`) or slot wrapper
/// (`int.__add__`): what [`bind_native`] binds.
pub fn is_native_method(vm: &ThreadState, f: Value) -> bool {
    use crate::generated::layouts::MethodWrapper;
    let ctx = vm.vmctx();
    match crate::values::layout_of(vm, f) {
        Some(BoundMethod::ID) => BoundMethod::receiver(ctx, f) == crate::values::UNBOUND,
        Some(MethodWrapper::ID) => builtin_type_name(vm, MethodWrapper::receiver(ctx, f)).is_some(),
        _ => false,
    }
}

/// Method descriptor or slot wrapper `f` ([`is_native_method`]) bound to builtin value `v`.
pub fn bind_native(vm: &mut ThreadState, f: Value, v: Value) -> Result<Value, Error> {
    use crate::generated::layouts::MethodWrapper;
    let ctx = vm.vmctx();
    if crate::values::layout_of(vm, f) == Some(MethodWrapper::ID) {
        let name = MethodWrapper::name(ctx, f);
        return super::builtin_subclasses::wrapper(vm, v, name);
    }
    let id = BoundMethod::id(ctx, f);
    let (bound, kept) = vm.alloc_with(BoundMethod::ID, BoundMethod::FIXED_SIZE, [v])?;
    BoundMethod::set_id(vm.vmctx(), bound, id);
    BoundMethod::set_receiver(vm.vmctx(), bound, kept[0]);
    Ok(bound)
}

/// Builtin type `t`'s class method `method` called with `args` (the class first): `compute`
/// makes the result from the other arguments, and [`for_class`] makes it the class's. The
/// class is held across `compute`'s allocations.
pub fn class_method(
    vm: &mut ThreadState,
    args: &[Value],
    method: &str,
    t: usize,
    compute: impl FnOnce(&mut ThreadState, &[Value]) -> Result<Value, Error>,
) -> Result<Value, Error> {
    let (cls, rest) = match args.split_first() {
        Some((&cls, rest)) if super::is_class(vm, cls) => (cls, rest),
        _ => {
            return Err(Error::new(
                "TypeError",
                format!("descriptor '{method}' needs a type as its first argument"),
            ));
        }
    };
    vm.handle_scope(|vm| {
        let hc = vm.mutator().root(cls);
        let result = compute(vm, rest)?;
        let cls = vm.mutator().get(hc);
        for_class(vm, cls, t, result)
    })
}

/// The result of builtin type `t`'s class method called on `cls`: `result` itself when
/// `cls` is `t`; for a subclass, `cls(result)` (int, float, bytes) or a `cls()` filled with
/// the result's items (dict), as CPython's.
pub fn for_class(
    vm: &mut ThreadState,
    cls: Value,
    t: usize,
    result: Value,
) -> Result<Value, Error> {
    if builtin_type_id(vm, cls) == Some(t) {
        return Ok(result);
    }
    if t != ids::DICT {
        return vm.call(cls, &[result], &[]);
    }
    vm.handle_scope(|vm| {
        let hr = vm.mutator().root(result);
        let made = vm.call(cls, &[], &[])?;
        let hm = vm.mutator().root(made);
        let entries = crate::objects::dict::entries(vm, vm.mutator_ref().get(hr));
        let held: Vec<_> = entries
            .iter()
            .map(|&(k, v)| (vm.mutator().root(k), vm.mutator().root(v)))
            .collect();
        for (hk, hv) in held {
            let (d, k, v) = (
                vm.mutator().get(hm),
                vm.mutator().get(hk),
                vm.mutator().get(hv),
            );
            crate::objects::sequence::store_subscript(vm, d, k, v)?;
        }
        Ok(vm.mutator().get(hm))
    })
}

/// The class of builtin type `name` (`type(x)` for a builtin value).
pub fn class_for(vm: &mut ThreadState, name: &'static str) -> Result<Value, Error> {
    if let Some(index) = table_index(name) {
        return crate::objects::exception::builtin_class(vm, index);
    }
    if name == "object" {
        return crate::objects::exception::object_class(vm);
    }
    // A type the table does not list: a class made on first use, kept for the VM's life.
    if let Some(p) = vm.tables().type_classes.get(name) {
        return Ok(vm.mutator_ref().pinned(p));
    }
    let object = crate::objects::exception::object_class(vm)?;
    let result = vm.handle_scope(|vm| {
        let ho = vm.mutator().root(object);
        let namespace = module_namespace(vm)?;
        let object = vm.mutator().get(ho);
        super::creation::new_class(vm, name, &[object], namespace)
    });
    let cls = result?;
    let pinned = vm.mutator().pin(cls);
    vm.tables().type_classes.insert(name, pinned);
    Ok(cls)
}

/// `type(v)` for a value that is neither an instance nor a class.
pub fn type_of_value(vm: &mut ThreadState, v: Value) -> Result<Value, Error> {
    match class_of_value(vm, v)? {
        Some(cls) => Ok(cls),
        None => class_for(vm, type_name(vm, v)),
    }
}

/// `cls(*args, **kwargs)` for builtin type class `cls` named `t`: its constructor, the one
/// value of a singleton type, or a TypeError.
pub fn construct(
    vm: &mut ThreadState,
    type_id: usize,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    /// Per builtin type, the builtin function of the same name that constructs it.
    const CONSTRUCTORS: [Option<usize>; BUILTIN_TYPES.len()] = {
        let mut table = [None; BUILTIN_TYPES.len()];
        let mut i = 0;
        while i < BUILTIN_TYPES.len() {
            table[i] = crate::modules::builtins::find_builtin(BUILTIN_TYPES[i].0);
            i += 1;
        }
        table
    };
    let t = BUILTIN_TYPES[type_id].0;
    let singleton = match type_id {
        ids::NONE_TYPE => Some(crate::values::NONE),
        ids::ELLIPSIS_TYPE => Some(crate::values::ELLIPSIS),
        ids::NOT_IMPLEMENTED_TYPE => Some(crate::protocols::dunder::NOT_IMPLEMENTED),
        _ => None,
    };
    if let Some(v) = singleton {
        if !args.is_empty() || !kwargs.is_empty() {
            return Err(Error::new("TypeError", format!("{t} takes no arguments")));
        }
        return Ok(v);
    }
    if type_id == ids::METHOD {
        // `types.MethodType(function, instance)`.
        let [function, receiver] = args else {
            return Err(Error::new(
                "TypeError",
                format!("method expected 2 arguments, got {}", args.len()),
            ));
        };
        if !kwargs.is_empty() {
            return Err(Error::new(
                "TypeError",
                "method() takes no keyword arguments",
            ));
        }
        if !crate::modules::builtins::object_functions::is_callable(vm, *function)? {
            return Err(Error::new("TypeError", "first argument must be callable"));
        }
        if *receiver == crate::values::NONE {
            return Err(Error::new("TypeError", "instance must not be None"));
        }
        return super::bind(vm, *function, *receiver);
    }
    if type_id == ids::MODULE {
        return crate::modules::new_module_object(vm, args, kwargs);
    }
    let Some(id) = CONSTRUCTORS[type_id] else {
        return Err(cannot_instantiate(t));
    };
    let f = vm.handle_scope(|vm| {
        let held: Vec<Handle> = args
            .iter()
            .chain(kwargs.iter().map(|(_, v)| v))
            .map(|&v| vm.mutator().root(v))
            .collect();
        let f = crate::modules::builtins::builtin_object(vm, id);
        (
            f,
            held.iter()
                .map(|&h| vm.mutator().get(h))
                .collect::<Vec<_>>(),
        )
    });
    let (f, values) = f;
    let f = f?;
    let kwargs: Vec<(String, Value)> = kwargs
        .iter()
        .map(|(k, _)| k.clone())
        .zip(values[args.len()..].iter().copied())
        .collect();
    vm.call(f, &values[..args.len()], &kwargs)
}

/// The Python name of the type of `v` as `type(v).__name__` shows it.
pub fn python_type_name(vm: &ThreadState, v: Value) -> &'static str {
    match type_index(vm, v) {
        Some(i) => BUILTIN_TYPES[i].0,
        None => type_name(vm, v),
    }
}

/// TypeError: such a class cannot be called.
pub fn cannot_instantiate(name: &str) -> Error {
    Error::new("TypeError", format!("cannot create '{name}' instances"))
}

/// True for type objects: classes (the builtin types are classes).
pub fn is_type(vm: &ThreadState, v: Value) -> bool {
    super::is_class(vm, v)
}

/// The builtin types that subscript to a `types.GenericAlias` (`list[int]`), with `type`.
const GENERIC: &[usize] = &[
    ids::LIST,
    ids::TUPLE,
    ids::DICT,
    ids::SET,
    ids::FROZENSET,
    ids::ENUMERATE,
];

/// `t[index]` for a type `t`: a class's `__class_getitem__(index)`, or for a builtin type a
/// `types.GenericAlias` (`list[int]`). None if `t` is not a type.
pub fn subscript(vm: &mut ThreadState, t: Value, index: Value) -> Result<Option<Value>, Error> {
    if super::is_class(vm, t) && builtin_type_name(vm, t).is_none() {
        let result = vm.handle_scope(|vm| {
            let handles = [t, index].map(|x| vm.mutator().root(x));
            let key = vm.name_str("__class_getitem__")?;
            let cls = vm.mutator().get(handles[0]);
            let found = super::lookup(vm, cls, key)?;
            let Some(d) = found else {
                if super::builtin_subclasses::builtin_base(vm, cls)
                    .is_some_and(|b| GENERIC.contains(&b))
                {
                    // A class deriving from `list`, `dict`...: inherits `__class_getitem__`.
                    let [cls, index] = handles.map(|h| vm.mutator().get(h));
                    return generic_alias(vm, cls, index);
                }
                let name = super::class_name(vm, cls);
                return Err(Error::new(
                    "TypeError",
                    format!("type '{name}' is not subscriptable"),
                ));
            };
            let f = if super::descriptor_kind(vm, d) == Some(super::CLASS) {
                crate::generated::layouts::Descriptor::first(vm.vmctx(), d)
            } else {
                d
            };
            let [cls, index] = handles.map(|h| vm.mutator().get(h));
            vm.call(f, &[cls, index], &[])
        });
        return result.map(Some);
    }
    let Some(name) = builtin_type_name(vm, t) else {
        return Ok(None);
    };
    let generic = match builtin_type_id(vm, t) {
        Some(id) => GENERIC.contains(&id),
        None => super::metaclasses::is_type_class(vm, t),
    };
    if !generic {
        return Err(Error::new(
            "TypeError",
            format!("type '{name}' is not subscriptable"),
        ));
    }
    generic_alias(vm, t, index).map(Some)
}

/// `types.GenericAlias(t, index)`.
fn generic_alias(vm: &mut ThreadState, t: Value, index: Value) -> Result<Value, Error> {
    vm.handle_scope(|vm| {
        let handles = [t, index].map(|x| vm.mutator().root(x));
        let name = vm.name_str("GenericAlias")?;
        let hn = vm.mutator().root(name);
        let types = crate::modules::import(vm, "types")?;
        let module = crate::modules::module_object(vm, types)?;
        let name = vm.mutator().get(hn);
        let alias = crate::modules::get_attr(vm, module, name)?;
        let [t, index] = handles.map(|h| vm.mutator().get(h));
        vm.call(alias, &[t, index], &[])
    })
}
