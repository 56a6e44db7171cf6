//! Static analysis of a bytecode function before compilation: every reachable instruction, its
//! decoded operands, and the stack depth at its start, which must be the same on every path
//! (compiled code addresses stack slots at fixed offsets).

use crate::rt::InstrInfo;
use std::collections::BTreeMap;
use std::fmt;

/// Why a function cannot be compiled.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JitError {
    InvalidOpcode { pc: usize, opcode: u8 },
    Truncated { pc: usize },
    BadJumpTarget { pc: usize, target: usize },
    StackUnderflow { pc: usize },
    InconsistentStack { pc: usize, depths: (usize, usize) },
    FallsOffEnd { pc: usize },
    StackTooDeep { needed: usize },
    Cranelift(String),
}

impl fmt::Display for JitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            JitError::InvalidOpcode { pc, opcode } => {
                write!(f, "invalid opcode {opcode} at pc {pc}")
            }
            JitError::Truncated { pc } => {
                write!(f, "instruction at pc {pc} runs past the end of the code")
            }
            JitError::BadJumpTarget { pc, target } => {
                write!(f, "jump at pc {pc} to {target}, which is no instruction")
            }
            JitError::StackUnderflow { pc } => write!(f, "stack underflow at pc {pc}"),
            JitError::InconsistentStack { pc, depths } => {
                write!(
                    f,
                    "stack depth at pc {pc} is {} on one path and {} on another",
                    depths.0, depths.1
                )
            }
            JitError::FallsOffEnd { pc } => {
                write!(f, "instruction at pc {pc} falls off the end of the code")
            }
            JitError::StackTooDeep { needed } => write!(f, "function needs {needed} stack slots"),
            JitError::Cranelift(e) => write!(f, "cranelift: {e}"),
        }
    }
}

impl std::error::Error for JitError {}

/// One reachable instruction.
#[derive(Clone, Debug)]
pub struct Decoded {
    pub pc: usize,
    pub opcode: u8,
    pub operands: Vec<i64>,
    pub depth: usize,
    pub next_pc: usize,
}

/// The analysed function.
#[derive(Debug)]
pub struct Analysis {
    /// Reachable instructions in pc order.
    pub insts: BTreeMap<usize, Decoded>,
    /// Instruction starts that are jump targets (besides pc 0): each gets its own block.
    pub targets: Vec<usize>,
    pub max_depth: usize,
}

fn decode(infos: &[InstrInfo], code: &[u8], pc: usize) -> Result<(u8, Vec<i64>, usize), JitError> {
    let opcode = *code.get(pc).ok_or(JitError::Truncated { pc })?;
    let info = infos
        .get(opcode as usize)
        .ok_or(JitError::InvalidOpcode { pc, opcode })?;
    let operands = info.decode(code, pc).ok_or(JitError::Truncated { pc })?;
    Ok((opcode, operands, pc + info.len))
}

pub fn analyse(infos: &[InstrInfo], code: &[u8]) -> Result<Analysis, JitError> {
    analyse_from(infos, code, &[(0, 0)])
}

/// As [`analyse`], from several entry points `(pc, stack depth)`: pc 0 and, for a VM with
/// exception handlers, each handler (reached only by unwinding, never by a jump).
pub fn analyse_from(
    infos: &[InstrInfo],
    code: &[u8],
    entries: &[(usize, usize)],
) -> Result<Analysis, JitError> {
    let mut insts: BTreeMap<usize, Decoded> = BTreeMap::new();
    let mut targets = Vec::new();
    let mut work = entries.to_vec();
    let mut max_depth = 0;
    // First pass: all instruction starts reachable by decoding linearly, so that a jump into the
    // middle of an instruction is caught.
    let mut starts = std::collections::BTreeSet::new();
    let mut pc = 0;
    while pc < code.len() {
        starts.insert(pc);
        pc = decode(infos, code, pc)?.2;
    }
    while let Some((pc, depth)) = work.pop() {
        if let Some(d) = insts.get(&pc) {
            if d.depth != depth {
                return Err(JitError::InconsistentStack {
                    pc,
                    depths: (d.depth, depth),
                });
            }
            continue;
        }
        if pc >= code.len() {
            return Err(JitError::FallsOffEnd { pc });
        }
        let (opcode, operands, next_pc) = decode(infos, code, pc)?;
        let info = &infos[opcode as usize];
        let (pops, pushes) = info.stack_effect(&operands);
        if pops > depth {
            return Err(JitError::StackUnderflow { pc });
        }
        let after = depth - pops + pushes;
        max_depth = max_depth.max(after).max(depth);
        for target in info.labels(&operands) {
            if !starts.contains(&target) {
                return Err(JitError::BadJumpTarget { pc, target });
            }
            if !targets.contains(&target) {
                targets.push(target);
            }
            work.push((target, after));
        }
        if !info.terminates {
            if next_pc >= code.len() {
                return Err(JitError::FallsOffEnd { pc });
            }
            work.push((next_pc, after));
        }
        insts.insert(
            pc,
            Decoded {
                pc,
                opcode,
                operands,
                depth,
                next_pc,
            },
        );
    }
    targets.sort();
    Ok(Analysis {
        insts,
        targets,
        max_depth,
    })
}
