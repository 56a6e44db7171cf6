//! Finalization: objects a VM registered as having a finalizer (Python's `__del__`). A
//! collection that finds one unreachable does not let it go: it copies the object (and what
//! the object reaches) as if it were a root, takes it off the table and queues it; the VM
//! takes it from the queue at its next safepoint ([`crate::gc::Mutator::take_finalizable`])
//! and runs its finalizer. The object is then an ordinary one: if the finalizer left it
//! unreachable, the next collection frees it (its weak references are cleared then, after the
//! finalizer ran, as CPython clears them after `__del__`). A finalizer runs at most once per
//! registration (PEP 442); an object the finalizer resurrects is not finalized again unless
//! the VM registers it again.
//!
//! Owns: the registered objects and the order in which dead ones are queued (registration
//! order). Must not: run finalizers (the VM does, outside the collection) or trace anything
//! itself (the copier does).

use super::RawHeap;
use super::copy::Copier;
use super::space::Space;
use crate::rt::heap::header::{FORWARDED, forwardee};
use std::collections::HashMap;

#[derive(Default)]
pub(crate) struct FinalizerTable {
    /// The registered objects' offsets, oldest registration first; 0 for a registration
    /// cancelled since the last collection.
    registered: Vec<usize>,
    /// Where each registered object is in `registered`, by offset.
    index: HashMap<usize, usize>,
}

impl FinalizerTable {
    pub fn register(&mut self, offset: usize) {
        if self.index.contains_key(&offset) {
            return;
        }
        self.index.insert(offset, self.registered.len());
        self.registered.push(offset);
    }

    /// Takes `offset` off the table (its finalizer has nothing left to do); false if it was
    /// not registered.
    pub fn cancel(&mut self, offset: usize) -> bool {
        match self.index.remove(&offset) {
            Some(i) => {
                self.registered[i] = 0;
                true
            }
            None => false,
        }
    }

    pub fn len(&self) -> usize {
        self.index.len()
    }

    /// Takes every registered object off the table (a VM's shutdown finalizes them all),
    /// oldest registration first.
    pub fn take_all(&mut self) -> Vec<usize> {
        self.index.clear();
        let mut all = std::mem::take(&mut self.registered);
        all.retain(|&o| o != 0);
        all
    }

    /// During a collection, once everything the roots reach has been copied out of
    /// `condemned` (the copier's scan is done): moves the registered objects that were copied
    /// to their new offsets, and copies the ones that were not (they are unreachable) onto
    /// `dead`, taking them off the table. The caller scans again, so that what a dead object
    /// reaches is copied too.
    pub fn resurrect(
        &mut self,
        heap: RawHeap,
        condemned: &[Space],
        copier: &mut Copier<'_>,
        dead: &mut Vec<usize>,
    ) {
        let in_condemned = |offset: usize| condemned.iter().any(|s| s.contains(offset));
        let index = &mut self.index;
        // Entries after one that leaves shift down: `kept` is the position each kept one
        // gets, and those that moved or shifted are indexed again.
        let mut kept = 0;
        let mut shifted = false;
        self.registered.retain_mut(|offset| {
            if *offset == 0 {
                shifted = true;
                return false;
            }
            let mut moved = false;
            if in_condemned(*offset) {
                index.remove(offset);
                let header = heap.word(*offset);
                if header & FORWARDED == 0 {
                    dead.push(copier.forward(*offset as u64) as usize);
                    shifted = true;
                    return false;
                }
                *offset = forwardee(header);
                moved = true;
            }
            if moved || shifted {
                index.insert(*offset, kept);
            }
            kept += 1;
            true
        });
    }
}

#[cfg(test)]
mod tests {
    use super::FinalizerTable;

    #[test]
    fn take_all_gives_registration_order_and_empties_the_table() {
        let mut t = FinalizerTable::default();
        for offset in [64, 32, 128] {
            t.register(offset);
        }
        assert_eq!(t.len(), 3);
        assert_eq!(t.take_all(), vec![64, 32, 128]);
        assert_eq!(t.len(), 0);
    }

    #[test]
    fn a_cancelled_registration_is_left_out_and_registering_twice_is_once() {
        let mut t = FinalizerTable::default();
        for offset in [64, 32, 64, 128] {
            t.register(offset);
        }
        assert_eq!(t.len(), 3);
        assert!(t.cancel(32));
        assert!(!t.cancel(32));
        assert!(!t.cancel(256));
        assert_eq!(t.len(), 2);
        assert_eq!(t.take_all(), vec![64, 128]);
    }
}
