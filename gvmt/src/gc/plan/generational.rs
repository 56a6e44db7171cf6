//! Generational copying: a nursery and an old generation that is itself a pair of semi-spaces.
//! A minor collection copies the nursery's survivors into the old generation (no ageing);
//! a major collection copies the nursery and the old generation into the other old half.
//! An object-remembering write barrier: copies into the old generation get the `UNLOGGED`
//! header bit; the first reference store into such an object clears it and remembers the
//! object, and a minor collection re-traces the remembered objects as roots.

use super::{CollectCx, Collected, Plan, PlanKind, evacuate, grow_for};
use crate::gc::space::Space;
use crate::rt::heap::header::UNLOGGED;

pub(crate) struct Generational {
    nursery: Space,
    old: [Space; 2],
    current: usize,
    /// A major collection follows a minor one when the old generation uses more than this.
    old_soft_limit: usize,
    min_old_limit: usize,
}

impl Generational {
    /// Uses heap offsets `start..end`: `nursery` bytes of nursery, the rest split into two old
    /// halves.
    pub fn new(start: usize, end: usize, nursery: usize, initial: usize) -> Generational {
        let nursery = (nursery.min((end - start) / 3)) / 16 * 16;
        let n = Space::new(start, start + nursery);
        let half = ((end - start - nursery) / 2) / 16 * 16;
        let a = Space::new(n.end, n.end + half);
        let b = Space::new(n.end + half, n.end + 2 * half);
        let min_old_limit = initial.min(half.saturating_sub(nursery));
        Generational {
            nursery: n,
            old: [a, b],
            current: 0,
            old_soft_limit: min_old_limit,
            min_old_limit,
        }
    }

    /// Room the old generation must keep free so that a minor collection always fits.
    fn old_capacity(&self) -> usize {
        self.old[self.current]
            .capacity()
            .saturating_sub(self.nursery.capacity())
    }

    fn minor(&mut self, cx: &mut CollectCx<'_>) -> usize {
        let remembered = std::mem::take(&mut cx.remembered);
        let mut old = self.old[self.current];
        let copied = evacuate(cx, &[self.nursery], &mut old, UNLOGGED, &remembered);
        for v in &remembered {
            let at = v.0 as usize;
            cx.heap.set_word(at, cx.heap.word(at) | UNLOGGED);
        }
        (cx.after_copy)(cx.heap, &[self.nursery]);
        self.old[self.current] = old;
        self.nursery.reset();
        copied
    }

    fn major(&mut self, cx: &mut CollectCx<'_>) -> usize {
        cx.remembered.clear();
        let other = 1 - self.current;
        let mut to = self.old[other];
        to.reset();
        let condemned = [self.nursery, self.old[self.current]];
        let copied = evacuate(cx, &condemned, &mut to, UNLOGGED, &[]);
        (cx.after_copy)(cx.heap, &condemned);
        self.nursery.reset();
        self.old[self.current].reset();
        self.old[other] = to;
        self.current = other;
        self.old_soft_limit = grow_for(
            to.used(),
            cx.needed,
            self.min_old_limit,
            self.old_capacity(),
        );
        copied
    }
}

impl Plan for Generational {
    fn kind(&self) -> PlanKind {
        PlanKind::Generational
    }

    fn needs_barrier(&self) -> bool {
        true
    }

    /// Invariant: the old generation's free space always covers the nursery's contents, so a
    /// minor collection (and a major one, which copies both into an old half) always fits.
    fn alloc(&mut self, size: usize, large: bool) -> Option<usize> {
        let old = self.old[self.current];
        let old_free = old.end - old.top;
        if large {
            let room = self.old_soft_limit.min(self.old_capacity());
            if size + self.nursery.used() > old_free {
                return None;
            }
            let limit = old.start + room;
            self.old[self.current].alloc(size, limit)
        } else {
            if self.nursery.used() + size > old_free {
                return None;
            }
            let end = self.nursery.end;
            self.nursery.alloc(size, end)
        }
    }

    fn large_object_flags(&self) -> u64 {
        UNLOGGED
    }

    fn collect(&mut self, cx: &mut CollectCx<'_>, full: bool) -> Collected {
        let old_free = self.old[self.current].end - self.old[self.current].top;
        debug_assert!(
            old_free >= self.nursery.used(),
            "the allocation invariant keeps room for a minor collection"
        );
        let mut copied = 0;
        let mut major = full;
        if !full {
            copied += self.minor(cx);
            // Major too when the old generation has no room left under its limit for the
            // allocation that failed (a large object goes there directly): a second, full
            // collection is not always possible (an STM transaction's failed allocation
            // gets one collection between transactions).
            major = self.old[self.current].used() + cx.needed > self.old_soft_limit;
        }
        if major {
            copied += self.major(cx);
        }
        Collected {
            copied_bytes: copied,
            major,
        }
    }

    fn live_spaces(&self) -> Vec<Space> {
        vec![self.nursery, self.old[self.current]]
    }

    fn generations(&self) -> Option<(Space, Space)> {
        Some((self.old[self.current], self.nursery))
    }

    fn used(&self) -> usize {
        self.nursery.used() + self.old[self.current].used()
    }

    fn room(&self) -> usize {
        let old = self.old[self.current];
        let old_free = old.end - old.top;
        (self.nursery.end - self.nursery.top).min(old_free.saturating_sub(self.nursery.used()))
    }

    fn exhausted(&self) -> bool {
        let room = self.old_capacity();
        self.old[self.current].used() > room - room / 16
    }
}
