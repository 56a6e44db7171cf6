//! The per-thread VM context: the part of a VM's state that generated code (interpreted or
//! compiled) reads directly, at fixed offsets.

use super::Value;
use std::cell::RefCell;
use std::mem::offset_of;
use std::sync::atomic::{AtomicU32, AtomicUsize, Ordering};

/// Fields compiled code reads at the `OFFSET_*` constants.
#[repr(C)]
#[derive(Debug)]
pub struct VmCtx {
    /// Start of this thread's view of the heap: references are byte offsets from here.
    pub heap_base: *mut u8,
    /// Bytes addressable from `heap_base`.
    pub heap_size: usize,
    /// Bump pointer of this thread's allocation buffer (a heap offset).
    pub alloc_cursor: usize,
    /// End of the allocation buffer. Another thread sets it to 0 to send this one to the
    /// allocation slow path (a collection request).
    pub alloc_limit: AtomicUsize,
    /// Nonzero: the thread must call `Vm::poll` at its next safepoint. A set of
    /// [`interrupt`] bits, each set and cleared atomically by its owner (a collection request,
    /// a signal, the end of a time slice), so that one never erases another.
    pub interrupt: AtomicU32,
    /// Objects this thread's write barrier remembered since the last collection.
    pub remembered: RefCell<Vec<Value>>,
    /// True when the collector needs the write barrier (generational).
    pub barrier: bool,
    /// Depth of calls into externs not declared `may_gc` (debug builds of generated code keep
    /// it): an allocation while it is nonzero is a spec bug, caught by `gvmt::gc::Mutator`.
    pub no_gc: std::cell::Cell<u32>,
    /// The running frame (a heap object of the spec's frame layout; 0 when none): the root of
    /// the thread's chain of frames. See [`crate::rt::frame`].
    pub frame: Value,
    /// A value compiled code hands to the interpreter's driver (a returned value, a frame to
    /// enter); a root while set.
    pub ret: Value,
    /// Frames that returned and may be reused ([`crate::rt::frame::flags::RECYCLE`]), the
    /// last one first, linked through their `back` slots; 0 when none. No root: every
    /// collection clears it.
    pub spare_frame: Value,
    /// Offset of the first local in a frame (from the spec's frame layout).
    pub frame_tail: usize,
    /// The frame layout's id.
    pub frame_layout: usize,
    /// The thread's transaction under the STM backend (`crate::sync::Stm`): the heap
    /// accessors' read and write barriers record into it. `None` under the other backends.
    pub stm: Option<Box<crate::sync::StmThread>>,
}

// SAFETY: a VmCtx belongs to one mutator thread. Other threads touch only the atomics, or the
// rest while that thread is stopped at a safepoint (the collector's protocol in `gvmt::gc`).
unsafe impl Send for VmCtx {}

/// The bits of [`VmCtx::interrupt`].
pub mod interrupt {
    /// A collection is requested: stop at the next safepoint (the collector's).
    pub const COLLECT: u32 = 1;
    /// A signal arrived (the VM's signal handler).
    pub const SIGNAL: u32 = 2;
    /// The thread's time slice ended (a sync backend's).
    pub const TIME_SLICE: u32 = 4;
    /// The thread runs STM transactions: every safepoint is a possible atomicity
    /// breakpoint, where the VM counts the transaction's length (kept set while it does).
    pub const TRANSACTION: u32 = 8;
    /// A collection cleared weak references whose owners asked to be told: the VM takes
    /// them at its next safepoint (`Mutator::take_cleared_weak`) and runs their callbacks.
    pub const WEAK_CLEARED: u32 = 16;
    /// A collection found objects registered for finalization unreachable: the VM takes
    /// them at its next safepoint (`Mutator::take_finalizable`) and runs their finalizers.
    pub const FINALIZE: u32 = 32;
}

impl VmCtx {
    /// Sets interrupt bit(s) `bits` (any thread, or a signal handler: one atomic operation).
    pub fn request_interrupt(&self, bits: u32) {
        self.interrupt.fetch_or(bits, Ordering::AcqRel);
    }

    /// Clears interrupt bit(s) `bits`, leaving the others; returns whether any was set.
    pub fn clear_interrupt(&self, bits: u32) -> bool {
        self.interrupt.fetch_and(!bits, Ordering::AcqRel) & bits != 0
    }

    pub const OFFSET_HEAP_BASE: i32 = offset_of!(VmCtx, heap_base) as i32;
    pub const OFFSET_HEAP_SIZE: i32 = offset_of!(VmCtx, heap_size) as i32;
    pub const OFFSET_ALLOC_CURSOR: i32 = offset_of!(VmCtx, alloc_cursor) as i32;
    pub const OFFSET_ALLOC_LIMIT: i32 = offset_of!(VmCtx, alloc_limit) as i32;
    pub const OFFSET_INTERRUPT: i32 = offset_of!(VmCtx, interrupt) as i32;
    pub const OFFSET_BARRIER: i32 = offset_of!(VmCtx, barrier) as i32;
    pub const OFFSET_FRAME: i32 = offset_of!(VmCtx, frame) as i32;
    pub const OFFSET_RET: i32 = offset_of!(VmCtx, ret) as i32;

    /// A context with no heap (every heap access fails its bounds check).
    pub fn empty() -> VmCtx {
        VmCtx::with_heap(std::ptr::null_mut(), 0)
    }

    pub fn with_heap(heap_base: *mut u8, heap_size: usize) -> VmCtx {
        VmCtx {
            heap_base,
            heap_size,
            alloc_cursor: 0,
            alloc_limit: AtomicUsize::new(0),
            interrupt: AtomicU32::new(0),
            remembered: RefCell::new(Vec::new()),
            barrier: false,
            no_gc: std::cell::Cell::new(0),
            frame: Value(0),
            ret: Value(0),
            spare_frame: Value(0),
            frame_tail: 0,
            frame_layout: 0,
            stm: None,
        }
    }
}

/// A VM's context type: what every generated function and every extern receives as `vm`.
pub trait Vm: 'static {
    /// The error an extern raises (a VM's exception value).
    type Error;

    fn vmctx(&self) -> &VmCtx;

    fn vmctx_mut(&mut self) -> &mut VmCtx;

    /// Compiled code cannot carry a Rust error: an extern's shim parks it here and the JIT
    /// driver takes it back out when compiled code exits with "raise".
    fn set_pending_error(&mut self, error: Self::Error);

    fn take_pending_error(&mut self) -> Option<Self::Error>;

    /// Allocates an object of `layout` and `size` bytes when the inline fast path (a `new` in
    /// the spec) found the thread's allocation buffer full. May collect; raises the VM's
    /// out-of-memory error.
    fn alloc_slow(&mut self, layout: usize, size: usize) -> Result<Value, Self::Error>;

    /// Called at a safepoint (a backward jump) when `VmCtx::interrupt` is set: the place to
    /// stop for a collection. Frame state is in memory; may collect; may raise.
    fn poll(&mut self) -> Result<(), Self::Error> {
        Ok(())
    }

    /// An instruction of the running frame raised `error`; the frame's pc names the
    /// instruction and its sp is as at the instruction's start. Handle it: either make some
    /// frame go on at a handler (popping the frames above it; the running frame then is that
    /// one, its pc and sp set as the handler needs) and return `Ok`, or pop every frame up to
    /// and including the nearest entry frame and return the error, which leaves the
    /// interpreter. May collect. The default (a VM without handlers) does the latter.
    fn unwind(&mut self, error: Self::Error) -> Result<(), Self::Error> {
        super::frame::unwind_segment(self.vmctx_mut());
        Err(error)
    }

    /// The interpreter is about to run `code` for the first time: compile it (publishing the
    /// result with `Code::set_compiled`) or leave it interpreted (`Code::set_interpreted`),
    /// as the VM's JIT policy says. An error is raised in the frame about to run (a VM that
    /// insists on compiled code). The default runs everything interpreted.
    fn compile(&mut self, code: &super::Code) -> Result<(), Self::Error> {
        code.set_interpreted();
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interrupt_bits_are_set_and_cleared_one_by_one() {
        let ctx = VmCtx::empty();
        ctx.request_interrupt(interrupt::SIGNAL);
        ctx.request_interrupt(interrupt::COLLECT);
        // The collector's end of a collection leaves a pending signal alone.
        assert!(ctx.clear_interrupt(interrupt::COLLECT));
        assert_eq!(ctx.interrupt.load(Ordering::Relaxed), interrupt::SIGNAL);
        assert!(!ctx.clear_interrupt(interrupt::COLLECT));
        assert!(ctx.clear_interrupt(interrupt::SIGNAL));
        assert_eq!(ctx.interrupt.load(Ordering::Relaxed), 0);
    }

    #[test]
    fn offsets_match_the_layout_compiled_code_assumes() {
        assert_eq!(VmCtx::OFFSET_HEAP_BASE, 0);
        assert_eq!(VmCtx::OFFSET_HEAP_SIZE, 8);
        assert_eq!(VmCtx::OFFSET_ALLOC_CURSOR, 16);
        assert_eq!(VmCtx::OFFSET_ALLOC_LIMIT, 24);
        assert_eq!(VmCtx::OFFSET_INTERRUPT, 32);
    }
}
