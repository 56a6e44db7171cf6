//! Unwinding: what happens when an instruction raises (`Vm::unwind`). In the running frame,
//! and then in each caller, the exception gets the one being handled there as its
//! `__context__`, and the code's handler table is searched: a handler takes the exception
//! (the stack cut to the handler's depth, the exception object pushed) and the frame goes on
//! there; a frame without one is popped, leaving a traceback entry. An entry frame that is
//! popped ends the interpreter invocation with the error.
//!
//! An unwind (`Error::Unwind`) is no exception: it passes every handler and pops every frame
//! of the invocation.

use crate::compiler::code::ExcSlot;
use crate::values;
use crate::vm::{Error, ThreadState, TraceEntry};
use gvmt::rt::frame::{self, flags, slot};
use gvmt::rt::{Value, Vm};

impl ThreadState {
    /// `Vm::unwind`: handle `error` raised by the running frame's instruction at its pc.
    pub(crate) fn unwind_frames(&mut self, mut error: Error) -> Result<(), Error> {
        if matches!(error, Error::Unwind(crate::vm::Unwind::Abort))
            && (self.stm_restore_after_abort() || self.restore_after_abort())
        {
            return Ok(());
        }
        if matches!(error, Error::Unwind(crate::vm::Unwind::Retry)) && self.stm_retry() {
            return Ok(());
        }
        // As CPython sets it when raising: the context is the exception the thread is
        // handling, in this frame or the nearest caller that handles one.
        if error.is_exception()
            && let Some(handled) = self.handled_exception()
        {
            error = crate::objects::exception::chaining::attach_context(self, error, handled);
        }
        loop {
            let ctx = self.vmctx();
            let f = ctx.frame;
            let index = self.frame_code(f);
            let pc = frame::get(ctx, f, slot::PC) as usize;
            let depth = frame::get(ctx, f, slot::DEPTH) as usize;
            if error.is_exception() {
                let handler = self.loaded(index).code.handler_at(pc);
                if let Some(handler) = handler {
                    match self.enter_handler(index, pc, depth, handler, &error) {
                        Ok(()) => return Ok(()),
                        // Making the exception object failed: that error leaves the frame.
                        Err(e) => error = e,
                    }
                }
                self.trace(&mut error, index, pc, depth);
            }
            let ctx = self.mutator().ctx_mut();
            let entry = frame::get(ctx, ctx.frame, slot::FLAGS) & flags::ENTRY != 0;
            frame::pop(ctx);
            if entry {
                // Leaving the outermost invocation under `stm`: the Rust code the error
                // goes to cannot be re-run, so the transaction becomes inevitable first.
                if self.stm_leave_invocation().is_err() && self.stm_restore_after_abort() {
                    return Ok(());
                }
                return Err(error);
            }
        }
    }

    /// Adds the frame running code `index` at `pc` to the exception's traceback (once: a frame
    /// that caught the exception and raised it again is listed already, as the last entry:
    /// entries are added as the exception leaves frames, innermost first, so only the last
    /// one is looked at and a traceback of a million frames takes linear time).
    fn trace(&self, error: &mut Error, index: usize, pc: usize, depth: usize) {
        let Some(e) = error.exception_mut() else {
            return;
        };
        let code = &self.loaded(index).code;
        if !e
            .traceback
            .last()
            .is_some_and(|t| t.depth == depth && t.function == code.name)
        {
            e.traceback.push(TraceEntry {
                filename: code.filename.clone(),
                line: code.line_at(pc),
                function: code.name.clone(),
                span: code
                    .span_at(pc)
                    .map(|s| (s.line, s.end_line, s.col, s.end_col)),
                depth,
            });
        }
    }

    /// The running frame catches `error` in `handler`: the exception object (which keeps the
    /// traceback so far) goes on the stack cut to the handler's depth, and the frame goes on
    /// at the handler.
    fn enter_handler(
        &mut self,
        index: usize,
        pc: usize,
        depth: usize,
        handler: crate::compiler::code::Handler,
        error: &Error,
    ) -> Result<(), Error> {
        let mut traced = error.clone();
        self.trace(&mut traced, index, pc, depth);
        let entries = traced
            .exception()
            .map(|e| e.traceback.clone())
            .unwrap_or_default();
        let exc = crate::objects::exception::to_object(self, error)?;
        let exc = crate::objects::exception::remember_traceback(self, exc, &entries)?;
        let ctx = self.vmctx();
        let f = ctx.frame;
        frame::set(ctx, f, slot::SP, handler.depth as i64);
        frame::push(ctx, f, exc);
        frame::set(ctx, f, slot::PC, handler.target as i64);
        Ok(())
    }
}

impl ThreadState {
    /// The exception being handled (an `except` body, a `finally` or `__exit__` run for an
    /// exception) by the running frame or, failing that, the nearest caller that handles
    /// one: what `sys.exc_info()` reports.
    pub(crate) fn handled_exception(&self) -> Option<Value> {
        let ctx = self.vmctx();
        for f in frame::chain(ctx, false) {
            let loaded = self.loaded(self.frame_code(f));
            let pc = frame::get(ctx, f, slot::PC) as usize;
            let handled = match loaded.code.handling_at(pc) {
                None => continue,
                Some(ExcSlot::Local(i)) => frame::local(ctx, f, i),
                Some(ExcSlot::Global(i)) => self.global_at(loaded.module, i),
            };
            if crate::objects::exception::is_instance(self, handled) {
                return Some(handled);
            }
        }
        None
    }

    /// For an uncaught SystemExit: the exit status, and the message to print (CPython's rules:
    /// no argument or None is 0, an int is that status, anything else is printed with 1).
    pub fn system_exit(&mut self, e: &Error) -> Option<(u8, Option<String>)> {
        if !e.is("SystemExit") {
            return None;
        }
        let Some(pinned) = e.exception().and_then(|e| e.object.as_ref()) else {
            return Some((0, None));
        };
        let exc = self.mutator_ref().pinned(pinned);
        let args = crate::objects::exception::args(self, exc);
        let items = crate::objects::sequence::items(self, args).unwrap_or_default();
        let code = match items.as_slice() {
            [] => values::NONE,
            [one] => *one,
            _ => args,
        };
        if code == values::NONE {
            return Some((0, None));
        }
        if let Some(i) = values::as_int(code) {
            return Some((i as u8, None));
        }
        Some((1, Some(crate::protocols::repr::str_of(self, code))))
    }
}
