//! One thread's transaction: what its barriers record (the read markers of its world, the
//! objects it wrote with their backup copies, the objects it allocated) and the bookkeeping
//! `Stm` keeps per thread (its world, its retries, its quantum). It lives in the thread's
//! `VmCtx` (`VmCtx::stm`), where the heap accessors of `rt::heap` find it.
//!
//! Owns: the barriers. Must not: take any lock or allocate in the read barrier (it runs on
//! every heap load).

use crate::gc::{ObjectModel, RawHeap};
use crate::rt::{Value, VmCtx};
use std::cell::{Cell, RefCell};
use std::time::Instant;

/// Breakpoints an inevitable transaction runs at most while no other thread waits for it.
pub const INEVITABLE_TICKS: u32 = 64;

/// An object the running transaction wrote, or a run of adjacent objects it allocated.
pub(crate) struct Written {
    pub offset: usize,
    pub size: usize,
    /// The object as it was when the transaction first wrote it; `None` for an object the
    /// transaction allocated (an abort drops it: nothing refers to it any more).
    pub backup: Option<Box<[u64]>>,
}

/// A thread's transactional state (see the module doc).
pub struct StmThread {
    /// The running transaction's number in its world (1..=255); 0 when none is open (the
    /// barriers do nothing).
    pub(crate) tx: Cell<u8>,
    /// The world's read and write markers: one byte per 16 heap bytes, set to `tx` at the
    /// byte of an object's start when the transaction reads or writes it.
    pub(crate) read_markers: Cell<*mut u8>,
    pub(crate) write_markers: Cell<*mut u8>,
    pub(crate) markers_len: Cell<usize>,
    /// Read it through [`StmThread::take_written`] or after [`StmThread::end_run`].
    pub(crate) written: RefCell<Vec<Written>>,
    /// The run of adjacent objects the transaction is allocating (start and end offsets;
    /// empty when they are equal), not yet in `written`.
    run: Cell<(usize, usize)>,
    /// Bytes the transaction allocated (what fills the heap, which cannot collect until the
    /// transaction ends). Not the bytes of objects it wrote: ending the transaction early
    /// would not save their backups, which the next one takes again.
    pub(crate) written_bytes: Cell<usize>,
    /// `StmConfig::commit_bytes`.
    pub(crate) commit_bytes: usize,
    pub(crate) model: ObjectModel,
    /// An allocation in the transaction found the heap full: collect before the next one.
    /// (The bytes it asked for: the collection makes room for them.)
    pub(crate) wants_collection: Cell<Option<usize>>,
    // Bookkeeping of `Stm` (never touched by the barriers).
    pub(crate) stm: std::sync::Arc<super::Stm>,
    pub(crate) id: usize,
    pub(crate) world: Option<usize>,
    pub(crate) last_world: Option<usize>,
    pub(crate) started: Option<Instant>,
    pub(crate) inevitable: bool,
    pub(crate) aborts_in_a_row: u32,
    pub(crate) quantum: u32,
}

impl std::fmt::Debug for StmThread {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StmThread")
            .field("id", &self.id)
            .field("tx", &self.tx.get())
            .field("world", &self.world)
            .field("inevitable", &self.inevitable)
            .finish_non_exhaustive()
    }
}

impl StmThread {
    pub(crate) fn new(
        stm: std::sync::Arc<super::Stm>,
        id: usize,
        model: ObjectModel,
        quantum: u32,
    ) -> StmThread {
        StmThread {
            stm,
            tx: Cell::new(0),
            read_markers: Cell::new(std::ptr::null_mut()),
            write_markers: Cell::new(std::ptr::null_mut()),
            markers_len: Cell::new(0),
            written: RefCell::new(Vec::new()),
            run: Cell::new((0, 0)),
            written_bytes: Cell::new(0),
            commit_bytes: usize::MAX,
            model,
            wants_collection: Cell::new(None),
            id,
            world: None,
            last_world: None,
            started: None,
            inevitable: false,
            aborts_in_a_row: 0,
            quantum,
        }
    }

    /// True while a transaction is open.
    #[inline]
    pub fn is_open(&self) -> bool {
        self.tx.get() != 0
    }

    /// True if the open transaction is inevitable (it cannot abort).
    pub fn is_inevitable(&self) -> bool {
        self.inevitable
    }

    /// How many instructions (or other units the VM counts) the next transaction should
    /// run before it commits: halved by each abort, doubled by each commit, within the
    /// configured bounds.
    pub fn quantum(&self) -> u32 {
        self.quantum
    }

    #[inline]
    fn marker_index(&self, object: Value) -> Option<usize> {
        let i = object.0 as usize / 16;
        (i < self.markers_len.get()).then_some(i)
    }

    /// The read barrier: marks `object` as read by the open transaction.
    #[inline]
    pub(crate) fn read_barrier(&self, object: Value) {
        let tx = self.tx.get();
        if tx != 0
            && let Some(i) = self.marker_index(object)
        {
            // SAFETY: `i < markers_len`, the length of the world's marker array, which the
            // thread owns while its transaction is open.
            unsafe { *self.read_markers.get().add(i) = tx };
        }
    }

    /// The write barrier, before a store into `object`: on the transaction's first write to
    /// it, a backup copy of the whole object and a write-set entry. Objects written through
    /// raw pointers (a VM's frames) must be passed to [`StmThread::touch`] before.
    #[inline]
    pub(crate) fn write_barrier(&self, ctx: &VmCtx, object: Value) {
        let tx = self.tx.get();
        if tx == 0 {
            return;
        }
        let Some(i) = self.marker_index(object) else {
            return;
        };
        // SAFETY: as in `read_barrier`.
        unsafe {
            *self.read_markers.get().add(i) = tx;
            if *self.write_markers.get().add(i) == tx {
                return;
            }
            *self.write_markers.get().add(i) = tx;
        }
        self.back_up(ctx, object);
    }

    #[cold]
    fn back_up(&self, ctx: &VmCtx, object: Value) {
        let view = RawHeap {
            base: ctx.heap_base,
            size: ctx.heap_size,
        };
        let offset = object.0 as usize;
        let size = view.object_size(&self.model, offset);
        let backup: Box<[u64]> = (0..size / 8).map(|w| view.word(offset + 8 * w)).collect();
        self.written.borrow_mut().push(Written {
            offset,
            size,
            backup: Some(backup),
        });
    }

    /// Moves the allocation run into `written`.
    pub(crate) fn end_run(&self) {
        let (start, end) = self.run.replace((0, 0));
        if start != end {
            self.written.borrow_mut().push(Written {
                offset: start,
                size: end - start,
                backup: None,
            });
        }
    }

    /// What the transaction wrote and allocated; it starts again with nothing.
    pub(crate) fn take_written(&self) -> Vec<Written> {
        self.end_run();
        self.written.take()
    }

    /// The write barrier for an object the VM writes through raw pointers (frames): call it
    /// before the first such write in a transaction.
    pub fn touch(&self, ctx: &VmCtx, object: Value) {
        self.write_barrier(ctx, object);
    }

    /// The allocator made an object at `offset`: it goes into the commit as a whole, and
    /// the transaction's writes to it need no backup.
    #[inline]
    pub(crate) fn allocated(&self, offset: usize, size: usize) {
        let tx = self.tx.get();
        // An object made outside a transaction would be in the heap and no world.
        assert!(tx != 0, "gvmt: an allocation outside an STM transaction");
        if let Some(i) = self.marker_index(Value(offset as u64)) {
            // SAFETY: as in `read_barrier`.
            unsafe { *self.write_markers.get().add(i) = tx };
        }
        // Objects allocated one after another are one run (one copy at commit), kept in a
        // cell until a gap ends it.
        let (start, end) = self.run.get();
        if end == offset && start != end {
            self.run.set((start, end + size));
        } else {
            self.end_run();
            self.run.set((offset, offset + size));
        }
        self.written_bytes.set(self.written_bytes.get() + size);
    }

    /// `object` becomes reachable from outside the heap (a pin, a weak reference, an
    /// identity): if the open transaction made it, it and the new objects it refers to are
    /// copied into the heap and every world now, so that another thread finding it there
    /// finds it in its world too.
    pub(crate) fn publish(&self, ctx: &VmCtx, object: Value) {
        if self.is_open() {
            self.stm.publish(self, ctx, object);
        }
    }

    /// An allocation found no room: the transaction must end before the heap can collect.
    pub(crate) fn want_collection(&self, needed: usize) {
        let most = self.wants_collection.get().unwrap_or(0).max(needed);
        self.wants_collection.set(Some(most));
    }

    /// True when the open transaction should end at the VM's next atomicity breakpoint,
    /// which is the `ticks`-th it has passed: it is inevitable and others wait for it (or
    /// it has passed [`INEVITABLE_TICKS`]), it found the heap full, it has run its quantum,
    /// or what it allocated has reached `StmConfig::commit_bytes`.
    pub fn due(&self, ticks: u32) -> bool {
        (self.inevitable && (ticks >= INEVITABLE_TICKS || self.stm.others_wait()))
            || self.wants_collection()
            || ticks >= self.quantum
            || self.written_bytes.get() >= self.commit_bytes
    }

    /// True if an allocation of the open transaction found the heap full.
    pub fn wants_collection(&self) -> bool {
        self.wants_collection.get().is_some()
    }
}
