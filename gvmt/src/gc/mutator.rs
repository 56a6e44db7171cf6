//! A mutator: one thread's handle on the heap. It owns the thread's `VmCtx` (allocation buffer,
//! remembered buffer), its roots (registered frames and a handle stack), and its side of the
//! stop-the-world protocol (safepoints, detaching around blocking calls).

use super::heap::{Heap, State};
use super::roots::{Pinned, ThreadRoots};
use super::{OutOfMemory, align_size};
use crate::rt::heap::header;
use crate::rt::{Value, VmCtx};
use std::cell::UnsafeCell;
use std::marker::PhantomData;
use std::sync::atomic::{AtomicU8, AtomicUsize, Ordering};
use std::sync::{Arc, MutexGuard};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub(crate) enum Status {
    /// Running VM code: must reach a safepoint before a collection can start.
    Attached,
    /// Blocked outside the VM (lock wait, sleep, I/O): counts as stopped.
    Detached,
    /// Stopped at a safepoint, waiting for the collection to end.
    Suspended,
    /// This thread is running the collection.
    Collecting,
}

/// The part of a mutator the heap (and the collecting thread) sees.
pub(crate) struct MutatorRecord {
    status: AtomicU8,
    ctx: *mut VmCtx,
    /// Offset where the current allocation buffer began (for the allocation statistics).
    buffer_start: AtomicUsize,
    roots: UnsafeCell<ThreadRoots>,
}

// SAFETY: the record is shared with other threads, which touch `ctx` and `roots` only while
// this mutator is stopped (status is not Attached, observed under the heap lock), or through
// atomics (`request_stop`).
unsafe impl Send for MutatorRecord {}
unsafe impl Sync for MutatorRecord {}

impl MutatorRecord {
    pub fn status(&self) -> Status {
        match self.status.load(Ordering::Acquire) {
            0 => Status::Attached,
            1 => Status::Detached,
            2 => Status::Suspended,
            _ => Status::Collecting,
        }
    }

    pub fn set_status(&self, s: Status) {
        self.status.store(s as u8, Ordering::Release);
    }

    pub(crate) fn ctx(&self) -> &VmCtx {
        // SAFETY: the box behind `ctx` lives until the mutator is dropped, which unregisters
        // this record first.
        unsafe { &*self.ctx }
    }

    /// Sends the thread to its slow path and its next safepoint.
    pub fn request_stop(&self) {
        self.ctx().alloc_limit.store(0, Ordering::Release);
        self.ctx().request_interrupt(crate::rt::interrupt::COLLECT);
    }

    pub fn clear_stop(&self) {
        self.ctx().clear_interrupt(crate::rt::interrupt::COLLECT);
    }

    /// Ends the thread's allocation buffer; returns the bytes allocated in it. Only while the
    /// thread is stopped (or by the thread itself).
    pub fn retire_buffer(&self) -> usize {
        // SAFETY: the owner is stopped or is the caller; nothing else writes the cursor.
        let ctx = unsafe { &mut *self.ctx };
        let start = self.buffer_start.swap(0, Ordering::Relaxed);
        let used = if start == 0 {
            0
        } else {
            ctx.alloc_cursor - start
        };
        ctx.alloc_cursor = 0;
        ctx.alloc_limit.store(0, Ordering::Release);
        used
    }

    pub fn take_remembered(&self) -> Vec<Value> {
        std::mem::take(&mut *self.ctx().remembered.borrow_mut())
    }

    pub fn visit_roots(&self, f: &mut dyn FnMut(&mut Value)) {
        // SAFETY: called by the collector while this mutator is stopped: nothing else touches
        // its context or roots.
        let ctx = unsafe { &mut *self.ctx };
        f(&mut ctx.ret);
        // SAFETY: as above.
        unsafe { &mut *self.roots.get() }.visit(f)
    }

    /// The running frame, a root that is always a reference when nonzero (whatever the
    /// spec's tags say). Only while this mutator is stopped.
    pub fn visit_frame(&self, f: &mut dyn FnMut(&mut Value)) {
        // SAFETY: called by the collector while this mutator is stopped.
        let ctx = unsafe { &mut *self.ctx };
        if ctx.frame.0 != 0 {
            f(&mut ctx.frame);
        }
    }

    /// Forgets the frame kept for reuse (`VmCtx::spare_frame`): it is no root, and what the
    /// collection does not keep is garbage. Only while this mutator is stopped.
    pub(crate) fn drop_spare_frame(&self) {
        // SAFETY: called by the collector while this mutator is stopped.
        unsafe { &mut *self.ctx }.spare_frame = Value(0);
    }

    /// The frames on this thread's chain (innermost first). Only while it is stopped.
    pub(crate) fn frame_chain(&self, heap: crate::gc::RawHeap) -> Vec<Value> {
        let mut out = Vec::new();
        let mut f = self.ctx().frame.0 as usize;
        while f != 0 {
            out.push(Value(f as u64));
            f = heap.word(f + crate::rt::frame::slot::BACK) as usize;
        }
        out
    }
}

/// A rooted value: an index into the mutator's handle stack, which the collector updates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Handle(usize);

/// Consecutive rooted values ([`Mutator::root_all`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Handles {
    start: usize,
    len: usize,
}

impl Handles {
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

/// A reference read from a handle, valid while the mutator is borrowed: every operation that
/// may collect takes the mutator mutably, so the borrow checker rejects a `Gc` held across one.
///
/// ```compile_fail
/// # use gvmt::gc::{Handle, Mutator};
/// fn stale(m: &mut Mutator, h: Handle) {
///     let g = m.gc(h);            // borrows the mutator
///     m.alloc(0, 16).unwrap();    // may collect: needs the mutator mutably
///     let _ = g.value();          // error: `g` would be stale here
/// }
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Gc<'m> {
    value: Value,
    _mutator: PhantomData<&'m Mutator>,
}

impl Gc<'_> {
    pub fn value(self) -> Value {
        self.value
    }
}

pub struct Mutator {
    heap: Arc<Heap>,
    record: Arc<MutatorRecord>,
    ctx: Box<VmCtx>,
}

impl Mutator {
    /// Attaches the calling thread to `heap`.
    pub fn new(heap: &Arc<Heap>) -> Mutator {
        let mut ctx = Box::new(VmCtx::with_heap(heap.raw.base, heap.raw.size));
        if let Some(frame) = heap.model.frame {
            ctx.frame_tail = frame.tail;
            ctx.frame_layout = frame.id;
        }
        let record = Arc::new(MutatorRecord {
            status: AtomicU8::new(Status::Attached as u8),
            ctx: &mut *ctx,
            buffer_start: AtomicUsize::new(0),
            roots: UnsafeCell::new(ThreadRoots::default()),
        });
        let mut st = heap.wait_for_gc(heap.lock());
        ctx.barrier = st.plan.needs_barrier();
        st.mutators.push(Arc::clone(&record));
        drop(st);
        Mutator {
            heap: Arc::clone(heap),
            record,
            ctx,
        }
    }

    /// Ends the thread's allocation buffer (the STM backend: the thread moved to another
    /// world, where the rest of the buffer was never zeroed).
    pub(crate) fn retire_buffer(&mut self) {
        let used = self.record.retire_buffer();
        self.heap.lock().stats.bytes_allocated += used;
    }

    pub fn heap(&self) -> &Arc<Heap> {
        &self.heap
    }

    pub fn ctx(&self) -> &VmCtx {
        &self.ctx
    }

    pub fn ctx_mut(&mut self) -> &mut VmCtx {
        &mut self.ctx
    }

    fn roots(&mut self) -> &mut ThreadRoots {
        // SAFETY: the owner thread, attached: the collector does not run concurrently.
        unsafe { &mut *self.record.roots.get() }
    }

    fn roots_ref(&self) -> &ThreadRoots {
        // SAFETY: as in `roots`.
        unsafe { &*self.record.roots.get() }
    }

    /// Allocates a zeroed object of `layout` (a generated `layouts` id) and `size` bytes. May
    /// collect: every reference the caller holds must be rooted (frames, handles).
    #[inline]
    pub fn alloc(&mut self, layout: usize, size: usize) -> Result<Value, OutOfMemory> {
        debug_assert_eq!(
            self.ctx.no_gc.get(),
            0,
            "gvmt: allocation inside an extern the spec does not declare may_gc (declare it, or the \
             collector will miss values that are live on the stack)"
        );
        let size = align_size(size);
        let cursor = self.ctx.alloc_cursor;
        if cursor != 0 && cursor + size <= self.ctx.alloc_limit.load(Ordering::Relaxed) {
            self.ctx.alloc_cursor = cursor + size;
            let object = Value(cursor as u64);
            crate::rt::heap::init_header(&self.ctx, object, size, layout);
            return Ok(object);
        }
        self.alloc_slow(layout, size)
    }

    /// The heap as this thread sees it: the heap itself, or under the STM backend the world
    /// its transaction runs in (the same offsets, another base).
    fn view(&self) -> super::RawHeap {
        super::RawHeap {
            base: self.ctx.heap_base,
            size: self.ctx.heap_size,
        }
    }

    /// True while the thread runs an STM transaction: then it must not stop for a
    /// collection (its world holds changes the heap has not got yet).
    fn in_transaction(&self) -> bool {
        self.ctx.stm.as_deref().is_some_and(|t| t.is_open())
    }

    #[cold]
    fn alloc_slow(&mut self, layout: usize, size: usize) -> Result<Value, OutOfMemory> {
        let heap = Arc::clone(&self.heap);
        let config = &heap.config;
        let tlab = if config.stress { 256 } else { config.tlab };
        let large = size > tlab / 4;
        let mut collections = 0;
        // An STM transaction neither stops for a collection nor starts one: its world holds
        // changes the heap has not got. It allocates while the plan has room; when it has
        // none, the transaction must end (the VM aborts it) and the collection runs between
        // transactions (`Stm::begin`).
        let in_transaction = self.in_transaction();
        let view = self.view();
        let mut st = heap.lock();
        loop {
            if heap.gc_requested.load(Ordering::Acquire) && !in_transaction {
                st = Self::suspend(&heap, &self.record, st);
                continue;
            }
            let allocated = self.record.retire_buffer();
            st.stats.bytes_allocated += allocated;
            if !(config.stress && collections == 0 && !in_transaction) {
                if large {
                    if let Some(at) = st.plan.alloc(size, true) {
                        view.fill(at, at + size, 0);
                        view.set_word(at, header::new(layout) | st.plan.large_object_flags());
                        st.stats.bytes_allocated += size;
                        if let Some(stm) = self.ctx.stm.as_deref() {
                            stm.allocated(at, size);
                        }
                        return Ok(Value(at as u64));
                    }
                } else {
                    let chunk = tlab.max(size);
                    if let Some(at) = st.plan.alloc(chunk, false) {
                        // The chunk is this thread's: zero it without holding up the others
                        // (no collection can start before this thread reaches a safepoint).
                        drop(st);
                        view.fill(at, at + chunk, 0);
                        view.set_word(at, header::new(layout));
                        self.record.buffer_start.store(at, Ordering::Relaxed);
                        self.ctx.alloc_cursor = at + size;
                        self.ctx.alloc_limit.store(at + chunk, Ordering::Release);
                        if let Some(stm) = self.ctx.stm.as_deref() {
                            stm.allocated(at, size);
                        }
                        return Ok(Value(at as u64));
                    }
                }
            }
            if in_transaction {
                if let Some(stm) = self.ctx.stm.as_deref() {
                    stm.want_collection(size);
                }
                return Err(OutOfMemory { requested: size });
            }
            if collections == 2 {
                return Err(OutOfMemory { requested: size });
            }
            let full = collections == 1;
            st = heap.collect_locked(st, &self.record, full, size);
            collections += 1;
            if full && st.plan.exhausted() {
                return Err(OutOfMemory { requested: size });
            }
        }
    }

    /// Stops at a safepoint while a collection runs (with the heap lock held on entry and exit).
    fn suspend<'a>(
        heap: &'a Heap,
        record: &MutatorRecord,
        st: MutexGuard<'a, State>,
    ) -> MutexGuard<'a, State> {
        record.set_status(Status::Suspended);
        heap.wake.notify_all();
        let st = heap.wait_for_gc(st);
        record.set_status(Status::Attached);
        st
    }

    /// A safepoint: if a collection is requested, stop until it is over. The caller's frames
    /// must be in memory (pc and sp published).
    #[inline]
    pub fn safepoint(&mut self) {
        if self.heap.gc_requested.load(Ordering::Acquire) && !self.in_transaction() {
            let st = self.heap.lock();
            drop(Self::suspend(&self.heap, &self.record, st));
        }
    }

    /// Collects now (`full`: the whole heap).
    pub fn collect(&mut self, full: bool) {
        if self.in_transaction() {
            // Not inside an STM transaction: the next `Stm::begin` collects.
            if let Some(stm) = self.ctx.stm.as_deref() {
                stm.want_collection(0);
            }
            return;
        }
        let heap = Arc::clone(&self.heap);
        let st = heap.lock();
        if heap.gc_requested.load(Ordering::Acquire) {
            drop(Self::suspend(&heap, &self.record, st));
        } else {
            drop(heap.collect_locked(st, &self.record, full, 0));
        }
    }

    /// Collects to make room for an allocation of `needed` bytes that failed (inside an
    /// STM transaction, which cannot collect): the whole heap when it is a large object.
    pub fn collect_for(&mut self, needed: usize) {
        if self.in_transaction() {
            return self.collect(false);
        }
        let heap = Arc::clone(&self.heap);
        let st = heap.lock();
        if heap.gc_requested.load(Ordering::Acquire) {
            drop(Self::suspend(&heap, &self.record, st));
        } else {
            let full = needed > heap.config.tlab;
            drop(heap.collect_locked(st, &self.record, full, needed));
        }
    }

    /// Runs `f` detached from the heap (a blocking call: lock wait, sleep, join, I/O), so that
    /// collections need not wait for it. `f` must not touch the heap.
    pub fn blocking<R>(&mut self, f: impl FnOnce() -> R) -> R {
        assert!(
            !self.in_transaction(),
            "gvmt: a blocking call inside an STM transaction (commit it first: a detached \
             thread's world would miss the collection)"
        );
        {
            let _st = self.heap.lock();
            self.record.set_status(Status::Detached);
            self.heap.wake.notify_all();
        }
        let result = f();
        let st = self.heap.wait_for_gc(self.heap.lock());
        self.record.set_status(Status::Attached);
        drop(st);
        result
    }

    /// Roots `v` until the handle stack is truncated below it (see [`Mutator::scope`]).
    pub fn root(&mut self, v: Value) -> Handle {
        let roots = self.roots();
        roots.handles.push(v);
        Handle(roots.handles.len() - 1)
    }

    /// The current value of a handle.
    pub fn get(&self, h: Handle) -> Value {
        self.roots_ref().handles[h.0]
    }

    /// Roots every value of `vs` (consecutive handles, no allocation beyond the handle
    /// stack's own growth); [`Mutator::get_nth`] reads them back.
    pub fn root_all(&mut self, vs: &[Value]) -> Handles {
        let roots = self.roots();
        let start = roots.handles.len();
        roots.handles.extend_from_slice(vs);
        Handles {
            start,
            len: vs.len(),
        }
    }

    /// The current value of the `i`th handle of `hs`.
    pub fn get_nth(&self, hs: Handles, i: usize) -> Value {
        assert!(i < hs.len, "gvmt: handle {i} of {}", hs.len);
        self.roots_ref().handles[hs.start + i]
    }

    /// The current values of `hs`, into `out` (which must be as long).
    pub fn get_all(&self, hs: Handles, out: &mut [Value]) {
        out.copy_from_slice(&self.roots_ref().handles[hs.start..hs.start + hs.len]);
    }

    pub fn set(&mut self, h: Handle, v: Value) {
        self.roots().handles[h.0] = v;
    }

    /// A handle's value as a [`Gc`], which the borrow checker keeps from crossing a collection.
    pub fn gc(&self, h: Handle) -> Gc<'_> {
        Gc {
            value: self.get(h),
            _mutator: PhantomData,
        }
    }

    /// Roots `v` for as long as the returned [`Pinned`] (or a clone of it) lives: a global
    /// root ([`Heap::pin`]), so it may be handed to another thread.
    pub fn pin(&mut self, v: Value) -> Pinned {
        self.publish(v);
        self.heap.pin(v)
    }

    /// Under the STM backend, an object that becomes reachable from outside the heap
    /// (pinned, weakly referred to, given an identity, stored in a VM's table of roots) is
    /// copied into the heap and every world if the open transaction made it
    /// (`StmThread::publish`), so that other threads finding it there find it in their
    /// worlds too. Pins, weak references and identities do this themselves; a VM calls it
    /// for the root ranges it writes (`Heap::add_roots`). Nothing under the other backends.
    pub fn publish(&self, v: Value) {
        if let Some(stm) = self.ctx.stm.as_deref() {
            stm.publish(&self.ctx, v);
        }
    }

    /// The current value of a pinned root.
    #[inline]
    pub fn pinned(&self, p: &Pinned) -> Value {
        p.value()
    }

    /// Runs `f`; handles made inside are released when it returns.
    pub fn scope<R>(&mut self, f: impl FnOnce(&mut Mutator) -> R) -> R {
        let mark = self.roots().handles.len();
        let result = f(self);
        self.roots().handles.truncate(mark);
        result
    }

    /// Number of live handles (to release to with [`Mutator::release_handles`]).
    pub fn handle_mark(&self) -> usize {
        self.roots_ref().handles.len()
    }

    pub fn release_handles(&mut self, mark: usize) {
        self.roots().handles.truncate(mark);
    }

    /// A stable identity for `object` (for `id()` and default hashes), the same across moves.
    /// A word that is not a reference (an immediate) is its own identity: the identity
    /// table holds only heap objects, which a collection forwards.
    pub fn identity(&mut self, object: Value) -> u64 {
        if !super::value_is_ref(&self.heap.model, object) {
            return object.0;
        }
        self.publish(object);
        self.heap.lock().identity.id(object.0 as usize)
    }
}

impl Mutator {
    /// A weak reference to heap object `object`: [`Mutator::weak_get`] gives it back while
    /// something else keeps it alive, then None. Release it with [`Mutator::release_weak`].
    pub fn weak(&mut self, object: Value) -> super::Weak {
        debug_assert!(super::value_is_ref(&self.heap.model, object));
        self.publish(object);
        self.heap.lock().weak.add(object.0 as usize, 0, false)
    }

    /// A weak reference to `object` owned by heap object `owner` (a VM's weak-reference
    /// object, which keeps the returned index): released by the collector when the owner
    /// dies. With `notify`, an owner that outlives its referent is handed back once by
    /// [`Mutator::take_cleared_weak`] (the heap keeps it alive until then) and the
    /// collecting thread's `WEAK_CLEARED` interrupt bit is set.
    pub fn weak_owned(&mut self, object: Value, owner: Value, notify: bool) -> super::Weak {
        debug_assert!(super::value_is_ref(&self.heap.model, object));
        debug_assert!(super::value_is_ref(&self.heap.model, owner));
        self.publish(object);
        self.publish(owner);
        self.heap
            .lock()
            .weak
            .add(object.0 as usize, owner.0 as usize, notify)
    }

    /// The object weak reference `w` names, if it is still alive.
    pub fn weak_get(&self, w: super::Weak) -> Option<Value> {
        self.heap.lock().weak.get(w).map(|o| Value(o as u64))
    }

    /// The owners of the weak references to `object` (made with [`Mutator::weak_owned`]),
    /// oldest first. The values are valid until the next collection.
    pub fn weak_owners(&self, object: Value) -> Vec<Value> {
        let st = self.heap.lock();
        st.weak
            .owners_of(object.0 as usize)
            .into_iter()
            .map(|o| Value(o as u64))
            .collect()
    }

    /// Whether a weak reference (made and not released) names `object`: a VM that wants a
    /// dropped object's weak references cleared soon can ask for a collection when this
    /// holds.
    pub fn is_weakly_referenced(&self, object: Value) -> bool {
        self.heap.lock().weak.is_referent(object.0 as usize)
    }

    /// An owner whose referent died (see [`Mutator::weak_owned`]), oldest first; each is
    /// given once. Valid until the next collection: root it before allocating.
    pub fn take_cleared_weak(&mut self) -> Option<Value> {
        self.heap.lock().weak_cleared.pop_front()
    }

    /// Whether [`Mutator::take_cleared_weak`] has an owner to give.
    pub fn has_cleared_weak(&self) -> bool {
        !self.heap.lock().weak_cleared.is_empty()
    }

    /// Frees weak reference `w` (it must not be used again).
    pub fn release_weak(&mut self, w: super::Weak) {
        self.heap.lock().weak.release(w);
    }

    /// Weak references made and not released (for tests).
    pub fn weak_count(&self) -> usize {
        self.heap.lock().weak.len()
    }
}

/// Finalization (see `gc/finalize.rs`).
impl Mutator {
    /// Registers heap object `object` as having a finalizer: the collection that finds it
    /// unreachable keeps it (and what it reaches) and queues it for
    /// [`Mutator::take_finalizable`], once; the collecting thread's `FINALIZE` interrupt bit
    /// is set. Under stm the object is published first (as for a weak reference); the VM
    /// makes the transaction inevitable before it registers, since an abort would not take
    /// the registration back.
    pub fn register_finalizer(&mut self, object: Value) {
        debug_assert!(super::value_is_ref(&self.heap.model, object));
        self.publish(object);
        self.heap.lock().finalizers.register(object.0 as usize);
    }

    /// Takes `object` off the finalization table (its finalizer has nothing left to do: a
    /// generator that finished); false if it was not on it.
    pub fn cancel_finalizer(&mut self, object: Value) -> bool {
        self.heap.lock().finalizers.cancel(object.0 as usize)
    }

    /// An object whose finalizer is due (found unreachable), in registration order; each is
    /// given once. Valid until the next collection: root it before allocating.
    pub fn take_finalizable(&mut self) -> Option<Value> {
        self.heap.lock().finalize_ready.pop_front()
    }

    /// Whether [`Mutator::take_finalizable`] has an object to give.
    pub fn has_finalizable(&self) -> bool {
        !self.heap.lock().finalize_ready.is_empty()
    }

    /// Queues every registered object for finalization, reachable or not, in registration
    /// order (a VM's shutdown: CPython finalizes what its modules still hold at exit).
    pub fn finalize_all(&mut self) {
        let mut st = self.heap.lock();
        let all = st.finalizers.take_all();
        st.finalize_ready
            .extend(all.into_iter().map(|o| Value(o as u64)));
    }

    /// Objects registered for finalization and not yet found unreachable (for tests).
    pub fn finalizer_count(&self) -> usize {
        self.heap.lock().finalizers.len()
    }
}

impl Drop for Mutator {
    fn drop(&mut self) {
        // A collection may be waiting for this thread: count as stopped (detached) while
        // waiting for it to end, or it would wait for us and we for it. Our roots and
        // allocation buffer are still valid while we wait, so the collector may use them.
        let st = self.heap.lock();
        self.record.set_status(Status::Detached);
        self.heap.wake.notify_all();
        let mut st = self.heap.wait_for_gc(st);
        st.stats.bytes_allocated += self.record.retire_buffer();
        // The objects this thread's write barrier logged are marked as logged: the next
        // collection must still see them.
        let remembered = self.record.take_remembered();
        st.orphaned_remembered.extend(remembered);
        st.mutators.retain(|m| !Arc::ptr_eq(m, &self.record));
        self.heap.wake.notify_all();
    }
}
