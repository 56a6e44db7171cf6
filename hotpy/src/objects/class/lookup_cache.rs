//! A cache of class attribute lookups along the MRO: for a (class, name) pair, the position
//! in the class's MRO whose namespace holds the name, or that none does. Attribute access on
//! an instance looks its name up on the class first (a property wins over the instance's
//! own attributes), and most such lookups find nothing; method calls find the method a few
//! classes up. The cache turns both into one probe (plus one dict lookup for a hit).
//!
//! Like CPython's type version tags, but with one version for all classes: any change to any
//! class's namespace (`Cls.x = ...`, `del Cls.x`) empties the cache. Each thread has its own
//! cache; the version is the interpreter's, so one thread's change empties every cache. Entries hold positions,
//! which a collection that moves classes or their attributes leaves valid, and the value
//! found with the heap's epoch: until the next collection a hit needs no dict lookup.
//!
//! Owns: the cache. Must not: look into class dicts (`objects/class/mod.rs` does, and calls
//! [`LookupCache::invalidate`] when it changes one).

use super::storage::Key;
use crate::vm::ThreadState;
use gvmt::rt::Value;
use std::sync::atomic::Ordering;

const ENTRIES: usize = 1024;

/// Where a lookup found its name: a position in the MRO, or nowhere.
pub type Found = Option<u32>;

struct Entry {
    class_id: u32,
    version: u64,
    name: Key,
    found: Found,
    /// The value found, valid while the heap's epoch is `epoch` (no collection has moved it).
    value: Value,
    epoch: u64,
}

/// One thread's cache; the version is the interpreter's (`Interpreter::class_version`), so a
/// change to a class by any thread makes every thread's entries stale.
pub struct LookupCache {
    entries: Vec<Option<Entry>>,
}

impl Default for LookupCache {
    fn default() -> LookupCache {
        LookupCache {
            entries: (0..ENTRIES).map(|_| None).collect(),
        }
    }
}

fn slot(class_id: u32, hash: i64) -> usize {
    // Fibonacci hashing: the top bits of the product depend on all bits of the key.
    let mixed = (hash as u64 ^ ((class_id as u64) << 32)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    (mixed >> (64 - ENTRIES.trailing_zeros())) as usize
}

impl LookupCache {
    /// The cached result for str `name` (hash `hash`) on class `class_id`, if any: where it
    /// was found, and the value itself when no collection has happened since.
    pub fn probe(
        &self,
        vm: &ThreadState,
        class_id: u32,
        name: Value,
        hash: i64,
    ) -> Option<(Found, Option<Value>)> {
        match &self.entries[slot(class_id, hash)] {
            Some(e)
                if e.class_id == class_id
                    && e.version == vm.class_version()
                    && e.name.matches(vm, name, hash) =>
            {
                let current = e.epoch == vm.mutator_ref().heap().epoch();
                Some((e.found, current.then_some(e.value)))
            }
            _ => None,
        }
    }
}

impl ThreadState {
    /// Every thread's cached lookups are stale: some class namespace changed.
    pub fn invalidate_lookups(&self) {
        self.interp.class_version.fetch_add(1, Ordering::AcqRel);
        self.stm_class_changed();
    }
}

/// Records the result of looking str `name` (hash `hash`) up on class `class_id`: where it
/// was found and the value (None where nothing was found).
pub fn record(
    vm: &mut ThreadState,
    class_id: u32,
    name: Value,
    hash: i64,
    found: Found,
    value: Value,
) {
    let Some(key) = Key::of(vm, name) else {
        return;
    };
    let version = vm.class_version();
    let epoch = vm.mutator_ref().heap().epoch();
    vm.lookups.entries[slot(class_id, hash)] = Some(Entry {
        class_id,
        version,
        name: key,
        found,
        value,
        epoch,
    });
}
