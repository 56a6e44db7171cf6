//! Identity across moves: a stable id per object (for `id()` and default hashes), handed out on
//! first request and kept in a side table keyed by the object's current offset. A collection
//! forwards the table's keys and drops the entries of objects that died.

use super::RawHeap;
use super::space::Space;
use crate::rt::heap::header::{FORWARDED, forwardee};
use std::collections::HashMap;

#[derive(Default)]
pub(crate) struct IdentityTable {
    ids: HashMap<usize, u64>,
    next: u64,
}

impl IdentityTable {
    pub fn id(&mut self, offset: usize) -> u64 {
        let next = &mut self.next;
        *self.ids.entry(offset).or_insert_with(|| {
            *next += 1;
            *next
        })
    }

    /// After copying out of `condemned` (still intact): moves entries of copied objects to their
    /// new offsets and drops those of objects left behind (dead).
    pub fn forward(&mut self, heap: RawHeap, condemned: &[Space]) {
        if self.ids.is_empty() {
            return;
        }
        let old = std::mem::take(&mut self.ids);
        for (offset, id) in old {
            if !condemned.iter().any(|s| s.contains(offset)) {
                self.ids.insert(offset, id);
                continue;
            }
            let header = heap.word(offset);
            if header & FORWARDED != 0 {
                self.ids.insert(forwardee(header), id);
            }
        }
    }

    pub fn len(&self) -> usize {
        self.ids.len()
    }
}
