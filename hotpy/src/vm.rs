//! The VM context every generated function and runtime function receives.

use crate::generated::layouts;
use gvmt::gc::{Heap, HeapConfig, Mutator, ObjectModel, PlanKind};
use gvmt::rt::{Vm, VmCtx};
use std::fmt;
use std::sync::Arc;

/// What a runtime function's failure carries: a Python exception, or a VM-level unwind that
/// no Python code may catch.
///
/// An [`Unwind`] (the STM's abort) passes through every `except`, handler table and Rust
/// fallback: code that handles errors must test [`Error::is`] (false for an unwind) or take
/// the exception with [`Error::into_exception`], which hands an unwind straight back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Error {
    /// A Python exception (boxed: a `Result` of a value and an `Error` stays two words).
    Exception(Box<PyException>),
    /// A VM-level unwind to the dispatch loop that owns the restart point.
    Unwind(Unwind),
}

/// The VM-level unwinds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unwind {
    /// Abandon the work since the last restart point (an STM abort, or an injected one in
    /// tests), restore the thread's frames there and run again.
    Abort,
}

/// A Python exception on its way up: its class name, message, and the frames it left
/// (innermost first). One raised from Python also carries its exception object (pinned, so
/// the collector keeps and moves it); one raised by Rust code gets an object only if caught.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PyException {
    pub kind: &'static str,
    /// The nearest builtin class (`kind` itself unless a Python class raised it), for Rust code
    /// that checks for `StopIteration`, `KeyError`...
    pub builtin_kind: &'static str,
    pub message: String,
    pub traceback: Vec<TraceEntry>,
    pub object: Option<gvmt::gc::Pinned>,
    /// A SyntaxError's own location lines (file, line, text, caret), printed after the frames.
    pub location: Option<String>,
}

impl Error {
    /// A Python exception of builtin class `kind`.
    pub fn new(kind: &'static str, message: impl Into<String>) -> Error {
        Error::Exception(Box::new(PyException::new(kind, message)))
    }

    /// True for a Python exception whose nearest builtin class is `builtin_kind`; never for
    /// an unwind.
    pub fn is(&self, builtin_kind: &str) -> bool {
        matches!(self, Error::Exception(e) if e.builtin_kind == builtin_kind)
    }

    /// True for a Python exception (which Python code may catch).
    pub fn is_exception(&self) -> bool {
        matches!(self, Error::Exception(_))
    }

    /// The exception's message ("" for an unwind).
    pub fn message(&self) -> &str {
        self.exception().map_or("", |e| e.message.as_str())
    }

    /// The Python exception, if this is one.
    pub fn exception(&self) -> Option<&PyException> {
        match self {
            Error::Exception(e) => Some(e),
            Error::Unwind(_) => None,
        }
    }

    pub fn exception_mut(&mut self) -> Option<&mut PyException> {
        match self {
            Error::Exception(e) => Some(e),
            Error::Unwind(_) => None,
        }
    }

    /// The Python exception to handle, or `Err(self)` for an unwind, so that
    /// `let e = error.into_exception()?;` passes unwinds on.
    pub fn into_exception(self) -> Result<PyException, Error> {
        match self {
            Error::Exception(e) => Ok(*e),
            unwind => Err(unwind),
        }
    }

    /// CPython's report of an uncaught error (see [`PyException::report`]).
    pub fn report(&self) -> String {
        match self {
            Error::Exception(e) => e.report(),
            Error::Unwind(u) => format!("SystemError: an unwind ({u:?}) reached the top level\n"),
        }
    }
}

impl From<PyException> for Error {
    fn from(e: PyException) -> Error {
        Error::Exception(Box::new(e))
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Exception(e) => e.fmt(f),
            Error::Unwind(u) => write!(f, "<unwind {u:?}>"),
        }
    }
}

/// CPython's note for a traceback line printed three times and then repeated `repeats - 2`
/// more times (nothing for fewer).
fn repeated_message(repeats: usize) -> String {
    if repeats >= 3 {
        let more = repeats - 2;
        let plural = if more == 1 { "" } else { "s" };
        format!("  [Previous line repeated {more} more time{plural}]\n")
    } else {
        String::new()
    }
}

/// One frame of a traceback.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TraceEntry {
    pub filename: String,
    pub line: u32,
    pub function: String,
    /// The call depth of the frame (a frame that catches and re-raises appears once).
    pub depth: usize,
}

impl PyException {
    pub fn new(kind: &'static str, message: impl Into<String>) -> PyException {
        PyException {
            kind,
            builtin_kind: kind,
            message: message.into(),
            traceback: vec![],
            object: None,
            location: None,
        }
    }

    /// CPython's report: `Traceback (most recent call last):`, the frames outermost first,
    /// then `Kind: message`.
    pub fn report(&self) -> String {
        let mut out = String::new();
        if !self.traceback.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            let mut sources: std::collections::HashMap<&str, Option<String>> = Default::default();
            // CPython prints a line repeated more than three times in a row three times, then
            // how many more times it was repeated.
            let mut previous: Option<&TraceEntry> = None;
            let mut repeats = 0;
            for e in self.traceback.iter().rev() {
                let same = previous.is_some_and(|p| {
                    p.filename == e.filename && p.line == e.line && p.function == e.function
                });
                if same {
                    repeats += 1;
                } else {
                    out.push_str(&repeated_message(repeats));
                    repeats = 0;
                }
                previous = Some(e);
                if repeats >= 3 {
                    continue;
                }
                out.push_str(&format!(
                    "  File \"{}\", line {}, in {}\n",
                    e.filename, e.line, e.function
                ));
                // The source line, as CPython shows it (for programs read from files).
                let source = sources
                    .entry(e.filename.as_str())
                    .or_insert_with(|| std::fs::read_to_string(&e.filename).ok());
                if let Some(line) = source
                    .as_deref()
                    .and_then(|s| s.lines().nth((e.line as usize).saturating_sub(1)))
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                {
                    out.push_str(&format!("    {line}\n"));
                }
            }
            out.push_str(&repeated_message(repeats));
        }
        if let Some(location) = &self.location {
            if self.traceback.is_empty() {
                out.push_str("Traceback (most recent call last):\n");
            }
            out.push_str(location);
        }
        out.push_str(&format!("{self}\n"));
        out
    }
}

impl fmt::Display for PyException {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.message.is_empty() {
            write!(f, "{}", self.kind)
        } else {
            write!(f, "{}: {}", self.kind, self.message)
        }
    }
}

/// hotpy's object model for gvmt's collectors: its generated layouts.
pub fn object_model() -> ObjectModel {
    ObjectModel {
        layouts: &layouts::LAYOUTS,
        is_ref: layouts::is_ref,
        frame: layouts::FRAME,
    }
}

/// hotpy's per-thread VM context.
pub struct HotPy {
    mutator: Mutator,
    pending: Option<Error>,
    pub(crate) exec: crate::exec::ExecState,
}

impl HotPy {
    /// A VM with up to `heap_bytes` of heap, semi-space collected (stress and verification
    /// from `HOTPY_GC_STRESS` / `HOTPY_GC_VERIFY`).
    pub fn new(heap_bytes: usize) -> HotPy {
        let mut config = HeapConfig::new(PlanKind::SemiSpace).from_env();
        config.max_heap = heap_bytes;
        HotPy::on_heap(&Heap::new(config, object_model()))
    }

    /// A VM thread on an existing heap.
    pub fn on_heap(heap: &Arc<Heap>) -> HotPy {
        let mut exec = crate::exec::ExecState::default();
        exec.inject_abort_at = std::env::var("HOTPY_INJECT_ABORT")
            .ok()
            .and_then(|v| v.parse().ok());
        exec.restore_test = std::env::var("HOTPY_RESTORE_TEST").ok().and_then(|v| {
            let (k, m) = v.split_once(',')?;
            Some((k.parse().ok()?, m.parse().ok()?))
        });
        exec.injecting = exec.inject_abort_at.is_some() || exec.restore_test.is_some();
        HotPy {
            mutator: Mutator::new(heap),
            pending: None,
            exec,
        }
    }

    /// An injection point for `HOTPY_INJECT_ABORT=N` (a debug option: the N-th point, counting
    /// runtime allocations and calls, raises an `Unwind::Abort`, announced on stderr, so that
    /// tests can check no handler or Rust fallback swallows it).
    #[inline(always)]
    pub(crate) fn injection_point(&mut self) -> Result<(), Error> {
        if self.exec.injecting {
            return self.injection_point_taken();
        }
        Ok(())
    }

    #[cold]
    #[inline(never)]
    fn injection_point_taken(&mut self) -> Result<(), Error> {
        self.exec.injection_points += 1;
        let point = self.exec.injection_points;
        self.restore_test_point(point)?;
        if self.exec.inject_abort_at == Some(point) {
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
    pub fn handle_scope<R>(&mut self, f: impl FnOnce(&mut HotPy) -> R) -> R {
        let mark = self.mutator.handle_mark();
        let result = f(self);
        self.mutator.release_handles(mark);
        result
    }

    /// Allocates like [`HotPy::alloc`] while keeping `keep` alive (rooted) across it; returns
    /// the object and the kept values as they are after any collection.
    pub fn alloc_keeping(
        &mut self,
        layout: usize,
        size: usize,
        keep: &[gvmt::rt::Value],
    ) -> Result<(gvmt::rt::Value, Vec<gvmt::rt::Value>), Error> {
        let mark = self.mutator.handle_mark();
        let handles: Vec<_> = keep.iter().map(|&v| self.mutator.root(v)).collect();
        let object = self.alloc(layout, size);
        let kept = handles.iter().map(|&h| self.mutator.get(h)).collect();
        self.mutator.release_handles(mark);
        Ok((object?, kept))
    }

    /// Allocates an object of `layout` (a `generated::layouts` id). May collect.
    #[inline]
    pub fn alloc(&mut self, layout: usize, size: usize) -> Result<gvmt::rt::Value, Error> {
        self.injection_point()?;
        self.mutator
            .alloc(layout, size)
            .map_err(|_| Error::new("MemoryError", ""))
    }
}

impl Drop for HotPy {
    fn drop(&mut self) {
        crate::signals::forget(self);
        self.flush_stdout();
        self.release_roots();
    }
}

impl Vm for HotPy {
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
        self.mutator.safepoint();
        crate::signals::check(self)
    }

    fn unwind(&mut self, error: Error) -> Result<(), Error> {
        self.unwind_frames(error)
    }

    fn compile(&mut self, code: &gvmt::rt::Code) -> Result<(), Error> {
        self.compile_code(code)
    }
}
