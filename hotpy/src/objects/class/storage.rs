//! ZipPy's flexible object storage (`../shared/seeds/004_*`): the attributes of an instance
//! of a Python class live in slots of the instance, not in a dict per instance.
//!
//! A *shape* (hidden class) is the ordered list of attribute names an instance has been
//! given; it maps each name to a slot number. Instances that get the same attributes in the
//! same order share a shape, found by following the transitions of the shape tree from the
//! empty shape. The first `inline` slots are part of the instance; the rest spill into an
//! `Array`. As in ZipPy, each class remembers how many attributes its instances reached and
//! allocates new instances with that many inline slots, so a class whose `__init__` sets five
//! attributes soon makes instances that hold all five in place. Slots hold gvmt values, so
//! small ints and bools are stored unboxed.
//!
//! An instance leaves shapes for *dict mode* when it must behave like a dict: its `__dict__`
//! is taken (CPython's `__dict__` is live, so the dict becomes the storage), an attribute is
//! deleted, or its shape would grow past [`MAX_SHAPE_LEN`]. In dict mode `spill` is the
//! attribute dict.
//!
//! Owns: the shape table, instance allocation and attribute slots. Must not: interpret class
//! attributes (descriptors and the MRO are `objects/class/mod.rs`'s) or hold heap values (shapes keep
//! names as text, so the collector never needs to know about them).
//!
//! The shape table is the interpreter's, shared by its threads under a read-write lock:
//! lookups read-lock it, a new transition write-locks it (re-checking for one made by
//! another thread meanwhile).

use crate::generated::layouts::{Array, Class, Instance, Str};
use crate::values::{NONE, str_hash};
use crate::vm::{Error, ThreadState};
use gvmt::rt::{Value, Vm};
use std::sync::Arc;

/// A thread's cache of slot positions: (shape, name) to the slot index, without the shape
/// table's lock. Shapes never change once made, so an entry stays true; the entry keeps the
/// key it matched, and a hit compares the name with it (hash, length and words).
pub struct SlotCache {
    entries: Vec<Option<(i64, Arc<Key>, usize)>>,
}

const SLOT_CACHE_SIZE: usize = 512;

impl Default for SlotCache {
    fn default() -> SlotCache {
        SlotCache {
            entries: vec![None; SLOT_CACHE_SIZE],
        }
    }
}

impl SlotCache {
    fn at(shape: i64, hash: i64) -> usize {
        ((shape as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ hash as u64) as usize
            & (SLOT_CACHE_SIZE - 1)
    }
}

/// The slot of `name` in `shape` (None if the shape has no such attribute).
pub(crate) fn find_slot(vm: &mut ThreadState, shape: i64, name: Value) -> Option<usize> {
    let hash = str_hash(vm, name)?;
    let at = SlotCache::at(shape, hash);
    if let Some((s, key, i)) = &vm.slot_cache.entries[at]
        && *s == shape
        && key.matches(vm, name, hash)
    {
        return Some(*i);
    }
    let found = {
        let shapes = vm.shapes();
        let keys = &shapes.shapes[shape as usize].keys;
        keys.iter()
            .position(|k| k.matches(vm, name, hash))
            .map(|i| (i, keys[i].clone()))
    };
    let (i, key) = found?;
    vm.slot_cache.entries[at] = Some((shape, key, i));
    Some(i)
}

/// `Instance::shape` of an instance whose attributes are in a dict (`spill`).
pub(crate) const DICT_MODE: i64 = -1;
/// Shapes longer than this are not made: such an instance goes to dict mode (objects used as
/// namespaces with many computed names would otherwise make a shape per name).
pub const MAX_SHAPE_LEN: usize = 64;
/// The most inline slots a class's new instances get.
const MAX_INLINE: usize = 16;
/// Inline slots of a class's first instances.
const FIRST_INLINE: usize = 4;
/// Beyond this many shapes new transitions are refused (instances go to dict mode).
const MAX_SHAPES: usize = 1 << 16;

/// An attribute name, kept as the words of its str object for in-place comparison (no heap
/// reference, so nothing for the collector to trace or move).
pub struct Key {
    hash: i64,
    nbytes: i64,
    words: Box<[i64]>,
    pub text: Box<str>,
}

impl Key {
    /// The key of str `name` (None if it is not a str).
    pub fn of(vm: &mut ThreadState, name: Value) -> Option<Key> {
        let text = crate::values::str_value(vm, name)?;
        let ctx = vm.vmctx();
        // The words of the text (a str `+=` made may have more).
        let words = (0..(Str::nbytes(ctx, name) as usize).div_ceil(8))
            .map(|i| Str::data(ctx, name, i))
            .collect();
        Some(Key {
            hash: str_hash(vm, name)?,
            nbytes: Str::nbytes(vm.vmctx(), name),
            words,
            text: text.into_boxed_str(),
        })
    }

    /// True if this is the key of `name`, whose hash is `hash` (the caller computed it once).
    pub fn matches(&self, vm: &ThreadState, name: Value, hash: i64) -> bool {
        let ctx = vm.vmctx();
        self.hash == hash
            && self.nbytes == Str::nbytes(ctx, name)
            && self
                .words
                .iter()
                .enumerate()
                .all(|(i, &w)| Str::data(ctx, name, i) == w)
    }
}

struct Shape {
    keys: Vec<Arc<Key>>,
    /// The shapes made by adding one name (few per shape: a linear search is fastest).
    transitions: Vec<(Arc<Key>, u32)>,
}

/// The shape tree (shape 0 is the empty shape) and each class's inline-slot count.
pub struct Shapes {
    shapes: Vec<Shape>,
    inline_hint: Vec<u8>,
}

impl Default for Shapes {
    fn default() -> Shapes {
        Shapes {
            shapes: vec![Shape {
                keys: vec![],
                transitions: vec![],
            }],
            inline_hint: vec![],
        }
    }
}

impl Shapes {
    fn hint(&self, class_id: usize) -> usize {
        match self.inline_hint.get(class_id) {
            Some(&n) => n as usize,
            None => FIRST_INLINE,
        }
    }

    /// True when [`Shapes::note_size`] would change nothing (checked under the read lock, so
    /// that the write lock is taken only when a class's instances grow).
    fn size_noted(&self, class_id: usize, len: usize) -> bool {
        let hint = self
            .inline_hint
            .get(class_id)
            .map_or(FIRST_INLINE, |&h| h as usize);
        hint >= len.min(MAX_INLINE)
    }

    fn note_size(&mut self, class_id: usize, len: usize) {
        if self.inline_hint.len() <= class_id {
            self.inline_hint.resize(class_id + 1, FIRST_INLINE as u8);
        }
        let hint = &mut self.inline_hint[class_id];
        *hint = (*hint).max(len.min(MAX_INLINE) as u8);
    }

    /// Number of shapes made so far (for tests and statistics).
    pub fn count(&self) -> usize {
        self.shapes.len()
    }
}

/// The shape `shape` becomes by adding str `name`, if shapes may still grow.
fn transition(vm: &mut ThreadState, shape: i64, name: Value) -> Option<i64> {
    let hash = str_hash(vm, name)?;
    {
        let shapes = vm.shapes();
        let from = &shapes.shapes[shape as usize];
        if let Some((_, next)) = from
            .transitions
            .iter()
            .find(|(k, _)| k.matches(vm, name, hash))
        {
            return Some(*next as i64);
        }
        if from.keys.len() >= MAX_SHAPE_LEN || shapes.shapes.len() >= MAX_SHAPES {
            return None;
        }
    }
    let key = Arc::new(Key::of(vm, name)?);
    let mut shapes = vm.interp.shapes.write().unwrap_or_else(|p| p.into_inner());
    // Another thread may have made the transition since the read lock was let go.
    if let Some((_, next)) = shapes.shapes[shape as usize]
        .transitions
        .iter()
        .find(|(k, _)| k.matches(vm, name, hash))
    {
        return Some(*next as i64);
    }
    let mut keys = shapes.shapes[shape as usize].keys.clone();
    keys.push(key.clone());
    let next = shapes.shapes.len() as u32;
    shapes.shapes.push(Shape {
        keys,
        transitions: vec![],
    });
    shapes.shapes[shape as usize].transitions.push((key, next));
    Some(next as i64)
}

/// A new instance of class `cls` with no attributes.
pub fn new_instance(vm: &mut ThreadState, cls: Value) -> Result<Value, Error> {
    let inline = vm.shapes().hint(Class::id(vm.vmctx(), cls) as usize);
    let (obj, kept) = vm.alloc_with(Instance::ID, Instance::size_for(inline), [cls])?;
    let ctx = vm.vmctx();
    Instance::set_class(ctx, obj, kept[0]);
    Instance::set_shape(ctx, obj, 0);
    Instance::set_spill(ctx, obj, NONE);
    Instance::set_builtin(ctx, obj, NONE);
    Instance::set_inline(ctx, obj, inline as i64);
    Instance::fill_slots(ctx, obj, NONE);
    if crate::protocols::descriptors::flags(vm, kept[0]) & crate::protocols::descriptors::FINALIZER
        != 0
    {
        vm.register_finalizer(obj);
        vm.watch_making_frame();
    }
    Ok(obj)
}

/// Slot `i` of an instance whose shape the caller read. A writer on another thread
/// (`--sync=locks`: readers take no lock) publishes a longer spill array and the value
/// before the shape that has the slot, so a reader that saw the shape finds them; a reader
/// racing a switch to dict mode may find no array, and answers NONE rather than read
/// another object.
pub(crate) fn slot(vm: &ThreadState, obj: Value, i: usize) -> Value {
    let ctx = vm.vmctx();
    std::sync::atomic::fence(std::sync::atomic::Ordering::Acquire);
    let inline = Instance::inline(ctx, obj) as usize;
    if i < inline {
        return Instance::slots(ctx, obj, i);
    }
    let spill = Instance::spill(ctx, obj);
    match crate::values::layout_of(vm, spill) {
        Some(Array::ID) if i - inline < Array::len(ctx, spill) as usize => {
            Array::items(ctx, spill, i - inline)
        }
        _ => NONE,
    }
}

/// Attribute `name` of the instance's own storage.
pub fn get(vm: &mut ThreadState, obj: Value, name: Value) -> Result<Option<Value>, Error> {
    let shape = Instance::shape(vm.vmctx(), obj);
    if shape == DICT_MODE {
        std::sync::atomic::fence(std::sync::atomic::Ordering::Acquire);
        let dict = Instance::spill(vm.vmctx(), obj);
        if !crate::objects::dict::is_dict(vm, dict) {
            // A switch to dict mode on another thread, half seen: the attribute as it was.
            return Ok(None);
        }
        return crate::objects::dict::get(vm, dict, name);
    }
    let found = find_slot(vm, shape, name);
    Ok(found.map(|i| slot(vm, obj, i)))
}

/// Sets attribute `name` (a str) in the instance's own storage: atomic (under the
/// instance's write lock when threads run in parallel).
pub fn set(vm: &mut ThreadState, obj: Value, name: Value, v: Value) -> Result<(), Error> {
    vm.with_write_lock(obj, [name, v], |vm, obj, [name, v]| {
        set_locked(vm, obj, name, v)
    })
}

fn set_locked(vm: &mut ThreadState, obj: Value, name: Value, v: Value) -> Result<(), Error> {
    let shape = Instance::shape(vm.vmctx(), obj);
    if shape != DICT_MODE
        && let Some(i) = find_slot(vm, shape, name)
    {
        overwrite_slot(vm, obj, i, v);
        return Ok(());
    }
    let next = if shape == DICT_MODE {
        None
    } else {
        transition(vm, shape, name)
    };
    let Some(next) = next else {
        let (dict, name, v) = vm.handle_scope(|vm| {
            let handles = [name, v].map(|x| vm.mutator().root(x));
            let dict = to_dict(vm, obj);
            let [name, v] = handles.map(|h| vm.mutator().get(h));
            (dict, name, v)
        });
        return crate::objects::dict::set(vm, dict?, name, v);
    };
    let (i, class_id) = {
        let class_id = Class::id(vm.vmctx(), Instance::class(vm.vmctx(), obj)) as usize;
        let shapes = vm.shapes();
        let i = shapes.shapes[next as usize].keys.len() - 1;
        (i, (!shapes.size_noted(class_id, i + 1)).then_some(class_id))
    };
    let ctx = vm.vmctx();
    let inline = Instance::inline(ctx, obj) as usize;
    let (obj, v) = if i >= inline {
        let spill = Instance::spill(ctx, obj);
        let capacity = if spill == NONE {
            0
        } else {
            Array::len(ctx, spill) as usize
        };
        if i - inline >= capacity {
            let bigger = (capacity * 2).max(4);
            let (array, kept) = vm.alloc_with(Array::ID, Array::size_for(bigger), [obj, v])?;
            let ctx = vm.vmctx();
            let (obj, v) = (kept[0], kept[1]);
            let old = Instance::spill(ctx, obj);
            Array::set_len(ctx, array, bigger as i64);
            for j in 0..bigger {
                let item = if j < capacity {
                    Array::items(ctx, old, j)
                } else {
                    NONE
                };
                Array::set_items(ctx, array, j, item);
            }
            std::sync::atomic::fence(std::sync::atomic::Ordering::Release);
            Instance::set_spill(ctx, obj, array);
            (obj, v)
        } else {
            (obj, v)
        }
    } else {
        (obj, v)
    };
    // The value first: a reader that sees the new shape finds it.
    store_slot(vm, obj, i, v);
    std::sync::atomic::fence(std::sync::atomic::Ordering::Release);
    Instance::set_shape(vm.vmctx(), obj, next);
    if let Some(class_id) = class_id {
        vm.interp
            .shapes
            .write()
            .unwrap_or_else(|p| p.into_inner())
            .note_size(class_id, i + 1);
    }
    Ok(())
}

/// Stores `v` over the value in slot `i` (an attribute the instance has): the old value
/// was dropped (`vm/finalizers.rs`: its `__del__` or weak references may be due).
pub(crate) fn overwrite_slot(vm: &mut ThreadState, obj: Value, i: usize, v: Value) {
    let old = slot(vm, obj, i);
    store_slot(vm, obj, i, v);
    vm.note_dropped(old);
}

pub(crate) fn store_slot(vm: &ThreadState, obj: Value, i: usize, v: Value) {
    let ctx = vm.vmctx();
    let inline = Instance::inline(ctx, obj) as usize;
    if i < inline {
        Instance::set_slots(ctx, obj, i, v);
    } else {
        Array::set_items(ctx, Instance::spill(ctx, obj), i - inline, v);
    }
}

/// The instance's attribute dict: its storage switches to dict mode (the dict stays live, as
/// CPython's `__dict__` is).
pub fn to_dict(vm: &mut ThreadState, obj: Value) -> Result<Value, Error> {
    let shape = Instance::shape(vm.vmctx(), obj);
    if shape == DICT_MODE {
        return Ok(Instance::spill(vm.vmctx(), obj));
    }
    let names: Vec<Arc<Key>> = vm.shapes().shapes[shape as usize].keys.clone();
    vm.handle_scope(|vm| {
        let ho = vm.mutator().root(obj);
        let dict = crate::objects::dict::new_dict(vm, names.len())?;
        let hd = vm.mutator().root(dict);
        for (i, name) in names.iter().enumerate() {
            let key = crate::values::new_str(vm, &name.text)?;
            let (obj, dict) = (vm.mutator().get(ho), vm.mutator().get(hd));
            let v = slot(vm, obj, i);
            crate::objects::dict::set(vm, dict, key, v)?;
        }
        let (obj, dict) = (vm.mutator().get(ho), vm.mutator().get(hd));
        let locking = vm.locking();
        let ctx = vm.vmctx();
        std::sync::atomic::fence(std::sync::atomic::Ordering::Release);
        Instance::set_spill(ctx, obj, dict);
        Instance::set_shape(ctx, obj, DICT_MODE);
        if !locking {
            // Readers on other threads may still look at the slots of the old shape.
            for i in 0..Instance::inline(ctx, obj) as usize {
                Instance::set_slots(ctx, obj, i, NONE);
            }
        }
        Ok(dict)
    })
}

/// `obj.__dict__ = dict`: the instance's storage becomes `dict` (dict mode).
pub fn replace_dict(vm: &ThreadState, obj: Value, dict: Value) {
    let locking = vm.locking();
    let ctx = vm.vmctx();
    let was_shaped = Instance::shape(ctx, obj) != DICT_MODE;
    std::sync::atomic::fence(std::sync::atomic::Ordering::Release);
    Instance::set_spill(ctx, obj, dict);
    Instance::set_shape(ctx, obj, DICT_MODE);
    if was_shaped && !locking {
        // As in `to_dict`: the old shape's slots are no longer the attributes.
        for i in 0..Instance::inline(ctx, obj) as usize {
            Instance::set_slots(ctx, obj, i, NONE);
        }
    }
}

impl ThreadState {
    /// How many instance shapes the program has made (for tests and statistics).
    pub fn shape_count(&self) -> usize {
        self.shapes().count()
    }

    /// The interpreter's shape table, read-locked while the guard lives.
    fn shapes(&self) -> std::sync::RwLockReadGuard<'_, Shapes> {
        self.interp.shapes.read().unwrap_or_else(|p| p.into_inner())
    }
}
