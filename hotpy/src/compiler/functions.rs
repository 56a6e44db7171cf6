//! `def` and `lambda`: parameters (positional-only, defaults, `*args`, keyword-only with
//! defaults, `**kwargs`), the function's code, its closure, and decorators.
//!
//! Parameter slots follow CPython: positional parameters, keyword-only ones, then `*args`
//! and `**kwargs` (what `scope::param_names` lists and `exec::bind_arguments` fills).

use super::code::Constant;
use super::{Result, Unit};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

/// The docstring of a body: its first statement, if a string literal.
pub(super) fn docstring(body: &[Stmt]) -> Option<String> {
    match body.first()? {
        Stmt::Expr(e) => match &*e.value {
            Expr::StringLiteral(s) => Some(s.value.to_str().to_string()),
            _ => None,
        },
        _ => None,
    }
}

/// What a function runs: a `def`'s statements, or a lambda's expression (compiled as
/// `return <expression>` without making that statement: a copy of the expression per
/// nesting level made nested lambdas take quadratic time and memory).
#[derive(Clone, Copy)]
pub(super) enum FunctionBody<'b> {
    /// A `def`'s statements; true for an `async def`.
    Statements(&'b [Stmt], bool),
    Lambda(&'b Expr),
}

impl Unit<'_> {
    pub(super) fn function_def(&mut self, f: &ast::StmtFunctionDef) -> Result<()> {
        if f.type_params.is_some() {
            return Err(self.unsupported("generic functions", f));
        }
        for d in &f.decorator_list {
            self.expr(&d.expression)?;
        }
        let qualname = format!("{}{}", self.qualprefix, f.name.id);
        self.make_def(
            f.name.id.as_str(),
            qualname,
            f.range,
            Some(&f.parameters),
            FunctionBody::Statements(&f.body, f.is_async),
            f,
        )?;
        self.function_annotations(f)?;
        self.apply_decorators(&f.decorator_list);
        self.store_name(f.name.id.as_str());
        Ok(())
    }

    /// Sets `__annotations__` of the function on the stack (parameters in order, then
    /// `return`), evaluated as the `def` runs.
    fn function_annotations(&mut self, f: &ast::StmtFunctionDef) -> Result<()> {
        let params: Vec<(&str, &Expr)> = f
            .parameters
            .iter()
            .filter_map(|p| Some((p.name().id.as_str(), p.annotation()?)))
            .chain(f.returns.as_deref().map(|r| ("return", r)))
            .collect();
        if params.is_empty() {
            return Ok(());
        }
        self.b.emit("COPY_TOP", &[]);
        for (name, annotation) in &params {
            let key = self.b.constant(Constant::Str(name.to_string()));
            self.b.emit("LOAD_CONST", &[key]);
            self.annotation(annotation)?;
        }
        self.b.emit("BUILD_MAP", &[2 * params.len() as i64]);
        self.b.emit("SWAP", &[]);
        let attr = self.b.constant(Constant::Str("__annotations__".into()));
        self.b.emit_attr("STORE_ATTR", attr);
        Ok(())
    }

    /// Calls the decorators (already on the stack, outermost first) on the value above them.
    pub(super) fn apply_decorators(&mut self, decorators: &[ast::Decorator]) {
        for _ in decorators {
            self.b.emit("CALL", &[1]);
        }
    }

    pub(super) fn lambda(&mut self, l: &ast::ExprLambda) -> Result<()> {
        let body = FunctionBody::Lambda(&l.body);
        let qualname = format!("{}<lambda>", self.qualprefix);
        self.make_def(
            "<lambda>",
            qualname,
            l.range,
            l.parameters.as_deref(),
            body,
            l,
        )
    }

    /// Compiles a function body and pushes the function object (with its defaults, keyword-only
    /// defaults and closure).
    fn make_def(
        &mut self,
        name: &str,
        qualname: String,
        key: TextRange,
        params: Option<&ast::Parameters>,
        body: FunctionBody<'_>,
        at: &impl Ranged,
    ) -> Result<()> {
        let empty = ast::Parameters::default();
        let p = params.unwrap_or(&empty);
        let positional: Vec<&ast::ParameterWithDefault> =
            p.posonlyargs.iter().chain(&p.args).collect();
        let defaults: Vec<&Expr> = positional
            .iter()
            .filter_map(|a| a.default.as_deref())
            .collect();
        let trailing = positional
            .iter()
            .rev()
            .take_while(|a| a.default.is_some())
            .count();
        if defaults.len() != trailing {
            return Err(self.error(
                "SyntaxError",
                "non-default argument follows default argument",
                p,
            ));
        }
        let (code, frees) = {
            let (mut unit, info) = self.nested(name, key, qualname);
            unit.qualprefix = format!("{}.<locals>.", unit.qualname);
            unit.nargs = positional.len();
            unit.posonly = p.posonlyargs.len();
            unit.kwonly = p.kwonlyargs.len();
            unit.varargs = p.vararg.is_some();
            unit.varkw = p.kwarg.is_some();
            unit.is_async = matches!(body, FunctionBody::Statements(_, true));
            unit.set_line(at);
            let mut doc = None;
            match body {
                FunctionBody::Statements(body, _) => {
                    unit.plan_str_appends(body);
                    unit.body(body)?;
                    doc = docstring(body);
                }
                FunctionBody::Lambda(value) => {
                    unit.set_line(value);
                    unit.expr(value)?;
                    unit.b.emit("RETURN_VALUE", &[]);
                }
            }
            let mut code = unit.finish()?;
            code.doc = doc;
            (code, info.frees)
        };
        self.set_line(at);
        self.make_function(code, &frees);
        // Defaults are evaluated when `def` runs, as in CPython.
        if !defaults.is_empty() {
            for d in &defaults {
                self.expr(d)?;
            }
            self.b.emit("BUILD_TUPLE", &[defaults.len() as i64]);
            self.b.emit("SET_DEFAULTS", &[]);
        }
        let kwdefaults: Vec<(&str, &Expr)> = p
            .kwonlyargs
            .iter()
            .filter_map(|a| Some((a.parameter.name.id.as_str(), a.default.as_deref()?)))
            .collect();
        if !kwdefaults.is_empty() {
            for (name, value) in &kwdefaults {
                let k = self
                    .b
                    .constant(super::code::Constant::Str(name.to_string()));
                self.b.emit("LOAD_CONST", &[k]);
                self.expr(value)?;
            }
            self.b.emit("BUILD_MAP", &[2 * kwdefaults.len() as i64]);
            self.b.emit("SET_KWDEFAULTS", &[]);
        }
        Ok(())
    }
}
