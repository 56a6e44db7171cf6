//! Synchronization backends: how the mutator threads of one VM share it. A VM built with
//! gvmt picks one at start-up; the generated interpreter and the runtime reach it through
//! the safepoint protocol ([`crate::rt::interrupt::TIME_SLICE`]) and the calls here around
//! blocking operations.
//!
//! Built so far: [`Gil`], a global lock handed over at safepoints every switch interval
//! and released around blocking calls (CPython's GIL, with its forced switching), and
//! [`ObjectLocks`], HotPy's write-only object locks (header bits taken by writers, none by
//! readers) for running threads with no global lock, and [`Stm`], the segmented-world
//! software transactional memory (stage 1: full-copy worlds). [`Backend`] names the choice a
//! VM makes at start-up.
//!
//! Owns: the lock, its hand-over protocol and its statistics. Must not: touch the heap (a
//! thread waiting here is detached from it: the caller runs the wait inside
//! [`crate::gc::Mutator::blocking`]).

mod gil;
mod object_lock;
mod stm;

pub use gil::{Gil, GilStats};
pub use object_lock::{ObjectLockStats, ObjectLocks};
pub use stm::{Abort, Stm, StmConfig, StmStats, StmThread};

/// How the threads of one VM share it (`--sync=`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Backend {
    /// A global lock handed over at safepoints ([`Gil`]).
    #[default]
    Gil,
    /// No global lock: writers lock the mutable objects they change ([`ObjectLocks`]).
    Locks,
    /// No global lock: threads run transactions in parallel worlds ([`Stm`]).
    Stm,
}

impl Backend {
    /// The name `--sync=` takes.
    pub fn name(self) -> &'static str {
        match self {
            Backend::Gil => "gil",
            Backend::Locks => "locks",
            Backend::Stm => "stm",
        }
    }
}
