//! Expressions: each leaves its value on the stack (names, constants, operators, calls,
//! attribute and subscript loads, displays, f-strings, `lambda`, conditional and boolean
//! expressions, comprehensions by way of `comprehensions.rs`).

use super::code::Constant;
use super::{Result, Unit, binary_code, comprehensions};
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

/// The most items a display, call or f-string puts on the stack at once: a longer list,
/// tuple or dict display is built item by item (as one with `*x` is), a longer f-string is
/// joined in pieces; so frames stay small whatever the source (CPython's compiler has the
/// same rule).
const MAX_STACK_ITEMS: usize = 1024;

/// The most arguments a `CALL`, `CALL_METHOD` or `CALL_KW` takes (their count is a `u8`):
/// a call with more passes a list and a dict (`CALL_EX`), as `f(*args, **kwargs)` does.
const MAX_CALL_ARGS: usize = 254;

impl Unit<'_> {
    /// Pushes the parts of an f-string (literals and formatted fields); returns how many.
    pub(super) fn fstring_elements(
        &mut self,
        elements: &ast::InterpolatedStringElements,
    ) -> Result<i64> {
        let mut parts = 0;
        for element in elements {
            match element {
                ast::InterpolatedStringElement::Literal(lit) => {
                    let c = self.b.constant(Constant::Str(lit.value.to_string()));
                    self.b.emit("LOAD_CONST", &[c]);
                }
                ast::InterpolatedStringElement::Interpolation(field) => {
                    if let Some(debug) = &field.debug_text {
                        // `{x=}`: the source text, then the value (its repr by default).
                        let c = self.b.constant(Constant::Str(debug.as_str().to_string()));
                        self.b.emit("LOAD_CONST", &[c]);
                        parts = self.join_parts_if_many(parts + 1);
                    }
                    self.expr(&field.expression)?;
                    match &field.format_spec {
                        Some(spec) => {
                            let n = self.fstring_elements(&spec.elements)?;
                            self.b.emit("BUILD_STRING", &[n]);
                        }
                        None => {
                            let none = self.b.constant(Constant::None);
                            self.b.emit("LOAD_CONST", &[none]);
                        }
                    }
                    let conversion = match field.conversion {
                        ast::ConversionFlag::None
                            if field.debug_text.is_some() && field.format_spec.is_none() =>
                        {
                            2
                        }
                        ast::ConversionFlag::None => 0,
                        ast::ConversionFlag::Str => 1,
                        ast::ConversionFlag::Repr => 2,
                        ast::ConversionFlag::Ascii => 3,
                    };
                    self.b.emit("FORMAT_VALUE", &[conversion]);
                }
            }
            parts = self.join_parts_if_many(parts + 1);
        }
        Ok(parts)
    }

    /// Pushes a slice's lower, upper and step (None where missing).
    pub(super) fn slice_bounds(&mut self, slice: &ast::ExprSlice) -> Result<()> {
        for part in [&slice.lower, &slice.upper, &slice.step] {
            match part {
                Some(v) => self.expr(v)?,
                None => {
                    let none = self.b.constant(Constant::None);
                    self.b.emit("LOAD_CONST", &[none]);
                }
            }
        }
        Ok(())
    }

    /// Joins the strings on the stack into one whenever `parts` (their number) reaches
    /// [`MAX_STACK_ITEMS`], so that an f-string of any length needs a bounded stack;
    /// returns how many parts are left on the stack.
    pub(super) fn join_parts_if_many(&mut self, parts: i64) -> i64 {
        if parts >= MAX_STACK_ITEMS as i64 {
            self.b.emit("BUILD_STRING", &[parts]);
            1
        } else {
            parts
        }
    }

    /// Pushes a list of `items`, expanding `*x` items (displays).
    pub(super) fn sequence_with_stars(&mut self, items: &[Expr]) -> Result<()> {
        self.list_with_stars(items, "LIST_EXTEND")
    }

    /// Pushes a list of `items`, expanding `*x` items with instruction `extend`.
    fn list_with_stars(&mut self, items: &[Expr], extend: &str) -> Result<()> {
        self.b.emit("BUILD_LIST", &[0]);
        for item in items {
            match item {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.b.emit(extend, &[]);
                }
                other => {
                    self.expr(other)?;
                    self.b.emit("LIST_PUSH", &[]);
                }
            }
        }
        Ok(())
    }

    /// A set display with `*x` items, as CPython builds it: the items before the first
    /// star make the set, then each `*x` is merged in with SET_UPDATE (which decides the
    /// table's layout, so the order), and each run of plain items after it is added in
    /// order through a list.
    fn set_with_stars(&mut self, items: &[Expr]) -> Result<()> {
        let first_star = items
            .iter()
            .position(|x| matches!(x, Expr::Starred(_)))
            .unwrap_or(items.len());
        self.sequence_with_stars(&items[..first_star])?;
        self.b.emit("MAKE_SET", &[0]);
        let mut rest = &items[first_star..];
        while let Some(item) = rest.first() {
            if let Expr::Starred(s) = item {
                self.expr(&s.value)?;
                rest = &rest[1..];
            } else {
                let run = rest
                    .iter()
                    .position(|x| matches!(x, Expr::Starred(_)))
                    .unwrap_or(rest.len());
                self.sequence_with_stars(&rest[..run])?;
                rest = &rest[run..];
            }
            self.b.emit("SET_UPDATE", &[]);
        }
        Ok(())
    }

    /// Compiles `e`, counting how deeply expressions and statements nest: past
    /// [`super::MAX_NESTING`] it is CPython's RecursionError "during compilation".
    pub(super) fn expr(&mut self, e: &Expr) -> Result<()> {
        // The instructions of `e` carry its span (CPython's SET_LOC), those after it the
        // enclosing node's again: a failing `a / b` underlines the division.
        let outer = self.b.span();
        self.b.set_span(self.lines.span(e.range()));
        let result = self.nested_in(e, |unit| unit.expr_node(e));
        self.b.set_span(outer);
        result
    }

    fn expr_node(&mut self, e: &Expr) -> Result<()> {
        match e {
            Expr::EllipsisLiteral(_) => {
                let c = self.b.constant(Constant::Ellipsis);
                self.b.emit("LOAD_CONST", &[c]);
            }
            Expr::NumberLiteral(n) => {
                let c = match &n.value {
                    ast::Number::Int(i) => match i.as_i64() {
                        Some(i) => Constant::Int(i),
                        None => Constant::BigInt(i.to_string()),
                    },
                    ast::Number::Float(f) => Constant::Float(*f),
                    ast::Number::Complex { imag, .. } => Constant::Imaginary(*imag),
                };
                let i = self.b.constant(c);
                self.b.emit("LOAD_CONST", &[i]);
            }
            Expr::StringLiteral(s) => {
                let i = self.b.constant(Constant::Str(s.value.to_str().to_string()));
                self.b.emit("LOAD_CONST", &[i]);
            }
            Expr::BytesLiteral(b) => {
                let data: Vec<u8> = b.value.bytes().collect();
                let i = self.b.constant(Constant::Bytes(data));
                self.b.emit("LOAD_CONST", &[i]);
            }
            Expr::BooleanLiteral(b) => {
                let i = self.b.constant(Constant::Bool(b.value));
                self.b.emit("LOAD_CONST", &[i]);
            }
            Expr::NoneLiteral(_) => {
                let i = self.b.constant(Constant::None);
                self.b.emit("LOAD_CONST", &[i]);
            }
            Expr::Name(n) => self.load_name(n.id.as_str()),
            Expr::BinOp(b) => {
                let code = binary_code(b.op).ok_or_else(|| self.unsupported("this operator", e))?;
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.set_line(e);
                self.b.emit("BINARY_OP", &[code]);
            }
            Expr::UnaryOp(u) => {
                self.expr(&u.operand)?;
                match u.op {
                    ast::UnaryOp::Not => self.b.emit("UNARY_NOT", &[]),
                    ast::UnaryOp::USub => self.b.emit("UNARY_NEGATIVE", &[]),
                    ast::UnaryOp::UAdd => self.b.emit("UNARY", &[1]),
                    ast::UnaryOp::Invert => self.b.emit("UNARY", &[2]),
                }
            }
            Expr::BoolOp(b) => {
                let end = self.b.new_label();
                let jump = if b.op == ast::BoolOp::And {
                    "POP_JUMP_IF_FALSE"
                } else {
                    "POP_JUMP_IF_TRUE"
                };
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < b.values.len() {
                        self.b.emit("COPY_TOP", &[]);
                        self.b.jump(jump, end);
                        self.b.emit("POP_TOP", &[]);
                    }
                }
                self.b.bind(end);
            }
            Expr::Compare(c) => {
                use ast::CmpOp::*;
                let code = |op: ast::CmpOp| match op {
                    Lt => 0,
                    LtE => 1,
                    Eq => 2,
                    NotEq => 3,
                    Gt => 4,
                    GtE => 5,
                    Is => 6,
                    IsNot => 7,
                    In => 8,
                    NotIn => 9,
                };
                self.expr(&c.left)?;
                let (cleanup, end) = (self.b.new_label(), self.b.new_label());
                let last = c.ops.len() - 1;
                for (i, (op, right)) in c.ops.iter().zip(c.comparators.iter()).enumerate() {
                    self.expr(right)?;
                    self.set_line(e);
                    if i < last {
                        // a < b < c: keep b for the next comparison; stop at the first false.
                        self.b.emit("SWAP", &[]);
                        self.b.emit("COPY_SECOND", &[]);
                        self.b.emit("COMPARE_OP", &[code(*op)]);
                        self.b.emit("COPY_TOP", &[]);
                        self.b.jump("POP_JUMP_IF_FALSE", cleanup);
                        self.b.emit("POP_TOP", &[]);
                    } else {
                        self.b.emit("COMPARE_OP", &[code(*op)]);
                    }
                }
                if last > 0 {
                    self.b.jump("JUMP", end);
                    self.b.bind(cleanup);
                    self.b.emit("SWAP", &[]);
                    self.b.emit("POP_TOP", &[]);
                    self.b.bind(end);
                }
            }
            Expr::If(i) => {
                let (orelse, end) = (self.b.new_label(), self.b.new_label());
                self.expr(&i.test)?;
                self.b.jump("POP_JUMP_IF_FALSE", orelse);
                self.expr(&i.body)?;
                self.b.jump("JUMP", end);
                self.b.bind(orelse);
                self.expr(&i.orelse)?;
                self.b.bind(end);
            }
            Expr::List(l)
                if l.elts.len() > MAX_STACK_ITEMS
                    || l.elts.iter().any(|x| matches!(x, Expr::Starred(_))) =>
            {
                self.sequence_with_stars(&l.elts)?;
            }
            Expr::Tuple(t)
                if t.elts.len() > MAX_STACK_ITEMS
                    || t.elts.iter().any(|x| matches!(x, Expr::Starred(_))) =>
            {
                self.sequence_with_stars(&t.elts)?;
                self.b.emit("LIST_TO_TUPLE", &[]);
            }
            Expr::List(l) => {
                for item in &l.elts {
                    self.expr(item)?;
                }
                self.b.emit("BUILD_LIST", &[l.elts.len() as i64]);
            }
            Expr::Tuple(t) => {
                for item in &t.elts {
                    self.expr(item)?;
                }
                self.b.emit("BUILD_TUPLE", &[t.elts.len() as i64]);
            }
            Expr::ListComp(c) => {
                self.comprehension(comprehensions::Kind::List(&c.elt), &c.generators, e)?
            }
            Expr::SetComp(c) => {
                self.comprehension(comprehensions::Kind::Set(&c.elt), &c.generators, e)?
            }
            Expr::Set(s) if s.elts.iter().any(|x| matches!(x, Expr::Starred(_))) => {
                self.set_with_stars(&s.elts)?;
            }
            Expr::Set(s) => {
                self.sequence_with_stars(&s.elts)?;
                let folded = s.elts.len() > 2 && s.elts.iter().all(is_constant);
                self.b.emit("MAKE_SET", &[folded as i64]);
            }
            Expr::DictComp(c) => {
                let Some(key) = &c.key else {
                    return Err(self.unsupported("** in dict comprehensions", e));
                };
                self.comprehension(comprehensions::Kind::Dict(key, &c.value), &c.generators, e)?
            }
            Expr::Generator(g) => {
                self.comprehension(comprehensions::Kind::Generator(&g.elt), &g.generators, e)?
            }
            Expr::Lambda(l) => self.lambda(l)?,
            Expr::Named(n) => {
                // `target := value`: the value stays as the expression's result.
                self.expr(&n.value)?;
                self.b.emit("COPY_TOP", &[]);
                self.store(&n.target)?;
            }
            Expr::Yield(y) => {
                self.yield_allowed(e)?;
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => {
                        let none = self.b.constant(Constant::None);
                        self.b.emit("LOAD_CONST", &[none]);
                    }
                }
                self.set_line(e);
                self.b.emit("YIELD_VALUE", &[]);
            }
            Expr::YieldFrom(y) => {
                // `yield from it`: sends each value in to `it` and yields what it yields;
                // the expression's value is what `it` returns.
                self.yield_allowed(e)?;
                if self.is_async {
                    return Err(self.error("SyntaxError", "'yield from' inside async function", e));
                }
                self.expr(&y.value)?;
                self.b.emit("GET_ITER", &[]);
                let none = self.b.constant(Constant::None);
                self.b.emit("LOAD_CONST", &[none]);
                self.set_line(e);
                self.delegate_loop();
            }
            Expr::Await(a) => self.await_expr(&a.value, e)?,
            Expr::FString(f) => {
                let mut parts = 0;
                for part in f.value.iter() {
                    match part {
                        ast::FStringPart::Literal(lit) => {
                            let c = self.b.constant(Constant::Str(lit.value.to_string()));
                            self.b.emit("LOAD_CONST", &[c]);
                            parts += 1;
                        }
                        ast::FStringPart::FString(fs) => {
                            parts += self.fstring_elements(&fs.elements)?
                        }
                    }
                    parts = self.join_parts_if_many(parts);
                }
                self.b.emit("BUILD_STRING", &[parts]);
            }
            Expr::Dict(d)
                if d.items.len() > MAX_STACK_ITEMS / 2
                    || d.items.iter().any(|i| i.key.is_none()) =>
            {
                self.b.emit("BUILD_MAP", &[0]);
                for item in &d.items {
                    match &item.key {
                        Some(key) => {
                            self.expr(key)?;
                            self.expr(&item.value)?;
                            self.b.emit("DICT_PUSH", &[]);
                        }
                        None => {
                            self.expr(&item.value)?;
                            self.b.emit("DICT_MERGE", &[]);
                        }
                    }
                }
            }
            Expr::Dict(d) => {
                for item in &d.items {
                    let Some(key) = &item.key else {
                        return Err(self.unsupported("** in dict displays", e));
                    };
                    self.expr(key)?;
                    self.expr(&item.value)?;
                }
                self.b.emit("BUILD_MAP", &[2 * d.items.len() as i64]);
            }
            Expr::Subscript(sub) if matches!(&*sub.slice, Expr::Slice(_)) => {
                let Expr::Slice(slice) = &*sub.slice else {
                    unreachable!()
                };
                self.expr(&sub.value)?;
                self.slice_bounds(slice)?;
                self.set_line(e);
                self.b.emit("SLICE", &[]);
            }
            Expr::Slice(slice) => {
                // `x[1:2, 3]`: a slice object inside the subscript's tuple.
                self.slice_bounds(slice)?;
                self.b.emit("BUILD_SLICE", &[]);
            }
            Expr::Subscript(sub) => {
                self.expr(&sub.value)?;
                self.expr(&sub.slice)?;
                self.set_line(e);
                self.b.emit("BINARY_SUBSCR", &[]);
            }
            Expr::Attribute(attr) => {
                self.expr(&attr.value)?;
                let name = self
                    .b
                    .constant(Constant::Str(self.mangle(attr.attr.id.as_str())));
                self.set_line(e);
                self.b.emit_attr("LOAD_ATTR", name);
            }
            Expr::Call(call)
                if matches!(&*call.func, Expr::Name(n) if n.id.as_str() == "super")
                    && call.arguments.is_empty()
                    && self.frees.iter().any(|f| f == "__class__")
                    && self.nargs > 0 =>
            {
                // Zero-argument `super()`: `super(__class__, <first parameter>)`.
                self.load_name("super");
                self.load_name("__class__");
                let first = self
                    .locals
                    .as_ref()
                    .and_then(|l| l.first())
                    .unwrap_or_default()
                    .to_string();
                self.load_name(&first);
                self.set_line(e);
                self.b.emit("CALL", &[2]);
            }
            Expr::Call(call)
                if call
                    .arguments
                    .args
                    .iter()
                    .any(|a| matches!(a, Expr::Starred(_)))
                    || call.arguments.keywords.iter().any(|k| k.arg.is_none())
                    || call.arguments.args.len() + call.arguments.keywords.len()
                        > MAX_CALL_ARGS =>
            {
                // `f(*xs, **kw)`: a list of the positional arguments, a dict of the keywords.
                self.expr(&call.func)?;
                // As CPython: a lone `*x` is checked by the call, whose error names the
                // callable (under the list); otherwise as in a display.
                let extend = match &call.arguments.args[..] {
                    [Expr::Starred(_)] => "ARGS_EXTEND",
                    _ => "LIST_EXTEND",
                };
                self.list_with_stars(&call.arguments.args, extend)?;
                self.b.emit("BUILD_MAP", &[0]);
                for k in call.arguments.keywords.iter() {
                    match &k.arg {
                        Some(name) => {
                            let c = self.b.constant(Constant::Str(name.id.to_string()));
                            self.b.emit("LOAD_CONST", &[c]);
                            self.expr(&k.value)?;
                            self.b.emit("KWARGS_PUSH", &[]);
                        }
                        None => {
                            self.expr(&k.value)?;
                            self.b.emit("KWARGS_MERGE", &[]);
                        }
                    }
                }
                self.set_line(e);
                self.b.emit("CALL_EX", &[]);
            }
            Expr::Call(call) if call.arguments.keywords.is_empty() => {
                // `obj.name(args)`: LOAD_METHOD leaves the function and `obj` (no bound
                // method is made when `name` is a plain method), CALL_METHOD calls it.
                // Anything else is a plain CALL.
                let method = match &*call.func {
                    Expr::Attribute(attr) => {
                        self.expr(&attr.value)?;
                        let name = self
                            .b
                            .constant(Constant::Str(self.mangle(attr.attr.id.as_str())));
                        self.set_line(call.func.as_ref());
                        self.b.emit_attr("LOAD_METHOD", name);
                        true
                    }
                    func => {
                        self.expr(func)?;
                        false
                    }
                };
                for a in call.arguments.args.iter() {
                    self.expr(a)?;
                }
                let n = call.arguments.args.len() as i64;
                self.set_line(e);
                if method {
                    self.b.emit("CALL_METHOD", &[n + 1]);
                } else {
                    self.b.emit("CALL", &[n]);
                }
            }
            Expr::Call(call) => {
                self.expr(&call.func)?;
                for a in call.arguments.args.iter() {
                    self.expr(a)?;
                }
                let mut names = Vec::new();
                for k in call.arguments.keywords.iter() {
                    let Some(name) = &k.arg else {
                        return Err(self.unsupported("** arguments", k));
                    };
                    names.push(name.id.to_string());
                    self.expr(&k.value)?;
                }
                let n = call.arguments.args.len() + names.len();
                self.set_line(e);
                if names.is_empty() {
                    self.b.emit("CALL", &[n as i64]);
                } else {
                    let names = self.b.constant(Constant::Str(names.join(",")));
                    self.b.emit("CALL_KW", &[n as i64, names]);
                }
            }
            other => {
                return Err(
                    self.unsupported(&format!("this expression ({})", expr_name(other)), other)
                );
            }
        }
        Ok(())
    }
}

/// True for what CPython's compiler folds into a constant: literals, signed numbers, and
/// tuples of constants.
pub(super) fn is_constant(e: &Expr) -> bool {
    match e {
        Expr::NumberLiteral(_)
        | Expr::StringLiteral(_)
        | Expr::BytesLiteral(_)
        | Expr::BooleanLiteral(_)
        | Expr::NoneLiteral(_)
        | Expr::EllipsisLiteral(_) => true,
        Expr::UnaryOp(u) => {
            matches!(u.op, ast::UnaryOp::USub | ast::UnaryOp::UAdd)
                && matches!(&*u.operand, Expr::NumberLiteral(_))
        }
        Expr::Tuple(t) => t.elts.iter().all(is_constant),
        _ => false,
    }
}

pub(super) fn expr_name(e: &Expr) -> &'static str {
    match e {
        Expr::List(_) => "list display",
        Expr::Tuple(_) => "tuple display",
        Expr::Dict(_) => "dict display",
        Expr::Set(_) => "set display",
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::FString(_) => "f-string",
        Expr::ListComp(_) | Expr::SetComp(_) | Expr::DictComp(_) | Expr::Generator(_) => {
            "comprehension"
        }
        _ => "expression",
    }
}
