//! `ast.parse`'s trees: the parser's syntax tree described as CPython 3.11's `ast` nodes, as
//! Python source that builds them (`Module([Expr(Constant(1, None, lineno=1, ...))], [])`),
//! which `_ast` evaluates among its node classes.
//!
//! Positions are CPython's: 1-based lines, columns in UTF-8 bytes from the line's start. The
//! shapes are CPython's where the parser's differ: an `elif` chain is nested `If`s, a
//! decorated definition starts at its `def`/`class`, implicitly concatenated strings are one
//! `Constant` or `JoinedStr`, parameters are an `arguments` with separate defaults.
//!
//! Owns: that description. Must not: build heap objects (the `_ast` module does) or compile.

use ruff_python_ast::{self as ast, Expr, Pattern, Stmt};
use ruff_text_size::{Ranged, TextRange, TextSize};
use std::fmt::Write;

/// A construct of a later Python than 3.11's grammar (type parameters, `type` aliases,
/// template strings): where it starts.
pub struct Unsupported(pub TextRange);

type Result<T> = std::result::Result<T, Unsupported>;

pub struct TreeWriter<'a> {
    source: &'a str,
    starts: Vec<usize>,
    out: String,
}

impl<'a> TreeWriter<'a> {
    pub fn new(source: &'a str) -> TreeWriter<'a> {
        let mut starts = vec![0];
        starts.extend(source.match_indices('\n').map(|(i, _)| i + 1));
        TreeWriter {
            source,
            starts,
            out: String::new(),
        }
    }

    /// `Module(body, [])`.
    pub fn module(mut self, body: &[Stmt]) -> Result<String> {
        self.out.push_str("Module(");
        self.stmts(body)?;
        self.out.push_str(", [])");
        Ok(self.out)
    }

    /// `Interactive(body)`.
    pub fn interactive(mut self, body: &[Stmt]) -> Result<String> {
        self.out.push_str("Interactive(");
        self.stmts(body)?;
        self.out.push(')');
        Ok(self.out)
    }

    /// `Expression(body)`.
    pub fn expression(mut self, body: &Expr) -> Result<String> {
        self.out.push_str("Expression(");
        self.expr(body)?;
        self.out.push(')');
        Ok(self.out)
    }

    fn line_col(&self, offset: TextSize) -> (usize, usize) {
        let offset = offset.to_usize();
        let line = self.starts.partition_point(|&s| s <= offset);
        (line, offset - self.starts[line - 1])
    }

    /// `, lineno=.., col_offset=.., end_lineno=.., end_col_offset=..)` closing a node.
    fn close_at(&mut self, start: TextSize, end: TextSize) {
        let (line, col) = self.line_col(start);
        let (end_line, end_col) = self.line_col(end);
        let _ = write!(
            self.out,
            ", lineno={line}, col_offset={col}, end_lineno={end_line}, end_col_offset={end_col})"
        );
    }

    fn close(&mut self, range: TextRange) {
        self.close_at(range.start(), range.end());
    }

    fn sep(&mut self) {
        self.out.push_str(", ");
    }

    fn none(&mut self) {
        self.out.push_str("None");
    }

    fn str_lit(&mut self, s: &str) {
        self.out.push('"');
        for c in s.chars() {
            match c {
                '\\' => self.out.push_str("\\\\"),
                '"' => self.out.push_str("\\\""),
                ' '..='~' => self.out.push(c),
                _ => {
                    let _ = write!(self.out, "\\U{:08x}", c as u32);
                }
            }
        }
        self.out.push('"');
    }

    fn bytes_lit(&mut self, b: &[u8]) {
        self.out.push_str("b\"");
        for &byte in b {
            match byte {
                b'\\' => self.out.push_str("\\\\"),
                b'"' => self.out.push_str("\\\""),
                b' '..=b'~' => self.out.push(byte as char),
                _ => {
                    let _ = write!(self.out, "\\x{byte:02x}");
                }
            }
        }
        self.out.push('"');
    }

    fn float_lit(&mut self, f: f64) {
        if f.is_infinite() {
            self.out.push_str("1e999");
        } else {
            let _ = write!(self.out, "{f:?}");
        }
    }

    fn name_or_none(&mut self, name: Option<&ast::Identifier>) {
        match name {
            Some(n) => self.str_lit(n.id.as_str()),
            None => self.none(),
        }
    }

    fn list<T>(
        &mut self,
        items: &[T],
        mut each: impl FnMut(&mut Self, &T) -> Result<()>,
    ) -> Result<()> {
        self.out.push('[');
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.sep();
            }
            each(self, item)?;
        }
        self.out.push(']');
        Ok(())
    }

    fn stmts(&mut self, body: &[Stmt]) -> Result<()> {
        self.list(body, |w, s| w.stmt(s))
    }

    fn exprs(&mut self, items: &[Expr]) -> Result<()> {
        self.list(items, |w, e| w.expr(e))
    }

    fn opt_expr(&mut self, e: Option<&Expr>) -> Result<()> {
        match e {
            Some(e) => self.expr(e),
            None => {
                self.none();
                Ok(())
            }
        }
    }

    /// Where a decorated `def`/`class` statement's keyword is (CPython's start for it).
    fn definition_start(&self, range: TextRange, decorators: &[ast::Decorator]) -> TextSize {
        let Some(last) = decorators.last() else {
            return range.start();
        };
        let mut at = last.end().to_usize();
        let bytes = self.source.as_bytes();
        let mut line_start = false;
        while at < bytes.len() {
            match bytes[at] {
                b'\n' => line_start = true,
                b'#' => {
                    while at < bytes.len() && bytes[at] != b'\n' {
                        at += 1;
                    }
                    continue;
                }
                b' ' | b'\t' | b'\r' | b'\x0c' | b'\\' => {}
                _ if line_start => break,
                _ => {}
            }
            at += 1;
        }
        TextSize::new(at as u32)
    }

    fn stmt(&mut self, s: &Stmt) -> Result<()> {
        let range = s.range();
        match s {
            Stmt::FunctionDef(f) => {
                if let Some(tp) = &f.type_params {
                    return Err(Unsupported(tp.range));
                }
                self.out.push_str(if f.is_async {
                    "AsyncFunctionDef("
                } else {
                    "FunctionDef("
                });
                self.str_lit(f.name.id.as_str());
                self.sep();
                self.arguments(Some(&f.parameters))?;
                self.sep();
                self.stmts(&f.body)?;
                self.sep();
                self.list(&f.decorator_list, |w, d| w.expr(&d.expression))?;
                self.sep();
                self.opt_expr(f.returns.as_deref())?;
                self.out.push_str(", None");
                let start = self.definition_start(range, &f.decorator_list);
                self.close_at(start, range.end());
            }
            Stmt::ClassDef(c) => {
                if let Some(tp) = &c.type_params {
                    return Err(Unsupported(tp.range));
                }
                self.out.push_str("ClassDef(");
                self.str_lit(c.name.id.as_str());
                self.sep();
                let (args, keywords): (&[Expr], &[ast::Keyword]) = match &c.arguments {
                    Some(a) => (&a.args, &a.keywords),
                    None => (&[], &[]),
                };
                self.exprs(args)?;
                self.sep();
                self.list(keywords, |w, k| w.keyword(k))?;
                self.sep();
                self.stmts(&c.body)?;
                self.sep();
                self.list(&c.decorator_list, |w, d| w.expr(&d.expression))?;
                let start = self.definition_start(range, &c.decorator_list);
                self.close_at(start, range.end());
            }
            Stmt::Return(r) => {
                self.out.push_str("Return(");
                self.opt_expr(r.value.as_deref())?;
                self.close(range);
            }
            Stmt::Delete(d) => {
                self.out.push_str("Delete(");
                self.exprs(&d.targets)?;
                self.close(range);
            }
            Stmt::Assign(a) => {
                self.out.push_str("Assign(");
                self.exprs(&a.targets)?;
                self.sep();
                self.expr(&a.value)?;
                self.out.push_str(", None");
                self.close(range);
            }
            Stmt::AugAssign(a) => {
                self.out.push_str("AugAssign(");
                self.expr(&a.target)?;
                self.sep();
                self.operator(a.op);
                self.sep();
                self.expr(&a.value)?;
                self.close(range);
            }
            Stmt::AnnAssign(a) => {
                self.out.push_str("AnnAssign(");
                self.expr(&a.target)?;
                self.sep();
                self.expr(&a.annotation)?;
                self.sep();
                self.opt_expr(a.value.as_deref())?;
                let _ = write!(self.out, ", {}", a.simple as i32);
                self.close(range);
            }
            Stmt::For(f) => {
                self.out
                    .push_str(if f.is_async { "AsyncFor(" } else { "For(" });
                self.expr(&f.target)?;
                self.sep();
                self.expr(&f.iter)?;
                self.sep();
                self.stmts(&f.body)?;
                self.sep();
                self.stmts(&f.orelse)?;
                self.out.push_str(", None");
                self.close(range);
            }
            Stmt::While(w) => {
                self.out.push_str("While(");
                self.expr(&w.test)?;
                self.sep();
                self.stmts(&w.body)?;
                self.sep();
                self.stmts(&w.orelse)?;
                self.close(range);
            }
            Stmt::If(i) => {
                self.out.push_str("If(");
                self.expr(&i.test)?;
                self.sep();
                self.stmts(&i.body)?;
                self.sep();
                self.elif_else(&i.elif_else_clauses, range.end())?;
                self.close(range);
            }
            Stmt::With(w) => {
                self.out
                    .push_str(if w.is_async { "AsyncWith(" } else { "With(" });
                self.list(&w.items, |w, item| {
                    w.out.push_str("withitem(");
                    w.expr(&item.context_expr)?;
                    w.sep();
                    w.opt_expr(item.optional_vars.as_deref())?;
                    w.out.push(')');
                    Ok(())
                })?;
                self.sep();
                self.stmts(&w.body)?;
                self.out.push_str(", None");
                self.close(range);
            }
            Stmt::Match(m) => {
                self.out.push_str("Match(");
                self.expr(&m.subject)?;
                self.sep();
                self.list(&m.cases, |w, case| {
                    w.out.push_str("match_case(");
                    w.pattern(&case.pattern)?;
                    w.sep();
                    w.opt_expr(case.guard.as_deref())?;
                    w.sep();
                    w.stmts(&case.body)?;
                    w.out.push(')');
                    Ok(())
                })?;
                self.close(range);
            }
            Stmt::Raise(r) => {
                self.out.push_str("Raise(");
                self.opt_expr(r.exc.as_deref())?;
                self.sep();
                self.opt_expr(r.cause.as_deref())?;
                self.close(range);
            }
            Stmt::Try(t) => {
                self.out
                    .push_str(if t.is_star { "TryStar(" } else { "Try(" });
                self.stmts(&t.body)?;
                self.sep();
                self.list(&t.handlers, |w, h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    w.out.push_str("ExceptHandler(");
                    w.opt_expr(h.type_.as_deref())?;
                    w.sep();
                    w.name_or_none(h.name.as_ref());
                    w.sep();
                    w.stmts(&h.body)?;
                    w.close(h.range);
                    Ok(())
                })?;
                self.sep();
                self.stmts(&t.orelse)?;
                self.sep();
                self.stmts(&t.finalbody)?;
                self.close(range);
            }
            Stmt::Assert(a) => {
                self.out.push_str("Assert(");
                self.expr(&a.test)?;
                self.sep();
                self.opt_expr(a.msg.as_deref())?;
                self.close(range);
            }
            Stmt::Import(i) => {
                self.out.push_str("Import(");
                self.list(&i.names, |w, a| w.alias(a))?;
                self.close(range);
            }
            Stmt::ImportFrom(i) => {
                self.out.push_str("ImportFrom(");
                self.name_or_none(i.module.as_ref());
                self.sep();
                self.list(&i.names, |w, a| w.alias(a))?;
                let _ = write!(self.out, ", {}", i.level);
                self.close(range);
            }
            Stmt::Global(g) => {
                self.out.push_str("Global(");
                self.list(&g.names, |w, n| {
                    w.str_lit(n.id.as_str());
                    Ok(())
                })?;
                self.close(range);
            }
            Stmt::Nonlocal(g) => {
                self.out.push_str("Nonlocal(");
                self.list(&g.names, |w, n| {
                    w.str_lit(n.id.as_str());
                    Ok(())
                })?;
                self.close(range);
            }
            Stmt::Expr(e) => {
                self.out.push_str("Expr(");
                self.expr(&e.value)?;
                self.close(range);
            }
            Stmt::Pass(_) => {
                self.out.push_str("Pass(");
                self.out_positions_only(range);
            }
            Stmt::Break(_) => {
                self.out.push_str("Break(");
                self.out_positions_only(range);
            }
            Stmt::Continue(_) => {
                self.out.push_str("Continue(");
                self.out_positions_only(range);
            }
            Stmt::TypeAlias(_) | Stmt::IpyEscapeCommand(_) => return Err(Unsupported(range)),
        }
        Ok(())
    }

    /// A node with no fields: its positions only.
    fn out_positions_only(&mut self, range: TextRange) {
        let mark = self.out.len();
        self.close(range);
        // `close` writes ", lineno=..": a node without fields starts with the keyword.
        self.out.replace_range(mark..mark + 2, "");
    }

    /// The `orelse` of an `if`: an `elif` is an `If` reaching to the statement's end.
    fn elif_else(&mut self, clauses: &[ast::ElifElseClause], end: TextSize) -> Result<()> {
        let Some((first, rest)) = clauses.split_first() else {
            self.out.push_str("[]");
            return Ok(());
        };
        match &first.test {
            None => self.stmts(&first.body),
            Some(test) => {
                self.out.push_str("[If(");
                self.expr(test)?;
                self.sep();
                self.stmts(&first.body)?;
                self.sep();
                self.elif_else(rest, end)?;
                self.close_at(first.range.start(), end);
                self.out.push(']');
                Ok(())
            }
        }
    }

    fn alias(&mut self, a: &ast::Alias) -> Result<()> {
        self.out.push_str("alias(");
        self.str_lit(a.name.id.as_str());
        self.sep();
        self.name_or_none(a.asname.as_ref());
        self.close(a.range);
        Ok(())
    }

    fn keyword(&mut self, k: &ast::Keyword) -> Result<()> {
        self.out.push_str("keyword(");
        self.name_or_none(k.arg.as_ref());
        self.sep();
        self.expr(&k.value)?;
        self.close(k.range);
        Ok(())
    }

    fn arg(&mut self, p: &ast::Parameter) -> Result<()> {
        self.out.push_str("arg(");
        self.str_lit(p.name.id.as_str());
        self.sep();
        self.opt_expr(p.annotation.as_deref())?;
        self.out.push_str(", None");
        // From the name: a `*args` or `**kwargs` parameter's range has its stars.
        self.close_at(p.name.range.start(), p.range.end());
        Ok(())
    }

    /// `arguments(posonlyargs, args, vararg, kwonlyargs, kw_defaults, kwarg, defaults)`.
    fn arguments(&mut self, p: Option<&ast::Parameters>) -> Result<()> {
        let Some(p) = p else {
            self.out
                .push_str("arguments([], [], None, [], [], None, [])");
            return Ok(());
        };
        self.out.push_str("arguments(");
        self.list(&p.posonlyargs, |w, a| w.arg(&a.parameter))?;
        self.sep();
        self.list(&p.args, |w, a| w.arg(&a.parameter))?;
        self.sep();
        match &p.vararg {
            Some(v) => self.arg(v)?,
            None => self.none(),
        }
        self.sep();
        self.list(&p.kwonlyargs, |w, a| w.arg(&a.parameter))?;
        self.sep();
        self.list(&p.kwonlyargs, |w, a| w.opt_expr(a.default.as_deref()))?;
        self.sep();
        match &p.kwarg {
            Some(v) => self.arg(v)?,
            None => self.none(),
        }
        self.sep();
        let defaults: Vec<&Expr> = p
            .posonlyargs
            .iter()
            .chain(&p.args)
            .filter_map(|a| a.default.as_deref())
            .collect();
        self.list(&defaults, |w, e| w.expr(e))?;
        self.out.push(')');
        Ok(())
    }

    fn context(&mut self, ctx: ast::ExprContext) {
        self.out.push_str(match ctx {
            ast::ExprContext::Store => "Store()",
            ast::ExprContext::Del => "Del()",
            _ => "Load()",
        });
    }

    fn operator(&mut self, op: ast::Operator) {
        use ast::Operator::*;
        self.out.push_str(match op {
            Add => "Add()",
            Sub => "Sub()",
            Mult => "Mult()",
            MatMult => "MatMult()",
            Div => "Div()",
            Mod => "Mod()",
            Pow => "Pow()",
            LShift => "LShift()",
            RShift => "RShift()",
            BitOr => "BitOr()",
            BitXor => "BitXor()",
            BitAnd => "BitAnd()",
            FloorDiv => "FloorDiv()",
        });
    }

    fn cmp_op(&mut self, op: ast::CmpOp) {
        use ast::CmpOp::*;
        self.out.push_str(match op {
            Eq => "Eq()",
            NotEq => "NotEq()",
            Lt => "Lt()",
            LtE => "LtE()",
            Gt => "Gt()",
            GtE => "GtE()",
            Is => "Is()",
            IsNot => "IsNot()",
            In => "In()",
            NotIn => "NotIn()",
        });
    }

    fn comprehensions(&mut self, generators: &[ast::Comprehension]) -> Result<()> {
        self.list(generators, |w, g| {
            w.out.push_str("comprehension(");
            w.expr(&g.target)?;
            w.sep();
            w.expr(&g.iter)?;
            w.sep();
            w.exprs(&g.ifs)?;
            let _ = write!(w.out, ", {})", g.is_async as i32);
            Ok(())
        })
    }

    /// `Constant(value, kind, ...)` where `write_value` writes the value.
    fn constant(
        &mut self,
        range: TextRange,
        kind: Option<&str>,
        write_value: impl FnOnce(&mut Self),
    ) {
        self.out.push_str("Constant(");
        write_value(self);
        self.sep();
        match kind {
            Some(k) => self.str_lit(k),
            None => self.none(),
        }
        self.close(range);
    }

    fn expr(&mut self, e: &Expr) -> Result<()> {
        let range = e.range();
        match e {
            Expr::BoolOp(b) => {
                self.out.push_str("BoolOp(");
                self.out.push_str(match b.op {
                    ast::BoolOp::And => "And()",
                    ast::BoolOp::Or => "Or()",
                });
                self.sep();
                self.exprs(&b.values)?;
                self.close(range);
            }
            Expr::Named(n) => {
                self.out.push_str("NamedExpr(");
                self.expr(&n.target)?;
                self.sep();
                self.expr(&n.value)?;
                self.close(range);
            }
            Expr::BinOp(b) => {
                self.out.push_str("BinOp(");
                self.expr(&b.left)?;
                self.sep();
                self.operator(b.op);
                self.sep();
                self.expr(&b.right)?;
                self.close(range);
            }
            Expr::UnaryOp(u) => {
                self.out.push_str("UnaryOp(");
                self.out.push_str(match u.op {
                    ast::UnaryOp::Invert => "Invert()",
                    ast::UnaryOp::Not => "Not()",
                    ast::UnaryOp::UAdd => "UAdd()",
                    ast::UnaryOp::USub => "USub()",
                });
                self.sep();
                self.expr(&u.operand)?;
                self.close(range);
            }
            Expr::Lambda(l) => {
                self.out.push_str("Lambda(");
                self.arguments(l.parameters.as_deref())?;
                self.sep();
                self.expr(&l.body)?;
                self.close(range);
            }
            Expr::If(i) => {
                self.out.push_str("IfExp(");
                self.expr(&i.test)?;
                self.sep();
                self.expr(&i.body)?;
                self.sep();
                self.expr(&i.orelse)?;
                self.close(range);
            }
            Expr::Dict(d) => {
                self.out.push_str("Dict(");
                self.list(&d.items, |w, item| w.opt_expr(item.key.as_ref()))?;
                self.sep();
                self.list(&d.items, |w, item| w.expr(&item.value))?;
                self.close(range);
            }
            Expr::Set(s) => {
                self.out.push_str("Set(");
                self.exprs(&s.elts)?;
                self.close(range);
            }
            Expr::ListComp(c) => {
                self.out.push_str("ListComp(");
                self.expr(&c.elt)?;
                self.sep();
                self.comprehensions(&c.generators)?;
                self.close(range);
            }
            Expr::SetComp(c) => {
                self.out.push_str("SetComp(");
                self.expr(&c.elt)?;
                self.sep();
                self.comprehensions(&c.generators)?;
                self.close(range);
            }
            Expr::DictComp(c) => {
                self.out.push_str("DictComp(");
                self.opt_expr(c.key.as_deref())?;
                self.sep();
                self.expr(&c.value)?;
                self.sep();
                self.comprehensions(&c.generators)?;
                self.close(range);
            }
            Expr::Generator(g) => self.generator(g, range)?,
            Expr::Await(a) => {
                self.out.push_str("Await(");
                self.expr(&a.value)?;
                self.close(range);
            }
            Expr::Yield(y) => {
                self.out.push_str("Yield(");
                self.opt_expr(y.value.as_deref())?;
                self.close(range);
            }
            Expr::YieldFrom(y) => {
                self.out.push_str("YieldFrom(");
                self.expr(&y.value)?;
                self.close(range);
            }
            Expr::Compare(c) => {
                self.out.push_str("Compare(");
                self.expr(&c.left)?;
                self.sep();
                self.list(&c.ops, |w, op| {
                    w.cmp_op(*op);
                    Ok(())
                })?;
                self.sep();
                self.exprs(&c.comparators)?;
                self.close(range);
            }
            Expr::Call(c) => {
                self.out.push_str("Call(");
                self.expr(&c.func)?;
                self.sep();
                self.list(&c.arguments.args, |w, a| match a {
                    // `f(x for x in y)`: the generator's parentheses are the call's.
                    Expr::Generator(g) if !g.parenthesized => w.generator(g, c.arguments.range),
                    _ => w.expr(a),
                })?;
                self.sep();
                self.list(&c.arguments.keywords, |w, k| w.keyword(k))?;
                self.close(range);
            }
            Expr::FString(f) => self.joined_str(f, range)?,
            Expr::StringLiteral(s) => {
                let kind = self.source[range.start().to_usize()..]
                    .starts_with(['u', 'U'])
                    .then_some("u");
                let value = s.value.to_str();
                self.constant(range, kind, |w| w.str_lit(value));
            }
            Expr::BytesLiteral(b) => {
                let value: Vec<u8> = b.value.bytes().collect();
                self.constant(range, None, |w| w.bytes_lit(&value));
            }
            Expr::NumberLiteral(n) => match &n.value {
                ast::Number::Int(i) => {
                    let text = i.to_string();
                    self.constant(range, None, |w| w.out.push_str(&text));
                }
                ast::Number::Float(f) => {
                    let f = *f;
                    self.constant(range, None, |w| w.float_lit(f));
                }
                ast::Number::Complex { imag, .. } => {
                    let imag = *imag;
                    self.constant(range, None, |w| {
                        w.out.push_str("complex(0.0, ");
                        w.float_lit(imag);
                        w.out.push(')');
                    });
                }
            },
            Expr::BooleanLiteral(b) => {
                let text = if b.value { "True" } else { "False" };
                self.constant(range, None, |w| w.out.push_str(text));
            }
            Expr::NoneLiteral(_) => self.constant(range, None, |w| w.none()),
            Expr::EllipsisLiteral(_) => self.constant(range, None, |w| w.out.push_str("...")),
            Expr::Attribute(a) => {
                self.out.push_str("Attribute(");
                self.expr(&a.value)?;
                self.sep();
                self.str_lit(a.attr.id.as_str());
                self.sep();
                self.context(a.ctx);
                self.close(range);
            }
            Expr::Subscript(s) => {
                self.out.push_str("Subscript(");
                self.expr(&s.value)?;
                self.sep();
                self.expr(&s.slice)?;
                self.sep();
                self.context(s.ctx);
                self.close(range);
            }
            Expr::Starred(s) => {
                self.out.push_str("Starred(");
                self.expr(&s.value)?;
                self.sep();
                self.context(s.ctx);
                self.close(range);
            }
            Expr::Name(n) => {
                self.out.push_str("Name(");
                self.str_lit(n.id.as_str());
                self.sep();
                self.context(n.ctx);
                self.close(range);
            }
            Expr::List(l) => {
                self.out.push_str("List(");
                self.exprs(&l.elts)?;
                self.sep();
                self.context(l.ctx);
                self.close(range);
            }
            Expr::Tuple(t) => {
                self.out.push_str("Tuple(");
                self.exprs(&t.elts)?;
                self.sep();
                self.context(t.ctx);
                self.close(range);
            }
            Expr::Slice(s) => {
                self.out.push_str("Slice(");
                self.opt_expr(s.lower.as_deref())?;
                self.sep();
                self.opt_expr(s.upper.as_deref())?;
                self.sep();
                self.opt_expr(s.step.as_deref())?;
                self.close(range);
            }
            Expr::TString(_) | Expr::IpyEscapeCommand(_) => return Err(Unsupported(range)),
        }
        Ok(())
    }

    /// An f-string (with any strings concatenated to it): `JoinedStr(values)`, adjacent
    /// literal text as one `Constant`; its parts carry the whole string's positions, as in
    /// CPython 3.11.
    fn joined_str(&mut self, f: &ast::ExprFString, range: TextRange) -> Result<()> {
        enum Part<'e> {
            Text(String),
            Field(&'e ast::InterpolatedElement),
        }
        fn push_elements<'e>(
            parts: &mut Vec<Part<'e>>,
            elements: &'e ast::InterpolatedStringElements,
        ) {
            for element in elements {
                match element {
                    ast::InterpolatedStringElement::Literal(lit) => push_text(parts, &lit.value),
                    ast::InterpolatedStringElement::Interpolation(field) => {
                        if let Some(debug) = &field.debug_text {
                            push_text(parts, debug.as_str());
                        }
                        parts.push(Part::Field(field));
                    }
                }
            }
        }
        fn push_text(parts: &mut Vec<Part<'_>>, text: &str) {
            if let Some(Part::Text(t)) = parts.last_mut() {
                t.push_str(text);
            } else {
                parts.push(Part::Text(text.to_string()));
            }
        }
        fn write_parts(w: &mut TreeWriter<'_>, parts: &[Part<'_>], range: TextRange) -> Result<()> {
            w.out.push_str("JoinedStr([");
            let mut first = true;
            for part in parts {
                match part {
                    Part::Text(t) if t.is_empty() => continue,
                    _ if !first => w.sep(),
                    _ => {}
                }
                first = false;
                match part {
                    Part::Text(t) => w.constant(range, None, |w| w.str_lit(t)),
                    Part::Field(field) => {
                        w.out.push_str("FormattedValue(");
                        w.expr(&field.expression)?;
                        let conversion = match field.conversion {
                            ast::ConversionFlag::None
                                if field.debug_text.is_some() && field.format_spec.is_none() =>
                            {
                                i32::from(b'r')
                            }
                            flag => flag as i32,
                        };
                        let _ = write!(w.out, ", {conversion}, ");
                        match &field.format_spec {
                            Some(spec) => {
                                let mut inner = Vec::new();
                                push_elements(&mut inner, &spec.elements);
                                write_parts(w, &inner, range)?;
                            }
                            None => w.none(),
                        }
                        w.close(range);
                    }
                }
            }
            w.out.push(']');
            w.close(range);
            Ok(())
        }
        let mut parts = Vec::new();
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(lit) => push_text(&mut parts, &lit.value),
                ast::FStringPart::FString(fs) => push_elements(&mut parts, &fs.elements),
            }
        }
        write_parts(self, &parts, range)
    }

    fn generator(&mut self, g: &ast::ExprGenerator, range: TextRange) -> Result<()> {
        self.out.push_str("GeneratorExp(");
        self.expr(&g.elt)?;
        self.sep();
        self.comprehensions(&g.generators)?;
        self.close(range);
        Ok(())
    }

    fn patterns(&mut self, items: &[Pattern]) -> Result<()> {
        self.list(items, |w, p| w.pattern(p))
    }

    fn pattern(&mut self, p: &Pattern) -> Result<()> {
        let range = p.range();
        match p {
            Pattern::MatchValue(v) => {
                self.out.push_str("MatchValue(");
                self.expr(&v.value)?;
            }
            Pattern::MatchSingleton(s) => {
                self.out.push_str("MatchSingleton(");
                self.out.push_str(match s.value {
                    ast::Singleton::None => "None",
                    ast::Singleton::True => "True",
                    ast::Singleton::False => "False",
                });
            }
            Pattern::MatchSequence(s) => {
                self.out.push_str("MatchSequence(");
                self.patterns(&s.patterns)?;
            }
            Pattern::MatchMapping(m) => {
                self.out.push_str("MatchMapping(");
                self.exprs(&m.keys)?;
                self.sep();
                self.patterns(&m.patterns)?;
                self.sep();
                self.name_or_none(m.rest.as_ref());
            }
            Pattern::MatchClass(c) => {
                self.out.push_str("MatchClass(");
                self.expr(&c.cls)?;
                self.sep();
                self.patterns(&c.arguments.patterns)?;
                self.sep();
                self.list(&c.arguments.keywords, |w, k| {
                    w.str_lit(k.attr.id.as_str());
                    Ok(())
                })?;
                self.sep();
                self.list(&c.arguments.keywords, |w, k| w.pattern(&k.pattern))?;
            }
            Pattern::MatchStar(s) => {
                self.out.push_str("MatchStar(");
                self.name_or_none(s.name.as_ref());
            }
            Pattern::MatchAs(a) => {
                self.out.push_str("MatchAs(");
                match &a.pattern {
                    Some(p) => self.pattern(p)?,
                    None => self.none(),
                }
                self.sep();
                self.name_or_none(a.name.as_ref());
            }
            Pattern::MatchOr(o) => {
                self.out.push_str("MatchOr(");
                self.patterns(&o.patterns)?;
            }
        }
        self.close(range);
        Ok(())
    }
}
