//! A thread's side of the STM backend (`--sync=stm`, `gvmt::sync::Stm`): every piece of
//! heap work runs in a transaction, in one of the STM's worlds.
//!
//! - **Atomicity breakpoints** are the safepoints of the dispatch loop: a backward jump, or
//!   a CALL instruction before it pushes a frame. There the frames are in the heap at an
//!   instruction boundary, so a transaction may end and the next begin, remembering the
//!   interpreter invocation (`native_depth`) it began in: the Rust frames below that
//!   invocation hold only what earlier, committed transactions computed, and the ones above
//!   it are gone by the time an abort reaches it. A transaction ends when it has run its
//!   quantum (counted in breakpoints; the STM halves it after an abort, doubles it after a
//!   commit), has written `commit_bytes`, when a collection is wanted, or soon if it is
//!   inevitable.
//! - **Aborts** travel as `Error::Unwind(Abort)` up to the invocation the transaction began
//!   in (`interp/unwind.rs`), which rolls the world back (the frames too: they are heap
//!   objects, backed up when they become current), puts the running frame back and begins
//!   again. When that invocation returns to Rust code (which cannot be re-run) the
//!   transaction becomes inevitable first.
//! - **Irreversible work** (output, imports, starting a thread) first makes the transaction
//!   inevitable; a **blocking call** commits, waits, and goes on in an inevitable transaction
//!   (the rest of the operation cannot be rolled back), which ends at the next breakpoint.
//!   Inside `hotpy.atomic` a blocking call waits inevitable instead, without committing.
//!   Leaving the outermost invocation makes the transaction inevitable too: the Rust code
//!   it returns to cannot be re-run.
//! - **Collections** run between transactions: an allocation that finds the heap full in a
//!   transaction makes it inevitable, commits it, collects, and goes on in an inevitable one.
//! - **Caches** outside the heap (lookups, inline caches) are tagged with the class version
//!   read when the transaction began, before its world imported the commits; a commit that
//!   changed a class bumps the version again, and an abort clears this thread's caches.
//!
//! Owns: the thread's transaction boundaries. Must not: run Python code.

use super::{Error, ThreadState, Unwind};
use gvmt::rt::interrupt::TRANSACTION;
use gvmt::rt::{Value, Vm, frame};
use gvmt::sync::Stm;
use std::sync::Arc;
use std::sync::atomic::Ordering;

/// A thread's transaction bookkeeping on the hotpy side.
pub(crate) struct StmState {
    stm: Arc<Stm>,
    /// The running frame when the transaction began (where an abort goes back to). No root:
    /// no collection runs inside a transaction.
    entry_frame: Value,
    /// The interpreter invocation (`native_depth`) the transaction began in: only its
    /// dispatch loop can go back to `entry_frame`.
    begin_depth: usize,
    /// Breakpoints passed in this transaction.
    ticks: u32,
    /// The class version caches are tagged with (see the module doc).
    version: std::cell::Cell<u64>,
    /// `hotpy.atomic` blocks open now, and when the transaction began.
    atomic_depth: usize,
    atomic_at_begin: usize,
    /// This transaction changed a class: its commit bumps the class version.
    class_changed: std::cell::Cell<bool>,
    /// This transaction released a lock: its commit wakes the threads waiting for one.
    notify: bool,
    /// `_thread` locks this transaction took and has not released: while it holds one it
    /// goes on past its quantum (see `stm_breakpoint`).
    locks_taken: u32,
    /// `HOTPY_STM_ABORT_EVERY=N` (tests): every N-th transaction due to commit at a
    /// breakpoint aborts instead, as if it had conflicted; `due` counts them.
    abort_every: Option<u64>,
    due: u64,
    /// Objects this transaction made that have a finalizer (`finalizers.rs`): registered
    /// with the collector when it commits, forgotten when it aborts. No root: no collection
    /// runs inside a transaction.
    pending_finalizers: Vec<Value>,
    /// Registrations this transaction cancels when it commits (`finalizers.rs`).
    cancelled_finalizers: Vec<Value>,
}

/// Versions at or above this are a thread's private cache tags, never a live version.
const PRIVATE_VERSIONS: u64 = 1 << 60;

/// The STM of an attached thread.
fn shared_stm(vm: &ThreadState) -> &Stm {
    &vm.stm.as_ref().expect("attached").stm
}

fn abort() -> Error {
    Error::Unwind(Unwind::Abort)
}

impl ThreadState {
    fn stm_state(&mut self) -> Option<&mut StmState> {
        self.stm.as_mut()
    }

    /// True while this thread runs transactions (the `stm` backend).
    #[inline]
    pub(crate) fn in_stm(&self) -> bool {
        self.stm.is_some()
    }

    /// Attaches this thread to the interpreter's STM (if the backend is `stm`) and begins
    /// its first transaction, inevitable: the Rust code that follows cannot be re-run.
    pub fn stm_enter(&mut self) {
        let Some(stm) = self.interp.stm() else {
            return;
        };
        if self.stm.is_some() {
            return;
        }
        stm.attach(self.mutator());
        self.stm = Some(StmState {
            stm,
            entry_frame: Value(0),
            begin_depth: 0,
            ticks: 0,
            version: Default::default(),
            atomic_depth: 0,
            atomic_at_begin: 0,
            class_changed: Default::default(),
            notify: false,
            locks_taken: 0,
            abort_every: std::env::var("HOTPY_STM_ABORT_EVERY")
                .ok()
                .and_then(|v| v.parse().ok())
                .filter(|&n| n > 0),
            due: 0,
            pending_finalizers: Vec::new(),
            cancelled_finalizers: Vec::new(),
        });
        self.stm_begin(true);
    }

    /// Commits the thread's last transaction and detaches it from the STM (the thread
    /// ends).
    pub fn stm_exit(&mut self) {
        let Some(stm) = self.stm.as_ref().map(|s| Arc::clone(&s.stm)) else {
            return;
        };
        if Stm::in_transaction(self.mutator_ref()) {
            // Inevitable outside the interpreter: the commit cannot fail.
            if stm.become_inevitable(self.mutator()).is_err() || self.stm_commit().is_err() {
                unreachable!("an inevitable transaction aborted");
            }
        }
        self.vmctx().clear_interrupt(TRANSACTION);
        stm.detach(self.mutator());
        self.stm = None;
    }

    fn stm_begin(&mut self, inevitable: bool) {
        let Some(s) = self.stm.as_ref() else {
            return;
        };
        let stm = Arc::clone(&s.stm);
        // The version first, then the world imports the commits (see the module doc).
        let version = self.interp.class_version.load(Ordering::Acquire);
        if inevitable {
            stm.begin_inevitable(self.mutator());
        } else {
            stm.begin(self.mutator());
        }
        // The frames on the chain are written through raw pointers: back them up.
        let entry_frame = Stm::cover_frames(self.mutator());
        let depth = self.native_depth;
        let s = self.stm.as_mut().expect("attached");
        s.entry_frame = entry_frame;
        s.begin_depth = depth;
        s.ticks = 0;
        s.version.set(version);
        s.atomic_at_begin = s.atomic_depth;
        s.class_changed.set(false);
        s.notify = false;
        s.locks_taken = 0;
        // Those of a committed transaction were registered; those of an aborted one were
        // never made.
        s.pending_finalizers.clear();
        s.cancelled_finalizers.clear();
    }

    fn stm_commit(&mut self) -> Result<(), Error> {
        let s = self.stm.as_ref().expect("attached");
        let (stm, changed, notify) = (Arc::clone(&s.stm), s.class_changed.get(), s.notify);
        stm.commit(self.mutator()).map_err(|_| abort())?;
        self.stm_settle_finalizers();
        if changed {
            self.interp.class_version.fetch_add(1, Ordering::AcqRel);
        }
        if notify {
            self.interp.gil.notify_event();
        }
        Ok(())
    }

    /// An atomicity breakpoint (a safepoint of the interpreter: see the module doc).
    /// `Err(Abort)`: the transaction conflicted; the caller's unwind rolls it back.
    #[inline]
    pub(crate) fn stm_breakpoint(&mut self) -> Result<(), Error> {
        if self.native_depth == 0 {
            return Ok(());
        }
        let Some(s) = self.stm.as_mut() else {
            return Ok(());
        };
        if s.atomic_depth > 0 {
            return Ok(());
        }
        s.ticks = s.ticks.wrapping_add(1);
        let (ticks, begin_depth, locks_taken) = (s.ticks, s.begin_depth, s.locks_taken);
        let m = self.mutator_ref();
        let urgent = m.heap().collection_requested();
        let Some(t) = m.ctx().stm.as_deref() else {
            return Ok(());
        };
        if !urgent && !t.due(ticks) {
            return Ok(());
        }
        // A transaction that began here would become inevitable when this invocation
        // returns to Rust (a generator step under `sum`, a `__contains__` under `in`): one
        // that has merely run its quantum goes on to a breakpoint no deeper than where it
        // began, for up to four quanta more. One that holds a lock it took goes on until it
        // has released it, as long: then the lock's object is as it was, its commit changes
        // nothing there, and transactions of other threads that took the same lock meanwhile
        // need not abort for it (lock elision, as in PyPy-STM) unless they changed the same
        // data.
        let must_end = urgent
            || t.wants_collection()
            || (t.is_inevitable() && shared_stm(self).others_wait())
            || ticks >= t.quantum().saturating_mul(5);
        if !must_end && (self.native_depth > begin_depth || locks_taken > 0) {
            return Ok(());
        }
        let inevitable = self
            .mutator_ref()
            .ctx()
            .stm
            .as_deref()
            .is_some_and(|t| t.is_inevitable());
        if let Some(s) = self.stm.as_mut()
            && let Some(n) = s.abort_every
            && !inevitable
        {
            s.due += 1;
            if s.due % n == 0 {
                return Err(abort());
            }
        }
        self.stm_commit()?;
        self.stm_begin(false);
        Ok(())
    }

    /// Keeps an object with a finalizer that the open transaction made, to register when
    /// the transaction commits. False when there is no transaction that may still abort
    /// (register it now).
    pub(crate) fn stm_defer_finalizer(&mut self, object: Value) -> bool {
        let Some(s) = self.revocable_transaction() else {
            return false;
        };
        s.pending_finalizers.push(object);
        true
    }

    /// The thread's transaction state while it runs a transaction that may still abort
    /// (open and not inevitable).
    fn revocable_transaction(&mut self) -> Option<&mut StmState> {
        let t = self.mutator_ref().ctx().stm.as_deref()?;
        if !t.is_open() || t.is_inevitable() {
            return None;
        }
        self.stm.as_mut()
    }

    /// Hands the collector the finalizer registrations and cancellations the transaction
    /// kept: it committed, or it is inevitable and will.
    pub(crate) fn stm_settle_finalizers(&mut self) {
        let Some(s) = self.stm.as_mut() else {
            return;
        };
        let made = std::mem::take(&mut s.pending_finalizers);
        let cancelled = std::mem::take(&mut s.cancelled_finalizers);
        for object in made {
            self.mutator().register_finalizer(object);
        }
        for object in cancelled {
            self.mutator().cancel_finalizer(object);
        }
    }

    /// Keeps a cancellation of a finalizer for the open transaction's commit (or drops the
    /// transaction's own pending registration). False when there is no transaction that may
    /// still abort (cancel now).
    pub(crate) fn stm_defer_cancel(&mut self, object: Value) -> bool {
        let Some(s) = self.revocable_transaction() else {
            return false;
        };
        if let Some(i) = s.pending_finalizers.iter().position(|&o| o == object) {
            // Keep the others in the order they were made (the order of finalization).
            s.pending_finalizers.remove(i);
        } else {
            s.cancelled_finalizers.push(object);
        }
        true
    }

    /// Before work that cannot be rolled back (output, an import, starting a thread): the
    /// transaction becomes inevitable. `Err(Abort)`: it had lost already.
    pub(crate) fn irreversible(&mut self) -> Result<(), Error> {
        let Some(s) = self.stm.as_ref() else {
            return Ok(());
        };
        let stm = Arc::clone(&s.stm);
        stm.become_inevitable(self.mutator()).map_err(|_| abort())
    }

    /// Runs `f` (a blocking call) between transactions: commits, waits detached from the
    /// heap, and goes on in an inevitable transaction. `Err(Abort)`: the commit failed.
    pub(crate) fn stm_blocking<R>(&mut self, f: impl FnOnce() -> R) -> Result<R, Error> {
        if self.stm.as_ref().is_some_and(|s| s.atomic_depth > 0) {
            // Inside `hotpy.atomic` the block stays one transaction: it waits inevitable
            // (no other thread commits meanwhile, and none may: a wait for what another
            // thread must commit first never ends, as in PyPy-STM).
            self.irreversible()?;
            return Ok(f());
        }
        self.stm_commit()?;
        let result = self.mutator().blocking(f);
        self.stm_begin(true);
        Ok(result)
    }

    /// `gc.collect()` inside a transaction, which cannot collect: make it inevitable, commit,
    /// collect and go on in an inevitable transaction. Inside `hotpy.atomic` the block stays
    /// one transaction and nothing is collected. False when the thread runs no transaction.
    pub(crate) fn stm_collect(&mut self, full: bool) -> Result<bool, Error> {
        if !self.in_stm() || !Stm::in_transaction(self.mutator_ref()) {
            return Ok(false);
        }
        if self.stm.as_ref().is_some_and(|s| s.atomic_depth > 0) {
            return Ok(true);
        }
        self.irreversible()?;
        self.stm_commit()?;
        self.mutator().collect(full);
        self.stm_begin(true);
        Ok(true)
    }

    /// An allocation found the heap full inside a transaction: make it inevitable, commit,
    /// collect and go on in an inevitable transaction. `Ok(true)`: try the allocation again.
    pub(crate) fn stm_out_of_memory(&mut self) -> Result<bool, Error> {
        if !self.in_stm() || !Stm::in_transaction(self.mutator_ref()) {
            return Ok(false);
        }
        self.irreversible()?;
        self.stm_commit()?;
        // The transaction's failed allocation asked for a collection: `begin` makes it.
        self.stm_begin(true);
        Ok(true)
    }

    /// The outermost invocation's answer to an abort under `stm`: roll the transaction back
    /// (heap and frames), put the running frame back and begin again. False when the thread
    /// runs no transaction.
    pub(crate) fn stm_restore_after_abort(&mut self) -> bool {
        if !self.in_begin_invocation() {
            return false;
        }
        let site = self.abort_site();
        let s = self.stm.as_mut().expect("attached");
        let (stm, entry, atomic) = (Arc::clone(&s.stm), s.entry_frame, s.atomic_at_begin);
        s.atomic_depth = atomic;
        stm.restart_at(self.mutator(), entry, site);
        // Caches filled from the rolled-back state.
        self.lookups = Default::default();
        self.sites = Default::default();
        self.stm_begin(false);
        // The thread goes on at the breakpoint where the transaction began, which polls
        // again: that poll is where the transaction begins, not one of its breakpoints.
        self.stm.as_mut().expect("attached").ticks = u32::MAX;
        true
    }

    /// The outermost invocation is about to return to Rust code, which cannot be re-run:
    /// the transaction becomes inevitable. `Err(Abort)`: roll back and run again
    /// (`stm_restore_after_abort`).
    pub(crate) fn stm_leave_invocation(&mut self) -> Result<(), Error> {
        if !self.in_begin_invocation() {
            return Ok(());
        }
        self.irreversible()?;
        // An inevitable transaction is never rolled back: it goes on in the invocation below
        // and, if it can, ends at a breakpoint there (see `stm_breakpoint`).
        let depth = self.native_depth - 1;
        self.stm.as_mut().expect("attached").begin_depth = depth;
        Ok(())
    }

    /// True if a transaction is open and began in the running interpreter invocation.
    fn in_begin_invocation(&self) -> bool {
        self.stm
            .as_ref()
            .is_some_and(|s| s.begin_depth == self.native_depth && self.native_depth > 0)
            && Stm::in_transaction(self.mutator_ref())
    }

    /// Where the running transaction is, for the abort statistics: the code-table index
    /// and line of the running frame.
    fn abort_site(&self) -> u64 {
        let mut f = self.vmctx().frame;
        if f.0 == 0 {
            // The invocation's frames were gone (it was returning to Rust when it lost):
            // the site is where the transaction began, where it runs again.
            f = self.stm.as_ref().map_or(Value(0), |s| s.entry_frame);
        }
        if f.0 == 0 {
            return 0;
        }
        let index = self.frame_code(f);
        let pc = frame::get(self.vmctx(), f, frame::slot::PC) as usize;
        let code = &self.loaded(index).code;
        // Code the compiler made for no line of its own (line 0) is named by the first line
        // of its code object.
        let line = match code.line_at(pc) {
            0 => code.lines.iter().map(|l| l.1).find(|&l| l > 0).unwrap_or(1),
            line => line,
        };
        ((index as u64) << 32) | u64::from(line)
    }

    /// `file:line` of an abort site.
    pub fn abort_site_name(&self, site: u64) -> String {
        let (index, line) = ((site >> 32) as usize, site as u32);
        if index >= self.interp.codes.len() {
            return "?".into();
        }
        format!("{}:{line}", self.loaded(index).code.filename)
    }

    /// The class version this thread's caches are tagged with.
    #[inline]
    pub(crate) fn class_version(&self) -> u64 {
        match &self.stm {
            Some(s) => s.version.get(),
            None => self.interp.class_version.load(Ordering::Acquire),
        }
    }

    /// This thread changed a class namespace inside its transaction: its own caches move to
    /// a private tag (they see its world, which no version describes) and its commit bumps
    /// the version for the others.
    pub(crate) fn stm_class_changed(&self) {
        if let Some(s) = &self.stm {
            let private = PRIVATE_VERSIONS + self.interp.class_version.load(Ordering::Acquire);
            s.class_changed.set(true);
            s.version.set(private);
        }
    }

    /// This thread took (`true`) or released a `_thread` lock (see `stm_breakpoint`).
    pub(crate) fn stm_lock_taken(&mut self, taken: bool) {
        if let Some(s) = self.stm.as_mut() {
            s.locks_taken = if taken {
                s.locks_taken + 1
            } else {
                s.locks_taken.saturating_sub(1)
            };
        }
    }

    /// `lock` was released: under `stm` the waiters are woken when the transaction has
    /// committed (before, they would not see the release), and if a thread waits for this
    /// lock it commits at the next breakpoint. False under the other backends (wake them
    /// now).
    pub(crate) fn stm_notify_after_commit(&mut self, lock: Value) -> bool {
        if self.stm.is_none() {
            return false;
        }
        let waited = self
            .interp
            .waited_locks
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .contains_key(&lock.0);
        let s = self.stm.as_mut().expect("attached");
        s.notify = true;
        if waited {
            s.ticks = u32::MAX / 2;
        }
        true
    }

    /// Runs `wait` (a wait for `lock`, under stm) with the lock recorded as waited for (see
    /// `Interpreter::waited_locks`).
    pub(crate) fn waiting_for_lock<R>(
        interp: &super::Interpreter,
        lock: Value,
        wait: impl FnOnce() -> R,
    ) -> R {
        let table = || {
            interp
                .waited_locks
                .lock()
                .unwrap_or_else(|p| p.into_inner())
        };
        *table().entry(lock.0).or_default() += 1;
        let result = wait();
        let mut t = table();
        if let Some(n) = t.get_mut(&lock.0) {
            *n -= 1;
            if *n == 0 {
                t.remove(&lock.0);
            }
        }
        result
    }

    /// A lock wait, under `stm` in the outermost invocation: the transaction commits, the
    /// thread waits (`f`), and the instruction that waited (which has changed nothing: it
    /// found the lock taken) runs again in a new transaction, not an inevitable one:
    /// `Err(Retry)` (`Err(Abort)` if the commit failed). Elsewhere, [`ThreadState::blocking`].
    pub(crate) fn wait_then_retry<R>(&mut self, f: impl FnOnce() -> R) -> Result<R, Error> {
        let retry = self.native_depth >= 1
            && Stm::in_transaction(self.mutator_ref())
            && self.stm.as_ref().is_some_and(|s| s.atomic_depth == 0);
        if !retry {
            return self.blocking(f);
        }
        self.stm_commit()?;
        self.mutator().blocking(f);
        self.stm_begin(false);
        Err(Error::Unwind(Unwind::Retry))
    }

    /// The outermost invocation's answer to `Unwind::Retry`: the transaction just begun is
    /// dropped (it has done nothing) and begun again at the running frame, whose
    /// instruction runs again. False when the thread runs no transaction.
    pub(crate) fn stm_retry(&mut self) -> bool {
        if !self.in_begin_invocation() {
            return false;
        }
        let s = self.stm.as_mut().expect("attached");
        let (stm, entry) = (Arc::clone(&s.stm), s.entry_frame);
        stm.abort_uncounted(self.mutator());
        let ctx = self.mutator().ctx_mut();
        ctx.frame = entry;
        ctx.spare_frame = Value(0);
        self.stm_begin(false);
        true
    }

    /// `with hotpy.atomic:` entered (`true`) or left: under `stm` no breakpoint ends a
    /// transaction inside it, so the block runs as one.
    pub(crate) fn stm_atomic(&mut self, enter: bool) -> bool {
        let Some(s) = self.stm_state() else {
            return false;
        };
        if enter {
            s.atomic_depth += 1;
        } else {
            s.atomic_depth = s.atomic_depth.saturating_sub(1);
        }
        true
    }
}
