//! The spec front end: the pest grammar, the syntax tree, and the parser. `crate::check` turns
//! the syntax tree into the checked IR that every back end reads.

pub mod ast;
pub mod parser;
