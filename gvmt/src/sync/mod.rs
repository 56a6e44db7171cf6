//! Synchronization backends: how the mutator threads of one VM share it. A VM built with
//! gvmt picks one at start-up; the generated interpreter and the runtime reach it through
//! the safepoint protocol ([`crate::rt::interrupt::TIME_SLICE`]) and the calls here around
//! blocking operations.
//!
//! Built so far: [`Gil`], a global lock handed over at safepoints every switch interval
//! and released around blocking calls (CPython's GIL, with its forced switching). The
//! write-only-locks and STM backends of DESIGN.md are not built yet.
//!
//! Owns: the lock, its hand-over protocol and its statistics. Must not: touch the heap (a
//! thread waiting here is detached from it: the caller runs the wait inside
//! [`crate::gc::Mutator::blocking`]).

mod gil;

pub use gil::{Gil, GilStats};
