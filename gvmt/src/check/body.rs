//! Checks op declarations: operands, stack effects and the statements of bodies, producing the
//! typed statements of [`ir::Op`]. Expressions and calls are checked in `exprs.rs`.

use super::Checker;
use super::ir::{self, Callee, Else, Expr, ExprKind, Var};
use crate::diag::SpecError;
use crate::spec::ast::{self, ItemKind, OperandKind, RetType, SlotType, Span, ValType};
use std::collections::HashMap;

pub(super) fn type_name(t: ValType) -> &'static str {
    match t {
        ValType::Value => "value",
        ValType::I64 => "i64",
        ValType::F64 => "f64",
        ValType::Bool => "bool",
    }
}

pub(super) fn slot_val_type(t: SlotType) -> ValType {
    match t {
        SlotType::Value | SlotType::Ref => ValType::Value,
        SlotType::I64 => ValType::I64,
        SlotType::F64 => ValType::F64,
    }
}

impl Checker<'_> {
    /// Checks every `op` and `inst` and returns the op id of each by name.
    pub(super) fn check_ops(&mut self, items: &[&ast::Item]) -> HashMap<String, usize> {
        let mut ids = HashMap::new();
        for item in items {
            let ItemKind::Op(decl) = &item.kind else {
                continue;
            };
            if let Some(op) = self.check_op(decl, &item.doc, item.span) {
                ids.insert(op.name.clone(), self.spec.ops.len());
                self.spec.ops.push(op);
            }
        }
        ids
    }

    fn check_op(&mut self, decl: &ast::OpDecl, doc: &str, span: Span) -> Option<ir::Op> {
        let errors_before = self.diags.errors.len();
        let mut operands: Vec<ir::Operand> = Vec::new();
        let mut seen: HashMap<&str, Span> = HashMap::new();
        for o in &decl.operands {
            if let Some(first) = seen.insert(&o.name.name, o.name.span) {
                self.error(
                    SpecError::new(
                        format!("duplicate operand `{}`", o.name.name),
                        o.name.span,
                        "declared again",
                    )
                    .with_secondary(first, "first declared here"),
                );
            }
            operands.push(ir::Operand {
                name: o.name.name.clone(),
                kind: o.kind,
            });
        }
        let inputs = self.stack_items(&decl.effect.inputs, &operands, true);
        let outputs = self.stack_items(&decl.effect.outputs, &operands, false);
        let mut passthrough = Vec::new();
        for out in &outputs {
            passthrough.push(inputs.iter().position(|i| i.name == out.name));
        }
        for (name, span) in seen {
            if decl
                .effect
                .inputs
                .iter()
                .chain(&decl.effect.outputs)
                .any(|i| i.name.name == name)
            {
                self.error(SpecError::new(
                    format!("stack item `{name}` has the name of an operand"),
                    span,
                    "operand declared here",
                ));
            }
        }
        let mut bc = BodyChecker {
            cx: self,
            operands: &operands,
            inputs: &inputs,
            outputs: &outputs,
            passthrough: &passthrough,
            scopes: vec![HashMap::new()],
            locals: Vec::new(),
            poisoned: Default::default(),
            reported_gc: Default::default(),
        };
        let body = bc.block(&decl.body);
        let locals = std::mem::take(&mut bc.locals);
        if self.diags.errors.len() != errors_before {
            return None;
        }
        let mut op = ir::Op {
            name: decl.name.name.clone(),
            doc: doc.to_string(),
            operands,
            inputs,
            outputs,
            passthrough,
            locals,
            body,
            props: ir::Props::default(),
            span,
        };
        op.props = self.check_flow(&op, decl.effect.span);
        Some(op)
    }

    fn stack_items(
        &mut self,
        items: &[ast::StackItem],
        operands: &[ir::Operand],
        inputs: bool,
    ) -> Vec<ir::StackItem> {
        let mut out = Vec::new();
        let mut seen: HashMap<&str, Span> = HashMap::new();
        for item in items {
            if let Some(first) = seen.insert(&item.name.name, item.name.span) {
                self.error(
                    SpecError::new(
                        format!("duplicate stack item `{}`", item.name.name),
                        item.name.span,
                        "named again",
                    )
                    .with_secondary(first, "first named here"),
                );
            }
            let count = match &item.count {
                None => None,
                Some(c) => {
                    if !inputs {
                        self.error(SpecError::new(
                            "array stack items are only allowed as inputs",
                            item.name.span,
                            "an output array",
                        ));
                    }
                    match operands.iter().position(|o| o.name == c.name) {
                        Some(i)
                            if matches!(
                                operands[i].kind,
                                OperandKind::U8 | OperandKind::U16 | OperandKind::U32
                            ) =>
                        {
                            Some(i)
                        }
                        Some(i) => {
                            self.error(SpecError::new(
                                format!(
                                    "array count `{}` is a {} operand",
                                    c.name,
                                    operands[i].kind.name()
                                ),
                                c.span,
                                "an array count must be a u8 or u16 operand",
                            ));
                            None
                        }
                        None => {
                            self.error(SpecError::new(
                                format!("undefined operand `{}`", c.name),
                                c.span,
                                "an array count must name an operand of this op",
                            ));
                            None
                        }
                    }
                }
            };
            out.push(ir::StackItem {
                name: item.name.name.clone(),
                count,
            });
        }
        out
    }
}

pub(super) struct BodyChecker<'a, 'd> {
    pub(super) cx: &'a mut Checker<'d>,
    pub(super) operands: &'a [ir::Operand],
    pub(super) inputs: &'a [ir::StackItem],
    pub(super) outputs: &'a [ir::StackItem],
    pub(super) passthrough: &'a [Option<usize>],
    pub(super) scopes: Vec<HashMap<String, usize>>,
    pub(super) locals: Vec<(String, ValType)>,
    /// Locals whose `let` failed: later uses are not reported again.
    pub(super) poisoned: std::collections::HashSet<String>,
    /// Spans already reported as nested `may_gc` calls.
    pub(super) reported_gc: std::collections::HashSet<(usize, usize)>,
}

impl BodyChecker<'_, '_> {
    pub(super) fn error(&mut self, e: SpecError) {
        self.cx.error(e);
    }

    pub(super) fn lookup(&self, name: &str) -> Option<Var> {
        for scope in self.scopes.iter().rev() {
            if let Some(&l) = scope.get(name) {
                return Some(Var::Local(l));
            }
        }
        if let Some(i) = self.inputs.iter().position(|i| i.name == name) {
            return Some(Var::Input(i));
        }
        if let Some(o) = self.outputs.iter().position(|o| o.name == name) {
            return Some(Var::Output(o));
        }
        self.operands
            .iter()
            .position(|o| o.name == name)
            .map(Var::Operand)
    }

    fn block(&mut self, block: &ast::Block) -> Vec<ir::Stmt> {
        self.scopes.push(HashMap::new());
        let stmts = block.stmts.iter().filter_map(|s| self.stmt(s)).collect();
        self.scopes.pop();
        stmts
    }

    fn stmt(&mut self, s: &ast::Stmt) -> Option<ir::Stmt> {
        use ast::StmtKind as S;
        let kind = match &s.kind {
            S::Let {
                name,
                ty,
                value,
                otherwise,
            } => {
                if let Some(existing) = self.lookup(&name.name)
                    && !matches!(existing, Var::Local(_))
                {
                    self.error(SpecError::new(
                        format!("`{}` shadows a stack item or operand", name.name),
                        name.span,
                        "choose another name",
                    ));
                    return None;
                }
                let Some((value, otherwise)) = self.assigned_value(value, otherwise.as_ref())
                else {
                    self.poisoned.insert(name.name.clone());
                    return None;
                };
                if let Some(t) = ty
                    && *t != value.ty
                {
                    self.error(SpecError::new(
                        "mismatched types",
                        value.span,
                        format!("expected {}, found {}", type_name(*t), type_name(value.ty)),
                    ));
                    return None;
                }
                let id = self.locals.len();
                self.locals.push((name.name.clone(), value.ty));
                self.scopes
                    .last_mut()
                    .expect("a scope")
                    .insert(name.name.clone(), id);
                ir::StmtKind::Assign {
                    var: Var::Local(id),
                    value,
                    otherwise,
                }
            }
            S::Assign {
                name,
                value,
                otherwise,
            } => {
                let var = match self.lookup(&name.name) {
                    Some(v @ (Var::Local(_) | Var::Output(_))) => {
                        if let Var::Output(o) = v
                            && self.passthrough[o].is_some()
                        {
                            self.error(SpecError::new(
                                format!(
                                    "cannot assign to `{}`: it passes an input through",
                                    name.name
                                ),
                                name.span,
                                "inputs are read-only",
                            ));
                            return None;
                        }
                        v
                    }
                    Some(Var::Input(_)) => {
                        self.error(SpecError::new(
                            format!("cannot assign to input `{}`", name.name),
                            name.span,
                            "inputs are read-only",
                        ));
                        return None;
                    }
                    Some(Var::Operand(_)) => {
                        self.error(SpecError::new(
                            format!("cannot assign to operand `{}`", name.name),
                            name.span,
                            "operands are read-only",
                        ));
                        return None;
                    }
                    None => {
                        self.error(SpecError::new(
                            format!("undefined variable `{}`", name.name),
                            name.span,
                            "declare it with `let` or name it as an output",
                        ));
                        return None;
                    }
                };
                let (value, otherwise) = self.assigned_value(value, otherwise.as_ref())?;
                let want = match var {
                    Var::Local(l) => self.locals[l].1,
                    _ => ValType::Value,
                };
                if value.ty != want {
                    self.error(SpecError::new(
                        "mismatched types",
                        value.span,
                        format!(
                            "expected {}, found {}",
                            type_name(want),
                            type_name(value.ty)
                        ),
                    ));
                    return None;
                }
                ir::StmtKind::Assign {
                    var,
                    value,
                    otherwise,
                }
            }
            S::If {
                cond,
                then,
                otherwise,
            } => {
                let cond = self.expr(cond);
                let then = self.block(then);
                let otherwise = otherwise
                    .as_ref()
                    .map(|b| self.block(b))
                    .unwrap_or_default();
                let cond = self.expect_type(cond?, ValType::Bool)?;
                ir::StmtKind::If {
                    cond,
                    then,
                    otherwise,
                }
            }
            S::DeoptIf(cond) => {
                let cond = self.expr(cond)?;
                ir::StmtKind::DeoptIf(self.expect_type(cond, ValType::Bool)?)
            }
            S::Raise(call) => ir::StmtKind::Raise(self.raise_call(call)?),
            S::Goto(label) => match self.lookup(&label.name) {
                Some(Var::Operand(o)) if self.operands[o].kind == OperandKind::Label => {
                    ir::StmtKind::Goto(o)
                }
                _ => {
                    self.error(SpecError::new(
                        format!("`{}` is not a label operand", label.name),
                        label.span,
                        "goto needs an operand of kind `label`",
                    ));
                    return None;
                }
            },
            S::Return(e) => {
                let e = self.expr(e)?;
                ir::StmtKind::Return(self.expect_type(e, ValType::Value)?)
            }
            S::Suspend(e) => {
                let e = self.expr(e)?;
                ir::StmtKind::Suspend(self.expect_type(e, ValType::Value)?)
            }
            S::Enter(e) => {
                let span = e.span;
                let e = self.expr(e)?;
                let e = self.expect_type(e, ValType::Value)?;
                if self.cx.spec.frame.is_none() {
                    self.error(SpecError::new(
                        "`enter` in a spec without a frame layout",
                        span,
                        "declare the frame layout with `frame Name { ... }`",
                    ));
                    return None;
                }
                let single = self.outputs.len() == 1
                    && self.outputs[0].count.is_none()
                    && !self.inputs.iter().any(|i| i.name == self.outputs[0].name);
                if !single {
                    self.error(SpecError::new(
                        "`enter` in an op without exactly one output",
                        span,
                        "the entered frame's return value becomes the one output",
                    ));
                    return None;
                }
                ir::StmtKind::Enter(e)
            }
            S::Store {
                layout,
                slot,
                object,
                value,
            } => {
                let (l, si, ty) = self.slot(layout, slot)?;
                let object = self.expr(object);
                let value = self.expr(value);
                let object = self.expect_type(object?, ValType::Value)?;
                let value = self.expect_type(value?, slot_val_type(ty))?;
                self.no_gc_inside(&object);
                self.no_gc_inside(&value);
                ir::StmtKind::Store {
                    layout: l,
                    slot: si,
                    object,
                    value,
                }
            }
            S::Expr(call) => {
                let c = self.call(call, true)?;
                if matches!(c.callee, Callee::Extern(e) if self.cx.spec.externs[e].ret == RetType::Never)
                {
                    self.error(SpecError::new(
                        "a never-returning extern is called without `raise`",
                        call.span,
                        "write `raise` before this call",
                    ));
                    return None;
                }
                if let Callee::Intrinsic(i) = c.callee
                    && i.is_checked()
                {
                    self.error(SpecError::new(
                        "result of a checked operation is discarded",
                        call.span,
                        "assign it",
                    ));
                    return None;
                }
                ir::StmtKind::Call(c)
            }
        };
        if let ir::StmtKind::If { cond, .. }
        | ir::StmtKind::DeoptIf(cond)
        | ir::StmtKind::Return(cond)
        | ir::StmtKind::Suspend(cond)
        | ir::StmtKind::Enter(cond) = &kind
        {
            self.no_gc_inside(cond);
        }
        Some(ir::Stmt { kind, span: s.span })
    }

    /// The right-hand side of `let`/assignment, with its optional `else` clause.
    fn assigned_value(
        &mut self,
        value: &ast::Expr,
        otherwise: Option<&ast::ElseAction>,
    ) -> Option<(Expr, Option<Else>)> {
        let e = match &value.kind {
            ast::ExprKind::New { layout, len } => {
                let call = self.new_object(layout, len.as_deref(), value.span)?;
                Expr {
                    kind: ExprKind::Call(Box::new(call)),
                    ty: ValType::Value,
                    span: value.span,
                }
            }
            ast::ExprKind::Call(c) => {
                let call = self.call(c, true)?;
                let Some(ty) = call.ty else {
                    self.error(SpecError::new(
                        "this call returns no value",
                        value.span,
                        "nothing to assign",
                    ));
                    return None;
                };
                Expr {
                    kind: ExprKind::Call(Box::new(call)),
                    ty,
                    span: value.span,
                }
            }
            _ => {
                let e = self.expr(value)?;
                self.no_gc_inside(&e);
                e
            }
        };
        let checked = matches!(&e.kind, ExprKind::Call(c) if matches!(c.callee, Callee::Intrinsic(i) if i.is_checked()));
        let otherwise = match (otherwise, checked) {
            (None, false) => None,
            (None, true) => {
                self.error(SpecError::new(
                    "checked operation without `else`",
                    value.span,
                    "add `else deopt` or `else raise f(...)`",
                ));
                return None;
            }
            (Some(ast::ElseAction::Deopt(_)), true) => Some(Else::Deopt),
            (Some(ast::ElseAction::Raise(c)), true) => Some(Else::Raise(self.raise_call(c)?)),
            (Some(_), false) => {
                self.error(SpecError::new(
                    "`else` after an operation that cannot fail",
                    value.span,
                    "only checked_add, checked_sub, checked_mul, checked_div and checked_rem can fail",
                ));
                return None;
            }
        };
        Some((e, otherwise))
    }
}
