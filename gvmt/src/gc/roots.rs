//! Roots: the places outside the heap that hold references. Per thread: the running frame
//! (`VmCtx::frame`, whose chain of callers the collector traces through the heap) and the
//! handle stack; per heap: registered ranges (constant pools, globals) and pinned values
//! ([`Pinned`]), roots owned by whatever Rust value holds them rather than by a scope. Pins
//! are global, not the pinning thread's: a value pinned by one thread (an interpreter's
//! cache, an exception handed on) stays alive and is updated when it moves whichever thread
//! reads it, and after the pinning thread has gone.

use crate::rt::Value;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Weak};

/// One thread's roots. Its owner changes them only while attached; the collector reads and
/// updates them only while the owner is stopped.
#[derive(Default)]
pub(crate) struct ThreadRoots {
    pub handles: Vec<Value>,
}

impl ThreadRoots {
    pub fn visit(&mut self, f: &mut dyn FnMut(&mut Value)) {
        for h in &mut self.handles {
            f(h);
        }
    }
}

/// The heap's pinned values (kept in the heap's state, under its lock); a dead `Weak` is a
/// dropped [`Pinned`], pruned as the list grows and at each collection.
#[derive(Default)]
pub(crate) struct Pins {
    pinned: Vec<Weak<AtomicU64>>,
}

impl Pins {
    pub fn visit(&mut self, f: &mut dyn FnMut(&mut Value)) {
        self.pinned.retain(|slot| match slot.upgrade() {
            Some(slot) => {
                let mut v = Value(slot.load(Ordering::Relaxed));
                f(&mut v);
                slot.store(v.0, Ordering::Relaxed);
                true
            }
            None => false,
        });
    }

    pub fn pin(&mut self, v: Value) -> Pinned {
        if self.pinned.len() >= 64 && self.pinned.len().is_power_of_two() {
            self.pinned.retain(|slot| slot.strong_count() > 0);
        }
        let slot = Arc::new(AtomicU64::new(v.0));
        self.pinned.push(Arc::downgrade(&slot));
        Pinned(slot)
    }
}

/// A rooted value owned by the Rust value that holds it (an exception in flight, a VM's
/// cache), rather than by a handle scope: the root goes when the last clone is dropped. The
/// collector updates it when the object moves. Read it with [`crate::gc::Mutator::pinned`]
/// on any attached thread of the heap that pinned it (`Pinned` is `Send + Sync`).
#[derive(Clone, Debug)]
pub struct Pinned(Arc<AtomicU64>);

impl Pinned {
    #[inline]
    pub(crate) fn value(&self) -> Value {
        Value(self.0.load(Ordering::Relaxed))
    }
}

impl PartialEq for Pinned {
    fn eq(&self, other: &Pinned) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl Eq for Pinned {}

/// A range of root slots registered with the heap.
#[derive(Clone, Copy)]
pub(crate) struct RootRange {
    pub ptr: *mut Value,
    pub len: usize,
}

// SAFETY: the registrant guarantees the range stays valid until unregistered; the collector
// touches it only while every mutator is stopped.
unsafe impl Send for RootRange {}
