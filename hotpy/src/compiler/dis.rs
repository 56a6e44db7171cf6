//! `hotpy dis`: a readable listing of compiled bytecode, in the manner of CPython's `dis`:
//! source line, offset, instruction and operands, with constants, names and jump targets
//! spelled out, then the nested code objects.

use super::Module;
use super::code::{CodeObject, Constant};
use crate::generated::interp::INSTRUCTIONS;
use gvmt::rt::OperandKind;
use std::fmt::Write;

/// The disassembly of a module and every function in it.
pub fn disassemble(module: &Module) -> String {
    let mut out = String::new();
    let mut queue = vec![module.code.clone()];
    while let Some(code) = queue.pop() {
        if !out.is_empty() {
            out.push('\n');
        }
        let _ = writeln!(out, "Disassembly of {}:", describe(&code));
        code_listing(&code, &module.globals, &mut out);
        for c in code.constants.iter().rev() {
            if let Constant::Code(inner) = c {
                queue.push(inner.clone());
            }
        }
    }
    out
}

fn describe(code: &CodeObject) -> String {
    if code.name == "<module>" {
        "<module>".to_string()
    } else {
        format!(
            "<code object {} at line {}>",
            code.qualname,
            code.line_at(0)
        )
    }
}

fn constant_text(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Bool(b) => if *b { "True" } else { "False" }.into(),
        Constant::Int(i) => i.to_string(),
        Constant::BigInt(digits) => digits.clone(),
        Constant::Float(f) => crate::objects::float::repr(*f),
        Constant::Str(s) => crate::objects::str::repr(s),
        Constant::Bytes(b) => crate::objects::bytes::repr(b),
        Constant::Imaginary(f) => format!("{f:?}j"),
        Constant::Code(inner) => format!("<code object {}>", inner.qualname),
    }
}

fn code_listing(code: &CodeObject, globals: &[String], out: &mut String) {
    let mut pc = 0;
    let mut last_line = 0;
    while pc < code.code.len() {
        let Some(info) = INSTRUCTIONS.get(code.code[pc] as usize) else {
            let _ = writeln!(out, "{pc:>12} <invalid opcode {}>", code.code[pc]);
            return;
        };
        let Some(operands) = info.decode(&code.code, pc) else {
            let _ = writeln!(out, "{pc:>12} {} <truncated>", info.name);
            return;
        };
        let line = code.line_at(pc);
        let line_column = if line != last_line {
            last_line = line;
            format!("{line:>3}")
        } else {
            "   ".to_string()
        };
        let mut args = Vec::new();
        let mut notes = Vec::new();
        for ((_, kind), &v) in info.operands.iter().zip(&operands) {
            args.push(v.to_string());
            let note = match kind {
                OperandKind::Const => code.constants.get(v as usize).map(constant_text),
                OperandKind::Label => Some(format!("to {v}")),
                _ if info.name.ends_with("_GLOBAL") => globals.get(v as usize).cloned(),
                _ if info.name.ends_with("_FAST")
                    || info.name.ends_with("_DEREF")
                    || info.name == "LOAD_FAST_RAW" =>
                {
                    code.varnames.get(v as usize).cloned()
                }
                _ => None,
            };
            notes.extend(note);
        }
        let notes = if notes.is_empty() {
            String::new()
        } else {
            format!(" ({})", notes.join(", "))
        };
        let _ = writeln!(
            out,
            "{line_column} {pc:>8} {:<24} {}{notes}",
            info.name,
            args.join(" ")
        );
        pc += info.len;
    }
    for h in &code.handlers {
        let _ = writeln!(
            out,
            "    handler: {} to {} -> {} (stack depth {})",
            h.start, h.end, h.target, h.depth
        );
    }
}
