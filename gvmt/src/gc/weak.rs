//! Weak references: a handle that names an object without keeping it alive. The table holds
//! each live weak reference's object offset; a collection forwards the offsets of objects it
//! copied and clears those of objects it left behind (dead), like the identity table. Reading
//! a cleared reference gives `None`.
//!
//! Owns: the table. Must not: trace through it (weak references are not roots).

use super::RawHeap;
use super::space::Space;
use crate::rt::heap::header::{FORWARDED, forwardee};

/// A weak reference: an index in the heap's weak table, valid until released.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Weak(pub(crate) usize);

/// A slot that is free (on the free list) rather than cleared.
const FREE: usize = usize::MAX;

#[derive(Default)]
pub(crate) struct WeakTable {
    /// Object offsets; 0 once the object died, [`FREE`] for released slots.
    slots: Vec<usize>,
    free: Vec<usize>,
}

impl WeakTable {
    pub fn add(&mut self, offset: usize) -> Weak {
        match self.free.pop() {
            Some(i) => {
                self.slots[i] = offset;
                Weak(i)
            }
            None => {
                self.slots.push(offset);
                Weak(self.slots.len() - 1)
            }
        }
    }

    /// The object's offset, or None once it died.
    pub fn get(&self, w: Weak) -> Option<usize> {
        match self.slots.get(w.0) {
            Some(&o) if o != 0 && o != FREE => Some(o),
            _ => None,
        }
    }

    pub fn release(&mut self, w: Weak) {
        if let Some(slot) = self.slots.get_mut(w.0)
            && *slot != FREE
        {
            *slot = FREE;
            self.free.push(w.0);
        }
    }

    /// After copying out of `condemned` (still intact): moves the references to copied
    /// objects to their new offsets and clears those to objects left behind.
    pub fn forward(&mut self, heap: RawHeap, condemned: &[Space]) {
        for slot in &mut self.slots {
            let offset = *slot;
            if offset == 0 || offset == FREE || !condemned.iter().any(|s| s.contains(offset)) {
                continue;
            }
            let header = heap.word(offset);
            *slot = if header & FORWARDED != 0 {
                forwardee(header)
            } else {
                0
            };
        }
    }

    /// Weak references not released (live or cleared).
    pub fn len(&self) -> usize {
        self.slots.len() - self.free.len()
    }
}
