//! The toy's assembly language: one instruction per line, named after the spec's instructions
//! (lower case), operands by kind: numbers, labels (`name:` defines one), literals for `const`
//! operands, and function names for `call`.
//!
//! ```text
//! func main 0 1        ; name, number of arguments, number of locals
//!     push_int 0
//!     store 0
//! loop:
//!     load 0
//!     push_int 10
//!     lt
//!     jump_if_false done
//!     load 0
//!     push_int 1
//!     add_int
//!     store 0
//!     jump loop
//! done:
//!     load 0
//!     print
//!     push_int 0
//!     return
//! end
//! ```

use crate::generated::interp::INSTRUCTIONS;
use crate::vm::Toy;
use gvmt::rt::{OperandKind, Value};
use std::collections::HashMap;

#[derive(Clone, Debug, Default)]
pub struct Function {
    pub name: String,
    pub nargs: usize,
    pub nlocals: usize,
    pub code: Vec<u8>,
    pub consts: Vec<Value>,
    pub max_stack: usize,
}

#[derive(Clone, Debug, Default)]
pub struct Program {
    pub functions: Vec<Function>,
}

/// Assembles a program. Float constants are boxed in `vm`'s heap.
pub fn assemble(source: &str, vm: &mut Toy) -> Result<Program, String> {
    let lines = gvmt::rt::asm::words(source);
    let err = |line: usize, msg: String| format!("line {}: {msg}", line + 1);
    // Function names first, so calls may refer forward.
    let mut names = HashMap::new();
    for (n, words) in &lines {
        if words[0] == "func" {
            let name = words
                .get(1)
                .ok_or_else(|| err(*n, "func needs a name".into()))?;
            if names.insert(name.to_string(), names.len()).is_some() {
                return Err(err(*n, format!("function `{name}` defined twice")));
            }
        }
    }
    let mut program = Program::default();
    let mark = vm.mutator().handle_mark();
    let mut const_handles: Vec<Vec<gvmt::gc::Handle>> = vec![Vec::new(); names.len()];
    let result = assemble_functions(&lines, &names, vm, &mut program, &mut const_handles);
    for (f, handles) in program.functions.iter_mut().zip(&const_handles) {
        f.consts = handles.iter().map(|&h| vm.mutator().get(h)).collect();
    }
    vm.mutator().release_handles(mark);
    result.map(|()| program)
}

fn assemble_functions(
    lines: &[(usize, Vec<&str>)],
    names: &HashMap<String, usize>,
    vm: &mut Toy,
    program: &mut Program,
    const_handles: &mut [Vec<gvmt::gc::Handle>],
) -> Result<(), String> {
    let err = |line: usize, msg: String| format!("line {}: {msg}", line + 1);
    let mut i = 0;
    while i < lines.len() {
        let (n, words) = &lines[i];
        if words[0] != "func" || words.len() != 4 {
            return Err(err(*n, "expected `func NAME NARGS NLOCALS`".into()));
        }
        let num = |s: &str| {
            s.parse::<usize>()
                .map_err(|_| err(*n, format!("`{s}` is not a count")))
        };
        let mut f = Function {
            name: words[1].to_string(),
            nargs: num(words[2])?,
            nlocals: num(words[3])?,
            ..Default::default()
        };
        let body_start = i + 1;
        let end = lines[body_start..]
            .iter()
            .position(|(_, w)| w[0] == "end")
            .map(|p| body_start + p)
            .ok_or_else(|| err(*n, format!("function `{}` has no `end`", f.name)))?;
        let consts = &mut const_handles[program.functions.len()];
        let mut resolve = |operand: &str, kind: OperandKind, word: &str| -> Result<i64, String> {
            if kind == OperandKind::Const {
                let v = if let Ok(i) = word.parse::<i64>() {
                    crate::rt::make_int(i).map_err(|e| e.to_string())?
                } else if let Ok(x) = word.parse::<f64>() {
                    crate::rt::box_float(vm, x).map_err(|e| e.to_string())?
                } else {
                    return Err(format!("`{word}` is not a number"));
                };
                // Constants stay rooted in handles until the whole program is assembled: a
                // later float may trigger a collection.
                consts.push(vm.mutator().root(v));
                Ok((consts.len() - 1) as i64)
            } else if operand == "func" {
                names
                    .get(word)
                    .map(|&i| i as i64)
                    .ok_or_else(|| format!("no function `{word}`"))
            } else {
                Err(format!("`{word}` is not a number"))
            }
        };
        f.code = gvmt::rt::asm::assemble(&INSTRUCTIONS, &lines[body_start..end], &mut resolve)?;
        // Verify the stack discipline once, here: both the interpreter and the JIT rely on it.
        let analysis = gvmt::jit::analyse(&INSTRUCTIONS, &f.code)
            .map_err(|e| format!("in `{}`: {e}", f.name))?;
        f.max_stack = analysis.max_depth.max(1);
        program.functions.push(f);
        i = end + 1;
    }
    Ok(())
}
