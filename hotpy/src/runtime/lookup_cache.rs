//! A cache of class attribute lookups along the MRO: for a (class, name) pair, the position
//! in the class's MRO whose namespace holds the name, or that none does. Attribute access on
//! an instance looks its name up on the class first (a property wins over the instance's
//! own attributes), and most such lookups find nothing; method calls find the method a few
//! classes up. The cache turns both into one probe (plus one dict lookup for a hit).
//!
//! Like CPython's type version tags, but with one version for all classes: any change to any
//! class's namespace (`Cls.x = ...`, `del Cls.x`) empties the cache. Entries hold positions,
//! not values, so a collection that moves classes or their attributes leaves them valid.
//!
//! Owns: the cache. Must not: look into class dicts (`classes.rs` does, and calls
//! [`LookupCache::invalidate`] when it changes one).

use super::storage::Key;
use crate::vm::HotPy;
use gvmt::rt::Value;

const ENTRIES: usize = 1024;

/// Where a lookup found its name: a position in the MRO, or nowhere.
pub type Found = Option<u32>;

struct Entry {
    class_id: u32,
    version: u64,
    name: Key,
    found: Found,
}

pub struct LookupCache {
    entries: Vec<Option<Entry>>,
    /// Bumped by every change to a class namespace; entries of older versions are stale.
    version: u64,
}

impl Default for LookupCache {
    fn default() -> LookupCache {
        LookupCache {
            entries: (0..ENTRIES).map(|_| None).collect(),
            version: 1,
        }
    }
}

fn slot(class_id: u32, hash: i64) -> usize {
    // Fibonacci hashing: the top bits of the product depend on all bits of the key.
    let mixed = (hash as u64 ^ ((class_id as u64) << 32)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    (mixed >> (64 - ENTRIES.trailing_zeros())) as usize
}

impl LookupCache {
    /// The cached result for str `name` (hash `hash`) on class `class_id`, if any.
    pub fn probe(&self, vm: &HotPy, class_id: u32, name: Value, hash: i64) -> Option<Found> {
        match &self.entries[slot(class_id, hash)] {
            Some(e)
                if e.class_id == class_id
                    && e.version == self.version
                    && e.name.matches(vm, name, hash) =>
            {
                Some(e.found)
            }
            _ => None,
        }
    }

    /// Every cached lookup is stale: some class namespace changed.
    pub fn invalidate(&mut self) {
        self.version += 1;
    }
}

/// Records the result of looking str `name` (hash `hash`) up on class `class_id`.
pub fn record(vm: &mut HotPy, class_id: u32, name: Value, hash: i64, found: Found) {
    let Some(key) = Key::of(vm, name) else {
        return;
    };
    let cache = &mut vm.exec.lookups;
    cache.entries[slot(class_id, hash)] = Some(Entry {
        class_id,
        version: cache.version,
        name: key,
        found,
    });
}
