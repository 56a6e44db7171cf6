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

fn err(line: usize, msg: impl std::fmt::Display) -> String {
    format!("line {}: {msg}", line + 1)
}

/// Assembles a program. Float constants are boxed in `vm`'s heap.
pub fn assemble(source: &str, vm: &mut Toy) -> Result<Program, String> {
    let lines: Vec<(usize, Vec<&str>)> = source
        .lines()
        .enumerate()
        .map(|(n, l)| (n, l.split(';').next().unwrap_or("").split_whitespace().collect::<Vec<_>>()))
        .filter(|(_, words)| !words.is_empty())
        .collect();
    // Function names first, so calls may refer forward.
    let mut names = HashMap::new();
    for (n, words) in &lines {
        if words[0] == "func" {
            let name = words.get(1).ok_or_else(|| err(*n, "func needs a name"))?;
            if names.insert(name.to_string(), names.len()).is_some() {
                return Err(err(*n, format!("function `{name}` defined twice")));
            }
        }
    }
    let mut program = Program::default();
    let mut i = 0;
    while i < lines.len() {
        let (n, words) = &lines[i];
        if words[0] != "func" || words.len() != 4 {
            return Err(err(*n, "expected `func NAME NARGS NLOCALS`"));
        }
        let num = |s: &str| s.parse::<usize>().map_err(|_| err(*n, format!("`{s}` is not a count")));
        let mut f = Function { name: words[1].to_string(), nargs: num(words[2])?, nlocals: num(words[3])?, ..Default::default() };
        let mut labels: HashMap<String, usize> = HashMap::new();
        let mut fixups: Vec<(usize, String, usize)> = Vec::new();
        i += 1;
        loop {
            let Some((n, words)) = lines.get(i) else {
                return Err(err(lines[lines.len() - 1].0, format!("function `{}` has no `end`", f.name)));
            };
            i += 1;
            if words[0] == "end" {
                break;
            }
            if let Some(label) = words[0].strip_suffix(':') {
                if labels.insert(label.to_string(), f.code.len()).is_some() {
                    return Err(err(*n, format!("label `{label}` defined twice")));
                }
                continue;
            }
            let info = INSTRUCTIONS
                .iter()
                .find(|x| x.name.eq_ignore_ascii_case(words[0]))
                .ok_or_else(|| err(*n, format!("unknown instruction `{}`", words[0])))?;
            if words.len() - 1 != info.operands.len() {
                return Err(err(*n, format!("`{}` takes {} operand(s)", words[0], info.operands.len())));
            }
            f.code.push(info.opcode);
            for ((oname, kind), word) in info.operands.iter().zip(&words[1..]) {
                let value = match kind {
                    OperandKind::Label => {
                        fixups.push((f.code.len(), word.to_string(), *n));
                        0
                    }
                    OperandKind::Const => {
                        let v = if let Ok(i) = word.parse::<i64>() {
                            crate::rt::make_int(i).map_err(|e| err(*n, e))?
                        } else if let Ok(x) = word.parse::<f64>() {
                            crate::rt::box_float(vm, x).map_err(|e| err(*n, e))?
                        } else {
                            return Err(err(*n, format!("`{word}` is not a number")));
                        };
                        f.consts.push(v);
                        (f.consts.len() - 1) as i64
                    }
                    _ if *oname == "func" => {
                        *names.get(*word).ok_or_else(|| err(*n, format!("no function `{word}`")))? as i64
                    }
                    _ => word.parse::<i64>().map_err(|_| err(*n, format!("`{word}` is not a number")))?,
                };
                kind.encode(value, &mut f.code).ok_or_else(|| err(*n, format!("operand `{word}` out of range")))?;
            }
        }
        for (at, label, n) in fixups {
            let target = *labels.get(&label).ok_or_else(|| err(n, format!("no label `{label}`")))?;
            f.code[at..at + 4].copy_from_slice(&(target as u32).to_le_bytes());
        }
        // Verify the stack discipline once, here: both the interpreter and the JIT rely on it.
        let analysis = gvmt::jit::analyse(&INSTRUCTIONS, &f.code).map_err(|e| format!("in `{}`: {e}", f.name))?;
        f.max_stack = analysis.max_depth.max(1);
        program.functions.push(f);
    }
    Ok(program)
}
