//! The VM: the [`Interpreter`] all threads share (code, classes, shapes, modules, builtins,
//! the JIT) and a [`ThreadState`] per OS thread (its mutator, frames, pending error and
//! counters), the context every generated function and runtime function receives.

mod append_only;
pub mod byte_storage;
pub mod cache_words;
mod error;
pub(crate) mod finalizers;
mod gil;
mod interpreter;
mod object_locks;
mod root_table;
mod stm;
pub mod str_text;
mod thread;

pub use append_only::AppendOnly;
pub use error::*;
pub use finalizers::note_dropped;
pub use interpreter::*;
pub use root_table::RootTable;
pub use thread::*;
