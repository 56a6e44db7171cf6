//! The execution engine around gvmt's generated dispatch loop (`generated::interp::run`):
//! loading code ([`code`]), calls and argument binding ([`call`], [`binding`]), exception
//! unwinding and tracebacks ([`unwind`]) and generators ([`generators`]).
//!
//! Python frames are heap objects on the thread's chain (`gvmt::rt::frame`). A Python call
//! from Python code pushes the callee's frame and goes on in the same loop; a return pops it;
//! an exception unwinds frame by frame through [`ThreadState::unwind_frames`]. The loop recurses
//! natively only where Rust code calls back into Python ([`ThreadState::call`], generator
//! resumption), and each such re-entry is checked against the native stack budget.
//!
//! This module does not know what instructions mean (the spec says) nor how objects behave
//! (`runtime`).

pub mod binding;
pub mod call;
pub mod checkpoint;
pub mod code;
pub mod coroutines;
pub mod generators;
pub mod introspect;
pub mod unwind;
