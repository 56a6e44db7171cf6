//! A fixed-length table of heap values shared by threads (the builtin classes, the builtin
//! function objects): a root range of the heap whose slots threads read and publish with
//! atomic operations, and the collector updates while every thread is stopped.
//!
//! Owns: the slots and their registration. Must not: grow (its slots are registered once).

use gvmt::gc::Heap;
use gvmt::rt::Value;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

pub struct RootTable {
    slots: Box<[AtomicU64]>,
    heap: Arc<Heap>,
    key: usize,
}

impl RootTable {
    /// `len` slots holding `empty`, registered as roots of `heap` (`empty` must not be a
    /// reference).
    pub fn new(heap: &Arc<Heap>, len: usize, empty: Value) -> RootTable {
        let slots: Box<[AtomicU64]> = (0..len).map(|_| AtomicU64::new(empty.0)).collect();
        // SAFETY: `AtomicU64` has the size and alignment of `u64` (so of `Value`); the slots
        // live (unmoved: a boxed slice) until `drop`, which removes the registration first.
        // Mutators write them only while attached; the collector updates them only while
        // every mutator is stopped, under the heap lock that orders it with their accesses.
        let key = unsafe { heap.add_roots(slots.as_ptr() as *mut Value, slots.len()) };
        RootTable {
            slots,
            heap: Arc::clone(heap),
            key,
        }
    }

    pub fn len(&self) -> usize {
        self.slots.len()
    }

    pub fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }

    pub fn get(&self, i: usize) -> Value {
        Value(self.slots[i].load(Ordering::Acquire))
    }

    /// Stores `v` (published first under the STM backend: `Mutator::publish`).
    pub fn set(&self, m: &gvmt::gc::Mutator, i: usize, v: Value) {
        m.publish(v);
        self.slots[i].store(v.0, Ordering::Release);
    }

    /// Stores `v` in slot `i` if it still holds `empty`; returns what the slot holds after
    /// (`v`, or what another thread published first).
    pub fn publish(&self, m: &gvmt::gc::Mutator, i: usize, empty: Value, v: Value) -> Value {
        m.publish(v);
        match self.slots[i].compare_exchange(empty.0, v.0, Ordering::AcqRel, Ordering::Acquire) {
            Ok(_) => v,
            Err(other) => Value(other),
        }
    }

    /// The index of the first slot holding `v`.
    pub fn position(&self, v: Value) -> Option<usize> {
        self.slots
            .iter()
            .position(|s| s.load(Ordering::Acquire) == v.0)
    }
}

impl Drop for RootTable {
    fn drop(&mut self) {
        self.heap.remove_roots(self.key);
    }
}
