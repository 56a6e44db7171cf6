//! What generated code links against at run time: the [`Value`] word, the per-thread
//! [`VmCtx`], the [`Vm`] trait a VM's context type implements, and the frames ([`frame`]:
//! heap objects on a per-thread chain, run from a [`Code`]) that the generated interpreter
//! and compiled code share.
//!
//! Raw memory access is confined to `frame` and `heap`; everything else here is safe.

pub mod asm;
pub mod frame;
pub mod heap;
mod stack_limit;
mod value;
mod vmctx;

pub use frame::{Code, FrameLayout, FrameView, JitState, Values};
pub use stack_limit::{StackLimit, run_with_stack};
pub use value::Value;
pub use vmctx::{Vm, VmCtx, interrupt};

/// Static facts about one instruction, generated from the spec (`interp::INSTRUCTIONS`).
#[derive(Clone, Copy, Debug)]
pub struct InstrInfo {
    pub name: &'static str,
    pub doc: &'static str,
    pub opcode: u8,
    /// Encoded length in bytes, opcode included.
    pub len: usize,
    pub operands: &'static [(&'static str, OperandKind)],
    /// Number of values popped and pushed; array items add the operand's value at run time
    /// (see [`InstrInfo::stack_effect`]).
    pub pops: usize,
    pub pushes: usize,
    /// Indexes (into `operands`) of array-count operands among the inputs.
    pub array_inputs: &'static [usize],
    pub raises: bool,
    pub may_gc: bool,
    pub deopts: bool,
    pub jumps: bool,
    pub returns: bool,
    /// Returns from the frame so that it resumes at the next instruction (a `suspend`).
    pub suspends: bool,
    /// May run another frame (an `enter`), after which the frame goes on at the next
    /// instruction with the callee's result as its output.
    pub enters: bool,
    /// Never falls through to the next instruction.
    pub terminates: bool,
    /// The opcode of the family head, for family members.
    pub family_head: Option<u8>,
}

impl InstrInfo {
    /// `(pops, pushes)` for this instruction with the given decoded operand values.
    pub fn stack_effect(&self, operands: &[i64]) -> (usize, usize) {
        let extra: i64 = self.array_inputs.iter().map(|&i| operands[i]).sum();
        (self.pops + extra as usize, self.pushes)
    }

    /// Decodes the operands of the instruction at `pc` (little-endian, in declaration order).
    pub fn decode(&self, code: &[u8], pc: usize) -> Option<Vec<i64>> {
        let mut at = pc + 1;
        let mut out = Vec::with_capacity(self.operands.len());
        for (_, kind) in self.operands {
            let size = kind.size();
            let bytes = code.get(at..at + size)?;
            out.push(kind.decode(bytes));
            at += size;
        }
        Some(out)
    }

    /// The jump targets (label operands) of the instruction, decoded.
    pub fn labels(&self, operands: &[i64]) -> Vec<usize> {
        self.operands
            .iter()
            .zip(operands)
            .filter(|((_, k), _)| *k == OperandKind::Label)
            .map(|(_, v)| *v as usize)
            .collect()
    }
}

/// Operand encodings, shared by the generated decoder, assemblers and disassemblers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OperandKind {
    U8,
    U16,
    /// An unsigned index or count too large for a `u16` (locals, names, array inputs).
    U32,
    I32,
    /// Index into the constant pool (u32).
    Const,
    /// Absolute code offset of a jump target (u32).
    Label,
}

impl OperandKind {
    pub const fn size(self) -> usize {
        match self {
            OperandKind::U8 => 1,
            OperandKind::U16 => 2,
            OperandKind::U32 | OperandKind::I32 | OperandKind::Const | OperandKind::Label => 4,
        }
    }

    /// Decodes `bytes` (exactly `size()` of them).
    pub fn decode(self, bytes: &[u8]) -> i64 {
        match self {
            OperandKind::U8 => bytes[0] as i64,
            OperandKind::U16 => u16::from_le_bytes([bytes[0], bytes[1]]) as i64,
            OperandKind::I32 => i32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]) as i64,
            OperandKind::U32 | OperandKind::Const | OperandKind::Label => {
                u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]) as i64
            }
        }
    }

    /// Appends the encoding of `value`, or returns `None` if it does not fit.
    pub fn encode(self, value: i64, out: &mut Vec<u8>) -> Option<()> {
        match self {
            OperandKind::U8 => out.push(u8::try_from(value).ok()?),
            OperandKind::U16 => out.extend(u16::try_from(value).ok()?.to_le_bytes()),
            OperandKind::I32 => out.extend(i32::try_from(value).ok()?.to_le_bytes()),
            OperandKind::U32 | OperandKind::Const | OperandKind::Label => {
                out.extend(u32::try_from(value).ok()?.to_le_bytes())
            }
        }
        Some(())
    }
}

/// Called by the generated interpreter on a byte that is no opcode: the bytecode is corrupt,
/// which is a bug in the VM that produced it, not in the program being run.
#[cold]
pub fn invalid_opcode(opcode: u8, pc: usize) -> ! {
    panic!("gvmt: invalid opcode {opcode} at pc {pc}: the bytecode is corrupt")
}

/// What the collector needs to know about one object layout (`layouts::LAYOUTS`).
#[derive(Clone, Copy, Debug)]
pub struct LayoutInfo {
    pub name: &'static str,
    /// Header and fixed slots, rounded up to the object alignment.
    pub fixed_size: usize,
    /// Offsets of `ref` slots (always references).
    pub ref_slots: &'static [usize],
    /// Offsets of `value` slots (references only when the word carries the `ref` tag).
    pub value_slots: &'static [usize],
    pub tail: Option<TailInfo>,
}

/// A variable-length run of slots at the end of an object.
#[derive(Clone, Copy, Debug)]
pub struct TailInfo {
    pub offset: usize,
    /// Offset of the i64 slot holding the element count.
    pub len_offset: usize,
    pub kind: SlotKind,
    /// A frame's tail: only the first `word(a) + word(b)` elements (its locals and its stack
    /// below sp) are live; the rest are stale and not traced.
    pub live: Option<[usize; 2]>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SlotKind {
    Value,
    Ref,
    I64,
    F64,
}

/// Includes the code `gvmt::codegen::build` wrote to `OUT_DIR` as three sibling modules:
/// `layouts`, `interp` (the interpreter, instruction table, multimethods, shims) and `jit`
/// (the Cranelift emitters). Use it once, in the module that should contain them.
#[macro_export]
macro_rules! include_generated {
    () => {
        #[allow(
            unused_mut,
            unused_variables,
            unused_assignments,
            unused_imports,
            unused_braces,
            unused_parens,
            dead_code
        )]
        #[allow(non_snake_case, non_upper_case_globals, unreachable_code, clippy::all)]
        pub mod layouts {
            include!(concat!(env!("OUT_DIR"), "/gvmt_layouts.rs"));
        }
        #[allow(
            unused_mut,
            unused_variables,
            unused_assignments,
            unused_imports,
            unused_braces,
            unused_parens,
            dead_code
        )]
        #[allow(
            non_snake_case,
            non_upper_case_globals,
            unreachable_code,
            unused_labels,
            clippy::all
        )]
        pub mod interp {
            include!(concat!(env!("OUT_DIR"), "/gvmt_interp.rs"));
        }
        #[allow(
            unused_mut,
            unused_variables,
            unused_assignments,
            unused_imports,
            unused_braces,
            unused_parens,
            dead_code
        )]
        #[allow(non_snake_case, non_upper_case_globals, unreachable_code, clippy::all)]
        pub mod jit {
            include!(concat!(env!("OUT_DIR"), "/gvmt_jit.rs"));
        }
    };
}

#[cfg(test)]
mod operand_tests {
    use super::OperandKind;

    #[test]
    fn wide_operands_round_trip_and_narrow_ones_refuse_what_does_not_fit() {
        for kind in [OperandKind::U32, OperandKind::Const, OperandKind::Label] {
            let mut out = Vec::new();
            assert_eq!(kind.encode(70_000, &mut out), Some(()));
            assert_eq!(out.len(), kind.size());
            assert_eq!(kind.decode(&out), 70_000);
            assert_eq!(kind.encode(u32::MAX as i64 + 1, &mut Vec::new()), None);
            assert_eq!(kind.encode(-1, &mut Vec::new()), None);
        }
        assert_eq!(OperandKind::U16.encode(70_000, &mut Vec::new()), None);
        let mut out = Vec::new();
        OperandKind::I32.encode(-5, &mut out).expect("fits");
        assert_eq!(OperandKind::I32.decode(&out), -5);
    }
}
