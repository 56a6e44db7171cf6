//! A thread's side of the GIL (`gvmt::sync::Gil`, the interpreter's): taking it to run
//! Python code, handing it over at a safepoint when another thread asked (the
//! `TIME_SLICE` interrupt), and giving it up around blocking calls. A thread that does not
//! hold it (a VM embedded without Python threads, the tests driving threads themselves)
//! runs as before: nothing here takes the lock behind its back.
//!
//! Every wait here runs detached from the heap (`Mutator::blocking`), so a collection on
//! the thread that holds the GIL never waits for a thread waiting for it.

use super::ThreadState;
use gvmt::rt::{Vm, interrupt::TIME_SLICE};
use std::sync::Arc;
use std::sync::atomic::AtomicU32;

impl ThreadState {
    /// This thread's interrupt word, where other threads ask for the GIL. It lives in the
    /// mutator's boxed context: its address is stable while the thread lives.
    fn interrupt_word(&self) -> *const AtomicU32 {
        &self.vmctx().interrupt
    }

    /// Takes the GIL (waiting detached as long as it takes), to run Python code. Under the
    /// `locks` backend there is no GIL to take.
    pub fn take_gil(&mut self) {
        if self.holds_gil || self.interp.sync() != gvmt::sync::Backend::Gil {
            return;
        }
        let (interp, word) = (Arc::clone(&self.interp), self.interrupt_word());
        // SAFETY: `word` points into this thread's boxed VmCtx, alive for the whole call.
        self.mutator()
            .blocking(|| interp.gil.acquire(unsafe { &*word }));
        self.holds_gil = true;
    }

    /// Gives the GIL up (the thread stops running Python code).
    pub fn release_gil(&mut self) {
        if std::mem::replace(&mut self.holds_gil, false) {
            self.interp.gil.release();
        }
    }

    /// Runs `f` (a blocking call: sleep, a lock wait, a join, console input) without the GIL
    /// and detached from the heap; takes the GIL back after. `f` must not touch the heap.
    /// Under `stm` it runs between transactions (`vm/stm.rs`); `Err` is an abort.
    pub fn blocking<R>(&mut self, f: impl FnOnce() -> R) -> Result<R, super::Error> {
        if self.in_stm() {
            return self.stm_blocking(f);
        }
        if !self.holds_gil {
            return Ok(self.mutator().blocking(f));
        }
        let (interp, word) = (Arc::clone(&self.interp), self.interrupt_word());
        interp.gil.release();
        Ok(self.mutator().blocking(|| {
            let result = f();
            // SAFETY: as in `take_gil`.
            interp.gil.acquire(unsafe { &*word });
            result
        }))
    }

    /// At a safepoint: if another thread asked for the GIL, hands it over and waits for it
    /// back.
    pub(crate) fn end_of_time_slice(&mut self) {
        if !self.vmctx().clear_interrupt(TIME_SLICE) || !self.holds_gil {
            return;
        }
        let (interp, word) = (Arc::clone(&self.interp), self.interrupt_word());
        // SAFETY: as in `take_gil`.
        self.mutator()
            .blocking(|| interp.gil.yield_to_waiter(unsafe { &*word }));
    }
}
