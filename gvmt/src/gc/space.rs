//! A space: a range of heap offsets allocated by bumping `top`.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Space {
    pub start: usize,
    pub end: usize,
    pub top: usize,
}

impl Space {
    pub fn new(start: usize, end: usize) -> Space {
        Space {
            start,
            end,
            top: start,
        }
    }

    /// Takes `size` bytes (a multiple of 16) if they fit below `limit` (and the end).
    pub fn alloc(&mut self, size: usize, limit: usize) -> Option<usize> {
        let at = self.top;
        let end = at.checked_add(size)?;
        if end > self.end.min(limit) {
            return None;
        }
        self.top = end;
        Some(at)
    }

    pub fn contains(&self, offset: usize) -> bool {
        (self.start..self.top).contains(&offset)
    }

    pub fn used(&self) -> usize {
        self.top - self.start
    }

    pub fn capacity(&self) -> usize {
        self.end - self.start
    }

    pub fn reset(&mut self) {
        self.top = self.start;
    }
}
