//! Code objects as Python sees them (`f.__code__`): a `CodeRef` naming an entry of the code
//! table, its `co_*` attributes (in `getset.rs`'s table) and its repr.
//!
//! Owns: reading a compiled code object for Python. Must not: compile or run code.

use crate::compiler::code::CodeObject;
use crate::generated::layouts::CodeRef;
use crate::vm::ThreadState;
use gvmt::rt::{Value, Vm};
use std::sync::Arc;

/// The compiled code a code object stands for.
pub fn code_of(vm: &ThreadState, c: Value) -> Arc<CodeObject> {
    let index = CodeRef::index(vm.vmctx(), c) as usize;
    Arc::clone(&vm.loaded(index).code)
}

/// `co_varnames`: the parameters, then the locals that are neither cells (unless they are
/// parameters) nor free variables, as CPython lists them.
pub fn varnames(code: &CodeObject) -> Vec<String> {
    let params = code.nargs + code.kwonly + code.varargs as usize + code.varkw as usize;
    code.varnames
        .iter()
        .enumerate()
        .filter(|&(i, _)| i < params || !(code.cells.contains(&i) || code.frees.contains(&i)))
        .map(|(_, n)| n.clone())
        .collect()
}

/// `<code object f at 0x…, file "prog.py", line 3>` (the number is the code's table index:
/// hotpy's objects move, so it shows no address).
pub fn repr(vm: &ThreadState, c: Value) -> String {
    let index = CodeRef::index(vm.vmctx(), c);
    let code = code_of(vm, c);
    format!(
        "<code object {} at {:#x}, file \"{}\", line {}>",
        code.name, index, code.filename, code.first_line
    )
}
