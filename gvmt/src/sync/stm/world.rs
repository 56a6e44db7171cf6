//! Worlds: W private copies of the heap ("segments" in the seed paper), each with its own
//! base, so one reference (a heap offset) resolves to a different copy of an object in each
//! world. Stage 1 of DESIGN.md: every world is a full copy, brought up to date object by
//! object from the commit log, or wholesale from the heap after a collection. A world is
//! taken by one thread for one transaction at a time.
//!
//! Owns: the worlds' memory and markers and who holds each. Must not: decide what a
//! transaction sees (that is the log's and `Stm`'s business).

use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicBool, AtomicPtr, Ordering};

/// One world's memory and markers.
pub(crate) struct World {
    /// The world's copy of the heap (allocated the first time the world is taken: untouched
    /// pages cost nothing).
    memory: Vec<u64>,
    pub read_markers: Vec<u8>,
    pub write_markers: Vec<u8>,
    /// The number of the last transaction run here (markers hold such numbers).
    pub last_tx: u8,
    /// The commit-log revision this world's objects reflect.
    pub revision: u64,
    /// The heap epoch (number of collections) the copy was taken in; `None` before the first.
    pub epoch: Option<u64>,
}

impl World {
    fn new() -> World {
        World {
            memory: Vec::new(),
            read_markers: Vec::new(),
            write_markers: Vec::new(),
            last_tx: 0,
            revision: 0,
            epoch: None,
        }
    }

    /// Allocates the world's memory (zeroed) for a heap of `size` bytes.
    pub fn ensure_memory(&mut self, size: usize) {
        if self.memory.len() * 8 != size {
            self.memory = vec![0; size / 8];
            self.clear_markers();
        }
    }

    pub fn base(&mut self) -> *mut u8 {
        self.memory.as_mut_ptr() as *mut u8
    }

    /// Forgets every marker (fresh zeroed arrays: the OS maps their pages lazily).
    pub fn clear_markers(&mut self) {
        let n = self.memory.len() * 8 / 16;
        self.read_markers = vec![0; n];
        self.write_markers = vec![0; n];
        self.last_tx = 0;
    }

    /// The number of a new transaction in this world; the markers are cleared when the
    /// numbers wrap, so a marker equal to the number is always this transaction's.
    pub fn next_tx(&mut self) -> u8 {
        if self.last_tx == u8::MAX {
            self.clear_markers();
        }
        self.last_tx += 1;
        self.last_tx
    }

    /// Copies `words` into the world at heap offset `offset`.
    pub fn write(&mut self, offset: usize, words: &[u64]) {
        let at = offset / 8;
        self.memory[at..at + words.len()].copy_from_slice(words);
    }

    pub fn words(&self, offset: usize, len_bytes: usize) -> &[u64] {
        &self.memory[offset / 8..(offset + len_bytes) / 8]
    }

    /// Copies the heap's bytes `start..end` into the world.
    ///
    /// # Safety
    /// `heap_base..heap_base+end` must be readable and not written concurrently.
    pub unsafe fn copy_from_heap(&mut self, heap_base: *const u8, start: usize, end: usize) {
        let dst = &mut self.memory[start / 8..end / 8];
        // SAFETY: the caller's promise; `dst` has `end - start` bytes.
        let src = unsafe {
            std::slice::from_raw_parts(heap_base.add(start) as *const u64, (end - start) / 8)
        };
        dst.copy_from_slice(src);
    }
}

/// The W worlds and who holds them.
pub(crate) struct Worlds {
    slots: Box<[Slot]>,
}

struct Slot {
    taken: AtomicBool,
    world: UnsafeCell<World>,
    /// The world's memory once it has some (set under the log lock): where objects are
    /// published into worlds their owners are not using yet ([`Worlds::publish`]).
    base: AtomicPtr<u64>,
}

// SAFETY: a world is accessed only by the thread that took it (`taken` set by a successful
// compare-and-swap, cleared by that thread when it gives the world back).
unsafe impl Sync for Slot {}

impl Worlds {
    pub fn new(count: usize) -> Worlds {
        Worlds {
            slots: (0..count.max(1))
                .map(|_| Slot {
                    taken: AtomicBool::new(false),
                    world: UnsafeCell::new(World::new()),
                    base: AtomicPtr::new(std::ptr::null_mut()),
                })
                .collect(),
        }
    }

    pub fn len(&self) -> usize {
        self.slots.len()
    }

    /// Takes a free world, `preferred` first.
    pub fn try_take(&self, preferred: Option<usize>) -> Option<usize> {
        let order = preferred
            .into_iter()
            .chain(0..self.slots.len())
            .filter(|&i| i < self.slots.len());
        order.into_iter().find(|&i| {
            self.slots[i]
                .taken
                .compare_exchange(false, true, Ordering::Acquire, Ordering::Relaxed)
                .is_ok()
        })
    }

    pub fn give_back(&self, i: usize) {
        self.slots[i].taken.store(false, Ordering::Release);
    }

    /// Records world `i`'s memory (after [`World::ensure_memory`], under the log lock).
    pub fn set_base(&self, i: usize, base: *mut u8) {
        self.slots[i]
            .base
            .store(base as *mut u64, Ordering::Release);
    }

    /// Copies `words` to heap offset `offset` in every world that has memory except
    /// `except`. The caller holds the log lock (so no world's memory is being allocated or
    /// copied afresh) and the words are a new object no thread but the caller refers to yet
    /// (so no world's owner is reading or writing them).
    pub fn publish(&self, except: *const u8, offset: usize, words: &[u64]) {
        for slot in self.slots.iter() {
            let base = slot.base.load(Ordering::Acquire);
            if base.is_null() || base as *const u8 == except {
                continue;
            }
            // SAFETY: the world's memory is as large as the heap (`ensure_memory`), which
            // holds the object; see above for why nobody else touches these words now.
            unsafe {
                std::ptr::copy_nonoverlapping(words.as_ptr(), base.add(offset / 8), words.len())
            };
        }
    }

    /// The world `i`, which the caller has taken.
    ///
    /// # Safety
    /// The caller holds world `i` (from [`Worlds::try_take`], not yet given back) and keeps
    /// no other reference to it.
    #[allow(clippy::mut_from_ref)]
    pub unsafe fn get(&self, i: usize) -> &mut World {
        debug_assert!(self.slots[i].taken.load(Ordering::Relaxed));
        // SAFETY: the caller's promise: it holds the world exclusively.
        unsafe { &mut *self.slots[i].world.get() }
    }
}
