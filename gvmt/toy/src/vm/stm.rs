//! The toy under gvmt's STM backend ([`gvmt::sync::Stm`]): every piece of heap work a toy
//! does runs in a transaction, in one of the STM's worlds, so that several toys on threads
//! share one heap with no lock. The same protocol hotpy's `vm/stm.rs` follows for Python
//! threads, here for a VM that knows nothing of Python: the proof that `gvmt::sync` is
//! VM-agnostic.
//!
//! - **Atomicity breakpoints** are the safepoints of the generated dispatch loop (its
//!   backward jumps), where [`Vm::poll`](gvmt::rt::Vm::poll) runs with the frames in the heap at an instruction
//!   boundary. The STM asks for them with the `TRANSACTION` interrupt bit, set while a toy is
//!   attached. At a breakpoint where the transaction is due ([`StmThread::due`]: its
//!   quantum run, its allocations big enough, a collection wanted) it commits and the next
//!   begins, remembering the running frame and the interpreter invocation (`native_depth`)
//!   it began in.
//! - **Aborts** travel as an error of kind [`ToyError::STM_ABORT`] from `poll` (a failed
//!   commit) or from an extern function (a failed [`Stm::become_inevitable`]) to the
//!   interpreter's [`Vm::unwind`](gvmt::rt::Vm::unwind), which, in the invocation the transaction began in, rolls
//!   it back ([`Stm::abort`]: the frames too, since they are heap objects backed up when
//!   first written in a transaction), puts the running frame back and begins again; `unwind`
//!   then answers `Ok` and the generated loop reloads frame, pc and sp from the context and
//!   goes on where the transaction began.
//! - **Leaving an invocation** for Rust code (which cannot be re-run) makes the transaction
//!   inevitable first; if it had lost already, it is rolled back and the invocation runs
//!   again from where the transaction began ([`Toy::invoke`]).
//! - **Output** is irreversible: `print` makes the transaction inevitable first.
//! - **Collections** run only between transactions (in [`Stm::begin`]): an allocation that
//!   finds the heap full inside a transaction makes it inevitable, commits it, and goes on in
//!   a new inevitable transaction, whose `begin` collects first.
//!
//! Tested in [`Mode::Interp`](super::Mode::Interp) only: under [`Mode::Jit`](super::Mode::Jit)
//! an abort raised at a compiled safepoint is not yet rolled back (it escapes as the error).
//!
//! Toys cannot share objects (each loads its own program and constants), so their
//! transactions never really conflict; [`Toy::force_stm_aborts`] makes some fail on purpose,
//! to exercise the abort path.

use super::{Toy, ToyError};
use gvmt::rt::interrupt::TRANSACTION;
use gvmt::rt::{Value, frame};
use gvmt::sync::{Stm, StmThread};
use std::sync::Arc;

/// A toy's transaction bookkeeping while it is attached to an STM.
pub(super) struct StmState {
    stm: Arc<Stm>,
    /// The running frame when the transaction began: where an abort goes back to. No root:
    /// no collection runs inside a transaction.
    entry_frame: Value,
    /// The interpreter invocation (`native_depth`) the transaction began in: only its
    /// dispatch loop can go back to `entry_frame`.
    begin_depth: usize,
    /// Breakpoints passed in this transaction.
    ticks: u32,
}

impl ToyError {
    /// The kind of the error that carries an STM abort from where the transaction lost to
    /// [`Vm::unwind`](gvmt::rt::Vm::unwind), which rolls it back. It never reaches a toy program's caller.
    pub const STM_ABORT: &'static str = "StmAbort";

    fn stm_abort() -> ToyError {
        ToyError::new(ToyError::STM_ABORT, "the STM transaction conflicted")
    }

    /// True for the error that carries an STM abort.
    pub fn is_stm_abort(&self) -> bool {
        self.kind == ToyError::STM_ABORT
    }
}

impl Toy {
    /// Runs `f` on this VM attached to `stm`, every step of it in a transaction: the first
    /// one begins inevitable (the Rust code in `f` cannot be re-run), the toy's breakpoints
    /// commit and begin the next ones, and the last (inevitable by then: see
    /// [`Toy::invoke`]) commits before the toy detaches. How several toys share one heap
    /// with no lock.
    pub fn with_stm<R>(&mut self, stm: &Arc<Stm>, f: impl FnOnce(&mut Toy) -> R) -> R {
        assert!(self.stm.is_none(), "gvmt-toy: with_stm nested");
        stm.attach(&mut self.mutator);
        self.stm = Some(StmState {
            stm: Arc::clone(stm),
            entry_frame: Value(0),
            begin_depth: 0,
            ticks: 0,
        });
        self.stm_begin(true);
        let result = f(self);
        if Stm::in_transaction(&self.mutator) {
            // Inevitable: the commit cannot fail.
            let done = stm
                .become_inevitable(&mut self.mutator)
                .and_then(|()| stm.commit(&mut self.mutator));
            assert!(done.is_ok(), "gvmt-toy: an inevitable transaction aborted");
        }
        self.mutator.ctx().clear_interrupt(TRANSACTION);
        stm.detach(&mut self.mutator);
        self.stm = None;
        result
    }

    /// Test knob: under [`Toy::with_stm`], every `every`-th time a transaction that could
    /// abort is due to commit (at a breakpoint, or when leaving an invocation) it aborts
    /// instead, as if it had conflicted. 0 turns it off.
    pub fn force_stm_aborts(&mut self, every: u64) {
        self.stm_abort_every = every;
    }

    fn stm_thread(&self) -> Option<&StmThread> {
        self.mutator.ctx().stm.as_deref()
    }

    fn stm_inevitable(&self) -> bool {
        self.stm_thread().is_some_and(|t| t.is_inevitable())
    }

    /// Begins a transaction, backs up the frames on the chain (the interpreter writes them
    /// through raw pointers) and records where an abort goes back to.
    fn stm_begin(&mut self, inevitable: bool) {
        let Some(s) = self.stm.as_ref() else {
            return;
        };
        let stm = Arc::clone(&s.stm);
        if inevitable {
            stm.begin_inevitable(&mut self.mutator);
        } else {
            stm.begin(&mut self.mutator);
        }
        let (entry_frame, depth) = (Stm::cover_frames(&mut self.mutator), self.native_depth);
        let s = self.stm.as_mut().expect("attached");
        s.entry_frame = entry_frame;
        s.begin_depth = depth;
        s.ticks = 0;
    }

    fn stm_commit(&mut self) -> Result<(), ToyError> {
        let stm = Arc::clone(&self.stm.as_ref().expect("attached").stm);
        stm.commit(&mut self.mutator)
            .map_err(|_| ToyError::stm_abort())
    }

    /// The test knob of [`Toy::force_stm_aborts`]: true if this due transaction must abort.
    fn forced_abort(&mut self) -> bool {
        if self.stm_abort_every == 0 || self.stm_inevitable() {
            return false;
        }
        self.stm_due += 1;
        self.stm_due.is_multiple_of(self.stm_abort_every)
    }

    /// An atomicity breakpoint (from [`Vm::poll`](gvmt::rt::Vm::poll)): commits and begins the next
    /// transaction when this one is due. `Err` (an abort): `unwind` rolls it back.
    pub(super) fn stm_breakpoint(&mut self) -> Result<(), ToyError> {
        if self.native_depth == 0 {
            return Ok(());
        }
        let Some(s) = self.stm.as_mut() else {
            return Ok(());
        };
        s.ticks = s.ticks.saturating_add(1);
        let ticks = s.ticks;
        let due = self.stm_thread().is_none_or(|t| t.due(ticks))
            || self.mutator.heap().collection_requested();
        if !due {
            return Ok(());
        }
        if self.forced_abort() {
            return Err(ToyError::stm_abort());
        }
        self.stm_commit()?;
        self.stm_begin(false);
        Ok(())
    }

    /// Before work that cannot be rolled back (output): the transaction becomes inevitable.
    /// `Err` (an abort): it had lost already.
    pub(crate) fn stm_irreversible(&mut self) -> Result<(), ToyError> {
        let Some(s) = self.stm.as_ref() else {
            return Ok(());
        };
        let stm = Arc::clone(&s.stm);
        stm.become_inevitable(&mut self.mutator)
            .map_err(|_| ToyError::stm_abort())
    }

    /// An allocation found the heap full inside a transaction (which cannot collect): make
    /// it inevitable, commit it, and go on in an inevitable transaction, whose `begin`
    /// collects first. `Ok(true)`: try the allocation again; `Ok(false)`: no transaction
    /// runs (a real out-of-memory); `Err`: an abort.
    pub(super) fn stm_out_of_memory(&mut self) -> Result<bool, ToyError> {
        if self.stm.is_none() || !Stm::in_transaction(&self.mutator) {
            return Ok(false);
        }
        self.stm_irreversible()?;
        self.stm_commit()?;
        self.stm_begin(true);
        Ok(true)
    }

    /// True if a transaction is open and began in the running interpreter invocation.
    fn in_begin_invocation(&self) -> bool {
        self.native_depth > 0
            && self
                .stm
                .as_ref()
                .is_some_and(|s| s.begin_depth == self.native_depth)
            && Stm::in_transaction(&self.mutator)
    }

    /// The invocation's answer to an abort (from [`Vm::unwind`](gvmt::rt::Vm::unwind)): rolls the transaction back
    /// (heap and frames), puts the running frame back, and begins again. False when the
    /// transaction did not begin in this invocation (then nothing here can re-run it).
    pub(super) fn stm_restore_after_abort(&mut self) -> bool {
        if !self.in_begin_invocation() {
            return false;
        }
        let site = self.stm_abort_site();
        let s = self.stm.as_ref().expect("attached");
        let (stm, entry) = (Arc::clone(&s.stm), s.entry_frame);
        stm.restart_at(&mut self.mutator, entry, site);
        self.stm_begin(false);
        true
    }

    /// The invocation the transaction began in is about to return to Rust code, which
    /// cannot be re-run: the transaction becomes inevitable. False if it had lost already:
    /// it was rolled back and the running frame put back, so the invocation must run again.
    pub(super) fn stm_leave_invocation(&mut self) -> bool {
        if !self.in_begin_invocation() || self.stm_inevitable() {
            return true;
        }
        let lost = self.forced_abort() || self.stm_irreversible().is_err();
        !(lost && self.stm_restore_after_abort())
    }

    /// Where the transaction was when it aborted, for the statistics: the running
    /// function's index and pc.
    fn stm_abort_site(&self) -> u64 {
        let ctx = self.mutator.ctx();
        let f = ctx.frame;
        if f.0 == 0 {
            return 0;
        }
        let index = frame::code(ctx, f).data as u64;
        let pc = frame::get(ctx, f, frame::slot::PC) as u64;
        (index << 32) | (pc & 0xffff_ffff)
    }
}
