//! Frames: the activations the generated interpreter and compiled code run. A frame is an
//! object in the collected heap, of the layout a spec declares with `frame` (gvmt's fixed
//! slots, then the VM's own, then a tail of locals followed by the value stack), and a thread's
//! frames form a chain through their `back` slots from [`VmCtx::frame`]. Because frames are
//! heap objects, a collector traces and moves them like any other object, a generator can own
//! its frame, and a VM that must put a thread back where it was (an STM abort) can restore
//! them like any other object.
//!
//! Frames move, so nothing here keeps a Rust reference into one: a [`FrameView`] caches the
//! frame's address and must be [`FrameView::relocate`]d after anything that may collect.
//! [`Code`] is the other half of an activation: the bytecode and constants, outside the heap.
//!
//! This module owns the frame protocol (linking, returning, the flags); it does not know what
//! an instruction means or how a VM finds exception handlers (`Vm::unwind`).

mod fill;

pub use fill::{FrameInit, fill, take_spare};

use super::{Value, VmCtx, heap};
use crate::gc::Heap;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Offsets of gvmt's fixed frame slots (after the header word). A VM's own slots follow them;
/// the generated layout of the `frame` declaration lists them all.
pub mod slot {
    /// The frame this one returns to (0 for the bottom of a chain, or a detached frame).
    pub const BACK: usize = 8;
    /// The `*const Code` the frame runs.
    pub const CODE: usize = 16;
    /// The pc of the instruction running (while the frame runs, as last published), of the
    /// call in progress (while a callee runs), or where to go on (a suspended frame).
    pub const PC: usize = 24;
    /// The stack depth (values above the locals).
    pub const SP: usize = 32;
    /// [`super::flags`].
    pub const FLAGS: usize = 40;
    /// Frames on the chain up to and including this one.
    pub const DEPTH: usize = 48;
    /// Locals at the start of the tail.
    pub const NLOCALS: usize = 56;
    /// Tail length: locals plus stack capacity.
    pub const LEN: usize = 64;
    /// Number of gvmt's slots.
    pub const COUNT: usize = 8;
}

/// Bits of the `flags` slot.
pub mod flags {
    /// Native code started the interpreter on this frame: its `return` leaves the interpreter.
    pub const ENTRY: i64 = 1;
    /// The frame stopped at a `suspend` and can be resumed.
    pub const SUSPENDED: i64 = 2;
    /// Nothing but the chain refers to the frame (the VM says so with
    /// [`super::recycle_on_return`]): when it returns it goes on the thread's list of spare
    /// frames, which [`super::reuse`] takes from instead of allocating.
    pub const RECYCLE: i64 = 4;
}

/// Where a spec's frame layout puts things, generated from its `frame` declaration.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FrameLayout {
    /// The layout id.
    pub id: usize,
    /// Offset of the tail (the first local).
    pub tail: usize,
}

/// How compiled code for a [`Code`] stands.
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JitState {
    /// Not asked yet: the interpreter asks the VM (`Vm::compile`) on the next entry.
    Untried = 0,
    Compiled = 1,
    /// Runs interpreted (no JIT, or the JIT refused it).
    Interpreted = 2,
}

/// A function's bytecode and constants, and its compiled code once made. Lives outside the
/// heap and must outlive every frame made from it (frames hold its address); its constants
/// are a root range of the heap for as long as it lives.
pub struct Code {
    bytes: Box<[u8]>,
    consts: Box<[Value]>,
    nlocals: usize,
    stack_size: usize,
    /// For the VM: what it needs to find its own description of the code.
    pub data: usize,
    heap: Arc<Heap>,
    root_key: usize,
    /// [`JIT_UNTRIED`], [`JIT_INTERPRETED`], or the compiled entry point's address: one load
    /// tells the interpreter what to do with a frame it is about to run.
    jit: AtomicUsize,
}

const JIT_UNTRIED: usize = 0;
const JIT_INTERPRETED: usize = 1;

// SAFETY: the constants are read by mutators and updated by the collector only while every
// mutator is stopped; everything else is immutable or atomic.
unsafe impl Send for Code {}
unsafe impl Sync for Code {}

impl Code {
    /// Code with `nlocals` locals and a value stack of `stack_size` slots; `consts` become a
    /// root range of `heap`.
    pub fn new(
        heap: &Arc<Heap>,
        bytes: Vec<u8>,
        consts: Vec<Value>,
        nlocals: usize,
        stack_size: usize,
        data: usize,
    ) -> Code {
        let mut consts = consts.into_boxed_slice();
        // SAFETY: the boxed slice never moves or changes length, and `Drop` unregisters it
        // before it is freed.
        let root_key = unsafe { heap.add_roots(consts.as_mut_ptr(), consts.len()) };
        Code {
            bytes: bytes.into_boxed_slice(),
            consts,
            nlocals,
            stack_size,
            data,
            heap: Arc::clone(heap),
            root_key,
            jit: AtomicUsize::new(JIT_UNTRIED),
        }
    }

    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    pub fn nlocals(&self) -> usize {
        self.nlocals
    }

    pub fn stack_size(&self) -> usize {
        self.stack_size
    }

    /// Constant `index` as the collector last left it.
    pub fn constant(&self, index: usize) -> Value {
        self.consts[index]
    }

    pub fn consts_len(&self) -> usize {
        self.consts.len()
    }

    #[inline]
    pub fn jit_state(&self) -> JitState {
        match self.jit.load(Ordering::Acquire) {
            JIT_UNTRIED => JitState::Untried,
            JIT_INTERPRETED => JitState::Interpreted,
            _ => JitState::Compiled,
        }
    }

    /// Runs interpreted from now on.
    pub fn set_interpreted(&self) {
        self.jit.store(JIT_INTERPRETED, Ordering::Release);
    }

    /// The compiled entry point, if any.
    #[inline]
    pub fn compiled(&self) -> Option<crate::jit::CompiledFn> {
        let entry = self.jit.load(Ordering::Acquire);
        // SAFETY: only `set_compiled` stores an entry above JIT_INTERPRETED, from a
        // `CompiledFn`.
        (entry > JIT_INTERPRETED).then(|| unsafe { crate::jit::CompiledFn::from_entry(entry) })
    }

    /// Publishes compiled code for this code.
    ///
    /// # Safety
    /// `f` must have been compiled from these bytes by a JIT that lives as long as `self` is
    /// run, for the instruction set of the VM that runs it.
    pub unsafe fn set_compiled(&self, f: crate::jit::CompiledFn) {
        self.jit.store(f.entry_address(), Ordering::Release);
    }

    pub(crate) fn consts_ptr(&self) -> *const Value {
        self.consts.as_ptr()
    }
}

impl Drop for Code {
    fn drop(&mut self) {
        self.heap.remove_roots(self.root_key);
    }
}

impl std::fmt::Debug for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Code")
            .field("bytes", &self.bytes.len())
            .field("consts", &self.consts.len())
            .field("nlocals", &self.nlocals)
            .field("stack_size", &self.stack_size)
            .finish()
    }
}

/// Offsets into [`Code`] that compiled code reads.
impl Code {
    pub const OFFSET_CONSTS: i32 = std::mem::offset_of!(Code, consts) as i32;
}

/// A frame's slot `offset` (a fixed slot).
#[inline]
pub fn get(ctx: &VmCtx, frame: Value, offset: usize) -> i64 {
    heap::load_i64(ctx, frame, offset)
}

#[inline]
pub fn set(ctx: &VmCtx, frame: Value, offset: usize, v: i64) {
    heap::store_i64(ctx, frame, offset, v)
}

/// The code a frame runs.
#[inline]
pub fn code<'c>(ctx: &VmCtx, frame: Value) -> &'c Code {
    let p = get(ctx, frame, slot::CODE) as usize as *const Code;
    assert!(!p.is_null(), "gvmt: a frame without code");
    // SAFETY: frames are made by `init` from a `&Code` that, by `Code`'s contract, outlives
    // every frame made from it.
    unsafe { &*p }
}

/// Fills in a frame just allocated (zeroed, [`size_for`] bytes) for `code`: a tail of its
/// locals and stack, pc 0, an empty stack. The frame is not on any chain yet.
///
/// # Safety
/// `code` must outlive the frame (see [`Code`]).
#[inline]
pub unsafe fn init(ctx: &VmCtx, frame: Value, code: &Code) {
    let f = Fixed::of(ctx, frame);
    f.set(slot::CODE, code as *const Code as usize as i64);
    f.set(slot::NLOCALS, code.nlocals as i64);
    // The tail is the locals, the stack and the padding ([`size_for`]).
    let len = (padded_size(ctx.frame_tail, code) - ctx.frame_tail) / 8;
    f.set(slot::LEN, len as i64);
}

/// Marks `frame` (new, not on a chain) as referred to by nothing but the chain it will run on,
/// so that it is reused once it returns ([`flags::RECYCLE`]). A VM must not mark a frame that
/// anything else keeps (a generator's).
#[inline]
pub fn recycle_on_return(ctx: &VmCtx, frame: Value) {
    let f = Fixed::of(ctx, frame);
    f.set(slot::FLAGS, f.get(slot::FLAGS) | flags::RECYCLE);
}

/// The thread's last spare frame, taken off the list and made a new frame for `code`, if it
/// has the size one needs (`generated::interp::new_frame` tries this before allocating). Its
/// fixed slots, the VM's slots and the locals are zeroed; its stack holds stale words, which
/// nothing reads (a frame's stack is traced and read only below `sp`).
///
/// # Safety
/// `code` must outlive the frame (see [`Code`]).
#[inline]
pub unsafe fn reuse(ctx: &mut VmCtx, layout: FrameLayout, code: &Code) -> Option<Value> {
    let spare = ctx.spare_frame;
    if spare.0 == 0 {
        return None;
    }
    let size = size_for(layout, code);
    let f = Fixed::of(ctx, spare);
    if byte_size(ctx, spare) != size {
        return None;
    }
    assert!(
        spare.0 as usize + size <= ctx.heap_size && layout.tail + 8 * code.nlocals <= size,
        "gvmt: a frame outside the heap"
    );
    ctx.spare_frame = Value(f.get(slot::BACK) as u64);
    // SAFETY: the frame lies inside the heap and the locals inside the frame (checked above).
    unsafe {
        std::ptr::write_bytes(
            ctx.heap_base.add(spare.0 as usize + 8),
            0,
            layout.tail - 8 + 8 * code.nlocals,
        );
    }
    // SAFETY: the caller's contract.
    unsafe { init(ctx, spare, code) };
    Some(spare)
}

/// Bytes of a frame for `code` in a layout whose tail starts at `tail`: its slots, locals and
/// stack, then at least a cache line of unused tail, rounded to whole cache lines. The
/// interpreter writes a frame's slots at every instruction; the padding keeps the frames of
/// two threads (which a collection may copy next to each other) off each other's cache
/// lines, so threads running in parallel do not slow each other down by false sharing.
#[inline]
pub fn size_for(layout: FrameLayout, code: &Code) -> usize {
    padded_size(layout.tail, code)
}

/// The cache line size frames are padded to.
const CACHE_LINE: usize = 64;

/// [`size_for`] with the tail's offset.
#[inline]
fn padded_size(tail: usize, code: &Code) -> usize {
    (tail + 8 * (code.nlocals + code.stack_size) + CACHE_LINE).div_ceil(CACHE_LINE) * CACHE_LINE
}

/// The running frame.
#[inline]
pub fn current(ctx: &VmCtx) -> Value {
    ctx.frame
}

/// Local `index` of `frame`.
pub fn local(ctx: &VmCtx, frame: Value, index: usize) -> Value {
    let n = get(ctx, frame, slot::NLOCALS) as usize;
    assert!(index < n, "gvmt: local {index} out of range");
    heap::load_value(ctx, frame, ctx.frame_tail + 8 * index)
}

pub fn set_local(ctx: &VmCtx, frame: Value, index: usize, v: Value) {
    let n = get(ctx, frame, slot::NLOCALS) as usize;
    assert!(index < n, "gvmt: local {index} out of range");
    heap::store_value(ctx, frame, ctx.frame_tail + 8 * index, v);
    heap::write_barrier(ctx, frame);
}

/// Fills a new frame's locals: `first` from `values(i)`, the rest with `rest`.
#[inline]
pub fn init_locals(
    ctx: &VmCtx,
    frame: Value,
    first: usize,
    mut values: impl FnMut(usize) -> Value,
    rest: Value,
) {
    let f = Fixed::of(ctx, frame);
    let (n, len) = (f.get(slot::NLOCALS) as usize, f.get(slot::LEN) as usize);
    assert!(
        first <= n && n <= len,
        "gvmt: {first} arguments for {n} locals"
    );
    assert!(
        frame.0 as usize + ctx.frame_tail + 8 * len <= ctx.heap_size,
        "gvmt: a frame outside the heap"
    );
    // SAFETY: the whole tail lies inside the heap (checked above).
    let tail = unsafe { (f.0 as *mut u8).add(ctx.frame_tail) } as *mut Value;
    for i in 0..n {
        let v = if i < first { values(i) } else { rest };
        // SAFETY: `i < n <= len`, inside the tail.
        unsafe { tail.add(i).write(v) };
    }
    heap::write_barrier(ctx, frame);
}

/// Stack slot `slot` of `frame`.
pub fn stack_get(ctx: &VmCtx, frame: Value, slot: usize) -> Value {
    let (n, len) = (
        get(ctx, frame, slot::NLOCALS) as usize,
        get(ctx, frame, slot::LEN) as usize,
    );
    assert!(n + slot < len, "gvmt: stack slot {slot} out of range");
    heap::load_value(ctx, frame, ctx.frame_tail + 8 * (n + slot))
}

pub fn stack_set(ctx: &VmCtx, frame: Value, slot: usize, v: Value) {
    let (n, len) = (
        get(ctx, frame, slot::NLOCALS) as usize,
        get(ctx, frame, slot::LEN) as usize,
    );
    assert!(n + slot < len, "gvmt: stack slot {slot} out of range");
    heap::store_value(ctx, frame, ctx.frame_tail + 8 * (n + slot), v);
    heap::write_barrier(ctx, frame);
}

/// Pushes `v` on `frame`'s stack.
pub fn push(ctx: &VmCtx, frame: Value, v: Value) {
    let sp = get(ctx, frame, slot::SP) as usize;
    stack_set(ctx, frame, sp, v);
    set(ctx, frame, slot::SP, sp as i64 + 1);
}

/// A frame's fixed slots, reached with one bounds check (the protocol functions below touch
/// several slots per call: calls and returns are the interpreter's hottest paths).
#[derive(Clone, Copy)]
struct Fixed(*mut i64);

impl Fixed {
    #[inline]
    fn of(ctx: &VmCtx, frame: Value) -> Fixed {
        let at = frame.0 as usize;
        assert!(
            at != 0 && at.is_multiple_of(16) && at + ctx.frame_tail <= ctx.heap_size,
            "gvmt: {at:#x} is no frame"
        );
        // SAFETY: the fixed slots lie inside the heap (checked above).
        Fixed(unsafe { ctx.heap_base.add(at) } as *mut i64)
    }

    #[inline]
    fn get(self, offset: usize) -> i64 {
        // SAFETY: `offset` is one of `slot`'s, all below the tail (checked in `of`).
        unsafe { self.0.add(offset / 8).read() }
    }

    #[inline]
    fn set(self, offset: usize, v: i64) {
        // SAFETY: as in `get`.
        unsafe { self.0.add(offset / 8).write(v) }
    }
}

/// Makes `callee` (a new frame, or a resumed one) the running frame, on top of the current
/// one. The caller's pc and sp must already say where it goes on.
#[inline]
pub fn link(ctx: &mut VmCtx, callee: Value) {
    let caller = ctx.frame;
    if let Some(stm) = ctx.stm.as_deref() {
        // The interpreter writes the running frame through raw pointers: back it up first.
        stm.touch(ctx, callee);
    }
    let depth = if caller.0 == 0 {
        1
    } else {
        Fixed::of(ctx, caller).get(slot::DEPTH) + 1
    };
    let c = Fixed::of(ctx, callee);
    c.set(slot::BACK, caller.0 as i64);
    c.set(slot::DEPTH, depth);
    heap::write_barrier(ctx, callee);
    ctx.frame = callee;
}

/// Makes `frame` the running frame as an entry frame: native code is about to run the
/// interpreter on it, and its `return` (or `suspend`) leaves the interpreter.
pub fn push_entry(ctx: &mut VmCtx, frame: Value) {
    let f = get(ctx, frame, slot::FLAGS);
    set(
        ctx,
        frame,
        slot::FLAGS,
        (f | flags::ENTRY) & !flags::SUSPENDED,
    );
    link(ctx, frame);
}

/// Takes the running frame off the chain (its `back` cleared) and returns it; its caller
/// runs next.
#[inline]
pub fn pop(ctx: &mut VmCtx) -> Value {
    let frame = ctx.frame;
    let f = Fixed::of(ctx, frame);
    let back = Value(f.get(slot::BACK) as u64);
    f.set(slot::BACK, 0);
    f.set(slot::FLAGS, f.get(slot::FLAGS) & !flags::ENTRY);
    // A frame that leaves the chain may live on (a generator's): an old one that was written
    // while it ran must be remembered by a generational collector, which treats only the
    // frames on a chain as roots.
    heap::write_barrier(ctx, frame);
    ctx.frame = back;
    back
}

/// What the interpreter does after the running frame returned or suspended with a value.
pub enum Finished {
    /// The frame was an entry frame: leave the interpreter with the value.
    Leave(Value),
    /// The value went to the caller, which runs next.
    Resume,
}

/// The running frame ends with `v` (`return`, or `suspend` with `suspended`): it is popped;
/// an entry frame's value leaves the interpreter, anyone else's is pushed on the caller's
/// stack as the result of the instruction that entered it, and the caller goes on after that
/// instruction (`lens` gives instruction lengths by opcode).
#[inline]
pub fn finish(ctx: &mut VmCtx, v: Value, suspended: bool, lens: &[u8]) -> Finished {
    let frame = ctx.frame;
    let f = Fixed::of(ctx, frame);
    let fl = f.get(slot::FLAGS);
    let caller = Value(f.get(slot::BACK) as u64);
    // Off the chain, as `pop` does it, with the suspended flag set or cleared.
    let kept = if suspended {
        fl | flags::SUSPENDED
    } else {
        fl & !flags::SUSPENDED
    };
    f.set(slot::FLAGS, kept & !flags::ENTRY);
    heap::write_barrier(ctx, frame);
    ctx.frame = caller;
    if fl & flags::RECYCLE != 0 && !suspended {
        f.set(slot::BACK, ctx.spare_frame.0 as i64);
        ctx.spare_frame = frame;
    } else {
        f.set(slot::BACK, 0);
    }
    if fl & flags::ENTRY != 0 {
        return Finished::Leave(v);
    }
    let c = Fixed::of(ctx, caller);
    let (sp, nlocals, len) = (
        c.get(slot::SP) as usize,
        c.get(slot::NLOCALS) as usize,
        c.get(slot::LEN) as usize,
    );
    assert!(nlocals + sp < len, "gvmt: the caller's stack is full");
    heap::store_value(ctx, caller, ctx.frame_tail + 8 * (nlocals + sp), v);
    c.set(slot::SP, sp as i64 + 1);
    let pc = c.get(slot::PC) as usize;
    let code = c.get(slot::CODE) as usize as *const Code;
    assert!(!code.is_null(), "gvmt: a frame without code");
    // SAFETY: frames are made from a `&Code` that outlives them (`Code`'s contract).
    let op = unsafe { &*code }.bytes()[pc];
    c.set(slot::PC, (pc + lens[op as usize] as usize) as i64);
    Finished::Resume
}

/// The frames of the running chain, innermost first, down to (and including) the first
/// entry frame when `segment` (the frames one interpreter invocation runs), or all of them.
pub fn chain(ctx: &VmCtx, segment: bool) -> Vec<Value> {
    let mut out = Vec::new();
    let mut f = ctx.frame;
    while f.0 != 0 {
        out.push(f);
        if segment && get(ctx, f, slot::FLAGS) & flags::ENTRY != 0 {
            break;
        }
        f = heap::load_value(ctx, f, slot::BACK);
    }
    out
}

/// The running frame as the interpreter sees it: its address (valid until something
/// collects: [`FrameView::relocate`]), its code, and the sizes that bound every access.
#[derive(Clone, Copy)]
pub struct FrameView {
    /// Address of the frame's first local.
    tail: *mut Value,
    tail_offset: usize,
    nlocals: usize,
    /// Stack capacity.
    cap: usize,
    code: *const Code,
    bytes: *const u8,
    bytes_len: usize,
}

impl FrameView {
    /// A view of the running frame. Inlined: the interpreter takes one view per frame entry,
    /// and a view returned through memory costs a store-forwarding stall on every call.
    #[inline(always)]
    pub fn current(ctx: &VmCtx) -> FrameView {
        let frame = ctx.frame;
        assert!(frame.0 != 0, "gvmt: no running frame");
        let nlocals = get(ctx, frame, slot::NLOCALS) as usize;
        let len = get(ctx, frame, slot::LEN) as usize;
        let code = code(ctx, frame);
        assert!(nlocals <= len, "gvmt: a frame with more locals than slots");
        let end = (frame.0 as usize)
            .checked_add(ctx.frame_tail + 8 * len)
            .expect("gvmt: frame size");
        assert!(end <= ctx.heap_size, "gvmt: a frame outside the heap");
        FrameView {
            // SAFETY: the whole frame lies inside the heap (checked above).
            tail: unsafe { ctx.heap_base.add(frame.0 as usize + ctx.frame_tail) } as *mut Value,
            tail_offset: ctx.frame_tail,
            nlocals,
            cap: len - nlocals,
            code,
            bytes: code.bytes.as_ptr(),
            bytes_len: code.bytes.len(),
        }
    }

    /// Follows the running frame after a collection may have moved it (the frame is the same,
    /// its address may not be).
    #[inline]
    pub fn relocate(&mut self, ctx: &VmCtx) {
        // SAFETY: the running frame is the one this view was made for, so its size is the
        // same and it lies inside the heap.
        self.tail =
            unsafe { ctx.heap_base.add(ctx.frame.0 as usize + self.tail_offset) } as *mut Value;
    }

    #[inline]
    fn fixed(&self, offset: usize) -> *mut i64 {
        // SAFETY: the fixed slots lie before the tail inside the same object.
        unsafe { (self.tail as *mut u8).sub(self.tail_offset - offset) as *mut i64 }
    }

    /// The code the frame runs (it outlives the frame: `Code`'s contract).
    pub fn code<'c>(&self) -> &'c Code {
        // SAFETY: a code outlives every frame made from it (`Code`'s contract, `init`).
        unsafe { &*self.code }
    }

    #[inline]
    pub fn pc(&self) -> usize {
        // SAFETY: a fixed slot of the live frame.
        unsafe { self.fixed(slot::PC).read() as usize }
    }

    #[inline]
    pub fn set_pc(&self, pc: usize) {
        // SAFETY: as in `pc`.
        unsafe { self.fixed(slot::PC).write(pc as i64) }
    }

    #[inline]
    pub fn sp(&self) -> usize {
        // SAFETY: as in `pc`.
        unsafe { self.fixed(slot::SP).read() as usize }
    }

    #[inline]
    pub fn set_sp(&self, sp: usize) {
        assert!(
            sp <= self.cap,
            "gvmt: stack pointer {sp} beyond the frame's {} slots",
            self.cap
        );
        // SAFETY: as in `pc`.
        unsafe { self.fixed(slot::SP).write(sp as i64) }
    }

    #[inline]
    pub fn flags(&self) -> i64 {
        // SAFETY: as in `pc`.
        unsafe { self.fixed(slot::FLAGS).read() }
    }

    pub fn stack_capacity(&self) -> usize {
        self.cap
    }

    pub fn locals_len(&self) -> usize {
        self.nlocals
    }

    #[inline]
    pub fn code_byte(&self, pc: usize) -> u8 {
        assert!(pc < self.bytes_len, "gvmt: pc {pc} beyond the code");
        // SAFETY: in bounds of the code's bytes, which outlive the frame.
        unsafe { self.bytes.add(pc).read() }
    }

    /// Reads the operand of the given kind at `at`.
    #[inline]
    pub fn operand(&self, at: usize, kind: super::OperandKind) -> i64 {
        let n = kind.size();
        assert!(at + n <= self.bytes_len, "gvmt: operand beyond the code");
        // SAFETY: in bounds (checked above).
        let bytes = unsafe { std::slice::from_raw_parts(self.bytes.add(at), n) };
        kind.decode(bytes)
    }

    #[inline]
    pub fn constant(&self, index: usize) -> Value {
        self.code().constant(index)
    }

    #[inline]
    pub fn local(&self, index: usize) -> Value {
        assert!(index < self.nlocals, "gvmt: local {index} out of range");
        // SAFETY: in bounds of the frame's tail.
        unsafe { self.tail.add(index).read() }
    }

    /// Stores a local. No write barrier: the frames on a thread's chain are roots of every
    /// collection, and a frame leaving the chain gets the barrier then ([`pop`]).
    #[inline]
    pub fn set_local(&self, index: usize, v: Value) {
        assert!(index < self.nlocals, "gvmt: local {index} out of range");
        // SAFETY: as in `local`.
        unsafe { self.tail.add(index).write(v) }
    }

    #[inline]
    pub fn stack_get(&self, slot: usize) -> Value {
        assert!(slot < self.cap, "gvmt: stack slot {slot} out of range");
        // SAFETY: in bounds of the frame's tail.
        unsafe { self.tail.add(self.nlocals + slot).read() }
    }

    #[inline]
    pub fn stack_set(&self, slot: usize, v: Value) {
        assert!(slot < self.cap, "gvmt: stack slot {slot} out of range");
        // SAFETY: as in `stack_get`.
        unsafe { self.tail.add(self.nlocals + slot).write(v) }
    }

    /// The `len` stack values from `start`, for an array input.
    #[inline]
    pub fn values(&self, ctx: &VmCtx, start: usize, len: usize) -> Values {
        assert!(
            start + len <= self.cap,
            "gvmt: stack range {start}+{len} out of range"
        );
        Values::new(ctx, self.nlocals + start, len)
    }
}

/// An array stack input (`args[n]`) passed to an extern: `len` values of the running frame's
/// tail from `start`. Each read finds the frame anew in the context, so it sees a collector's
/// moves; read it only while that frame runs (not from inside a call that runs another frame,
/// which debug builds check).
#[derive(Clone, Copy, Debug)]
pub struct Values {
    start: usize,
    len: usize,
    /// Depth of the frame the values belong to.
    depth: i64,
}

impl Values {
    /// Values `start..start + len` of the running frame's tail (checked on each read).
    #[inline]
    pub fn new(ctx: &VmCtx, start: usize, len: usize) -> Values {
        Values {
            start,
            len,
            depth: get(ctx, ctx.frame, slot::DEPTH),
        }
    }

    /// No values (a call whose arguments all come from elsewhere).
    pub fn empty() -> Values {
        Values {
            start: 0,
            len: 0,
            depth: 0,
        }
    }

    /// Stack slots `start..start + len` of the running frame (compiled code's shims).
    pub fn from_stack(ctx: &VmCtx, start: usize, len: usize) -> Values {
        let nlocals = get(ctx, ctx.frame, slot::NLOCALS) as usize;
        Values::new(ctx, nlocals + start, len)
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Value `i`, read from the running frame.
    #[inline]
    pub fn get(&self, ctx: &VmCtx, i: usize) -> Value {
        assert!(i < self.len, "gvmt: array input index {i} out of range");
        let frame = ctx.frame;
        debug_assert_eq!(
            get(ctx, frame, slot::DEPTH),
            self.depth,
            "gvmt: array input read while another frame runs"
        );
        let len = get(ctx, frame, slot::LEN) as usize;
        assert!(self.start + i < len, "gvmt: array input outside the frame");
        heap::load_value(ctx, frame, ctx.frame_tail + 8 * (self.start + i))
    }

    pub fn to_vec(&self, ctx: &VmCtx) -> Vec<Value> {
        (0..self.len).map(|i| self.get(ctx, i)).collect()
    }

    /// These values without the first `n` (a method call's receiver slot, say).
    pub fn skip(&self, n: usize) -> Values {
        assert!(
            n <= self.len,
            "gvmt: skipping {n} of {} array inputs",
            self.len
        );
        Values {
            start: self.start + n,
            len: self.len - n,
            depth: self.depth,
        }
    }
}

/// Bytes of the frame `frame` (fixed slots and tail).
#[inline]
pub fn byte_size(ctx: &VmCtx, frame: Value) -> usize {
    (ctx.frame_tail + 8 * get(ctx, frame, slot::LEN) as usize).div_ceil(16) * 16
}

/// Copies every slot of frame `from` into `to`, a frame object of the same size (a backup
/// just allocated with [`byte_size`] bytes, or a frame its backup is put back into): with its
/// `back` link, pc, sp and flags, `to` is `from` as it was.
pub fn copy_into(ctx: &VmCtx, from: Value, to: Value) {
    let size = byte_size(ctx, from);
    let len = get(ctx, to, slot::LEN);
    assert!(
        len == 0 || byte_size(ctx, to) == size,
        "gvmt: frames of different sizes"
    );
    for off in (8..size).step_by(8) {
        heap::store_word(ctx, to, off, heap::load_word(ctx, from, off));
    }
    heap::write_barrier(ctx, to);
}

/// Pops the running frame and the ones below it up to and including the nearest entry frame
/// (an error leaving the interpreter invocation that runs them).
pub fn unwind_segment(ctx: &mut VmCtx) {
    while ctx.frame.0 != 0 {
        let entry = get(ctx, ctx.frame, slot::FLAGS) & flags::ENTRY != 0;
        pop(ctx);
        if entry {
            break;
        }
    }
}
