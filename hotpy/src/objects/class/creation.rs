//! Class creation: the `class` statement (`__module__`, the `__class__` cell, keywords and
//! `__init_subclass__`, `__new__` made a staticmethod), C3 linearization and class objects.
//!
//! Owns: making classes. Must not: look attributes up or make instances (`objects/class/mod.rs`).

use super::{
    CLASS, STATIC, class_name, descriptor_kind, is_class, lookup_from, mro, new_descriptor,
};
use crate::generated::layouts::Class;
use crate::values::{NONE, str_value};
use crate::vm::{Error, ThreadState};
use gvmt::rt::{Value, Vm};

/// The `class` statement (MAKE_CLASS): a class from its qualified name, tuple of bases
/// (empty: `object`), the dict of its keywords (None without) and the namespace the body
/// filled (what `__prepare__` made, or a dict: `namespace_names.rs`). A metaclass other than
/// `type` makes the class (`metaclasses.rs`).
pub fn make_class(
    vm: &mut ThreadState,
    name: Value,
    bases: Value,
    keywords: Value,
    namespace: Value,
) -> Result<Value, Error> {
    // Make sure `object` exists before reading the arguments (making it may collect).
    let [name, bases, keywords, namespace] = {
        let (made, values) = vm.handle_scope(|vm| {
            let handles = [name, bases, keywords, namespace].map(|v| vm.mutator().root(v));
            let made = crate::objects::exception::object_class(vm);
            (made, handles.map(|h| vm.mutator().get(h)))
        });
        made?;
        values
    };
    let [name, bases, keywords, namespace] = vm.handle_scope(|vm| {
        let handles = [name, bases, keywords, namespace].map(|v| vm.mutator().root(v));
        if let Some(resolved) = mro_entries(vm, bases)? {
            // PEP 560: the namespace keeps the bases as written.
            let hr = vm.mutator().root(resolved);
            let key = vm.name_str("__orig_bases__")?;
            let [bases, namespace] = [handles[1], handles[3]].map(|h| vm.mutator_ref().get(h));
            super::namespace_names::store(vm, namespace, key, bases)?;
            let resolved = vm.mutator_ref().get(hr);
            vm.mutator().set(handles[1], resolved);
        }
        Ok::<_, Error>(handles.map(|h| vm.mutator_ref().get(h)))
    })?;
    let qualname = str_value(vm, name).expect("class names are str constants");
    let explicit = super::metaclasses::keyword(vm, keywords, "metaclass");
    let class_keywords = super::metaclasses::keywords_without_metaclass(vm, keywords);
    let bases_list = crate::objects::sequence::items(vm, bases).unwrap_or_default();
    let meta = super::metaclasses::calculate(vm, explicit, &bases_list)?;
    vm.handle_scope(|vm| {
        let [hm, hb] = [meta, bases].map(|v| vm.mutator().root(v));
        let hkw: Vec<_> = class_keywords
            .iter()
            .map(|(_, v)| vm.mutator().root(*v))
            .collect();
        let class_keywords: Vec<(String, Value)> = class_keywords
            .iter()
            .zip(&hkw)
            .map(|((k, _), &h)| (k.clone(), vm.mutator().get(h)))
            .collect();
        let (meta, bases) = (vm.mutator().get(hm), vm.mutator().get(hb));
        if meta != NONE {
            return super::metaclasses::call_metaclass(
                vm,
                meta,
                &qualname,
                bases,
                namespace,
                &class_keywords,
            );
        }
        let short = super::metaclasses::short_name(&qualname).to_string();
        create(
            vm,
            &short,
            &qualname,
            bases,
            namespace,
            class_keywords,
            NONE,
        )
    })
}

/// PEP 560's `__mro_entries__`: each base that is not a class but has the method is replaced
/// by the classes it returns (given the bases as written). None when every base is a class.
fn mro_entries(vm: &mut ThreadState, bases: Value) -> Result<Option<Value>, Error> {
    let items = crate::objects::sequence::items(vm, bases).unwrap_or_default();
    if items.iter().all(|&b| is_class(vm, b)) {
        return Ok(None);
    }
    vm.handle_scope(|vm| {
        let hb = vm.mutator().root(bases);
        let hitems: Vec<_> = items.iter().map(|&b| vm.mutator().root(b)).collect();
        let mut out = Vec::with_capacity(hitems.len());
        for &h in &hitems {
            let base = vm.mutator_ref().get(h);
            if !is_class(vm, base) {
                let written = vm.mutator_ref().get(hb);
                if let Some(entries) =
                    crate::protocols::dunder::call(vm, base, "__mro_entries__", &[written])?
                {
                    if !crate::values::is_tuple(vm, entries) {
                        return Err(Error::new(
                            "TypeError",
                            "__mro_entries__ must return a tuple",
                        ));
                    }
                    let entries = crate::objects::sequence::items(vm, entries).unwrap_or_default();
                    out.extend(entries.iter().map(|&e| vm.mutator().root(e)));
                    continue;
                }
            }
            out.push(h);
        }
        let values: Vec<Value> = out.iter().map(|&h| vm.mutator_ref().get(h)).collect();
        crate::objects::sequence::new_tuple(vm, &values).map(Some)
    })
}

/// `type.__new__`'s work: a class named `name` (`qualname` in reprs) from a tuple of bases, a
/// namespace dict (which becomes the class's dict), the keywords for `__init_subclass__` and
/// its metaclass (None for `type`).
pub fn create(
    vm: &mut ThreadState,
    name: &str,
    qualname: &str,
    bases: Value,
    namespace: Value,
    class_keywords: Vec<(String, Value)>,
    meta: Value,
) -> Result<Value, Error> {
    let [bases, namespace, meta] = {
        let (made, values) = vm.handle_scope(|vm| {
            let handles = [bases, namespace, meta].map(|v| vm.mutator().root(v));
            let made = super::metaclasses::type_class(vm).and_then(|_| {
                // CPython's type.__new__: a class without a docstring has `__doc__` None.
                let key = vm.name_str("__doc__")?;
                let hk = vm.mutator().root(key);
                let namespace = vm.mutator().get(handles[1]);
                if crate::objects::dict::is_dict(vm, namespace)
                    && crate::objects::dict::get(vm, namespace, key)?.is_none()
                {
                    let (namespace, key) = (vm.mutator().get(handles[1]), vm.mutator().get(hk));
                    crate::objects::dict::set(vm, namespace, key, NONE)?;
                }
                Ok(())
            });
            (made, handles.map(|h| vm.mutator().get(h)))
        });
        made?;
        values
    };
    let mut bases_list = crate::objects::sequence::items(vm, bases).unwrap_or_default();
    // A builtin type among the bases: the class derives from it through a value each
    // instance carries (`builtin_subclasses.rs`).
    let mut builtin_base: Option<usize> = None;
    for base in &mut bases_list {
        if super::metaclasses::is_type(vm, *base) {
            // `class Meta(type)`.
            *base = super::metaclasses::type_class(vm)?;
            continue;
        }
        let t = super::builtin_types::builtin_type_id(vm, *base)
            .or_else(|| super::builtin_subclasses::builtin_base(vm, *base));
        let Some(t) = t else { continue };
        if !super::builtin_subclasses::SUBCLASSABLE.contains(&t) {
            let name = super::builtin_types::BUILTIN_TYPES[t].0;
            return Err(Error::new(
                "TypeError",
                format!("type '{name}' is not an acceptable base type"),
            ));
        }
        if builtin_base.is_some_and(|b| b != t) {
            return Err(Error::new(
                "TypeError",
                "multiple bases have instance lay-out conflict",
            ));
        }
        builtin_base = Some(t);
    }
    for &base in &bases_list {
        if !is_class(vm, base) {
            let kind = super::builtin_types::python_type_name(vm, base);
            return Err(Error::new(
                "TypeError",
                format!("bases must be types, not '{kind}'"),
            ));
        }
    }
    vm.handle_scope(|vm| {
        let hn = vm.mutator().root(namespace);
        let hmeta = vm.mutator().root(meta);
        let hkw: Vec<_> = class_keywords
            .iter()
            .map(|(_, v)| vm.mutator().root(*v))
            .collect();
        let hbases: Vec<_> = bases_list.iter().map(|&b| vm.mutator().root(b)).collect();
        // `__module__`: the defining module's name (qualifies the class in reprs and errors).
        let module_key = vm.name_str("__module__")?;
        let hk = vm.mutator().root(module_key);
        let module_name = vm.current_module_name();
        let module_name = crate::values::new_str(vm, &module_name)?;
        let (namespace, module_key) = (vm.mutator().get(hn), vm.mutator().get(hk));
        if crate::objects::dict::get(vm, namespace, module_key)?.is_none() {
            crate::objects::dict::set(vm, namespace, module_key, module_name)?;
        }
        // A `__qualname__` in the namespace (every class body sets one) names the class.
        let key = vm.name_str("__qualname__")?;
        let namespace = vm.mutator().get(hn);
        let assigned = crate::objects::dict::remove(vm, namespace, key)?;
        let qualname = match assigned {
            None => qualname.to_string(),
            Some(q) => crate::values::str_value(vm, q).ok_or_else(|| {
                Error::new(
                    "TypeError",
                    format!(
                        "type __qualname__ must be a str, not {}",
                        crate::values::type_name(vm, q)
                    ),
                )
            })?,
        };
        let key = vm.name_str("__classcell__")?;
        let namespace = vm.mutator().get(hn);
        let cell = crate::objects::dict::remove(vm, namespace, key)?.unwrap_or(NONE);
        let hcell = vm.mutator().root(cell);
        let mut bases: Vec<Value> = hbases.iter().map(|&h| vm.mutator().get(h)).collect();
        if bases.is_empty() {
            bases.push(crate::objects::exception::object_class(vm)?);
        }
        let hbases_now: Vec<_> = bases.iter().map(|&b| vm.mutator().root(b)).collect();
        implicit_descriptors(vm, hn)?;
        let bases: Vec<Value> = hbases_now.iter().map(|&h| vm.mutator().get(h)).collect();
        let namespace = vm.mutator().get(hn);
        let slots = crate::protocols::descriptors::slot_names(vm, namespace, name)?;
        for slot in slots.iter().flatten() {
            let key = crate::values::new_str(vm, slot)?;
            let namespace = vm.mutator().get(hn);
            if crate::objects::dict::get(vm, namespace, key)?.is_some() {
                return Err(Error::new(
                    "ValueError",
                    format!("'{slot}' in __slots__ conflicts with class variable"),
                ));
            }
        }
        let object = crate::objects::exception::object_class(vm)?;
        let slotted_bases = bases.iter().all(|&b| {
            b == object
                || crate::protocols::descriptors::flags(vm, b)
                    & crate::protocols::descriptors::NO_DICT
                    != 0
        });
        let bases: Vec<Value> = hbases_now.iter().map(|&h| vm.mutator().get(h)).collect();
        let namespace = vm.mutator().get(hn);
        let cls = new_class(vm, name, &bases, namespace)?;
        Class::set_meta(vm.vmctx(), cls, vm.mutator_ref().get(hmeta));
        if slotted_bases
            && slots
                .as_ref()
                .is_some_and(|s| !s.iter().any(|n| n == "__dict__"))
        {
            crate::protocols::descriptors::set_flag(
                vm,
                cls,
                crate::protocols::descriptors::NO_DICT,
            );
        }
        let hc = vm.mutator().root(cls);
        for slot in slots.iter().flatten() {
            if slot == "__dict__" || slot == "__weakref__" {
                continue;
            }
            // The slot's member descriptor (`C.x`, `vars(C)['x']`).
            let key = crate::values::new_str(vm, slot)?;
            let hk = vm.mutator().root(key);
            let member = super::new_descriptor(vm, super::MEMBER, key, vm.mutator_ref().get(hc))?;
            let (cls, key) = (vm.mutator().get(hc), vm.mutator().get(hk));
            crate::objects::dict::set(vm, Class::dict(vm.vmctx(), cls), key, member)?;
        }
        let cls = vm.mutator().get(hc);
        vm.set_class_qualname(Class::id(vm.vmctx(), cls) as usize, &qualname);
        if let Some(t) = builtin_base {
            super::builtin_subclasses::record(vm, cls, t);
        }
        let cell = vm.mutator().get(hcell);
        if cell != NONE {
            // The `__class__` cell the methods that call `super()` share.
            crate::generated::layouts::Cell::set_value(vm.vmctx(), cell, cls);
        }
        let hc = vm.mutator().root(cls);
        crate::protocols::descriptors::set_names(vm, cls)?;
        let cls = vm.mutator().get(hc);
        let keywords: Vec<(String, Value)> = class_keywords
            .iter()
            .zip(&hkw)
            .map(|((k, _), &h)| (k.clone(), vm.mutator().get(h)))
            .collect();
        init_subclass(vm, cls, &keywords)?;
        Ok(vm.mutator().get(hc))
    })
}

/// As in CPython, a class body's `__new__` is a staticmethod and its `__init_subclass__` and
/// `__class_getitem__` are classmethods without being declared so, and `__eq__` without
/// `__hash__` sets `__hash__` to None.
fn implicit_descriptors(vm: &mut ThreadState, namespace: gvmt::gc::Handle) -> Result<(), Error> {
    for (name, kind) in [
        ("__new__", STATIC),
        ("__init_subclass__", CLASS),
        ("__class_getitem__", CLASS),
    ] {
        let key = vm.name_str(name)?;
        let dict = vm.mutator().get(namespace);
        let Some(f) = crate::objects::dict::get(vm, dict, key)? else {
            continue;
        };
        if crate::values::is_function(vm, f) {
            let wrapped = new_descriptor(vm, kind, f, NONE)?;
            let key = vm.name_str(name)?;
            let dict = vm.mutator().get(namespace);
            crate::objects::dict::set(vm, dict, key, wrapped)?;
        }
    }
    // A class that defines `__eq__` but not `__hash__` is unhashable.
    let (eq, hash) = (vm.name_str("__eq__")?, vm.name_str("__hash__")?);
    let hh = vm.mutator().root(hash);
    let dict = vm.mutator().get(namespace);
    let defines_eq = crate::objects::dict::get(vm, dict, eq)?.is_some();
    let (dict, hash) = (vm.mutator().get(namespace), vm.mutator().get(hh));
    if defines_eq && crate::objects::dict::get(vm, dict, hash)?.is_none() {
        crate::objects::dict::set(vm, dict, hash, NONE)?;
    }
    Ok(())
}

/// `super(cls, cls).__init_subclass__(**keywords)`: the hook of the nearest base that has
/// one (`object`'s takes no keywords).
fn init_subclass(
    vm: &mut ThreadState,
    cls: Value,
    keywords: &[(String, Value)],
) -> Result<(), Error> {
    let key = vm.name_str("__init_subclass__")?;
    let found = lookup_from(vm, cls, key, 1)?;
    match found {
        Some(d) if descriptor_kind(vm, d) == Some(CLASS) => {
            let f = crate::generated::layouts::Descriptor::first(vm.vmctx(), d);
            vm.call(f, &[cls], keywords).map(|_| ())
        }
        Some(f) if crate::values::is_function(vm, f) => vm.call(f, &[cls], keywords).map(|_| ()),
        _ if !keywords.is_empty() => Err(Error::new(
            "TypeError",
            format!(
                "{}.__init_subclass__() takes no keyword arguments",
                super::class_name(vm, cls)
            ),
        )),
        _ => Ok(()),
    }
}

/// CPython's C3 linearization of `bases` (the new class's MRO without itself).
fn linearize(vm: &ThreadState, bases: &[Value]) -> Result<Vec<Value>, Error> {
    let mut seqs: Vec<Vec<Value>> = bases.iter().map(|&b| mro(vm, b)).collect();
    seqs.push(bases.to_vec());
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let candidate = seqs
            .iter()
            .map(|s| s[0])
            .find(|c| !seqs.iter().any(|s| s[1..].contains(c)));
        let Some(c) = candidate else {
            let names: Vec<&str> = bases.iter().map(|&b| class_name(vm, b)).collect();
            return Err(Error::new(
                "TypeError",
                format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                ),
            ));
        };
        out.push(c);
        for s in &mut seqs {
            if s[0] == c {
                s.remove(0);
            }
        }
    }
}

/// A new class object with `bases` (at least one; `object` has none).
pub fn new_class(
    vm: &mut ThreadState,
    name: &str,
    bases: &[Value],
    namespace: Value,
) -> Result<Value, Error> {
    let linear = linearize(vm, bases)?;
    // A class has a name, an id and a place in its bases' `__subclasses__` in the
    // interpreter's tables, outside the heap: under STM its creation is not rolled back.
    vm.irreversible()?;
    let id = vm.register_class(name.to_string());
    vm.handle_scope(|vm| {
        let hn = vm.mutator().root(namespace);
        let hbs: Vec<_> = bases.iter().map(|&v| vm.mutator().root(v)).collect();
        let hl: Vec<_> = linear.iter().map(|&v| vm.mutator().root(v)).collect();
        let flags = crate::protocols::descriptors::initial_flags(vm, &hbs, hn)?;
        let bases: Vec<Value> = hbs.iter().map(|&h| vm.mutator().get(h)).collect();
        let bases_tuple = crate::objects::sequence::new_tuple(vm, &bases)?;
        let hb = vm.mutator().root(bases_tuple);
        let slots = crate::protocols::slots::new_slots(vm)?;
        let hs = vm.mutator().root(slots);
        let cls = vm.alloc(Class::ID, Class::FIXED_SIZE)?;
        let ctx = vm.vmctx();
        Class::set_id(ctx, cls, id as i64);
        Class::set_mro(ctx, cls, NONE);
        Class::set_bases(ctx, cls, NONE);
        Class::set_base(ctx, cls, NONE);
        Class::set_meta(ctx, cls, NONE);
        Class::set_slots(ctx, cls, vm.mutator_ref().get(hs));
        Class::set_flags(ctx, cls, flags);
        let hc = vm.mutator().root(cls);
        let mut order = vec![cls];
        order.extend(hl.iter().map(|&h| vm.mutator().get(h)));
        let mro_tuple = crate::objects::sequence::new_tuple(vm, &order)?;
        let (cls, namespace, bases_tuple) = (
            vm.mutator().get(hc),
            vm.mutator().get(hn),
            vm.mutator().get(hb),
        );
        let first = hbs.first().map_or(NONE, |&h| vm.mutator_ref().get(h));
        let ctx = vm.vmctx();
        Class::set_dict(ctx, cls, namespace);
        Class::set_base(ctx, cls, first);
        Class::set_bases(ctx, cls, bases_tuple);
        Class::set_mro(ctx, cls, mro_tuple);
        let bases: Vec<Value> = hbs.iter().map(|&h| vm.mutator().get(h)).collect();
        super::metaclasses::note_subclass(vm, cls, &bases);
        Ok(cls)
    })
}
