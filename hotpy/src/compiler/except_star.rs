//! `try`/`except*` (PEP 654). The handler keeps the state of the statement in a hidden
//! local: an `_ExceptStar` object (`hotpy/lib/_exception_group.py`, the hidden builtin
//! `$ExceptStar`) made from the exception. Each clause asks it to split off what the clause
//! catches (`match(types)`, which also checks the types); a clause that caught something runs
//! with the `as` name and the exception being handled both the matched group, inside a
//! region whose handler hands any exception its body raises to the state (`raised(exc)`).
//! After the last clause, `reraise()` says whether anything is left; if so, its `result`
//! (unhandled and re-raised parts in the original's structure, after new exceptions) is
//! raised again.
//!
//! Owns: that code and the compile-time rule that no `break`, `continue` or `return` may
//! leave a clause. Must not: split groups or decide what is re-raised (the Python side does).

use super::code::Constant;
use super::{Result, Unit};
use ruff_python_ast::{self as ast, Stmt};

/// The first statement in `body` that would jump out of an `except*` clause: a `return`
/// anywhere (in a function: elsewhere it is "'return' outside function"), a `break` or
/// `continue` outside a loop of its own (nested functions and classes are their own code).
fn jump_out(body: &[Stmt], in_loop: bool, in_function: bool) -> Option<&Stmt> {
    let jump_out = |body, in_loop| jump_out(body, in_loop, in_function);
    body.iter().find_map(|s| match s {
        Stmt::Return(_) if in_function => Some(s),
        Stmt::Break(_) | Stmt::Continue(_) if !in_loop => Some(s),
        Stmt::For(f) => jump_out(&f.body, true).or_else(|| jump_out(&f.orelse, in_loop)),
        Stmt::While(w) => jump_out(&w.body, true).or_else(|| jump_out(&w.orelse, in_loop)),
        Stmt::If(i) => jump_out(&i.body, in_loop).or_else(|| {
            i.elif_else_clauses
                .iter()
                .find_map(|c| jump_out(&c.body, in_loop))
        }),
        Stmt::With(w) => jump_out(&w.body, in_loop),
        Stmt::Try(t) => jump_out(&t.body, in_loop)
            .or_else(|| {
                t.handlers.iter().find_map(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    jump_out(&h.body, in_loop)
                })
            })
            .or_else(|| jump_out(&t.orelse, in_loop))
            .or_else(|| jump_out(&t.finalbody, in_loop)),
        Stmt::Match(m) => m.cases.iter().find_map(|c| jump_out(&c.body, in_loop)),
        _ => None,
    })
}

impl Unit<'_> {
    /// `state.method(args...)` with the state in hidden local `state`; leaves the result.
    fn call_state(
        &mut self,
        state: &str,
        method: &str,
        args: impl FnOnce(&mut Self) -> Result<usize>,
    ) -> Result<()> {
        self.load_name(state);
        let name = self.b.constant(Constant::Str(method.into()));
        self.b.emit_attr("LOAD_ATTR", name);
        let n = args(self)?;
        self.b.emit("CALL", &[n as i64]);
        Ok(())
    }

    /// A bare `raise` in an `except*` clause: the matched group, marked as re-raised (not a
    /// new exception, as `raise e` of the same group would be).
    pub(super) fn star_reraise(&mut self, state: &str) -> Result<()> {
        self.call_state(state, "reraising", |_| Ok(0))
    }

    /// `try`/`except*`/`else` (a `finally` is around it, as for `except`).
    pub(super) fn try_star(&mut self, t: &ast::StmtTry) -> Result<()> {
        for clause in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(clause) = clause;
            if let Some(s) = jump_out(&clause.body, false, self.locals.is_some()) {
                return Err(self.error(
                    "SyntaxError",
                    "'break', 'continue' and 'return' cannot appear in an except* block",
                    s,
                ));
            }
        }
        let depth = self.depth;
        let (handler, orelse, end) = (self.b.new_label(), self.b.new_label(), self.b.new_label());
        self.open_region();
        self.in_blocks(1, t, |u| u.body(&t.body))?;
        self.b.jump("JUMP", orelse);
        self.b.bind(handler);
        let target = self.b.code.len();
        self.close_region(target, depth);
        // The exception is on the stack: keep it (being handled while the types are
        // evaluated) and make the state from it.
        let exc = self.hidden_name();
        self.store_name(&exc);
        let state = self.hidden_named("star");
        let body = self.handling_exception(&exc.clone(), |u| {
            u.load_name("$ExceptStar");
            u.load_name(&exc);
            u.b.emit("CALL", &[1]);
            u.store_name(&state);
            for clause in &t.handlers {
                let ast::ExceptHandler::ExceptHandler(clause) = clause;
                u.set_line(clause);
                u.except_star_clause(&state, clause, depth)?;
            }
            Ok(())
        });
        body?;
        let raise = self.b.new_label();
        self.call_state(&state, "reraise", |_| Ok(0))?;
        self.b.jump("POP_JUMP_IF_TRUE", raise);
        self.unbind_name(&state);
        self.unbind_name(&exc);
        self.b.jump("JUMP", end);
        self.b.bind(raise);
        self.load_name(&state);
        let result = self.b.constant(Constant::Str("result".into()));
        self.b.emit_attr("LOAD_ATTR", result);
        self.unbind_name(&state);
        self.unbind_name(&exc);
        self.b.emit("RERAISE", &[]);
        self.b.bind(orelse);
        self.body(&t.orelse)?;
        self.b.bind(end);
        Ok(())
    }

    /// One `except* types as name:` clause of the statement whose state is in `state`.
    fn except_star_clause(
        &mut self,
        state: &str,
        clause: &ast::ExceptHandlerExceptHandler,
        depth: usize,
    ) -> Result<()> {
        let next = self.b.new_label();
        let Some(types) = &clause.type_ else {
            return Err(self.error(
                "SyntaxError",
                "expected one or more exception types",
                clause,
            ));
        };
        self.call_state(state, "match", |u| {
            u.expr(types)?;
            Ok(1)
        })?;
        self.b.jump("POP_JUMP_IF_FALSE", next);
        let matched = self.hidden_name();
        self.load_name(state);
        let name = self.b.constant(Constant::Str("matched".into()));
        self.b.emit_attr("LOAD_ATTR", name);
        if let Some(name) = &clause.name {
            self.b.emit("COPY_TOP", &[]);
            self.store_name(name.id.as_str());
        }
        self.store_name(&matched);
        // The body, in a region whose handler gives what it raises to the state.
        let (handler, after) = (self.b.new_label(), self.b.new_label());
        self.open_region();
        self.handling.push(matched.clone());
        self.star_clauses.push((matched.clone(), state.to_string()));
        let body = self.in_blocks(2, clause, |u| {
            u.handling_exception(&matched, |u| u.body(&clause.body))
        });
        self.star_clauses.pop();
        self.handling.pop();
        body?;
        self.b.jump("JUMP", after);
        self.b.bind(handler);
        let target = self.b.code.len();
        self.close_region(target, depth);
        let raised = self.hidden_name();
        self.store_name(&raised);
        self.call_state(state, "raised", |u| {
            u.load_name(&raised);
            Ok(1)
        })?;
        self.b.emit("POP_TOP", &[]);
        self.unbind_name(&raised);
        self.b.bind(after);
        if let Some(name) = &clause.name {
            self.unbind_name(name.id.as_str());
        }
        self.unbind_name(&matched);
        self.b.bind(next);
        Ok(())
    }
}
