//! A [`ThreadState`]: one OS thread's VM context. It owns the thread's gvmt mutator (its
//! allocation buffer, handles and running frame), the pending error, the native re-entry and
//! recursion counters, the per-thread caches and the debug injection state, and points at the
//! [`Interpreter`] it shares with the other threads.
//!
//! Must not: keep Python-visible state (that is the interpreter's or the heap's).

use super::error::{Error, Unwind};
use super::interpreter::Interpreter;
use crate::generated::layouts;
use gvmt::gc::{Heap, HeapConfig, Mutator, ObjectModel, PlanKind};
use gvmt::rt::{Vm, VmCtx};
use std::sync::Arc;

/// hotpy's object model for gvmt's collectors: its generated layouts.
pub fn object_model() -> ObjectModel {
    ObjectModel {
        layouts: &layouts::LAYOUTS,
        is_ref: layouts::is_ref,
        frame: layouts::FRAME,
    }
}

/// hotpy's per-thread VM context.
pub struct ThreadState {
    mutator: Mutator,
    pending: Option<Error>,
    /// True while this thread runs weak reference callbacks (`modules::weakref`): a
    /// `gc.collect()` inside one leaves the queue to the running loop.
    pub(crate) in_weak_callbacks: bool,
    /// Running `__del__` methods (`finalizers.rs`): not re-entered.
    pub(crate) in_finalizers: bool,
    /// A reference to an object with a `__del__` was dropped (`finalizers.rs`).
    pub(crate) dropped_finalizable: bool,
    /// The depths of the frames running that made an instance with a `__del__`, deepest
    /// last; and how many more safepoints may poll to see whether such a frame returned
    /// (`finalizers.rs`).
    pub(crate) finalizable_depths: Vec<usize>,
    pub(crate) watch_polls_left: u32,
    /// The interpreter this thread runs code of.
    pub(crate) interp: Arc<Interpreter>,
    /// The return value of the iterator the last `yield from` step finished (a root while
    /// set: it is taken by the next instruction, before any allocation).
    pub(crate) return_value: gvmt::rt::Value,
    /// The exception thrown into a generator that waits on a `yield from` or `await`, for
    /// its SEND to throw into the delegate (`interp/generators.rs`).
    pub(crate) pending_throw: Option<Error>,
    /// `sys.set_asyncgen_hooks`: called with each async generator when first stepped, and
    /// kept for finalizing it (this thread's, as in CPython).
    pub(crate) asyncgen_hooks: [Option<gvmt::gc::Pinned>; 2],
    /// Str objects of identifiers ([`ThreadState::name_str`]), pinned.
    names: rustc_hash::FxHashMap<NameSite, gvmt::gc::Pinned>,
    /// Class attribute lookups already made (valid for one `Interpreter::class_version`).
    pub(crate) lookups: crate::objects::class::lookup_cache::LookupCache,
    /// The containers whose repr is being written on this thread (handles, innermost last):
    /// a container met again, even through a class's `__repr__`, shows as `[...]`/`{...}`
    /// (CPython's `Py_ReprEnter`).
    pub(crate) repr_seen: Vec<gvmt::gc::Handle>,
    /// Instance slot positions by shape and name (`objects/class/storage.rs`).
    pub(crate) slot_cache: crate::objects::class::storage::SlotCache,
    /// Attribute instructions' inline caches (`protocols/attr_cache.rs`).
    pub(crate) sites: crate::protocols::attr_cache::SiteCache,
    /// Interpreter invocations on the native stack (native re-entries).
    pub(crate) native_depth: usize,
    /// Builtin functions running (CPython counts them against the recursion limit too).
    pub(crate) builtin_depth: usize,
    /// The native stack budget, set by the outermost invocation.
    pub(crate) stack: Option<gvmt::rt::StackLimit>,
    /// `HOTPY_INJECT_ABORT`: the injection point that raises an abort (see
    /// `ThreadState::injection_point`), and the points passed so far.
    pub(crate) inject_abort_at: Option<u64>,
    pub(crate) injection_points: u64,
    /// Either debug option is on (one test on the hot paths).
    pub(crate) injecting: bool,
    /// `HOTPY_RESTORE_TEST=K,M` (`interp/checkpoint.rs`) and the checkpoint it took.
    pub(crate) restore_test: Option<(u64, u64)>,
    pub(crate) checkpoint: Option<crate::interp::checkpoint::Checkpoint>,
    /// True while this thread holds the interpreter's GIL (`vm/gil.rs`).
    pub(crate) holds_gil: bool,
    /// `_thread.get_ident()` (0 until first asked: `modules/thread.rs`).
    pub(crate) ident: u64,
    /// The objects whose write locks this thread holds (`vm/object_locks.rs`).
    pub(crate) held_locks: Vec<gvmt::gc::Handle>,
    /// The thread's transactions under the `stm` backend (`vm/stm.rs`).
    pub(crate) stm: Option<super::stm::StmState>,
}

impl ThreadState {
    /// A VM with up to `heap_bytes` of heap, semi-space collected (stress and verification
    /// from `HOTPY_GC_STRESS` / `HOTPY_GC_VERIFY`).
    pub fn new(heap_bytes: usize) -> ThreadState {
        let mut config = HeapConfig::new(PlanKind::SemiSpace).from_env();
        config.max_heap = heap_bytes;
        ThreadState::on_heap(&Heap::new(config, object_model()))
    }

    /// The first thread of a new interpreter on `heap`.
    pub fn on_heap(heap: &Arc<Heap>) -> ThreadState {
        ThreadState::of(&Interpreter::new(heap))
    }

    /// A new thread of `interp` (each OS thread that runs Python code has its own). The
    /// first thread of an interpreter makes the builtin classes.
    pub fn of(interp: &Arc<Interpreter>) -> ThreadState {
        let inject_abort_at = std::env::var("HOTPY_INJECT_ABORT")
            .ok()
            .and_then(|v| v.parse().ok());
        let restore_test = std::env::var("HOTPY_RESTORE_TEST").ok().and_then(|v| {
            let (k, m) = v.split_once(',')?;
            Some((k.parse().ok()?, m.parse().ok()?))
        });
        let mut thread = ThreadState {
            mutator: Mutator::new(interp.heap()),
            pending: None,
            in_weak_callbacks: false,
            in_finalizers: false,
            dropped_finalizable: false,
            finalizable_depths: Vec::new(),
            watch_polls_left: crate::vm::finalizers::WATCH_POLLS,
            interp: Arc::clone(interp),
            return_value: crate::values::NONE,
            pending_throw: None,
            asyncgen_hooks: [None, None],
            names: Default::default(),
            lookups: Default::default(),
            repr_seen: Vec::new(),
            slot_cache: Default::default(),
            sites: Default::default(),
            native_depth: 0,
            builtin_depth: 0,
            stack: None,
            inject_abort_at,
            injection_points: 0,
            injecting: inject_abort_at.is_some() || restore_test.is_some(),
            restore_test,
            checkpoint: None,
            holds_gil: false,
            ident: 0,
            held_locks: Vec::new(),
            stm: None,
        };
        if interp.builtin_class_value(0) == crate::values::NONE {
            // Made now, while no other thread can race to make them. Nothing has run yet, so
            // the only possible failure is a heap too small for a few dozen classes: then
            // `exceptions::builtin_class` tries again on first use and raises MemoryError.
            let injecting = std::mem::replace(&mut thread.injecting, false);
            if crate::objects::exception::create_builtin_classes(&mut thread).is_err() {
                thread.mutator().collect(true);
            }
            thread.injecting = injecting;
        }
        thread
    }

    /// The str object for an identifier the runtime looks up often (`__init__`, `__add__`):
    /// made once, then kept (pinned) for the VM's life.
    /// Each thread keeps its own map (no lock on the hot path); a name another thread made
    /// comes from the interpreter's shared map without allocating, so that a new thread
    /// allocates where the first one did (callers that hold values across a first use are
    /// found by the first thread's tests).
    pub fn name_str(&mut self, name: &'static str) -> Result<gvmt::rt::Value, Error> {
        if let Some(p) = self.names.get(&NameSite(name)) {
            return Ok(self.mutator_ref().pinned(p));
        }
        let shared = self.interp.shared_names().get(name).cloned();
        let pinned = match shared {
            Some(p) => p,
            None => {
                let s = crate::values::new_str(self, name)?;
                let pinned = self.mutator().pin(s);
                self.interp
                    .shared_names()
                    .entry(name)
                    .or_insert(pinned)
                    .clone()
            }
        };
        let s = self.mutator_ref().pinned(&pinned);
        self.names.insert(NameSite(name), pinned);
        Ok(s)
    }

    /// The interpreter this thread belongs to.
    pub fn interpreter(&self) -> &Arc<Interpreter> {
        &self.interp
    }

    /// An injection point for `HOTPY_INJECT_ABORT=N` (a debug option: the N-th point, counting
    /// runtime allocations and calls, raises an `Unwind::Abort`, announced on stderr, so that
    /// tests can check no handler or Rust fallback swallows it).
    #[inline(always)]
    pub(crate) fn injection_point(&mut self) -> Result<(), Error> {
        if self.injecting {
            return self.injection_point_taken();
        }
        Ok(())
    }

    #[cold]
    #[inline(never)]
    fn injection_point_taken(&mut self) -> Result<(), Error> {
        self.injection_points += 1;
        let point = self.injection_points;
        self.restore_test_point(point)?;
        if self.inject_abort_at == Some(point) {
            eprintln!("hotpy: injected an abort at point {point}");
            return Err(Error::Unwind(Unwind::Abort));
        }
        Ok(())
    }

    pub fn mutator(&mut self) -> &mut Mutator {
        &mut self.mutator
    }

    /// The mutator, for reads (`get` of a handle) inside an expression that also borrows the VM.
    pub fn mutator_ref(&self) -> &Mutator {
        &self.mutator
    }

    /// Runs `f` in a handle scope: the handles it makes (`mutator().root(v)`) are released
    /// when it returns, whatever it returns.
    pub fn handle_scope<R>(&mut self, f: impl FnOnce(&mut ThreadState) -> R) -> R {
        let mark = self.mutator.handle_mark();
        let result = f(self);
        self.mutator.release_handles(mark);
        result
    }

    /// Allocates like [`ThreadState::alloc`] while keeping `keep` alive (rooted) across it; returns
    /// the object and the kept values as they are after any collection.
    pub fn alloc_keeping(
        &mut self,
        layout: usize,
        size: usize,
        keep: &[gvmt::rt::Value],
    ) -> Result<(gvmt::rt::Value, Vec<gvmt::rt::Value>), Error> {
        self.handle_scope(|vm| {
            let handles = vm.mutator.root_all(keep);
            let object = vm.alloc(layout, size)?;
            let mut kept = vec![gvmt::rt::Value(0); keep.len()];
            vm.mutator.get_all(handles, &mut kept);
            Ok((object, kept))
        })
    }

    /// [`ThreadState::alloc_keeping`] for a fixed number of values (nothing allocated but
    /// the object).
    pub fn alloc_with<const N: usize>(
        &mut self,
        layout: usize,
        size: usize,
        keep: [gvmt::rt::Value; N],
    ) -> Result<(gvmt::rt::Value, [gvmt::rt::Value; N]), Error> {
        self.handle_scope(|vm| {
            let handles = vm.mutator.root_all(&keep);
            let object = vm.alloc(layout, size)?;
            let mut kept = keep;
            vm.mutator.get_all(handles, &mut kept);
            Ok((object, kept))
        })
    }

    /// Allocates an object of `layout` (a `generated::layouts` id). May collect.
    #[inline]
    pub fn alloc(&mut self, layout: usize, size: usize) -> Result<gvmt::rt::Value, Error> {
        self.injection_point()?;
        match self.mutator.alloc(layout, size) {
            Ok(v) => Ok(v),
            // Inside an STM transaction the heap collects only between transactions.
            Err(_) if self.stm_out_of_memory()? => self
                .mutator
                .alloc(layout, size)
                .map_err(|_| Error::new("MemoryError", "")),
            Err(_) => Err(Error::new("MemoryError", "")),
        }
    }
}

impl Drop for ThreadState {
    fn drop(&mut self) {
        crate::signals::forget(self);
        self.flush_stdout();
    }
}

impl Vm for ThreadState {
    type Error = Error;

    fn vmctx(&self) -> &VmCtx {
        self.mutator.ctx()
    }

    fn vmctx_mut(&mut self) -> &mut VmCtx {
        self.mutator.ctx_mut()
    }

    fn set_pending_error(&mut self, error: Error) {
        self.pending = Some(error);
    }

    fn take_pending_error(&mut self) -> Option<Error> {
        self.pending.take()
    }

    fn alloc_slow(&mut self, layout: usize, size: usize) -> Result<gvmt::rt::Value, Error> {
        self.alloc(layout, size)
    }

    fn poll(&mut self) -> Result<(), Error> {
        self.stm_breakpoint()?;
        self.mutator.safepoint();
        self.end_of_time_slice();
        if self.vmctx().clear_interrupt(gvmt::rt::interrupt::FINALIZE) {
            self.check_watched_frame();
            self.collect_for_dropped()?;
            self.run_finalizers()?;
        }
        if self
            .vmctx()
            .clear_interrupt(gvmt::rt::interrupt::WEAK_CLEARED)
        {
            crate::modules::weakref::run_weak_callbacks(self)?;
        }
        crate::signals::check(self)
    }

    fn unwind(&mut self, error: Error) -> Result<(), Error> {
        self.unwind_frames(error)
    }

    fn compile(&mut self, code: &gvmt::rt::Code) -> Result<(), Error> {
        self.compile_code(code)
    }
}

/// A `'static` name as [`ThreadState::name_str`]'s per-thread cache keys it: by where its
/// text is (address and length), so that a look-up hashes two words instead of the text.
/// The same text at two addresses makes two entries for one shared str (the interpreter's
/// map is keyed by text).
#[derive(Clone, Copy)]
struct NameSite(&'static str);

impl PartialEq for NameSite {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl Eq for NameSite {}

impl std::hash::Hash for NameSite {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        (self.0.as_ptr() as usize).hash(state);
        self.0.len().hash(state);
    }
}
