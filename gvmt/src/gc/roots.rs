//! Roots: the places outside the heap that hold references. Per thread: the frames the VM
//! registered (locals and `stack[..sp]`) and the handle stack; per heap: registered ranges
//! (constant pools, globals).

use crate::rt::{Frame, Value};

/// One thread's roots. Its owner changes them only while attached; the collector reads and
/// updates them only while the owner is stopped.
#[derive(Default)]
pub(crate) struct ThreadRoots {
    pub frames: Vec<*const Frame<'static>>,
    pub handles: Vec<Value>,
}

impl ThreadRoots {
    pub fn visit(&mut self, f: &mut dyn FnMut(&mut Value)) {
        for &frame in &self.frames {
            // SAFETY: a registered frame stays alive until its `FrameGuard` unregisters it, and
            // its owner is stopped while the collector runs.
            let frame = unsafe { &*frame };
            frame.for_each_slot_mut(&mut *f);
        }
        for h in &mut self.handles {
            f(h);
        }
    }
}

/// A range of root slots registered with the heap.
#[derive(Clone, Copy)]
pub(crate) struct RootRange {
    pub ptr: *mut Value,
    pub len: usize,
}

// SAFETY: the registrant guarantees the range stays valid until unregistered; the collector
// touches it only while every mutator is stopped.
unsafe impl Send for RootRange {}
