//! Inline caches of attribute sites: each LOAD_ATTR, STORE_ATTR and LOAD_METHOD instruction
//! carries a site number (given by the compiler, [`new_site`]), and each thread keeps what
//! the last instance seen there needed, keyed by the instance's class and shape (CPython's
//! LOAD_ATTR_INSTANCE_VALUE, LOAD_ATTR_METHOD and STORE_ATTR_INSTANCE_VALUE, keyed by ZipPy's
//! shapes instead of dict keys):
//!
//! - a load found the attribute in slot `i` of the instance: the next load is one read;
//! - a load or LOAD_METHOD found a plain function of the class (not shadowed by the
//!   instance): LOAD_METHOD gives it without a lookup, a load binds it;
//! - a load found plain data on the class (a number, a str, a tuple): the next load gives it;
//! - a store went to slot `i`, keeping the shape or moving it to the next: the next store
//!   writes the slot (and the shape).
//!
//! An entry holds while the instance has the same class and shape and no class namespace
//! has changed since (the interpreter's class version, as in `lookup_cache.rs`); entries
//! holding a heap value hold only until the next collection (the heap's epoch). Anything
//! else (exceptions, builtin values, classes with `__getattribute__` or `__setattr__`, data
//! descriptors, dict-mode instances, names the instance lacks) takes the general path.
//!
//! Owns: the site caches. Must not: decide what an attribute is (that stays with
//! `objects/class/mod.rs` and `storage.rs`; this module only remembers their answers for the cases
//! whose answer depends on nothing but class, shape and class version).

use crate::generated::layouts::{
    Bytes, Class, Descriptor, Float, Function, Instance, Module, Str, Tuple,
};
use crate::objects::class;
use crate::objects::class::storage::{self, DICT_MODE};
use crate::values::{UNBOUND, layout_of};
use crate::vm::{Error, ThreadState};
use gvmt::rt::{Value, Vm};
use std::sync::atomic::{AtomicU64, Ordering};

/// Entries per thread (sites share an entry when their numbers agree in the low bits).
const ENTRIES: usize = 4096;

/// The site number of an instruction that must not be cached (all numbers were used).
pub const NO_SITE: i64 = -1;

static NEXT_SITE: AtomicU64 = AtomicU64::new(0);

/// A new site number for an attribute instruction (an `i32` operand in the spec).
pub fn new_site() -> i64 {
    let site = NEXT_SITE.fetch_add(1, Ordering::Relaxed);
    if site < i32::MAX as u64 {
        site as i64
    } else {
        NO_SITE
    }
}

#[derive(Clone, Copy)]
enum Kind {
    /// The attribute is in this slot of the instance.
    Slot(usize),
    /// A plain function of the class (valid for one heap epoch).
    Method(Value),
    /// A class attribute that is plain data (valid for one heap epoch).
    ClassValue(Value),
    /// A store to this slot, leaving the instance with shape `next`.
    Store { slot: usize, next: i64 },
    /// A module's global in this slot (`modules/globals.rs`); valid while bound.
    Global(usize),
    /// Nothing to remember: the general path (so that a miss need not look again).
    General,
}

#[derive(Clone, Copy)]
struct Entry {
    site: i64,
    class_id: i64,
    shape: i64,
    version: u64,
    epoch: u64,
    kind: Kind,
}

/// One thread's site caches.
pub struct SiteCache {
    entries: Vec<Entry>,
}

impl Default for SiteCache {
    fn default() -> SiteCache {
        let empty = Entry {
            site: i64::MIN,
            class_id: -1,
            shape: DICT_MODE,
            version: 0,
            epoch: 0,
            kind: Kind::Slot(0),
        };
        SiteCache {
            entries: vec![empty; ENTRIES],
        }
    }
}

fn index(site: i64) -> usize {
    site as usize & (ENTRIES - 1)
}

/// What site `site` remembers for the object with this key (a class, module or builtin
/// type id) and shape (an instance's, or one of the tags of the other kinds of objects), if
/// it still holds: same class version, and same heap epoch for an entry holding a value.
#[inline]
fn probe(vm: &ThreadState, site: i64, key: i64, shape: i64) -> Option<Kind> {
    let e = &vm.sites.entries[index(site)];
    if e.site != site || e.class_id != key || e.shape != shape || e.version != vm.class_version() {
        return None;
    }
    match e.kind {
        Kind::Method(_) | Kind::ClassValue(_) if e.epoch != vm.mutator_ref().heap().epoch() => None,
        kind => Some(kind),
    }
}

/// What site `site` remembers for instance `obj`, if it still holds.
#[inline]
fn hit(vm: &ThreadState, site: i64, obj: Value) -> Option<Kind> {
    let ctx = vm.vmctx();
    let class_id = Class::id(ctx, Instance::class(ctx, obj));
    probe(vm, site, class_id, Instance::shape(ctx, obj))
}

fn record(vm: &mut ThreadState, site: i64, class_id: i64, shape: i64, kind: Kind) {
    let version = vm.class_version();
    let epoch = vm.mutator_ref().heap().epoch();
    vm.sites.entries[index(site)] = Entry {
        site,
        class_id,
        shape,
        version,
        epoch,
        kind,
    };
}

/// True for a class attribute that an instance attribute of the same name hides: anything
/// but a property or an instance of a Python class (which may define `__set__`). A slot's
/// member descriptor counts as hidden: the slot's value is the instance's own attribute.
fn hidden_by_instance(vm: &ThreadState, attr: Value) -> bool {
    match layout_of(vm, attr) {
        // Properties and builtin data attributes (`getset.rs`) are data descriptors.
        Some(Descriptor::ID) => !matches!(
            class::descriptor_kind(vm, attr),
            Some(class::PROPERTY | crate::objects::getset::NATIVE)
        ),
        _ => !class::is_instance(vm, attr),
    }
}

/// True for a class attribute that `instance.name` gives as it is (no descriptor protocol).
fn plain_data(vm: &ThreadState, attr: Value) -> bool {
    match layout_of(vm, attr) {
        None => true,
        Some(l) => [Str::ID, Float::ID, Tuple::ID, Bytes::ID].contains(&l),
    }
}

/// What a load of `name` from instance `obj` found, when the answer depends only on the
/// class, the shape and the class version (None otherwise). Does not collect.
fn classify_load(vm: &mut ThreadState, obj: Value, name: Value) -> Result<Option<Kind>, Error> {
    let cls = class::class_of(vm, obj);
    let shape = Instance::shape(vm.vmctx(), obj);
    if shape == DICT_MODE
        || crate::protocols::descriptors::has_getattribute(vm, cls)
        || crate::values::str_is(vm, name, "__class__")
        || crate::values::str_is(vm, name, "__dict__")
    {
        return Ok(None);
    }
    let class_attr = class::lookup(vm, cls, name)?;
    let own = storage::find_slot(vm, shape, name);
    Ok(match (own, class_attr) {
        (Some(i), None) => Some(Kind::Slot(i)),
        (Some(i), Some(a)) if hidden_by_instance(vm, a) => Some(Kind::Slot(i)),
        (None, Some(f)) if crate::protocols::method_lookup::binds_plainly(vm, f) => {
            Some(Kind::Method(f))
        }
        (None, Some(v)) if plain_data(vm, v) => Some(Kind::ClassValue(v)),
        _ => None,
    })
}

/// Remembers at `site` what loading `name` from instance `obj` finds, if it can be.
fn fill_load(vm: &mut ThreadState, site: i64, obj: Value, name: Value) -> Result<(), Error> {
    if site == NO_SITE {
        return Ok(());
    }
    let kind = classify_load(vm, obj, name)?.unwrap_or(Kind::General);
    let ctx = vm.vmctx();
    let class_id = Class::id(ctx, Instance::class(ctx, obj));
    let shape = Instance::shape(ctx, obj);
    record(vm, site, class_id, shape, kind);
    Ok(())
}

/// LOAD_ATTR's extern: `object.name` (`name` a str constant) at site `site`.
pub fn load_attr(
    vm: &mut ThreadState,
    object: Value,
    name: Value,
    site: i64,
) -> Result<Value, Error> {
    match layout_of(vm, object) {
        Some(Instance::ID) => match hit(vm, site, object) {
            Some(Kind::Slot(i)) => return Ok(storage::slot(vm, object, i)),
            Some(Kind::Method(f)) => return class::bind(vm, f, object),
            Some(Kind::ClassValue(v)) => return Ok(v),
            Some(Kind::Store { .. } | Kind::Global(_) | Kind::General) => {}
            None => fill_load(vm, site, object, name)?,
        },
        Some(Module::ID) => return module_attr(vm, object, name, site),
        Some(Class::ID) => return class_attr(vm, object, name, site),
        _ => {}
    }
    crate::protocols::attributes::get_attr(vm, object, name)
}

/// The shape of the entries for attributes of class objects (keyed by class id).
const CLASS_ATTR: i64 = -4;

/// `cls.name` at site `site`: plain data or a function in the class's MRO, remembered by
/// class id (for one class version and heap epoch).
fn class_attr(vm: &mut ThreadState, cls: Value, name: Value, site: i64) -> Result<Value, Error> {
    let id = Class::id(vm.vmctx(), cls);
    match probe(vm, site, id, CLASS_ATTR) {
        Some(Kind::ClassValue(v)) => return Ok(v),
        Some(Kind::General) => return crate::protocols::attributes::get_attr(vm, cls, name),
        _ => {}
    }
    if site != NO_SITE {
        let (kind, cls, name) = vm.handle_scope(|vm| {
            let (hc, hn) = (vm.mutator().root(cls), vm.mutator().root(name));
            let kind = classify_class_load(vm, cls, name);
            (kind, vm.mutator().get(hc), vm.mutator().get(hn))
        });
        let kind = kind?.unwrap_or(Kind::General);
        // Recorded after the lookups, which may have collected: a value is current now.
        record(vm, site, id, CLASS_ATTR, kind);
        return crate::protocols::attributes::get_attr(vm, cls, name);
    }
    crate::protocols::attributes::get_attr(vm, cls, name)
}

/// What `cls.name` gives when it depends only on the class version: a value found along
/// the class's MRO that is plain data, a function or an instance without `__get__`, for a
/// name the metaclass (or `type`) does not have. Special names (`__name__`, `__dict__`,
/// ...) are left to the general path. May collect (the values are read again after).
fn classify_class_load(
    vm: &mut ThreadState,
    cls: Value,
    name: Value,
) -> Result<Option<Kind>, Error> {
    let dunder = crate::values::str_value(vm, name).is_none_or(|n| n.starts_with("__"));
    if dunder {
        return Ok(None);
    }
    vm.handle_scope(|vm| {
        let (hc, hn) = (vm.mutator().root(cls), vm.mutator().root(name));
        let meta = crate::objects::class::metaclasses::class_type(vm, cls)?;
        if crate::protocols::descriptors::has_getattribute(vm, meta)
            || class::lookup(vm, meta, vm.mutator_ref().get(hn))?.is_some()
        {
            return Ok(None);
        }
        let (cls, name) = (vm.mutator().get(hc), vm.mutator().get(hn));
        let Some(v) = class::lookup(vm, cls, name)? else {
            return Ok(None);
        };
        let plain = plain_data(vm, v)
            || layout_of(vm, v) == Some(Function::ID)
            || layout_of(vm, v) == Some(Instance::ID)
                && crate::protocols::dunder::method(vm, v, "__get__")?.is_none();
        // Read the value again: the `__get__` lookup may have collected.
        let (cls, name) = (vm.mutator().get(hc), vm.mutator().get(hn));
        Ok(if plain {
            class::lookup(vm, cls, name)?.map(Kind::ClassValue)
        } else {
            None
        })
    })
}

/// The shape of the entries for module attributes (keyed by module id).
const MODULE_ATTR: i64 = -3;

/// `module.name` at site `site`: the module's global slot, remembered by module id.
fn module_attr(
    vm: &mut ThreadState,
    module: Value,
    name: Value,
    site: i64,
) -> Result<Value, Error> {
    let m = Module::id(vm.vmctx(), module);
    if let Some(Kind::Global(i)) = probe(vm, site, m, MODULE_ATTR) {
        let v = vm.global_at(m as usize, i);
        if v != UNBOUND {
            return Ok(v);
        }
    } else if site != NO_SITE
        && let Some(text) = crate::values::str_value(vm, name)
        && let Some(i) = vm.module_global_slot(m as usize, &text)
    {
        record(vm, site, m, MODULE_ATTR, Kind::Global(i));
    }
    crate::protocols::attributes::get_attr(vm, module, name)
}

/// LOAD_METHOD's lookup at site `site`: the plain method `object.name` would bind `object`
/// to, or UNBOUND (see [`crate::protocols::method_lookup::find_method`]).
pub fn find_method(
    vm: &mut ThreadState,
    object: Value,
    name: Value,
    site: i64,
) -> Result<Value, Error> {
    if layout_of(vm, object) == Some(Instance::ID) {
        match hit(vm, site, object) {
            Some(Kind::Method(f)) => return Ok(f),
            Some(_) => return Ok(UNBOUND),
            None => fill_load(vm, site, object, name)?,
        }
    } else if let Some(t) = crate::protocols::method_lookup::plain_builtin_type(vm, object) {
        // A builtin value: the entry is keyed by its type (and a shape no instance has).
        let t = t as i64;
        if let Some(kind) = probe(vm, site, t, BUILTIN_VALUE) {
            return Ok(match kind {
                Kind::Method(f) => f,
                _ => UNBOUND,
            });
        }
        let f = crate::protocols::method_lookup::find_method(vm, object, name)?;
        if site != NO_SITE {
            let kind = if f == UNBOUND {
                Kind::General
            } else {
                Kind::Method(f)
            };
            record(vm, site, t, BUILTIN_VALUE, kind);
        }
        return Ok(f);
    }
    crate::protocols::method_lookup::find_method(vm, object, name)
}

/// The shape of [`find_method`]'s entries for builtin values (keyed by type index).
const BUILTIN_VALUE: i64 = -2;

/// STORE_ATTR's extern: `object.name = v` at site `site`.
pub fn store_attr(
    vm: &mut ThreadState,
    object: Value,
    name: Value,
    v: Value,
    site: i64,
) -> Result<(), Error> {
    if layout_of(vm, object) != Some(Instance::ID) || site == NO_SITE {
        return class::set_attr(vm, object, name, v);
    }
    let cached = hit(vm, site, object);
    if let Some(Kind::Store { slot, next }) = cached {
        // With no other thread writing objects, nothing can move the instance between the
        // probe and the store.
        let racing = vm.locking();
        let stored = vm.with_write_lock(object, [v], |vm, object, [v]| {
            let ctx = vm.vmctx();
            let shape = Instance::shape(ctx, object);
            if next == shape {
                storage::overwrite_slot(vm, object, slot, v);
                return true;
            }
            // Still the shape the entry moves from (another thread may have moved it).
            let from_here = !racing
                || matches!(
                    hit(vm, site, object),
                    Some(Kind::Store { slot: s, next: n }) if s == slot && n == next
                );
            if slot < Instance::inline(ctx, object) as usize && from_here {
                // The value before the shape that has it (readers take no lock).
                storage::store_slot(vm, object, slot, v);
                std::sync::atomic::fence(std::sync::atomic::Ordering::Release);
                Instance::set_shape(vm.vmctx(), object, next);
                return true;
            }
            false
        });
        if stored {
            return Ok(());
        }
    }
    if let Some(Kind::General) = cached {
        return class::set_attr(vm, object, name, v);
    }
    let ctx = vm.vmctx();
    let cls = class::class_of(vm, object);
    let (class_id, before) = (Class::id(ctx, cls), Instance::shape(ctx, object));
    let cacheable = before != DICT_MODE
        && !crate::protocols::descriptors::may_have_setattr(vm, cls)
        && class::lookup(vm, cls, name)?.is_none_or(|a| hidden_by_instance(vm, a));
    if !cacheable {
        record(vm, site, class_id, before, Kind::General);
        return class::set_attr(vm, object, name, v);
    }
    vm.handle_scope(|vm| {
        let (ho, hn) = (vm.mutator().root(object), vm.mutator().root(name));
        class::set_attr(vm, object, name, v)?;
        let (object, name) = (vm.mutator().get(ho), vm.mutator().get(hn));
        let after = Instance::shape(vm.vmctx(), object);
        if after != DICT_MODE
            && let Some(slot) = storage::find_slot(vm, after, name)
        {
            record(
                vm,
                site,
                class_id,
                before,
                Kind::Store { slot, next: after },
            );
        }
        Ok(())
    })
}
