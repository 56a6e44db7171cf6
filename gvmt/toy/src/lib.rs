//! The toy VM: a small stack machine specified in `spec/toy.gvmt` and built with gvmt, with
//! tagged ints, boxed floats, pairs, loops, calls and an `add` multimethod over two types.
//! It proves gvmt is not Python-specific, and its programs run both interpreted and compiled
//! through the generated Cranelift emitters.
//!
//! Programs are written in an assembly language over the spec's instructions (see [`asm`]).

pub mod asm;
pub mod rt;
mod vm;

/// The code gvmt generated from `spec/toy.gvmt`.
pub mod generated {
    gvmt::include_generated!();
}

pub use asm::{Function, Program, assemble};
pub use vm::{Mode, RunOptions, RunResult, Toy, ToyError, object_model, run_source, run_with};
