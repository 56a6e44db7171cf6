//! Cheney copying, shared by every plan: evacuate the objects of the condemned spaces that are
//! reachable from the roots into a to-space, leaving forwarding headers behind, then scan the
//! copies breadth-first until no reference into a condemned space remains.

use super::space::Space;
use super::{ObjectModel, RawHeap};
use crate::rt::heap::header::{FLAGS, FORWARDED, KEPT, forwardee};

pub(crate) struct Copier<'a> {
    heap: RawHeap,
    model: &'a ObjectModel,
    condemned: &'a [Space],
    to: &'a mut Space,
    scan: usize,
    /// Header flags every copy gets (generational: copies are old, so `UNLOGGED`).
    flags: u64,
    pub copied_bytes: usize,
}

impl<'a> Copier<'a> {
    pub fn new(
        heap: RawHeap,
        model: &'a ObjectModel,
        condemned: &'a [Space],
        to: &'a mut Space,
        flags: u64,
    ) -> Self {
        let scan = to.top;
        Copier {
            heap,
            model,
            condemned,
            to,
            scan,
            flags,
            copied_bytes: 0,
        }
    }

    fn is_condemned(&self, offset: usize) -> bool {
        self.condemned.iter().any(|s| s.contains(offset))
    }

    /// The new value of a reference word: its copy's offset if it points into a condemned
    /// space, otherwise unchanged.
    pub fn forward(&mut self, word: u64) -> u64 {
        let offset = word as usize;
        if !self.is_condemned(offset) {
            return word;
        }
        let header = self.heap.word(offset);
        if header & FORWARDED != 0 {
            return forwardee(header) as u64;
        }
        let size = self.heap.object_size(self.model, offset);
        let new = self.to.alloc(size, usize::MAX).unwrap_or_else(|| {
            panic!("gvmt gc: to-space overflow copying {size} bytes: the plan must reserve room")
        });
        self.heap.copy(offset, new, size);
        self.heap
            .set_word(new, (header & !FLAGS) | (header & KEPT) | self.flags);
        self.heap.set_word(offset, new as u64 | FORWARDED);
        self.copied_bytes += size;
        new as u64
    }

    /// Forwards a root slot outside the heap that holds a reference.
    pub fn forward_root(&mut self, slot: &mut u64) {
        *slot = self.forward(*slot);
    }

    /// Forwards a reference slot inside the heap.
    pub fn forward_slot(&mut self, slot: usize) {
        let old = self.heap.word(slot);
        let new = self.forward(old);
        if new != old {
            self.heap.set_word(slot, new);
        }
    }

    /// Forwards every reference slot of the object at `offset`.
    pub fn trace_object(&mut self, offset: usize) {
        let (heap, model) = (self.heap, self.model);
        heap.for_each_ref_slot(model, offset, |slot| self.forward_slot(slot));
    }

    /// Scans the copies made so far (and the ones that scanning makes) to a fixed point.
    pub fn scan(&mut self) {
        while self.scan < self.to.top {
            let object = self.scan;
            self.trace_object(object);
            self.scan += self.heap.object_size(self.model, object);
        }
    }
}
