//! `__del__`: instances of classes that define it are registered with the collector when
//! made (`objects/class/storage.rs`); a collection that finds one unreachable keeps it and
//! queues it (gvmt's `gc/finalize.rs`), and the thread that collected runs its `__del__` at
//! its next safepoint, after `gc.collect()`, and for every instance still registered at
//! exit (after the `atexit` functions, as CPython's shutdown finalizes what modules hold).
//! Without reference counting, `__del__` runs when a collection finds the object dead, not
//! when its last reference goes (as in PyPy); `gc.collect()` makes it happen at a known
//! point. To come closer to CPython, where `del x` or `x = None` on the last reference
//! runs `__del__` at once, dropping a reference to such an instance with `del` (of a local
//! or a global), a store over a global, a `break` out of a loop over a generator, or the
//! return of a function that made such an instance, asks for a full collection at the next
//! safepoint (a call or a backward jump), within a budget: these collections may take 50 ms
//! plus 5% of the run time, then the ordinary collections find the dead. To see the return,
//! the thread polls at each safepoint while the frame that made the instance runs, for at
//! most [`WATCH_POLLS`] safepoints in all.
//!
//! The same `del` or store over a global that drops an instance some weak reference names
//! asks for that collection too, so that its weak references die (and their callbacks and
//! `weakref.finalize` run) at about the point CPython's would.
//!
//! What `__del__` raises is reported on stderr ("Exception ignored in: ...") and otherwise
//! ignored, as CPython does.
//!
//! Owns: registering instances and running their finalizers. Must not: decide when objects
//! die (the collector does).

use super::{Error, ThreadState};
use crate::generated::layouts::{Generator, Instance};
use crate::interp::generators;
use crate::values::NONE;
use gvmt::rt::{Value, Vm};
use std::time::{Duration, Instant};

/// The time the collections for dropped references may take: this, plus
/// [`PROMPT_SHARE`] of the run time so far.
const PROMPT_ALLOWANCE: Duration = Duration::from_millis(50);
const PROMPT_SHARE: f64 = 0.05;

/// Safepoints a thread may poll at, in all, to see whether a frame that made an instance
/// with a `__del__` returned (a few tens of milliseconds at most).
pub(crate) const WATCH_POLLS: u32 = 1_000_000;

/// `del` of a local (the spec's DELETE_FAST): see [`ThreadState::note_dropped`].
pub fn note_dropped(vm: &mut ThreadState, value: Value) {
    vm.note_dropped(value);
}

impl ThreadState {
    /// Registers a new instance of a class with a `__del__` (flag `FINALIZER`). Under stm
    /// an open transaction registers it when it commits: an abort must not leave a `__del__`
    /// to run for an object the program never made. Never collects.
    pub(crate) fn register_finalizer(&mut self, object: Value) {
        if !self.stm_defer_finalizer(object) {
            self.mutator().register_finalizer(object);
        }
    }

    /// Takes an object off the finalization table (a generator that finished). Under stm an
    /// open transaction cancels when it commits (or forgets a registration it made itself).
    pub(crate) fn cancel_finalizer(&mut self, object: Value) {
        if !self.stm_defer_cancel(object) {
            self.mutator().cancel_finalizer(object);
        }
    }

    /// A reference to `value` was dropped (`del`, a store over it): if it is an instance
    /// with a `__del__` or weak references, it may have died, and the next safepoint
    /// collects to find out (see the module doc). Never collects itself.
    #[inline]
    pub(crate) fn note_dropped(&mut self, value: Value) {
        let due = match crate::values::layout_of(self, value) {
            Some(Instance::ID) => {
                let cls = Instance::class(self.vmctx(), value);
                crate::protocols::descriptors::flags(self, cls)
                    & crate::protocols::descriptors::FINALIZER
                    != 0
                    // Its weak references die with it (and their callbacks run), as in CPython.
                    || self.mutator_ref().is_weakly_referenced(value)
            }
            Some(Generator::ID) => {
                Generator::flags(self.vmctx(), value) & generators::FINALIZABLE != 0
                    && generators::suspended(self, value)
            }
            _ => false,
        };
        if due {
            self.dropped_finalizable = true;
            self.vmctx()
                .request_interrupt(gvmt::rt::interrupt::FINALIZE);
        }
    }

    /// A new instance with a `__del__` was made by the running frame: if that is a
    /// function's, poll at each safepoint until it returns (see the module doc).
    pub(crate) fn watch_making_frame(&mut self) {
        if self.watch_polls_left == 0 || !self.prompt_budget_left() {
            return;
        }
        // The main module's body is the outermost frame: it returns at exit.
        let depth = self.frame_depth();
        if depth <= 1 {
            return;
        }
        // Frames return deepest first: the depths stay in increasing order. Deeper ones
        // returned since the last safepoint.
        while self.finalizable_depths.last().is_some_and(|&d| d > depth) {
            self.finalizable_depths.pop();
            self.dropped_finalizable = true;
        }
        if self.finalizable_depths.last() != Some(&depth) {
            self.finalizable_depths.push(depth);
        }
        self.vmctx()
            .request_interrupt(gvmt::rt::interrupt::FINALIZE);
    }

    /// At a safepoint: whether a frame [`ThreadState::watch_making_frame`] watches has
    /// returned (then a collection is due); poll again at the next one while any runs.
    pub(crate) fn check_watched_frame(&mut self) {
        if self.finalizable_depths.is_empty() {
            return;
        }
        let depth = self.frame_depth();
        while self.finalizable_depths.last().is_some_and(|&d| d > depth) {
            self.finalizable_depths.pop();
            self.dropped_finalizable = true;
        }
        if self.finalizable_depths.is_empty() {
            return;
        }
        if self.watch_polls_left > 0 {
            self.watch_polls_left -= 1;
            self.vmctx()
                .request_interrupt(gvmt::rt::interrupt::FINALIZE);
        } else {
            self.finalizable_depths.clear();
        }
    }

    /// Whether the collections for dropped references have time left (see the module doc).
    fn prompt_budget_left(&self) -> bool {
        let interp = &self.interp;
        let allowed = PROMPT_ALLOWANCE + interp.started.elapsed().mul_f64(PROMPT_SHARE);
        *interp
            .prompt_collections
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            <= allowed
    }

    /// At a safepoint after [`ThreadState::note_dropped`]: a full collection, if the
    /// budget allows.
    pub(crate) fn collect_for_dropped(&mut self) -> Result<(), Error> {
        if !std::mem::take(&mut self.dropped_finalizable) || self.in_finalizers {
            return Ok(());
        }
        if !self.prompt_budget_left() {
            return Ok(());
        }
        let interp = std::sync::Arc::clone(&self.interp);
        let start = Instant::now();
        if !self.stm_collect(true)? {
            self.mutator().collect(true);
        }
        *interp
            .prompt_collections
            .lock()
            .unwrap_or_else(|p| p.into_inner()) += start.elapsed();
        Ok(())
    }

    /// Runs the `__del__` of each object the collector queued. Not re-entered: a `__del__`
    /// that collects leaves what its collection queued to the loop already running. Returns
    /// whether any ran.
    pub(crate) fn run_finalizers(&mut self) -> Result<bool, Error> {
        if self.in_finalizers || !self.mutator_ref().has_finalizable() {
            return Ok(false);
        }
        // Objects leave the collector's queue, which an abort would not refill.
        self.irreversible()?;
        self.in_finalizers = true;
        let mut ran = false;
        let result = loop {
            let Some(object) = self.mutator().take_finalizable() else {
                break Ok(ran);
            };
            ran = true;
            if let Err(e) = self.finalize(object) {
                break Err(e);
            }
        };
        self.in_finalizers = false;
        result
    }

    /// At exit: the `__del__` of every instance still registered, oldest first.
    pub fn run_finalizers_at_exit(&mut self) {
        // Under stm the open transaction may hold registrations for its commit: inevitable,
        // it will commit, so they count now. (Failing that, it aborted: nothing is due.)
        if self.irreversible().is_ok() {
            self.stm_settle_finalizers();
        }
        self.mutator().finalize_all();
        if let Err(e) = self.run_finalizers() {
            self.flush_stdout();
            let report = crate::objects::exception::report::report(self, &e);
            eprint!("{report}");
        }
        self.flush_stdout();
    }

    /// Calls `type(object).__del__(object)`, or closes a suspended generator, reporting
    /// what it raises (`Err` only for an unwind).
    fn finalize(&mut self, object: Value) -> Result<(), Error> {
        if crate::values::layout_of(self, object) == Some(Generator::ID) {
            return self.close_dropped_generator(object);
        }
        self.handle_scope(|vm| {
            let h = vm.mutator().root(object);
            let Some(del) = crate::protocols::dunder::method(vm, object, "__del__")? else {
                // The class lost its `__del__` since the instance was made.
                return Ok(());
            };
            let hd = vm.mutator().root(del);
            let object = vm.mutator_ref().get(h);
            let Err(e) = vm.call(del, &[object], &[]) else {
                return Ok(());
            };
            vm.report_unraisable(e, |vm| {
                let del = vm.mutator_ref().get(hd);
                crate::protocols::repr::repr(vm, del)
                    .unwrap_or_else(|_| "<function __del__>".to_string())
            })
        })
    }

    /// A dropped generator suspended inside a `try` or `with`: `close()` it, as CPython
    /// does when it frees one. An async generator goes to the thread's asyncgen finalizer
    /// hook (`sys.set_asyncgen_hooks`: asyncio's loop schedules its `aclose()`), if it has
    /// one.
    fn close_dropped_generator(&mut self, g: Value) -> Result<(), Error> {
        if !generators::suspended(self, g) {
            return Ok(());
        }
        let index = Generator::code(self.vmctx(), g) as usize;
        let is_async =
            self.loaded(index).code.flavor == crate::compiler::code::Flavor::AsyncGenerator;
        let hook = self.asyncgen_hooks[1]
            .as_ref()
            .map(|p| self.mutator_ref().pinned(p))
            .filter(|_| is_async);
        self.handle_scope(|vm| {
            let h = vm.mutator().root(g);
            let closed = match hook {
                Some(hook) => vm.call(hook, &[g], &[]).map(|_| NONE),
                None => generators::close(vm, g, &[]),
            };
            let Err(e) = closed else {
                return Ok(());
            };
            vm.report_unraisable(e, |vm| {
                let g = vm.mutator_ref().get(h);
                generators::repr(vm, g)
            })
        })
    }

    /// Reports exception `e`, raised by a finalizer, on stderr ("Exception ignored in:"
    /// `what`, then the traceback), as CPython's unraisable hook does; an unwind (an stm
    /// abort) goes on up instead.
    fn report_unraisable(
        &mut self,
        e: Error,
        what: impl FnOnce(&mut ThreadState) -> String,
    ) -> Result<(), Error> {
        if !e.is_exception() {
            return Err(e);
        }
        let what = what(self);
        self.irreversible()?;
        self.flush_stdout();
        let report = crate::objects::exception::report::report(self, &e);
        eprint!("Exception ignored in: {what}\n{report}");
        Ok(())
    }
}
