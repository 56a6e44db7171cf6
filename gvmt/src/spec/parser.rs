//! Turns spec text into the syntax tree of [`super::ast`], using the pest grammar in
//! `grammar.pest`. A syntax error becomes one [`SpecError`] pointing at the offending position.

use super::ast::*;
use crate::diag::SpecError;
use pest::Parser as _;
use pest::iterators::{Pair, Pairs};
use pest::pratt_parser::{Assoc, Op, PrattParser};
use pest_derive::Parser;
use std::sync::LazyLock;

#[derive(Parser)]
#[grammar = "spec/grammar.pest"]
struct SpecParser;

static PRATT: LazyLock<PrattParser<Rule>> = LazyLock::new(|| {
    PrattParser::new()
        .op(Op::infix(Rule::op_or, Assoc::Left))
        .op(Op::infix(Rule::op_and, Assoc::Left))
        .op(Op::infix(Rule::op_eq, Assoc::Left)
            | Op::infix(Rule::op_ne, Assoc::Left)
            | Op::infix(Rule::op_lt, Assoc::Left)
            | Op::infix(Rule::op_le, Assoc::Left)
            | Op::infix(Rule::op_gt, Assoc::Left)
            | Op::infix(Rule::op_ge, Assoc::Left))
        .op(Op::infix(Rule::op_bitor, Assoc::Left))
        .op(Op::infix(Rule::op_bitxor, Assoc::Left))
        .op(Op::infix(Rule::op_bitand, Assoc::Left))
        .op(Op::infix(Rule::op_shl, Assoc::Left) | Op::infix(Rule::op_shr, Assoc::Left))
        .op(Op::infix(Rule::op_add, Assoc::Left) | Op::infix(Rule::op_sub, Assoc::Left))
        .op(Op::infix(Rule::op_mul, Assoc::Left)
            | Op::infix(Rule::op_div, Assoc::Left)
            | Op::infix(Rule::op_rem, Assoc::Left))
        .op(Op::prefix(Rule::op_neg) | Op::prefix(Rule::op_not))
        .op(Op::postfix(Rule::cast))
});

/// Parses one file. `file` is its index in the run's [`crate::diag::Sources`].
pub fn parse_file(text: &str, file: usize) -> Result<SpecFile, SpecError> {
    let mut pairs = SpecParser::parse(Rule::file, text).map_err(|e| syntax_error(e, file))?;
    let cx = Cx { file };
    let file_pair = pairs
        .next()
        .expect("the file rule always produces one pair");
    let mut items = Vec::new();
    for pair in inner(file_pair) {
        if pair.as_rule() == Rule::item {
            items.push(cx.item(pair)?);
        }
    }
    Ok(SpecFile { items })
}

fn syntax_error(e: pest::error::Error<Rule>, file: usize) -> SpecError {
    let (start, end) = match e.location {
        pest::error::InputLocation::Pos(p) => (p, p),
        pest::error::InputLocation::Span((s, e)) => (s, e),
    };
    let expected = match &e.variant {
        pest::error::ErrorVariant::ParsingError { positives, .. } => {
            let mut names: Vec<String> = positives.iter().map(|r| describe(*r)).collect();
            names.sort();
            names.dedup();
            names.join(", ")
        }
        pest::error::ErrorVariant::CustomError { message } => message.clone(),
    };
    let label = if expected.is_empty() {
        "unexpected input".to_string()
    } else {
        format!("expected {expected}")
    };
    SpecError::new("syntax error", Span { file, start, end }, label)
}

/// Human names for the grammar rules that appear in "expected ..." messages.
fn describe(rule: Rule) -> String {
    match rule {
        Rule::ident => "a name".into(),
        Rule::item | Rule::docs => "a declaration".into(),
        Rule::int_lit => "an integer".into(),
        Rule::rust_path => "a quoted Rust path".into(),
        Rule::expr => "an expression".into(),
        Rule::val_type => "a type (value, i64, f64, bool)".into(),
        Rule::slot_type => "a slot type (value, ref, i64, f64)".into(),
        Rule::operand_kind => "an operand kind (u8, u16, i32, const, label)".into(),
        Rule::flag => "a flag (raises, may_gc, pure)".into(),
        Rule::block => "a `{`".into(),
        Rule::stack_effect => "a stack effect `(inputs -- outputs)`".into(),
        Rule::EOI => "end of file".into(),
        Rule::semi => "`;`".into(),
        Rule::cast => "`as`".into(),
        Rule::else_clause => "`else`".into(),
        r if format!("{r:?}").starts_with("op_") => "an operator".into(),
        other => format!("{other:?}").replace('_', " "),
    }
}

/// The children of a pair, without the `;` tokens (kept as a rule only so that syntax errors
/// can say "expected `;`").
fn inner(pair: Pair<'_, Rule>) -> impl Iterator<Item = Pair<'_, Rule>> {
    pair.into_inner().filter(|p| p.as_rule() != Rule::semi)
}

struct Cx {
    file: usize,
}

impl Cx {
    fn span(&self, pair: &Pair<Rule>) -> Span {
        let s = pair.as_span();
        Span {
            file: self.file,
            start: s.start(),
            end: s.end(),
        }
    }

    fn ident(&self, pair: Pair<Rule>) -> Ident {
        debug_assert!(matches!(pair.as_rule(), Rule::ident | Rule::field));
        Ident {
            name: pair.as_str().to_string(),
            span: self.span(&pair),
        }
    }

    fn int(&self, pair: Pair<Rule>) -> Result<u64, SpecError> {
        let text = pair.as_str();
        let parsed = if let Some(hex) = text.strip_prefix("0x") {
            u64::from_str_radix(hex, 16)
        } else if let Some(bin) = text.strip_prefix("0b") {
            u64::from_str_radix(bin, 2)
        } else {
            text.parse()
        };
        parsed.map_err(|_| {
            SpecError::new(
                "integer literal out of range",
                self.span(&pair),
                "does not fit in 64 bits",
            )
        })
    }

    fn rust_path(&self, pair: Pair<Rule>) -> String {
        let s = pair.as_str();
        s[1..s.len() - 1].to_string()
    }

    /// The text of `///` doc lines, joined by newlines.
    fn docs(&self, docs: Pair<Rule>) -> String {
        docs.into_inner()
            .map(|d| {
                d.as_str()
                    .trim_start_matches("///")
                    .strip_prefix(' ')
                    .unwrap_or(&d.as_str()[3..])
                    .trim_end()
                    .to_string()
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    fn item(&self, pair: Pair<Rule>) -> Result<Item, SpecError> {
        let span = self.span(&pair);
        let mut children = inner(pair);
        let doc = self.docs(children.next().expect("item starts with docs"));
        let decl = children.next().expect("item has a declaration");
        let kind = match decl.as_rule() {
            Rule::context_decl => {
                let span = self.span(&decl);
                let path = inner(decl).next().expect("context has a path");
                ItemKind::Context {
                    rust_path: self.rust_path(path),
                    span,
                }
            }
            Rule::value_decl => ItemKind::Value(self.value_decl(decl)?),
            Rule::types_decl => ItemKind::Types(inner(decl).map(|e| self.type_entry(e)).collect()),
            Rule::classes_decl => {
                let mut it = inner(decl);
                let name = self.ident(it.next().expect("name"));
                let classifier = self.ident(it.next().expect("classifier"));
                let classes = self.ident_list(it.next().expect("list"));
                ItemKind::Classes(ClassesDecl {
                    name,
                    classifier,
                    classes,
                })
            }
            Rule::layout_decl => ItemKind::Layout(self.layout_decl(decl)),
            Rule::frame_decl => ItemKind::Layout(self.frame_decl(decl)),
            Rule::extern_decl => ItemKind::Extern(self.extern_decl(decl)),
            Rule::op_decl | Rule::inst_decl => ItemKind::Op(self.op_decl(decl)?),
            Rule::macro_decl => {
                let mut it = inner(decl);
                let name = self.ident(it.next().expect("name"));
                ItemKind::Macro(MacroDecl {
                    name,
                    parts: it.map(|p| self.ident(p)).collect(),
                })
            }
            Rule::family_decl => {
                let mut it = inner(decl);
                let head = self.ident(it.next().expect("head"));
                let members = self.ident_list(it.next().expect("members"));
                ItemKind::Family(FamilyDecl { head, members })
            }
            Rule::multimethod_decl => ItemKind::Multimethod(self.multimethod_decl(decl)),
            other => unreachable!("grammar: unexpected declaration {other:?}"),
        };
        Ok(Item { doc, kind, span })
    }

    fn type_entry(&self, pair: Pair<Rule>) -> TypeEntry {
        let span = self.span(&pair);
        let mut it = inner(pair);
        let doc = self.docs(it.next().expect("docs"));
        let name = self.ident(it.next().expect("name"));
        let display = it.next().expect("display name");
        let display_span = self.span(&display);
        TypeEntry {
            name,
            doc,
            display: self.rust_path(display),
            display_span,
            base: it.next().map(|b| self.ident(b)),
            span,
        }
    }

    fn ident_list(&self, pair: Pair<Rule>) -> Vec<Ident> {
        inner(pair).map(|p| self.ident(p)).collect()
    }

    fn value_decl(&self, pair: Pair<Rule>) -> Result<ValueDecl, SpecError> {
        let mut it = inner(pair);
        let name = self.ident(it.next().expect("name"));
        let mut tags = Vec::new();
        let mut named = Vec::new();
        for t in it {
            let span = self.span(&t);
            if t.as_rule() == Rule::named_decl {
                let mut ni = inner(t);
                let doc = self.docs(ni.next().expect("docs"));
                let name = self.ident(ni.next().expect("name"));
                let tag = self.ident(ni.next().expect("tag"));
                let payload = self.int(ni.next().expect("payload"))?;
                named.push(NamedDecl {
                    name,
                    doc,
                    tag,
                    payload,
                    span,
                });
                continue;
            }
            let mut ti = inner(t);
            let tname = self.ident(ti.next().expect("tag name"));
            let tag = self.int(ti.next().expect("tag"))?;
            let bits_pair = ti.next().expect("bits");
            let bits_span = self.span(&bits_pair);
            let bits = self.int(bits_pair)?;
            let bits = u32::try_from(bits)
                .ok()
                .filter(|b| (1..=8).contains(b))
                .ok_or_else(|| {
                    SpecError::new(
                        "tag width out of range",
                        bits_span,
                        "a tag is 1 to 8 low bits",
                    )
                })?;
            tags.push(TagDecl {
                name: tname,
                tag,
                bits,
                span,
            });
        }
        Ok(ValueDecl { name, tags, named })
    }

    fn layout_decl(&self, pair: Pair<Rule>) -> LayoutDecl {
        let mut name = None;
        let mut parent = None;
        let mut slots = Vec::new();
        for p in inner(pair) {
            match p.as_rule() {
                Rule::ident if name.is_none() => name = Some(self.ident(p)),
                Rule::ident => parent = Some(self.ident(p)),
                Rule::slot_decl => {
                    let span = self.span(&p);
                    let mut it = inner(p);
                    let sname = self.ident(it.next().expect("slot name"));
                    let ty_pair = it.next().expect("slot type");
                    let (ty, tail_len) = if ty_pair.as_rule() == Rule::tail_type {
                        let mut ti = inner(ty_pair);
                        let ty = slot_type(ti.next().expect("tail type").as_str());
                        (ty, Some(self.ident(ti.next().expect("tail length"))))
                    } else {
                        (slot_type(ty_pair.as_str()), None)
                    };
                    slots.push(SlotDecl {
                        name: sname,
                        ty,
                        tail_len,
                        span,
                    });
                }
                other => unreachable!("grammar: layout {other:?}"),
            }
        }
        LayoutDecl {
            name: name.expect("layout name"),
            parent,
            slots,
            frame: false,
        }
    }

    /// `frame NAME { slots }`: a layout with gvmt's fixed frame slots first (see
    /// `gvmt::rt::frame::slot`), the declared ones, then the tail of locals and stack.
    fn frame_decl(&self, pair: Pair<Rule>) -> LayoutDecl {
        let span = self.span(&pair);
        let decl = self.layout_decl(pair);
        frame_layout(decl.name, decl.slots, span)
    }

    fn extern_decl(&self, pair: Pair<Rule>) -> ExternDecl {
        let mut name = None;
        let mut params = Vec::new();
        let mut ret = RetType::Void;
        let mut flags = Vec::new();
        let mut rust_path = String::new();
        for p in inner(pair) {
            match p.as_rule() {
                Rule::ident => name = Some(self.ident(p)),
                Rule::param_list => {
                    for param in inner(p) {
                        let mut it = inner(param);
                        let pname = self.ident(it.next().expect("param name"));
                        let ty = it.next().expect("param type");
                        let ty = match inner(ty).next() {
                            Some(v) => ParamType::Val(val_type(v.as_str())),
                            None => ParamType::Values,
                        };
                        params.push((pname, ty));
                    }
                }
                Rule::ret_type => {
                    let inner = inner(p).next().expect("ret type");
                    ret = match inner.as_rule() {
                        Rule::never => RetType::Never,
                        _ => RetType::Val(val_type(inner.as_str())),
                    };
                }
                Rule::flag => flags.push((p.as_str().to_string(), self.span(&p))),
                Rule::rust_path => rust_path = self.rust_path(p),
                other => unreachable!("grammar: extern {other:?}"),
            }
        }
        ExternDecl {
            name: name.expect("extern name"),
            params,
            ret,
            flags,
            rust_path,
        }
    }

    fn stack_items(&self, pair: Pair<Rule>) -> Vec<StackItem> {
        inner(pair)
            .map(|item| {
                let mut it = inner(item);
                let name = self.ident(it.next().expect("stack item name"));
                let count = it.next().map(|c| self.ident(c));
                StackItem { name, count }
            })
            .collect()
    }

    fn op_decl(&self, pair: Pair<Rule>) -> Result<OpDecl, SpecError> {
        let is_inst = pair.as_rule() == Rule::inst_decl;
        let mut it = inner(pair);
        let name = self.ident(it.next().expect("op name"));
        let mut operands = Vec::new();
        let mut next = it.next().expect("operands or effect");
        if next.as_rule() == Rule::operands {
            for o in inner(next) {
                let mut oi = inner(o);
                let oname = self.ident(oi.next().expect("operand name"));
                let kind = match oi.next().expect("operand kind").as_str() {
                    "u8" => OperandKind::U8,
                    "u16" => OperandKind::U16,
                    "u32" => OperandKind::U32,
                    "i32" => OperandKind::I32,
                    "const" => OperandKind::Const,
                    _ => OperandKind::Label,
                };
                operands.push(Operand { name: oname, kind });
            }
            next = it.next().expect("stack effect");
        }
        let effect_span = self.span(&next);
        let mut ei = inner(next);
        let inputs = self.stack_items(ei.next().expect("inputs"));
        let outputs = self.stack_items(ei.next().expect("outputs"));
        let body = self.block(it.next().expect("body"))?;
        Ok(OpDecl {
            is_inst,
            name,
            operands,
            effect: StackEffect {
                inputs,
                outputs,
                span: effect_span,
            },
            body,
        })
    }

    fn multimethod_decl(&self, pair: Pair<Rule>) -> MultimethodDecl {
        let mut it = inner(pair);
        let name = self.ident(it.next().expect("name"));
        let left = self.ident(it.next().expect("left"));
        let right = self.ident(it.next().expect("right"));
        let classes = self.ident(it.next().expect("classes"));
        let mut cases = Vec::new();
        let mut fallback = None;
        for p in it {
            let span = self.span(&p);
            match p.as_rule() {
                Rule::mm_case => {
                    let mut ci = inner(p);
                    let l = self.ident(ci.next().expect("left class"));
                    let r = self.ident(ci.next().expect("right class"));
                    let target = self.ident(ci.next().expect("target"));
                    cases.push(MmCase {
                        left: l,
                        right: r,
                        target,
                        span,
                    });
                }
                _ => fallback = Some(self.ident(inner(p).next().expect("fallback"))),
            }
        }
        MultimethodDecl {
            name,
            params: (left, right),
            classes,
            cases,
            fallback: fallback.expect("grammar: fallback"),
        }
    }

    fn block(&self, pair: Pair<Rule>) -> Result<Block, SpecError> {
        let stmts = inner(pair)
            .map(|s| self.stmt(s))
            .collect::<Result<_, _>>()?;
        Ok(Block { stmts })
    }

    fn else_clause(&self, pair: Pair<Rule>) -> Result<ElseAction, SpecError> {
        let mut it = inner(pair);
        let first = it.next().expect("else action");
        Ok(match first.as_rule() {
            Rule::deopt_kw => ElseAction::Deopt(self.span(&first)),
            _ => ElseAction::Raise(self.call(it.next().expect("raise call"))?),
        })
    }

    fn stmt(&self, pair: Pair<Rule>) -> Result<Stmt, SpecError> {
        let span = self.span(&pair);
        let rule = pair.as_rule();
        let mut it = inner(pair);
        let kind = match rule {
            Rule::let_stmt => {
                let name = self.ident(it.next().expect("let name"));
                let mut ty = None;
                let mut value = None;
                let mut otherwise = None;
                for p in it {
                    match p.as_rule() {
                        Rule::val_type => ty = Some(val_type(p.as_str())),
                        Rule::expr => value = Some(self.expr(p)?),
                        _ => otherwise = Some(self.else_clause(p)?),
                    }
                }
                StmtKind::Let {
                    name,
                    ty,
                    value: value.expect("let value"),
                    otherwise,
                }
            }
            Rule::assign_stmt => {
                let name = self.ident(it.next().expect("target"));
                let value = self.expr(it.next().expect("value"))?;
                let otherwise = it.next().map(|p| self.else_clause(p)).transpose()?;
                StmtKind::Assign {
                    name,
                    value,
                    otherwise,
                }
            }
            Rule::if_stmt => {
                let cond = self.expr(it.next().expect("cond"))?;
                let then = self.block(it.next().expect("then"))?;
                let otherwise = match it.next() {
                    None => None,
                    Some(p) if p.as_rule() == Rule::block => Some(self.block(p)?),
                    Some(p) => Some(Block {
                        stmts: vec![self.stmt(p)?],
                    }),
                };
                StmtKind::If {
                    cond,
                    then,
                    otherwise,
                }
            }
            Rule::deopt_stmt => StmtKind::DeoptIf(self.expr(it.next().expect("cond"))?),
            Rule::raise_stmt => StmtKind::Raise(self.call(it.next().expect("call"))?),
            Rule::goto_stmt => StmtKind::Goto(self.ident(it.next().expect("label"))),
            Rule::return_stmt => StmtKind::Return(self.expr(it.next().expect("value"))?),
            Rule::suspend_stmt => StmtKind::Suspend(self.expr(it.next().expect("value"))?),
            Rule::enter_stmt => StmtKind::Enter(self.expr(it.next().expect("frame"))?),
            Rule::store_stmt => {
                let layout = self.ident(it.next().expect("layout"));
                let slot = self.ident(it.next().expect("slot"));
                let object = self.expr(it.next().expect("object"))?;
                let value = self.expr(it.next().expect("value"))?;
                StmtKind::Store {
                    layout,
                    slot,
                    object,
                    value,
                }
            }
            Rule::expr_stmt => StmtKind::Expr(self.call(it.next().expect("call"))?),
            other => unreachable!("grammar: statement {other:?}"),
        };
        Ok(Stmt { kind, span })
    }

    fn expr(&self, pair: Pair<Rule>) -> Result<Expr, SpecError> {
        self.expr_pairs(pair.into_inner())
    }

    fn expr_pairs(&self, pairs: Pairs<Rule>) -> Result<Expr, SpecError> {
        PRATT
            .map_primary(|p| self.primary(p))
            .map_prefix(|op, rhs| {
                let rhs = rhs?;
                let span = Span {
                    file: self.file,
                    start: op.as_span().start(),
                    end: rhs.span.end,
                };
                let un = if op.as_rule() == Rule::op_neg {
                    UnOp::Neg
                } else {
                    UnOp::Not
                };
                Ok(Expr {
                    kind: ExprKind::Unary(un, Box::new(rhs)),
                    span,
                })
            })
            .map_postfix(|lhs, op| {
                let lhs = lhs?;
                let span = Span {
                    file: self.file,
                    start: lhs.span.start,
                    end: op.as_span().end(),
                };
                let ty = val_type(inner(op).next().expect("cast type").as_str());
                Ok(Expr {
                    kind: ExprKind::Cast(Box::new(lhs), ty),
                    span,
                })
            })
            .map_infix(|lhs, op, rhs| {
                let (lhs, rhs) = (lhs?, rhs?);
                let span = Span {
                    file: self.file,
                    start: lhs.span.start,
                    end: rhs.span.end,
                };
                let bin = match op.as_rule() {
                    Rule::op_or => BinOp::Or,
                    Rule::op_and => BinOp::And,
                    Rule::op_eq => BinOp::Eq,
                    Rule::op_ne => BinOp::Ne,
                    Rule::op_lt => BinOp::Lt,
                    Rule::op_le => BinOp::Le,
                    Rule::op_gt => BinOp::Gt,
                    Rule::op_ge => BinOp::Ge,
                    Rule::op_add => BinOp::Add,
                    Rule::op_sub => BinOp::Sub,
                    Rule::op_mul => BinOp::Mul,
                    Rule::op_div => BinOp::Div,
                    Rule::op_rem => BinOp::Rem,
                    Rule::op_bitand => BinOp::BitAnd,
                    Rule::op_bitor => BinOp::BitOr,
                    Rule::op_bitxor => BinOp::BitXor,
                    Rule::op_shl => BinOp::Shl,
                    Rule::op_shr => BinOp::Shr,
                    other => unreachable!("grammar: infix {other:?}"),
                };
                Ok(Expr {
                    kind: ExprKind::Binary(bin, Box::new(lhs), Box::new(rhs)),
                    span,
                })
            })
            .parse(pairs)
    }

    fn primary(&self, pair: Pair<Rule>) -> Result<Expr, SpecError> {
        let span = self.span(&pair);
        let kind = match pair.as_rule() {
            Rule::int_lit => {
                let v = self.int(pair)?;
                let v = i64::try_from(v).map_err(|_| {
                    SpecError::new("integer literal out of range", span, "does not fit in i64")
                })?;
                ExprKind::Int(v)
            }
            Rule::float_lit => ExprKind::Float(
                pair.as_str()
                    .parse()
                    .map_err(|_| SpecError::new("bad float literal", span, "not a float"))?,
            ),
            Rule::bool_lit => ExprKind::Bool(pair.as_str() == "true"),
            Rule::ident => ExprKind::Name(self.ident(pair)),
            Rule::call => ExprKind::Call(self.call(pair)?),
            Rule::slot_load => {
                let mut it = inner(pair);
                let layout = self.ident(it.next().expect("layout"));
                let slot = self.ident(it.next().expect("slot"));
                let object = self.expr(it.next().expect("object"))?;
                ExprKind::SlotLoad {
                    layout,
                    slot,
                    object: Box::new(object),
                }
            }
            Rule::new_object => {
                let mut it = inner(pair);
                let layout = self.ident(it.next().expect("layout"));
                let len = it.next().map(|e| self.expr(e)).transpose()?.map(Box::new);
                ExprKind::New { layout, len }
            }
            Rule::expr => return self.expr(pair),
            other => unreachable!("grammar: primary {other:?}"),
        };
        Ok(Expr { kind, span })
    }

    fn call(&self, pair: Pair<Rule>) -> Result<Call, SpecError> {
        let span = self.span(&pair);
        let mut it = inner(pair);
        let callee = self.ident(it.next().expect("callee"));
        let args = it.map(|a| self.expr(a)).collect::<Result<_, _>>()?;
        Ok(Call { callee, args, span })
    }
}

/// The frame layout `name` with the VM's own `slots`: gvmt's fixed slots first, then these,
/// then the tail of locals and stack.
pub fn frame_layout(name: Ident, mut user: Vec<SlotDecl>, span: Span) -> LayoutDecl {
    let synthetic = |name: &str, ty: SlotType, tail_len: Option<&str>| SlotDecl {
        name: Ident {
            name: name.to_string(),
            span,
        },
        ty,
        tail_len: tail_len.map(|l| Ident {
            name: l.to_string(),
            span,
        }),
        span,
    };
    let mut slots: Vec<SlotDecl> = FRAME_SLOTS
        .iter()
        .map(|&(n, ty)| synthetic(n, ty, None))
        .collect();
    slots.append(&mut user);
    slots.push(synthetic("slots", SlotType::Value, Some("len")));
    LayoutDecl {
        name,
        parent: None,
        slots,
        frame: true,
    }
}

/// gvmt's fixed frame slots, in order (their offsets are `gvmt::rt::frame::slot`).
pub const FRAME_SLOTS: [(&str, SlotType); 8] = [
    ("back", SlotType::Ref),
    ("code", SlotType::I64),
    ("pc", SlotType::I64),
    ("sp", SlotType::I64),
    ("flags", SlotType::I64),
    ("depth", SlotType::I64),
    ("nlocals", SlotType::I64),
    ("len", SlotType::I64),
];

fn slot_type(s: &str) -> SlotType {
    match s {
        "value" => SlotType::Value,
        "ref" => SlotType::Ref,
        "i64" => SlotType::I64,
        _ => SlotType::F64,
    }
}

fn val_type(s: &str) -> ValType {
    match s.trim() {
        "value" => ValType::Value,
        "i64" => ValType::I64,
        "f64" => ValType::F64,
        _ => ValType::Bool,
    }
}
