//! Checks expressions and calls in op bodies: name resolution, types, intrinsics, `new`, and
//! the rule that calls which may collect are whole statements.

use super::NameKind;
use super::body::{BodyChecker, slot_val_type, type_name};
use super::ir::{self, Arg, Callee, Expr, ExprKind, Flags, Intrinsic, Var};
use crate::diag::SpecError;
use crate::spec::ast::{
    self, BinOp, OperandKind, ParamType, RetType, SlotType, Span, UnOp, ValType,
};

impl BodyChecker<'_, '_> {
    pub(super) fn raise_call(&mut self, call: &ast::Call) -> Option<ir::Call> {
        let c = self.call(call, true)?;
        match c.callee {
            Callee::Extern(e) if self.cx.spec.externs[e].ret == RetType::Never => Some(c),
            _ => {
                self.error(SpecError::new(
                    format!(
                        "`raise` needs an extern declared `-> !`, and `{}` is not",
                        call.callee.name
                    ),
                    call.callee.span,
                    "not a never-returning extern",
                ));
                None
            }
        }
    }

    /// Reports a `may_gc` call nested inside an expression: such calls must be whole statements
    /// so that the generated code can reload the stack after them.
    pub(super) fn no_gc_inside(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Call(c) => {
                if c.flags.may_gc && self.reported_gc.insert((c.span.start, c.span.end)) {
                    self.error(
                        SpecError::new("a `may_gc` call inside an expression", c.span, "this call may collect")
                            .with_note("make it a statement of its own (`let x = f(...);`), so every value read around it is reloaded after the collection"),
                    );
                }
                for a in &c.args {
                    if let Arg::Expr(a) = a {
                        self.no_gc_inside(a);
                    }
                }
            }
            ExprKind::Load { object, .. } => self.no_gc_inside(object),
            ExprKind::Unary(_, a) | ExprKind::Cast(a, _) => self.no_gc_inside(a),
            ExprKind::Binary(_, a, b) => {
                self.no_gc_inside(a);
                self.no_gc_inside(b);
            }
            ExprKind::Int(_) | ExprKind::Float(_) | ExprKind::Bool(_) | ExprKind::Var(_) => {}
        }
    }

    pub(super) fn expect_type(&mut self, e: Expr, want: ValType) -> Option<Expr> {
        if e.ty == want {
            Some(e)
        } else {
            self.error(SpecError::new(
                "mismatched types",
                e.span,
                format!("expected {}, found {}", type_name(want), type_name(e.ty)),
            ));
            None
        }
    }

    pub(super) fn slot(
        &mut self,
        layout: &ast::Ident,
        slot: &ast::Ident,
    ) -> Option<(usize, usize, SlotType)> {
        if !self.cx.expect_name(layout, NameKind::Layout, "a layout") {
            return None;
        }
        let l = self
            .cx
            .spec
            .layouts
            .iter()
            .position(|x| x.name == layout.name)?;
        match self.cx.spec.layouts[l]
            .slots
            .iter()
            .position(|s| s.name == slot.name)
        {
            Some(s) => Some((l, s, self.cx.spec.layouts[l].slots[s].ty)),
            None => {
                self.error(SpecError::new(
                    format!("layout `{}` has no slot `{}`", layout.name, slot.name),
                    slot.span,
                    "no such slot",
                ));
                None
            }
        }
    }

    /// `new L` / `new L[len]`: an allocation, which may collect and may raise out-of-memory.
    pub(super) fn new_object(
        &mut self,
        layout: &ast::Ident,
        len: Option<&ast::Expr>,
        span: Span,
    ) -> Option<ir::Call> {
        if !self.cx.expect_name(layout, NameKind::Layout, "a layout") {
            return None;
        }
        let id = self
            .cx
            .spec
            .layouts
            .iter()
            .position(|l| l.name == layout.name)?;
        let has_tail = self.cx.spec.layouts[id].tail.is_some();
        let args = match (len, has_tail) {
            (None, false) => vec![],
            (Some(e), true) => {
                let e = self.expr(e)?;
                let e = self.expect_type(e, ValType::I64)?;
                self.no_gc_inside(&e);
                vec![Arg::Expr(e)]
            }
            (None, true) => {
                self.error(SpecError::new(
                    format!("layout `{}` has a tail: give its length", layout.name),
                    span,
                    format!("write `new {}[n]`", layout.name),
                ));
                return None;
            }
            (Some(_), false) => {
                self.error(SpecError::new(
                    format!("layout `{}` has no tail", layout.name),
                    span,
                    format!("write `new {}`", layout.name),
                ));
                return None;
            }
        };
        let flags = Flags {
            raises: true,
            may_gc: true,
            pure: false,
        };
        Some(ir::Call {
            callee: Callee::Intrinsic(Intrinsic::New(id)),
            args,
            ty: Some(ValType::Value),
            flags,
            span,
        })
    }

    /// A named word of the value representation (`NONE`) as the call `imm_tag(0)`.
    fn named_word(&self, name: &str, span: Span) -> Option<ir::Call> {
        let value = self.cx.spec.value.as_ref()?;
        let n = value.named.iter().find(|n| n.name == name)?;
        let payload = Expr {
            kind: ExprKind::Int(n.payload as i64),
            ty: ValType::I64,
            span,
        };
        Some(ir::Call {
            callee: Callee::Intrinsic(Intrinsic::MakeTag(n.tag)),
            args: vec![ir::Arg::Expr(payload)],
            ty: Some(ValType::Value),
            flags: Flags {
                pure: true,
                ..Flags::default()
            },
            span,
        })
    }

    fn intrinsic(&self, name: &str) -> Option<Intrinsic> {
        let fixed = match name {
            "local" => Some(Intrinsic::Local),
            "set_local" => Some(Intrinsic::SetLocal),
            "constant" => Some(Intrinsic::Constant),
            "checked_add" => Some(Intrinsic::CheckedAdd),
            "checked_sub" => Some(Intrinsic::CheckedSub),
            "checked_mul" => Some(Intrinsic::CheckedMul),
            "checked_div" => Some(Intrinsic::CheckedDiv),
            "checked_rem" => Some(Intrinsic::CheckedRem),
            "frame" if self.cx.spec.frame.is_some() => Some(Intrinsic::Frame),
            "is_frame" if self.cx.spec.frame.is_some() => Some(Intrinsic::IsFrame),
            _ => None,
        };
        if fixed.is_some() {
            return fixed;
        }
        let tags = &self.cx.spec.value.as_ref()?.tags;
        for (i, t) in tags.iter().enumerate() {
            if name.strip_prefix("is_") == Some(&t.name) {
                return Some(Intrinsic::IsTag(i));
            }
            if name.strip_prefix("fits_") == Some(&t.name) {
                return Some(Intrinsic::FitsTag(i));
            }
            if name.strip_suffix("_untag") == Some(&t.name) {
                return Some(Intrinsic::Untag(i));
            }
            if name.strip_suffix("_tag") == Some(&t.name) {
                return Some(Intrinsic::MakeTag(i));
            }
        }
        None
    }

    /// Signature of an intrinsic: parameter types and result type.
    fn intrinsic_sig(i: Intrinsic) -> (Vec<ValType>, Option<ValType>) {
        use ValType::*;
        match i {
            Intrinsic::Local => (vec![I64], Some(Value)),
            Intrinsic::SetLocal => (vec![I64, Value], None),
            Intrinsic::Constant => (vec![I64], Some(Value)),
            Intrinsic::New(_) => unreachable!("`new` is checked by new_object"),
            Intrinsic::IsTag(_) => (vec![Value], Some(Bool)),
            Intrinsic::Untag(_) => (vec![Value], Some(I64)),
            Intrinsic::MakeTag(_) => (vec![I64], Some(Value)),
            Intrinsic::FitsTag(_) => (vec![I64], Some(Bool)),
            Intrinsic::CheckedAdd
            | Intrinsic::CheckedSub
            | Intrinsic::CheckedMul
            | Intrinsic::CheckedDiv
            | Intrinsic::CheckedRem => (vec![I64, I64], Some(I64)),
            Intrinsic::Frame => (vec![], Some(Value)),
            Intrinsic::IsFrame => (vec![Value], Some(Bool)),
        }
    }

    /// Checks a call. `statement` is true where the call is a whole statement or the whole
    /// right-hand side of one.
    pub(super) fn call(&mut self, call: &ast::Call, statement: bool) -> Option<ir::Call> {
        let name = &call.callee.name;
        let (callee, params, ret, flags): (Callee, Vec<ParamType>, Option<ValType>, Flags) =
            match self.cx.names.get(name).map(|(k, _)| *k) {
                Some(NameKind::Extern) => {
                    let id = self.cx.spec.extern_by_name(name)?;
                    let e = &self.cx.spec.externs[id];
                    let ret = match e.ret {
                        RetType::Val(t) => Some(t),
                        _ => None,
                    };
                    (
                        Callee::Extern(id),
                        e.params.iter().map(|p| p.1).collect(),
                        ret,
                        e.flags,
                    )
                }
                Some(NameKind::Multimethod) => {
                    let id = self
                        .cx
                        .spec
                        .multimethods
                        .iter()
                        .position(|m| m.name == *name)?;
                    let v = ParamType::Val(ValType::Value);
                    (
                        Callee::Multimethod(id),
                        vec![v, v],
                        Some(ValType::Value),
                        self.cx.spec.multimethods[id].flags,
                    )
                }
                Some(_) => {
                    self.error(SpecError::new(
                        format!("`{name}` is not callable"),
                        call.callee.span,
                        "only externs, multimethods and intrinsics can be called",
                    ));
                    return None;
                }
                None => match self.intrinsic(name) {
                    Some(i) => {
                        let (params, ret) = Self::intrinsic_sig(i);
                        let flags = Flags {
                            pure: !matches!(i, Intrinsic::SetLocal),
                            ..Flags::default()
                        };
                        (
                            Callee::Intrinsic(i),
                            params.into_iter().map(ParamType::Val).collect(),
                            ret,
                            flags,
                        )
                    }
                    None => {
                        let label = if matches!(name.as_str(), "frame" | "is_frame") {
                            "an intrinsic of specs that declare a `frame` layout"
                        } else {
                            "not an extern, multimethod or intrinsic"
                        };
                        self.error(SpecError::new(
                            format!("undefined function `{name}`"),
                            call.callee.span,
                            label,
                        ));
                        return None;
                    }
                },
            };
        if let Callee::Intrinsic(i) = callee
            && i.is_checked()
            && !statement
        {
            self.error(SpecError::new(
                "a checked operation inside an expression",
                call.span,
                "use it as the whole right-hand side of `let x = ... else ...;`",
            ));
            return None;
        }
        if params.len() != call.args.len() {
            self.error(SpecError::new(
                format!(
                    "`{name}` takes {} argument(s) but {} were given",
                    params.len(),
                    call.args.len()
                ),
                call.span,
                "wrong number of arguments",
            ));
            return None;
        }
        let mut args = Vec::new();
        let mut ok = true;
        for (param, arg) in params.iter().zip(&call.args) {
            match param {
                ParamType::Values => {
                    let input = match &arg.kind {
                        ast::ExprKind::Name(n) => match self.lookup(&n.name) {
                            Some(Var::Input(i)) if self.inputs[i].count.is_some() => Some(i),
                            _ => None,
                        },
                        _ => None,
                    };
                    match input {
                        Some(i) => args.push(Arg::Values(i)),
                        None => {
                            self.error(SpecError::new(
                                "a `values` parameter takes an array stack input",
                                arg.span,
                                "expected the name of an input like `args[n]`",
                            ));
                            ok = false;
                        }
                    }
                }
                ParamType::Val(t) => match self.expr(arg).and_then(|e| self.expect_type(e, *t)) {
                    Some(e) => {
                        self.no_gc_inside(&e);
                        args.push(Arg::Expr(e))
                    }
                    None => ok = false,
                },
            }
        }
        if !ok {
            return None;
        }
        Some(ir::Call {
            callee,
            args,
            ty: ret,
            flags,
            span: call.span,
        })
    }

    pub(super) fn expr(&mut self, e: &ast::Expr) -> Option<Expr> {
        use ast::ExprKind as E;
        let span = e.span;
        let (kind, ty) = match &e.kind {
            E::Int(v) => (ExprKind::Int(*v), ValType::I64),
            E::Float(v) => (ExprKind::Float(*v), ValType::F64),
            E::Bool(v) => (ExprKind::Bool(*v), ValType::Bool),
            E::Name(n) => match self.lookup(&n.name) {
                Some(Var::Local(l)) => (ExprKind::Var(Var::Local(l)), self.locals[l].1),
                Some(Var::Input(i)) if self.inputs[i].count.is_some() => {
                    self.error(SpecError::new(
                        format!("array input `{}` used as a single value", n.name),
                        n.span,
                        "pass it to a `values` parameter of an extern",
                    ));
                    return None;
                }
                Some(v @ (Var::Input(_) | Var::Output(_))) => (ExprKind::Var(v), ValType::Value),
                Some(Var::Operand(o)) if self.operands[o].kind == OperandKind::Label => {
                    self.error(SpecError::new(
                        format!("label `{}` used as a value", n.name),
                        n.span,
                        "labels are only for `goto`",
                    ));
                    return None;
                }
                Some(Var::Operand(o)) => (ExprKind::Var(Var::Operand(o)), ValType::I64),
                None if let Some(call) = self.named_word(&n.name, span) => {
                    (ExprKind::Call(Box::new(call)), ValType::Value)
                }
                None => {
                    if !self.poisoned.contains(&n.name) {
                        self.error(SpecError::new(
                            format!("undefined variable `{}`", n.name),
                            n.span,
                            "not a local, stack item or operand",
                        ));
                    }
                    return None;
                }
            },
            E::Call(c) => {
                let call = self.call(c, false)?;
                let Some(ty) = call.ty else {
                    self.error(SpecError::new(
                        "this call returns no value",
                        c.span,
                        "used as a value",
                    ));
                    return None;
                };
                (ExprKind::Call(Box::new(call)), ty)
            }
            E::New { layout, len } => {
                let call = self.new_object(layout, len.as_deref(), span)?;
                (ExprKind::Call(Box::new(call)), ValType::Value)
            }
            E::SlotLoad {
                layout,
                slot,
                object,
            } => {
                let (l, s, ty) = self.slot(layout, slot)?;
                let object = self.expr(object)?;
                let object = self.expect_type(object, ValType::Value)?;
                (
                    ExprKind::Load {
                        layout: l,
                        slot: s,
                        object: Box::new(object),
                    },
                    slot_val_type(ty),
                )
            }
            E::Unary(op, a) => {
                let a = self.expr(a)?;
                let ok = match op {
                    UnOp::Neg => matches!(a.ty, ValType::I64 | ValType::F64),
                    UnOp::Not => matches!(a.ty, ValType::Bool | ValType::I64),
                };
                if !ok {
                    self.error(SpecError::new(
                        format!(
                            "operator `{}` cannot be applied to {}",
                            if *op == UnOp::Neg { "-" } else { "!" },
                            type_name(a.ty)
                        ),
                        span,
                        "wrong operand type",
                    ));
                    return None;
                }
                let ty = a.ty;
                (ExprKind::Unary(*op, Box::new(a)), ty)
            }
            E::Binary(op, a, b) => {
                let a = self.expr(a);
                let b = self.expr(b);
                let (a, b) = (a?, b?);
                let ty = self.binary_type(*op, &a, &b, span)?;
                (ExprKind::Binary(*op, Box::new(a), Box::new(b)), ty)
            }
            E::Cast(a, to) => {
                let a = self.expr(a)?;
                use ValType::*;
                let ok = a.ty == *to
                    || matches!(
                        (a.ty, to),
                        (I64, F64) | (F64, I64) | (Bool, I64) | (Value, I64) | (I64, Value)
                    );
                if !ok {
                    self.error(SpecError::new(
                        format!("cannot cast {} to {}", type_name(a.ty), type_name(*to)),
                        span,
                        "casts are i64<->f64, bool->i64 and value<->i64 (raw bits)",
                    ));
                    return None;
                }
                (ExprKind::Cast(Box::new(a), *to), *to)
            }
        };
        Some(Expr { kind, ty, span })
    }

    fn binary_type(&mut self, op: BinOp, a: &Expr, b: &Expr, span: Span) -> Option<ValType> {
        use ValType::*;
        let result = if a.ty != b.ty {
            None
        } else {
            match op {
                BinOp::Add | BinOp::Sub | BinOp::Mul if matches!(a.ty, I64 | F64) => Some(a.ty),
                BinOp::Div | BinOp::Rem if a.ty == F64 => Some(F64),
                BinOp::Div | BinOp::Rem if a.ty == I64 => {
                    self.error(
                        SpecError::new(
                            "integer division in an expression",
                            span,
                            "division by zero would trap here",
                        )
                        .with_note("use `let q = checked_div(a, b) else ...;` (or checked_rem)"),
                    );
                    return None;
                }
                BinOp::Shl | BinOp::Shr if a.ty == I64 => Some(I64),
                BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor if matches!(a.ty, I64 | Bool) => {
                    Some(a.ty)
                }
                BinOp::Eq | BinOp::Ne => Some(Bool),
                BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge if matches!(a.ty, I64 | F64) => {
                    Some(Bool)
                }
                BinOp::And | BinOp::Or if a.ty == Bool => Some(Bool),
                _ => None,
            }
        };
        if result.is_none() {
            self.error(SpecError::new(
                format!(
                    "operator `{}` cannot be applied to {} and {}",
                    op.symbol(),
                    type_name(a.ty),
                    type_name(b.ty)
                ),
                span,
                "wrong operand types",
            ));
        }
        result
    }
}
