//! `exec`/`eval` with a locals mapping of their own: the source compiled as CPython's
//! LOAD_NAME code, a class-body-like unit whose local slots are the mapping's names.
//!
//! Owns: that unit's shape (its parameters and what it returns). Must not: read or write the
//! mapping (`modules/builtins/compile.rs` does).

use super::code::Constant;
use super::scope::{self, Scopes};
use super::slots::Slots;
use super::{CompileError, Lines, Mode, Module, Unit, parse_within_limits};
use ruff_python_ast::{self as ast, Stmt};
use ruff_text_size::Ranged;
use std::sync::Arc;

/// Compiles the source of `exec`/`eval` given a locals mapping other than the globals
/// (CPython's LOAD_NAME code): `names` are the mapping's keys. The module code returns a
/// function of those names' values (in order) which runs the source with them as its
/// locals (other names are `globals`, the target module's) and returns a tuple: the value of
/// the expression (None for statements) and a dict of the locals left bound, for the caller
/// to write back into the mapping.
pub fn compile_in_namespace(
    source: &str,
    filename: &str,
    mode: Mode,
    globals: Vec<String>,
    names: Vec<String>,
) -> std::result::Result<Module, CompileError> {
    let mut globals = Slots::new(globals);
    let lines = Lines::new(source);
    let (body, expr) = match mode {
        Mode::Eval => {
            let trimmed = source.trim();
            let parsed = parse_within_limits(trimmed, &Lines::new(trimmed), |s| {
                ruff_python_parser::parse_expression(s)
            })?;
            let expr = parsed.expr().clone();
            let wrapper = vec![Stmt::Expr(ast::StmtExpr {
                node_index: Default::default(),
                range: expr.range(),
                value: Box::new(expr.clone()),
            })];
            (wrapper, Some(expr))
        }
        Mode::Exec | Mode::Single => {
            let parsed = parse_within_limits(source, &lines, ruff_python_parser::parse_module)?;
            (parsed.syntax().body.iter().cloned().collect(), None)
        }
    };
    let nargs = names.len();
    let scopes = Scopes::analyse_namespace(&body, names)
        .map_err(|e| lines.error("SyntaxError", e.message, e.at, e.end))?;
    let mut module = Unit::new("<module>", filename, None, &lines, &mut globals, &scopes);
    let (code, frees) = {
        let qualname = "<module>".to_string();
        let (mut unit, info) = module.nested("<module>", scope::namespace_key(), qualname);
        unit.class_body = true;
        unit.nargs = nargs;
        unit.first_line = 1;
        match &expr {
            Some(e) => {
                unit.set_line(e);
                unit.expr(e)?;
            }
            None => {
                unit.interactive = mode == Mode::Single;
                unit.body(&body)?;
                let none = unit.b.constant(Constant::None);
                unit.b.emit("LOAD_CONST", &[none]);
            }
        }
        // The locals left bound (BUILD_MAP skips unbound ones).
        for (i, name) in info.locals.iter().enumerate() {
            let k = unit.b.constant(Constant::Str(name.clone()));
            unit.b.emit("LOAD_CONST", &[k]);
            if unit.cells.contains(name) {
                unit.b.emit("LOAD_DEREF", &[i as i64]);
            } else {
                unit.b.emit("LOAD_FAST_RAW", &[i as i64]);
            }
        }
        unit.b.emit("BUILD_MAP", &[2 * info.locals.len() as i64]);
        unit.b.emit("BUILD_TUPLE", &[2]);
        unit.b.emit("RETURN_VALUE", &[]);
        (unit.finish()?, info.frees)
    };
    module.make_function(code, &frees);
    module.b.emit("RETURN_VALUE", &[]);
    let code = module.finish()?;
    Ok(Module {
        code: Arc::new(code),
        globals: globals.into_names(),
    })
}
