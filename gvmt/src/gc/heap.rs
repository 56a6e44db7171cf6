//! The heap shared by all mutator threads: its memory, its plan, the registry of mutators and
//! global roots, and the stop-the-world protocol.
//!
//! Protocol: a thread that needs a collection sets `gc_requested` (under the state lock), sends
//! every other mutator to its slow path (`alloc_limit = 0`, the `COLLECT` interrupt bit) and
//! waits until
//! each is stopped: suspended at a safepoint, detached (blocked outside the VM) or gone. It
//! collects, clears the request and wakes everyone. A detached thread re-attaches only when no
//! collection is requested, so a thread blocked on a lock held by a stopped thread never holds
//! a collection up.

use super::finalize::FinalizerTable;
use super::identity::IdentityTable;
use super::mutator::{MutatorRecord, Status};
use super::plan::{CollectCx, Generational, Plan, PlanKind, SemiSpace};
use super::region::Region;
use super::roots::{Pinned, Pins, RootRange};
use super::space::Space;
use super::stats::GcStats;
use super::verify;
use super::weak::WeakTable;
use super::{ObjectModel, RawHeap};
use crate::rt::Value;
use crate::rt::heap::header::UNLOGGED;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::Instant;

/// Heap options, chosen at start-up.
#[derive(Clone, Debug)]
pub struct HeapConfig {
    pub plan: PlanKind,
    /// Most bytes the heap may use (`--max-heap`); beyond it allocation is out-of-memory.
    pub max_heap: usize,
    /// Nursery size of the generational plan.
    pub nursery: usize,
    /// Starting soft limit; the plans grow it with the live data.
    pub initial: usize,
    /// Bytes per thread-local allocation buffer.
    pub tlab: usize,
    /// Collect at every allocation slow path (with tiny allocation buffers).
    pub stress: bool,
    /// Check the heap before and after every [`HeapConfig::verify_every`]-th collection.
    pub verify: bool,
    /// With `verify`: check one collection in this many (1: each). A check costs a walk of
    /// the whole heap, which under `stress` (a collection every 256 bytes) is most of the
    /// run time; a stale reference left in the heap stays there to be found by a later one.
    pub verify_every: usize,
    /// Overwrite evacuated spaces with a poison pattern after each collection.
    pub poison: bool,
}

impl HeapConfig {
    pub fn new(plan: PlanKind) -> HeapConfig {
        HeapConfig {
            plan,
            max_heap: 1 << 30,
            nursery: 4 << 20,
            initial: 4 << 20,
            tlab: 32 << 10,
            stress: false,
            verify: false,
            verify_every: 1,
            poison: cfg!(debug_assertions),
        }
    }

    /// Applies `HOTPY_GC_STRESS=1` and `HOTPY_GC_VERIFY=N` (check one collection in N; any
    /// other value than a number: each) from the environment.
    pub fn from_env(mut self) -> HeapConfig {
        let on = |name: &str| std::env::var(name).is_ok_and(|v| v != "0" && !v.is_empty());
        if on("HOTPY_GC_STRESS") {
            self.stress = true;
        }
        if on("HOTPY_GC_VERIFY") {
            self.verify = true;
            self.verify_every = std::env::var("HOTPY_GC_VERIFY")
                .ok()
                .and_then(|v| v.parse::<usize>().ok())
                .unwrap_or(1)
                .max(1);
        }
        self
    }
}

pub(crate) struct State {
    pub plan: Box<dyn Plan>,
    pub mutators: Vec<Arc<MutatorRecord>>,
    pub globals: Vec<Option<RootRange>>,
    pub pins: Pins,
    /// What the write barrier remembered on threads that have gone since the last collection.
    pub orphaned_remembered: Vec<Value>,
    pub stats: GcStats,
    pub identity: IdentityTable,
    pub weak: WeakTable,
    /// Owners of weak references whose referents died, kept alive (roots) until the VM takes
    /// them ([`crate::gc::Mutator::take_cleared_weak`]) to run their callbacks.
    pub weak_cleared: std::collections::VecDeque<Value>,
    pub finalizers: FinalizerTable,
    /// Registered objects found unreachable, kept alive (roots) until the VM takes them
    /// ([`crate::gc::Mutator::take_finalizable`]) to run their finalizers.
    pub finalize_ready: std::collections::VecDeque<Value>,
}

pub struct Heap {
    pub(crate) state: Mutex<State>,
    pub(crate) wake: Condvar,
    pub(crate) gc_requested: AtomicBool,
    /// Collections so far: a `Value` remembered with the epoch it was read in is still valid
    /// while the epoch is unchanged (caches of values need no rooting).
    epoch: AtomicU64,
    pub(crate) raw: RawHeap,
    pub(crate) model: ObjectModel,
    pub(crate) config: HeapConfig,
    _region: Mutex<Region>,
}

/// Offsets below this are never objects (so offset 0 can mean "no object").
const RESERVED: usize = 16;

impl Heap {
    /// The number of collections so far: values read in one epoch may move in the next.
    pub fn epoch(&self) -> u64 {
        self.epoch.load(Ordering::Acquire)
    }

    pub fn new(config: HeapConfig, model: ObjectModel) -> Arc<Heap> {
        let mut region = Region::new(config.max_heap.max(1 << 16));
        let raw = RawHeap {
            base: region.base(),
            size: region.size(),
        };
        let plan: Box<dyn Plan> = match config.plan {
            PlanKind::SemiSpace => Box::new(SemiSpace::new(RESERVED, raw.size, config.initial)),
            PlanKind::Generational => Box::new(Generational::new(
                RESERVED,
                raw.size,
                config.nursery,
                config.initial,
            )),
        };
        debug_assert_eq!(plan.kind(), config.plan);
        let state = State {
            plan,
            mutators: Vec::new(),
            globals: Vec::new(),
            pins: Pins::default(),
            orphaned_remembered: Vec::new(),
            stats: GcStats::default(),
            identity: IdentityTable::default(),
            weak: WeakTable::default(),
            weak_cleared: std::collections::VecDeque::new(),
            finalizers: FinalizerTable::default(),
            finalize_ready: std::collections::VecDeque::new(),
        };
        Arc::new(Heap {
            state: Mutex::new(state),
            wake: Condvar::new(),
            gc_requested: AtomicBool::new(false),
            epoch: AtomicU64::new(0),
            raw,
            model,
            config,
            _region: Mutex::new(region),
        })
    }

    /// True when little room is left before the next collection is due: a quarter of the
    /// nursery (generational) or of the starting soft limit (semi-space). The STM backend
    /// collects between transactions then, so that transactions rarely fill the heap.
    pub fn nearly_full(&self) -> bool {
        let room = self.lock().plan.room();
        let size = match self.config.plan {
            PlanKind::Generational => self.config.nursery,
            PlanKind::SemiSpace => self.config.initial,
        };
        room < size / 4
    }

    /// True while a thread waits for the others to stop for a collection.
    pub fn collection_requested(&self) -> bool {
        self.gc_requested.load(Ordering::Acquire)
    }

    pub fn plan(&self) -> PlanKind {
        self.config.plan
    }

    pub fn config(&self) -> &HeapConfig {
        &self.config
    }

    pub(crate) fn lock(&self) -> MutexGuard<'_, State> {
        // A panic while holding the lock leaves no half-done collection behind that we could
        // repair: propagate it.
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub fn stats(&self) -> GcStats {
        self.lock().stats.clone()
    }

    /// Bytes in use in the live spaces (including unused parts of allocation buffers).
    pub fn used(&self) -> usize {
        self.lock().plan.used()
    }

    /// Objects that have been given an identity and are still alive.
    pub fn identities(&self) -> usize {
        self.lock().identity.len()
    }

    /// Registers `len` root slots at `ptr` (a constant pool, a table of globals) and returns a
    /// key for [`Heap::remove_roots`].
    ///
    /// # Safety
    /// The slots must stay valid, and be written only by mutator threads while attached, until
    /// they are removed.
    pub unsafe fn add_roots(&self, ptr: *mut Value, len: usize) -> usize {
        let mut st = self.lock();
        st.globals.push(Some(RootRange { ptr, len }));
        st.globals.len() - 1
    }

    /// Roots `v` for as long as the returned [`Pinned`] (or a clone of it) lives: a global
    /// root, readable by every thread of this heap.
    pub fn pin(&self, v: Value) -> Pinned {
        self.lock().pins.pin(v)
    }

    pub fn remove_roots(&self, key: usize) {
        let mut st = self.lock();
        if let Some(slot) = st.globals.get_mut(key) {
            *slot = None;
        }
    }

    /// Waits (with the lock) until no collection is requested.
    pub(crate) fn wait_for_gc<'a>(
        &'a self,
        mut st: MutexGuard<'a, State>,
    ) -> MutexGuard<'a, State> {
        while self.gc_requested.load(Ordering::Acquire) {
            st = self.wake.wait(st).unwrap_or_else(|p| p.into_inner());
        }
        st
    }

    /// Stops the world and collects. Called with the lock held by an attached mutator
    /// (`me`), which counts as stopped while it collects.
    pub(crate) fn collect_locked<'a>(
        &'a self,
        mut st: MutexGuard<'a, State>,
        me: &MutatorRecord,
        full: bool,
        needed: usize,
    ) -> MutexGuard<'a, State> {
        self.gc_requested.store(true, Ordering::Release);
        // If the collection panics (a verifier failure, a VM bug), release the other threads
        // instead of leaving them waiting for ever.
        let release = ReleaseOnUnwind(self);
        me.set_status(Status::Collecting);
        for m in &st.mutators {
            m.request_stop();
        }
        while st.mutators.iter().any(|m| m.status() == Status::Attached) {
            st = self.wake.wait(st).unwrap_or_else(|p| p.into_inner());
        }
        let start = Instant::now();
        self.collect_stopped(&mut st, full, needed);
        if !st.weak_cleared.is_empty() {
            me.ctx()
                .request_interrupt(crate::rt::interrupt::WEAK_CLEARED);
        }
        if !st.finalize_ready.is_empty() {
            me.ctx().request_interrupt(crate::rt::interrupt::FINALIZE);
        }
        st.stats.pauses.push(start.elapsed());
        for m in &st.mutators {
            m.clear_stop();
        }
        me.set_status(Status::Attached);
        std::mem::forget(release);
        self.gc_requested.store(false, Ordering::Release);
        self.wake.notify_all();
        st
    }

    /// The collection proper; every mutator is stopped.
    fn collect_stopped(&self, st: &mut State, full: bool, needed: usize) {
        let State {
            plan,
            mutators,
            globals,
            pins,
            orphaned_remembered,
            stats,
            identity,
            weak,
            weak_cleared,
            finalizers,
            finalize_ready,
        } = st;
        let model = &self.model;
        let verify_now = self.config.verify && stats.collections % self.config.verify_every == 0;
        let mut remembered = std::mem::take(orphaned_remembered);
        for m in mutators.iter() {
            stats.bytes_allocated += m.retire_buffer();
            remembered.extend(m.take_remembered());
            m.drop_spare_frame();
        }
        // The frames on each thread's chain are written without the write barrier (they get
        // it when they leave the chain): a minor collection re-traces the old ones.
        if let Some((old, _)) = plan.generations() {
            for m in mutators.iter() {
                for f in m.frame_chain(self.raw) {
                    let at = f.0 as usize;
                    let word = self.raw.word(at);
                    if old.contains(at) && word & UNLOGGED != 0 {
                        self.raw.set_word(at, word & !UNLOGGED);
                        remembered.push(f);
                    }
                }
            }
        }
        if verify_now {
            verify::check(
                self.raw,
                model,
                plan.as_ref(),
                &mut |f| visit_roots(mutators, globals, pins, model, f),
                &remembered,
            )
            .unwrap_or_else(|e| panic!("gvmt gc: heap verification failed before collection: {e}"));
        }
        let poison = self.config.poison;
        let mut newly_cleared = Vec::new();
        let mut after_copy = |heap: RawHeap, condemned: &[Space]| {
            identity.forward(heap, condemned);
            weak.forward(heap, condemned, &mut newly_cleared);
            if poison {
                for s in condemned {
                    heap.fill(s.start, s.top, 0xdb);
                }
            }
        };
        let mut roots = |f: &mut dyn FnMut(&mut u64)| {
            visit_roots(mutators, globals, pins, model, f);
            for v in weak_cleared.iter_mut().chain(finalize_ready.iter_mut()) {
                f(&mut v.0);
            }
        };
        let mut dead = Vec::new();
        let mut cx = CollectCx {
            heap: self.raw,
            model,
            roots: &mut roots,
            remembered,
            after_copy: &mut after_copy,
            needed,
            finalizers,
            dead: &mut dead,
        };
        let done = plan.collect(&mut cx, full);
        finalize_ready.extend(dead.into_iter().map(|o| Value(o as u64)));
        weak_cleared.extend(newly_cleared.into_iter().map(|o| Value(o as u64)));
        stats.collections += 1;
        self.epoch.fetch_add(1, Ordering::Release);
        stats.major_collections += done.major as usize;
        stats.bytes_copied += done.copied_bytes;
        if verify_now {
            verify::check(
                self.raw,
                model,
                plan.as_ref(),
                &mut |f| visit_roots(mutators, globals, pins, model, f),
                &[],
            )
            .unwrap_or_else(|e| panic!("gvmt gc: heap verification failed after collection: {e}"));
        }
    }
}

struct ReleaseOnUnwind<'a>(&'a Heap);

impl Drop for ReleaseOnUnwind<'_> {
    fn drop(&mut self) {
        self.0.gc_requested.store(false, Ordering::Release);
        self.0.wake.notify_all();
    }
}

/// Visits every root slot that holds a reference.
fn visit_roots(
    mutators: &[Arc<MutatorRecord>],
    globals: &[Option<RootRange>],
    pins: &mut Pins,
    model: &ObjectModel,
    f: &mut dyn FnMut(&mut u64),
) {
    for m in mutators {
        m.visit_frame(&mut |v| f(&mut v.0));
    }
    let mut visit = |v: &mut Value| {
        if super::value_is_ref(model, *v) {
            f(&mut v.0)
        }
    };
    for m in mutators {
        m.visit_roots(&mut visit);
    }
    pins.visit(&mut visit);
    for r in globals.iter().flatten() {
        for i in 0..r.len {
            // SAFETY: registered with `add_roots`, whose contract keeps the range valid; every
            // mutator is stopped.
            visit(unsafe { &mut *r.ptr.add(i) });
        }
    }
}
