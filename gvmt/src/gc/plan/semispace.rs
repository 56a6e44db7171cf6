//! Semi-space copying (Cheney): allocate in one half; a collection copies the live objects into
//! the other half and swaps them. No barrier. The soft limit on the used half grows with the
//! live data, so small programs collect in a small, cache-friendly space.

use super::{CollectCx, Collected, Plan, PlanKind, evacuate, grow_for};
use crate::gc::space::Space;

pub(crate) struct SemiSpace {
    halves: [Space; 2],
    current: usize,
    soft_limit: usize,
    min_limit: usize,
}

impl SemiSpace {
    /// Uses heap offsets `start..end`, split in two halves.
    pub fn new(start: usize, end: usize, initial: usize) -> SemiSpace {
        let half = ((end - start) / 2) / 16 * 16;
        let a = Space::new(start, start + half);
        let b = Space::new(start + half, start + 2 * half);
        let min_limit = initial.min(half);
        SemiSpace {
            halves: [a, b],
            current: 0,
            soft_limit: min_limit,
            min_limit,
        }
    }
}

impl Plan for SemiSpace {
    fn kind(&self) -> PlanKind {
        PlanKind::SemiSpace
    }

    fn needs_barrier(&self) -> bool {
        false
    }

    fn alloc(&mut self, size: usize, _large: bool) -> Option<usize> {
        let space = &mut self.halves[self.current];
        let limit = space.start + self.soft_limit;
        space.alloc(size, limit)
    }

    fn large_object_flags(&self) -> u64 {
        0
    }

    fn collect(&mut self, cx: &mut CollectCx<'_>, _full: bool) -> Collected {
        let from = self.halves[self.current];
        let other = 1 - self.current;
        let mut to = self.halves[other];
        to.reset();
        let copied = evacuate(cx, &[from], &mut to, 0, &[]);
        (cx.after_copy)(cx.heap, &[from]);
        self.halves[self.current].reset();
        self.halves[other] = to;
        self.current = other;
        self.soft_limit = grow_for(to.used(), cx.needed, self.min_limit, to.capacity());
        Collected {
            copied_bytes: copied,
            major: true,
        }
    }

    fn live_spaces(&self) -> Vec<Space> {
        vec![self.halves[self.current]]
    }

    fn generations(&self) -> Option<(Space, Space)> {
        None
    }

    fn used(&self) -> usize {
        self.halves[self.current].used()
    }

    fn room(&self) -> usize {
        let half = self.halves[self.current];
        (half.start + self.soft_limit)
            .min(half.end)
            .saturating_sub(half.top)
    }

    fn exhausted(&self) -> bool {
        let half = self.halves[self.current];
        half.used() > half.capacity() - half.capacity() / 16
    }
}
