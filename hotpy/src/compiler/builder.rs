//! Emits bytecode for one code object through the instruction table gvmt generated from the
//! spec: opcodes and operand encodings come from `INSTRUCTIONS`, never from a list of our own.

use super::code::Constant;
use crate::generated::interp::INSTRUCTIONS;
use gvmt::rt::{InstrInfo, OperandKind};
use std::collections::HashMap;

/// A scalar constant as a hash key (what [`Builder::constant`] reuses).
#[derive(PartialEq, Eq, Hash)]
enum ConstKey {
    None,
    Bool(bool),
    Int(i64),
    Float(u64),
    Str(String),
}

/// The source span of an instruction, as CPython's `co_positions()` gives it: first and last
/// line, and start and end column as UTF-8 byte offsets in those lines (what tracebacks
/// underline with carets).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Span {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

/// A jump target, bound to a pc later.
#[derive(Clone, Copy, Debug)]
pub struct Label(usize);

#[derive(Default)]
pub struct Builder {
    pub code: Vec<u8>,
    pub constants: Vec<Constant>,
    pub lines: Vec<(usize, u32)>,
    /// `(pc, span)` at each change of source span, in pc order.
    pub spans: Vec<(usize, Span)>,
    span: Span,
    /// Where each scalar constant is in `constants`.
    constant_index: HashMap<ConstKey, usize>,
    labels: Vec<Option<usize>>,
    fixups: Vec<(usize, Label)>,
    line: u32,
    /// The pcs of the instructions that suspend a generator (YIELD_VALUE, YIELD_DELEGATED).
    pub yields: Vec<usize>,
}

fn info(name: &str) -> &'static InstrInfo {
    INSTRUCTIONS
        .iter()
        .find(|i| i.name == name)
        .unwrap_or_else(|| panic!("hotpy compiler: the spec has no instruction `{name}`"))
}

impl Builder {
    /// Sets the source line of the instructions emitted next.
    pub fn set_line(&mut self, line: u32) {
        if line != self.line {
            self.line = line;
            match self.lines.last_mut() {
                Some(last) if last.0 == self.code.len() => last.1 = line,
                _ => self.lines.push((self.code.len(), line)),
            }
        }
    }

    /// Sets the source span of the instructions emitted next.
    pub fn set_span(&mut self, span: Span) {
        if span != self.span {
            self.span = span;
            match self.spans.last_mut() {
                Some(last) if last.0 == self.code.len() => last.1 = span,
                _ => self.spans.push((self.code.len(), span)),
            }
        }
    }

    /// The source span of the instructions emitted next.
    pub fn span(&self) -> Span {
        self.span
    }

    /// Emits `name` with its operands (labels are emitted with [`Builder::jump`]).
    pub fn emit(&mut self, name: &str, operands: &[i64]) {
        let info = info(name);
        assert_eq!(info.operands.len(), operands.len(), "operands of {name}");
        if matches!(name, "YIELD_VALUE" | "YIELD_DELEGATED") {
            self.yields.push(self.code.len());
        }
        self.code.push(info.opcode);
        for ((_, kind), &v) in info.operands.iter().zip(operands) {
            if kind.encode(v, &mut self.code).is_none() {
                panic!("hotpy compiler: operand {v} of {name} does not fit");
            }
        }
    }

    /// Emits an attribute instruction (LOAD_ATTR, STORE_ATTR, LOAD_METHOD) for the str
    /// constant `name`, with a new site number for its inline cache.
    pub fn emit_attr(&mut self, op: &str, name: i64) {
        self.emit(op, &[name, crate::protocols::attr_cache::new_site()]);
    }

    pub fn new_label(&mut self) -> Label {
        self.labels.push(None);
        Label(self.labels.len() - 1)
    }

    pub fn bind(&mut self, label: Label) {
        self.labels[label.0] = Some(self.code.len());
    }

    /// Emits a jump instruction whose only operand is a label.
    pub fn jump(&mut self, name: &str, label: Label) {
        let info = info(name);
        debug_assert_eq!(info.operands.len(), 1);
        debug_assert_eq!(info.operands[0].1, OperandKind::Label);
        self.code.push(info.opcode);
        self.fixups.push((self.code.len(), label));
        self.code.extend([0; 4]);
    }

    /// Adds a constant (reusing an equal one) and returns its index. Equal scalar constants
    /// are found by hash, so that a function with many of them compiles in linear time.
    pub fn constant(&mut self, c: Constant) -> i64 {
        let key = match &c {
            Constant::None => Some(ConstKey::None),
            Constant::Bool(x) => Some(ConstKey::Bool(*x)),
            Constant::Int(x) => Some(ConstKey::Int(*x)),
            // By bits: 0.0 and -0.0 stay two constants, a NaN is one.
            Constant::Float(x) => Some(ConstKey::Float(x.to_bits())),
            Constant::Str(x) => Some(ConstKey::Str(x.clone())),
            _ => None,
        };
        if let Some(key) = &key
            && let Some(&i) = self.constant_index.get(key)
        {
            return i as i64;
        }
        self.constants.push(c);
        let i = self.constants.len() - 1;
        if let Some(key) = key {
            self.constant_index.insert(key, i);
        }
        i as i64
    }

    /// Patches the jumps; returns the code.
    #[allow(clippy::type_complexity)]
    pub fn finish(
        mut self,
    ) -> (
        Vec<u8>,
        Vec<Constant>,
        Vec<(usize, u32)>,
        Vec<(usize, Span)>,
    ) {
        for (at, label) in std::mem::take(&mut self.fixups) {
            let target =
                self.labels[label.0].expect("hotpy compiler: a label was never bound") as u32;
            self.code[at..at + 4].copy_from_slice(&target.to_le_bytes());
        }
        (self.code, self.constants, self.lines, self.spans)
    }
}
