//! One home per builtin type: each file holds a type's objects, methods and special
//! methods (the Rust functions its class namespace holds, `runtime/type_objects.rs`). Types
//! not moved here yet still live across `runtime/` (docs/architecture.md says where).

pub mod bytes;
pub mod dict_views;
pub mod float;
pub mod range;
pub mod str;
