//! Protocols that span types, as CPython's abstract object layer: the numeric operators and
//! their reflected and in-place forms (`arithmetic.rs`, `inplace.rs`), rich comparison
//! (`comparison.rs`), `__index__` (`index.rs`), special-method dispatch on instances of
//! Python classes (`dunder.rs`) through the classes' protocol slots (`slots.rs`), attribute
//! access (`attributes.rs`) with its inline caches (`attr_cache.rs`) and LOAD_METHOD's
//! lookup (`method_lookup.rs`), and iteration (`iteration.rs`).
//!
//! Must not: hold one type's behaviour (that is in `objects/<type>.rs`) or class machinery
//! (`objects/class/mod.rs`, `objects/class/metaclasses.rs`).

pub mod arithmetic;
pub mod attr_cache;
pub mod attributes;
pub mod comparison;
pub mod deletion;
pub mod descriptors;
pub mod dunder;
pub mod format;
pub mod index;
pub mod inplace;
pub mod iteration;
pub mod method_lookup;
pub mod operators;
pub mod pattern_match;
pub mod repr;
pub mod slots;
pub mod type_checks;
