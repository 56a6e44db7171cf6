//! The stack plan of an instruction, shared by every back end: where each part's inputs come
//! from (frame memory, or an earlier part's output still held in a variable), where values are
//! spilled before a part that may collect, and where the outputs land at the end.
//!
//! Positions are relative to the stack pointer at the instruction's start; array items make
//! them depend on operand values, so a position is a constant minus some operands.

use crate::check::ir::{Instruction, Spec};

/// `sp_at_start + konst - sum(operands[minus])`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pos {
    pub konst: i64,
    /// Instruction operand indexes.
    pub minus: Vec<usize>,
}

impl Pos {
    fn zero() -> Pos {
        Pos {
            konst: 0,
            minus: vec![],
        }
    }

    pub(crate) fn plus(&self, k: i64) -> Pos {
        Pos {
            konst: self.konst + k,
            minus: self.minus.clone(),
        }
    }

    fn minus_item(&self, size: &ItemSize) -> Pos {
        match size {
            ItemSize::One => self.plus(-1),
            ItemSize::Operand(o) => {
                let mut p = self.clone();
                p.minus.push(*o);
                p
            }
        }
    }

    /// Evaluates with a known starting sp and operand values (as the JIT knows them).
    pub fn eval(&self, sp: usize, operands: &[i64]) -> i64 {
        sp as i64 + self.konst - self.minus.iter().map(|&o| operands[o]).sum::<i64>()
    }
}

enum ItemSize {
    One,
    /// An array whose length is this instruction operand.
    Operand(usize),
}

/// Where a part reads one of its inputs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// In frame memory at this position (an array input starts there).
    Memory(Pos),
    /// Output `output` of part `part`, not yet written to memory.
    Virtual { part: usize, output: usize },
}

#[derive(Clone, Debug)]
pub struct PartPlan {
    /// Values of earlier parts written to memory before this part runs (it may collect).
    pub spills: Vec<(Pos, usize, usize)>,
    /// One source per op input.
    pub inputs: Vec<Source>,
    /// The stack pointer that covers every live value while this part runs: what the frame's
    /// `sp` must say when it calls something that may collect.
    pub sync_sp: Pos,
}

#[derive(Clone, Debug)]
pub struct StackPlan {
    pub parts: Vec<PartPlan>,
    /// Final writes: `(position, part, output)`.
    pub flush: Vec<(Pos, usize, usize)>,
    pub final_sp: Pos,
}

/// Plans the stack traffic of `inst`.
pub fn plan(spec: &Spec, inst: &Instruction) -> StackPlan {
    let mut mem_top = Pos::zero();
    let mut virt: Vec<(usize, usize)> = Vec::new();
    let mut parts = Vec::new();
    for (k, part) in inst.parts.iter().enumerate() {
        let op = &spec.ops[part.op];
        let mut spills = Vec::new();
        if k > 0 && op.props.may_gc && !virt.is_empty() {
            for (i, &(p, o)) in virt.iter().enumerate() {
                spills.push((mem_top.plus(i as i64), p, o));
            }
            mem_top = mem_top.plus(virt.len() as i64);
            virt.clear();
        }
        let sync_sp = mem_top.plus(virt.len() as i64);
        let n = op.inputs.len();
        let from_virtual = n.min(virt.len());
        let from_memory = n - from_virtual;
        let mut inputs = vec![Source::Memory(Pos::zero()); n];
        // Memory inputs, top-most first.
        let mut at = mem_top.clone();
        for i in (0..from_memory).rev() {
            let size = match op.inputs[i].count {
                None => ItemSize::One,
                Some(c) => ItemSize::Operand(part.operand_map[c]),
            };
            at = at.minus_item(&size);
            inputs[i] = Source::Memory(at.clone());
        }
        mem_top = at;
        for (j, &(p, o)) in virt[virt.len() - from_virtual..].iter().enumerate() {
            inputs[from_memory + j] = Source::Virtual { part: p, output: o };
        }
        virt.truncate(virt.len() - from_virtual);
        for o in 0..op.outputs.len() {
            virt.push((k, o));
        }
        parts.push(PartPlan {
            spills,
            inputs,
            sync_sp,
        });
    }
    let flush = virt
        .iter()
        .enumerate()
        .map(|(i, &(p, o))| (mem_top.plus(i as i64), p, o))
        .collect();
    let final_sp = mem_top.plus(virt.len() as i64);
    StackPlan {
        parts,
        flush,
        final_sp,
    }
}
