//! A text form of bytecode for any gvmt instruction set, driven by the generated instruction
//! table: [`assemble`] turns lines of `mnemonic operands...` (and `label:` lines) into code,
//! [`disassemble`] turns code back into text. A VM supplies how its own operands are written
//! (constants, function names) through a resolver.

use super::{InstrInfo, OperandKind};
use std::collections::HashMap;
use std::fmt::Write as _;

/// Resolves an operand word that is not a plain number or a label: gets the operand's name,
/// kind and the word, returns the encoded value.
pub type Resolver<'a> = dyn FnMut(&str, OperandKind, &str) -> Result<i64, String> + 'a;

/// Assembles the lines of one function. Each line is `(line number, words)`; `name:` defines a
/// label for `label` operands; mnemonics are instruction names in any case. `const` operands
/// and words that are not integers go to `resolve`.
pub fn assemble(
    infos: &[InstrInfo],
    lines: &[(usize, Vec<&str>)],
    resolve: &mut Resolver<'_>,
) -> Result<Vec<u8>, String> {
    let err = |line: usize, msg: String| format!("line {}: {msg}", line + 1);
    let mut code = Vec::new();
    let mut labels: HashMap<&str, usize> = HashMap::new();
    let mut fixups: Vec<(usize, &str, usize)> = Vec::new();
    for (n, words) in lines {
        let Some(first) = words.first() else { continue };
        if let Some(label) = first.strip_suffix(':') {
            if labels.insert(label, code.len()).is_some() {
                return Err(err(*n, format!("label `{label}` defined twice")));
            }
            continue;
        }
        let info = infos
            .iter()
            .find(|x| x.name.eq_ignore_ascii_case(first))
            .ok_or_else(|| err(*n, format!("unknown instruction `{first}`")))?;
        if words.len() - 1 != info.operands.len() {
            return Err(err(
                *n,
                format!("`{first}` takes {} operand(s)", info.operands.len()),
            ));
        }
        code.push(info.opcode);
        for ((name, kind), word) in info.operands.iter().zip(&words[1..]) {
            let value = match kind {
                OperandKind::Label => {
                    fixups.push((code.len(), word, *n));
                    0
                }
                OperandKind::Const => resolve(name, *kind, word).map_err(|e| err(*n, e))?,
                _ => match word.parse::<i64>() {
                    Ok(v) => v,
                    Err(_) => resolve(name, *kind, word).map_err(|e| err(*n, e))?,
                },
            };
            kind.encode(value, &mut code)
                .ok_or_else(|| err(*n, format!("operand `{word}` out of range")))?;
        }
    }
    for (at, label, n) in fixups {
        let target = *labels
            .get(label)
            .ok_or_else(|| err(n, format!("no label `{label}`")))?;
        code[at..at + 4].copy_from_slice(&(target as u32).to_le_bytes());
    }
    Ok(code)
}

/// Splits source text into `(line number, words)`, dropping `;` comments and blank lines.
pub fn words(source: &str) -> Vec<(usize, Vec<&str>)> {
    source
        .lines()
        .enumerate()
        .map(|(n, l)| {
            (
                n,
                l.split(';')
                    .next()
                    .unwrap_or("")
                    .split_whitespace()
                    .collect::<Vec<_>>(),
            )
        })
        .filter(|(_, w)| !w.is_empty())
        .collect()
}

/// One line per instruction: `pc  NAME operand=value ...`; stops at the first undecodable byte.
pub fn disassemble(infos: &[InstrInfo], code: &[u8]) -> String {
    let mut out = String::new();
    let mut pc = 0;
    while pc < code.len() {
        let Some(info) = infos.get(code[pc] as usize) else {
            let _ = writeln!(out, "{pc:>5}  <invalid opcode {}>", code[pc]);
            break;
        };
        let Some(operands) = info.decode(code, pc) else {
            let _ = writeln!(out, "{pc:>5}  {} <truncated>", info.name);
            break;
        };
        let _ = write!(out, "{pc:>5}  {}", info.name);
        for ((name, _), v) in info.operands.iter().zip(&operands) {
            let _ = write!(out, " {name}={v}");
        }
        out.push('\n');
        pc += info.len;
    }
    out
}
