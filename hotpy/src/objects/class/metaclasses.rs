//! Metaclasses: the builtin class standing for `type` (`class Meta(type)` derives from it, and
//! its dict holds `type.__new__`, `type.__call__`, `type.__init__`, `type.__prepare__`,
//! `type.__instancecheck__`, `type.__subclasscheck__`, `type.mro`), a class's metaclass (its
//! `meta` slot; None means `type`), the metaclass a `class` statement uses (CPython's most
//! derived metaclass), `__prepare__`, and the hooks a metaclass may define: `__call__`,
//! `__instancecheck__`, `__subclasscheck__`, special methods and attributes of its classes.
//!
//! Owns: those rules. Must not: make the class object itself (`objects/class/creation.rs`) or look
//! attributes up along an MRO (`objects/class/mod.rs`).

use super::{is_class, is_subclass, lookup, mro};
use crate::generated::layouts::Class;
use crate::values::{NONE, str_value, type_name};
use crate::vm::{Error, ThreadState};
use gvmt::rt::{Value, Vm};

/// The class standing for `type` (in `exceptions::CLASSES`).
pub fn type_class(vm: &mut ThreadState) -> Result<Value, Error> {
    crate::objects::exception::builtin_class(vm, crate::objects::exception::TYPE)
}

/// True for the class standing for `type`.
pub fn is_type_class(vm: &ThreadState, v: Value) -> bool {
    v != NONE
        && vm
            .interp
            .builtin_classes
            .get(crate::objects::exception::TYPE)
            == v
}

/// True for `type` itself: the builtin or the class standing for it.
pub fn is_type(vm: &ThreadState, v: Value) -> bool {
    is_type_class(vm, v)
        || crate::modules::builtins::is_builtin_at(
            vm,
            v,
            const { crate::modules::builtins::builtin_id("type") },
        )
}

/// True if `cls` is a metaclass: a class deriving from `type`.
pub fn is_metaclass(vm: &ThreadState, cls: Value) -> bool {
    is_class(vm, cls) && mro(vm, cls).iter().any(|&c| is_type_class(vm, c))
}

/// A class's metaclass (None: `type`).
pub fn meta(vm: &ThreadState, cls: Value) -> Value {
    Class::meta(vm.vmctx(), cls)
}

/// `type(cls)` for a class: its metaclass, or `type`.
pub fn type_of_class(vm: &mut ThreadState, cls: Value) -> Result<Value, Error> {
    class_type(vm, cls)
}

/// The class whose MRO holds the attributes and special methods of `v` when `v` is a class
/// (its metaclass, or the class standing for `type`).
pub fn class_type(vm: &mut ThreadState, cls: Value) -> Result<Value, Error> {
    let m = meta(vm, cls);
    if m != NONE { Ok(m) } else { type_class(vm) }
}

/// True if class `v` is an instance of class `t` (through its metaclass).
pub fn class_is_instance(vm: &ThreadState, v: Value, t: Value) -> bool {
    let m = meta(vm, v);
    if m != NONE {
        is_subclass(vm, m, t)
    } else {
        is_type_class(vm, t) || crate::objects::exception::is_object_class(vm, t)
    }
}

/// The metaclass a `class` statement (or `type(name, bases, ns)`) uses: the explicit one
/// unless a base's metaclass derives from it; NONE for plain `type`. A metaclass that is
/// not a class (a function) is used as it is. A base that is not a class takes part through
/// its type, as in CPython (`class X(len)` calls `builtin_function_or_method(...)`).
pub fn calculate(vm: &ThreadState, explicit: Value, bases: &[Value]) -> Result<Value, Error> {
    let mut winner = if explicit == NONE || is_type(vm, explicit) {
        NONE
    } else if !is_class(vm, explicit) {
        return Ok(explicit);
    } else {
        explicit
    };
    // `type` is the winner so far by choice, not only by default.
    let mut type_chosen = explicit != NONE && winner == NONE;
    for &base in bases {
        let m = if is_class(vm, base) {
            meta(vm, base)
        } else if super::is_instance(vm, base) {
            super::class_of(vm, base)
        } else {
            match super::builtin_types::made_class_of_value(vm, base) {
                Some(c) => c,
                None => continue,
            }
        };
        if m == NONE {
            type_chosen = true;
            continue;
        }
        if winner != NONE && is_subclass(vm, winner, m) {
            continue;
        }
        if winner == NONE && type_chosen && !is_metaclass(vm, m) {
            return Err(Error::new(
                "TypeError",
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) \
                 subclass of the metaclasses of all its bases",
            ));
        }
        if winner == NONE || is_subclass(vm, m, winner) {
            winner = m;
            continue;
        }
        return Err(Error::new(
            "TypeError",
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) \
             subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// The Python function `name` a class's metaclass defines (not `type`'s builtin one).
pub fn hook(vm: &mut ThreadState, cls: Value, name: &'static str) -> Result<Option<Value>, Error> {
    let m = meta(vm, cls);
    if m == NONE {
        return Ok(None);
    }
    let (key, m) = vm.handle_scope(|vm| {
        let h = vm.mutator().root(m);
        let key = vm.name_str(name);
        (key, vm.mutator().get(h))
    });
    let found = lookup(vm, m, key?)?;
    Ok(found.filter(|&f| crate::values::is_function(vm, f)))
}

/// PREPARE_CLASS: the namespace a metaclass's `__prepare__(name, bases, **kwds)` makes for
/// a class body, or None when the metaclass is `type` (the body's dict is used).
pub fn prepare_class(
    vm: &mut ThreadState,
    qualname: Value,
    bases: Value,
    keywords: Value,
) -> Result<Value, Error> {
    let explicit = keyword(vm, keywords, "metaclass");
    let bases_list = crate::objects::sequence::items(vm, bases).unwrap_or_default();
    let m = calculate(vm, explicit, &bases_list)?;
    if m == NONE {
        return Ok(NONE);
    }
    vm.handle_scope(|vm| {
        let [hm, hq, hb, hk] = [m, qualname, bases, keywords].map(|v| vm.mutator().root(v));
        let key = vm.name_str("__prepare__")?;
        let m = vm.mutator().get(hm);
        let prepare = match crate::protocols::attributes::get_attr(vm, m, key) {
            Ok(f) => f,
            Err(e) if e.is("AttributeError") => return Ok(NONE),
            Err(e) => return Err(e),
        };
        if crate::modules::builtins::is_builtin_at(
            vm,
            prepare,
            const { crate::modules::builtins::builtin_id("type.__prepare__") },
        ) {
            return Ok(NONE);
        }
        let hp = vm.mutator().root(prepare);
        let qualname = str_value(vm, vm.mutator_ref().get(hq)).unwrap_or_default();
        let name = crate::values::new_str(vm, short_name(&qualname))?;
        let kwargs = keywords_without_metaclass(vm, vm.mutator_ref().get(hk));
        let args = [name, vm.mutator().get(hb)];
        let prepare = vm.mutator().get(hp);
        let ns = vm.call(prepare, &args, &kwargs)?;
        // A mapping: a dict (or a subclass), or an object with `__getitem__`.
        let hn = vm.mutator().root(ns);
        let mapping = crate::objects::dict::is_dict(vm, crate::objects::dict::as_dict(vm, ns))
            || crate::protocols::dunder::method(vm, ns, "__getitem__")?.is_some();
        let ns = vm.mutator().get(hn);
        if !mapping {
            let m = vm.mutator().get(hm);
            return Err(Error::new(
                "TypeError",
                format!(
                    "{}.__prepare__() must return a mapping, not {}",
                    super::class_name(vm, m),
                    type_name(vm, ns)
                ),
            ));
        }
        Ok(ns)
    })
}

/// The last part of a qualified name.
pub fn short_name(qualname: &str) -> &str {
    qualname.rsplit('.').next().unwrap_or(qualname)
}

/// The value of keyword `name` in a class statement's keywords dict (NONE if absent).
pub fn keyword(vm: &ThreadState, keywords: Value, name: &str) -> Value {
    if keywords == NONE {
        return NONE;
    }
    crate::objects::dict::entries(vm, keywords)
        .into_iter()
        .find(|&(k, _)| crate::values::str_is(vm, k, name))
        .map_or(NONE, |(_, v)| v)
}

/// A class statement's keywords other than `metaclass`, for `__prepare__`, the metaclass
/// call and `__init_subclass__`.
pub fn keywords_without_metaclass(vm: &ThreadState, keywords: Value) -> Vec<(String, Value)> {
    if keywords == NONE {
        return vec![];
    }
    crate::objects::dict::entries(vm, keywords)
        .into_iter()
        .map(|(k, v)| (str_value(vm, k).unwrap_or_default(), v))
        .filter(|(k, _)| k != "metaclass")
        .collect()
}

/// MAKE_CLASS with a metaclass other than `type`: the body's entries are stored into the
/// prepared namespace (if any) in order, then `metaclass(name, bases, namespace, **kwds)`.
pub fn call_metaclass(
    vm: &mut ThreadState,
    metaclass: Value,
    qualname: &str,
    bases: Value,
    namespace: Value,
    keywords: &[(String, Value)],
) -> Result<Value, Error> {
    vm.handle_scope(|vm| {
        let [hm, hb, hn] = [metaclass, bases, namespace].map(|v| vm.mutator().root(v));
        let hkw: Vec<_> = keywords
            .iter()
            .map(|(_, v)| vm.mutator().root(*v))
            .collect();
        // `__qualname__` reaches type.__new__ through the namespace, as in CPython.
        let key = vm.name_str("__qualname__")?;
        let hk = vm.mutator().root(key);
        let namespace = vm.mutator().get(hn);
        if crate::objects::dict::is_dict(vm, namespace)
            && crate::objects::dict::get(vm, namespace, key)?.is_none()
        {
            let q = crate::values::new_str(vm, qualname)?;
            let (namespace, key) = (vm.mutator().get(hn), vm.mutator().get(hk));
            crate::objects::dict::set(vm, namespace, key, q)?;
        }
        let name = crate::values::new_str(vm, short_name(qualname))?;
        let args = [name, vm.mutator().get(hb), vm.mutator().get(hn)];
        let kwargs: Vec<(String, Value)> = keywords
            .iter()
            .zip(&hkw)
            .map(|((k, _), &h)| (k.clone(), vm.mutator().get(h)))
            .collect();
        let metaclass = vm.mutator().get(hm);
        vm.call(metaclass, &args, &kwargs)
    })
}

/// `type.__new__(metaclass, name, bases, namespace, **kwds)`: a new class whose metaclass is
/// `metaclass`.
pub fn type_new(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    let Some((&mcls, rest)) = args.split_first() else {
        return Err(Error::new(
            "TypeError",
            "type.__new__(): not enough arguments",
        ));
    };
    if crate::modules::builtins::is_builtin_at(
        vm,
        mcls,
        const { crate::modules::builtins::builtin_id("type") },
    ) {
        // `type.__new__(type, ...)`: the class standing for `type` (made with the builtin
        // classes at start-up, so reading it allocates nothing).
        let mut all = args.to_vec();
        all[0] = vm
            .interp
            .builtin_classes
            .get(crate::objects::exception::TYPE);
        if all[0] != NONE {
            return type_new(vm, &all, kwargs);
        }
    }
    if !is_metaclass(vm, mcls) {
        return Err(Error::new(
            "TypeError",
            format!(
                "type.__new__(X): X is not a type object ({})",
                type_name(vm, mcls)
            ),
        ));
    }
    let [name, bases, namespace] = rest else {
        return Err(Error::new(
            "TypeError",
            "type.__new__() takes exactly 3 arguments",
        ));
    };
    let Some(short) = str_value(vm, *name) else {
        return Err(Error::new(
            "TypeError",
            format!(
                "type.__new__() argument 1 must be str, not {}",
                type_name(vm, *name)
            ),
        ));
    };
    if !crate::values::is_tuple(vm, *bases) {
        return Err(Error::new(
            "TypeError",
            format!(
                "type.__new__() argument 2 must be tuple, not {}",
                type_name(vm, *bases)
            ),
        ));
    }
    let source = crate::objects::dict::as_dict(vm, *namespace);
    if !crate::objects::dict::is_dict(vm, source) {
        return Err(Error::new(
            "TypeError",
            format!(
                "type.__new__() argument 3 must be dict, not {}",
                type_name(vm, *namespace)
            ),
        ));
    }
    vm.handle_scope(|vm| {
        let [hm, hb] = [mcls, *bases].map(|v| vm.mutator().root(v));
        let hkw: Vec<_> = kwargs.iter().map(|(_, v)| vm.mutator().root(*v)).collect();
        // The class's dict is a copy of the namespace (as CPython's).
        let copy = crate::objects::list::seq_copy(vm, source, &[])?;
        let hc = vm.mutator().root(copy);
        let key = vm.name_str("__qualname__")?;
        let copy = vm.mutator().get(hc);
        let qualname = match crate::objects::dict::remove(vm, copy, key)? {
            Some(q) => str_value(vm, q).ok_or_else(|| {
                Error::new(
                    "TypeError",
                    format!("type __qualname__ must be a str, not {}", type_name(vm, q)),
                )
            })?,
            None => short.clone(),
        };
        let mcls = vm.mutator().get(hm);
        let explicit = if is_type_class(vm, mcls) { NONE } else { mcls };
        let bases = vm.mutator().get(hb);
        let bases_list = crate::objects::sequence::items(vm, bases).unwrap_or_default();
        let winner = calculate(vm, explicit, &bases_list)?;
        let keywords: Vec<(String, Value)> = kwargs
            .iter()
            .zip(&hkw)
            .map(|((k, _), &h)| (k.clone(), vm.mutator().get(h)))
            .collect();
        let (bases, copy) = (vm.mutator().get(hb), vm.mutator().get(hc));
        super::creation::create(vm, &short, &qualname, bases, copy, keywords, winner)
    })
}

/// `type(name, bases, namespace, **kwds)`: the class the most derived metaclass makes.
pub fn type_three(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    // `type` is chosen here, as an explicit metaclass is.
    let t = type_class(vm)?;
    let bases_list = crate::objects::sequence::items(vm, args[1]).unwrap_or_default();
    let winner = calculate(vm, t, &bases_list)?;
    if winner != NONE {
        return vm.call(winner, args, kwargs);
    }
    let mut full = vec![t];
    full.extend_from_slice(args);
    type_new(vm, &full, kwargs)
}

/// `type.__init__(cls, ...)`: nothing more to do.
pub fn type_init(
    _vm: &mut ThreadState,
    _args: &[Value],
    _kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    Ok(NONE)
}

/// `type.__call__(cls, *args, **kwargs)`: makes an instance (`__new__`, then `__init__`).
pub fn type_call(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    match args.split_first() {
        Some((&cls, rest)) if is_class(vm, cls) => {
            super::instantiate::instantiate(vm, cls, rest, kwargs)
        }
        _ => Err(Error::new(
            "TypeError",
            "descriptor '__call__' requires a 'type' object",
        )),
    }
}

/// `type.__prepare__(name, bases, **kwds)`: an empty dict.
pub fn type_prepare(
    vm: &mut ThreadState,
    _args: &[Value],
    _kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    crate::objects::dict::new_dict(vm, 0)
}

/// `type.__instancecheck__(cls, obj)`: isinstance without the metaclass hook.
pub fn type_instancecheck(
    vm: &mut ThreadState,
    args: &[Value],
    _kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    let [cls, obj] = args else {
        return Err(Error::new(
            "TypeError",
            "__instancecheck__() takes exactly one argument",
        ));
    };
    Ok(crate::values::py_bool(plain_isinstance(vm, *obj, *cls)))
}

/// `type.__subclasscheck__(cls, sub)`: issubclass without the metaclass hook.
pub fn type_subclasscheck(
    vm: &mut ThreadState,
    args: &[Value],
    _kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    let [cls, sub] = args else {
        return Err(Error::new(
            "TypeError",
            "__subclasscheck__() takes exactly one argument",
        ));
    };
    let yes = is_class(vm, *sub) && is_class(vm, *cls) && is_subclass(vm, *sub, *cls);
    Ok(crate::values::py_bool(yes))
}

/// `type.mro(cls)`: the method resolution order as a list.
pub fn type_mro(
    vm: &mut ThreadState,
    args: &[Value],
    _kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    match args {
        [cls] if is_class(vm, *cls) => {
            let order = mro(vm, *cls);
            crate::objects::sequence::new_list(vm, &order)
        }
        _ => Err(Error::new(
            "TypeError",
            "descriptor 'mro' of 'type' object needs an argument",
        )),
    }
}

/// `type.__subclasses__(cls)`: the classes made with `cls` among their bases that are still
/// alive, in the order they were made.
pub fn type_subclasses(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    if !kwargs.is_empty() {
        return Err(Error::new(
            "TypeError",
            "__subclasses__() takes no keyword arguments",
        ));
    }
    let [cls] = args else {
        return Err(Error::new(
            "TypeError",
            "descriptor '__subclasses__' of 'type' object needs an argument",
        ));
    };
    if !is_class(vm, *cls) {
        return Err(Error::new(
            "TypeError",
            format!(
                "descriptor '__subclasses__' for 'type' objects doesn't apply to a '{}' object",
                crate::values::type_name(vm, *cls)
            ),
        ));
    }
    let id = Class::id(vm.vmctx(), *cls) as u32;
    let refs = vm.tables().subclasses.get(&id).cloned().unwrap_or_default();
    let mut live = Vec::with_capacity(refs.len());
    let mut kept = Vec::with_capacity(refs.len());
    for w in refs {
        match vm.mutator_ref().weak_get(w) {
            Some(c) => {
                live.push(c);
                kept.push(w);
            }
            None => vm.mutator().release_weak(w),
        }
    }
    vm.tables().subclasses.insert(id, kept);
    // No allocation between reading the references and making the list.
    crate::objects::sequence::new_list(vm, &live)
}

/// Records that class `cls` was made with `bases` (for `__subclasses__`).
pub fn note_subclass(vm: &mut ThreadState, cls: Value, bases: &[Value]) {
    for &b in bases {
        if is_class(vm, b) {
            // One reference per base: each base's list releases its own.
            let w = vm.mutator().weak(cls);
            let id = Class::id(vm.vmctx(), b) as u32;
            vm.tables().subclasses.entry(id).or_default().push(w);
        }
    }
}

/// isinstance(obj, cls) for a Python class `cls`, without hooks.
pub fn plain_isinstance(vm: &ThreadState, obj: Value, cls: Value) -> bool {
    if !is_class(vm, cls) {
        return false;
    }
    if super::is_instance(vm, obj) {
        return is_subclass(vm, super::class_of(vm, obj), cls);
    }
    is_class(vm, obj) && class_is_instance(vm, obj, cls)
}

/// `isinstance(obj, cls)` / `issubclass(obj, cls)` through the metaclass's
/// `__instancecheck__` / `__subclasscheck__`, if `cls`'s metaclass defines one.
pub fn check_hook(
    vm: &mut ThreadState,
    cls: Value,
    obj: Value,
    name: &'static str,
) -> Result<Option<bool>, Error> {
    if !is_class(vm, cls) || meta(vm, cls) == NONE {
        return Ok(None);
    }
    vm.handle_scope(|vm| {
        let [hc, ho] = [cls, obj].map(|v| vm.mutator().root(v));
        let Some(f) = hook(vm, cls, name)? else {
            return Ok(None);
        };
        let args = [hc, ho].map(|h| vm.mutator().get(h));
        let r = vm.call(f, &args, &[])?;
        crate::values::is_true(vm, r).map(Some)
    })
}

/// `cls.name` when `cls`'s metaclass has a data descriptor for `name` (a property, or an
/// object whose class defines `__get__` and `__set__` or `__delete__`): it wins over the
/// class's own attributes.
pub fn meta_data_attr(
    vm: &mut ThreadState,
    cls: Value,
    name: Value,
) -> Result<Option<Value>, Error> {
    let m = vm.handle_scope(|vm| {
        let [hc, hn] = [cls, name].map(|v| vm.mutator().root(v));
        let m = class_type(vm, cls);
        (m, [hc, hn].map(|h| vm.mutator().get(h)))
    });
    let (m, [cls, name]) = (m.0?, m.1);
    let Some(attr) = lookup(vm, m, name)? else {
        return Ok(None);
    };
    if crate::objects::getset::entry(vm, attr).is_some() {
        return crate::objects::getset::get(vm, attr, cls).map(Some);
    }
    if super::descriptor_kind(vm, attr) == Some(super::PROPERTY) {
        let fget = crate::generated::layouts::Descriptor::first(vm.vmctx(), attr);
        return vm.call(fget, &[cls], &[]).map(Some);
    }
    if !super::is_instance(vm, attr) {
        return Ok(None);
    }
    vm.handle_scope(|vm| {
        let [hc, ha, hm] = [cls, attr, m].map(|v| vm.mutator().root(v));
        let data = crate::protocols::dunder::method(vm, attr, "__set__")?.is_some()
            || crate::protocols::dunder::method(vm, vm.mutator_ref().get(ha), "__delete__")?
                .is_some();
        let get = crate::protocols::dunder::method(vm, vm.mutator_ref().get(ha), "__get__")?;
        match get {
            Some(get) if data => {
                let args = [ha, hc, hm].map(|h| vm.mutator().get(h));
                vm.call(get, &args, &[]).map(Some)
            }
            _ => Ok(None),
        }
    })
}

/// `cls.name` found nowhere along `cls`'s MRO: the attribute of its metaclass (of `type` for
/// a plain class), bound to `cls` if it is a method.
pub fn meta_attr(vm: &mut ThreadState, cls: Value, name: Value) -> Result<Option<Value>, Error> {
    use super::{CLASS, PROPERTY, STATIC, descriptor_kind};
    use crate::generated::layouts::Descriptor;
    vm.handle_scope(|vm| {
        let [hc, hn] = [cls, name].map(|v| vm.mutator().root(v));
        let m = class_type(vm, cls)?;
        let hm = vm.mutator().root(m);
        let Some(attr) = lookup(vm, m, vm.mutator_ref().get(hn))? else {
            return Ok(None);
        };
        let cls = vm.mutator().get(hc);
        if crate::values::is_function(vm, attr)
            || crate::modules::builtins::is_method_descriptor(vm, attr)
        {
            return super::bind(vm, attr, cls).map(Some);
        }
        match descriptor_kind(vm, attr) {
            Some(STATIC) => return Ok(Some(super::static_value(vm, attr))),
            Some(CLASS) => {
                let f = Descriptor::first(vm.vmctx(), attr);
                return super::bind(vm, f, vm.mutator_ref().get(hm)).map(Some);
            }
            Some(PROPERTY) => {
                let fget = Descriptor::first(vm.vmctx(), attr);
                return vm.call(fget, &[cls], &[]).map(Some);
            }
            _ => {}
        }
        if super::is_instance(vm, attr) {
            let ha = vm.mutator().root(attr);
            if let Some(get) = crate::protocols::dunder::method(vm, attr, "__get__")? {
                let args = [ha, hc, hm].map(|h| vm.mutator().get(h));
                return vm.call(get, &args, &[]).map(Some);
            }
            return Ok(Some(vm.mutator().get(ha)));
        }
        Ok(Some(attr))
    })
}

/// `type.__setattr__(cls, name, value)`: the plain store into the class's namespace.
pub fn type_setattr(
    vm: &mut ThreadState,
    args: &[Value],
    _kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    match args {
        [cls, name, value] if is_class(vm, *cls) && str_value(vm, *name).is_some() => {
            super::store_attr(vm, *cls, *name, *value)?;
            Ok(NONE)
        }
        _ => Err(Error::new(
            "TypeError",
            "descriptor '__setattr__' requires a 'type' object, a str and a value",
        )),
    }
}

/// `type.__delattr__(cls, name)`: the plain removal from the class's namespace.
pub fn type_delattr(
    vm: &mut ThreadState,
    args: &[Value],
    _kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    match args {
        [cls, name] if is_class(vm, *cls) && str_value(vm, *name).is_some() => {
            crate::protocols::deletion::delete_attr_plain(vm, *cls, *name)?;
            Ok(NONE)
        }
        _ => Err(Error::new(
            "TypeError",
            "descriptor '__delattr__' requires a 'type' object and a str",
        )),
    }
}
