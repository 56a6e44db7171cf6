//! The checked IR: every name resolved to an index, every expression typed, every fact about an
//! instruction computed once. All back ends read only this, never the syntax tree.

pub use crate::spec::ast::{BinOp, OperandKind, ParamType, RetType, SlotType, Span, UnOp, ValType};

pub type ExternId = usize;
pub type LayoutId = usize;
pub type OpId = usize;
pub type InstId = usize;
pub type MultimethodId = usize;

/// A whole checked specification.
#[derive(Clone, Debug, Default)]
pub struct Spec {
    /// Rust path of the VM context type (`context "crate::Vm";`).
    pub context: Option<String>,
    pub value: Option<ValueRepr>,
    /// The builtin types (`types`), in id order.
    pub types: Vec<BuiltinType>,
    pub class_sets: Vec<ClassSet>,
    pub layouts: Vec<Layout>,
    pub externs: Vec<Extern>,
    pub multimethods: Vec<Multimethod>,
    /// Every `op` and every `inst` body (an `inst` is an instruction made of one op).
    pub ops: Vec<Op>,
    /// Instructions in opcode order: `instructions[i].opcode == i`.
    pub instructions: Vec<Instruction>,
    pub families: Vec<Family>,
    /// The layout declared with `frame`, if any.
    pub frame: Option<LayoutId>,
}

/// One builtin type of the `types` declaration: its id is its position.
#[derive(Clone, Debug)]
pub struct BuiltinType {
    /// The Rust constant (`INT`).
    pub name: String,
    pub doc: String,
    /// The VM language's name for it (`int`).
    pub display: String,
    /// The id of the type it derives from (None: the VM's root type).
    pub base: Option<usize>,
}

#[derive(Clone, Debug)]
pub struct ValueRepr {
    pub name: String,
    pub tags: Vec<Tag>,
    /// Index in `tags` of the tag named `ref`, if declared.
    pub ref_tag: Option<usize>,
    /// Named words (`NONE = imm(0);`), each distinct from the others.
    pub named: Vec<NamedWord>,
}

/// A named word of a tag: usable by name in bodies, generated as a Rust constant.
#[derive(Clone, Debug)]
pub struct NamedWord {
    pub name: String,
    pub doc: String,
    /// Index in `ValueRepr::tags`.
    pub tag: usize,
    pub payload: u64,
    /// The word itself: the payload above the tag's bits, the tag below.
    pub word: u64,
}

#[derive(Clone, Debug)]
pub struct Tag {
    pub name: String,
    pub doc: String,
    pub tag: u64,
    pub bits: u32,
}

impl Tag {
    pub fn mask(&self) -> u64 {
        (1u64 << self.bits) - 1
    }
}

#[derive(Clone, Debug)]
pub struct ClassSet {
    pub name: String,
    pub doc: String,
    pub classifier: ExternId,
    pub classes: Vec<String>,
}

#[derive(Clone, Debug)]
pub struct Layout {
    pub name: String,
    pub doc: String,
    pub parent: Option<LayoutId>,
    /// All fixed slots, inherited ones first, after the header word.
    pub slots: Vec<Slot>,
    pub tail: Option<Tail>,
    /// Bytes of header and fixed slots (before rounding to the object alignment).
    pub fixed_size: usize,
    /// The frame layout (`frame`): its tail is live only up to `nlocals + sp`.
    pub frame: bool,
}

#[derive(Clone, Debug)]
pub struct Slot {
    pub name: String,
    pub ty: SlotType,
    pub offset: usize,
}

#[derive(Clone, Debug)]
pub struct Tail {
    pub name: String,
    pub ty: SlotType,
    /// Index into `slots` of the i64 slot that holds the tail's length.
    pub len_slot: usize,
    pub offset: usize,
}

/// Bytes per slot and per header.
pub const WORD: usize = 8;
/// Object alignment and minimum size.
pub const OBJECT_ALIGN: usize = 16;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Flags {
    pub raises: bool,
    pub may_gc: bool,
    pub pure: bool,
}

#[derive(Clone, Debug)]
pub struct Extern {
    pub name: String,
    pub doc: String,
    pub params: Vec<(String, ParamType)>,
    pub ret: RetType,
    pub flags: Flags,
    pub rust_path: String,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Multimethod {
    pub name: String,
    pub doc: String,
    pub class_set: usize,
    /// `(left class, right class, implementation)`.
    pub cases: Vec<(usize, usize, ExternId)>,
    pub fallback: ExternId,
    /// Union of the implementations' flags (`pure` only if all are pure).
    pub flags: Flags,
}

#[derive(Clone, Debug)]
pub struct Operand {
    pub name: String,
    pub kind: OperandKind,
}

impl OperandKind {
    /// Encoded size in bytes.
    pub fn size(self) -> usize {
        match self {
            OperandKind::U8 => 1,
            OperandKind::U16 => 2,
            OperandKind::U32 | OperandKind::I32 | OperandKind::Const | OperandKind::Label => 4,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            OperandKind::U8 => "u8",
            OperandKind::U16 => "u16",
            OperandKind::U32 => "u32",
            OperandKind::I32 => "i32",
            OperandKind::Const => "const",
            OperandKind::Label => "label",
        }
    }
}

/// A stack item of an op: one value, or `count` values where `count` is an operand index.
#[derive(Clone, Debug)]
pub struct StackItem {
    pub name: String,
    pub count: Option<usize>,
}

/// Where a name in a body refers to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Var {
    Input(usize),
    Output(usize),
    Local(usize),
    Operand(usize),
}

/// A body-level intrinsic: provided by gvmt, lowered by each back end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Intrinsic {
    /// `local(i) -> value`
    Local,
    /// `set_local(i, v)`
    SetLocal,
    /// `constant(i) -> value`: the constant pool entry of a `const` operand.
    Constant,
    /// `is_T(v) -> bool` for tag T.
    IsTag(usize),
    /// `T_untag(v) -> i64`: arithmetic shift right by the tag width.
    Untag(usize),
    /// `T_tag(i) -> value`: shift left and set the tag (the caller checks `fits_T`).
    MakeTag(usize),
    /// `fits_T(i) -> bool`: `i` survives `T_tag` then `T_untag`.
    FitsTag(usize),
    /// `checked_add/sub/mul(a, b) -> i64`, only with an `else` clause.
    CheckedAdd,
    CheckedSub,
    CheckedMul,
    /// `new L` / `new L[len]`: allocates an object of layout `L` (inline fast path, may
    /// collect, raises out-of-memory). Arguments: the tail length, for layouts with a tail.
    New(LayoutId),
    /// `checked_div/rem(a, b) -> i64`: fail on a zero divisor or on overflow.
    CheckedDiv,
    CheckedRem,
    /// `frame() -> value`: the running frame.
    Frame,
    /// `is_frame(v) -> bool`: `v` refers to a frame (an object of the frame layout).
    IsFrame,
}

impl Intrinsic {
    pub fn is_checked(self) -> bool {
        matches!(
            self,
            Intrinsic::CheckedAdd
                | Intrinsic::CheckedSub
                | Intrinsic::CheckedMul
                | Intrinsic::CheckedDiv
                | Intrinsic::CheckedRem
        )
    }
}

#[derive(Clone, Debug)]
pub enum Callee {
    Extern(ExternId),
    Multimethod(MultimethodId),
    Intrinsic(Intrinsic),
}

#[derive(Clone, Debug)]
pub enum Arg {
    Expr(Expr),
    /// An array input passed as `&[Value]`.
    Values(usize),
}

#[derive(Clone, Debug)]
pub struct Call {
    pub callee: Callee,
    pub args: Vec<Arg>,
    /// Result type; `None` for void and never-returning calls.
    pub ty: Option<ValType>,
    pub flags: Flags,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub ty: ValType,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    Int(i64),
    Float(f64),
    Bool(bool),
    Var(Var),
    Call(Box<Call>),
    Load {
        layout: LayoutId,
        slot: usize,
        object: Box<Expr>,
    },
    Unary(UnOp, Box<Expr>),
    Binary(BinOp, Box<Expr>, Box<Expr>),
    Cast(Box<Expr>, ValType),
}

#[derive(Clone, Debug)]
pub enum Else {
    Deopt,
    Raise(Call),
}

#[derive(Clone, Debug)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum StmtKind {
    /// `let` or assignment to a local or an output. `otherwise` only with a checked intrinsic.
    Assign {
        var: Var,
        value: Expr,
        otherwise: Option<Else>,
    },
    If {
        cond: Expr,
        then: Vec<Stmt>,
        otherwise: Vec<Stmt>,
    },
    DeoptIf(Expr),
    Raise(Call),
    Goto(usize),
    Return(Expr),
    /// Returns `e` with the frame resumable at the next instruction (its outputs left for the
    /// VM to write when it resumes).
    Suspend(Expr),
    /// Runs the frame `e` (new, not on a chain) on top of this one; when it returns, its value
    /// is this instruction's output and this frame goes on at the next instruction.
    Enter(Expr),
    Store {
        layout: LayoutId,
        slot: usize,
        object: Expr,
        value: Expr,
    },
    Call(Call),
}

/// Derived facts about an op or instruction, computed once by the checker.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Props {
    pub raises: bool,
    pub may_gc: bool,
    pub deopts: bool,
    /// Contains a `goto`.
    pub jumps: bool,
    pub returns: bool,
    /// Contains a `suspend`: the frame returns, then resumes at the next instruction.
    pub suspends: bool,
    /// Contains an `enter`: another frame runs, then this one goes on at the next instruction.
    pub enters: bool,
    /// Never falls through to the next instruction.
    pub terminates: bool,
    /// Writes memory or calls a non-pure extern.
    pub side_effects: bool,
}

impl Props {
    pub fn union(self, o: Props) -> Props {
        Props {
            raises: self.raises || o.raises,
            may_gc: self.may_gc || o.may_gc,
            deopts: self.deopts || o.deopts,
            jumps: self.jumps || o.jumps,
            returns: self.returns || o.returns,
            suspends: self.suspends || o.suspends,
            enters: self.enters || o.enters,
            terminates: self.terminates || o.terminates,
            side_effects: self.side_effects || o.side_effects,
        }
    }
}

#[derive(Clone, Debug)]
pub struct Op {
    pub name: String,
    pub doc: String,
    pub operands: Vec<Operand>,
    pub inputs: Vec<StackItem>,
    pub outputs: Vec<StackItem>,
    /// For each output, the input it passes through unchanged (same name), if any.
    pub passthrough: Vec<Option<usize>>,
    /// Names and types of `let` locals, indexed by `Var::Local`.
    pub locals: Vec<(String, ValType)>,
    pub body: Vec<Stmt>,
    pub props: Props,
    pub span: Span,
}

/// One part of an instruction: an op and how its operands map onto the instruction's.
#[derive(Clone, Debug)]
pub struct Part {
    pub op: OpId,
    /// `operand_map[i]` is the instruction operand that op operand `i` reads.
    pub operand_map: Vec<usize>,
}

#[derive(Clone, Debug)]
pub struct Instruction {
    pub name: String,
    pub doc: String,
    pub opcode: u8,
    pub operands: Vec<Operand>,
    pub parts: Vec<Part>,
    /// The whole instruction's stack effect.
    pub inputs: Vec<StackItem>,
    pub outputs: Vec<StackItem>,
    pub props: Props,
    /// The family this instruction belongs to: `Head`, or `Member(head)`.
    pub family: Option<FamilyRole>,
    pub span: Span,
}

impl Instruction {
    /// Encoded length in bytes: the opcode byte and the operands.
    pub fn len(&self) -> usize {
        1 + self.operands.iter().map(|o| o.kind.size()).sum::<usize>()
    }

    pub fn is_empty(&self) -> bool {
        false
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FamilyRole {
    Head,
    Member(InstId),
}

#[derive(Clone, Debug)]
pub struct Family {
    pub head: InstId,
    pub members: Vec<InstId>,
}

impl Spec {
    pub fn ref_tag(&self) -> Option<&Tag> {
        let v = self.value.as_ref()?;
        v.ref_tag.map(|i| &v.tags[i])
    }

    pub fn extern_by_name(&self, name: &str) -> Option<ExternId> {
        self.externs.iter().position(|e| e.name == name)
    }

    pub fn instruction_by_name(&self, name: &str) -> Option<&Instruction> {
        self.instructions.iter().find(|i| i.name == name)
    }
}
