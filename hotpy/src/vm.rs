//! The VM context every generated function and runtime function receives.

use gvmt::rt::heap::Arena;
use gvmt::rt::{Vm, VmCtx};
use std::fmt;

/// A Python exception on its way up: its class name and message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PyException {
    pub kind: &'static str,
    pub message: String,
}

impl PyException {
    pub fn new(kind: &'static str, message: impl Into<String>) -> PyException {
        PyException {
            kind,
            message: message.into(),
        }
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

/// hotpy's per-thread VM context.
pub struct HotPy {
    ctx: VmCtx,
    heap: Arena,
    pending: Option<PyException>,
}

impl HotPy {
    /// A VM with `heap_bytes` of heap (no collector yet: the [heap] issue brings gvmt's).
    pub fn new(heap_bytes: usize) -> HotPy {
        let mut heap = Arena::new(heap_bytes);
        let ctx = heap.ctx();
        HotPy {
            ctx,
            heap,
            pending: None,
        }
    }

    /// Allocates an object of `layout` (a `generated::layouts` id).
    pub fn alloc(&mut self, layout: usize, size: usize) -> Result<gvmt::rt::Value, PyException> {
        self.heap
            .alloc(&self.ctx, layout as u64, size)
            .map_err(|_| PyException::new("MemoryError", ""))
    }
}

impl Vm for HotPy {
    type Error = PyException;

    fn vmctx(&self) -> &VmCtx {
        &self.ctx
    }

    fn vmctx_mut(&mut self) -> &mut VmCtx {
        &mut self.ctx
    }

    fn set_pending_error(&mut self, error: PyException) {
        self.pending = Some(error);
    }

    fn take_pending_error(&mut self) -> Option<PyException> {
        self.pending.take()
    }
}
