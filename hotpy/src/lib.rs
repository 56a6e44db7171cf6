//! hotpy, a Python 3 VM built with gvmt.
//!
//! Its instructions, binary-operator multimethods and object layouts are specified in
//! `../spec/*.gvmt`; `build.rs` has gvmt generate the interpreter, the Cranelift emitters and
//! the layouts from them ([`generated`]). [`vm`] holds the VM context and [`values`] the Rust
//! functions the spec calls. The compiler from Python source comes with the [core] issue.

pub mod compiler;
pub mod interp;
pub mod modules;
pub mod objects;
pub mod protocols;
pub mod signals;
pub mod unicode;
pub mod values;
pub mod vm;

/// The code gvmt generated from `../spec`.
pub mod generated {
    gvmt::include_generated!();
}
