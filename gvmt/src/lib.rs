//! gvmt, a toolkit for building virtual machines.
//!
//! A VM author writes an abstract stack-machine specification (`*.gvmt` files). With the
//! `codegen` feature, gvmt parses it ([`spec`]), checks it into one IR ([`check`]) and generates
//! from that IR a Rust interpreter, a Cranelift JIT emitter per instruction and the object layout
//! and GC tracing code ([`codegen`]). With the `runtime` feature it provides what the generated
//! code links against ([`rt`], [`jit`]).

#[cfg(feature = "codegen")]
pub mod check;
#[cfg(feature = "codegen")]
pub mod codegen;
#[cfg(feature = "codegen")]
pub mod diag;
#[cfg(feature = "runtime")]
pub mod gc;
#[cfg(feature = "runtime")]
pub mod jit;
#[cfg(feature = "runtime")]
pub mod rt;
#[cfg(feature = "codegen")]
pub mod spec;
#[cfg(feature = "runtime")]
pub mod sync;
