//! The syntax tree of a spec file, exactly as written, with a source span on every node.
//!
//! Produced by `parser`, consumed by `check`. Nothing here is resolved or validated: names are
//! plain strings and types are as written.

use std::ops::Range;

/// A byte range in one source file, with the file's index in the [`crate::diag::Sources`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Span {
    pub file: usize,
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

/// A name and where it was written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ident {
    pub name: String,
    pub span: Span,
}

/// One parsed file: its items in source order.
#[derive(Clone, Debug, Default)]
pub struct SpecFile {
    pub items: Vec<Item>,
}

/// A declaration with its `///` doc comment (possibly empty).
#[derive(Clone, Debug)]
pub struct Item {
    pub doc: String,
    pub kind: ItemKind,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum ItemKind {
    Context {
        rust_path: String,
        span: Span,
    },
    Value(ValueDecl),
    /// `types { ... }`: the VM's builtin types.
    Types(Vec<TypeEntry>),
    Classes(ClassesDecl),
    Layout(LayoutDecl),
    Extern(ExternDecl),
    /// `op` (a part) or `inst` (an instruction), told apart by `is_inst`.
    Op(OpDecl),
    Macro(MacroDecl),
    Family(FamilyDecl),
    Multimethod(MultimethodDecl),
}

#[derive(Clone, Debug)]
pub struct ValueDecl {
    pub name: Ident,
    pub tags: Vec<TagDecl>,
    pub named: Vec<NamedDecl>,
}

/// `NAME = tag(payload);` a named word of a tag (`NONE = imm(0);`).
#[derive(Clone, Debug)]
pub struct NamedDecl {
    pub name: Ident,
    pub doc: String,
    pub tag: Ident,
    pub payload: u64,
    pub span: Span,
}

/// `name: tag T bits B;` a value whose low `B` bits equal `T`.
#[derive(Clone, Debug)]
pub struct TagDecl {
    pub name: Ident,
    pub tag: u64,
    pub bits: u32,
    pub span: Span,
}

/// `ID = "name";` or `ID = "name"(BASE);`: one builtin type of a `types` declaration.
#[derive(Clone, Debug)]
pub struct TypeEntry {
    pub name: Ident,
    pub doc: String,
    /// The type's name in the VM's language (`"int"`, `"method-wrapper"`).
    pub display: String,
    pub display_span: Span,
    /// The entry it derives from (None: the VM's root type).
    pub base: Option<Ident>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct ClassesDecl {
    pub name: Ident,
    pub classifier: Ident,
    pub classes: Vec<Ident>,
}

#[derive(Clone, Debug)]
pub struct LayoutDecl {
    pub name: Ident,
    pub parent: Option<Ident>,
    pub slots: Vec<SlotDecl>,
    /// Declared with `frame`: the parser has put gvmt's fixed slots first and the tail of
    /// locals and stack last.
    pub frame: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SlotType {
    Value,
    Ref,
    I64,
    F64,
}

#[derive(Clone, Debug)]
pub struct SlotDecl {
    pub name: Ident,
    pub ty: SlotType,
    /// `Some(len_slot)` for a variable-length tail `[ty; len_slot]`.
    pub tail_len: Option<Ident>,
    pub span: Span,
}

/// Types of expressions, parameters and results in bodies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ValType {
    Value,
    I64,
    F64,
    Bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamType {
    Val(ValType),
    /// A run of stack values (an array stack item), passed to Rust as `&[Value]`.
    Values,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RetType {
    Void,
    Val(ValType),
    /// Never returns normally: the Rust function builds the error to raise.
    Never,
}

#[derive(Clone, Debug)]
pub struct ExternDecl {
    pub name: Ident,
    pub params: Vec<(Ident, ParamType)>,
    pub ret: RetType,
    pub flags: Vec<(String, Span)>,
    pub rust_path: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OperandKind {
    U8,
    U16,
    U32,
    I32,
    Const,
    Label,
}

#[derive(Clone, Debug)]
pub struct Operand {
    pub name: Ident,
    pub kind: OperandKind,
}

/// One stack item: `name` or `name[count]` where `count` names an operand.
#[derive(Clone, Debug)]
pub struct StackItem {
    pub name: Ident,
    pub count: Option<Ident>,
}

#[derive(Clone, Debug)]
pub struct StackEffect {
    pub inputs: Vec<StackItem>,
    pub outputs: Vec<StackItem>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct OpDecl {
    pub is_inst: bool,
    pub name: Ident,
    pub operands: Vec<Operand>,
    pub effect: StackEffect,
    pub body: Block,
}

#[derive(Clone, Debug)]
pub struct MacroDecl {
    pub name: Ident,
    pub parts: Vec<Ident>,
}

#[derive(Clone, Debug)]
pub struct FamilyDecl {
    pub head: Ident,
    pub members: Vec<Ident>,
}

#[derive(Clone, Debug)]
pub struct MultimethodDecl {
    pub name: Ident,
    pub params: (Ident, Ident),
    pub classes: Ident,
    pub cases: Vec<MmCase>,
    pub fallback: Ident,
}

#[derive(Clone, Debug)]
pub struct MmCase {
    pub left: Ident,
    pub right: Ident,
    pub target: Ident,
    pub span: Span,
}

#[derive(Clone, Debug, Default)]
pub struct Block {
    pub stmts: Vec<Stmt>,
}

#[derive(Clone, Debug)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

/// What happens when a checked operation (`let x = checked_add(a, b) else ...`) fails.
#[derive(Clone, Debug)]
pub enum ElseAction {
    Deopt(Span),
    Raise(Call),
}

#[derive(Clone, Debug)]
pub enum StmtKind {
    Let {
        name: Ident,
        ty: Option<ValType>,
        value: Expr,
        otherwise: Option<ElseAction>,
    },
    Assign {
        name: Ident,
        value: Expr,
        otherwise: Option<ElseAction>,
    },
    If {
        cond: Expr,
        then: Block,
        otherwise: Option<Block>,
    },
    DeoptIf(Expr),
    Raise(Call),
    Goto(Ident),
    Return(Expr),
    /// Returns from the frame so that it can be resumed after this instruction.
    Suspend(Expr),
    Enter(Expr),
    Store {
        layout: Ident,
        slot: Ident,
        object: Expr,
        value: Expr,
    },
    Expr(Call),
}

#[derive(Clone, Debug)]
pub struct Call {
    pub callee: Ident,
    pub args: Vec<Expr>,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Or,
    And,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    BitAnd,
    BitOr,
    BitXor,
    Shl,
    Shr,
}

impl BinOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Or => "||",
            BinOp::And => "&&",
            BinOp::Eq => "==",
            BinOp::Ne => "!=",
            BinOp::Lt => "<",
            BinOp::Le => "<=",
            BinOp::Gt => ">",
            BinOp::Ge => ">=",
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "/",
            BinOp::Rem => "%",
            BinOp::BitAnd => "&",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
            BinOp::Shl => "<<",
            BinOp::Shr => ">>",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    Neg,
    Not,
}

#[derive(Clone, Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    Int(i64),
    Float(f64),
    Bool(bool),
    Name(Ident),
    Call(Call),
    SlotLoad {
        layout: Ident,
        slot: Ident,
        object: Box<Expr>,
    },
    /// `new Layout` or `new Layout[len]`.
    New {
        layout: Ident,
        len: Option<Box<Expr>>,
    },
    Unary(UnOp, Box<Expr>),
    Binary(BinOp, Box<Expr>, Box<Expr>),
    Cast(Box<Expr>, ValType),
}
