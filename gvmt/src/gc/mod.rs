//! gvmt's garbage collection: a heap of offset-addressed objects with pluggable copying
//! collectors (`semispace`, `generational`) behind one [`plan::Plan`] trait, thread-local
//! allocation buffers, precise roots, and stop-the-world collections at safepoints for any
//! number of mutator threads.
//!
//! A VM gives the heap its [`ObjectModel`] (the generated `layouts::LAYOUTS` and `is_ref`),
//! creates one [`Mutator`] per thread, registers its frames and global roots, and roots the
//! values its Rust code holds across allocations in handles. `docs/gc.md` explains the design.
//!
//! This module owns heap memory and object movement; it must not know any VM's object
//! semantics beyond the layout table.

mod copy;
mod finalize;
mod heap;
mod identity;
mod mutator;
pub mod plan;
mod region;
mod roots;
mod space;
mod stats;
mod verify;
mod weak;

pub use heap::{Heap, HeapConfig};
pub use mutator::{Gc, Handle, Handles, Mutator};
pub use plan::PlanKind;
pub use roots::Pinned;
pub use stats::GcStats;
pub use weak::Weak;

use crate::rt::{LayoutInfo, SlotKind, Value, heap::header};

/// What the collector knows about objects: their layouts (size and reference slots, from the
/// spec) and which words in `value` slots are references.
#[derive(Clone, Copy)]
pub struct ObjectModel {
    pub layouts: &'static [LayoutInfo],
    pub is_ref: fn(u64) -> bool,
    /// The spec's frame layout, if it declares one.
    pub frame: Option<crate::rt::FrameLayout>,
}

impl ObjectModel {
    /// True if `word` (from a `value` slot or a root) refers to an object. Offset 0 is never an
    /// object.
    #[inline]
    pub fn refers(&self, word: u64) -> bool {
        word != 0 && (self.is_ref)(word)
    }
}

/// The heap cannot satisfy an allocation even after a full collection. VMs turn it into their
/// out-of-memory exception.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OutOfMemory {
    pub requested: usize,
}

impl std::fmt::Display for OutOfMemory {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "out of memory allocating {} bytes", self.requested)
    }
}

impl std::error::Error for OutOfMemory {}

/// Rounds an object size to the object alignment (16 bytes, 16 at least).
pub const fn align_size(size: usize) -> usize {
    if size < 16 {
        16
    } else {
        size.div_ceil(16) * 16
    }
}

/// Raw access to heap memory during a collection: base pointer and size.
#[derive(Clone, Copy)]
pub(crate) struct RawHeap {
    pub base: *mut u8,
    pub size: usize,
}

// SAFETY: a base pointer and a size. Threads write heap memory through it only in their own
// allocation buffers (the mutator fast path) or while every mutator is stopped (the
// collector); concurrent access to shared objects is the VM's sync backend's business.
unsafe impl Send for RawHeap {}
// SAFETY: as for Send.
unsafe impl Sync for RawHeap {}

impl RawHeap {
    #[inline]
    pub fn word(&self, offset: usize) -> u64 {
        assert!(
            offset + 8 <= self.size && offset.is_multiple_of(8),
            "gvmt gc: bad heap offset {offset:#x}"
        );
        // SAFETY: in bounds and aligned (checked above).
        unsafe { (self.base.add(offset) as *const u64).read() }
    }

    #[inline]
    pub fn set_word(&self, offset: usize, v: u64) {
        assert!(
            offset + 8 <= self.size && offset.is_multiple_of(8),
            "gvmt gc: bad heap offset {offset:#x}"
        );
        // SAFETY: in bounds and aligned (checked above).
        unsafe { (self.base.add(offset) as *mut u64).write(v) }
    }

    pub fn copy(&self, from: usize, to: usize, len: usize) {
        assert!(from + len <= self.size && to + len <= self.size);
        // SAFETY: both ranges are inside the heap; source and destination spaces are disjoint.
        unsafe { std::ptr::copy_nonoverlapping(self.base.add(from), self.base.add(to), len) }
    }

    pub fn fill(&self, start: usize, end: usize, byte: u8) {
        assert!(start <= end && end <= self.size);
        // SAFETY: in bounds (checked above).
        unsafe { std::ptr::write_bytes(self.base.add(start), byte, end - start) }
    }

    /// Size in bytes of the object at `offset`.
    pub fn object_size(&self, model: &ObjectModel, offset: usize) -> usize {
        let layout = header::layout(self.word(offset));
        let info = model.layouts.get(layout).unwrap_or_else(|| {
            panic!("gvmt gc: object at {offset:#x} has layout {layout}, which does not exist")
        });
        match info.tail {
            None => info.fixed_size,
            Some(t) => {
                align_size(t.offset + 8 * (self.word(offset + t.len_offset) as i64).max(0) as usize)
            }
        }
    }

    /// Calls `f` with the heap offset of every slot of the object at `offset` that holds a
    /// reference.
    pub fn for_each_ref_slot(&self, model: &ObjectModel, offset: usize, mut f: impl FnMut(usize)) {
        let info = &model.layouts[header::layout(self.word(offset))];
        for &s in info.ref_slots {
            if self.word(offset + s) != 0 {
                f(offset + s);
            }
        }
        for &s in info.value_slots {
            if model.refers(self.word(offset + s)) {
                f(offset + s);
            }
        }
        if let Some(t) = info.tail
            && matches!(t.kind, SlotKind::Value | SlotKind::Ref)
        {
            let mut len = (self.word(offset + t.len_offset) as i64).max(0) as usize;
            if let Some([a, b]) = t.live {
                // A frame: only the locals and the stack below sp hold values.
                let live = (self.word(offset + a) as i64).max(0) as usize
                    + (self.word(offset + b) as i64).max(0) as usize;
                len = len.min(live);
            }
            for i in 0..len {
                let slot = offset + t.offset + 8 * i;
                let w = self.word(slot);
                if (t.kind == SlotKind::Ref && w != 0) || model.refers(w) {
                    f(slot);
                }
            }
        }
    }
}

/// A root slot outside the heap holds a reference.
pub(crate) fn value_is_ref(model: &ObjectModel, v: Value) -> bool {
    model.refers(v.0)
}
