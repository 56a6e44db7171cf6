//! Collection plans (MMTk's word): how the heap is divided into spaces, where objects are
//! allocated, and what a collection copies where. Each plan is one file.

mod generational;
mod semispace;

pub(crate) use generational::Generational;
pub(crate) use semispace::SemiSpace;

use super::space::Space;
use super::{ObjectModel, RawHeap};
use crate::rt::Value;

/// Which collector a heap uses, chosen at start-up (`--gc=semispace|generational`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlanKind {
    SemiSpace,
    Generational,
}

impl PlanKind {
    pub const ALL: [PlanKind; 2] = [PlanKind::SemiSpace, PlanKind::Generational];

    pub fn name(self) -> &'static str {
        match self {
            PlanKind::SemiSpace => "semispace",
            PlanKind::Generational => "generational",
        }
    }
}

impl std::str::FromStr for PlanKind {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "semispace" => Ok(PlanKind::SemiSpace),
            "generational" => Ok(PlanKind::Generational),
            _ => Err(format!("unknown collector `{s}` (semispace, generational)")),
        }
    }
}

/// Visits every root slot with the function it is given.
pub(crate) type RootVisitor<'a> = &'a mut dyn FnMut(&mut dyn FnMut(&mut u64));

/// What the heap gives a plan for one collection.
pub(crate) struct CollectCx<'a> {
    pub heap: RawHeap,
    pub model: &'a ObjectModel,
    /// Visits every root slot (frames, handles, globals) with the given function.
    pub roots: RootVisitor<'a>,
    /// Objects the write barrier remembered since the last collection.
    pub remembered: Vec<Value>,
    /// Called once copying is done, with the condemned spaces still intact (identity table
    /// forwarding, poisoning).
    pub after_copy: &'a mut dyn FnMut(RawHeap, &[Space]),
    /// Bytes of the allocation that asked for this collection (0 for an explicit one): the
    /// soft limit a collection sets leaves room for it, so one large object can grow the heap.
    pub needed: usize,
    /// The objects registered for finalization ([`super::finalize`]).
    pub finalizers: &'a mut super::finalize::FinalizerTable,
    /// Registered objects this collection found unreachable (and kept), in the order to
    /// finalize them; a later step of the same collection moves them again.
    pub dead: &'a mut Vec<usize>,
}

/// What one collection did.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Collected {
    pub copied_bytes: usize,
    pub major: bool,
}

pub(crate) trait Plan: Send {
    fn kind(&self) -> PlanKind;

    /// True if stores of references need the write barrier.
    fn needs_barrier(&self) -> bool;

    /// A chunk of `size` bytes for an allocation buffer, or for one large object
    /// (`large`); `None` when a collection is needed first.
    fn alloc(&mut self, size: usize, large: bool) -> Option<usize>;

    /// Header flags of a large object (pretenured objects are old).
    fn large_object_flags(&self) -> u64;

    /// Collects; `full` asks for a full-heap collection.
    fn collect(&mut self, cx: &mut CollectCx<'_>, full: bool) -> Collected;

    /// The spaces holding live objects (for the verifier).
    fn live_spaces(&self) -> Vec<Space>;

    /// Generational only: the old and the young space.
    fn generations(&self) -> Option<(Space, Space)>;

    /// Bytes in use.
    fn used(&self) -> usize;

    /// Bytes that small allocations can take before the next collection is due.
    fn room(&self) -> usize;

    /// After a full collection: less than a sixteenth of the space is free (collections would
    /// thrash, or a minor collection might not fit), so the allocation that asked fails with
    /// out-of-memory.
    fn exhausted(&self) -> bool;
}

/// Copies everything reachable from the roots (and from `extra`, objects outside the condemned
/// spaces to re-trace) out of `condemned` into `to`; then the registered objects for
/// finalization that this left behind, and what they reach (onto `cx.dead`).
pub(crate) fn evacuate(
    cx: &mut CollectCx<'_>,
    condemned: &[Space],
    to: &mut Space,
    flags: u64,
    extra: &[Value],
) -> usize {
    let mut copier = super::copy::Copier::new(cx.heap, cx.model, condemned, to, flags);
    (cx.roots)(&mut |slot| copier.forward_root(slot));
    for dead in cx.dead.iter_mut() {
        *dead = copier.forward(*dead as u64) as usize;
    }
    for v in extra {
        copier.trace_object(v.0 as usize);
    }
    copier.scan();
    cx.finalizers
        .resurrect(cx.heap, condemned, &mut copier, cx.dead);
    copier.scan();
    copier.copied_bytes
}

/// The next soft limit: room for twice the live data, between `min` and `max`.
pub(crate) fn grow(live: usize, min: usize, max: usize) -> usize {
    (live * 2).clamp(min, max.max(min)).min(max)
}

/// The soft limit after a collection: [`grow`], and at least room for the live data plus the
/// allocation that is waiting (with the same headroom again), within `max`.
pub(crate) fn grow_for(live: usize, needed: usize, min: usize, max: usize) -> usize {
    grow(live, min, max).max((live + needed) * 2).min(max)
}
